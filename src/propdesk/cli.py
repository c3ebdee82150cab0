"""Headless commands. Exit codes (for scheduled tasks):

0 success · 1 unexpected error (see the log) · 2 bad usage or input ·
3 storage problem (locked, full, read-only, corrupt, newer schema).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from propdesk import __version__
from propdesk.config import Paths
from propdesk.errors import StorageError, UserError
from propdesk.logging_setup import setup_logging
from propdesk.services.bootstrap import Services, open_services

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_STORAGE = 3

Command = Callable[[argparse.Namespace, Services], int]


def _cmd_init(args: argparse.Namespace, services: Services) -> int:
    if args.estate:
        services.estate.set_up(args.estate)
    if args.station:
        services.settings.set_station_name(args.station)
    info = services.system.info()
    print(f"data folder: {info.data_dir}")
    print(f"database:    {info.database} (schema {info.schema_revision})")
    return EXIT_OK


def _cmd_backup(_args: argparse.Namespace, services: Services) -> int:
    path = services.system.backup_now()
    print(f"backup written and verified: {path}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="propdesk",
        description="propdesk: the console of a property-service centre. "
        "Without a command it opens the main window.",
        epilog="Exit codes: 0 ok, 1 unexpected error, 2 bad usage/input, 3 storage problem.",
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
    p_init.set_defaults(handler=_cmd_init)
    p_backup = sub.add_parser("backup", help="copy the database into the backup folder, verified")
    p_backup.set_defaults(handler=_cmd_backup)
    sub.add_parser("gui", help="open the main window (the default)")
    return parser


def run(argv: list[str], *, gui_only: bool = False) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = Paths.resolve(args.data_dir)
    if gui_only or args.command in (None, "gui"):
        from propdesk.app import run_gui  # Qt is imported only for the window

        return run_gui(paths)
    setup_logging(paths.log_dir)
    handler: Command = args.handler
    try:
        services = open_services(paths)
    except StorageError as exc:
        print(f"propdesk: {exc.message}", file=sys.stderr)
        return EXIT_STORAGE
    try:
        for notice in services.notices:
            print(f"propdesk: {notice.message}", file=sys.stderr)
        return handler(args, services)
    except UserError as exc:
        print(f"propdesk: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except StorageError as exc:
        print(f"propdesk: {exc.message}", file=sys.stderr)
        return EXIT_STORAGE
    except Exception:
        log.exception("command %s failed", args.command)
        print(f"propdesk: unexpected error; details are in {paths.log_dir}", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        services.close()
