"""A wrong gate entry corrected: journal rows and release slips voided with a reason
(who, when, why), left out of every count, kept and marked in the journal and its
export; clerks record release slips at the front desk; guards shown by name."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from propdesk.domain.gate.tariff import Tariff
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from propdesk.reports.table_columns import TableSheet
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.figures import gate_figures
from propdesk.services.gate.journal import JournalFilter, JournalRow
from propdesk.services.gate.journal_sheet import journal_sheet
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import GateVehicleService
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.store.models import AuditEntry, ReleaseAuthorisation

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
CLERK = Actor(None, "li.kf", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard1", "王保安", Role.GUARD, "东门岗亭")
MANAGER = Actor(None, "wang.jl", "王经理", Role.MANAGER, "客服中心")
TECHNICIAN = Actor(None, "zhao.sg", "赵师傅", Role.TECHNICIAN, "维修部")
TARIFF = Tariff(free_minutes=30, rate_per_hour_fen=500, daily_cap_fen=3000)
VISITOR = VisitorEntry(
    name="赵六",
    phone="13900001111",
    id_number="",
    unit_code="3-2-1502",
    purpose="探亲",
    confirmation=HostConfirmation.PHONE,
    confirmed_by="张三",
)


@pytest.fixture
def estate(services: Services) -> Services:
    """Unit 3-2-1502 with its owner 张三; the guard and the manager as users by name."""
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    for actor in (GUARD, MANAGER):
        services.accounts.create_user(
            ADMIN, actor.username, actor.display_name, actor.role, "secret-Pass-1234"
        )
    return services


def _gate(services: Services) -> GateServices:
    return services.module(GateServices)


def _journal(services: Services) -> dict[object, JournalRow]:
    page = _gate(services).journal.page(MANAGER, JournalFilter(include_voided=True), limit=500)
    return {row.id: row for row in page.rows}


def _slip(services: Services, actor: Actor = GUARD) -> str:
    return (
        _gate(services)
        .items.authorise_release(
            actor,
            unit_code="3-2-1502",
            authorisation="owner",
            authorised_by="张三",
            description="旧沙发一张",
            valid_until=date.today(),
        )
        .number
    )


def _slip_id(services: Services, number: str) -> object:
    with services.store.read() as session:
        return session.scalar(
            select(ReleaseAuthorisation.id).where(ReleaseAuthorisation.number == number)
        )


def _today(services: Services) -> tuple[int, int, int, int]:
    """Today's visitors in, vehicles in and out, and fees: as the dashboard and the
    monthly report count them."""
    day = date.today()
    with services.store.read() as session:
        totals = gate_figures(session, Period(day, day)).totals
    return totals.visitors_in, totals.vehicles_in, totals.vehicles_out, totals.fees_fen


def _sheet(services: Services) -> list[dict[str, object]]:
    """Today's journal as `propdesk export gate` writes it (zh_CN), a dict per row."""
    day = date.today()
    request = SheetRequest(services.store, MANAGER, day, day, "zh_CN", personal=True)
    sheet: TableSheet = journal_sheet(_gate(services), request)
    header = [column.header for column in sheet.columns]
    return [dict(zip(header, row, strict=True)) for row in sheet.rows]


# -- voiding journal rows -----------------------------------------------------


