"""`propdesk import KIND FILE [--dry-run]` and `propdesk template KIND -o FILE`.

An import prints its counts and every row's problem; it writes all rows or none.
Exit codes: 0 written (or a clean dry run), 2 the file has errors (nothing written),
3 storage problem (raised through to propdesk.cli).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from propdesk.commands.shared import EXIT_OK, add_choice, output_lang, station_actor
from propdesk.reports.labels import LANGS
from propdesk.services.bootstrap import Services
from propdesk.services.master_data.importing import (
    ImportKind,
    ImportResult,
    save_error_report,
    save_template,
)

EXIT_ERRORS = 2
KINDS = [kind.value for kind in ImportKind]


def _summary(result: ImportResult, dry_run: bool) -> str:
    counts = (
        f"{result.kind.value}: {result.total} rows, {result.created} created, "
        f"{result.updated} updated, {result.unchanged} unchanged"
    )
    if result.errors:
        return f"{counts}, {len(result.errors)} errors: nothing was written"
    return f"{counts} (dry run: nothing was written)" if dry_run else f"{counts}: written"


def _cmd_import(args: argparse.Namespace, services: Services) -> int:
    actor = station_actor(services)
    importer = services.importing
    kind = ImportKind(args.kind)
    file = Path(args.file)
    if args.dry_run:
        result = importer.preview(actor, kind, file)
    else:
        result = importer.apply(actor, kind, file)
    print(_summary(result, args.dry_run))
    for error in result.errors:
        where = f"row {error.row}"
        if error.header:
            where += f", {error.header} ({error.letter})"
        print(f"{where}: {error.error.message}", file=sys.stderr)
    if result.errors and args.error_report:
        # Its own headers in the language the file is written in; messages in English.
        saved = save_error_report(Path(args.error_report), result, lambda e: e.message, result.lang)
        print(f"error report written: {saved}")
    return EXIT_ERRORS if result.errors else EXIT_OK


def _cmd_template(args: argparse.Namespace, services: Services) -> int:
    path = save_template(ImportKind(args.kind), output_lang(args, services), Path(args.output))
    print(f"template written: {path}")
    return EXIT_OK


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p_import = sub.add_parser(
        "import",
        help="import units, residents, vehicles or access cards from an .xlsx sheet "
        "(all rows or none)",
    )
    add_choice(p_import, "kind", KINDS)
    p_import.add_argument("file", metavar="FILE", help="the .xlsx file (see `template`)")
    p_import.add_argument(
        "--dry-run", action="store_true", help="check the file and report; write nothing"
    )
    p_import.add_argument(
        "--error-report", metavar="XLSX", help="when rows have errors, save them here"
    )
    p_import.set_defaults(handler=_cmd_import)
    p_template = sub.add_parser("template", help="write the import template of a register")
    add_choice(p_template, "kind", KINDS)
    p_template.add_argument("-o", "--output", required=True, metavar="FILE")
    p_template.add_argument(
        "--lang", choices=LANGS, help="language of the headers (default: the station's)"
    )
    p_template.set_defaults(handler=_cmd_template)
