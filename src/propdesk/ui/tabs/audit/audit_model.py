"""The audit log as a table (one page of it), and one entry's changes side by side."""

from __future__ import annotations

from typing import Any, NamedTuple

from propdesk.services.core.audit import AuditRow
from propdesk.ui.tabs.audit.audit_fields import field_name
from propdesk.ui.tabs.audit.audit_names import action_name, entity_name, reason_text
from propdesk.ui.tabs.audit.audit_values import value_text
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel

COL_SEQ = 0
COL_AT = 1
COL_USER = 2
COL_STATION = 3
COL_ENTITY = 4
COL_RECORD = 5
COL_ACTION = 6
COL_REASON = 7
# The syncing station whose chain holds the entry (issue 22); "" the database's own.
# Last in the model, so the columns before keep their places; the tab shows it next to #.
COL_CHAIN = 8

COL_FIELD = 0
COL_BEFORE = 1
COL_AFTER = 2


def local_time(row: AuditRow) -> str:
    return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def reason_of(row: AuditRow) -> str:
    return reason_text(row.reason)


def record_text(row: AuditRow) -> str:
    """The record by its number or name; its id when it has neither (the id stays in
    the tooltip for the administrator)."""
    return row.record or row.entity_id


class AuditTableModel(DtoTableModel[AuditRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("#"), lambda r: str(r.seq), numeric=True),
                Column(self.tr("When"), local_time),
                Column(self.tr("User"), self._person, tooltip=self._login),
                Column(self.tr("Station"), lambda r: r.station),
                Column(self.tr("Record type"), lambda r: entity_name(r.entity)),
                Column(self.tr("Record"), record_text, tooltip=self._record_tip),
                Column(self.tr("Action"), lambda r: action_name(r.action)),
                Column(self.tr("Reason"), reason_of, tooltip=reason_of),
                Column(self.tr("Chain"), lambda r: r.chain, tooltip=self._chain_tip),
            ]
        )

    @staticmethod
    def _person(row: AuditRow) -> str:
        return row.person or row.username

    def _chain_tip(self, row: AuditRow) -> str:
        if not row.chain:
            return ""
        return self.tr("Written on station {letter}'s own copy, in its own audit chain.").format(
            letter=row.chain
        )

    def _login(self, row: AuditRow) -> str:
        return self.tr("Login: {login}").format(login=row.username)

    def _record_tip(self, row: AuditRow) -> str:
        return self.tr("{record}\nID: {id}").format(record=record_text(row), id=row.entity_id)


class Change(NamedTuple):
    """One field an audit entry touched, before and after."""

    row: AuditRow
    field: str
    before: Any
    after: Any

    def name(self) -> str:
        return field_name(self.row.entity, self.field)

    def before_text(self) -> str:
        return value_text(self.row, self.field, self.before)

    def after_text(self) -> str:
        return value_text(self.row, self.field, self.after)


class AuditChangesModel(DtoTableModel[Change]):
    """Field, before, after: one row per field the entry touched."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Field"), Change.name, tooltip=Change.name),
                Column(self.tr("Before"), Change.before_text, tooltip=Change.before_text),
                Column(self.tr("After"), Change.after_text, tooltip=Change.after_text),
            ]
        )

    def set_entry(self, row: AuditRow | None) -> None:
        if row is None:
            self.set_rows([])
            return
        fields = list(dict.fromkeys([*row.before, *row.after]))
        changes = [Change(row, f, row.before.get(f), row.after.get(f)) for f in fields]
        # A new record's empty fields say nothing (an update keeps only what changed).
        self.set_rows([c for c in changes if not (_empty(c.before) and _empty(c.after))])


def _empty(value: Any) -> bool:
    return value is None or value in ("", [], {})
