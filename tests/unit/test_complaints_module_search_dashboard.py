"""The complaints module's quick search and home-dashboard box: a complaint is found by
its number, its complainant's name or phone and its place, an anonymous one never by a
person and never shown with one; voided ones are not found; an inquiry by its number
and its question. The dashboard counts the open complaints, the overdue answers (red
when any) and the inquiry answers due today, each a link to the list that shows the
same records."""

from __future__ import annotations

from datetime import timedelta

import pytest

from propdesk.domain.complaints.kinds import ComplaintCategory
from propdesk.domain.complaints.workflow import ComplaintState, ComplaintStep, StepRequest
from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period, TargetKey
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.dashboard import OPEN, OVERDUE, complaints_today
from propdesk.services.complaints.inputs import InquiryInput
from propdesk.services.complaints.module import MODULE, TAB
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.search import (
    KIND_COMPLAINT,
    KIND_INQUIRY,
    count_complaints,
    search_complaints,
)
from propdesk.services.complaints.views import ComplaintList, InquiriesDue
from propdesk.services.core.search import SearchHit, SearchService
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.base import utcnow
from tests.unit.test_complaints_service import CLERK, GUARD, MANAGER, Estate

T = ComplaintStep


class Taken:
    """A named complaint at 3-2-1502, an anonymous one there and one about a common
    area, a voided one, and two inquiries (one promised for this evening)."""

    def __init__(self, services: Services) -> None:
        self.estate = estate = Estate(services)
        complaints = estate.complaints
        self.named = complaints.take(CLERK, estate.noise())
        self.anonymous = complaints.take(
            CLERK,
            estate.noise(
                anonymous=True,
                complainant_name="",
                complainant_phone="",
                description="楼道堆放杂物无人清理",
                category=ComplaintCategory.CLEANING,
            ),
        )
        self.area = complaints.take(
            CLERK,
            estate.noise(
                unit_code="",
                common_area="东门广场",
                complainant_name="王五",
                complainant_phone="13700001111",
            ),
        )
        voided = complaints.take(CLERK, estate.noise(complainant_name="赵六"))
        complaints.step(MANAGER, voided.id, StepRequest(T.VOID, reason="重复登记"))
        inquiries = estate.module.inquiries
        self.asked = inquiries.log(CLERK, InquiryInput("停车月卡怎么办理", answer="到客服中心办理"))
        now = utcnow()
        evening = now.astimezone().replace(hour=23, minute=0, second=0, microsecond=0)
        promised = max(evening, now + timedelta(minutes=10))
        if promised.date() != now.astimezone().date():  # just before midnight
            promised = now + timedelta(minutes=1)
        self.promised = inquiries.log(CLERK, InquiryInput("电梯年检时间？", promised_by=promised))


@pytest.fixture
def taken(services: Services) -> Taken:
    return Taken(services)


def found(services: Services, typed: str) -> list[SearchHit]:
    with services.store.read() as session:
        return search_complaints(session, SearchQuery.parse(typed), 20)


def test_a_complaint_is_found_by_number_name_phone_and_place(
    services: Services, taken: Taken
) -> None:
    assert [h.title for h in found(services, taken.named.number)] == [taken.named.number]
    # The number's start: the three that count, newest first (the voided one is not).
    assert [h.title for h in found(services, "TS20")] == [
        taken.area.number,
        taken.anonymous.number,
        taken.named.number,
    ]
    assert [h.record_id for h in found(services, "张三")] == [taken.named.id]
    assert [h.record_id for h in found(services, "5678")] == [taken.named.id]
    assert [h.record_id for h in found(services, "王")] == [taken.area.id]
    assert [h.record_id for h in found(services, "东门")] == [taken.area.id]
    by_unit = found(services, "3-2-1502")
    assert [h.record_id for h in by_unit] == [taken.anonymous.id, taken.named.id]
    hit = by_unit[1]
    assert (hit.kind, hit.open_kind, hit.open_id) == (KIND_COMPLAINT, KIND_COMPLAINT, hit.record_id)
    assert hit.tags == (ComplaintState.RECEIVED.value,)
    assert hit.subtitle == "3-2-1502 · 张三 · 楼上夜间装修噪音"
    assert "13812345678" not in hit.subtitle  # no phone in a hit: no role to mask it by
    assert found(services, "赵六") == []  # voided


