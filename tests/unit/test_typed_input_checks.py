"""The shared checks of typed text and typed times (services.core.text, typed_times):
each error names its field and carries exactly the values its message uses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from propdesk.errors import ValidationError
from propdesk.services.core.text import bounded_text, filled_text
from propdesk.services.core.typed_times import not_older_than, typed_time

NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)


def test_bounded_text_cleans_and_allows_empty_unless_required() -> None:
    assert bounded_text("  two \t words ", "note", 20) == "two words"
    assert bounded_text("   ", "note", 20) == ""
    with pytest.raises(ValidationError) as caught:
        bounded_text("   ", "name", 20, required="Enter the name.")
    assert (caught.value.field, caught.value.params) == ("name", {})


def test_bounded_text_too_long_gives_the_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        bounded_text("x" * 21, "note", 20)
    assert caught.value.message == "At most 20 characters."
    assert (caught.value.field, caught.value.params) == ("note", {"limit": 20})
    with pytest.raises(ValidationError) as caught:
        bounded_text("x" * 21, "note", 20, too_long="The note has {limit} at most.")
    assert caught.value.message == "The note has 20 at most."


def test_filled_text_has_one_message_with_only_its_own_values() -> None:
    assert filled_text(" Li  Lei ", "name", 40, "Enter the name.") == "Li Lei"
    for typed in ("  ", "x" * 41):
        with pytest.raises(ValidationError) as caught:
            filled_text(typed, "name", 40, "Enter the name (at most 40 characters).")
        assert (caught.value.field, caught.value.params) == ("name", {})
    with pytest.raises(ValidationError) as caught:
        filled_text("", "items", 9, "Describe them (at most {limit} characters).", limit=9)
    assert caught.value.message == "Describe them (at most 9 characters)."


def test_typed_time_reads_a_naive_time_as_local_and_refuses_the_future() -> None:
    local = datetime(2026, 11, 3, 9, 30)
    assert typed_time(local, NOW, "at", "future") == local.astimezone()
    assert typed_time(NOW + timedelta(minutes=4), NOW, "at", "future", timedelta(minutes=5))
    with pytest.raises(ValidationError) as caught:
        typed_time(NOW + timedelta(seconds=1), NOW, "entered_at", "In the future.")
    assert (caught.value.message, caught.value.field) == ("In the future.", "entered_at")


def test_not_older_than_gives_the_days() -> None:
    limit = timedelta(days=30)
    assert not_older_than(NOW - limit, NOW, limit, "at", "old") == NOW - limit
    with pytest.raises(ValidationError) as caught:
        not_older_than(NOW - limit - timedelta(seconds=1), NOW, limit, "at", "Over {days} days.")
    assert (caught.value.message, caught.value.params) == ("Over 30 days.", {"days": 30})
