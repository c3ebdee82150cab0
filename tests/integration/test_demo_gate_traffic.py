"""Demo gate traffic: a small slice (a 1-building estate, 0.2 years) written like the
full five years, checked the way the gate flows and the handover read it."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from propdesk.cli import EXIT_OK, run
from propdesk.config import Paths
from propdesk.domain.gate.tariff import Tariff, compute_fee
from propdesk.domain.ids import uuid7_time_ms
from propdesk.domain.numbering import parse_number
from propdesk.domain.search_keys import pinyin_initials
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.demo.gate import workers as demo_gate_workers
from propdesk.services.demo.gate import writer as demo_gate_writer
from propdesk.services.demo.gate.month import MonthRows
from propdesk.services.demo.service import DemoResult
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry
from propdesk.services.gate.events import GateEventKind as K
from propdesk.services.gate.retention import LAST_RUN_KEY
from propdesk.services.gate.service import GateServices
from propdesk.store.models import (
    EstateSetting,
    GateEvent,
    NumberCounter,
    ReleaseAuthorisation,
    Resident,
    ShiftHandover,
    Unit,
)

SCALE = 0.05  # one building, about 100 units
YEARS = 0.2  # 73 days: a few thousand events
ADMIN = system_actor("东门岗亭")
NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
RETENTION = timedelta(days=180)  # the default visitor retention
VISITOR_KINDS = (K.VISITOR_IN, K.VISITOR_OUT)


@pytest.fixture
def traffic(services: Services) -> DemoResult:
    return services.demo.create(ADMIN, seed=7, scale=SCALE, traffic_years=YEARS)


def _events(services: Services) -> list[GateEvent]:
    with services.store.read() as session:
        return list(session.scalars(select(GateEvent).order_by(GateEvent.occurred_at)).all())


def test_counts_per_kind_are_plausible(services: Services, traffic: DemoResult) -> None:
    events = _events(services)
    kinds = Counter(e.kind for e in events)
    assert traffic.counts is not None
    assert traffic.counts.gate_events == len(events)
    days = YEARS * 365.25
    per_day = {kind: n / days / SCALE for kind, n in kinds.items()}
    assert 450 <= per_day[K.RESIDENT_ENTRY] <= 800
    assert 70 <= per_day[K.VISITOR_IN] <= 140
    assert 100 <= per_day[K.VEHICLE_IN] <= 200
    assert kinds[K.VISITOR_OUT] <= kinds[K.VISITOR_IN]
    assert kinds[K.REFUSED_CARD] > 0
    assert kinds[K.ITEM_OUT] > 0
    assert kinds[K.PARKING_NOTICE] > 0
    # Most card entries in the morning and evening rush (local time, UTC+8).
    hours = Counter((e.occurred_at.hour + 8) % 24 for e in events if e.kind == K.RESIDENT_ENTRY)
    rush = sum(hours[h] for h in (*range(6, 9), *range(17, 21)))
    assert rush > 0.55 * kinds[K.RESIDENT_ENTRY]
    assert all(e.station == "东门岗亭" and e.username.startswith("guard") for e in events)
    ends = {e.occurred_at for e in events}
    assert max(ends) <= datetime.now(UTC)
    assert min(ends) >= datetime.now(UTC) - timedelta(days=days + 1)


def test_columns_are_filled_like_the_gate_flows(services: Services, traffic: DemoResult) -> None:
    events = _events(services)
    with services.store.read() as session:
        units = set(session.scalars(select(Unit.id)).all())
        residents = dict(session.execute(select(Resident.id, Resident.name)).all())
    for e in events:
        assert uuid7_time_ms(e.id) // 1000 == int(e.occurred_at.timestamp())  # UUIDv7 of then
        assert e.voided_at is None
        if e.unit_id is not None:
            assert e.unit_id in units
        if e.kind == K.RESIDENT_ENTRY:
            assert e.card_number
            assert e.resident_id is not None
            assert residents[e.resident_id] == e.person_name
        if e.person_name:
            assert e.person_name_initials == pinyin_initials(e.person_name)[:40]
        if e.plate:
            assert e.plate_reversed == e.plate[::-1]
        if e.kind == K.VISITOR_IN:
            assert e.pass_number.startswith("FK")
            assert e.id_masked[3:-4] == "*" * 11
            assert HostConfirmation(e.host_confirmation)
            assert e.purpose
            assert e.confirmed_by
        if e.kind == K.REFUSED_CARD:
            assert e.note in ("card lost", "card revoked", "unknown card")
        if e.kind == K.VEHICLE_IN:
            assert e.vehicle_registered == (e.permit_number == "")
            assert e.vehicle_registered == (e.unit_id is not None)
            if not e.vehicle_registered:
                assert e.permit_number.startswith("CL")
        if e.kind == K.PARKING_NOTICE:
            assert e.pass_number.startswith("TZ")
            assert e.place
            assert e.warning_posted is not None
        if e.kind in (K.ITEM_IN, K.ITEM_OUT):
            assert e.description
            assert e.authorisation in ("owner", "management")
            assert e.authorised_by


def test_values_are_stored_as_the_gate_flows_store_them(
    services: Services, traffic: DemoResult
) -> None:
    """Same text for times and ids as rows written through the ORM, or comparisons
    (date bounds, keyset paging) would go wrong between the two."""
    with services.store.write() as session:
        unit_id = session.scalars(select(Unit.id)).first()
        session.add(
            GateEvent(
                kind="item_in",
                occurred_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
                station="x",
                username="x",
                unit_id=unit_id,
            )
        )
    with services.store.read() as session:
        stored = session.execute(
            text("SELECT kind, occurred_at, id, unit_id, typeof(fee_fen) FROM gate_event")
        ).all()
    shapes = {
        (
            re.sub(r"\d", "9", at),
            len(event_id),
            len(unit or ""),
            fee_type,
        )
        for _kind, at, event_id, unit, fee_type in stored
    }
    real = ("9999-99-99 99:99:99.999999", 32, 32, "integer")
    assert real in shapes
    assert {shape[:2] for shape in shapes} == {real[:2]}


def test_every_exit_points_at_its_entry_and_fees_are_the_tariffs(
    services: Services, traffic: DemoResult
) -> None:
    events = _events(services)
    by_id = {e.id: e for e in events}
    exits = [e for e in events if e.kind in (K.VISITOR_OUT, K.VEHICLE_OUT)]
    assert exits
    stated = 0
    for out in exits:
        if out.entry_event_id is None:
            # A car whose entry was never logged: the driver's stated time.
            assert out.kind == K.VEHICLE_OUT
            assert out.stated_entry_at is not None
            entered = out.stated_entry_at
            stated += 1
        else:
            entry = by_id[out.entry_event_id]
            assert entry.kind == (K.VISITOR_IN if out.kind == K.VISITOR_OUT else K.VEHICLE_IN)
            assert entry.closed_at == out.occurred_at
            assert (entry.pass_number, entry.plate, entry.permit_number) == (
                out.pass_number,
                out.plate,
                out.permit_number,
            )
            entered = entry.occurred_at
        assert entered < out.occurred_at
        if out.kind == K.VEHICLE_OUT:
            fee = compute_fee(
                Tariff(), entered, out.occurred_at, resident=out.vehicle_registered
            ).fen
            assert out.fee_fen == fee
    assert sum(e.fee_fen for e in exits) > 0
    assert stated <= len(exits) * 0.05
    # An entry with no exit is still inside: ~20 visitors and ~15 visitor cars in the
    # full estate, at least one each in this slice, all of them recent.
    left = {e.entry_event_id for e in exits}
    inside = [e for e in events if e.kind == K.VISITOR_IN and e.id not in left]
    cars = [e for e in events if e.kind == K.VEHICLE_IN and not e.vehicle_registered]
    cars_inside = [e for e in cars if e.id not in left]
    assert inside
    assert cars_inside
    assert all(e.closed_at is None for e in inside + cars_inside)
    assert all(e.occurred_at > datetime.now(UTC) - timedelta(days=8) for e in inside)
    assert traffic.counts is not None


def test_handover_counts_are_the_events_of_their_shift(
    services: Services, traffic: DemoResult
) -> None:
    events = _events(services)
    with services.store.read() as session:
        handovers = list(session.scalars(select(ShiftHandover).order_by(ShiftHandover.shift_end)))
    days = YEARS * 365.25
    assert 2 * days - 2 <= len(handovers) <= 2 * days + 1
    fields = {
        K.RESIDENT_ENTRY: "resident_entries",
        K.REFUSED_CARD: "refused_cards",
        K.VISITOR_IN: "visitors_in",
        K.VISITOR_OUT: "visitors_out",
        K.VEHICLE_IN: "vehicles_in",
        K.VEHICLE_OUT: "vehicles_out",
        K.ITEM_IN: "items_in",
        K.ITEM_OUT: "items_out",
        K.PARKING_NOTICE: "notices",
    }
    for h in handovers:
        assert h.shift_end - h.shift_start == timedelta(hours=12)
        assert (h.shift_start.hour + 8) % 24 in (8, 20)  # 08:00 and 20:00 local
        assert h.number.startswith("JB")
        assert h.station == "东门岗亭"
        assert h.from_name != h.to_name
        shift = [e for e in events if h.shift_start <= e.occurred_at < h.shift_end]
        kinds = Counter(e.kind for e in shift)
        assert {f: getattr(h, f) for f in fields.values()} == {
            f: kinds[k] for k, f in fields.items()
        }
        assert h.fees_fen == sum(e.fee_fen for e in shift if e.kind == K.VEHICLE_OUT)
        assert {e.username for e in shift} <= {h.from_username}
    assert handovers[-1].shift_end <= datetime.now(UTC)


def test_item_exits_use_up_release_slips(services: Services, traffic: DemoResult) -> None:
    events = {e.id: e for e in _events(services) if e.kind == K.ITEM_OUT}
    with services.store.read() as session:
        slips = list(session.scalars(select(ReleaseAuthorisation)))
    assert len(slips) == len(events) > 0
    for slip in slips:
        assert slip.used_event_id is not None
        event = events[slip.used_event_id]
        assert (slip.number, slip.unit_id, slip.description, slip.authorised_by) == (
            event.pass_number,
            event.unit_id,
            event.description,
            event.authorised_by,
        )
        assert slip.number.startswith("FX")
        assert slip.created_at <= event.occurred_at


def test_number_counters_are_ahead_so_real_numbers_are_fresh(
    services: Services, traffic: DemoResult
) -> None:
    events = _events(services)
    used: dict[tuple[str, str], set[int]] = {}
    for number in [e.pass_number for e in events] + [e.permit_number for e in events]:
        if number:
            kind, period, seq = parse_number(number)
            used.setdefault((kind.value, period), set()).add(seq)
    with services.store.read() as session:
        counters = {(c.kind, c.period): c.last for c in session.scalars(select(NumberCounter))}
    assert {"FK", "CL", "TZ", "FX", "JB"} <= {kind for kind, _ in counters}
    for key, seqs in used.items():
        assert counters[key] >= max(seqs), key
        if key[0] in ("FK", "CL", "TZ"):  # numbered in order, none skipped
            assert seqs == set(range(1, max(seqs) + 1)), key
    with services.store.read() as session:
        unit = session.scalars(select(Unit.code).order_by(Unit.code)).first()
    assert unit is not None
    guard = system_actor("东门岗亭")
    visit = services.module(GateServices).entries.register_visitor(
        guard,
        VisitorEntry("测试访客", "13900001111", "", unit, "探亲", HostConfirmation.PHONE, "张三"),
    )
    assert visit.pass_number not in {e.pass_number for e in events}
    kind, period, seq = parse_number(visit.pass_number)
    assert seq == counters.get((kind.value, period), 0) + 1
    assert period == f"{date.today():%Y%m}"


def test_one_audit_row_says_what_was_added(services: Services, traffic: DemoResult) -> None:
    (row,) = services.audit.page(ADMIN, AuditFilter()).rows
    assert traffic.counts is not None
    assert row.after["gate_events"] == traffic.counts.gate_events
    assert row.after["shift_handovers"] == traffic.counts.shift_handovers
    assert services.audit.verify().ok


def test_the_same_seed_makes_the_same_traffic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "propdesk.services.demo.service.utcnow", lambda: datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
    )

    def shape(folder: str) -> list[tuple[object, ...]]:
        opened = open_services(Paths.resolve(tmp_path / folder), fast_hashing=True)
        try:
            opened.demo.create(ADMIN, seed=3, scale=SCALE, traffic_years=0.02)
            with opened.store.read() as session:
                rows = session.execute(
                    select(
                        GateEvent.id,
                        GateEvent.occurred_at,
                        GateEvent.kind,
                        GateEvent.person_name,
                        GateEvent.plate,
                        GateEvent.pass_number,
                        GateEvent.fee_fen,
                    ).order_by(GateEvent.occurred_at, GateEvent.id)
                ).all()
        finally:
            opened.close()
        return [tuple(r) for r in rows]

    first = shape("a")
    assert len(first) > 100
    assert first == shape("b")
    assert first[-1][1] < datetime(2026, 11, 26, 2, 30, tzinfo=UTC)


def test_years_out_of_range_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.demo.create(ADMIN, scale=SCALE, traffic_years=11)
    assert caught.value.field == "traffic_years"
    assert services.demo.is_empty()


def test_command_without_traffic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--data-dir", str(tmp_path), "demo-data", "--scale", str(SCALE), "--no-traffic"]
    assert run(argv) == EXIT_OK
    assert "gate events" not in capsys.readouterr().out
    opened = open_services(Paths.resolve(tmp_path), fast_hashing=True)
    try:
        with opened.store.read() as session:
            assert session.scalar(select(func.count()).select_from(GateEvent)) == 0
    finally:
        opened.close()


@pytest.fixture
def older_than_retention(services: Services, monkeypatch: pytest.MonkeyPatch) -> DemoResult:
    """0.6 years (219 days): the visits of the first weeks are past the retention."""
    monkeypatch.setattr("propdesk.services.demo.service.utcnow", lambda: NOW)
    return services.demo.create(ADMIN, seed=5, scale=SCALE, traffic_years=0.6)


def test_old_visitors_are_blanked_as_the_daily_purge_leaves_them(
    services: Services, older_than_retention: DemoResult
) -> None:
    events = _events(services)
    cutoff = NOW - RETENTION
    visits = [e for e in events if e.kind in VISITOR_KINDS]
    old = [e for e in visits if e.occurred_at < cutoff]
    recent = [e for e in visits if e.occurred_at >= cutoff]
    assert len(old) > 100
    assert len(recent) > 100
    for e in old:
        assert (e.person_name, e.person_name_initials, e.phone, e.id_masked) == ("", "", "", "")
        assert e.purged_at is not None
        assert e.purged_at <= NOW
        # By the first daily run (at the start of the day shift) after 180 days.
        assert RETENTION <= e.purged_at - e.occurred_at < RETENTION + timedelta(days=1, hours=1)
        assert (e.pass_number, e.unit_id) != ("", None)  # the visit itself stays
    for e in recent:
        assert e.purged_at is None
        assert e.person_name
        assert e.person_name_initials == pinyin_initials(e.person_name)[:40]
        if e.kind == K.VISITOR_IN:
            assert e.phone
            assert e.id_masked
    others = [e for e in events if e.kind not in VISITOR_KINDS]
    assert all(e.purged_at is None for e in others)
    assert any(e.person_name for e in others if e.occurred_at < cutoff)  # residents stay


def test_todays_purge_is_done_and_finds_nothing_left(
    services: Services, older_than_retention: DemoResult
) -> None:
    assert (
        services.module(GateServices).retention.purge(ADMIN, now=NOW, dry_run=True).events_blanked
        == 0
    )
    with services.store.read() as session:
        claimed = session.get(EstateSetting, LAST_RUN_KEY)
    assert claimed is not None
    assert claimed.value == f'"{NOW.astimezone().date().isoformat()}"'
    assert (
        services.module(GateServices).retention.run_daily_if_due(NOW) is None
    )  # already ran today
    tomorrow = services.module(GateServices).retention.run_daily_if_due(NOW + timedelta(days=1))
    assert tomorrow is not None  # the next day's run blanks one more day of visits
    assert 0 < tomorrow.events_blanked < 4 * 100 * SCALE  # ~100 visits a day in and out


def test_handover_counts_include_blanked_visitors(
    services: Services, older_than_retention: DemoResult
) -> None:
    events = _events(services)
    with services.store.read() as session:
        handovers = list(session.scalars(select(ShiftHandover).order_by(ShiftHandover.shift_end)))
    first, last = handovers[0].shift_start, handovers[-1].shift_end
    counted = [e for e in events if first <= e.occurred_at < last]
    for kind, field in ((K.VISITOR_IN, "visitors_in"), (K.VISITOR_OUT, "visitors_out")):
        made = sum(1 for e in counted if e.kind == kind)
        assert sum(getattr(h, field) for h in handovers) == made
    assert any(e.purged_at is not None for e in counted)


# Every column but the estate's own ids (the registers' rows get ids of now).
_COLUMNS = [c for c in GateEvent.__table__.columns if c.key not in ("unit_id", "resident_id")]


def _made(tmp_path: Path, folder: str) -> list[tuple[object, ...]]:
    opened = open_services(Paths.resolve(tmp_path / folder), fast_hashing=True)
    try:
        opened.demo.create(ADMIN, seed=3, scale=SCALE, traffic_years=0.1)
        with opened.store.read() as session:
            found = session.execute(select(*_COLUMNS).order_by(GateEvent.id)).all()
    finally:
        opened.close()
    return [tuple(row) for row in found]


def test_worker_processes_make_the_same_traffic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Months made in spawned worker processes are the months made here."""
    monkeypatch.setattr("propdesk.services.demo.service.utcnow", lambda: NOW)
    used: list[int] = []
    in_workers = demo_gate_workers._in_workers

    def counting(*args: Any) -> Iterator[MonthRows]:
        for month in in_workers(*args):
            used.append(month.events)
            yield month

    monkeypatch.setattr(demo_gate_workers, "_in_workers", counting)
    monkeypatch.setattr(demo_gate_workers.os, "cpu_count", lambda: 2)
    here = _made(tmp_path, "here")
    assert not used
    monkeypatch.setattr(demo_gate_workers, "PARALLEL_FROM", 0)
    workers = _made(tmp_path, "workers")
    assert len(used) >= 2  # months of 0.1 years
    assert sum(used) == len(workers)
    assert workers == here


