"""The gate journal: newest first, keyset pages, filters by date and kind, and every
reading of the search text — each through the index it is meant for (rare) and through
a walk of the time index (common), which must agree."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate import journal as gate_journal
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry
from propdesk.services.gate.events import GateEventKind as K
from propdesk.services.gate.journal import JournalFilter, JournalRow
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.store.models import GateEvent

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
T0 = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)  # 10:00 in Beijing


def _add(
    services: Services, minutes: float, kind: K = K.RESIDENT_ENTRY, **values: object
) -> uuid.UUID:
    """One journal row, `minutes` after T0, the way the gate flows fill the columns."""
    plate = values.get("plate")
    if isinstance(plate, str):
        values.setdefault("plate_reversed", plate[::-1])
    with services.store.write() as session:
        event = GateEvent(
            kind=kind.value,
            occurred_at=T0 + timedelta(minutes=minutes),
            station="东门岗亭",
            username="guard",
            **values,
        )
        session.add(event)
        session.flush()
        return event.id


def _rows(
    services: Services, flt: JournalFilter | None = None, actor: Actor = CLERK
) -> list[JournalRow]:
    return list(services.module(GateServices).journal.iter_rows(actor, flt, batch=3))


def _ids(services: Services, text: str = "", **filters: object) -> list[uuid.UUID]:
    return [r.id for r in _rows(services, JournalFilter(text=text, **filters))]  # type: ignore[arg-type]


@pytest.fixture
def units(services: Services) -> dict[str, uuid.UUID]:
    found = {}
    for building, entrance, room in (
        ("3", "2", "1502"),
        ("3", "2", "1503"),
        ("3", "1", "0101"),
        ("12", "1", "0801"),
    ):
        found[f"{building}-{entrance}-{room}"] = services.units.save(
            CLERK, UnitInput(building, entrance, room)
        ).id
    return found


@pytest.fixture(params=["rare", "common"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every search test runs twice: readings found through their index (few matches)
    and through the walk of the time index (as if they matched thousands)."""
    if request.param == "common":
        monkeypatch.setattr(gate_journal, "RARE", 0)
    return str(request.param)


