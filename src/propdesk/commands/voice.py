"""The language a headless command speaks, and its lines and errors in it.

`--lang` when the command has it, else the station's language (Settings), else, as
the window does when none is chosen, the system's: Chinese for a Chinese locale, else
English. The command's own lines come from cli_words; the services' errors (English
templates marked for translation) from the window's catalogue, so a message is
translated in one place for the window and the commands.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.commands.cli_words import CLI_WORDS
from propdesk.commands.qm_catalogue import translate
from propdesk.errors import MESSAGES, PropdeskError, StorageError

if TYPE_CHECKING:
    from propdesk.reports.labels import Trilingual

# The window's storage messages are in its "dialogs" context (ui/dialogs.py).
_STORAGE_CONTEXT = "dialogs"
_TRADITIONAL = ("zh_tw", "zh_hk", "zh_mo", "zh_hant", "traditional", "taiwan", "hong kong")


def locale_language(name: str) -> str:
    """zh_CN or zh_TW for a Chinese locale name (POSIX zh_TW.UTF-8 or Windows
    "Chinese (Traditional)_Taiwan"), else en."""
    lowered = name.lower().replace("-", "_")
    if not lowered.startswith(("zh", "chinese")):
        return "en"
    return "zh_TW" if any(mark in lowered for mark in _TRADITIONAL) else "zh_CN"


def system_language() -> str:
    """The language of the system's locale: the first of LC_ALL, LC_MESSAGES and LANG
    that is set (POSIX's order), else the process's locale (Windows)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return locale_language(value)
    return locale_language(locale.getlocale()[0] or "")


def command_language(chosen: str | None, station: str | None) -> str:
    """--lang, else the station's language, else the system's."""
    return chosen or station or system_language()


@dataclass(frozen=True)
class Voice:
    lang: str  # zh_CN, zh_TW or en

    def say(self, key: str, **params: object) -> str:
        """A command's line (cli_words) in this language, filled in."""
        return self.say_from(CLI_WORDS, key, **params)

    def say_from(self, words: Mapping[str, Trilingual], key: str, **params: object) -> str:
        """A line of another command's own table of words (audit_words, sync_words)."""
        template = words[key][self.lang]
        return template.format(**params) if params else template

    def error(self, exc: PropdeskError) -> str:
        """The error's message in this language (its template translated, then filled),
        as the window shows it; a storage error by its kind when its text is unknown."""
        template = translate(self.lang, MESSAGES, exc.template)
        if template == exc.template:
            template = translate(self.lang, _STORAGE_CONTEXT, exc.template)
        if template == exc.template and isinstance(exc, StorageError):
            # Imported here: store.failures imports SQLAlchemy, which a command's
            # --help and its words before the station opens do without (issue 18).
            from propdesk.store.failures import storage_message

            known = storage_message(exc.problem)
            template = translate(self.lang, _STORAGE_CONTEXT, known)
            if template == known:
                template = exc.template
        return template.format(**exc.params) if exc.params else template