def test_a_voided_visitor_is_left_out_of_every_count_and_kept_marked(estate: Services) -> None:
    gate = _gate(estate)
    wrong = gate.entries.register_visitor(GUARD, VISITOR)
    right = gate.entries.register_visitor(GUARD, replace(VISITOR, name="赵七"))
    assert _today(estate)[0] == 2
    assert gate.handover.current_shift(GUARD)[1].visitors_in == 2

    gate.voiding.void_event(MANAGER, wrong.event_id, "  登记重复 ")

    assert _today(estate)[0] == 1
    assert gate.handover.current_shift(GUARD)[1].visitors_in == 1
    assert [v.pass_number for v in gate.entries.inside_now(GUARD)] == [right.pass_number]
    shown = _journal(estate)[wrong.event_id]
    assert shown.voided
    assert (shown.void_reason, shown.voided_by, shown.voided_by_login) == (
        "登记重复",
        "王经理",
        "wang.jl",
    )
    assert shown.voided_at is not None
    # The journal's default hides it; the page the journal view asks for shows it.
    hidden = gate.journal.page(GUARD, JournalFilter(), limit=50).rows
    assert wrong.event_id not in {r.id for r in hidden}
    with estate.store.read() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == str(wrong.event_id))
        ).all()
    assert [(a.action, a.username, a.reason) for a in audit][-1] == (
        "void",
        "wang.jl",
        "登记重复",
    )


def test_guards_do_not_void_a_reason_is_needed_and_a_void_is_once(estate: Services) -> None:
    gate = _gate(estate)
    visit = gate.entries.register_visitor(GUARD, VISITOR)
    with pytest.raises(PermissionDeniedError):
        gate.voiding.void_event(GUARD, visit.event_id, "录错了")
    with pytest.raises(ValidationError) as caught:
        gate.voiding.void_event(MANAGER, visit.event_id, "   ")
    assert caught.value.field == "reason"
    assert not _journal(estate)[visit.event_id].voided
    gate.voiding.void_event(MANAGER, visit.event_id, "录错了")
    with pytest.raises(ConflictError):
        gate.voiding.void_event(ADMIN, visit.event_id, "再来一次")
    with pytest.raises(NotFoundError):
        gate.voiding.void_event(MANAGER, uuid.uuid4(), "录错了")


def test_an_exit_is_voided_before_its_entry_and_the_visitor_is_inside_again(
    estate: Services,
) -> None:
    gate = _gate(estate)
    visit = gate.entries.register_visitor(GUARD, VISITOR)
    gate.entries.visitor_exit(GUARD, visit.pass_number)
    assert gate.entries.inside_now(GUARD) == []
    (exit_row,) = [r for r in _journal(estate).values() if r.kind is GateEventKind.VISITOR_OUT]
    with pytest.raises(ConflictError):
        gate.voiding.void_event(MANAGER, visit.event_id, "访客未进入")

    gate.voiding.void_event(MANAGER, exit_row.id, "离开登记错了通行证")

    assert [v.pass_number for v in gate.entries.inside_now(GUARD)] == [visit.pass_number]
    gate.voiding.void_event(MANAGER, visit.event_id, "访客未进入")
    assert gate.entries.inside_now(GUARD) == []
    assert _today(estate)[0] == 0


def test_a_voided_vehicle_exit_takes_its_fee_out_and_the_car_is_inside_again(
    estate: Services,
) -> None:
    vehicles = GateVehicleService(estate.store, lambda: TARIFF)
    # 张三's own car in and out (free), and a visitor's car leaving that came in an
    # hour ago with no entry on record (a stated time): ¥10.
    estate.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三"))
    vehicles.vehicle_entry(GUARD, "粤B12345")
    own = vehicles.vehicle_exit(GUARD, vehicles.exit_quote(GUARD, "粤B12345"))
    now = datetime.now().astimezone()
    stated = now - timedelta(hours=1, minutes=1)
    quote = vehicles.exit_quote(GUARD, "京A88888", stated_entry_at=stated, now=now)
    visitor = vehicles.vehicle_exit(GUARD, quote)
    assert _today(estate)[1:] == (1, 2, 1000)
    assert vehicles.inside_now(GUARD) == []

    _gate(estate).voiding.void_event(MANAGER, own.event_id, "出场登记错了车")
    _gate(estate).voiding.void_event(MANAGER, visitor.event_id, "车牌识别错误")

    assert _today(estate)[1:] == (1, 0, 0)
    assert [v.plate for v in vehicles.inside_now(GUARD)] == ["粤B12345"]
    # The export keeps both exits, marked, but its fee column adds up to the takings.
    cells = _sheet(estate)
    exits = [c for c in cells if c["类型"] == "车辆出场"]
    assert [bool(c["作废"]) for c in exits] == [True, True]
    assert sum(c["收费（元）"] or 0 for c in cells) == 0