@pytest.fixture
def journal(services: Services, units: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """A small journal with one row of each reading, and a few that look alike."""
    u = units
    return {
        "card": _add(
            services,
            1,
            card_number="0012345678",
            person_name="张三",
            person_name_initials="zs",
            unit_id=u["3-2-1502"],
        ),
        "zhang_san_feng": _add(
            services,
            2,
            K.VISITOR_IN,
            person_name="张三丰",
            person_name_initials="zsf",
            pass_number="FK202603-0001",
            unit_id=u["3-2-1503"],
        ),
        "li_si": _add(
            services,
            3,
            K.VISITOR_IN,
            person_name="李四",
            person_name_initials="ls",
            pass_number="FK202603-0002",
            unit_id=u["12-1-0801"],
        ),
        "visitor_out": _add(
            services,
            4,
            K.VISITOR_OUT,
            person_name="李四",
            person_name_initials="ls",
            pass_number="FK202603-0002",
            unit_id=u["12-1-0801"],
        ),
        "car_in": _add(services, 5, K.VEHICLE_IN, plate="粤B12345", permit_number="CL202603-0001"),
        "car_out": _add(
            services,
            6,
            K.VEHICLE_OUT,
            plate="粤B12345",
            permit_number="CL202603-0001",
            fee_fen=1500,
        ),
        "other_car": _add(
            services,
            7,
            K.VEHICLE_IN,
            plate="京B12399",
            vehicle_registered=True,
            unit_id=u["3-1-0101"],
            person_name="王五",
            person_name_initials="ww",
        ),
        "ev_car": _add(services, 8, K.VEHICLE_IN, plate="粤BD12345"),
        "notice": _add(
            services,
            9,
            K.PARKING_NOTICE,
            plate="湘A99999",
            place="消防通道",
            warning_posted=True,
            pass_number="TZ202603-0001",
        ),
        "item_out": _add(
            services,
            10,
            K.ITEM_OUT,
            unit_id=u["3-2-1502"],
            description="旧沙发",
            authorisation="owner",
            authorised_by="张三",
            pass_number="FX202603-0001",
        ),
        "refused": _add(
            services, 11, K.REFUSED_CARD, card_number="9999000011", note="unknown card"
        ),
    }


# -- pages --------------------------------------------------------------------------------


def test_newest_first_in_pages_without_gaps_or_repeats(services: Services) -> None:
    # Ties on the time are broken by id, also across a page boundary.
    ids = [_add(services, minute) for minute in (1, 2, 2, 2, 2, 3, 4, 4, 5)]
    everything = services.module(GateServices).journal.page(CLERK, None, limit=500).rows
    assert len(everything) == 9
    keys = [r.key for r in everything]
    assert keys == sorted(keys, reverse=True)
    assert {r.id for r in everything} == set(ids)
    seen: list[JournalRow] = []
    before = None
    while True:
        page = services.module(GateServices).journal.page(CLERK, None, before, limit=2)
        assert 1 <= len(page.rows) <= 2
        seen.extend(page.rows)
        if page.next_before is None:
            break
        before = page.next_before
    assert seen == everything
    assert services.module(GateServices).journal.page(CLERK, None, everything[-1].key).rows == []
    assert _rows(services) == everything


def test_rows_carry_what_the_journal_shows(
    services: Services, journal: dict[str, uuid.UUID]
) -> None:
    rows = {r.id: r for r in _rows(services)}
    out = rows[journal["car_out"]]
    assert (out.kind, out.plate, out.permit_number, out.fee_fen) == (
        K.VEHICLE_OUT,
        "粤B12345",
        "CL202603-0001",
        1500,
    )
    item = rows[journal["item_out"]]
    assert (item.unit_code, item.description, item.authorised_by, item.pass_number) == (
        "3-2-1502",
        "旧沙发",
        "张三",
        "FX202603-0001",
    )
    notice = rows[journal["notice"]]
    assert (notice.place, notice.warning_posted) == ("消防通道", True)
    assert rows[journal["other_car"]].vehicle_registered
    assert rows[journal["refused"]].unit_code == ""
    assert not any(r.voided or r.purged for r in rows.values())


@pytest.fixture
def estate(services: Services) -> Services:
    """3-2-1502 with 张三: card 0001AB active, card 0002CD lost."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.cards.issue(CLERK, CardInput("0001AB", "3-2-1502", "张三"))
    lost = services.cards.issue(CLERK, CardInput("0002CD", "3-2-1502", "张三"))
    services.cards.change_status(CLERK, lost.id, CardStatus.LOST, "丢在小区外")
    return services


VISITOR = VisitorEntry(
    "赵六", "13900001111", "", "3-2-1502", "探亲", HostConfirmation.PHONE, "张三"
)


def test_the_gate_flows_page_newest_first_without_gaps_or_repeats(estate: Services) -> None:
    for _ in range(4):
        estate.module(GateServices).entries.card_entry(GUARD, "0001AB")
    estate.module(GateServices).entries.card_entry(GUARD, "0002CD")
    estate.module(GateServices).entries.register_visitor(GUARD, VISITOR)
    everything = estate.module(GateServices).journal.page(GUARD, None, limit=500).rows
    assert len(everything) == 6
    keys = [(r.occurred_at, r.id) for r in everything]
    assert keys == sorted(keys, reverse=True)
    assert [r.kind for r in everything] == [K.VISITOR_IN, K.REFUSED_CARD, *[K.RESIDENT_ENTRY] * 4]
    seen: list[JournalRow] = []
    before = None
    while True:
        page = estate.module(GateServices).journal.page(CLERK, None, before, limit=4)
        assert len(page.rows) <= 4
        seen.extend(page.rows)
        if page.next_before is None:
            break
        before = page.next_before
    assert seen == everything
    last = everything[-1]
    assert (
        estate.module(GateServices).journal.page(CLERK, None, (last.occurred_at, last.id)).rows
        == []
    )


def test_the_gate_flows_are_found(estate: Services) -> None:
    estate.module(GateServices).entries.card_entry(GUARD, "0001AB")
    visit = estate.module(GateServices).entries.register_visitor(GUARD, VISITOR)
    estate.module(GateServices).entries.visitor_exit(GUARD, visit.pass_number)
    rows = _rows(estate)
    assert [r.kind for r in rows] == [K.VISITOR_OUT, K.VISITOR_IN, K.RESIDENT_ENTRY]
    assert rows[1].closed_at == rows[0].occurred_at
    assert (rows[1].purpose, rows[1].confirmed_by, rows[1].unit_code) == (
        "探亲",
        "张三",
        "3-2-1502",
    )
    out_and_in = [rows[0].id, rows[1].id]
    assert [r.id for r in _rows(estate, JournalFilter(text=visit.pass_number))] == out_and_in
    assert [r.id for r in _rows(estate, JournalFilter(text="zl"))] == out_and_in
    assert [r.id for r in _rows(estate, JournalFilter(text="0001ab"))] == [rows[2].id]
    assert [r.id for r in _rows(estate, JournalFilter(text="3-2-1502"))] == [r.id for r in rows]


# -- filters ------------------------------------------------------------------------------


def test_kinds(services: Services, journal: dict[str, uuid.UUID]) -> None:
    j = journal
    assert _ids(services, kinds=frozenset({K.PARKING_NOTICE})) == [j["notice"]]
    assert _ids(services, kinds=frozenset({K.VISITOR_IN, K.VISITOR_OUT})) == [
        j["visitor_out"],
        j["li_si"],
        j["zhang_san_feng"],
    ]
    assert len(_ids(services, kinds=frozenset(K))) == len(j)
    assert _ids(services, kinds=frozenset()) == []


@pytest.fixture
def beijing() -> Iterator[None]:
    """The office's clock in China (UTC+8), whatever the test machine's zone."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_dates_are_local_days_both_inclusive(services: Services, beijing: None) -> None:
    del beijing
    # T0 is 10:00 in Beijing on 1 March: 14 h later is 00:00 on 2 March there.
    last_of_first = _add(services, 14 * 60 - 1)
    first_of_second = _add(services, 14 * 60)
    early_first = _add(services, -10 * 60)  # 00:00 on 1 March, Beijing
    before_first = _add(services, -10 * 60 - 1)
    march_1, march_2 = date(2026, 3, 1), date(2026, 3, 2)
    assert _ids(services, date_from=march_1, date_to=march_1) == [last_of_first, early_first]
    assert _ids(services, date_from=march_2) == [first_of_second]
    assert _ids(services, date_to=date(2026, 2, 28)) == [before_first]
    assert _ids(services, date_from=march_2, date_to=march_1) == []


def test_voided_rows_are_hidden_unless_asked_for(
    services: Services, journal: dict[str, uuid.UUID]
) -> None:
    with services.store.write() as session:
        event = session.get(GateEvent, journal["li_si"])
        assert event is not None
        event.voided_at = T0 + timedelta(days=1)
        event.void_reason = "登记错误"
    for text in ("", "李四", "ls"):
        assert journal["li_si"] not in _ids(services, text)
        shown = _rows(services, JournalFilter(text=text, include_voided=True))
        assert [r.voided for r in shown if r.id == journal["li_si"]] == [True]


def test_a_technician_may_not_read_the_journal(services: Services) -> None:
    technician = Actor(None, "tech", "技工", Role.TECHNICIAN, "工程部")
    with pytest.raises(PermissionDeniedError):
        services.module(GateServices).journal.page(technician)
    with pytest.raises(PermissionDeniedError):
        services.module(GateServices).journal.count(technician, JournalFilter(text="张"))
    with pytest.raises(PermissionDeniedError):
        next(services.module(GateServices).journal.iter_rows(technician))


# -- search -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张三", ["zhang_san_feng", "card"]),  # the person's name, not who authorised
        ("张三丰", ["zhang_san_feng"]),
        ("zs", ["zhang_san_feng", "card"]),
        ("ZSF", ["zhang_san_feng"]),
        ("0012345678", ["card"]),
        ("0012-3456 78", ["card"]),
        ("9999000011", ["refused"]),
        ("FK202603-0002", ["visitor_out", "li_si"]),
        ("fk202603", ["visitor_out", "li_si", "zhang_san_feng"]),
        ("CL202603-0001", ["car_out", "car_in"]),
        ("TZ2026", ["notice"]),
        ("FX202603-0001", ["item_out"]),
        ("粤B12345", ["car_out", "car_in"]),
        ("粤 b·12345", ["car_out", "car_in"]),
        ("12345", ["ev_car", "car_out", "car_in"]),  # the end of the plate
        ("B123", ["other_car", "car_out", "car_in"]),  # after the province
        ("粤B1", ["car_out", "car_in"]),
        ("BD1", ["ev_car"]),
        ("99999", ["notice"]),
        ("3-2-1502", ["item_out", "card"]),
        ("3-2-15", ["item_out", "zhang_san_feng", "card"]),
        ("3-", ["item_out", "other_car", "zhang_san_feng", "card"]),
        ("12-1-0801", ["visitor_out", "li_si"]),
        ("王", ["other_car"]),
        ("nobody", []),
        ("赵", []),
        ("!!", []),
    ],
)
def test_search_readings(
    services: Services, journal: dict[str, uuid.UUID], path: str, text: str, expected: list[str]
) -> None:
    del path
    assert _ids(services, text) == [journal[name] for name in expected]


