"""A gate record quick search found, shown where it is now: a visitor or a vehicle
still inside in "inside now", a release slip not used yet in the open slips, anything
else in the journal searched by its number (a pass's entry and exit both carry it).
The row is selected, so the guard sees at once which one it is."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTableView

from propdesk.services.gate.search import GateRecordPlace
from propdesk.ui.tabs.gate.tab import GateTab
from propdesk.ui.widgets.dto_table_model import DtoTableModel


def _select(view: QTableView, model: DtoTableModel[Any], is_it: Callable[[Any], bool]) -> bool:
    for row, record in enumerate(model.rows()):
        if is_it(record):
            view.selectRow(row)
            view.scrollTo(model.index(row, 0))
            return True
    return False


def show_place(tab: GateTab, place: GateRecordPlace) -> bool:
    """Bring the record's view to the front and select its row; False when it is not
    there (left meanwhile, voided)."""
    wanted = place.event_id
    if place.inside:
        tab.show_inside_now()
        if _select(tab.inside_view, tab.inside_model, lambda r: r.event_id == wanted):
            return True
        if _select(tab.vehicles_view, tab.vehicles_model, lambda r: r.event_id == wanted):
            return True
    slips_page = tab.slips_view.parentWidget()
    if place.open_slip and slips_page is not None:
        tab.views.setCurrentWidget(slips_page)  # reads the open slips
        if _select(tab.slips_view, tab.slips_model, lambda r: r.id == wanted):
            return True
    return _show_in_journal(tab, place.journal_text, wanted)


def _show_in_journal(tab: GateTab, text: str, event_id: uuid.UUID | None) -> bool:
    """The journal of every day, searched by `text`; the record's row selected when it
    is there (an unused slip that expired has none: the journal says so)."""
    tab.show_journal(None, None)
    journal = tab.journal_view
    journal.search_edit.setText(text)
    journal.search()
    if event_id is not None:
        _select(journal.view, journal.model, lambda r: r.id == event_id)
    return True
