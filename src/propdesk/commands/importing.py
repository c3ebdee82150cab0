"""`propdesk import KIND FILE [--dry-run]` and `propdesk template KIND -o FILE`.

The kinds are the master-data registers and the registry's modules' sheets
(ModuleSpec.imports), in that order. An import prints its counts and every row's
problem (in the station's language, or --lang's); it writes all rows or none.
Exit codes: 0 written (or a clean dry run), 2 the file has errors (nothing written),
3 storage problem (raised through to propdesk.cli).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from propdesk.commands.deferred import Commands
from propdesk.commands.shared import (
    EXIT_OK,
    add_choice,
    output_lang,
    station_actor,
    station_voice,
)
from propdesk.commands.voice import Voice
from propdesk.reports.labels import LANGS

# For the types only: the parsers are built without the services (issue 18).
if TYPE_CHECKING:
    from propdesk.services.bootstrap import Services
    from propdesk.services.master_data.importing import ImportResult

EXIT_ERRORS = 2


def import_kinds() -> list[str]:
    """The registers the importer reads: its own (ImportKind) and the registry's modules'
    sheets (known before any database is opened: the modules are plain declarations).
    Knowing them imports the services and openpyxl, so it is asked only when `import`
    or `template` is chosen."""
    from propdesk.services import registry
    from propdesk.services.core.module_spec import module_import_sheets
    from propdesk.services.master_data.importing import ImportSheets

    return list(ImportSheets(module_import_sheets(registry.MODULES)).keys)


def _summary(result: ImportResult, dry_run: bool, voice: Voice, title: str) -> str:
    counts = voice.say(
        "import.counts",
        kind=title,
        total=result.total,
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
    )
    if result.errors:
        return voice.say("import.failed", counts=counts, errors=len(result.errors))
    return voice.say("import.dry_run" if dry_run else "import.written", counts=counts)


def _cmd_import(args: argparse.Namespace, services: Services) -> int:
    from propdesk.services.master_data.importing import save_error_report

    actor = station_actor(services)
    voice = station_voice(args, services)
    importer = services.importing
    kind = str(args.kind)
    file = Path(args.file)
    if args.dry_run:
        result = importer.preview(actor, kind, file)
    else:
        result = importer.apply(actor, kind, file)
    print(_summary(result, args.dry_run, voice, importer.sheets.title(kind, voice.lang)))
    for error in result.errors:
        if error.header:
            where = voice.say(
                "import.row_cell", row=error.row, header=error.header, letter=error.letter
            )
        else:
            where = voice.say("import.row", row=error.row)
        message = voice.error(error.error)
        print(voice.say("import.problem", where=where, message=message), file=sys.stderr)
    if result.errors and args.error_report:
        # Its headers and messages in the command's language (as the lines above).
        saved = save_error_report(Path(args.error_report), result, voice.error, voice.lang)
        print(voice.say("import.report_done", path=saved))
    return EXIT_ERRORS if result.errors else EXIT_OK


def _cmd_template(args: argparse.Namespace, services: Services) -> int:
    lang = output_lang(args, services)
    path = services.importing.save_template(str(args.kind), lang, Path(args.output))
    print(station_voice(args, services).say("template.done", path=path))
    return EXIT_OK


def add_parser(sub: Commands) -> None:
    p_import = sub.add_parser(
        "import",
        help="import units, residents, vehicles, access cards (or a module's register) "
        "from an .xlsx sheet (all rows or none)",
    )
    p_import.set_defaults(handler=_cmd_import)
    p_import.defer(_add_import_arguments)
    p_template = sub.add_parser("template", help="write the import template of a register")
    p_template.set_defaults(handler=_cmd_template)
    p_template.defer(_add_template_arguments)


def _add_import_arguments(p_import: argparse.ArgumentParser) -> None:
    add_choice(p_import, "kind", import_kinds())
    p_import.add_argument("file", metavar="FILE", help="the .xlsx file (see `template`)")
    p_import.add_argument(
        "--dry-run", action="store_true", help="check the file and report; write nothing"
    )
    p_import.add_argument(
        "--error-report", metavar="XLSX", help="when rows have errors, save them here"
    )
    p_import.add_argument(
        "--lang",
        choices=LANGS,
        help="language of the messages and the error report (default: the station's)",
    )


def _add_template_arguments(p_template: argparse.ArgumentParser) -> None:
    add_choice(p_template, "kind", import_kinds())
    p_template.add_argument("-o", "--output", required=True, metavar="FILE")
    p_template.add_argument(
        "--lang", choices=LANGS, help="language of the headers (default: the station's)"
    )
