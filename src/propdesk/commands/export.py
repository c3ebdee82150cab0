"""`propdesk export TABLE [--from DATE] [--to DATE] -o FILE [--lang L]`: one table to
an .xlsx sheet, with names and phones, for scheduled runs. The tables are the
modules' export kinds, in the registry's order: every record of a date range (gate:
the gate journal; repairs: the repair tickets reported in the range; both days
required), or a master-data register as it is now (units, residents, cards; the
days, when given, narrow it).

Exit codes (see propdesk.cli): 0 written; 2 bad usage or input (a date that is not
one, a missing day for gate or repairs, the end before the start, a file that cannot
be written); 3 storage problem; 5 nothing to export (the estate is not set up, or has
no records, or the register is empty).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from propdesk.commands.deferred import Commands
from propdesk.commands.progress_bar import end_line, terminal_progress
from propdesk.commands.report import EXIT_NOTHING_TO_REPORT
from propdesk.commands.shared import (
    EXIT_OK,
    add_choice,
    output_lang,
    station_actor,
    station_voice,
)
from propdesk.commands.voice import Voice
from propdesk.reports.labels import LANGS

# For the types only: the parser is built without the services (issue 18).
if TYPE_CHECKING:
    from propdesk.services.bootstrap import Services


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-10-01"
        ) from None


def _days(args: argparse.Namespace, voice: Voice) -> str:
    first = args.date_from.isoformat() if args.date_from else None
    last = args.date_to.isoformat() if args.date_to else None
    if first and last:
        return voice.say("export.from_to", first=first, last=last)
    if first:
        return voice.say("export.from", first=first)
    return voice.say("export.to", last=last) if last else ""


def _cmd_export(
    parser: argparse.ArgumentParser, args: argparse.Namespace, services: Services
) -> int:
    from propdesk.services.core.module_spec import NothingToReportError

    voice = station_voice(args, services)
    table = services.record_exports.kind(args.table)
    if table.dated and (args.date_from is None or args.date_to is None):
        parser.error(voice.say("export.needs_days", table=table.name))
    lang = output_lang(args, services)
    actor = station_actor(services)
    output = Path(args.output)
    progress = terminal_progress(voice.say("export.progress", table=table.name))
    try:
        rows = services.record_exports.export(
            actor, table.name, args.date_from, args.date_to, output, lang, progress
        )
    except NothingToReportError as exc:
        print(f"propdesk: {voice.error(exc)}", file=sys.stderr)
        return EXIT_NOTHING_TO_REPORT
    finally:
        end_line(progress)
    days = _days(args, voice)
    print(voice.say("export.done", table=table.name, rows=f"{rows:,}", days=days, path=output))
    return EXIT_OK


def add_parser(sub: Commands) -> None:
    parser = sub.add_parser(
        "export",
        help="export a table to .xlsx: the records of a date range (gate journal, repair "
        "tickets, patrol rounds, complaints, inspections, incidents, drills, events, surveys, "
        "assessments, work logs …) or the units, residents, cards or equipment register",
        description="Write one table to an .xlsx sheet, names and phones included "
        "(ID numbers masked, as the window shows them; an anonymous complaint has none). "
        "The records' tables (all but the registers below): every record from --from to "
        "--to (both days included; both required). The registers (units, residents, "
        "cards, equipment): as they are now (voided rows left out; residents who moved "
        "out stay, with their move-out date); --from/--to are optional and, when "
        "given, keep only the units entered in the system, the residents who moved in, "
        "or the cards issued in those days (either may be given alone).",
        epilog="Exit codes: 0 written, 2 bad or missing date or bad output file, "
        "3 storage problem, 5 nothing to export (the estate is not set up, has no "
        "records, or the register is empty).",
    )
    parser.set_defaults(handler=partial(_cmd_export, parser))
    # The tables are the registry's: imported when `export` is chosen, not for the
    # other commands or `propdesk --help`.
    parser.defer(_add_arguments)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    # The registry's export kinds: known before any database is opened (the modules
    # are plain declarations, imported with bootstrap anyway).
    from propdesk.services import registry
    from propdesk.services.core.module_spec import export_kinds

    add_choice(parser, "table", list(export_kinds(registry.MODULES)))
    parser.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATE",
        help="first day (required for gate and repairs; optional for the registers)",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="DATE",
        help="last day (required for gate and repairs; optional for the registers)",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument("--lang", choices=LANGS, help="language (default: the station's)")
