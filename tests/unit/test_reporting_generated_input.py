"""Generated input through the reporting services: the targets' thresholds as the
settings dialog (or a hand-edited call) sends them, the monthly report's period and
author (`--by`), and a record export's date range and language. Each is answered or
refused with a UserError naming its field, and a refused setting writes nothing
(tests/generated_input.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period, TargetKey, setting_key
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UnitInput
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    row_counts,
    typed,
)

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
THRESHOLD_FIELDS = {setting_key(key) for key in TargetKey} | {"target"}
REPORT_FIELDS = {"month", "by"}
EXPORT_FIELDS = {"date_from", "date_to"}


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    from propdesk.config import Paths

    opened = open_services(Paths.resolve(tmp_path_factory.mktemp("reporting")), fast_hashing=True)
    opened.estate.set_up("翠湖花园")
    opened.units.save(ADMIN, UnitInput("3", "2", "1502"))
    yield opened
    opened.close()


thresholds = (
    st.integers(-(10**9), 10**9)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.booleans()
    | st.none()
    | typed
)


def named(error: UserError | None, fields: set[str | None]) -> None:
    """The call was refused with a message naming one of `fields`."""
    assert error is not None
    assert error.field in fields, error
    assert error.message


@GENERATED
@given(
    changes=st.dictionaries(
        st.sampled_from(list(TargetKey)) | bad_choices, thresholds, min_size=1, max_size=3
    )
)
def test_targets_form(services: Services, changes: dict[TargetKey, object]) -> None:
    before = row_counts(services.store)
    saved, error = attempt(lambda: services.targets.set_thresholds(ADMIN, changes))
    if saved is None:
        named(error, THRESHOLD_FIELDS)
        assert row_counts(services.store) == before
        return
    assert services.targets.thresholds() == saved


@GENERATED
@given(first=edge_dates, last=edge_dates, by=st.none() | typed)
def test_monthly_report_period(services: Services, first: date, last: date, by: str | None) -> None:
    """The month picker's period (any two days in order), and the author as typed."""
    if last < first:
        first, last = last, first
    report, error = attempt(
        lambda: services.monthly_report.data(MANAGER, Period(first, last), by=by)
    )
    if report is None:
        named(error, REPORT_FIELDS)
        return
    assert report.period == Period(first, last)


@GENERATED
@given(
    date_from=st.none() | edge_dates,
    date_to=st.none() | edge_dates,
    lang=st.none() | typed,
    kind=st.sampled_from(["gate", "repairs", "units"]),
)
def test_record_export_range(
    services: Services,
    tmp_path_factory: pytest.TempPathFactory,
    date_from: date | None,
    date_to: date | None,
    lang: str | None,
    kind: str,
) -> None:
    exports = services.record_exports
    assert kind in exports.names
    target: Path = tmp_path_factory.mktemp("export") / "records.xlsx"
    written, error = attempt(lambda: exports.export(ADMIN, kind, date_from, date_to, target, lang))
    if written is None:
        named(error, EXPORT_FIELDS | {None})  # None: an empty register, nothing to export
