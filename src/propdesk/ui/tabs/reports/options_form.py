"""The report's choices: month, language and file format, each with a label whose
Alt+letter reaches it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from propdesk.reports.labels import LANGS, normalise_lang
from propdesk.ui.i18n import LANGUAGE_NAMES, ui_language
from propdesk.ui.tabs.reports.month_picker import MonthPicker
from propdesk.ui.tabs.reports.report_request import ReportKind, ReportRequest


class ReportOptions(QWidget):
    sig_kind_changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.month_edit = MonthPicker(today=today)
        self.month_edit.setObjectName("report_month")
        self.month_edit.setToolTip(self.tr("The month to report; the latest is the current one"))
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("report_language")
        for code in LANGS:
            # Each language named in itself, as in the Settings menu.
            self.lang_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.set_lang(ui_language())
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("report_format")
        self.kind_combo.addItem(self.tr("PDF document"), ReportKind.PDF.value)
        self.kind_combo.addItem(self.tr("Excel workbook"), ReportKind.XLSX.value)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.sig_kind_changed.emit())

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for text, field in (
            (self.tr("&Month:"), self.month_edit),
            (self.tr("&Language:"), self.lang_combo),
            (self.tr("&Format:"), self.kind_combo),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

    def set_lang(self, lang: str) -> None:
        index = self.lang_combo.findData(normalise_lang(lang))
        self.lang_combo.setCurrentIndex(max(index, 0))

    def set_kind(self, kind: ReportKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def kind(self) -> ReportKind:
        return ReportKind(self.kind_combo.currentData())

    def request(self) -> ReportRequest:
        return ReportRequest(
            self.month_edit.period(), str(self.lang_combo.currentData()), self.kind()
        )

    def focus_widgets(self) -> list[QWidget]:
        """In reading order, for the tab's keyboard order."""
        return [self.month_edit, self.lang_combo, self.kind_combo]
