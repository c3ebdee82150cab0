"""Inspections through their services: templates seeded and versioned, an inspection
recorded "all pass, then the exceptions", the failed item's notice, the fix, the
re-inspection by someone else that closes it, the ticket from a failed item, what is
due, the figures the targets read — and the refusals, each naming its field with
nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from propdesk.domain.inspections.due import DueStatus
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemResult
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.inspections.results import Answer
from propdesk.domain.inspections.templates import TemplateChanges, item_field
from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.inspections import figures
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.rectifications import NoticeFilter, NoticeInput
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.templates import TemplateInfo
from propdesk.services.repairs.service import RepairServices
from propdesk.store.attachments import AttachmentState, AttachmentStore
from propdesk.store.models import Inspection
from tests.generated_input import row_counts
from tests.unit.photo_bytes import png_bytes, write

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")


@dataclass
class Estate:
    services: Services
    doors: InspectionServices
    fire: TemplateInfo  # the default fire equipment checklist (zh_CN)
    cleaning: TemplateInfo


@pytest.fixture
def estate(ready_services: Services, beijing_time: None) -> Iterator[Estate]:
    del beijing_time
    desk = ready_services.module(RepairServices).desk
    doors = InspectionServices.build(
        ModuleContext(ready_services.store, lambda: "工程部", {RepairDesk: desk})
    )
    assert doors.templates.seed_defaults(MANAGER, "zh_CN") == len(InspectionKind)
    by_kind = {t.kind: t for t in doors.templates.templates(MANAGER)}
    return Estate(
        ready_services,
        doors,
        by_kind[InspectionKind.FIRE_EQUIPMENT],
        by_kind[InspectionKind.CLEANING],
    )


def _check_keys(info: TemplateInfo) -> list[str]:
    return [i.key for i in info.template.items if i.kind.value == "check"]


def _fire_answers(info: TemplateInfo) -> dict[str, Answer]:
    """Every number item read inside its limits; text items written."""
    answers: dict[str, Answer] = {}
    for item in info.template.items:
        if item.kind.value == "number":
            low = item.low if item.low is not None else Decimal(0)
            high = item.high if item.high is not None else low + 1
            answers[item.key] = Answer(value=(low + high) / 2)
        elif item.kind.value == "text":
            answers[item.key] = Answer(text="正常")
    return answers


def _record_with_one_failure(estate: Estate, at: datetime | None = None) -> tuple[str, object]:
    fire = estate.fire
    failing = _check_keys(fire)[0]
    answers = _fire_answers(fire)
    answers[failing] = Answer(ItemResult.FAIL, note="喷嘴堵塞")
    done = estate.doors.inspections.record(
        TECH,
        InspectionInput(fire.id, fire.template.areas[0], answers, all_pass=True, inspected_at=at),
    )
    return failing, done


def test_seeding_twice_adds_nothing_and_an_edit_makes_a_new_version(estate: Estate) -> None:
    templates = estate.doors.templates
    assert templates.seed_defaults(MANAGER, "zh_CN") == 0
    edited = templates.edit(
        MANAGER, estate.cleaning.series_id, TemplateChanges(frequency=Frequency.WEEKLY)
    )
    assert (edited.version, edited.template.frequency) == (2, Frequency.WEEKLY)
    assert edited.id != estate.cleaning.id
    same = templates.edit(MANAGER, estate.cleaning.series_id, TemplateChanges())
    assert same.id == edited.id  # nothing changed: no version written
    # The old version still reads as it was (an inspection made with it keeps it).
    assert templates.version(MANAGER, estate.cleaning.id).template == estate.cleaning.template
    with pytest.raises(PermissionDeniedError):
        templates.edit(TECH, estate.cleaning.series_id, TemplateChanges(name="x"))
    with pytest.raises(ValidationError) as refused:
        templates.edit(MANAGER, estate.cleaning.series_id, TemplateChanges(items=()))
    assert refused.value.field == "items"


def test_the_loop_from_a_failed_item_to_a_passing_reinspection(estate: Estate) -> None:
    failing, done = _record_with_one_failure(estate)
    # The detail a save returns (built from what it wrote) is the one read back.
    assert estate.doors.inspections.detail(MANAGER, done.id) == done
    assert not done.row.passed
    assert done.number.startswith("XJ")
    line = done.item(failing)
    assert line is not None
    assert line.result is ItemResult.FAIL
    assert line.note == "喷嘴堵塞"
    passed_lines = [i for i in done.items if i.result is ItemResult.PASS]
    assert len(passed_lines) == done.row.items_judged - 1
    notices = estate.doors.rectifications
    deadline = datetime.now().astimezone() + timedelta(days=3)
    notice = notices.issue(TECH, NoticeInput(done.id, failing, "engineering", "更换喷嘴", deadline))
    assert notice.number.startswith("ZG")
    assert notice.state is RectificationState.OPEN
    assert notice.department == "工程部"
    assert notice.finding == "喷嘴堵塞"
    with pytest.raises(ConflictError):  # one live notice per item
        notices.issue(TECH, NoticeInput(done.id, failing, "engineering", "again", deadline))
    # A re-inspection before the fix is reported is refused, nothing written.
    again = InspectionInput(
        estate.fire.id,
        estate.fire.template.areas[0],
        {failing: Answer(ItemResult.PASS)},
        rectification_id=notice.id,
    )
    before = row_counts(estate.services.store)
    with pytest.raises(ValidationError):
        estate.doors.inspections.record(MANAGER, again)
    assert row_counts(estate.services.store) == before
    fixed = notices.report_fixed(TECH, notice.id, "已更换")
    assert fixed.state is RectificationState.FIXED
    before = row_counts(estate.services.store)
    # The one who fixed it may not verify it.
    with pytest.raises(ValidationError) as refused:
        estate.doors.inspections.record(TECH, again)
    assert refused.value.field == "reinspection"
    assert row_counts(estate.services.store) == before
    # A failing re-inspection opens it again; a passing one by someone else closes it.
    failed_again = estate.doors.inspections.record(
        MANAGER,
        InspectionInput(**{**again.__dict__, "answers": {failing: Answer(ItemResult.FAIL)}}),
    )
    assert [i.key for i in failed_again.items] == [failing]  # only that item is asked
    assert notices.detail(MANAGER, notice.id).state is RectificationState.OPEN
    notices.report_fixed(TECH, notice.id, "再次更换")
    verified = estate.doors.inspections.record(MANAGER, again)
    closed = notices.detail(MANAGER, notice.id)
    assert closed.state is RectificationState.CLOSED
    assert (closed.verified_by, closed.reinspection_number) == ("boss", verified.number)
    assert verified.rectification_number == notice.number
    assert [r.number for r in notices.rows(MANAGER, NoticeFilter.CLOSED).rows] == [notice.number]
    assert notices.rows(MANAGER, NoticeFilter.LIVE).rows == []
    assert notices.find_number(COMMITTEE, notice.number.lower()).id == notice.id


def test_an_overdue_notice_is_flagged(estate: Estate) -> None:
    failing, done = _record_with_one_failure(estate)
    now = datetime.now().astimezone()
    notice = estate.doors.rectifications.issue(
        CLERK,
        NoticeInput(done.id, failing, "engineering", "更换", now + timedelta(hours=1)),
    )
    later = now + timedelta(days=1)
    (overdue,) = estate.doors.rectifications.rows(MANAGER, NoticeFilter.OVERDUE, now=later).rows
    assert overdue.id == notice.id
    assert overdue.overdue
    assert estate.doors.rectifications.rows(MANAGER, NoticeFilter.OVERDUE, now=now).rows == []


def test_bad_input_names_its_field_and_writes_nothing(estate: Estate) -> None:
    fire = estate.fire
    counts = row_counts(estate.services.store)
    record = estate.doors.inspections.record
    number_key = next(i.key for i in fire.template.items if i.kind.value == "number")
    cases = {
        "area": InspectionInput(fire.id, "月球", _fire_answers(fire), all_pass=True),
        item_field(number_key): InspectionInput(
            fire.id,
            fire.template.areas[0],
            {**_fire_answers(fire), number_key: Answer(value="99999")},
            all_pass=True,
        ),
        item_field(_check_keys(fire)[0]): InspectionInput(
            fire.id,
            fire.template.areas[0],
            _fire_answers(fire),  # no "all pass": blanks
        ),
        "inspected_at": InspectionInput(
            fire.id,
            fire.template.areas[0],
            _fire_answers(fire),
            all_pass=True,
            inspected_at=datetime.now().astimezone() + timedelta(days=1),
        ),
    }
    for field, data in cases.items():
        with pytest.raises(ValidationError) as refused:
            record(TECH, data)
        assert refused.value.field == field
    with pytest.raises(ValidationError) as refused:
        record(
            TECH,
            InspectionInput(
                fire.id,
                fire.template.areas[0],
                _fire_answers(fire),
                all_pass=True,
                equipment={number_key: "NO-SUCH-1"},
            ),
        )
    assert refused.value.field == item_field(number_key)
    with pytest.raises(PermissionDeniedError):
        record(COMMITTEE, InspectionInput(fire.id, fire.template.areas[0], all_pass=True))
    done = record(
        TECH, InspectionInput(fire.id, fire.template.areas[0], _fire_answers(fire), all_pass=True)
    )
    passing_key = _check_keys(fire)[0]
    with pytest.raises(ValidationError):  # a passed item gets no notice
        estate.doors.rectifications.issue(
            TECH,
            NoticeInput(
                done.id,
                passing_key,
                "engineering",
                "x",
                datetime.now().astimezone() + timedelta(days=1),
            ),
        )
    assert row_counts(estate.services.store) == {
        **counts,
        "inspection": counts["inspection"] + 1,
        "inspection_item": counts["inspection_item"] + len(done.items),
        "audit_entry": row_counts(estate.services.store)["audit_entry"],
        "audit_head": counts["audit_head"],
        "number_counter": row_counts(estate.services.store)["number_counter"],
    }


def test_a_technician_opens_a_ticket_from_a_failed_item(estate: Estate) -> None:
    failing, done = _record_with_one_failure(estate)
    ticket = estate.doors.inspections.open_ticket(
        TECH,
        done.id,
        failing,
        RepairCategory.FIRE_EQUIPMENT,
    )
    assert ticket.number.startswith("WX")
    again = estate.doors.inspections.detail(MANAGER, done.id)
    line = again.item(failing)
    assert line is not None
    assert line.ticket == ticket.number
    with pytest.raises(ConflictError):
        estate.doors.inspections.open_ticket(TECH, done.id, failing, RepairCategory.OTHER)
    passing = next(i.key for i in done.items if i.result is ItemResult.PASS)
    with pytest.raises(ValidationError):
        estate.doors.inspections.open_ticket(TECH, done.id, passing, RepairCategory.OTHER)
    with pytest.raises(PermissionDeniedError):  # the guard records no inspections
        estate.doors.inspections.open_ticket(GUARD, done.id, failing, RepairCategory.OTHER)


def test_due_and_overdue_per_template_and_area(estate: Estate) -> None:
    today = datetime.now().astimezone().date()
    rows = estate.doors.due.rows(MANAGER, today)
    fire_rows = [r for r in rows if r.series_id == estate.fire.series_id]
    assert {r.area for r in fire_rows} == set(estate.fire.template.areas)
    assert {r.state.status for r in fire_rows} == {DueStatus.DUE}  # added today
    area = estate.fire.template.areas[0]
    estate.doors.inspections.record(
        TECH, InspectionInput(estate.fire.id, area, _fire_answers(estate.fire), all_pass=True)
    )
    after = {
        r.area: r
        for r in estate.doors.due.rows(MANAGER, today)
        if r.series_id == estate.fire.series_id
    }
    assert after[area].state.status is DueStatus.DONE
    much_later = today + timedelta(days=200)
    later = {
        r.area: r
        for r in estate.doors.due.rows(MANAGER, much_later)
        if r.series_id == estate.fire.series_id
    }
    assert later[area].state.status is DueStatus.OVERDUE
    assert later[area].last_done == today


def test_pass_rates_and_target_ratios_come_from_the_inspections(estate: Estate) -> None:
    failing, done = _record_with_one_failure(estate)
    today = datetime.now().astimezone().date()
    with estate.services.store.read() as session:
        (fire,) = list(figures.kind_figures(session, Period(today, today)))
        ratio = figures.fire_equipment_ratio(
            session, Period(today, today), datetime.now().astimezone()
        )
        hygiene = figures.hygiene_ratio(session, Period(today, today), datetime.now().astimezone())
    assert fire.kind is InspectionKind.FIRE_EQUIPMENT
    assert (fire.inspections, fire.failed_inspections) == (1, 1)
    assert fire.items.judged == done.row.items_judged
    assert fire.items.failed == 1
    assert ratio is not None
    assert (ratio.good, ratio.total) == (fire.items.passed, fire.items.judged)
    assert hygiene is None  # no cleaning checklist: no data, not 0 %
    del failing


def test_the_list_filters_and_pages(estate: Estate) -> None:
    base = datetime.now().astimezone() - timedelta(hours=5)
    for n in range(5):
        _record_with_one_failure(estate, at=base + timedelta(minutes=n))
    cleaning = estate.cleaning
    estate.doors.inspections.record(
        CLERK,
        InspectionInput(
            cleaning.id, cleaning.template.areas[0], _fire_answers(cleaning), all_pass=True
        ),
    )
    inspections = estate.doors.inspections
    from propdesk.services.inspections.views import InspectionFilter

    first = inspections.rows(MANAGER, InspectionFilter(), limit=4)
    assert len(first.rows) == 4
    assert first.next_before is not None
    rest = inspections.rows(MANAGER, InspectionFilter(), before=first.next_before, limit=4)
    assert len(rest.rows) == 2
    assert rest.next_before is None
    failed = inspections.rows(MANAGER, InspectionFilter(failed_only=True))
    assert len(failed.rows) == 5
    only_cleaning = inspections.rows(MANAGER, InspectionFilter(kind=InspectionKind.CLEANING))
    assert [r.kind for r in only_cleaning.rows] == [InspectionKind.CLEANING]
    today = date.today()
    assert (
        len(
            inspections.rows(
                COMMITTEE, InspectionFilter(first=today - timedelta(days=1), last=today)
            ).rows
        )
        == 6
    )
    with estate.services.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Inspection)) == 6


def test_photos_are_kept_by_content_and_a_missing_file_says_so(
    estate: Estate, tmp_path: Path
) -> None:
    doors = InspectionServices.build(
        ModuleContext(
            estate.services.store,
            lambda: "工程部",
            {AttachmentStore: AttachmentStore.of_data_folder(estate.services.paths.data_dir)},
        )
    )
    failing, done = _record_with_one_failure(estate)
    picture = write(tmp_path, "nozzle.png", png_bytes())
    first = doors.photos.add(TECH, done.id, failing, picture)
    again = doors.photos.add(TECH, done.id, failing, write(tmp_path, "copy.png", png_bytes()))
    assert (first.sha256, first.suffix) == (again.sha256, again.suffix)  # one file
    line = doors.inspections.detail(MANAGER, done.id).item(failing)
    assert line is not None
    assert [p.original_name for p in line.photos] == ["nozzle.png", "copy.png"]
    path, state = doors.photos.file(first)
    assert state is AttachmentState.PRESENT
    assert path.read_bytes() == png_bytes()
    path.unlink()
    assert doors.photos.file(first)[1] is AttachmentState.MISSING
    counts = row_counts(estate.services.store)
    for bad in (write(tmp_path, "notes.txt", b"not a photo at all"), tmp_path / "gone.jpg"):
        with pytest.raises(ValidationError) as refused:
            doors.photos.add(TECH, done.id, failing, bad)
        assert refused.value.field == "photo"
    with pytest.raises(ValidationError) as refused:
        doors.photos.add(TECH, done.id, "no_such_item", picture)
    assert refused.value.field == item_field("no_such_item")
    with pytest.raises(PermissionDeniedError):
        doors.photos.add(COMMITTEE, done.id, failing, picture)
    assert row_counts(estate.services.store) == counts
