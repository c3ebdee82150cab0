"""The two kinds of failure a user can meet, kept apart from bugs.

`UserError` is something the person can fix (bad input, a missing record, a conflict,
a missing permission). `StorageError` is the environment failing under us (locked,
full disk, read-only folder, corrupt file). Anything else is a bug and goes to the
crash dialog and the log.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

MESSAGES = "messages"  # translation context of every message raised below the UI


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a message for pyside6-lupdate without importing Qt; returns it unchanged.

    Layers below the UI raise errors with an English template such as
    "At most {limit} characters."; the UI translates the template and then fills in
    the values, so every user sees the message in their own language.
    """
    del context
    return text


class PropdeskError(Exception):
    """Base for every error propdesk expects and explains to the user."""

    def __init__(self, template: str, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.message = template.format(**params) if params else template
        super().__init__(self.message)
        # The form field the message belongs next to, when there is one.
        self.field = field


class UserError(PropdeskError):
    """Something the user can fix."""


class ValidationError(UserError):
    """Input that breaks a rule; `field` names the form field."""


class NotFoundError(UserError):
    """A record the user referred to does not exist (or was voided)."""


class ConflictError(UserError):
    """The change clashes with what is already stored (duplicate, wrong state)."""


class PermissionDeniedError(UserError):
    """The signed-in role may not do this."""


class StorageProblem(StrEnum):
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    CORRUPT = "corrupt"
    NEWER_SCHEMA = "newer_schema"
    UNAVAILABLE = "unavailable"
    SERVER_UNREACHABLE = "server_unreachable"  # several stations: the PostgreSQL server


class StorageError(PropdeskError):
    """The database or the data folder failed; what was saved before is untouched."""

    def __init__(
        self, problem: StorageProblem, message: str, *, detail: str = "", **params: Any
    ) -> None:
        # `message` may be a template filled from `params` (e.g. the very file that is
        # read-only), which the window and the CLI translate before filling it in.
        super().__init__(message, **params)
        self.problem = problem
        self.detail = detail
