"""The gate's settings (services/gate/settings.py): the tariff and visitor limits, stored
as estate settings."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlalchemy import select

from propdesk.domain.gate.tariff import Tariff
from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.settings import GateSettings, GateSettingsService
from propdesk.services.station.estate_settings import EstateSettingsService
from propdesk.store.models import EstateSetting

ADMIN = Actor(None, "admin", "admin", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "老板", Role.MANAGER, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")

VALID: dict[str, Any] = {
    "free_minutes": 15,
    "rate_per_hour_fen": 800,
    "daily_cap_fen": 4000,
    "residents_free": False,
    "visitor_overdue_hour": 21,
    "visitor_retention_days": 90,
}


def _stored(services: Services) -> dict[str, str]:
    with services.store.read() as session:
        return {row.key: row.value for row in session.scalars(select(EstateSetting))}


def _audit(services: Services) -> list[Any]:
    return services.audit.page(ADMIN, AuditFilter(entity="estate_setting")).rows


def _settings(services: Services) -> GateSettingsService:
    return services.module(GateServices).settings


def _store_raw(services: Services, key: str, text: str) -> None:
    with services.store.write() as session:
        session.add(EstateSetting(key=key, value=text))


def test_defaults_when_nothing_is_stored(services: Services) -> None:
    gate = _settings(services).gate()
    assert gate == GateSettings(Tariff())
    assert (gate.visitor_overdue_hour, gate.visitor_retention_days) == (22, 180)
    assert gate.tariff == Tariff(30, 500, 3000, True)
    assert _settings(services).gate(GUARD) == gate  # every role reads it
    assert _stored(services) == {}


def test_round_trip_and_seen_by_another_station(services: Services) -> None:
    saved = _settings(services).set_gate(MANAGER, **VALID)
    expected = GateSettings(Tariff(15, 800, 4000, False), 21, 90)
    assert saved == expected
    assert _settings(services).gate() == expected
    # Another station: its own service on the same database, read after the change.
    other = GateSettingsService(services.store, EstateSettingsService(services.store))
    assert other.gate() == expected
    _settings(services).set_gate(ADMIN, **{**VALID, "visitor_retention_days": 365})
    assert other.gate().visitor_retention_days == 365


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"free_minutes": -1}, "parking_free_minutes"),
        ({"free_minutes": 24 * 60 + 1}, "parking_free_minutes"),
        ({"free_minutes": 1.5}, "parking_free_minutes"),
        ({"rate_per_hour_fen": -100}, "parking_rate_per_hour_fen"),
        ({"rate_per_hour_fen": 5.5}, "parking_rate_per_hour_fen"),
        ({"daily_cap_fen": -1}, "parking_daily_cap_fen"),
        ({"residents_free": 1}, "parking_residents_free"),
        ({"visitor_overdue_hour": 24}, "visitor_overdue_hour"),
        ({"visitor_overdue_hour": -1}, "visitor_overdue_hour"),
        ({"visitor_overdue_hour": True}, "visitor_overdue_hour"),
        ({"visitor_retention_days": 6}, "visitor_retention_days"),
        ({"visitor_retention_days": 3651}, "visitor_retention_days"),
        ({"visitor_retention_days": "180"}, "visitor_retention_days"),
    ],
)
def test_every_invalid_value_is_refused_and_nothing_written(
    services: Services, change: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _settings(services).set_gate(ADMIN, **{**VALID, **change})
    assert caught.value.field == field
    assert caught.value.message
    assert _stored(services) == {}
    assert _audit(services) == []


def test_retention_message_names_the_limits(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        _settings(services).set_gate(ADMIN, **{**VALID, "visitor_retention_days": 1})
    assert caught.value.params == {"low": 7, "high": 3650}
    assert "7 to 3650 days" in caught.value.message


def test_a_guard_may_read_but_not_change(services: Services) -> None:
    with pytest.raises(PermissionDeniedError):
        _settings(services).set_gate(GUARD, **VALID)
    assert _stored(services) == {}


def test_only_changed_keys_are_audited_with_before_and_after(services: Services) -> None:
    # Only the rate differs from the defaults: one key stored, one audit row.
    defaults = {
        "free_minutes": 30,
        "rate_per_hour_fen": 500,
        "daily_cap_fen": 3000,
        "residents_free": True,
        "visitor_overdue_hour": 22,
        "visitor_retention_days": 180,
    }
    _settings(services).set_gate(ADMIN, **{**defaults, "rate_per_hour_fen": 600})
    assert _stored(services) == {"parking_rate_per_hour_fen": "600"}
    (row,) = _audit(services)
    assert (row.entity_id, row.action, row.username) == (
        "parking_rate_per_hour_fen",
        "update",
        "admin",
    )
    assert (row.before, row.after) == ({"value": 500}, {"value": 600})

    _settings(services).set_gate(ADMIN, **{**defaults, "rate_per_hour_fen": 600})
    assert len(_audit(services)) == 1  # saved again unchanged: nothing new

    _settings(services).set_gate(
        MANAGER, **{**defaults, "rate_per_hour_fen": 700, "residents_free": False}
    )
    rows = _audit(services)
    assert len(rows) == 3
    changes = {r.entity_id: (r.before, r.after) for r in rows[:2]}
    assert changes == {
        "parking_rate_per_hour_fen": ({"value": 600}, {"value": 700}),
        "parking_residents_free": ({"value": True}, {"value": False}),
    }
    assert services.audit.verify().ok


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("parking_free_minutes", "{broken"),
        ("parking_free_minutes", '"thirty"'),
        ("parking_rate_per_hour_fen", "-5"),
        ("parking_residents_free", "1"),
        ("visitor_overdue_hour", "25"),
        ("visitor_retention_days", "null"),
        ("visitor_retention_days", "2.5"),
    ],
)
def test_a_corrupt_stored_value_falls_back_to_the_default(
    services: Services, key: str, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    _store_raw(services, key, text)
    with caplog.at_level(logging.WARNING, logger="propdesk.services.station.estate_settings"):
        gate = _settings(services).gate()
    assert gate == GateSettings(Tariff())
    assert key in caplog.text


def test_only_the_corrupt_values_fall_back(services: Services) -> None:
    _store_raw(services, "parking_free_minutes", "[]")
    _store_raw(services, "parking_daily_cap_fen", "{}")
    _store_raw(services, "visitor_retention_days", "1")
    _store_raw(services, "parking_rate_per_hour_fen", "900")
    _store_raw(services, "visitor_overdue_hour", "20")
    assert _settings(services).gate() == GateSettings(
        Tariff(rate_per_hour_fen=900), visitor_overdue_hour=20
    )


def test_saving_over_a_corrupt_value_repairs_it_and_audits_the_old_text(
    services: Services,
) -> None:
    _store_raw(services, "parking_free_minutes", "{broken")
    _settings(services).set_gate(ADMIN, **{**VALID, "free_minutes": 30})
    assert _stored(services)["parking_free_minutes"] == "30"
    row = next(r for r in _audit(services) if r.entity_id == "parking_free_minutes")
    assert (row.before, row.after) == ({"value": "{broken"}, {"value": 30})
