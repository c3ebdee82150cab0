"""A command's parser whose arguments may be added only when the command is chosen.

Why: some commands offer the services' own values (the registry's export kinds, the
importer's registers, the demo's seed), and knowing them imports the services, and
with them SQLAlchemy and openpyxl. `propdesk --version`, `propdesk --help` and every
other command's `--help` must not pay for that (issue 18), so such a command names
itself and its one-line help at once and adds its arguments on first use: when it is
parsed (its `--help` included) or its help or usage is printed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import Any, TypeAlias

AddArguments = Callable[[argparse.ArgumentParser], None]


class CommandParser(argparse.ArgumentParser):
    """The parser class of propdesk's sub-commands (cli.build_parser passes it to
    add_subparsers; nested sub-commands inherit it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deferred: list[AddArguments] = []

    def defer(self, add_arguments: AddArguments) -> None:
        """Run `add_arguments(self)` the first time this parser is used."""
        self._deferred.append(add_arguments)

    def _add_deferred(self) -> None:
        while self._deferred:
            self._deferred.pop(0)(self)

    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: Any = None
    ) -> tuple[Any, list[str]]:
        # argparse hands a chosen sub-command its arguments through this method.
        self._add_deferred()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._add_deferred()
        return super().format_usage()

    def format_help(self) -> str:
        self._add_deferred()
        return super().format_help()


# What a command module's add_parser(sub) adds its sub-command to.
Commands: TypeAlias = "argparse._SubParsersAction[CommandParser]"
