"""The generic estate-settings store (services/station/estate_settings.py): JSON values by
key, audited writes, and the once-a-day job claims. The modules' typed settings on top
of it have their own tests (test_gate_settings, the repairs' and the targets')."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from propdesk.domain.roles import Role
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.station.estate_settings import build_with_defaults
from propdesk.store.models import EstateSetting

ADMIN = Actor(None, "admin", "admin", Role.ADMIN, "客服中心")


def _audit(services: Services) -> list[Any]:
    return services.audit.page(ADMIN, AuditFilter(entity="estate_setting")).rows


def _store_raw(services: Services, key: str, text: str) -> None:
    with services.store.write() as session:
        session.add(EstateSetting(key=key, value=text))


def test_a_value_is_written_with_an_audit_row_only_when_it_changes(services: Services) -> None:
    settings = services.estate_settings
    with services.store.write() as session:
        # The default is what is in effect while nothing is stored: no write, no row.
        assert not settings.write_value(session, ADMIN, "some_limit", 5, default=5)
        assert settings.write_value(session, ADMIN, "some_limit", 6, default=5)
        assert not settings.write_value(session, ADMIN, "some_limit", 6, default=5)
    with services.store.read() as session:
        assert settings.read_value(session, "some_limit", 5) == 6
        assert settings.read_value(session, "never_stored", "fallback") == "fallback"
    (row,) = _audit(services)
    assert (row.entity_id, row.before, row.after) == ("some_limit", {"value": 5}, {"value": 6})


def test_a_value_that_is_not_json_reads_as_the_default(services: Services) -> None:
    _store_raw(services, "some_limit", "{broken")
    with services.store.read() as session:
        assert services.estate_settings.read_value(session, "some_limit", 5) == 5


def _pair(values: dict[str, Any]) -> tuple[int, int]:
    """A typed setting of two whole numbers, `low` ≤ `high`, checked like the modules'."""
    for key in ("low", "high"):
        if isinstance(values[key], bool) or not isinstance(values[key], int):
            raise ValidationError("A whole number.", field=key)
    if values["low"] > values["high"]:
        raise ValidationError("low ≤ high.", field="high")
    return values["low"], values["high"]


def test_a_refused_value_goes_back_to_its_default_key_by_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    defaults = {"low": 1, "high": 10}
    # `true` is refused although True == 1 in Python: compared as stored JSON.
    with caplog.at_level("WARNING", logger="propdesk.services.station.estate_settings"):
        assert build_with_defaults(_pair, {"low": True, "high": 8}, defaults) == (1, 8)
    assert "estate setting low has an unusable value True" in caplog.text
    # Two rounds: the wrong `low` goes back, then `high` is below it.
    assert build_with_defaults(_pair, {"low": "x", "high": 0}, defaults) == (1, 10)


def test_values_unusable_together_raise_the_check_that_refused_them() -> None:
    defaults = {"low": 1, "high": 10}
    values = {"low": 50, "high": 10}  # `high` is refused, but it is at its default
    with pytest.raises(ValidationError) as caught:
        build_with_defaults(_pair, values, defaults)
    assert caught.value.field == "high"
    assert values == {"low": 50, "high": 10}


def test_daily_run_is_claimed_once_per_day(services: Services) -> None:
    settings = services.estate_settings
    assert settings.claim_daily_run("job", date(2026, 11, 1))
    assert not settings.claim_daily_run("job", date(2026, 11, 1))
    assert settings.claim_daily_run("job", date(2026, 11, 2))
    settings.forget_daily_run("job")
    assert settings.claim_daily_run("job", date(2026, 11, 2))
    assert _audit(services) == []  # bookkeeping, not a setting
