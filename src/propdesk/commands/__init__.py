"""Headless commands contributed by modules, each in its own file.

A command module defines `add_parser(sub)` that adds its sub-command with
`set_defaults(handler=...)`; the handler takes (args, services) and returns an exit
code (see propdesk.cli for the codes). Add the module to COMMAND_MODULES.

Every `propdesk --help` imports these modules, so they import the services, SQLAlchemy,
openpyxl and reportlab only inside their handlers (and their types under
TYPE_CHECKING); arguments whose choices or defaults are the services' wait until the
command is chosen (deferred.py). tests/integration/test_cli_imports.py holds them to it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from propdesk.commands.deferred import Commands

COMMAND_MODULES: list[str] = [
    "audit",
    "demo",
    "importing",
    "report",
    "export",
    "id_key",
    "check",
    "sync",
]


def add_parsers(sub: Commands) -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"propdesk.commands.{name}").add_parser(sub)
