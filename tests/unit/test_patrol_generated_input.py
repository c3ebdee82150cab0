"""Generated input through the patrol services: whatever is typed into a checkpoint
form, a scan box or a finding form is either stored as cleaned or refused with a
message naming its field — and a refusal writes nothing (a refused scan writes only
its log line)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.errors import UserError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.patrol.inputs import CheckpointInput, FindingInput, RouteInput
from propdesk.services.patrol.service import PatrolServices
from propdesk.store.models import (
    AuditEntry,
    PatrolCheckpoint,
    PatrolFinding,
    PatrolRefusedScan,
    PatrolVisit,
)
from tests.unit.test_patrol_service import GUARD, MANAGER

T = TypeVar("T")
GENERATED = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
CHECKPOINT_FIELDS = {"code", "name", "place", "checklist"}
FINDING_FIELDS = {"seen", "action", "escalated_to", "category"}
# Text as people and scanners type it: Chinese, ASCII, control characters, spaces.
typed = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120
) | st.sampled_from(["", " ", "XG-E-01", "东区 1栋", "a" * 33, "E-1\r\n", "\t", "Ｅ－１"])


@pytest.fixture(scope="module")
def patrol(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, PatrolServices]]:
    from propdesk.config import Paths

    services = open_services(Paths.resolve(tmp_path_factory.mktemp("patrol")), fast_hashing=True)
    yield services, services.module(PatrolServices)
    services.close()


def attempt(call: Callable[[], T]) -> tuple[T | None, UserError | None]:
    """What the call returned, or the user error it raised (checked by the caller)."""
    try:
        return call(), None
    except UserError as error:
        return None, error


def count(services: Services, model: type) -> int:
    with services.store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@GENERATED
@given(code=typed, name=typed, place=typed, checklist=typed)
def test_checkpoint_forms(
    patrol: tuple[Services, PatrolServices], code: str, name: str, place: str, checklist: str
) -> None:
    services, module = patrol
    route = module.routes.routes(MANAGER)[0].id if module.routes.routes(MANAGER) else None
    if route is None:
        route = module.routes.add_route(MANAGER, RouteInput("生成路线")).id
    before = count(services, PatrolCheckpoint), count(services, AuditEntry)
    saved, error = attempt(
        lambda: module.routes.add_checkpoint(
            MANAGER, route, CheckpointInput(code, name, place, checklist)
        )
    )
    if saved is None:
        assert error is not None
        assert error.field in CHECKPOINT_FIELDS
        assert error.message
        assert (count(services, PatrolCheckpoint), count(services, AuditEntry)) == before
        return
    assert saved.code == unicodedata.normalize("NFKC", code).strip().upper()
    assert saved.name == " ".join(name.split())
    assert module.routes.find_code(GUARD, saved.code).id == saved.id


@GENERATED
@given(code=typed)
def test_scan_box(patrol: tuple[Services, PatrolServices], code: str) -> None:
    services, module = patrol
    before = count(services, PatrolVisit), count(services, PatrolRefusedScan)
    taken, error = attempt(lambda: module.rounds.scan(GUARD, code))
    assert taken is None, f"a scan with no round open was taken: {code!r}"
    assert error is not None
    assert error.field == "code"
    visits, refused = count(services, PatrolVisit), count(services, PatrolRefusedScan)
    assert visits == before[0]
    assert refused in (before[1], before[1] + 1)  # logged when it was a code at all


@GENERATED
@given(
    seen=typed,
    action=typed,
    escalated_to=typed,
    category=st.sampled_from(list(FindingCategory)) | st.just("fire"),
)
def test_finding_forms(
    patrol: tuple[Services, PatrolServices],
    seen: str,
    action: str,
    escalated_to: str,
    category: object,
) -> None:
    services, module = patrol
    routes = module.routes.routes(MANAGER)
    route = next((r for r in routes if r.checkpoints), None)
    if route is None:
        fresh = module.routes.add_route(MANAGER, RouteInput("发现路线"))
        module.routes.add_checkpoint(MANAGER, fresh.id, CheckpointInput("FIND-1", "配电房"))
        route = module.routes.route(MANAGER, fresh.id)
    opened = module.rounds.open_rounds(GUARD)
    round_id = opened[0].id if opened else module.rounds.start(GUARD, route.id).id
    before = count(services, PatrolFinding)
    data = FindingInput(category, seen, action, escalated_to)  # type: ignore[arg-type]
    finding, error = attempt(
        lambda: module.findings.record(GUARD, round_id, route.checkpoints[0].id, data)
    )
    if finding is None:
        assert error is not None
        assert error.field in FINDING_FIELDS
        assert count(services, PatrolFinding) == before
        return
    assert finding.seen == " ".join(seen.split())
    assert finding.seen
