"""`propdesk check`: every page of the database read (integrity_check), the check a
start no longer makes (store.open_check reads only what a start needs).

It runs before the station opens (the command's `before_opening` step): a damaged file
is reported as it is — nothing moved aside, backed up over or migrated — with exit 3
and the newest good backup to restore, as the damaged-file offer at start names it.
A sound file: the station opens as for any command and "no damage found" is printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from propdesk.commands.deferred import Commands
from propdesk.commands.shared import EXIT_OK, station_voice
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.reports.labels import LANGS

# For the types only: the parser is built without the services (issue 18).
if TYPE_CHECKING:
    from propdesk.config import Paths
    from propdesk.services.bootstrap import Services

# How many of integrity_check's findings the message names (the log has them all).
NAMED_FINDINGS = 3

FOUND_DAMAGE = QT_TRANSLATE_NOOP(
    "messages",
    "The database file is damaged: {findings}. Nothing was moved or changed. Do not back "
    "up over the backups you have; restore the newest good backup.",
)


def _check_before_opening(args: argparse.Namespace, paths: Paths) -> None:
    """The full check, before anything opens the file; StorageError(CORRUPT) on damage
    (the command line then names the newest good backup and exits 3)."""
    from propdesk.config import database_url, peek_settings
    from propdesk.errors import StorageError, StorageProblem
    from propdesk.services.station.backup import find_damage_in_full

    args.checked = None
    if not database_url(paths, peek_settings(paths)).startswith("sqlite"):
        return  # a server's database is checked on the server
    found = find_damage_in_full(paths)
    if found is not None:
        raise StorageError(
            StorageProblem.CORRUPT,
            FOUND_DAMAGE,
            detail="; ".join(found.findings),
            findings="; ".join(found.findings[:NAMED_FINDINGS]),
        )
    args.checked = paths.database_file


def _cmd_check(args: argparse.Namespace, services: Services) -> int:
    voice = station_voice(args, services)
    checked: Path | None = args.checked
    if checked is None:
        print(voice.say("check.server"))
    else:
        print(voice.say("check.sound", path=checked))
    return EXIT_OK


def add_parser(sub: Commands) -> None:
    p_check = sub.add_parser(
        "check",
        help="read every page of the database and say whether it is damaged "
        "(exit 3 and the backup to restore when it is)",
    )
    p_check.add_argument(
        "--lang", choices=LANGS, help="language of the messages (default: the station's)"
    )
    p_check.set_defaults(handler=_cmd_check, before_opening=_check_before_opening)
