"""The targets' thresholds as estate settings: the plan's defaults, checked before
anything is written, audited when changed, a bad stored value falling back."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from propdesk.domain.roles import Role
from propdesk.domain.service_targets import DEFAULT_THRESHOLDS, Period, TargetKey
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.store.models import EstateSetting

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=timezone(timedelta(hours=8)))


def _audit(services: Services) -> list[Any]:
    return services.audit.page(ADMIN, AuditFilter(entity="estate_setting")).rows


def test_defaults_are_the_plan_values(services: Services) -> None:
    assert services.targets.thresholds() == DEFAULT_THRESHOLDS
    assert _audit(services) == []


def test_set_thresholds_stores_and_audits_only_what_changed(services: Services) -> None:
    changed = services.targets.set_thresholds(
        MANAGER, {TargetKey.HYGIENE: 97.5, TargetKey.SATISFACTION: 90}
    )
    assert changed[TargetKey.HYGIENE] == Decimal("97.5")
    assert changed[TargetKey.SATISFACTION] == 90
    (row,) = _audit(services)  # satisfaction stayed at the plan's value
    assert row.entity_id == "target_hygiene"
    assert row.before == {"value": 98}
    assert row.after == {"value": 97.5}
    assert services.targets.thresholds()[TargetKey.HYGIENE] == Decimal("97.5")
    assert services.audit.verify().ok
    # The evaluation uses the threshold in force.
    ready = services.targets.evaluate(MANAGER, Period.month(2026, 10), NOW)
    assert next(r for r in ready if r.key is TargetKey.HYGIENE).threshold == Decimal("97.5")


def test_one_bad_value_writes_nothing(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.targets.set_thresholds(MANAGER, {TargetKey.HYGIENE: 97, TargetKey.SURVEYS: 0})
    assert caught.value.field == "target_surveys"
    assert services.targets.thresholds() == DEFAULT_THRESHOLDS
    assert _audit(services) == []


def test_only_who_may_change_settings(services: Services) -> None:
    with pytest.raises(PermissionDeniedError):
        services.targets.set_thresholds(CLERK, {TargetKey.HYGIENE: 97})
    assert services.targets.thresholds(CLERK) == DEFAULT_THRESHOLDS  # reading is for all


@pytest.mark.parametrize("stored", ['"lots"', "150", "true", "not json"])
def test_a_bad_stored_value_falls_back_to_the_plan(
    services: Services, caplog: pytest.LogCaptureFixture, stored: str
) -> None:
    with services.store.write() as session:
        session.add(EstateSetting(key="target_greening", value=stored))
    with caplog.at_level(logging.WARNING):
        thresholds = services.targets.thresholds()
    assert thresholds[TargetKey.GREENING] == 95
    assert "target_greening" in caplog.text or "not JSON" in caplog.text
