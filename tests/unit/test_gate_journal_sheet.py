"""The gate journal's sheet reads its rows itself, with Core in keyset batches (issue 18):
the same events as the journal's own iterator, in its order, the guards and the
voiders by name, whatever the batch size."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.gate import journal_sheet as sheet_module
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry
from propdesk.services.gate.journal import JournalFilter
from propdesk.services.gate.journal_sheet import journal_sheet
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
CLERK = Actor(None, "li.kf", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard1", "王保安", Role.GUARD, "东门岗亭")
MANAGER = Actor(None, "wang.jl", "王经理", Role.MANAGER, "客服中心")
VISITOR = VisitorEntry(
    name="赵六",
    phone="13900001111",
    id_number="",
    unit_code="3-2-1502",
    purpose="探亲",
    confirmation=HostConfirmation.PHONE,
    confirmed_by="张三",
)
NAME, GUARD_NAME, VOIDED = 5, 3, 16  # columns of the sheet with names (personal)


@pytest.mark.parametrize("batch", [1, 2, 5000])
def test_the_sheet_holds_the_journals_events_in_its_order(
    services: Services, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(sheet_module, "BATCH", batch)
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    for actor in (GUARD, MANAGER):
        services.accounts.create_user(
            ADMIN, actor.username, actor.display_name, actor.role, "secret-Pass-1234"
        )
    gate = services.module(GateServices)
    made = [
        gate.entries.register_visitor(GUARD, replace(VISITOR, name=f"访客{i}")) for i in range(5)
    ]
    gate.voiding.void_event(MANAGER, made[1].event_id, "登记重复")
    today = date.today()

    request = SheetRequest(services.store, MANAGER, today, today, "zh_CN", personal=True)
    rows = [list(row) for row in journal_sheet(gate, request).rows]
    days = JournalFilter(date_from=today, date_to=today, include_voided=True)
    journal = list(gate.journal.iter_rows(MANAGER, days))

    assert [row[NAME] for row in rows] == [r.person_name for r in journal]
    assert [row[NAME] for row in rows] == [f"访客{i}" for i in reversed(range(5))]
    assert [row[0] for row in rows] == [r.occurred_at for r in journal]
    assert {row[GUARD_NAME] for row in rows} == {"王保安"}
    voided = [row[VOIDED] for row in rows]
    assert [bool(note) for note in voided] == [False, False, False, True, False]
    assert "王经理" in voided[3]
    assert "登记重复" in voided[3]