def test_search_combines_with_kinds_and_dates(
    services: Services, journal: dict[str, uuid.UUID], path: str
) -> None:
    del path
    j = journal
    assert _ids(services, "zs", kinds=frozenset({K.RESIDENT_ENTRY})) == [j["card"]]
    assert _ids(services, "B123", kinds=frozenset({K.VEHICLE_IN, K.PARKING_NOTICE})) == [
        j["other_car"],
        j["car_in"],
    ]
    later = date(2026, 3, 2)
    assert _ids(services, "zs", date_from=later) == []
    assert _ids(services, "zs", date_to=later) == [j["zhang_san_feng"], j["card"]]


def test_search_pages_without_gaps_or_repeats(services: Services, path: str) -> None:
    del path
    ids = [
        _add(
            services,
            minute % 5,
            K.VISITOR_IN,
            person_name="张三",
            person_name_initials="zs",
            pass_number=f"FK202603-{n:04d}",
        )
        for n, minute in enumerate(range(20), start=1)
    ]
    _add(services, 30, K.VISITOR_IN, person_name="李四", person_name_initials="ls")
    everything = _rows(services, JournalFilter(text="zs"))
    assert {r.id for r in everything} == set(ids)
    assert [r.key for r in everything] == sorted((r.key for r in everything), reverse=True)
    seen: list[JournalRow] = []
    before = None
    while True:
        page = services.module(GateServices).journal.page(
            CLERK, JournalFilter(text="张"), before, limit=3
        )
        seen.extend(page.rows)
        if page.next_before is None:
            break
        before = page.next_before
    assert seen == everything


def test_count_is_known_for_rare_searches_only(
    services: Services, journal: dict[str, uuid.UUID], monkeypatch: pytest.MonkeyPatch
) -> None:
    count = services.module(GateServices).journal.count
    assert count(CLERK, JournalFilter(text="B123")) == 3
    assert count(CLERK, JournalFilter(text="B123", kinds=frozenset({K.VEHICLE_IN}))) == 2
    assert count(CLERK, JournalFilter(text="nobody")) == 0
    assert count(CLERK, JournalFilter()) is None
    monkeypatch.setattr(gate_journal, "RARE", 1)
    assert count(CLERK, JournalFilter(text="B123")) is None


def test_export_reads_everything_in_batches(services: Services) -> None:
    ids = [_add(services, n / 10) for n in range(25)]
    rows = list(services.module(GateServices).journal.iter_rows(CLERK, JournalFilter(), batch=4))
    assert [r.id for r in rows] == ids[::-1]
    assert [
        r.id
        for r in services.module(GateServices).journal.iter_rows(
            CLERK, JournalFilter(text="nobody")
        )
    ] == []
