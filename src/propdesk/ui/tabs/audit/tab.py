"""Audit log tab: newest first, a page at a time, filtered by date, user, record type
and action; the selected entry's before and after side by side; and the chain check.

A trail that syncing stations wrote into holds one chain per station (issue 22): the
list shows each entry's station letter (the column is hidden while no entry on the page
has one) and the check names the station whose chain broke.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.audit_chain import ChainVerdict, TrailVerdict
from propdesk.domain.roles import Module
from propdesk.errors import PropdeskError
from propdesk.services.core.audit import AnchorVerdict, AuditChoices, AuditFilter, AuditRow
from propdesk.services.core.audit_anchors import anchor_file, read_anchors
from propdesk.ui.dialogs import show_error, show_info, show_warning
from propdesk.ui.tabs.audit.audit_model import (
    COL_AFTER,
    COL_BEFORE,
    COL_CHAIN,
    COL_REASON,
    COL_SEQ,
    AuditChangesModel,
    AuditTableModel,
    reason_of,
    record_text,
)
from propdesk.ui.tabs.audit.audit_names import action_name, entity_name
from propdesk.ui.widgets.choices import refill_combo
from propdesk.ui.widgets.keyset_pager import KeysetPager
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.paged_list import ListPage, PagedListView
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export

DEFAULT_DAYS = 30


class AuditTab(PagedListView[int, AuditFilter, AuditRow]):
    """The log pages by offsets (the offsets are the pager's keys); its bar reads
    ◀ Previous and Next ▶, next to the chain check."""

    NAME = "audit_tab"
    TABLE_NAME = "audit_table"
    PAGER_NAME = "audit"
    STRETCH_COLUMN = COL_REASON
    ONE_LINE_ROWS = False

    model: AuditTableModel
    total = 0  # entries the filter finds
    _loading = False  # filters being set together: one search after, not one each

    # -- building ------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        today = QDate.currentDate()
        self.from_check, self.from_edit = self._day_filter(
            self.tr("From"), today.addDays(-DEFAULT_DAYS), "audit_from"
        )
        self.to_check, self.to_edit = self._day_filter(self.tr("To"), today, "audit_to")
        self.user_combo = self._value_filter("audit_user")
        self.entity_combo = self._value_filter("audit_entity")
        self.action_combo = self._value_filter("audit_action")
        self._fill_combos()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.from_check)
        filters.addWidget(self.from_edit)
        filters.addWidget(self.to_check)
        filters.addWidget(self.to_edit)
        for text, combo in (
            (self.tr("User"), self.user_combo),
            (self.tr("Record type"), self.entity_combo),
            (self.tr("Action"), self.action_combo),
        ):
            filters.addSpacing(8)
            add_labelled(filters, text, combo)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)
        return filters

    def _day_filter(self, text: str, day: QDate, name: str) -> tuple[QCheckBox, QDateEdit]:
        """A day the log is filtered by while its box is ticked (unticked at first)."""
        check = QCheckBox(text)
        edit = QDateEdit(day)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._on_filter_changed)
        edit.dateChanged.connect(self._on_filter_changed)
        return check, edit

    def _value_filter(self, name: str) -> QComboBox:
        """A choice among the values the log holds (filled by `_fill_combos`)."""
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._on_filter_changed)
        return combo

    def _make_model(self) -> AuditTableModel:
        return AuditTableModel(self)

    def _make_pager(self) -> KeysetPager[int]:
        pager: KeysetPager[int] = KeysetPager(self.PAGER_NAME, self.page_size)
        pager.newest_button.hide()  # two steps back are two clicks on ◀ Previous
        self.prev_button = pager.newer_button
        self.prev_button.setText(self.tr("◀ Previous"))
        self.prev_button.setObjectName("audit_prev")
        self.next_button = pager.older_button
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setObjectName("audit_next")
        return pager

    def _lay_out(self, filters: QWidget | QLayout) -> None:
        """The filters above; the log with its paging bar and the chain check, and
        below it the selected entry's changes."""
        assert isinstance(filters, QHBoxLayout)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_log())
        splitter.addWidget(self._build_details())
        # The changes get room for a new record's fields (a ticket has a dozen).
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter)

    def _build_log(self) -> QWidget:
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setObjectName("audit_verify")
        self.verify_button.setToolTip(
            self.tr("Check that no entry of the audit log was changed, removed or inserted.")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = QLabel()
        self.verify_label.setObjectName("audit_verify_result")
        paging = QHBoxLayout()
        paging.addWidget(self.pager)
        paging.addWidget(self.verify_label)
        paging.addWidget(self.verify_button)
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(self.view)
        log_layout.addLayout(paging)
        return log_box

    def _build_details(self) -> QWidget:
        """The selected entry: what it changed, before and after side by side."""
        self.changes_model = AuditChangesModel(self)
        self.changes_view = record_table(
            self.changes_model, "audit_changes", stretch=[COL_BEFORE, COL_AFTER]
        )
        self.changes_view.setAlternatingRowColors(True)
        self.changes_view.setWordWrap(False)
        self.detail_label = QLabel(self.tr("Select an entry to see what it changed."))
        self.detail_label.setObjectName("audit_detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.detail_label)
        details_layout.addWidget(self.changes_view)
        return details

    def _build_actions(self) -> None:
        install_export(
            self.view, self._services.exports, self._actor, Module.AUDIT, self.tr("Audit log")
        )
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        # The station's letter next to the seq it goes with ("B" "17": entry 17 of B).
        self.view.horizontalHeader().moveSection(COL_CHAIN, COL_SEQ + 1)

    # -- filters -------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            date_from=_date(self.from_edit) if self.from_check.isChecked() else None,
            date_to=_date(self.to_edit) if self.to_check.isChecked() else None,
            username=self.user_combo.currentData(),
            entity=self.entity_combo.currentData(),
            action=self.action_combo.currentData(),
        )

    def _fill_combos(self) -> None:
        try:
            choices = self._services.audit.choices(self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            choices = AuditChoices([], [], [])
        everyone = (self.tr("(all)"), None)
        refill_combo(
            self.user_combo, [everyone, *((self._person(*u), u[0]) for u in choices.users)]
        )
        for combo, values, name in (
            (self.entity_combo, choices.entities, entity_name),
            (self.action_combo, choices.actions, action_name),
        ):
            refill_combo(combo, [everyone, *((name(v), v) for v in values)])

    def _person(self, login: str, name: str) -> str:
        """王经理 (admin): the administrator picks a person and still sees the login."""
        if name == login:
            return login
        return self.tr("{name} ({login})").format(name=name, login=login)

    def clear_filters(self) -> None:
        self._loading = True
        try:
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
            for combo in (self.user_combo, self.entity_combo, self.action_combo):
                combo.setCurrentIndex(0)
        finally:
            self._loading = False
        self._on_filter_changed()

    def _on_filter_changed(self) -> None:
        if not self._loading:
            self.search()

    # -- pages ---------------------------------------------------------------
    @property
    def offset(self) -> int:
        """Where the page shown begins in the filtered log (0: the newest entry)."""
        return self.pager.start or 0

    def refresh(self) -> None:
        """New entries may have arrived (shown when the tab is opened again)."""
        self._loading = True
        try:
            self._fill_combos()
        finally:
            self._loading = False
        self._filter = self.current_filter()  # a user or an action no longer offered
        super().refresh()

    def _read_page(self, start: int | None, anew: bool) -> ListPage[AuditRow, int]:
        offset = start or 0
        page = self._services.audit.page(self._actor, self._filter, offset, self.page_size)
        self.total = page.total
        end = offset + len(page.rows)
        return ListPage(page.rows, end if end < page.total else None)

    def _show_rows(self, rows: Sequence[AuditRow]) -> None:
        self.model.set_rows(rows)
        # A station letter only where a syncing station wrote: else an empty column.
        self.view.setColumnHidden(COL_CHAIN, not any(r.chain for r in rows))
        self.changes_model.set_entry(None)
        self.detail_label.setText(self.tr("Select an entry to see what it changed."))

    def _page_text(self, first: int, shown: int) -> str:
        if not shown:
            return self.tr("No entries")
        return self.tr("Rows {first}–{last} of {total}").format(
            first=first, last=first + shown - 1, total=self.total
        )

    def next_page(self) -> None:
        self.older()

    def previous_page(self) -> None:
        self.newer()

    # -- details -------------------------------------------------------------
    def selected_row(self) -> AuditRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection(self) -> None:
        row = self.selected_row()
        self.changes_model.set_entry(row)
        if row is None:
            self.detail_label.setText(self.tr("Select an entry to see what it changed."))
            return
        text = self.tr("Entry #{seq}: {user} {action} {entity} {id}").format(
            seq=row.seq,
            user=self._person(row.username, row.person or row.username),
            action=action_name(row.action),
            entity=entity_name(row.entity),
            id=record_text(row),
        )
        if row.reason:
            text += "\n" + self.tr("Reason: {reason}").format(reason=reason_of(row))
        if row.chain:
            text += "\n" + self.tr(
                "Written on station {letter}'s own copy, in its own audit chain."
            ).format(letter=row.chain)
        self.detail_label.setText(text)

    # -- the chain -----------------------------------------------------------
    def verify(self) -> None:
        """The chain row by row, and through its anchors kept outside the database
        (services.core.audit_anchors), as `propdesk audit verify` checks it."""
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            verdict = self._services.audit.verify()
            book = read_anchors(self._services.paths)
            anchors = self._services.audit.verify_anchors(book)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        finally:
            self.unsetCursor()
        if verdict.ok and not anchors.ok:
            self._show_missed_anchor(anchors)
            return
        if verdict.ok:
            text = self.tr("The audit log is intact: {n} entries checked.").format(
                n=verdict.checked
            )
            if verdict.has_station_chains:
                text += "".join("\n" + self._chain_intact(c) for c in verdict.chains)
            if anchors.checked:
                text += " " + self.tr(
                    "It passes through all {n} anchors kept outside the database."
                ).format(n=anchors.checked)
            if book.unreadable or book.torn_tail or book.problem:
                text += " " + self.tr(
                    "The anchor file {file} could not be read in full; what could not be read "
                    "was skipped."
                ).format(file=anchor_file(self._services.paths))
            self.verify_label.setText(self.tr("Chain intact"))
            self.verify_label.setStyleSheet("color: #1b5e20;")
            show_info(self, text, self.tr("Audit log"))
            return
        self._show_broken(verdict)

    def _whose(self, chain: str) -> str:
        """Whose chain: station B's, or this database's own ("")."""
        if chain:
            return self.tr("station {letter}").format(letter=chain)
        return self.tr("this database")

    def _chain_intact(self, chain: ChainVerdict) -> str:
        return self.tr("The audit trail of {whose}: {n} entries, intact.").format(
            whose=self._whose(chain.chain), n=chain.checked
        )

    def _show_broken(self, verdict: TrailVerdict) -> None:
        """Where the chain broke; with stations' chains, each broken one by its station."""
        reasons = {
            "missing_row": self.tr("an entry is missing"),
            "previous_hash_mismatch": self.tr("an entry was inserted or moved"),
            "content_changed": self.tr("an entry was changed"),
        }
        first = verdict.broken[0]
        if not verdict.has_station_chains:
            text = self.tr(
                "The audit log was tampered with at entry #{seq} ({reason}). The {n} entries "
                "before it are intact."
            ).format(
                seq=first.first_broken_seq,
                reason=reasons.get(first.reason, first.reason),
                n=first.checked,
            )
            label = self.tr("Chain broken at #{seq}").format(seq=first.first_broken_seq)
        else:
            lines = [
                self.tr(
                    "The audit trail of {whose} was tampered with at entry #{seq} ({reason}). "
                    "The {n} entries before it are intact."
                ).format(
                    whose=self._whose(c.chain),
                    seq=c.first_broken_seq,
                    reason=reasons.get(c.reason, c.reason),
                    n=c.checked,
                )
                if not c.ok
                else self._chain_intact(c)
                for c in sorted(verdict.chains, key=lambda c: c.ok)  # the broken first
            ]
            text = "\n".join(lines)
            label = self.tr("Chain of {whose} broken at #{seq}").format(
                whose=self._whose(first.chain), seq=first.first_broken_seq
            )
        self.verify_label.setText(label)
        self.verify_label.setStyleSheet("color: #b00020; font-weight: bold;")
        show_warning(self, text, self.tr("Audit log"))

    def _show_missed_anchor(self, verdict: AnchorVerdict) -> None:
        anchor = verdict.missed
        assert anchor is not None
        kinds = {
            "backup": self.tr("backup"),
            "daily": self.tr("daily"),
            "report": self.tr("report"),
            "restore": self.tr("restore"),
        }
        text = self.tr(
            "The audit log was changed: it no longer passes through the {kind} anchor of "
            "{when} (entry #{seq}, {what}). Entries up to #{seq} were changed and their "
            "hashes recomputed, or removed."
        ).format(
            kind=kinds.get(anchor.kind, anchor.kind),
            when=f"{anchor.at.astimezone():%Y-%m-%d %H:%M}",
            seq=anchor.seq,
            what=anchor.what,
        )
        self.verify_label.setText(self.tr("Anchor #{seq} missed").format(seq=anchor.seq))
        self.verify_label.setStyleSheet("color: #b00020; font-weight: bold;")
        show_warning(self, text, self.tr("Audit log"))


def _date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
