"""The patrol's papers: the checkpoint label sheet (QR labels to stick on walls) and a
day's patrol log with signature lines. Read here, drawn by reports.patrol; the UI
previews the PDF written to `target`."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.reports.patrol.day_log_model import (
    LogFinding,
    LogRound,
    LogSlot,
    LogVisit,
    PatrolDayLog,
)
from propdesk.reports.patrol.label_model import CheckpointLabel
from propdesk.services.core.actor import Actor
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.periods import bounds
from propdesk.services.patrol.compliance import day_grid
from propdesk.services.patrol.findings import FindingService
from propdesk.services.patrol.round_detail import load_round_detail
from propdesk.services.patrol.routes import checkpoint_info, load_route, route_info
from propdesk.services.patrol.settings import read_history
from propdesk.services.station.estate import EstateService
from propdesk.store.base import utcnow
from propdesk.store.models import PatrolCheckpoint, PatrolRefusedScan, PatrolRound
from propdesk.store.unit_of_work import Store


class PatrolPrintService:
    def __init__(self, store: Store, estate: EstateService, findings: FindingService) -> None:
        self._store = store
        self._estate = estate
        self._findings = findings

    def _estate_name(self) -> str:
        info = self._estate.get()
        return info.name if info is not None else ""

    def label_sheet(
        self,
        actor: Actor,
        lang: str | None,
        target: Path,
        route_id: uuid.UUID | None = None,
        checkpoint_ids: Sequence[uuid.UUID] = (),
    ) -> int:
        """The labels of a whole route (its live checkpoints in walking order) or of the
        checkpoints chosen; returns the pages written."""
        actor.require(Module.PATROL, Action.VIEW)
        from propdesk.reports.patrol.label_sheet import label_sheet_pdf  # reportlab: on use

        labels: list[CheckpointLabel] = []
        with self._store.read() as session:
            if route_id is not None:
                info = route_info(session, load_route(session, route_id))
                chosen = list(info.checkpoints)
            else:
                chosen = []
                for checkpoint_id in checkpoint_ids:
                    row = session.get(PatrolCheckpoint, checkpoint_id)
                    if row is not None and row.voided_at is None:
                        chosen.append(checkpoint_info(row, load_route(session, row.route_id)))
            for c in chosen:
                labels.append(CheckpointLabel(c.code, c.name, c.place, c.route_name, c.position))
        if not labels:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose at least one checkpoint in service."),
                field="checkpoint_ids",
            )
        with target.open("wb") as file:
            return label_sheet_pdf(labels, self._estate_name(), lang, file)

    def day_log(self, actor: Actor, day: date, lang: str | None, target: Path) -> int:
        """The day's slots (pending ones left out), its rounds with their checkpoint
        times, its findings and what became of them; returns the pages written."""
        actor.require(Module.PATROL, Action.VIEW)
        from propdesk.reports.patrol.day_log import day_log_pdf  # reportlab: on use

        log = self._day_log(actor, day)
        with target.open("wb") as file:
            return day_log_pdf(log, lang, file)

    def _day_log(self, actor: Actor, day: date) -> PatrolDayLog:
        now = utcnow()
        start, end = bounds(Period(day, day))
        with self._store.read() as session:
            grid = day_grid(session, read_history(session), day, local_zone(), now)
            round_ids = [
                cell.round_id for row in grid.rows for cells in row.cells for cell in cells
            ]
            round_ids += [cell.round_id for cell in grid.extra]
            rounds = []
            for round_id in round_ids:
                row = session.get(PatrolRound, round_id)
                assert row is not None
                rounds.append(load_round_detail(session, row))
            refused = session.scalar(
                select(func.count()).where(
                    PatrolRefusedScan.at >= start, PatrolRefusedScan.at < end
                )
            )
        rounds.sort(key=lambda r: r.started_at)
        slots = tuple(
            LogSlot(
                row.slot_at,
                row.verdict,
                tuple(cell.number for cells in row.cells for cell in cells),
            )
            for row in grid.rows
            if row.verdict is not None
        )
        log_rounds = tuple(
            LogRound(
                r.number,
                r.route_name,
                r.guard_name,
                r.started_at,
                r.finished_at,
                r.state.value,
                r.verdict,
                r.slot_at,
                r.entered_later,
                r.abandon_reason,
                tuple(
                    LogVisit(
                        c.position,
                        c.name,
                        c.visit.at if c.visit else None,
                        c.visit.ok if c.visit else True,
                        c.visit.note if c.visit else "",
                        c.visit.out_of_order if c.visit else False,
                        c.visit.too_fast if c.visit else False,
                    )
                    for c in r.checkpoints
                ),
            )
            for r in rounds
        )
        finding_rows = self._findings.between(actor, start, end)
        findings = tuple(
            LogFinding(
                f.finding.number,
                f.finding.round_number,
                f.finding.checkpoint_name,
                f.finding.place,
                f.finding.seen_at,
                f.finding.category,
                f.finding.seen,
                f.finding.action,
                f.finding.escalated_to,
                f.finding.escalated_at,
                f.ticket.number if f.ticket else "",
                f.ticket.closed if f.ticket else None,
                f.finding.resolution,
            )
            for f in finding_rows
            if not f.finding.voided
        )
        return PatrolDayLog(
            self._estate_name(), day, slots, log_rounds, findings, refused or 0, now
        )
