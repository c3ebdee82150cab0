"""The gate journal (门岗日志) as a table: one page of events, newest first.

The same columns serve the view and Export to Excel (typed values: the time as a date-time).
A voided row is struck through and greyed, its kind says "(voided)" and its details
and tooltip who voided it, when and why; guards are shown by name (their login in the
tooltip, for an administrator).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from propdesk.domain.gate.tariff import yuan_text
from propdesk.services.core.export import ColumnKind
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.journal import JournalRow
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel

translate = QCoreApplication.translate


def kind_name(kind: GateEventKind) -> str:
    names = {
        GateEventKind.RESIDENT_ENTRY: translate("JournalModel", "Resident entry"),
        GateEventKind.REFUSED_CARD: translate("JournalModel", "Card refused"),
        GateEventKind.VISITOR_IN: translate("JournalModel", "Visitor in"),
        GateEventKind.VISITOR_OUT: translate("JournalModel", "Visitor out"),
        GateEventKind.VEHICLE_IN: translate("JournalModel", "Vehicle in"),
        GateEventKind.VEHICLE_OUT: translate("JournalModel", "Vehicle out"),
        GateEventKind.ITEM_IN: translate("JournalModel", "Items in"),
        GateEventKind.ITEM_OUT: translate("JournalModel", "Items out"),
        GateEventKind.PARKING_NOTICE: translate("JournalModel", "Parking notice"),
    }
    return names[kind]


def local_time(row: JournalRow) -> str:
    return row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _note(note: str) -> str:
    """The notes the gate flows write (in English), as the user reads them."""
    notes = {
        "card lost": translate("JournalModel", "card reported lost"),
        "card revoked": translate("JournalModel", "card revoked"),
        "card returned": translate("JournalModel", "card returned"),
        "unknown card": translate("JournalModel", "card not registered"),
    }
    return notes.get(note, note)


def _vehicle(row: JournalRow) -> list[str]:
    parts = [
        translate("JournalModel", "resident's vehicle")
        if row.vehicle_registered
        else translate("JournalModel", "visitor's vehicle"),
        row.purpose,  # why a visitor's car came (the unit it visits is in its column)
    ]
    if row.kind is GateEventKind.VEHICLE_OUT:
        if row.fee_fen or not row.vehicle_registered:  # residents park free: no "¥0.00"
            parts.append(translate("JournalModel", "fee {fee}").format(fee=yuan_text(row.fee_fen)))
        if row.stated_entry_at is not None:
            came = row.stated_entry_at.astimezone().strftime("%Y-%m-%d %H:%M")
            parts.append(
                translate("JournalModel", "no entry on record, came in {time}").format(time=came)
            )
        if row.permit_returned is False and row.permit_number:
            parts.append(translate("JournalModel", "permit not returned"))
        parts.append(row.exterior_check)
    return parts


def _items(row: JournalRow) -> list[str]:
    who = {
        "owner": translate("JournalModel", "owner"),
        "management": translate("JournalModel", "management"),
    }.get(row.authorisation, row.authorisation)
    authorised = translate("JournalModel", "authorised by {name} ({who})").format(
        name=row.authorised_by, who=who
    )
    return [row.description, authorised if row.authorised_by else ""]


def details(row: JournalRow) -> str:
    """What else the guard recorded: purpose, fee, items, place …"""
    kind = row.kind
    if kind in (GateEventKind.VISITOR_IN, GateEventKind.VISITOR_OUT):
        parts = [row.purpose]
    elif kind in (GateEventKind.VEHICLE_IN, GateEventKind.VEHICLE_OUT):
        parts = _vehicle(row)
    elif kind in (GateEventKind.ITEM_IN, GateEventKind.ITEM_OUT):
        parts = _items(row)
    elif kind is GateEventKind.PARKING_NOTICE:
        posted = translate("JournalModel", "warning posted") if row.warning_posted else ""
        parts = [row.place, posted]
    else:
        parts = []
    parts.append(_note(row.note))
    if row.purged:
        parts.append(translate("JournalModel", "personal data removed (retention)"))
    if row.voided:
        parts.insert(0, void_text(row))  # first: what matters most about the row
    return "; ".join(p for p in parts if p)


def void_text(row: JournalRow) -> str:
    """Who voided the row, when and why (empty for a row that counts)."""
    if row.voided_at is None:
        return ""
    return translate("JournalModel", "voided by {name} at {time}: {reason}").format(
        name=row.voided_by or "?",
        time=row.voided_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        reason=row.void_reason,
    )


def kind_text(row: JournalRow) -> str:
    """The kind, marked when voided: the struck-through font is never the only sign."""
    if row.voided:
        return translate("JournalModel", "{kind} (voided)").format(kind=kind_name(row.kind))
    return kind_name(row.kind)


class JournalTableModel(DtoTableModel[JournalRow]):
    (
        COL_TIME,
        COL_KIND,
        COL_NAME,
        COL_UNIT,
        COL_PLATE,
        COL_NUMBER,
        COL_CARD,
        COL_DETAILS,
        COL_STATION,
        COL_GUARD,
    ) = range(10)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(
                    self.tr("Time"),
                    local_time,
                    value=lambda r: r.occurred_at,
                    kind=ColumnKind.DATETIME,
                ),
                Column(self.tr("Kind"), kind_text),
                Column(self.tr("Name"), lambda r: r.person_name),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(self.tr("Plate"), lambda r: r.plate),
                Column(self.tr("Number"), lambda r: r.pass_number or r.permit_number),
                Column(self.tr("Card"), lambda r: r.card_number),
                Column(self.tr("Details"), details, tooltip=details),
                Column(self.tr("Station"), lambda r: r.station),
                Column(
                    self.tr("Guard"),
                    lambda r: r.guard_name,
                    tooltip=lambda r: self.tr("Login: {login}").format(login=r.username),
                ),
            ]
        )
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def is_inactive(self, row: JournalRow) -> bool:
        return row.voided

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        """A voided row is struck through, and every cell tells who voided it and why."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and row.voided:
            if role == Qt.ItemDataRole.FontRole:
                return self._struck
            if role == Qt.ItemDataRole.ToolTipRole:
                return void_text(row)
        return super().data(index, role)
