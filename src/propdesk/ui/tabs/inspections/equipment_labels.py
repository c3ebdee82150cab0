"""QR labels for equipment items, on the patrol module's A4 label sheet (2 × 4 labels
with cut lines), previewed in the window's language; the preview's Print button
prints the very pages.

Each label shows the item's code (under its QR: what a reader types), its name, its
kind and its place. The sheet is the checkpoint sheet as it is: the kind stands
where a checkpoint's route would, and the label's number is its place on the sheet.

The PDF is written into a temporary folder and removed when the preview closes, as
the patrol labels are (ui/tabs/patrol/patrol_printing.py).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from propdesk.reports.patrol.label_model import EQUIPMENT_SHEET, CheckpointLabel
from propdesk.services.inspections.equipment import EquipmentInfo
from propdesk.ui.i18n import ui_language
from propdesk.ui.tabs.inspections.equipment_model import place_text
from propdesk.ui.tabs.inspections.equipment_names import kind_name

translate = QCoreApplication.translate


def equipment_label(item: EquipmentInfo) -> CheckpointLabel:
    """One item's label (no place on a route: its kind instead). The sheet is printed
    in the window's language, so the kind is named as the list names it."""
    return CheckpointLabel(item.code, item.name, place_text(item), kind_name(item.kind), 0)


def write_label_sheet(
    items: Sequence[EquipmentInfo], estate: str, lang: str | None, target: Path
) -> int:
    """The items' labels as an A4 PDF at `target`; returns the pages written."""
    # reportlab loads (~0.3 s) only when labels are printed.
    from propdesk.reports.patrol.label_sheet import label_sheet_pdf

    labels = [equipment_label(item) for item in items]
    with target.open("wb") as file:
        return label_sheet_pdf(labels, estate, lang, file, EQUIPMENT_SHEET)


def preview_labels(
    parent: QWidget, items: Sequence[EquipmentInfo], estate: Callable[[], str]
) -> bool:
    """Preview the labels of `items` (at least one); False when there is none."""
    if not items:
        return False
    with tempfile.TemporaryDirectory(prefix="propdesk-equipment-") as folder:
        target = Path(folder) / "equipment-labels.pdf"
        write_label_sheet(items, estate(), ui_language(), target)
        # pypdfium2 loads PDFium (~0.1 s): only when something is printed.
        from propdesk.ui.widgets.pdf_preview import preview_pdf

        preview_pdf(parent, target, translate("EquipmentLabels", "Equipment labels"))
    return True
