"""Demo inspections: a year of rounds on a small estate, made through the generator the
registry will pair with the module, read back through the inspections' services: the
details load, every inspection's answers are judged again by the domain and give the
counts columns the row carries, the due list computes (one round overdue, as planned),
every closed notice has a passing re-inspection by someone other than the fixer, the
numbers run on per local month, and the equipment register's next_due is the
service's."""

from __future__ import annotations

import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from propdesk.config import Paths
from propdesk.domain.inspections.due import DueStatus
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind, ItemResult
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.inspections.results import Answer, fire_equipment_count, judge
from propdesk.domain.numbering import NumberKind, parse_number
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.core.module_spec import DemoRequest, ModuleContext, ModuleSpec
from propdesk.services.core.numbering import allocate
from propdesk.services.demo.inspections import texts
from propdesk.services.demo.inspections.generator import InspectionsDemo
from propdesk.services.inspections.due import counts_of
from propdesk.services.inspections.equipment import EquipmentFilter
from propdesk.services.inspections.equipment_inputs import EquipmentInput, clean_equipment
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.rectifications import NoticeFilter, reinspection_template
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.template_codec import template_of
from propdesk.services.inspections.views import InspectionFilter
from propdesk.store.models import (
    Equipment,
    Inspection,
    InspectionItem,
    InspectionTemplate,
    NumberCounter,
    Rectification,
)

