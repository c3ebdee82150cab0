"""The inspections' figures over a window: pass rates by kind (the report's chart),
and the three service targets' inputs — read from the counts each inspection row
carries (written with its items), so a five-year window adds columns, not items.

Re-inspections of a notice's item count in neither: they answer a notice, and
counting them would lift the pass rates with the very items that failed. Voided
inspections count nowhere. None means nothing was judged: "no data", not 0 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from propdesk.domain.inspections.kinds import GREENING_KINDS, HYGIENE_KINDS, InspectionKind
from propdesk.domain.inspections.results import PassCount
from propdesk.domain.service_targets import Period, Ratio
from propdesk.services.core.periods import bounds
from propdesk.store.models import Inspection


@dataclass(frozen=True)
class KindFigures:
    kind: InspectionKind
    inspections: int
    failed_inspections: int
    items: PassCount


def kind_figures(session: Session, period: Period) -> list[KindFigures]:
    """Per kind with an inspection in the window, in the kinds' order."""
    start, end = bounds(period)
    found = session.execute(
        select(
            Inspection.kind,
            func.count(),
            func.sum(case((Inspection.passed.is_(False), 1), else_=0)),
            func.sum(Inspection.items_passed),
            func.sum(Inspection.items_judged),
        )
        .where(
            Inspection.inspected_at >= start,
            Inspection.inspected_at < end,
            Inspection.voided_at.is_(None),
            Inspection.rectification_id.is_(None),
        )
        .group_by(Inspection.kind)
    ).tuples()
    by_kind = {
        InspectionKind(kind): KindFigures(
            InspectionKind(kind), n, int(failed or 0), PassCount(int(passed or 0), int(judged or 0))
        )
        for kind, n, failed, passed, judged in found
    }
    return [by_kind[kind] for kind in InspectionKind if kind in by_kind]


def _ratio(count: PassCount) -> Ratio | None:
    return count.ratio()


def fire_equipment_ratio(session: Session, window: Period, now: datetime) -> Ratio | None:
    del now
    start, end = bounds(window)
    passed, judged = session.execute(
        select(func.sum(Inspection.fire_passed), func.sum(Inspection.fire_judged)).where(
            Inspection.inspected_at >= start,
            Inspection.inspected_at < end,
            Inspection.voided_at.is_(None),
            Inspection.rectification_id.is_(None),
        )
    ).one()
    return _ratio(PassCount(int(passed or 0), int(judged or 0)))


def _kinds_ratio(
    session: Session, window: Period, kinds: frozenset[InspectionKind]
) -> Ratio | None:
    total = PassCount()
    for figures in kind_figures(session, window):
        if figures.kind in kinds:
            total += figures.items
    return _ratio(total)


def hygiene_ratio(session: Session, window: Period, now: datetime) -> Ratio | None:
    del now
    return _kinds_ratio(session, window, HYGIENE_KINDS)


def greening_ratio(session: Session, window: Period, now: datetime) -> Ratio | None:
    del now
    return _kinds_ratio(session, window, GREENING_KINDS)
