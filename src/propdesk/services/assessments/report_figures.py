"""The monthly assessment's figures for the monthly report (reports.monthly.
assessments_section): each department's score of the month and of the month before,
the main deductions, and the notices the month's checks opened."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from propdesk.domain.assessments.months import month_of, previous_month
from propdesk.domain.inspections.rectification import NoticeSource
from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.assessments_section import AssessmentFigures
from propdesk.reports.monthly.assessments_values import DepartmentScore, MainFinding
from propdesk.services.assessments.standards import departments
from propdesk.store.models import Rectification
from propdesk.store.models.assessments import Assessment, AssessmentCheck

FINDINGS = 10


def assessment_figures(session: Session, period: Period, now: datetime) -> AssessmentFigures:
    del now  # a month's scores do not change with the moment it is read
    month = month_of(period.first)
    before = previous_month(month)
    live = session.execute(
        select(Assessment).where(
            Assessment.month.in_((month, before)), Assessment.voided_at.is_(None)
        )
    ).scalars()
    by_month: dict[tuple[object, str], Assessment] = {(a.department_id, a.month): a for a in live}
    scores = []
    for department in departments(session):
        current = by_month.get((department.id, month))
        previous = by_month.get((department.id, before))
        scores.append(
            DepartmentScore(
                department.name,
                current.score if current else None,
                previous.score if previous else None,
                current.total_points if current else 0,
                current.deducted if current else 0,
                current.checks if current else 0,
            )
        )
    this_month = [a.id for (_, m), a in by_month.items() if m == month]
    findings: dict[tuple[str, str], list[AssessmentCheck]] = {}
    names = {a.id: a.department_name for a in by_month.values()}
    check_ids = []
    if this_month:
        for check in session.scalars(
            select(AssessmentCheck).where(
                AssessmentCheck.assessment_id.in_(this_month), AssessmentCheck.deducted > 0
            )
        ):
            findings.setdefault((names[check.assessment_id], check.item_text), []).append(check)
        check_ids = list(
            session.scalars(
                select(AssessmentCheck.id).where(AssessmentCheck.assessment_id.in_(this_month))
            )
        )
    main = sorted(
        (
            MainFinding(
                department,
                item,
                len(checks),
                sum(c.deducted for c in checks),
                max(checks, key=lambda c: (c.deducted, c.checked_at)).finding,
            )
            for (department, item), checks in findings.items()
        ),
        key=lambda f: (-f.deducted, -f.times, f.department, f.item),
    )
    notices = 0
    for first in range(0, len(check_ids), 500):
        notices += (
            session.scalar(
                select(func.count()).where(
                    Rectification.source_kind == NoticeSource.ASSESSMENT.value,
                    Rectification.source_id.in_(check_ids[first : first + 500]),
                )
            )
            or 0
        )
    return AssessmentFigures(month, tuple(scores), tuple(main[:FINDINGS]), notices, len(this_month))
