from __future__ import annotations

from propdesk.errors import (
    QT_TRANSLATE_NOOP,
    StorageError,
    StorageProblem,
    UserError,
    ValidationError,
)


def test_message_template_is_filled_with_its_values() -> None:
    exc = ValidationError("At most {limit} characters.", field="name", limit=40)
    assert exc.message == "At most 40 characters."
    assert str(exc) == "At most 40 characters."
    assert exc.template == "At most {limit} characters."
    assert exc.field == "name"
    assert isinstance(exc, UserError)


def test_template_without_values_may_contain_braces() -> None:
    assert UserError("use {braces} literally").message == "use {braces} literally"


def test_storage_error_keeps_problem_and_detail() -> None:
    exc = StorageError(StorageProblem.DISK_FULL, "The disk is full.", detail="errno 28")
    assert exc.problem is StorageProblem.DISK_FULL
    assert exc.detail == "errno 28"
    assert not isinstance(exc, UserError)


def test_translate_marker_returns_the_text() -> None:
    assert QT_TRANSLATE_NOOP("messages", "x") == "x"
