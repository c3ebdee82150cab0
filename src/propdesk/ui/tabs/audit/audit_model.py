"""The audit log as a table (one page of it), and one entry's changes side by side."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from propdesk.domain.roles import Role
from propdesk.services.core.audit import AuditRow
from propdesk.ui.role_names import role_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel

translate = QCoreApplication.translate

COL_SEQ = 0
COL_AT = 1
COL_USER = 2
COL_STATION = 3
COL_ENTITY = 4
COL_ENTITY_ID = 5
COL_ACTION = 6
COL_REASON = 7

COL_FIELD = 0
COL_BEFORE = 1
COL_AFTER = 2


def action_name(action: str) -> str:
    names = {
        "create": translate("AuditNames", "created"),
        "update": translate("AuditNames", "changed"),
        "void": translate("AuditNames", "voided"),
        "login": translate("AuditNames", "logged in"),
        "restore": translate("AuditNames", "restored"),
    }
    return names.get(action, action)


def entity_name(entity: str) -> str:
    names = {
        "user": translate("AuditNames", "user"),
        "database": translate("AuditNames", "database"),
        "estate": translate("AuditNames", "estate"),
        "building": translate("AuditNames", "building"),
        "estate_setting": translate("AuditNames", "estate setting"),
        "gate_event": translate("AuditNames", "gate record"),
        "repair_ticket": translate("AuditNames", "repair ticket"),
        "patrol_route": translate("AuditNames", "patrol route"),
        "patrol_checkpoint": translate("AuditNames", "checkpoint"),
        "patrol_round": translate("AuditNames", "patrol round"),
        "patrol_finding": translate("AuditNames", "patrol finding"),
        "patrol_wand_tag": translate("AuditNames", "wand code"),
        "patrol_wand_import": translate("AuditNames", "wand import"),
    }
    return names.get(entity, entity)


def field_name(field: str) -> str:
    names = {
        "username": translate("AuditNames", "user name"),
        "display_name": translate("AuditNames", "name"),
        "role": translate("AuditNames", "role"),
        "active": translate("AuditNames", "active"),
        "password": translate("AuditNames", "password"),
        "file": translate("AuditNames", "file"),
        "previous_kept_as": translate("AuditNames", "previous database kept as"),
        "code": translate("AuditNames", "code"),
        "name": translate("AuditNames", "name"),
        "floors": translate("AuditNames", "floors"),
    }
    return names.get(field, field)


def value_text(value: Any, field: str = "") -> str:
    if value is None:
        return ""
    if field == "role" and value in set(Role):
        return role_name(Role(value))
    if isinstance(value, bool):
        return translate("AuditNames", "yes") if value else translate("AuditNames", "no")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class AuditTableModel(DtoTableModel[AuditRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("#"), lambda r: str(r.seq), numeric=True),
                Column(self.tr("When"), lambda r: r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
                Column(self.tr("User"), lambda r: r.username),
                Column(self.tr("Station"), lambda r: r.station),
                Column(self.tr("Record type"), lambda r: entity_name(r.entity)),
                Column(self.tr("Record"), lambda r: r.entity_id, tooltip=lambda r: r.entity_id),
                Column(self.tr("Action"), lambda r: action_name(r.action)),
                Column(self.tr("Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
            ]
        )


class Change(NamedTuple):
    """One field an audit entry touched, before and after."""

    field: str
    before: Any
    after: Any

    def name(self) -> str:
        return field_name(self.field)

    def before_text(self) -> str:
        return value_text(self.before, self.field)

    def after_text(self) -> str:
        return value_text(self.after, self.field)


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
        self.set_rows([Change(f, row.before.get(f), row.after.get(f)) for f in fields])
