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

from propdesk import __version__
from propdesk.commands import add_parsers
from propdesk.commands.shared import station_voice
from propdesk.commands.voice import Voice, command_language
from propdesk.config import Paths
from propdesk.errors import (
    QT_TRANSLATE_NOOP,
    StorageError,
    StorageProblem,
    UserError,
    ValidationError,
)
from propdesk.logging_setup import setup_logging
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.gate.service import GateServices
from propdesk.services.station.backup import newest_good_backup

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_STORAGE = 3
EXIT_AUDIT_BROKEN = 4
ADMIN_PASSWORD_ENV = "PROPDESK_ADMIN_PASSWORD"

Command = Callable[[argparse.Namespace, Services], int]


def _actor(services: Services) -> Actor:
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
    if args.estate:
        services.estate.set_up(args.estate)
    if args.station:
        services.settings.set_station_name(args.station)
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


def _cmd_restore(args: argparse.Namespace, services: Services) -> int:
    kept = services.restore(_actor(services), Path(args.file))
    print(station_voice(args, services).say("restore.done", file=args.file, kept=kept))
    return EXIT_OK


def _cmd_audit_verify(args: argparse.Namespace, services: Services) -> int:
    voice = station_voice(args, services)
    verdict = services.audit.verify()
    if verdict.ok:
        latest = services.audit.latest_hash()
        print(voice.say("audit.intact", checked=verdict.checked, hash=latest))
        return EXIT_OK
    broken = voice.say(
        "audit.broken",
        seq=verdict.first_broken_seq,
        reason=verdict.reason,
        checked=verdict.checked,
    )
    print(broken, file=sys.stderr)
    return EXIT_AUDIT_BROKEN


def _cmd_purge(args: argparse.Namespace, services: Services) -> int:
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
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
    p_restore.set_defaults(handler=_cmd_restore)
    p_audit = sub.add_parser("audit", help="audit trail tools")
    audit_sub = p_audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p_verify = audit_sub.add_parser(
        "verify", help="check the hash chain; names the first broken row"
    )
    p_verify.set_defaults(handler=_cmd_audit_verify)
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


def run(argv: list[str], *, gui_only: bool = False) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = Paths.resolve(args.data_dir)
    if gui_only or args.command in (None, "gui"):
        from propdesk.app import run_gui  # Qt is imported only for the window

        return run_gui(paths)
    setup_logging(paths.log_dir)
    handler: Command = args.handler
    # Until the station is open its language is not known: --lang, else the system's.
    voice = Voice(command_language(getattr(args, "lang", None), None))
    try:
        services = open_services(paths)
    except StorageError as exc:
        print(f"propdesk: {voice.error(exc)}", file=sys.stderr)
        if exc.problem is StorageProblem.CORRUPT:
            _offer_newest_good_backup(paths, voice)
        return EXIT_STORAGE
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