def test_core_stores_the_rows_as_the_fast_path_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path for other databases (values converted back, Core's executemany)."""
    monkeypatch.setattr("propdesk.services.demo.service.utcnow", lambda: NOW)
    fast = _made(tmp_path, "fast")
    monkeypatch.setattr(demo_gate_writer, "stores_as_made", lambda _connection: False)
    assert _made(tmp_path, "core") == fast


def test_workers_that_cannot_start_leave_the_demo_to_this_process(tmp_path: Path) -> None:
    """A main module that refuses to be imported again (as each spawned worker does)
    kills the workers at start; the demo must go on without them, not wait for ever."""
    script = tmp_path / "launcher.py"
    script.write_text(
        "import sys\n"
        "if __name__ != '__main__':\n"
        "    raise SystemExit(3)  # imported by a worker\n"
        "from propdesk.cli import run\n"
        f"data = {str(tmp_path / 'data')!r}\n"
        "assert run(['--data-dir', data, 'init']) == 0\n"
        # Enough traffic for workers (demo_gate_workers.PARALLEL_FROM), little else.
        "sys.exit(run(['--data-dir', data, 'demo-data', '--scale', '0.4', "
        "'--traffic-years', '1']))\n",
        encoding="utf-8",
    )
    # The timeout only stops a hang; the run takes seconds.
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == EXIT_OK, done.stderr
    counted = re.search(r"([\d,]+) gate events", done.stdout)
    assert counted, done.stdout
    assert int(counted.group(1).replace(",", "")) >= demo_gate_workers.PARALLEL_FROM
