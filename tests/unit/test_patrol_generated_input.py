"""Generated input through the patrol services: whatever is typed into a route or
checkpoint form, a scan box, a finding form, a paper round, the schedule or a wand
file is either stored as cleaned or refused with a message naming its field — and a
refusal writes nothing (a refused scan writes only its log line). The strategies are
the shared ones (tests/generated_input.py): lone surrogates, a million characters,
control characters, dates and times at the edges of what Python holds."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.schedule import FIELD_EFFECTIVE_FROM, PatrolSchedule
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.service_targets import Period
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.text import clean_text
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.patrol.inputs import (
    CheckpointInput,
    FindingInput,
    PaperRound,
    PaperVisit,
    RouteInput,
)
from propdesk.services.patrol.round_list import RoundFilter
from propdesk.services.patrol.routes import RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.services.patrol.wand_columns import WandColumns
from propdesk.services.patrol.wand_file import WandSheet
from propdesk.services.patrol.wand_results import CodeMapping, WandFormat
from propdesk.store.base import utcnow
from tests.generated_input import (
    GENERATED,
    attempt,
    bad_choices,
    edge_dates,
    edge_datetimes,
    row_counts,
    typed,
)
from tests.unit.test_patrol_service import ADMIN, CLERK, GUARD, MANAGER

ROUTE_FIELDS = {"name", "note", "reason"}
CHECKPOINT_FIELDS = {"code", "name", "place", "checklist", "reason"}
FINDING_FIELDS = {"seen", "action", "escalated_to", "escalated_at", "category", "at"}
ROUND_FIELDS = {"started_at", "at", "code", "reason"}
PAPER_FIELDS = {"started_at", "finished_at", "visits"}
WAND_FIELDS = {"model", "device", "code", "time", "date", "mapping"}
REFUSED_SCANS = "patrol_refused_scan"


@dataclass(frozen=True, repr=False)
class Estate:
    services: Services
    patrol: PatrolServices
    guard: uuid.UUID

    def counts(self) -> dict[str, int]:
        return row_counts(self.services.store)

    def fresh_route(self, checkpoints: int = 2) -> RouteInfo:
        """A route of its own, so no slot is already answered by an earlier example."""
        routes = self.patrol.routes
        tag = uuid.uuid4().hex[:8].upper()
        route = routes.add_route(MANAGER, RouteInput(f"路线{tag}"))
        for n in range(1, checkpoints + 1):
            routes.add_checkpoint(MANAGER, route.id, CheckpointInput(f"{tag}-{n}", f"点{n}"))
        return routes.route(MANAGER, route.id)


@pytest.fixture(scope="module")
def estate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Estate]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("patrol")), fast_hashing=True)
    guard = services.staff.save(ADMIN, StaffInput("张保安", "security", "保安"))
    yield Estate(services, services.module(PatrolServices), guard.id)
    services.close()


def refused_cleanly(
    estate: Estate, before: dict[str, int], error: UserError | None, names: set[str]
) -> None:
    """Refused naming one of `names`, and nothing written."""
    named(error, set(names))
    assert estate.counts() == before


moments = st.none() | edge_datetimes


def named(error: UserError | None, fields: set[str | None]) -> None:
    """The call was refused with a message naming one of `fields`."""
    assert error is not None
    assert error.field in fields, error
    assert error.message


@GENERATED
@given(name=typed, note=typed, reason=typed)
def test_route_forms(estate: Estate, name: str, note: str, reason: str) -> None:
    routes = estate.patrol.routes
    before = estate.counts()
    saved, error = attempt(lambda: routes.add_route(MANAGER, RouteInput(name, note)))
    if saved is None:
        refused_cleanly(estate, before, error, ROUTE_FIELDS)
        return
    assert saved.name == clean_text(name)
    assert saved.note == clean_text(note)
    before = estate.counts()
    renamed, error = attempt(
        lambda: routes.update_route(MANAGER, saved.id, RouteInput(note or "改名", name))
    )
    if renamed is None:
        refused_cleanly(estate, before, error, ROUTE_FIELDS)
    before = estate.counts()
    _voided, error = attempt(lambda: routes.void_route(MANAGER, saved.id, reason))
    if error is not None:
        refused_cleanly(estate, before, error, ROUTE_FIELDS)


@GENERATED
@given(code=typed, name=typed, place=typed, checklist=typed, reason=typed)
def test_checkpoint_forms(
    estate: Estate, code: str, name: str, place: str, checklist: str, reason: str
) -> None:
    routes = estate.patrol.routes
    route = estate.fresh_route(checkpoints=0)
    before = estate.counts()
    data = CheckpointInput(code, name, place, checklist)
    saved, error = attempt(lambda: routes.add_checkpoint(MANAGER, route.id, data))
    if saved is None:
        refused_cleanly(estate, before, error, CHECKPOINT_FIELDS)
        return
    assert saved.code == unicodedata.normalize("NFKC", code).strip().upper()
    assert saved.name == clean_text(name)
    assert routes.find_code(GUARD, saved.code).id == saved.id
    before = estate.counts()
    changed, error = attempt(
        lambda: routes.update_checkpoint(
            MANAGER, saved.id, CheckpointInput(saved.code, place or "改名", name, reason)
        )
    )
    if changed is None:
        refused_cleanly(estate, before, error, CHECKPOINT_FIELDS)
    before = estate.counts()
    voided, error = attempt(lambda: routes.void_checkpoint(MANAGER, saved.id, reason))
    if voided is None:
        refused_cleanly(estate, before, error, CHECKPOINT_FIELDS)


@GENERATED
@given(code=typed, at=moments)
def test_scan_box(estate: Estate, code: str, at: datetime | None) -> None:
    """No round is open for these codes: each is refused, logged when it was a code."""
    before = estate.counts()
    taken, error = attempt(lambda: estate.patrol.rounds.scan(GUARD, code, at=at))
    assert taken is None, f"a scan with no round open was taken: {code!r}"
    named(error, {"code", "at"})
    after = estate.counts()
    assert after.pop(REFUSED_SCANS) in (before[REFUSED_SCANS], before.pop(REFUSED_SCANS) + 1)
    assert after == before
    found, error = attempt(lambda: estate.patrol.routes.find_code(GUARD, code))
    if found is None:
        named(error, {"code"})


@GENERATED
@given(started=moments, ticked=moments, finished=moments, reason=typed)
def test_live_round_times(
    estate: Estate,
    started: datetime | None,
    ticked: datetime | None,
    finished: datetime | None,
    reason: str,
) -> None:
    """A round started, ticked and finished "a moment ago" at the time typed."""
    rounds = estate.patrol.rounds
    route = estate.fresh_route()
    before = estate.counts()
    opened, error = attempt(lambda: rounds.start(GUARD, route.id, estate.guard, started))
    if opened is None:
        refused_cleanly(estate, before, error, ROUND_FIELDS)
        return
    first, second = route.checkpoints
    before = estate.counts()
    ticked_round, error = attempt(lambda: rounds.tick(GUARD, opened.id, first.id, ticked))
    if ticked_round is None:
        refused_cleanly(estate, before, error, ROUND_FIELDS)
    before = estate.counts()
    scanned, error = attempt(lambda: rounds.scan(GUARD, second.code, opened.id, ticked))
    if scanned is None:
        named(error, ROUND_FIELDS)
    before = estate.counts()
    done, error = attempt(lambda: rounds.finish(GUARD, opened.id, finished))
    if done is None:
        refused_cleanly(estate, before, error, ROUND_FIELDS | {"code"})
        before = estate.counts()
        given_up, error = attempt(lambda: rounds.abandon(GUARD, opened.id, reason))
        if given_up is None:
            refused_cleanly(estate, before, error, ROUND_FIELDS)


@GENERATED
@given(
    started=edge_datetimes,
    finished=edge_datetimes,
    visit_at=edge_datetimes,
    note=typed,
    offset=st.integers(0, 120),
)
def test_paper_rounds(
    estate: Estate,
    started: datetime,
    finished: datetime,
    visit_at: datetime,
    note: str,
    offset: int,
) -> None:
    """A paper sheet entered with its times: edge times, and a believable round too."""
    route = estate.fresh_route()
    first, _ = route.checkpoints
    if offset % 3 == 0:  # a round of yesterday evening, with the typed note
        started = utcnow() - timedelta(days=1, minutes=offset)
        visit_at = started + timedelta(minutes=5)
        finished = started + timedelta(minutes=20)
    paper = PaperRound(
        route.id, estate.guard, started, finished, (PaperVisit(first.id, visit_at, True, note),)
    )
    before = estate.counts()
    entered, error = attempt(lambda: estate.patrol.rounds.enter_paper(CLERK, paper))
    if entered is None:
        refused_cleanly(estate, before, error, PAPER_FIELDS)
        return
    visit = entered.checkpoints[0].visit
    assert visit is not None
    assert visit.note == clean_text(note)


@GENERATED
@given(
    seen=typed,
    action=typed,
    escalated_to=typed,
    escalated_at=moments,
    at=moments,
    resolution=typed,
    category=st.sampled_from(list(FindingCategory)) | bad_choices,
    repair_category=st.sampled_from(list(RepairCategory)) | bad_choices,
    priority=st.sampled_from(list(RepairPriority)) | bad_choices,
)
def test_finding_forms(
    estate: Estate,
    seen: str,
    action: str,
    escalated_to: str,
    escalated_at: datetime | None,
    at: datetime | None,
    resolution: str,
    category: FindingCategory,
    repair_category: RepairCategory,
    priority: RepairPriority,
) -> None:
    findings = estate.patrol.findings
    route = estate.fresh_route()
    opened = estate.patrol.rounds.start(GUARD, route.id, estate.guard)
    checkpoint = route.checkpoints[0].id
    before = estate.counts()
    data = FindingInput(category, seen, action, escalated_to, escalated_at)
    finding, error = attempt(lambda: findings.record(GUARD, opened.id, checkpoint, data, at))
    if finding is None:
        refused_cleanly(estate, before, error, FINDING_FIELDS)
        return
    assert finding.seen == clean_text(seen)
    before = estate.counts()
    told, error = attempt(lambda: findings.escalate(GUARD, finding.id, action, escalated_at))
    if told is None:
        refused_cleanly(estate, before, error, FINDING_FIELDS)
    before = estate.counts()
    ticket, error = attempt(
        lambda: findings.open_ticket(MANAGER, finding.id, repair_category, priority)
    )
    if ticket is None:
        refused_cleanly(estate, before, error, {"category", "priority", "source_id"})
    before = estate.counts()
    dealt, error = attempt(lambda: findings.resolve(GUARD, finding.id, resolution))
    if dealt is None:
        refused_cleanly(estate, before, error, {"resolution"})


@GENERATED
@given(first=edge_dates, last=edge_dates, start=edge_datetimes, end=edge_datetimes, text=typed)
def test_lists_and_lookups(
    estate: Estate, first: date, last: date, start: datetime, end: datetime, text: str
) -> None:
    """The day grid, a month's figures, the rounds behind a figure, the findings of a
    span and the number box: read with whatever dates and text the pickers give."""
    patrol = estate.patrol
    grid, error = attempt(lambda: patrol.compliance.day_grid(MANAGER, first))
    if grid is None:
        named(error, {"day"})
    if first <= last:
        figures, error = attempt(lambda: patrol.compliance.period(MANAGER, Period(first, last)))
        if figures is None:
            named(error, {"period"})
        wanted = RoundFilter(first, last, guard=text)
        rows, error = attempt(lambda: patrol.rounds.rows(MANAGER, wanted))
        if rows is None:
            named(error, {"period", "guard"})
    between, error = attempt(lambda: patrol.findings.between(MANAGER, start, end))
    if between is None:
        named(error, {"period"})
    found, error = attempt(lambda: patrol.rounds.find_number(MANAGER, text))
    if found is None:
        named(error, {"number"})


@GENERATED
@given(effective_from=edge_dates)
def test_schedule_change(estate: Estate, effective_from: date) -> None:
    settings = estate.patrol.settings
    before = estate.counts()
    history, error = attempt(lambda: settings.change(MANAGER, effective_from, PatrolSchedule()))
    if history is None:
        refused_cleanly(estate, before, error, {FIELD_EFFECTIVE_FROM})
        return
    assert settings.schedule_on(effective_from) == PatrolSchedule()


wand_times = (
    st.builds(lambda moment: f"{moment:%Y-%m-%d %H:%M:%S}", st.datetimes())
    | st.sampled_from(["0001-01-01 00:00:00", "9999-12-31 23:59:59", "2026-02-30 10:00"])
    | typed
)


@GENERATED
@given(
    model=typed,
    rows=st.lists(st.tuples(typed, typed, wand_times), min_size=1, max_size=3),
    codes=st.lists(typed, min_size=1, max_size=2),
)
def test_wand_import(
    estate: Estate, model: str, rows: list[tuple[str, str, str]], codes: list[str]
) -> None:
    """A wand file's cells as any software writes them, its model's name, and codes
    mapped: previewed, imported or refused, never a crash."""
    wands = estate.patrol.wands
    route = estate.fresh_route()
    sheet = WandSheet(
        "wand.csv",
        ("device", "code", "time"),
        tuple((n, cells) for n, cells in enumerate(rows, start=2)),
    )
    wand_format = WandFormat(model, WandColumns("device", "code", "time"))
    preview, error = attempt(lambda: wands.preview(MANAGER, sheet, wand_format))
    if preview is None:
        named(error, WAND_FIELDS)
    before = estate.counts()
    applied, error = attempt(lambda: wands.apply(MANAGER, sheet, wand_format))
    if applied is None or not applied.written:
        if applied is None:
            named(error, WAND_FIELDS)
        assert estate.counts() == before
    before = estate.counts()
    mappings = [CodeMapping(code, checkpoint_id=route.checkpoints[0].id) for code in codes]
    _mapped, error = attempt(lambda: wands.map_codes(MANAGER, mappings))
    if error is not None:
        refused_cleanly(estate, before, error, WAND_FIELDS)
