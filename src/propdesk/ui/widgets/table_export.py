"""Export to Excel exactly what a table view shows: its visible columns in their order,
its rows in view order (filters and sort applied), translated headers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractProxyModel, QCoreApplication, QDir, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.core.actor import Actor
from propdesk.services.core.export import ColumnKind, ExportColumn, ExportService
from propdesk.ui.dialogs import show_error, show_info
from propdesk.ui.widgets.dto_table_model import DtoTableModel

translate = QCoreApplication.translate


def _visible_sections(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    sections = [header.logicalIndex(v) for v in range(header.count())]
    return [s for s in sections if not header.isSectionHidden(s)]


def view_table(view: QTableView) -> tuple[list[ExportColumn], list[list[object]]]:
    """Columns and rows as the user sees them, typed where the model knows the type."""
    model = view.model()
    source = model
    while isinstance(source, QAbstractProxyModel):
        source = source.sourceModel()
    sections = _visible_sections(view)
    dto = source if isinstance(source, DtoTableModel) else None
    columns = []
    for section in sections:
        header = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        kind = dto.columns()[section].kind if dto is not None else ColumnKind.TEXT
        columns.append(ExportColumn(header, kind))
    rows: list[list[object]] = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        proxy = model
        while isinstance(proxy, QAbstractProxyModel):
            index = proxy.mapToSource(index)
            proxy = proxy.sourceModel()
        record = dto.row_at(index.row()) if dto is not None else None
        values: list[object] = []
        for section in sections:
            if dto is not None and record is not None:
                values.append(dto.columns()[section].export_value(record))
            else:
                values.append(model.data(model.index(row, section)) or "")
        rows.append(values)
    return columns, rows


def xlsx_path(parent: QWidget, title: str, path: Path | None = None) -> Path | None:
    """The given file, or one the user picks (None when cancelled), ending in .xlsx."""
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            translate("TableExport", "Export to Excel"),
            str(Path(QDir.homePath()) / f"{title}.xlsx"),
            translate("TableExport", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    return path


def export_view(
    parent: QWidget,
    view: QTableView,
    exporter: ExportService,
    actor: Actor,
    module: Module,
    title: str,
    path: Path | None = None,
) -> Path | None:
    """Ask for a file (unless given), write it, tell the user; None when cancelled."""
    path = xlsx_path(parent, title, path)
    if path is None:
        return None
    columns, rows = view_table(view)
    try:
        count = exporter.export(actor, module, path, columns, rows, sheet_title=title)
    except PropdeskError as exc:
        show_error(parent, exc)
        return None
    show_info(
        parent,
        translate("TableExport", "{n} rows exported to {path}").format(n=count, path=path),
    )
    return path


def install_export_action(
    view: QTableView, actor: Actor, module: Module, export: Callable[[], object]
) -> QAction | None:
    """Right-click → Export to Excel… on a table, calling `export`, for roles with the
    EXPORT right; None for the others."""
    if not actor.may(module, Action.EXPORT):
        return None
    action = QAction(translate("TableExport", "Export to Excel…"), view)

    def run() -> None:  # not `export` itself: triggered would pass `checked` to it
        export()

    action.triggered.connect(run)
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def install_export(
    view: QTableView,
    exporter: ExportService,
    actor: Actor,
    module: Module,
    title: str,
) -> QAction | None:
    """Right-click → Export to Excel… on a table, for roles with the EXPORT right."""
    return install_export_action(
        view, actor, module, lambda: export_view(view, view, exporter, actor, module, title)
    )
