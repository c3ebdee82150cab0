"""Shared pieces of the generated-input tests: what people, scanners and broken pastes
type, the edges of dates and times, and the check that a refusal wrote nothing.

Every public service has a test built from these (tests/unit/test_*_generated_input.py):
whatever is typed is stored as cleaned or refused with a UserError naming a field, and a
refusal leaves every table as it was. The examples are bounded and seeded
(derandomize), so a run is repeatable and its time known.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from propdesk.errors import UserError
from propdesk.store.base import Base
from propdesk.store.unit_of_work import Store

T = TypeVar("T")

# PROPDESK_FUZZ_EXAMPLES raises the count for a long run (the 2,000 per service).
EXAMPLES = int(os.environ.get("PROPDESK_FUZZ_EXAMPLES", "60"))
GENERATED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

LONG = "号" * 1_000_000  # a million characters pasted into a field
SURROGATE = "\ud800"  # a lone surrogate: no encoding can store it

# Text as people, scanners and broken pastes give it: any code point including lone
# surrogates and control characters, plus the hand-picked cases.
typed = st.text(st.characters(exclude_categories=()), max_size=80) | st.sampled_from(
    ["", " ", "\t", "翠湖花园 3-2-1502", "a" * 201, LONG, SURROGATE, f"张{SURROGATE}三", "=1+1"]
)

# Dates and times at the edges of what Python can hold, and ordinary ones.
edge_dates = st.sampled_from([date.min, date.max, date(1970, 1, 1), date(2000, 2, 29)]) | st.dates()
_zones = st.sampled_from([UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-12))])
edge_datetimes = st.builds(
    lambda day, at, zone: datetime.combine(day, at, tzinfo=zone),
    edge_dates,
    st.sampled_from([time.min, time.max, time(12, 0)]),
    _zones,
) | st.datetimes(timezones=_zones)

# An enum field given what a bad caller could pass: empty, unknown, wrong case, None.
bad_choices = st.sampled_from(["", "unknown", "OWNER", " ", SURROGATE, None, 0])


def attempt(call: Callable[[], T]) -> tuple[T | None, UserError | None]:
    """What the call returned, or the user error it raised; any other exception (a
    ValueError, OverflowError, UnicodeEncodeError…) fails the test as it should."""
    try:
        return call(), None
    except UserError as error:
        return None, error


def row_counts(store: Store) -> dict[str, int]:
    """Rows in every table: equal before and after a refusal means nothing was written.
    The server's change log is left out: it is a line per row written in the tables
    counted here (on PostgreSQL), so a test that also saves something would have to
    count its lines too, and it says nothing the tables do not."""
    with store.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
            if table.name != "sync_log"
        }
