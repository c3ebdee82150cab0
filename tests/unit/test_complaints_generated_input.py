"""Generated input through the complaint services: whatever is typed into the
complaint form, a step's form, the inquiry form, the list's filter bar or the deadline
settings is stored as cleaned or refused with a UserError naming its form field, and
a refusal writes nothing (tests/generated_input.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    FollowUpMethod,
    InquiryKind,
    RootCause,
    Severity,
    Verdict,
)
from propdesk.domain.complaints.workflow import ComplaintState, ComplaintStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.complaints.inputs import ComplaintInput, InquiryInput
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.services.core.text import clean_text
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from tests.complaints_estate import complaint_services
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    edge_datetimes,
    row_counts,
    typed,
)

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
UNIT = "3-2-1502"
COMPLAINT_FIELDS = {f.name for f in fields(ComplaintInput)}
STEP_FIELDS = {f.name for f in fields(StepRequest)}
INQUIRY_FIELDS = {f.name for f in fields(InquiryInput)}
FILTER_FIELDS = {"states", "category", "date_from", "date_to", "text"}
SETTING_FIELDS = {
    "complaint_response_serious_hours",
    "complaint_response_normal_hours",
    "complaint_response_minor_hours",
    "complaint_response_category_caps",
}


@dataclass(frozen=True)
class Estate:
    services: Services
    module: ComplaintServices
    department: uuid.UUID
    handler: uuid.UUID

    def __repr__(self) -> str:
        return "Estate()"


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(
        Paths.resolve(tmp_path_factory.mktemp("complaints")), fast_hashing=True
    )
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    guard = services.staff.save(ADMIN, StaffInput("赵队长", "security", "班长"))
    yield Estate(services, complaint_services(services), guard.department_id, guard.id)
    services.close()


def choice(kind: type) -> st.SearchStrategy[object]:
    return st.sampled_from(list(kind)) | bad_choices


moments = st.none() | edge_datetimes


def refused_cleanly(
    estate: Estate, before: dict[str, int], error: UserError | None, names: set[str]
) -> None:
    assert error is not None
    assert error.field in names, error
    assert error.message
    assert row_counts(estate.services.store) == before


@GENERATED
@given(
    channel=choice(ComplaintChannel),
    category=choice(ComplaintCategory),
    description=typed,
    severity=choice(Severity),
    anonymous=st.booleans() | st.sampled_from([None, 1, "yes"]),
    name=typed,
    phone=typed | st.just("138 1234 5678"),
    unit_code=st.sampled_from([UNIT, "", " 3-2-1502 "]) | typed,
    area=typed,
    received_at=moments,
    due=moments,
)
def test_complaint_form(
    estate: Estate,
    channel: ComplaintChannel,
    category: ComplaintCategory,
    description: str,
    severity: Severity,
    anonymous: bool,
    name: str,
    phone: str,
    unit_code: str,
    area: str,
    received_at: datetime | None,
    due: datetime | None,
) -> None:
    before = row_counts(estate.services.store)
    data = ComplaintInput(
        channel,
        category,
        description,
        severity,
        anonymous,
        name,
        phone,
        None,
        unit_code,
        area,
        received_at,
        due,
    )
    detail, error = attempt(lambda: estate.module.complaints.take(MANAGER, data))
    if detail is None:
        refused_cleanly(estate, before, error, COMPLAINT_FIELDS)
        return
    assert detail.description == clean_text(description)
    assert detail.response_due_at > detail.received_at
    if detail.anonymous:
        assert (detail.complainant_name, detail.complainant_phone) == ("", "")
    else:
        assert detail.complainant_name == clean_text(name)


@GENERATED
@given(
    step=choice(ComplaintStep),
    at=moments,
    note=typed,
    investigation=typed,
    resolution=typed,
    verdict=st.none() | choice(Verdict),
    root_cause=st.none() | choice(RootCause),
    text=typed,
    method=st.none() | choice(FollowUpMethod),
    rating=st.none() | st.integers(-(10**9), 10**9) | st.sampled_from([True, 1, 5]),
    reason=typed,
    ids=st.booleans(),
)
def test_step_form(
    estate: Estate,
    step: ComplaintStep,
    at: datetime | None,
    note: str,
    investigation: str,
    resolution: str,
    verdict: Verdict | None,
    root_cause: RootCause | None,
    text: str,
    method: FollowUpMethod | None,
    rating: int | None,
    reason: str,
    ids: bool,
) -> None:
    taken = estate.module.complaints.take(
        MANAGER,
        ComplaintInput(
            ComplaintChannel.PHONE,
            ComplaintCategory.NOISE,
            "噪音",
            complainant_name="张三",
            unit_code=UNIT,
        ),
    )
    request = StepRequest(
        step,
        at,
        note,
        estate.department if ids else None,
        estate.handler if ids else uuid.uuid4(),
        investigation,
        resolution,
        verdict,
        root_cause,
        text,
        text,
        text,
        method,
        text,
        rating,
        reason,
    )
    before = row_counts(estate.services.store)
    detail, error = attempt(lambda: estate.module.complaints.step(MANAGER, taken.id, request))
    if detail is None:
        refused_cleanly(estate, before, error, STEP_FIELDS)


@GENERATED
@given(
    question=typed,
    kind=choice(InquiryKind),
    channel=choice(ComplaintChannel),
    answer=typed,
    promised_by=moments,
    name=typed,
    phone=typed,
    unit_code=st.sampled_from([UNIT, ""]) | typed,
    asked_at=moments,
)
def test_inquiry_form(
    estate: Estate,
    question: str,
    kind: InquiryKind,
    channel: ComplaintChannel,
    answer: str,
    promised_by: datetime | None,
    name: str,
    phone: str,
    unit_code: str,
    asked_at: datetime | None,
) -> None:
    before = row_counts(estate.services.store)
    data = InquiryInput(
        question, kind, channel, answer, promised_by, name, phone, unit_code, asked_at
    )
    view, error = attempt(lambda: estate.module.inquiries.log(MANAGER, data))
    if view is None:
        refused_cleanly(estate, before, error, INQUIRY_FIELDS)
        return
    assert view.question == clean_text(question)


@GENERATED
@given(
    states=st.none() | st.frozensets(choice(ComplaintState), max_size=3),
    category=st.none() | choice(ComplaintCategory),
    date_from=st.none() | edge_dates,
    date_to=st.none() | edge_dates,
    text=typed,
    overdue=st.booleans(),
)
def test_filter_bar(
    estate: Estate,
    states: frozenset[object] | None,
    category: ComplaintCategory | None,
    date_from: date | None,
    date_to: date | None,
    text: str,
    overdue: bool,
) -> None:
    flt = ComplaintFilter(states, category, overdue, date_from, date_to, text)  # type: ignore[arg-type]
    page, error = attempt(lambda: estate.module.complaints.page(MANAGER, flt, limit=5))
    if page is None:
        assert error is not None
        assert error.field in FILTER_FIELDS, error


@GENERATED
@given(
    hours=st.lists(
        st.integers(-5, 10**6) | st.sampled_from([True, 2.5, None, "4"]), min_size=3, max_size=3
    ),
    caps=st.dictionaries(
        choice(ComplaintCategory), st.integers(-5, 10**6) | bad_choices, max_size=3
    ),
)
def test_settings_form(estate: Estate, hours: list[object], caps: dict[object, object]) -> None:
    before = row_counts(estate.services.store)
    saved, error = attempt(
        lambda: estate.module.settings.set_rules(
            MANAGER,
            serious_hours=hours[0],  # type: ignore[arg-type]
            normal_hours=hours[1],  # type: ignore[arg-type]
            minor_hours=hours[2],  # type: ignore[arg-type]
            category_caps=caps,  # type: ignore[arg-type]
        )
    )
    if saved is None:
        refused_cleanly(estate, before, error, SETTING_FIELDS)
        return
    assert estate.module.settings.rules() == saved
