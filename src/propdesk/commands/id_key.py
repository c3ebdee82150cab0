"""`propdesk id-key export FILE` and `propdesk id-key import FILE`: the key that
encrypts residents' ID numbers, carried between stations.

The key lives in the station's config folder, not in the database and not in its
backups (on purpose: a copied backup alone reveals no number). A new PC restoring a
backup needs the key file as well; import refuses a key that is not the one the
database's numbers were written with. Admin-only, as backups are.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from propdesk.commands.deferred import Commands
from propdesk.commands.shared import EXIT_OK, station_actor, station_voice
from propdesk.reports.labels import LANGS

# For the types only: the parser is built without the services (issue 18).
if TYPE_CHECKING:
    from propdesk.services.bootstrap import Services


def _cmd_export(args: argparse.Namespace, services: Services) -> int:
    ids = services.residents.id_numbers
    path = ids.export_key(station_actor(services), services.store, Path(args.file))
    print(station_voice(args, services).say("id_key.exported", path=path))
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, services: Services) -> int:
    ids = services.residents.id_numbers
    key = ids.import_key(station_actor(services), services.store, Path(args.file))
    print(station_voice(args, services).say("id_key.imported", fingerprint=key.fingerprint))
    return EXIT_OK


def add_parser(sub: Commands) -> None:
    p_key = sub.add_parser(
        "id-key",
        help="export or import the key that encrypts residents' ID numbers "
        "(it is not in the backups: keep a copy)",
    )
    actions = p_key.add_subparsers(dest="id_key_action", metavar="ACTION", required=True)
    for name, handler, text in (
        ("export", _cmd_export, "copy this station's key into FILE (keep it safe, apart)"),
        ("import", _cmd_import, "make the key in FILE this station's (the database's key)"),
    ):
        p_action = actions.add_parser(name, help=text)
        p_action.add_argument("file", metavar="FILE")
        p_action.add_argument(
            "--lang", choices=LANGS, help="language of the messages (default: the station's)"
        )
        p_action.set_defaults(handler=handler)
