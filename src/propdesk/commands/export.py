"""`propdesk export gate|repairs --from DATE --to DATE -o FILE [--lang L]`: every
record of a date range to an .xlsx sheet (the gate journal, or the repair tickets
reported in the range), with names and phones, for scheduled runs.

Exit codes (see propdesk.cli): 0 written; 2 bad usage or input (a date that is not
one, the end before the start, a file that cannot be written); 3 storage problem;
5 nothing to export (the estate is not set up or has no records).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from propdesk.commands.progress_bar import end_line, terminal_progress
from propdesk.commands.report import EXIT_NOTHING_TO_REPORT
from propdesk.reports.labels import LANGS, normalise_lang
from propdesk.services.actor import system_actor
from propdesk.services.bootstrap import Services
from propdesk.services.monthly_report_data import NothingToReportError
from propdesk.services.record_exports import RecordTable

EXIT_OK = 0
TABLES = [table.value for table in RecordTable]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-10-01"
        ) from None


def _cmd_export(args: argparse.Namespace, services: Services) -> int:
    table = RecordTable(args.table)
    lang = args.lang or normalise_lang(services.settings.current.language)
    actor = system_actor(services.settings.current.station_name)
    output = Path(args.output)
    progress = terminal_progress(f"export {table.value}")
    try:
        rows = services.record_exports.export(
            actor, table, args.date_from, args.date_to, output, lang, progress
        )
    except NothingToReportError as exc:
        print(f"propdesk: {exc.message}", file=sys.stderr)
        return EXIT_NOTHING_TO_REPORT
    finally:
        end_line(progress)
    print(
        f"{table.value}: {rows:,} rows from {args.date_from.isoformat()} to "
        f"{args.date_to.isoformat()} written: {output}"
    )
    return EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export",
        help="export the records of a date range to .xlsx (gate journal, repair tickets)",
        epilog="Exit codes: 0 written, 2 bad date or output file, 3 storage problem, "
        "5 nothing to export (the estate is not set up or has no records).",
    )
    parser.add_argument("table", choices=TABLES, metavar="TABLE", help=" | ".join(TABLES))
    parser.add_argument(
        "--from", dest="date_from", type=_date, required=True, metavar="DATE", help="first day"
    )
    parser.add_argument(
        "--to", dest="date_to", type=_date, required=True, metavar="DATE", help="last day"
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument("--lang", choices=LANGS, help="language (default: the station's)")
    parser.set_defaults(handler=_cmd_export)
