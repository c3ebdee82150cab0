"""Headless commands. Exit codes (for scheduled tasks):

0 success · 1 unexpected error (see the log) · 2 bad usage or input ·
3 storage problem (locked, full, read-only, corrupt, newer schema) ·
4 `audit verify` found a broken chain · 5 `report` / `export`: nothing to report (the
estate is not set up or has no records).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from propdesk import __version__
from propdesk.commands import add_parsers
from propdesk.commands.deferred import CommandParser
from propdesk.commands.shared import station_voice
from propdesk.commands.voice import Voice, command_language
from propdesk.errors import (
    QT_TRANSLATE_NOOP,
    StorageError,
    StorageProblem,
    UserError,
    ValidationError,
)

# `--version` and `--help` import nothing heavier than the above (issue 18): what a
# command needs (the station's folders and log, the services and SQLAlchemy) is
# imported once a command is chosen, and the window in run_gui only for the window.
if TYPE_CHECKING:
    from propdesk.config import Paths
    from propdesk.services.bootstrap import Services
    from propdesk.services.core.actor import Actor

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_STORAGE = 3
EXIT_AUDIT_BROKEN = 4
ADMIN_PASSWORD_ENV = "PROPDESK_ADMIN_PASSWORD"

Command = Callable[[argparse.Namespace, "Services"], int]


def _actor(services: Services) -> Actor:
    from propdesk.services.core.actor import system_actor

    return system_actor(services.settings.current.station_name)


def _admin_password(args: argparse.Namespace, voice: Voice) -> str:
    password = os.environ.get(ADMIN_PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Give the admin password in PROPDESK_ADMIN_PASSWORD or type it."
            ),
            field="password",
        )
    first = getpass.getpass(voice.say("password.prompt", username=args.admin))
    if getpass.getpass(voice.say("password.again")) != first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The two passwords differ."), field="password"
        )
    return first


def _cmd_init(args: argparse.Namespace, services: Services) -> int:
    voice = station_voice(args, services)
    # The station first: the estate's audit row names the station it was set up on.
    # (The station name is a local setting, not the office's data: like the other
    # settings in settings.json it is not audited.)
    if args.station:
        services.settings.set_station_name(args.station)
    if args.estate:
        services.estate.set_up(args.estate, actor=_actor(services))
    if args.admin:
        station = services.settings.current.station_name
        services.accounts.create_first_admin(
            args.admin, args.admin_name or args.admin, _admin_password(args, voice), station
        )
        print(voice.say("init.admin", username=args.admin))
    info = services.system.info()
    print(voice.say("init.data_dir", path=info.data_dir))
    print(voice.say("init.database", database=info.database, revision=info.schema_revision))
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace, services: Services) -> int:
    path = services.backups.backup_now(_actor(services))
    print(station_voice(args, services).say("backup.done", path=path))
    return EXIT_OK


def _restore_before_opening(args: argparse.Namespace, paths: Paths) -> None:
    """The file is put in place before the station opens: a damaged live file would
    otherwise stop the command at the check on opening (see restore_before_opening).
    The command's actor is the station's system user, an administrator."""
    from propdesk.services.bootstrap import restore_before_opening

    args.kept_as = restore_before_opening(paths, Path(args.file))


def _cmd_restore(args: argparse.Namespace, services: Services) -> int:
    kept: Path = args.kept_as
    services.record_restore(_actor(services), Path(args.file), kept)
    voice = station_voice(args, services)
    if kept.exists():
        print(voice.say("restore.done", file=args.file, kept=kept))
    else:
        print(voice.say("restore.done_no_previous", file=args.file))
    return EXIT_OK


def _cmd_purge(args: argparse.Namespace, services: Services) -> int:
    from propdesk.services.gate.service import GateServices

    voice = station_voice(args, services)
    result = services.module(GateServices).retention.purge(
        _actor(services), days=args.days, dry_run=args.dry_run
    )
    print(voice.say("purge.cutoff", cutoff=f"{result.cutoff.astimezone():%Y-%m-%d %H:%M}"))
    blanked = result.events_blanked
    print(voice.say("purge.dry_run" if args.dry_run else "purge.done", count=blanked))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="propdesk",
        description="propdesk: the console of a property-service centre. "
        "Without a command it opens the main window.",
        epilog="Exit codes: 0 ok, 1 unexpected error, 2 bad usage/input, 3 storage problem, "
        "4 audit chain broken, 5 nothing to report.",
    )
    parser.add_argument("--version", action="version", version=f"propdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database, settings, logs and backups "
        "(default: the user's data folder; or PROPDESK_DATA_DIR)",
    )
    # A command's arguments may wait until it is chosen (commands/deferred.py).
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    p_init = sub.add_parser("init", help="create the data folder and an empty, migrated database")
    p_init.add_argument("--estate", metavar="NAME", help="name of the estate (小区)")
    p_init.add_argument("--station", metavar="NAME", help="name of this station, e.g. 岗亭")
    p_init.add_argument(
        "--admin",
        metavar="USERNAME",
        help="create the first administrator (password from PROPDESK_ADMIN_PASSWORD or typed)",
    )
    p_init.add_argument("--admin-name", metavar="NAME", help="the administrator's full name")
    p_init.set_defaults(handler=_cmd_init)
    p_backup = sub.add_parser("backup", help="copy the database into the backup folder, verified")
    p_backup.set_defaults(handler=_cmd_backup)
    p_restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is kept aside)"
    )
    p_restore.add_argument("file", metavar="FILE")
    p_restore.set_defaults(handler=_cmd_restore, before_opening=_restore_before_opening)
    p_purge = sub.add_parser(
        "purge",
        help="blank the names, phones and IDs of visitors older than the retention period",
    )
    p_purge.add_argument(
        "--days",
        type=int,
        metavar="N",
        help="keep the last N days (7 to 3650; default: the estate's retention setting)",
    )
    p_purge.add_argument("--dry-run", action="store_true", help="only count what would be blanked")
    p_purge.set_defaults(handler=_cmd_purge)
    add_parsers(sub)
    sub.add_parser("gui", help="open the main window (the default)")
    return parser


def _offer_newest_good_backup(paths: Paths, voice: Voice) -> None:
    """After a damaged database was moved aside: name the backup to restore."""
    from propdesk.services.station.backup import newest_good_backup

    good = newest_good_backup(paths.backup_dir)
    if good is None:
        print(f"propdesk: {voice.say('backup.none', folder=paths.backup_dir)}", file=sys.stderr)
        return
    offer = voice.say(
        "backup.offer",
        path=good.path,
        when=f"{good.when:%Y-%m-%d %H:%M}",
        command=f'propdesk --data-dir "{paths.data_dir}" restore "{good.path}"',
    )
    print(f"propdesk: {offer}", file=sys.stderr)


def _open_station(args: argparse.Namespace, paths: Paths, voice: Voice) -> Services | int:
    """The station opened (after the command's step that must come first, if any), or
    the exit code when it could not be."""
    before_opening: Callable[[argparse.Namespace, Paths], None] | None = getattr(
        args, "before_opening", None
    )
    try:
        if before_opening is not None:
            before_opening(args, paths)
        return open_services(paths)
    except UserError as exc:
        print(f"propdesk: {voice.error(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except StorageError as exc:
        print(f"propdesk: {voice.error(exc)}", file=sys.stderr)
        if exc.problem is StorageProblem.CORRUPT:
            _offer_newest_good_backup(paths, voice)
        return EXIT_STORAGE


def open_services(paths: Paths) -> Services:
    """The station's services (bootstrap.open_services), imported when a command runs."""
    from propdesk.services.bootstrap import open_services as open_station

    return open_station(paths)


def run(argv: list[str], *, gui_only: bool = False) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Past the parse: --version and --help have answered and left.
    from propdesk.config import Paths

    paths = Paths.resolve(args.data_dir)
    if gui_only or args.command in (None, "gui"):
        from propdesk.app import run_gui  # Qt is imported only for the window

        return run_gui(paths)
    from propdesk.logging_setup import setup_logging

    handler: Command = args.handler
    # Until the station is open its language is not known: --lang, else the system's.
    voice = Voice(command_language(getattr(args, "lang", None), None))

    def log_dropped(folder: Path, exc: BaseException) -> str:  # in the voice of the moment
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return f"propdesk: {voice.say('log.dropped', folder=folder, reason=reason)}"

    setup_logging(paths.log_dir, notice=log_dropped)
    opened = _open_station(args, paths, voice)
    if isinstance(opened, int):
        return opened
    services = opened
    voice = station_voice(args, services)
    try:
        for notice in services.notices:
            print(f"propdesk: {voice.error(notice)}", file=sys.stderr)
        return handler(args, services)
    except UserError as exc:
        print(f"propdesk: {voice.error(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except StorageError as exc:
        print(f"propdesk: {voice.error(exc)}", file=sys.stderr)
        return EXIT_STORAGE
    except Exception:
        log.exception("command %s failed", args.command)
        print(f"propdesk: {voice.say('unexpected', folder=paths.log_dir)}", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        services.close()
