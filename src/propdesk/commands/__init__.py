"""Headless commands contributed by modules, each in its own file.

A command module defines `add_parser(sub)` that adds its sub-command with
`set_defaults(handler=...)`; the handler takes (args, services) and returns an exit
code (see propdesk.cli for the codes). Add the module to COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib

COMMAND_MODULES: list[str] = ["audit", "demo", "importing", "report", "export", "id_key"]


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"propdesk.commands.{name}").add_parser(sub)