SCALE = 0.05  # one building
YEARS = 1.0  # about 3,000 inspections: every template's volume, a year of it
NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # 10:30 in Shenzhen
SHENZHEN = ZoneInfo("Asia/Shanghai")
TODAY = NOW.astimezone(SHENZHEN).date()
ADMIN = system_actor("客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
TECH = Actor(None, "tech9", "刘师傅", Role.TECHNICIAN, "工程部")
EARLIER = date(2026, 11, 3)  # an inspection and a notice numbered before the demo


@dataclass
class Made:
    services: Services
    doors: InspectionServices
    counts: dict[str, int]
    alongside_calls: int
    templates: dict[uuid.UUID, InspectionTemplate]
    inspections: list[Inspection]
    items: dict[uuid.UUID, list[InspectionItem]]
    notices: list[Rectification]
    equipment: list[Equipment]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    # The station's zone is Shenzhen's: the due list and the numbers judge local days.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Asia/Shanghai")
        time.tzset()
        try:
            yield _make(tmp_path_factory)
        finally:
            patch.undo()
            time.tzset()


def _make(tmp_path_factory: pytest.TempPathFactory) -> Made:
    services = open_services(
        Paths.resolve(tmp_path_factory.mktemp("xunjian") / "data"), fast_hashing=True
    )
    services.demo.create(ADMIN, seed=11, scale=SCALE)
    spec = ModuleSpec[object]("inspections").with_demo(InspectionsDemo)
    assert spec.demo is not None
    calls: list[int] = []
    with services.store.write() as session:
        allocate(session, NumberKind.INSPECTION, EARLIER)
        allocate(session, NumberKind.RECTIFICATION, EARLIER)
        connection = session.connection()
        generator = spec.demo(connection, DemoRequest(11, 1.0, YEARS, NOW, "客服中心"))
        generator.plan()
        counts = dict(generator.write(connection, lambda: calls.append(1)))
    with services.store.read() as session:
        templates = {t.id: t for t in session.scalars(select(InspectionTemplate))}
        inspections = list(
            session.scalars(select(Inspection).order_by(Inspection.inspected_at, Inspection.id))
        )
        items: dict[uuid.UUID, list[InspectionItem]] = defaultdict(list)
        for item in session.scalars(select(InspectionItem).order_by(InspectionItem.position)):
            items[item.inspection_id].append(item)
        notices = list(session.scalars(select(Rectification).order_by(Rectification.issued_at)))
        equipment = list(session.scalars(select(Equipment).order_by(Equipment.code)))
        session.expunge_all()
    doors = InspectionServices.build(ModuleContext(services.store, lambda: "客服中心", {}))
    return Made(
        services, doors, counts, len(calls), templates, inspections, items, notices, equipment
    )


@pytest.fixture(scope="module", autouse=True)
def _close(made: Made) -> Iterator[None]:
    yield
    made.services.close()


def test_counts_match_the_tables_and_a_year_of_every_round(made: Made) -> None:
    assert made.counts == {
        "equipment": len(made.equipment),
        "inspections": len(made.inspections),
        "rectifications": len(made.notices),
    }
    assert made.alongside_calls == 1  # the next generators plan while indexes are rebuilt
    assert len(made.templates) == len(InspectionKind)  # one default per kind, version 1
    rounds = Counter((i.series_id, i.area) for i in made.inspections if i.rectification_id is None)
    per_year = {Frequency.DAILY: 365, Frequency.WEEKLY: 52, Frequency.MONTHLY: 12}
    for template in made.templates.values():
        expected = per_year.get(Frequency(template.frequency), 4)
        for area in template_of(template).areas:
            done = rounds[(template.series_id, area)]
            assert expected * 0.95 - 2 <= done <= expected + 1, (template.name, area, done)
    failed = sum(1 for i in made.inspections if not i.passed and i.rectification_id is None)
    assert 0.01 < failed / sum(rounds.values()) < 0.045  # about 2.5 %
    assert 30 <= len(made.equipment) <= 60  # one building and the estate's plant rooms


def test_every_inspection_is_judged_again_to_its_counts(made: Made) -> None:
    """The answers read back are accepted by the domain's judge (readings in their
    sane ranges, every required item answered) and give the row's counts columns and
    result, as the service would have written them."""
    notices = {n.id: n for n in made.notices}
    for inspection in made.inspections:
        row = made.templates[inspection.template_id]
        template = template_of(row)
        if inspection.rectification_id is not None:
            template = reinspection_template(notices[inspection.rectification_id], row, template)
        lines = made.items[inspection.id]
        assert [i.key for i in lines] == list(template.keys)
        answers = {
            i.key: Answer(
                None if i.result is None else ItemResult(i.result),
                i.value,
                i.answer,
                i.note,
            )
            for i in lines
        }
        outcome = judge(template, answers)
        count, fire = outcome.count(), fire_equipment_count([outcome])
        assert (inspection.items_passed, inspection.items_judged) == (count.passed, count.judged)
        assert (inspection.fire_passed, inspection.fire_judged) == (fire.passed, fire.judged)
        assert inspection.passed is outcome.passed
        for line in lines:
            if line.result == ItemResult.FAIL.value:
                assert line.note  # the inspector's finding
            item = template.item(line.key)
            assert item is not None
            assert line.text == item.text


def test_the_details_load_through_the_service(made: Made) -> None:
    inspections = made.doors.inspections
    sample = [i for i in made.inspections if not i.passed] + made.inspections[::97]
    for found in sample:
        detail = inspections.detail(MANAGER, found.id)
        assert (detail.number, detail.row.area) == (found.number, found.area)
        assert len(detail.items) == len(made.items[found.id])
        for line in detail.items:
            stored = next(i for i in made.items[found.id] if i.key == line.key)
            if stored.equipment_id is not None:
                assert line.equipment_code  # the register's code
    newest = inspections.rows(MANAGER, InspectionFilter(failed_only=True), limit=5).rows
    assert newest
    assert all(not r.passed for r in newest)


def test_the_due_list_computes_with_the_one_missed_round(made: Made) -> None:
    rows = made.doors.due.rows(MANAGER, TODAY)
    assert len(rows) == sum(len(template_of(t).areas) for t in made.templates.values())
    overdue = [r for r in rows if r.state.status is DueStatus.OVERDUE]
    assert [(r.kind, r.area) for r in overdue] == [(InspectionKind.GREENING, "道路绿化带")]
    assert all(r.state.status is not DueStatus.NOT_ACTIVE for r in rows)
    assert counts_of(rows).overdue == 1
    # A round done today or earlier in its period; daily ones not yet walked are due.
    done = [r for r in rows if r.state.status is DueStatus.DONE]
    assert len(done) >= len(rows) // 2


def test_every_closed_notice_has_a_passing_reinspection_by_someone_else(made: Made) -> None:
    by_id = {i.id: i for i in made.inspections}
    states = Counter(n.state for n in made.notices)
    assert states[RectificationState.CLOSED.value] > 0.7 * len(made.notices)
    for notice in made.notices:
        failed = next(i for i in made.items[notice.inspection_id] if i.key == notice.item_key)
        assert failed.result == ItemResult.FAIL.value
        assert notice.finding == failed.note
        assert notice.deadline > notice.issued_at
        again = [i for i in made.inspections if i.rectification_id == notice.id]
        assert all(a.inspected_at >= notice.issued_at for a in again)
        if notice.state != RectificationState.CLOSED.value:
            assert notice.reinspection_id is None
            assert notice.closed_at is None
            continue
        assert notice.reinspection_id is not None
        assert notice.fixed_at is not None
        verified = by_id[notice.reinspection_id]
        (line,) = made.items[verified.id]
        assert verified.rectification_id == notice.id
        assert verified.passed
        assert (line.key, line.result) == (notice.item_key, ItemResult.PASS.value)
        assert verified.recorded_by == notice.verified_by != notice.fixed_by
        assert verified.inspected_at == notice.closed_at >= notice.fixed_at
    assert any(not a.passed for a in made.inspections if a.rectification_id is not None)
    info = made.doors.rectifications.detail(MANAGER, made.notices[0].id, now=NOW)
    assert info.inspection_number
    assert info.number.startswith("ZG")


def test_a_few_notices_are_still_open_and_some_overdue(made: Made) -> None:
    notices = made.doors.rectifications
    planned = [n for n in made.notices if n.closed_at is None]  # as the demo wrote them
    assert 2 <= len(planned) <= 0.15 * len(made.notices)
    live = notices.rows(MANAGER, NoticeFilter.LIVE, now=NOW, limit=500).rows
    overdue = notices.rows(MANAGER, NoticeFilter.OVERDUE, now=NOW, limit=500).rows
    # One may have been closed by the test that closes a demo notice.
    assert len(planned) - 1 <= len(live) <= len(planned)
    assert overdue
    assert all(r.overdue for r in overdue)


def test_an_open_demo_notice_closes_through_the_services(made: Made) -> None:
    """The demo's rows are the services' own: an open notice's fix is reported and a
    re-inspection by someone else closes it."""
    notice = next(n for n in made.notices if n.state == RectificationState.OPEN.value)
    rectifications = made.doors.rectifications
    rectifications.report_fixed(TECH, notice.id, "已处理")
    template = made.templates[
        next(i for i in made.inspections if i.id == notice.inspection_id).template_id
    ]
    made.doors.inspections.record(
        MANAGER,
        InspectionInput(
            template.id,
            notice.area,
            {notice.item_key: _passing(template, notice.item_key)},
            rectification_id=notice.id,
        ),
    )
    assert rectifications.detail(MANAGER, notice.id).state is RectificationState.CLOSED


def _passing(row: InspectionTemplate, key: str) -> Answer:
    item = template_of(row).item(key)
    assert item is not None
    if item.kind is ItemKind.NUMBER:
        assert item.low is not None
        assert item.high is not None
        return Answer(value=(item.low + item.high) / 2)
    return Answer(ItemResult.PASS)


def test_numbers_run_on_per_local_month_and_the_counters_moved_on(made: Made) -> None:
    _check_numbers(
        [(i.inspected_at, i.number) for i in made.inspections], NumberKind.INSPECTION, made
    )
    _check_numbers([(n.issued_at, n.number) for n in made.notices], NumberKind.RECTIFICATION, made)


def _check_numbers(numbers: list[tuple[datetime, str]], kind: NumberKind, made: Made) -> None:
    texts_ = [n for _, n in numbers]
    assert len(set(texts_)) == len(texts_)
    last: dict[str, int] = {f"{EARLIER:%Y%m}": 1}
    for at, number in sorted(numbers):
        parsed_kind, period, seq = parse_number(number)
        assert parsed_kind is kind
        assert period == f"{at.astimezone(SHENZHEN):%Y%m}"
        assert seq == last.get(period, 0) + 1, number
        last[period] = seq
    with made.services.store.read() as session:
        counters = {
            c.period: c.last
            for c in session.scalars(select(NumberCounter).where(NumberCounter.kind == kind.value))
        }
    assert {p: counters[p] for p in last} == last


def test_the_register_is_the_services_own_with_some_overdue(made: Made) -> None:
    equipment = made.doors.equipment
    for row in made.equipment:
        clean = clean_equipment(
            EquipmentInput(
                row.code,
                row.kind,  # type: ignore[arg-type]  # the stored text of a kind
                row.name,
                place=row.place,
                installed_on=row.installed_on,
                last_serviced_on=row.last_serviced_on,
                service_interval_months=row.service_interval_months,
                service_interval_days=row.service_interval_days,
                expires_on=row.expires_on,
            ),
            TODAY,
        )
        assert clean.next_due == row.next_due, row.code
    expired = equipment.expired(MANAGER, TODAY)
    assert expired
    assert all(e.next_due is not None and e.next_due < TODAY for e in expired)
    every = equipment.page(MANAGER, EquipmentFilter(), limit=500, today=TODAY).rows
    assert len(every) == len(made.equipment)
    assert len(expired) < 0.25 * len(every)
    linked = next(i.equipment_id for lines in made.items.values() for i in lines if i.equipment_id)
    history = made.doors.inspections.equipment_history(MANAGER, linked)
    assert history
    assert all(line.equipment_code for _, line in history)


def test_every_listed_finding_belongs_to_a_default_item(made: Made) -> None:
    keys = {key for t in made.templates.values() for key in template_of(t).keys}
    judged = {i.key for t in made.templates.values() for i in template_of(t).items if i.judged}
    assert judged <= set(texts.FINDINGS) <= keys
