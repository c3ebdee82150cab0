"""What the headless commands share: who acts, in which language they write (their
files) and speak (their lines and errors), the positional argument naming a table or
register, and the exit code of success."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from propdesk.commands.voice import Voice, command_language
from propdesk.reports.labels import normalise_lang

# For the types only: the commands' parsers are built without the services (issue 18).
if TYPE_CHECKING:
    from propdesk.services.bootstrap import Services
    from propdesk.services.core.actor import Actor

EXIT_OK = 0  # see propdesk.cli (commands sit below it and cannot import it)


def station_actor(services: Services) -> Actor:
    """A command acts as the station's operating-system user (services.core.actor)."""
    from propdesk.services.core.actor import system_actor

    return system_actor(services.settings.current.station_name)


def output_lang(args: argparse.Namespace, services: Services) -> str:
    """--lang when given, else the station's language."""
    return str(args.lang or normalise_lang(services.settings.current.language))


def station_voice(args: argparse.Namespace, services: Services) -> Voice:
    """The command's lines and errors in --lang (when it has one), else the station's
    language, else the system's."""
    return Voice(command_language(getattr(args, "lang", None), services.settings.current.language))


def add_choice(parser: argparse.ArgumentParser, dest: str, choices: Sequence[str]) -> None:
    """A positional argument taking one of `choices`, which its help lists."""
    parser.add_argument(dest, choices=choices, metavar=dest.upper(), help=" | ".join(choices))
