from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError, StorageError, StorageProblem, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.retention import GateRetentionService, PurgeResult
from propdesk.services.gate.service import GateServices
from propdesk.store.base import utcnow
from propdesk.store.models import GateEvent

ADMIN = Actor(None, "admin", "admin", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "老板", Role.MANAGER, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
NOW = utcnow()


def _add(services: Services, kind: GateEventKind, days_ago: float, **values: object) -> uuid.UUID:
    """A gate event as any flow writes it, dated `days_ago` before NOW."""
    columns: dict[str, object] = {
        "kind": kind.value,
        "occurred_at": NOW - timedelta(days=days_ago),
        "station": "东门岗亭",
        "username": "guard",
        "pass_number": "FK202601-0001",
        "purpose": "探亲",
        "person_name": "赵六",
        "person_name_initials": "zl",
        "phone": "13900001111",
        "id_masked": "110***********002X",
    }
    event = GateEvent(**{**columns, **values})
    with services.store.write() as session:
        session.add(event)
        session.flush()
        return event.id


def _events(services: Services) -> dict[uuid.UUID, GateEvent]:
    with services.store.read() as session:
        return {e.id: e for e in session.scalars(select(GateEvent))}


def _is_blank(event: GateEvent) -> bool:
    personal = (event.person_name, event.person_name_initials, event.phone, event.id_masked)
    return personal == ("", "", "", "") and event.purged_at is not None


def _chunked(services: Services, chunk_size: int) -> GateRetentionService:
    """The estate's retention service, purging `chunk_size` events per transaction."""
    return GateRetentionService(
        services.store,
        services.module(GateServices).settings,
        services.estate_settings,
        chunk_size=chunk_size,
    )


def _summaries(services: Services) -> list[dict[str, object]]:
    rows = services.audit.page(ADMIN, AuditFilter(entity="gate_event")).rows
    return [r.after for r in rows if r.entity_id == "retention"]


def test_old_visitor_events_are_blanked_and_the_rest_untouched(services: Services) -> None:
    old_in = _add(services, GateEventKind.VISITOR_IN, 200)
    old_out = _add(services, GateEventKind.VISITOR_OUT, 181)
    new_in = _add(services, GateEventKind.VISITOR_IN, 179)
    old_card = _add(services, GateEventKind.RESIDENT_ENTRY, 400, phone="")
    old_vehicle = _add(services, GateEventKind.VEHICLE_IN, 400, plate="粤B12345")
    kinds_before = Counter(e.kind for e in _events(services).values())

    result = services.module(GateServices).retention.purge(ADMIN, now=NOW)

    assert result == PurgeResult(NOW - timedelta(days=180), 2)
    events = _events(services)
    assert _is_blank(events[old_in])
    assert _is_blank(events[old_out])
    # What is not personal stays: the pass number, the purpose, the time, the kind.
    assert (events[old_in].pass_number, events[old_in].purpose) == ("FK202601-0001", "探亲")
    for kept in (new_in, old_card, old_vehicle):
        assert events[kept].person_name == "赵六"
        assert events[kept].purged_at is None
    assert Counter(e.kind for e in events.values()) == kinds_before  # counts unchanged


def test_days_overrides_the_setting_and_is_checked(services: Services) -> None:
    recent = _add(services, GateEventKind.VISITOR_IN, 10)
    assert services.module(GateServices).retention.purge(ADMIN, now=NOW).events_blanked == 0
    assert services.module(GateServices).retention.purge(ADMIN, now=NOW, days=7).events_blanked == 1
    assert _is_blank(_events(services)[recent])
    for days in (6, 3651):
        with pytest.raises(ValidationError) as caught:
            services.module(GateServices).retention.purge(ADMIN, now=NOW, days=days)
        assert caught.value.field == "visitor_retention_days"


def test_the_retention_setting_is_used(services: Services) -> None:
    _add(services, GateEventKind.VISITOR_IN, 40)
    services.module(GateServices).settings.set_gate(
        ADMIN,
        free_minutes=30,
        rate_per_hour_fen=500,
        daily_cap_fen=3000,
        residents_free=True,
        visitor_overdue_hour=22,
        visitor_retention_days=30,
    )
    result = services.module(GateServices).retention.purge(MANAGER, now=NOW)
    assert (result.cutoff, result.events_blanked) == (NOW - timedelta(days=30), 1)


def test_second_run_blanks_nothing_and_writes_one_summary(services: Services) -> None:
    for days_ago in (200, 300, 400):
        _add(services, GateEventKind.VISITOR_IN, days_ago)
    first = services.module(GateServices).retention.purge(ADMIN, now=NOW)
    purged_at = {i: e.purged_at for i, e in _events(services).items()}
    again = services.module(GateServices).retention.purge(ADMIN, now=NOW + timedelta(hours=1))
    assert (first.events_blanked, again.events_blanked) == (3, 0)
    assert {i: e.purged_at for i, e in _events(services).items()} == purged_at
    (summary,) = _summaries(services)  # one row for the run, none per event
    assert summary == {
        "cutoff": (NOW - timedelta(days=180)).isoformat(),
        "days": 180,
        "events_blanked": 3,
    }
    assert services.audit.verify().ok


def test_dry_run_counts_and_writes_nothing(services: Services) -> None:
    ids = [_add(services, GateEventKind.VISITOR_OUT, 365) for _ in range(3)]
    _add(services, GateEventKind.VISITOR_IN, 1)
    audit_total = services.audit.page(ADMIN, AuditFilter()).total
    result = services.module(GateServices).retention.purge(ADMIN, now=NOW, dry_run=True)
    assert result.events_blanked == 3
    assert not any(_is_blank(_events(services)[i]) for i in ids)
    assert services.audit.page(ADMIN, AuditFilter()).total == audit_total


def test_a_guard_may_not_purge(services: Services) -> None:
    _add(services, GateEventKind.VISITOR_IN, 200)
    for dry_run in (False, True):
        with pytest.raises(PermissionDeniedError):
            services.module(GateServices).retention.purge(GUARD, now=NOW, dry_run=dry_run)
    assert not any(_is_blank(e) for e in _events(services).values())


def test_chunks_cover_more_rows_than_a_chunk(services: Services) -> None:
    # Ten rows share one timestamp: a chunk boundary falls inside the tie.
    tied = NOW - timedelta(days=300)
    for _ in range(10):
        _add(services, GateEventKind.VISITOR_IN, 300, occurred_at=tied)
    for days_ago in range(181, 186):
        _add(services, GateEventKind.VISITOR_OUT, days_ago)
    _add(services, GateEventKind.VISITOR_IN, 20)
    small = _chunked(services, 3)
    seen: list[int] = []

    def progress(done: int, total: int | None) -> bool:
        assert total is None
        seen.append(done)
        return True

    result = small.purge(ADMIN, now=NOW, progress=progress)
    assert result.events_blanked == 15
    assert seen == [3, 6, 9, 10, 13, 15]  # one transaction per chunk, per kind
    assert sum(_is_blank(e) for e in _events(services).values()) == 15
    assert len(_summaries(services)) == 1


def test_a_stopped_purge_keeps_what_it_did(services: Services) -> None:
    for days_ago in range(200, 210):
        _add(services, GateEventKind.VISITOR_IN, days_ago)
    small = _chunked(services, 4)
    result = small.purge(ADMIN, now=NOW, progress=lambda done, _total: done < 4)
    assert result.events_blanked == 4
    assert small.purge(ADMIN, now=NOW).events_blanked == 6


def _local_noon(days: int = 0) -> datetime:
    return (datetime.now().astimezone() + timedelta(days=days)).replace(
        hour=12, minute=0, second=0, microsecond=0
    )


def test_the_daily_run_happens_once_per_local_day(services: Services) -> None:
    _add(services, GateEventKind.VISITOR_IN, 200)
    noon = _local_noon()
    first = services.module(GateServices).retention.run_daily_if_due(noon)
    assert first is not None
    assert first.events_blanked == 1
    _add(services, GateEventKind.VISITOR_IN, 300)
    assert (
        services.module(GateServices).retention.run_daily_if_due(noon + timedelta(hours=5)) is None
    )
    tomorrow = services.module(GateServices).retention.run_daily_if_due(noon + timedelta(days=1))
    assert tomorrow is not None
    assert tomorrow.events_blanked == 1
    assert (
        services.module(GateServices).retention.run_daily_if_due(noon + timedelta(days=1, hours=1))
        is None
    )
    # Audited as the station's system user.
    rows = services.audit.page(ADMIN, AuditFilter(entity="gate_event")).rows
    assert {r.username for r in rows if r.entity_id == "retention"} == {rows[0].username}
    assert rows[0].username.startswith("system:")


def test_a_failed_daily_run_is_tried_again_at_the_next_check(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(services, GateEventKind.VISITOR_IN, 200)
    retention = services.module(GateServices).retention

    def locked(*_args: object, **_kwargs: object) -> PurgeResult:
        raise StorageError(StorageProblem.LOCKED, "The database is busy.")

    with monkeypatch.context() as patch:
        patch.setattr(retention, "purge", locked)
        with pytest.raises(StorageError):
            retention.run_daily_if_due(_local_noon())
    result = retention.run_daily_if_due(_local_noon())
    assert result is not None
    assert result.events_blanked == 1


def test_a_daily_run_stopped_half_way_finishes_at_the_next_check(services: Services) -> None:
    for days_ago in range(200, 206):
        _add(services, GateEventKind.VISITOR_IN, days_ago)
    small = _chunked(services, 2)
    stopped = small.run_daily_if_due(_local_noon(), progress=lambda _done, _total: False)
    assert stopped is not None
    assert stopped.events_blanked == 2
    rest = small.run_daily_if_due(_local_noon())
    assert rest is not None
    assert rest.events_blanked == 4
    assert small.run_daily_if_due(_local_noon()) is None
