"""Import a patrol wand's file (巡更棒 / 巡检器): the swipes its software exports become
rounds, as if walked at the gatehouse.

The steps, each one call: `open_file` reads the file and says whether its columns are
known (the wand model's remembered choice, or the template's headers); `preview` shows
what importing would do (rounds with route, guard, start, slot and verdict; swipes
listed with their problem; codes not mapped yet; rows that cannot be read) and writes
nothing; `map_codes` maps the unknown codes to checkpoints (tags) or guards (cards),
once for good; `apply` writes it all in one transaction (nothing when a row cannot be
read), remembering the model's columns. Importing the same file again adds nothing.

Guards, clerks and managers import (PATROL create).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core import audit as audit_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.store_service import StoreService
from propdesk.services.master_data.importing import ImportCancelledError
from propdesk.services.patrol.wand_cells import clean_wand_code, read_swipes
from propdesk.services.patrol.wand_columns import (
    KEY_FORMATS,
    clean_columns,
    clean_model,
    formats_value,
    guess_columns,
    locate,
    read_formats,
    template_columns,
)
from propdesk.services.patrol.wand_file import WandSheet, read_wand_file
from propdesk.services.patrol.wand_plan import WandPlan, plan_import
from propdesk.services.patrol.wand_results import (
    CodeMapping,
    WandFormat,
    WandOpened,
    WandPreview,
    WandRound,
)
from propdesk.services.patrol.wand_write import write_plan
from propdesk.services.station.estate_settings import EstateSettingsService
from propdesk.store.base import utcnow
from propdesk.store.models import PatrolCheckpoint, PatrolWandTag, Staff
from propdesk.store.unit_of_work import Store

TAG_ENTITY = "patrol_wand_tag"
TAG_FIELDS = ("code", "checkpoint_id", "guard_id")
IMPORT_ENTITY = "patrol_wand_import"
# (rounds written, rounds in all) → False cancels (nothing is written).
Progress = Callable[[int, int], bool | None]


class WandImportService(StoreService):
    def __init__(self, store: Store, estate_settings: EstateSettingsService) -> None:
        super().__init__(store)
        self._estate_settings = estate_settings

    # -- the file and its columns -----------------------------------------------------
    def models(self, actor: Actor) -> list[str]:
        """The wand models whose columns are remembered, by name."""
        actor.require(Module.PATROL, Action.CREATE)
        with self._store.read() as session:
            return sorted(read_formats(session))

    def open_file(self, actor: Actor, path: Path, model: str = "") -> WandOpened:
        """Read the file; its columns are known without asking when the model's
        remembered choice fits its headers, or when they are the template's."""
        actor.require(Module.PATROL, Action.CREATE)
        model = clean_model(model)
        sheet = read_wand_file(Path(path))
        with self._store.read() as session:
            remembered = read_formats(session).get(model) if model else None
        columns = remembered
        if columns is None or locate(sheet.headers, columns) is None:
            columns = template_columns(sheet.headers)
        guess = columns or guess_columns(sheet.headers)
        return WandOpened(sheet, model, columns, guess)

    # -- preview and import -----------------------------------------------------------
    def preview(
        self, actor: Actor, sheet: WandSheet, wand_format: WandFormat, lang: str | None = None
    ) -> WandPreview:
        """What `apply` would do; nothing is written."""
        actor.require(Module.PATROL, Action.CREATE)
        with self._store.read() as session:
            return self._plan(session, sheet, wand_format, lang).preview

    def apply(
        self,
        actor: Actor,
        sheet: WandSheet,
        wand_format: WandFormat,
        lang: str | None = None,
        progress: Progress | None = None,
    ) -> WandPreview:
        """Write the rounds and the swipes in one transaction (`written` True), and
        remember the model's columns; nothing at all when a row cannot be read."""
        actor.require(Module.PATROL, Action.CREATE)
        with self._store.write() as session:
            plan = self._plan(session, sheet, wand_format, lang)
            if not plan.preview.ok:
                return plan.preview
            rounds = write_plan(session, actor, plan, utcnow(), _checked(progress))
            self._remember(session, actor, wand_format)
            if plan.swipes:
                self._audit(session, actor, plan, sheet.name, wand_format.model, rounds)
            return replace(plan.preview, rounds=rounds, written=True)

    def _plan(
        self, session: Session, sheet: WandSheet, wand_format: WandFormat, lang: str | None
    ) -> WandPlan:
        clean_model(wand_format.model)
        columns = clean_columns(sheet.headers, wand_format.columns)
        swipes, errors = read_swipes(sheet, columns, local_zone())
        return plan_import(
            session,
            sheet.name,
            len(sheet.rows),
            swipes,
            errors,
            lang=lang,
            now=utcnow(),
            tz=local_zone(),
        )

    def _remember(self, session: Session, actor: Actor, wand_format: WandFormat) -> None:
        model = clean_model(wand_format.model)
        if not model:
            return  # the template's columns are known anyway
        formats = read_formats(session)
        if formats.get(model) == wand_format.columns:
            return
        formats[model] = wand_format.columns
        self._estate_settings.write_value(
            session, actor, KEY_FORMATS, formats_value(formats), default={}
        )

    @staticmethod
    def _audit(
        session: Session,
        actor: Actor,
        plan: WandPlan,
        name: str,
        model: str,
        rounds: Sequence[WandRound],
    ) -> None:
        """One row for the import as a whole (the rounds have their own; the raw swipes
        are the file's, kept as read)."""
        audit_service.record(
            session,
            actor,
            IMPORT_ENTITY,
            uuid.uuid4(),
            AuditAction.CREATE,
            after={
                "file": name,
                "model": model,
                "swipes": len(plan.swipes),
                "rounds": [r.number for r in rounds],
                "listed": len(plan.listed),
            },
        )

    # -- mapping codes ----------------------------------------------------------------
    def map_codes(self, actor: Actor, mappings: Sequence[CodeMapping]) -> None:
        """Map each code to a checkpoint (a tag) or a guard (a card), for this file and
        every later one; a code mapped before is mapped anew."""
        actor.require(Module.PATROL, Action.CREATE)
        cleaned = [self._clean_mapping(m) for m in mappings]
        if len({m.code for m in cleaned}) != len(cleaned):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "A code is mapped twice."), field="mapping"
            )
        with self._store.write() as session:
            for mapping in cleaned:
                self._check_target(session, mapping)
                row = session.scalar(
                    select(PatrolWandTag).where(PatrolWandTag.code == mapping.code)
                )
                values = {"checkpoint_id": mapping.checkpoint_id, "guard_id": mapping.guard_id}
                if row is None:
                    records.create(
                        session,
                        actor,
                        TAG_ENTITY,
                        PatrolWandTag(code=mapping.code, **values),
                        TAG_FIELDS,
                    )
                else:
                    records.update(session, actor, TAG_ENTITY, row, TAG_FIELDS, values)

    @staticmethod
    def _clean_mapping(mapping: CodeMapping) -> CodeMapping:
        code = clean_wand_code(mapping.code)
        if (mapping.checkpoint_id is None) == (mapping.guard_id is None):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Map the code {code} to one checkpoint or to one guard."
                ),
                field="mapping",
                code=code,
            )
        return replace(mapping, code=code)

    @staticmethod
    def _check_target(session: Session, mapping: CodeMapping) -> None:
        if mapping.checkpoint_id is not None:
            checkpoint = session.get(PatrolCheckpoint, mapping.checkpoint_id)
            if checkpoint is None or checkpoint.voided_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That checkpoint is not in service."),
                    field="checkpoint_id",
                )
        if mapping.guard_id is not None:
            staff = session.get(Staff, mapping.guard_id)
            if staff is None or staff.voided_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That guard is not on the staff list."),
                    field="guard_id",
                )


def _checked(progress: Progress | None) -> Callable[[int, int], None] | None:
    """The progress callback, raising ImportCancelledError (nothing is written) when
    it answers False."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        if progress(done, total) is False:
            raise ImportCancelledError(QT_TRANSLATE_NOOP("messages", "The import was cancelled."))

    return report
