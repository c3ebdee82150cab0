"""`propdesk report monthly [--month YYYY-MM] [--format pdf|xlsx] [--lang L] [--by NAME]
-o FILE`: the monthly operations report as an A4 PDF or the monthly workbook, for
scheduled runs. The report names its author: `--by` (a login or a name), else the
estate's manager (services/reporting/authors.py), never "system".

Exit codes (see propdesk.cli): 0 written; 2 bad usage or input (a month that is not
one or has not begun, a file that cannot be written); 3 storage problem; 5 nothing to
report (the estate is not set up or has no records).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from propdesk.commands.deferred import Commands
from propdesk.commands.progress_bar import end_line, terminal_progress
from propdesk.commands.shared import output_lang, station_actor, station_voice
from propdesk.reports.labels import LANGS

# For the types only: the parser is built without the services (issue 18).
if TYPE_CHECKING:
    from propdesk.domain.service_targets import Period
    from propdesk.services.bootstrap import Services

EXIT_OK = 0  # see propdesk.cli (commands sit below it and cannot import it)
EXIT_NOTHING_TO_REPORT = 5
FORMATS = ("pdf", "xlsx")


def last_month(today: date) -> Period:
    """The month before `today`'s: what a run on the 1st reports."""
    from propdesk.domain.service_targets import Period

    end = today.replace(day=1) - timedelta(days=1)
    return Period.month(end.year, end.month)


def _format(args: argparse.Namespace) -> str:
    """--format, else the output's suffix (.xlsx), else pdf."""
    if args.format:
        return str(args.format)
    return "xlsx" if Path(args.output).suffix.lower() == ".xlsx" else "pdf"


def _cmd_monthly(args: argparse.Namespace, services: Services) -> int:
    from propdesk.domain.service_targets import parse_month
    from propdesk.services.core.module_spec import NothingToReportError
    from propdesk.services.reporting.monthly_report import MonthlyFile

    period = parse_month(args.month) if args.month else last_month(date.today())
    lang = output_lang(args, services)
    voice = station_voice(args, services)
    actor = station_actor(services)
    output = Path(args.output)
    kind = _format(args)
    progress = terminal_progress(voice.say("report.progress", month=period.label))
    file = MonthlyFile(period, lang, output, progress, by=args.by)
    try:
        if kind == "pdf":
            services.monthly_report.write_pdf(actor, file)
            done = voice.say("report.pdf_done", month=period.label, path=output)
        else:
            _, rows = services.monthly_report.write_workbook(actor, file)
            done = voice.say(
                "report.xlsx_done",
                month=period.label,
                path=output,
                sheets=len(rows),
                rows=f"{sum(rows):,}",
            )
    except NothingToReportError as exc:
        print(f"propdesk: {voice.error(exc)}", file=sys.stderr)
        return EXIT_NOTHING_TO_REPORT
    finally:
        end_line(progress)
    print(done)
    return EXIT_OK


def add_parser(sub: Commands) -> None:
    p_report = sub.add_parser("report", help="reports: the monthly operations report")
    report_sub = p_report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    p_monthly = report_sub.add_parser(
        "monthly",
        help="the monthly report (PDF) or workbook (xlsx) of a month",
        epilog="Exit codes: 0 written, 2 bad month or output file, 3 storage problem, "
        "5 nothing to report (the estate is not set up or has no records).",
    )
    p_monthly.add_argument(
        "--month", metavar="YYYY-MM", help="the month, e.g. 2026-10 (default: last month)"
    )
    p_monthly.add_argument(
        "--format", choices=FORMATS, help="pdf or xlsx (default: from the file name, else pdf)"
    )
    p_monthly.add_argument("--lang", choices=LANGS, help="language (default: the station's)")
    p_monthly.add_argument(
        "--by",
        metavar="NAME",
        help="who prepared the report: a login or a name (default: the estate's manager)",
    )
    p_monthly.add_argument("-o", "--output", required=True, metavar="FILE")
    p_monthly.set_defaults(handler=_cmd_monthly)
