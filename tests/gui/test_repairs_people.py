"""The repairs tab and the people in it: a technician's list starts with "my tickets",
and the ticket says who took the call and who did each step by name, the login one
hover away for the administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.repairs.workflow import RepairStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.tabs.repairs.tab import RepairsTab
from propdesk.ui.tabs.repairs.timeline_model import TimelineTableModel
from tests.gui.conftest import actor_of, add_user

LEAK = TicketInput(
    reporter_name="张三",
    reporter_phone="13812345678",
    category=RepairCategory.PLUMBING,
    description="厨房水管漏水",
    common_area="1 栋大堂",
)


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> RepairsTab:
    tab = RepairsTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1366, 690)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_a_technician_sees_my_tickets_first(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    clerk = actor_of(
        ready_services, add_user(ready_services, admin, "clerk1", "李客服", Role.CLERK)
    )
    tech = actor_of(
        ready_services, add_user(ready_services, admin, "tech1", "王师傅", Role.TECHNICIAN)
    )
    wang = ready_services.staff.save(admin, StaffInput("王师傅", "engineering", "水电工"))
    zhao = ready_services.staff.save(admin, StaffInput("赵师傅", "engineering", "电工"))
    repairs = ready_services.module(RepairServices).tickets
    sent: dict[str, list[str]] = {"王师傅": [], "赵师傅": [], "": []}
    for technician in (wang, zhao, wang, None, zhao):
        ticket = repairs.open_ticket(clerk, LEAK)
        if technician is not None:
            repairs.step(
                clerk, ticket.id, StepRequest(RepairStep.DISPATCH, technician_id=technician.id)
            )
        sent[technician.name if technician else ""].append(ticket.number)

    tab = _tab(qtbot, ready_services, tech)
    bar = tab.list_view.filter_bar
    assert bar.technician_combo.currentText() == "My tickets (王师傅)"
    assert sorted(r.number for r in tab.list_view.rows()) == sorted(sent["王师傅"])
    # Offered once: 王师傅 is not listed again under his name.
    texts = [bar.technician_combo.itemText(i) for i in range(bar.technician_combo.count())]
    assert texts.count("王师傅") == 0
    assert "赵师傅" in texts
    # Every ticket is one choice away.
    bar.technician_combo.setCurrentIndex(0)
    assert len(tab.list_view.rows()) == 5

    # The front desk starts with every open ticket, as before.
    desk = _tab(qtbot, ready_services, clerk)
    assert desk.list_view.filter_bar.technician_combo.currentIndex() == 0
    assert len(desk.list_view.rows()) == 5
    assert "My tickets" not in desk.list_view.filter_bar.technician_combo.itemText(1)


def test_the_ticket_names_who_took_the_call_and_did_each_step(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    clerk = actor_of(
        ready_services, add_user(ready_services, admin, "clerk1", "李客服", Role.CLERK)
    )
    tech = actor_of(
        ready_services, add_user(ready_services, admin, "tech1", "王师傅", Role.TECHNICIAN)
    )
    wang = ready_services.staff.save(admin, StaffInput("王师傅", "engineering", "水电工"))
    repairs = ready_services.module(RepairServices).tickets
    ticket = repairs.open_ticket(clerk, LEAK)
    repairs.step(clerk, ticket.id, StepRequest(RepairStep.DISPATCH, technician_id=wang.id))
    repairs.step(tech, ticket.id, StepRequest(RepairStep.ARRIVE))

    tab = _tab(qtbot, ready_services, admin)
    tab.show_ticket(ticket.id)
    reported = tab.detail_panel.facts.values["reported"]
    assert reported.text().endswith("taken by 李客服")
    assert "clerk1" not in reported.text()
    assert reported.toolTip() == "Login: clerk1"
    model = tab.detail_panel.timeline_model
    who = [
        model.data(model.index(row, TimelineTableModel.COL_WHO)) for row in range(model.rowCount())
    ]
    assert who == ["李客服", "李客服", "王师傅"]
    tips = [
        model.data(model.index(row, TimelineTableModel.COL_WHO), Qt.ItemDataRole.ToolTipRole)
        for row in range(model.rowCount())
    ]
    assert tips == ["Login: clerk1", "Login: clerk1", "Login: tech1"]
