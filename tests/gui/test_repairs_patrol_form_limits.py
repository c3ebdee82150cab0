"""The repair and patrol forms cut a paste at the service's own limit (issue 16): what
a box holds, the service takes; nothing is refused after Save for being too long."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.repairs.workflow import RepairStep
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UNIT_CODE_MAX, UnitInput
from propdesk.services.patrol import inputs as patrol_inputs
from propdesk.services.patrol.inputs import CheckpointInput, FindingInput, RouteInput
from propdesk.services.patrol.service import PatrolServices
from propdesk.services.repairs import inputs as repair_inputs
from propdesk.services.repairs.inputs import STEP_TEXT_MAX, TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.tabs.patrol.checkpoint_form import CheckpointForm
from propdesk.ui.tabs.patrol.finding_action_forms import EscalateForm, ResolveForm
from propdesk.ui.tabs.patrol.finding_form import FindingForm
from propdesk.ui.tabs.repairs.filter_bar import TicketFilterBar
from propdesk.ui.tabs.repairs.step_forms import FORMS
from propdesk.ui.tabs.repairs.ticket_form import TicketForm


def limits(form: object, *names: str) -> list[int]:
    return [getattr(form, name).maxLength() for name in names]


def pasted(edit: QLineEdit) -> int:
    edit.setFocus()
    edit.insert("号" * 1_000)
    return len(edit.text())


def test_repair_forms_take_what_the_service_takes(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    form = TicketForm(ready_services, admin)
    qtbot.addWidget(form)
    boxes = ("name_edit", "phone_edit", "unit_edit", "area_edit", "description_edit")
    assert limits(form, *boxes) == [
        repair_inputs.NAME_MAX,
        repair_inputs.PHONE_MAX,
        UNIT_CODE_MAX,
        repair_inputs.AREA_MAX,
        repair_inputs.DESCRIPTION_MAX,
    ]
    assert form.lookup_edit.maxLength() == repair_inputs.SEARCH_MAX
    assert pasted(form.description_edit) == repair_inputs.DESCRIPTION_MAX

    ready_services.units.save(admin, UnitInput("3", "2", "1502"))
    detail = ready_services.module(RepairServices).tickets.open_ticket(
        admin,
        TicketInput("张三", "13812345678", RepairCategory.PLUMBING, "漏水", unit_code="3-2-1502"),
    )
    boxes_of = {
        RepairStep.DIAGNOSE: {"diagnosis_edit": "diagnosis", "note_edit": "note"},
        RepairStep.REFUSE: {"reason_edit": "reason"},
        RepairStep.COMPLETE: {"work_edit": "work_done", "materials_used_edit": "materials_used"},
        RepairStep.SIGN_OFF: {"signed_by_edit": "signed_by"},
        RepairStep.FOLLOW_UP: {"comment_edit": "comment"},
        RepairStep.CANCEL: {"reason_edit": "reason"},
    }
    for step, boxes_named in boxes_of.items():
        step_form = FORMS[step](ready_services, admin, detail)
        qtbot.addWidget(step_form)
        assert limits(step_form, *boxes_named) == [STEP_TEXT_MAX[f] for f in boxes_named.values()]
    diagnose = FORMS[RepairStep.DIAGNOSE](ready_services, admin, detail)
    qtbot.addWidget(diagnose)
    assert pasted(diagnose.diagnosis_edit) == STEP_TEXT_MAX["diagnosis"]

    bar = TicketFilterBar([])
    qtbot.addWidget(bar)
    assert bar.search_edit.maxLength() == repair_inputs.SEARCH_MAX


def test_patrol_forms_take_what_the_service_takes(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    patrol = ready_services.module(PatrolServices)
    route = patrol.routes.add_route(admin, RouteInput("东区夜巡"))
    patrol.routes.add_checkpoint(admin, route.id, CheckpointInput("E-1", "1栋大堂"))
    route = patrol.routes.route(admin, route.id)

    form = CheckpointForm(patrol.routes, admin, route.id, route.name)
    qtbot.addWidget(form)
    form.checklist_edit.setPlainText("灭火器\n" * 200)  # a pasted list, longer than the column
    assert len(form.checklist_edit.toPlainText()) == patrol_inputs.CHECKLIST_MAX

    opened = patrol.rounds.start(admin, route.id)
    finding_form = FindingForm(ready_services, admin, opened, opened.checkpoints[0])
    qtbot.addWidget(finding_form)
    assert limits(finding_form, "seen_edit", "action_edit", "escalated_edit") == [
        patrol_inputs.FINDING_TEXT_MAX,
        patrol_inputs.FINDING_TEXT_MAX,
        patrol_inputs.PERSON_MAX,
    ]
    assert pasted(finding_form.seen_edit) == patrol_inputs.FINDING_TEXT_MAX

    finding = patrol.findings.record(
        admin,
        opened.id,
        opened.checkpoints[0].checkpoint_id,
        FindingInput(FindingCategory.DOORS_WINDOWS, "门没关"),
    )
    escalate = EscalateForm(patrol.findings, admin, finding)
    qtbot.addWidget(escalate)
    assert escalate.to_edit.maxLength() == patrol_inputs.PERSON_MAX
    resolve = ResolveForm(patrol.findings, admin, finding)
    qtbot.addWidget(resolve)
    assert resolve.resolution_edit.maxLength() == patrol_inputs.FINDING_TEXT_MAX