def test_an_anonymous_complaint_shows_no_person(services: Services, taken: Taken) -> None:
    (hit,) = found(services, taken.anonymous.number)
    assert hit.subtitle == "3-2-1502 · 楼道堆放杂物无人清理"
    # Whoever complained, a person's readings never reach an anonymous complaint.
    for typed in ("张三", "5678", "13812345678"):
        assert taken.anonymous.id not in {h.record_id for h in found(services, typed)}


@pytest.mark.parametrize(("typed", "expected"), [("TS20", 3), ("3-2-1502", 2), ("东门", 1)])
def test_the_count_is_the_hits(services: Services, taken: Taken, typed: str, expected: int) -> None:
    del taken
    with services.store.read() as session:
        assert count_complaints(session, SearchQuery.parse(typed), 1000) == expected
    assert len(found(services, typed)) == expected


def test_the_module_s_search_kinds_find_inquiries_too(services: Services, taken: Taken) -> None:
    search = SearchService.of(services.store, MODULE.search)
    groups = {g.kind: g for g in search.search(CLERK, "ZX20")}
    assert [h.title for h in groups[KIND_INQUIRY].hits] == [
        taken.promised.number,
        taken.asked.number,
    ]
    by_question = {g.kind: g for g in search.search(CLERK, "月卡")}
    assert [h.record_id for h in by_question[KIND_INQUIRY].hits] == [taken.asked.id]
    assert by_question[KIND_INQUIRY].hits[0].subtitle == "停车月卡怎么办理"
    assert KIND_COMPLAINT not in by_question
    # Each kind needs the complaints' VIEW right, which a guard does not have.
    assert all(k.right is Module.COMPLAINTS for k in MODULE.search)
    assert not GUARD.may(Module.COMPLAINTS, Action.VIEW)


def test_the_dashboard_counts_and_links(services: Services, taken: Taken) -> None:
    estate = taken.estate
    now = utcnow()
    source = complaints_today(TAB)
    group = source(estate.module, services.store, CLERK, now)
    assert group is not None
    figures = {f.name: f for f in group.figures}
    assert figures["open_complaints"].values == {"n": "3"}
    assert figures["overdue_complaints"].values == {"n": "0"}
    assert not figures["overdue_complaints"].emphasis
    assert figures["inquiries_due"].values == {"n": "1"}
    today = now.astimezone().date()
    assert figures["open_complaints"].view is not None
    assert figures["open_complaints"].view.tab == "complaints_tab"
    assert figures["open_complaints"].view.view == ComplaintList(OPEN)
    assert figures["overdue_complaints"].view.view == ComplaintList(OVERDUE)  # type: ignore[union-attr]
    assert figures["inquiries_due"].view.view == InquiriesDue(today)  # type: ignore[union-attr]
    # Later, past the deadlines (12 hours for noise): every open one is overdue, in red,
    # and the list behind the figure shows the same complaints.
    later = now + timedelta(days=1)
    group = source(estate.module, services.store, CLERK, later)
    assert group is not None
    overdue = {f.name: f for f in group.figures}["overdue_complaints"]
    assert overdue.values == {"n": "3"}
    assert overdue.emphasis
    page = estate.complaints.page(CLERK, OVERDUE, now=later)
    assert len(page.rows) == 3
    assert len(estate.complaints.page(CLERK, OPEN).rows) == 3
    due = estate.module.inquiries.due_by(
        CLERK, (now.astimezone() + timedelta(days=1)).replace(hour=0, minute=0)
    )
    assert [i.id for i in due] == [taken.promised.id]


def test_the_target_link_leads_to_the_month_s_complaints() -> None:
    link = MODULE.target_links[TargetKey.COMPLAINTS_IN_TIME]
    month = Period.month(2026, 11)
    request = link.view(month)
    assert request.tab == "complaints_tab"
    assert isinstance(request.view, ComplaintList)
    flt: ComplaintFilter = request.view.filter
    assert (flt.date_from, flt.date_to) == (month.first, month.last)
    assert flt.states is not None
    assert ComplaintState.VOIDED not in flt.states
    assert MODULE.dashboard is not None
    assert MODULE.dashboard.right is Module.COMPLAINTS
