"""Patrol rounds (巡逻记录): routes and their checkpoints, rounds, checkpoint visits,
findings, refused scans, and what a patrol wand's file brought in.

A checkpoint's `code` is what its label's QR code holds and a keyboard-wedge reader
types; it is unique over every checkpoint ever made (a voided one keeps its code, so an
old label read again is refused by name, not taken for a new checkpoint).

A round keeps the route's name and its guard's name as they were (`route_name`,
`guard_name`), and a visit keeps its checkpoint's name and position: renaming, reordering
or voiding checkpoints later never rewrites a round already walked.

`slot_at` is the scheduled slot the round answers (UTC; None for a round outside every
slot) and `verdict` how it was judged against it when it started (domain.patrol.timing).
Compliance reads these two columns: a day's grid is an indexed range on `slot_at`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
from propdesk.store.models.voidable import VoidableMixin


class PatrolRoute(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "patrol_route"

    name: Mapped[str] = mapped_column(String(40))  # 东区夜巡; unique among live routes
    note: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(default=0)  # order in lists and the day grid


class PatrolCheckpoint(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "patrol_checkpoint"
    __table_args__ = (Index("ix_patrol_checkpoint_route_position", "route_id", "position"),)

    route_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_route.id"))
    position: Mapped[int]  # 1, 2, … in the order the route walks them
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    place: Mapped[str] = mapped_column(String(100), default="")  # building or common area
    # What to check there, one item per line (doors/windows closed, fire equipment …).
    checklist: Mapped[str] = mapped_column(String(400), default="")


class PatrolRound(IdMixin, TimestampMixin, VoidableMixin, Base):
    __tablename__ = "patrol_round"
    __table_args__ = (
        Index("ix_patrol_round_slot", "slot_at", "route_id"),
        Index("ix_patrol_round_started", "started_at", "id"),
        Index("ix_patrol_round_state", "state", "started_at"),
        Index("ix_patrol_round_guard_started", "guard_id", "started_at"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # XL202612-0001
    route_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_route.id"))
    route_name: Mapped[str] = mapped_column(String(40))
    guard_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    guard_name: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(10))  # open, finished, abandoned
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    slot_at: Mapped[datetime | None] = mapped_column(default=None)
    verdict: Mapped[str] = mapped_column(String(8), default="")  # domain.patrol.timing.Verdict
    # How it was recorded: "live" at the station, "paper" entered later, "wand" imported.
    source: Mapped[str] = mapped_column(String(6), default="live")
    checkpoints_total: Mapped[int] = mapped_column(default=0)  # on the route at the start
    checkpoints_visited: Mapped[int] = mapped_column(default=0)
    issues: Mapped[int] = mapped_column(default=0)  # visits with an issue
    out_of_order: Mapped[bool] = mapped_column(default=False)
    too_fast: Mapped[bool] = mapped_column(default=False)
    abandon_reason: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(40))  # username


class PatrolVisit(IdMixin, Base):
    """One checkpoint reached in a round: never rewritten (a wrong round is voided)."""

    __tablename__ = "patrol_visit"
    __table_args__ = (
        Index("ix_patrol_visit_round_at", "round_id", "at"),
        Index("ix_patrol_visit_checkpoint_at", "checkpoint_id", "at"),
    )

    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_round.id"))
    checkpoint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_checkpoint.id"))
    position: Mapped[int]  # the checkpoint's place in the route when the round started
    checkpoint_name: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime]
    how: Mapped[str] = mapped_column(String(6))  # scan, tick, paper, wand
    ok: Mapped[bool] = mapped_column(default=True)  # False: an issue (see its finding)
    note: Mapped[str] = mapped_column(String(200), default="")
    out_of_order: Mapped[bool] = mapped_column(default=False)
    too_fast: Mapped[bool] = mapped_column(default=False)


class PatrolFinding(IdMixin, TimestampMixin, VoidableMixin, Base):
    """An issue seen at a checkpoint. A repair ticket opened from it carries its id
    (repair_ticket.source_kind = "patrol", source_id = this id): the link both ways."""

    __tablename__ = "patrol_finding"
    __table_args__ = (
        Index("ix_patrol_finding_round", "round_id"),
        Index("ix_patrol_finding_open", "resolved_at", "seen_at"),
        Index("ix_patrol_finding_seen", "seen_at", "id"),
    )

    number: Mapped[str] = mapped_column(String(24), default="")  # the round's number + "-n"
    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_round.id"))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("patrol_visit.id"), default=None)
    checkpoint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrol_checkpoint.id"))
    checkpoint_name: Mapped[str] = mapped_column(String(40))
    place: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(16))  # domain.patrol.findings.FindingCategory
    seen: Mapped[str] = mapped_column(String(300))  # what was seen
    action: Mapped[str] = mapped_column(String(300), default="")  # what the guard did
    seen_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(40))
    # Escalated to the duty manager: who was told and when.
    escalated_to: Mapped[str] = mapped_column(String(40), default="")
    escalated_at: Mapped[datetime | None] = mapped_column(default=None)
    # Closed: by its repair ticket's end or by a note of what was done.
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str] = mapped_column(String(300), default="")


class PatrolRefusedScan(IdMixin, Base):
    """A code typed or scanned that no open round could take: logged, not dropped."""

    __tablename__ = "patrol_refused_scan"
    __table_args__ = (Index("ix_patrol_refused_scan_at", "at"),)

    at: Mapped[datetime]
    code: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(16))  # unknown, other_route, voided, no_round
    round_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("patrol_round.id"), default=None)
    username: Mapped[str] = mapped_column(String(40))
    station: Mapped[str] = mapped_column(String(40), default="")


class PatrolWandTag(IdMixin, TimestampMixin, Base):
    """A wand's tag code (or a guard's wand card) mapped once to a checkpoint (or a
    guard), so the next file from the same wands is read without asking again."""

    __tablename__ = "patrol_wand_tag"

    code: Mapped[str] = mapped_column(String(64), unique=True)
    checkpoint_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("patrol_checkpoint.id"), default=None
    )
    guard_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)


class PatrolWandSwipe(IdMixin, Base):
    """A raw swipe read from a wand's file. (device, code, at) is unique, so importing the
    same file twice adds nothing; `round_id` is the round it became part of (None: an
    unknown tag, or outside every slot — listed, not dropped)."""

    __tablename__ = "patrol_wand_swipe"
    __table_args__ = (
        Index("uq_patrol_wand_swipe_device_code_at", "device", "code", "at", unique=True),
        Index("ix_patrol_wand_swipe_at", "at"),
    )

    device: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    round_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("patrol_round.id"), default=None)
    problem: Mapped[str] = mapped_column(String(16), default="")  # unknown_tag, no_slot, …
    imported_at: Mapped[datetime]
    imported_by: Mapped[str] = mapped_column(String(40))
