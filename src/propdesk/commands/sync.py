"""`propdesk sync test|join|status|now`: the third storage mode from the command line
(the window has the same in Settings → Station and the status bar).

`join` runs before the station opens (its `before_opening` step): joining replaces the
station's file with the server's copy. The password comes from PROPDESK_SYNC_PASSWORD
or is asked for; it is kept only in the station's private settings file.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from propdesk.commands.deferred import Commands
from propdesk.commands.shared import EXIT_OK, station_voice
from propdesk.commands.sync_words import sync_words
from propdesk.commands.voice import Voice, command_language
from propdesk.reports.labels import LANGS

if TYPE_CHECKING:
    from propdesk.config import Paths
    from propdesk.services.bootstrap import Services
    from propdesk.services.sync.server_address import ServerAddress

PASSWORD_ENV = "PROPDESK_SYNC_PASSWORD"
EXIT_USAGE = 2
EXIT_OFFLINE = 3  # as a storage problem: the server could not be reached


def _address(args: argparse.Namespace) -> ServerAddress:
    from propdesk.services.sync.server_address import ServerAddress

    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = ""
        if sys.stdin.isatty():
            voice = Voice(command_language(args.lang, None))
            password = getpass.getpass(sync_words(voice, "sync.password", user=args.user))
    return ServerAddress(args.host, args.port, args.database, args.user, password)


def _join_before_opening(args: argparse.Namespace, paths: Paths) -> None:
    from propdesk.config import load_settings
    from propdesk.services.sync.joining import join_server

    paths.ensure()
    settings = load_settings(paths).settings
    name = args.station or settings.station_name or args.host
    if not settings.station_name:
        settings = settings.with_changes(station_name=name)
    args.joined = join_server(paths, settings, _address(args), name)


def _test_before_opening(args: argparse.Namespace, paths: Paths) -> None:
    from propdesk.services.sync.joining import test_server

    del paths
    args.facts = test_server(_address(args))


def _cmd_joined(args: argparse.Namespace, services: Services) -> int:
    voice = station_voice(args, services)
    report = args.joined
    status = services.sync.status() if services.sync else None
    server = status.server if status else ""
    print(sync_words(voice, "sync.joined", server=server, letter=report.letter, rows=report.rows))
    if report.kept_aside is not None:
        print(sync_words(voice, "sync.kept", path=report.kept_aside))
    return EXIT_OK


def _cmd_tested(args: argparse.Namespace, services: Services) -> int:
    voice = station_voice(args, services)
    facts = args.facts
    print(
        sync_words(
            voice,
            "sync.tested",
            server=facts.server,
            version=facts.version,
            schema=facts.schema or "-",
            stations=facts.stations,
        )
    )
    return EXIT_OK


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _cmd_status(args: argparse.Namespace, services: Services) -> int:
    voice = station_voice(args, services)
    if services.sync is None:
        print(f"propdesk: {sync_words(voice, 'sync.not_joined')}", file=sys.stderr)
        return EXIT_USAGE
    status = services.sync.status()
    if status.offline_since is not None:
        state = sync_words(voice, "sync.offline", when=_when(status.offline_since))
    elif status.last_synced_at is not None:
        state = sync_words(voice, "sync.online", when=_when(status.last_synced_at))
    else:
        state = sync_words(voice, "sync.never")
    print(
        sync_words(
            voice,
            "sync.status",
            letter=status.letter,
            server=status.server,
            state=state,
            waiting=status.waiting,
            conflicts=status.conflicts,
            refused=status.refused,
        )
    )
    if status.last_error:
        print(sync_words(voice, "sync.error", error=status.last_error))
    return EXIT_OK


def _cmd_now(args: argparse.Namespace, services: Services) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    voice = station_voice(args, services)
    if services.sync is None:
        print(f"propdesk: {sync_words(voice, 'sync.not_joined')}", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = services.sync.sync_now()
    except (SQLAlchemyError, OSError) as exc:
        error = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        print(
            f"propdesk: {sync_words(voice, 'sync.failed', error=error[0] if error else '')}",
            file=sys.stderr,
        )
        return EXIT_OFFLINE
    print(
        sync_words(
            voice,
            "sync.round",
            pulled=report.pulled,
            deleted=report.deleted,
            sent=report.sent,
            conflicts=report.conflicts,
            refused=report.refused,
        )
    )
    return EXIT_OK


def _server_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", required=True, help="the server's name or IP address")
    parser.add_argument("--port", type=int, default=5432, help="default: 5432")
    parser.add_argument("--database", required=True, help="the database's name")
    parser.add_argument("--user", required=True, help=f"user on the server ({PASSWORD_ENV})")


def _lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=LANGS, help="language of the messages (default: the station's)"
    )


def add_parser(sub: Commands) -> None:
    p_sync = sub.add_parser("sync", help="this station's own copy, synced with the office server")
    actions = p_sync.add_subparsers(dest="sync_command", required=True)
    p_test = actions.add_parser("test", help="try the server: reachable, password, schema")
    _server_arguments(p_test)
    _lang(p_test)
    p_test.set_defaults(handler=_cmd_tested, before_opening=_test_before_opening)
    p_join = actions.add_parser(
        "join",
        help="make this station a syncing copy of the server (its file is set aside)",
    )
    _server_arguments(p_join)
    p_join.add_argument("--station", help="this station's name (default: as set)")
    _lang(p_join)
    p_join.set_defaults(handler=_cmd_joined, before_opening=_join_before_opening)
    p_status = actions.add_parser("status", help="waiting rows, last sync, conflicts")
    _lang(p_status)
    p_status.set_defaults(handler=_cmd_status)
    p_now = actions.add_parser("now", help="sync once now")
    _lang(p_now)
    p_now.set_defaults(handler=_cmd_now)