def test_a_voided_items_out_frees_its_slip_and_a_used_slip_is_voided_after_it(
    estate: Services,
) -> None:
    gate = _gate(estate)
    number = _slip(estate)
    slip_id = _slip_id(estate, number)
    out = gate.items.item_out(GUARD, number)
    assert slip_id is not None
    with pytest.raises(ConflictError):
        gate.voiding.void_slip(MANAGER, slip_id, "业主撤回")  # type: ignore[arg-type]

    gate.voiding.void_event(MANAGER, out.event_id, "物品未出门")

    assert [s.number for s in gate.items.open_slips(GUARD)] == [number]
    gate.voiding.void_slip(MANAGER, slip_id, "业主撤回")  # type: ignore[arg-type]
    assert gate.items.open_slips(GUARD) == []
    with pytest.raises(NotFoundError):
        gate.items.item_out(GUARD, number)
    with pytest.raises(ConflictError):
        gate.voiding.void_slip(MANAGER, slip_id, "again")  # type: ignore[arg-type]
    with pytest.raises(PermissionDeniedError):
        gate.voiding.void_slip(CLERK, slip_id, "again")  # type: ignore[arg-type]


# -- release slips at the front desk -----------------------------------------------


def test_clerks_record_release_slips_but_no_gate_event(estate: Services) -> None:
    gate = _gate(estate)
    number = _slip(estate, CLERK)
    assert [s.number for s in gate.items.open_slips(GUARD)] == [number]
    with pytest.raises(PermissionDeniedError):
        gate.items.item_out(CLERK, number)
    with pytest.raises(PermissionDeniedError):
        gate.items.item_in(
            CLERK,
            unit_code="3-2-1502",
            description="瓷砖",
            authorisation="owner",
            authorised_by="张三",
        )
    with pytest.raises(PermissionDeniedError):
        _slip(estate, TECHNICIAN)


# -- people by name -------------------------------------------------------------


def test_the_journal_and_its_export_name_the_guard_and_mark_the_void(
    estate: Services, beijing_time: None
) -> None:
    del beijing_time
    gate = _gate(estate)
    wrong = gate.entries.register_visitor(GUARD, VISITOR)
    gate.entries.register_visitor(GUARD, replace(VISITOR, name="赵七"))
    rows = _journal(estate)
    assert {(r.guard_name, r.username) for r in rows.values()} == {("王保安", "guard1")}
    gate.voiding.void_event(MANAGER, wrong.event_id, "登记重复")

    cells = _sheet(estate)
    assert {c["值班人"] for c in cells} == {"王保安"}
    marks = {c["姓名"]: c["作废"] for c in cells}
    assert marks["赵七"] == ""
    assert marks["赵六"].startswith("已作废：登记重复（王经理，")


def test_handovers_keep_the_guards_login_beside_the_name(estate: Services) -> None:
    done = _gate(estate).handover.hand_over(GUARD, to_name="刘保安", open_matters="")
    assert (done.from_name, done.from_login) == ("王保安", "guard1")


def test_a_void_by_someone_who_is_no_user_shows_the_login(estate: Services) -> None:
    """A headless command (system:root) or a user since removed: the record still
    says who it was."""
    visit = _gate(estate).entries.register_visitor(GUARD, VISITOR)
    _gate(estate).voiding.void_event(ADMIN, visit.event_id, "测试数据")
    shown = _journal(estate)[visit.event_id]
    assert (shown.voided_by, shown.voided_by_login) == ("admin", "admin")
