"""The dispatch slip (派工单) in each language as a real PDF, read back with poppler's
tools: the estate, the number, the title, the facts and the signature lines are there,
on one A4 sheet, in the embedded CJK font; and a ticket from the service prints the
same way through RepairPrintService."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import RepairStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.reports.slips.gate_slips import local_time_text
from propdesk.reports.slips.model import Slip
from propdesk.reports.slips.pdf import write_slip_pdf
from propdesk.reports.slips.repair_slip_labels import repair_slip_label
from propdesk.reports.slips.repair_slips import DispatchQuote, dispatch_slip
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from tests.integration.test_gate_slips_pdf import run, squeeze

LANGS = ("zh_CN", "zh_TW", "en")
REPORTED = datetime(2026, 11, 26, 6, 5, tzinfo=UTC)  # 14:05 in Beijing
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
# The words each language's slip must carry besides the values.
LABEL_KEYS = (
    "dispatch.title",
    "location",
    "technician",
    "arrive_by",
    "record.work_done",
    "materials.item",
    "sign.technician",
    "sign.resident",
)
CJK_TITLES = {"zh_CN": "维修派工单", "zh_TW": "維修派工單"}


pytestmark = pytest.mark.usefixtures("beijing_time")


def slip(
    lang: str,
    *,
    quote: DispatchQuote | None = None,
    description: str = "",
    arrived_at: datetime | None = None,
    completed_at: datetime | None = None,
) -> Slip:
    return dispatch_slip(
        estate="阳光花园",
        number="WX202611-0007",
        reported_at=REPORTED,
        priority=RepairPriority.URGENT,
        category=RepairCategory.PLUMBING,
        location="3-2-1502",
        reporter="张三",
        phone="13812345678",
        description=description or "厨房水槽下水管漏水，地面有积水",
        technician="王师傅",
        dispatched_at=REPORTED + timedelta(minutes=10),
        arrival_deadline=REPORTED + timedelta(hours=2),
        paid=True,
        quote=quote,
        lang=lang,
        arrived_at=arrived_at,
        completed_at=completed_at,
    )


def text_of(path: Path) -> str:
    return squeeze(run("pdftotext", "-layout", "-enc", "UTF-8", path, "-"))


@pytest.mark.parametrize("lang", LANGS)
def test_dispatch_slip_pdf_says_what_it_should(tmp_path: Path, lang: str) -> None:
    made = slip(lang, quote=DispatchQuote(5000, 3000, 90))
    path = write_slip_pdf(made, tmp_path / f"dispatch-{lang}.pdf")
    flat = text_of(path)
    expected = [
        "阳光花园",
        "WX202611-0007",
        "3-2-1502",
        "张三",
        "13812345678",
        "厨房水槽下水管漏水",
        "王师傅",
        "2026-11-2614:05",  # reported, local time (white space squeezed out)
        "2026-11-2614:15",  # dispatched
        "2026-11-2616:05",  # arrive by
        "¥80.00",
        repair_slip_label("priority.urgent", lang),
        repair_slip_label("category.plumbing", lang),
        *(repair_slip_label(key, lang) for key in LABEL_KEYS),
    ]
    for text in expected:
        assert squeeze(text) in flat, (text, flat)
    if lang in CJK_TITLES:
        assert CJK_TITLES[lang] in flat
    info = run("pdfinfo", path)
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)  # one sheet to carry
    assert "595.276 x 841.89" in info  # A4
    assert re.search(rf"^Title:\s+{re.escape(made.document_title)}$", info, re.MULTILINE)


@pytest.mark.parametrize("lang", LANGS)
def test_only_the_embedded_cjk_font_is_used(tmp_path: Path, lang: str) -> None:
    path = write_slip_pdf(slip(lang), tmp_path / "dispatch.pdf")
    rows = run("pdffonts", path).splitlines()[2:]
    assert rows
    for row in rows:
        assert "WenQuanYiMicroHei" in row.split()[0], row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row


def test_a_long_description_flows_on_and_keeps_the_signatures(tmp_path: Path) -> None:
    long = "卫生间吊顶渗水，楼上住户称已关闭总阀，仍有水滴落，墙面瓷砖有裂缝。" * 14
    path = write_slip_pdf(slip("zh_CN", description=long), tmp_path / "long.pdf")
    found = re.search(r"^Pages:\s+(\d+)$", run("pdfinfo", path), re.MULTILINE)
    assert found
    assert int(found[1]) >= 2
    flat = text_of(path)
    assert "维修工签字" in flat
    assert "住户签字确认" in flat


def test_a_ticket_prints_through_the_print_service(tmp_path: Path, services: Services) -> None:
    services.estate.set_up("翠湖花园")
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    wang = services.staff.save(ADMIN, StaffInput("王师傅", "engineering", "水电工"))
    ticket = services.module(RepairServices).tickets.open_ticket(
        CLERK,
        TicketInput(
            reporter_name="张三",
            reporter_phone="13812345678",
            category=RepairCategory.LEAKS_CRACKS,
            description="卫生间吊顶渗水",
            unit_code="3-2-1502",
            priority=RepairPriority.EMERGENCY,
        ),
    )
    ticket = services.module(RepairServices).tickets.step(
        CLERK, ticket.id, StepRequest(RepairStep.DISPATCH, technician_id=wang.id)
    )
    made = services.module(RepairServices).prints.dispatch_slip(ticket, "zh_TW")
    path = write_slip_pdf(made, tmp_path / "ticket.pdf")
    flat = text_of(path)
    # Names print as stored; the slip's own words in the language asked for.
    for text in ("翠湖花园物業服務中心", ticket.number, "維修派工單", "王师傅", "緊急", "滲漏裂縫"):
        assert text in flat, text
    assert "住戶簽名確認" in flat
    assert made.qr_payload == ticket.number  # scanned at the desk into the ticket search


def test_a_slip_printed_again_carries_the_arrival_and_completion_recorded(
    tmp_path: Path, services: Services
) -> None:
    services.estate.set_up("翠湖花园")
    wang = services.staff.save(ADMIN, StaffInput("王师傅", "engineering", "水电工"))
    repairs = services.module(RepairServices).tickets
    reported = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=3)
    ticket = repairs.open_ticket(
        CLERK,
        TicketInput(
            reporter_name="张三",
            reporter_phone="13812345678",
            category=RepairCategory.ELECTRICAL,
            description="楼道灯不亮",
            common_area="1 栋大堂",
            reported_at=reported,
        ),
    )
    arrived = reported + timedelta(minutes=47)
    completed = reported + timedelta(hours=2, minutes=5)
    for request in (
        StepRequest(RepairStep.DISPATCH, technician_id=wang.id, at=reported + timedelta(minutes=5)),
        StepRequest(RepairStep.ARRIVE, at=arrived),
    ):
        ticket = repairs.step(CLERK, ticket.id, request)
    prints = services.module(RepairServices).prints

    def row(label_key: str, moment: datetime) -> str:
        return squeeze(repair_slip_label(label_key, "zh_CN") + local_time_text(moment))

    flat = text_of(write_slip_pdf(prints.dispatch_slip(ticket, "zh_CN"), tmp_path / "a.pdf"))
    assert row("record.arrived_at", arrived) in flat  # what the office typed in
    assert local_time_text(completed).split()[1] not in flat  # not done yet: for the pen
    for request in (
        StepRequest(RepairStep.DIAGNOSE, diagnosis="灯管老化", at=arrived),
        StepRequest(RepairStep.START_REPAIR, at=arrived),
    ):
        ticket = repairs.step(CLERK, ticket.id, request)
    ticket = repairs.step(
        CLERK,
        ticket.id,
        StepRequest(RepairStep.COMPLETE, work_done="更换灯管", site_cleaned=True, at=completed),
    )
    flat = text_of(write_slip_pdf(prints.dispatch_slip(ticket, "zh_CN"), tmp_path / "b.pdf"))
    assert row("record.arrived_at", arrived) in flat
    assert row("record.completed_at", completed) in flat
    assert row("arrive_by", ticket.arrival_due_at) in flat  # the limit stays beside it
