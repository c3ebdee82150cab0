"""Settings → Station: this station's name and where it keeps its data — this PC only,
on the office server, or its own copy synced with the server (with the server's
address, "Test connection", and the join run on a worker thread).

A change of storage takes effect at the next start (the open database stays what it
was until then): the dialog says what happened and the window closes."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError, UserError
from propdesk.services.core.actor import Actor
from propdesk.services.station.settings import MAX_STATION, SettingsService
from propdesk.services.sync.joining import JoinReport, ServerFacts
from propdesk.services.sync.server_address import ServerAddress
from propdesk.services.sync.storage_mode import (
    DEFAULT_PORT,
    StorageMode,
    StorageModeService,
    server_address,
)
from propdesk.ui.dialogs import ask_yes_no, show_error, show_failure, show_info
from propdesk.ui.widgets.background_work import BackgroundWork
from propdesk.ui.widgets.form_dialog import FormDialog

HINT_STYLE = "color: #5f6368;"
OK_STYLE = "color: #1b5e20;"
SERVER_FIELDS = ("host", "port", "database", "user", "password")
_MODES = (StorageMode.THIS_PC, StorageMode.SERVER, StorageMode.OWN_COPY)


class StationDialog(FormDialog):
    # Before the station's file is set aside (joining): whatever reads it must stop.
    sig_storage_changing = Signal()

    def __init__(
        self,
        settings: SettingsService,
        parent: QWidget | None = None,
        *,
        storage: StorageModeService | None = None,
        actor: Actor | None = None,
    ) -> None:
        super().__init__(self.tr("Station"), parent)
        self._settings = settings
        self._storage = storage if actor is not None else None
        self._actor = actor
        # After OK: the storage changed, and the window must close (start again).
        self.storage_changed = False
        self.name_edit = QLineEdit(settings.current.station_name)
        self.name_edit.setObjectName("station_name")
        self.name_edit.setMaxLength(MAX_STATION)
        self.form.add_field("station_name", self.tr("Station name"), self.name_edit)
        self.setMinimumWidth(360)
        if self._storage is not None and actor is not None:
            self._build_storage(self._storage, actor)
        self.fields_first_in_tab_order()
        self.on_save(self._save)

    # -- the storage part ---------------------------------------------------------
    def _build_storage(self, storage: StorageModeService, actor: Actor) -> None:
        self.setMinimumWidth(560)
        state = storage.state()
        box = self._build_mode_choice(state.mode)
        self.form.add_field("mode", self.tr("Storage"), box)
        test_row = self._build_server_fields(state.address)
        self.work = BackgroundWork(self, self._on_work_failed, self._on_busy_changed)
        self.form.addRow("", self.work.bar)
        self._server_rows = [
            *(self.form.labelForField(self._field_box(name)) for name in SERVER_FIELDS),
            test_row,
        ]
        note = self._read_only_note(state.set_by_environment, actor)
        if note:
            for widget in (box, *self._server_widgets(), self.test_button):
                widget.setEnabled(False)
            self.set_intro(note)
        self.mode_group.idToggled.connect(self._on_mode_toggled)
        self._show_server_fields()

    def _build_mode_choice(self, mode_now: StorageMode) -> QWidget:
        self.mode_group = QButtonGroup(self)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(QLabel(self.tr("Where this station keeps its data:")))
        self.mode_buttons: dict[StorageMode, QRadioButton] = {}
        for i, (mode, text, hint) in enumerate(self._mode_texts()):
            button = QRadioButton(text)
            button.setObjectName(f"mode_{mode.value}")
            explanation = QLabel(hint)
            explanation.setWordWrap(True)
            explanation.setStyleSheet(HINT_STYLE)
            explanation.setIndent(22)  # under the button's text, past its circle
            column.addWidget(button)
            column.addWidget(explanation)
            self.mode_group.addButton(button, i)
            self.mode_buttons[mode] = button
        self.mode_buttons[mode_now].setChecked(True)
        return box

    def _build_server_fields(self, address: ServerAddress | None) -> QWidget:
        """The server's address and the Test connection row (returned)."""
        self.host_edit = self.form.add_line_edit(
            "host", self.tr("Server"), "192.168.1.10", address.host if address else ""
        )
        port = str(address.port if address else DEFAULT_PORT)
        self.port_edit = self.form.add_line_edit("port", self.tr("Port"), "5432", port)
        self.port_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), self.port_edit)
        )
        self.database_edit = self.form.add_line_edit(
            "database", self.tr("Database"), "propdesk", address.database if address else ""
        )
        self.user_edit = self.form.add_line_edit(
            "user", self.tr("User"), "propdesk", address.user if address else ""
        )
        self.password_edit = self.form.add_line_edit(
            "password", self.tr("Password"), "", address.password if address else ""
        )
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        self.test_result.setStyleSheet(OK_STYLE)
        test_row = QWidget()
        row = QHBoxLayout(test_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        self.form.addRow("", test_row)
        return test_row

    def _mode_texts(self) -> list[tuple[StorageMode, str, str]]:
        return [
            (
                StorageMode.THIS_PC,
                self.tr("This PC only"),
                self.tr("One file on this PC. For an office with one PC."),
            ),
            (
                StorageMode.SERVER,
                self.tr("On the office server (needs the network)"),
                self.tr("Works on the shared server directly; without the network it cannot save."),
            ),
            (
                StorageMode.OWN_COPY,
                self.tr(
                    "Its own copy, synced with the office server (keeps working when the "
                    "network is down)"
                ),
                self.tr(
                    "Saves here and sends to the server within seconds; what waits goes up "
                    "when the network is back. For the gatehouse."
                ),
            ),
        ]

    def _read_only_note(self, set_by_environment: bool, actor: Actor) -> str:
        if set_by_environment:
            return self.tr(
                "PROPDESK_DATABASE_URL chooses this station's database; change or remove it "
                "there to choose here."
            )
        if not actor.may(Module.SETTINGS, Action.ADMINISTER):
            return self.tr("Only an administrator can change where this station keeps its data.")
        return ""

    def _field_box(self, name: str) -> QWidget:
        widget = self.findChild(QLineEdit, name)
        assert widget is not None
        box = widget.parentWidget()
        assert box is not None
        return box

    def _server_widgets(self) -> list[QLineEdit]:
        return [
            self.host_edit,
            self.port_edit,
            self.database_edit,
            self.user_edit,
            self.password_edit,
        ]

    def chosen_mode(self) -> StorageMode:
        return _MODES[max(self.mode_group.checkedId(), 0)]

    def _on_mode_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.form.clear_errors()
            self.test_result.clear()
            self._show_server_fields()

    def _show_server_fields(self) -> None:
        visible = self.chosen_mode() is not StorageMode.THIS_PC
        for widget in self._server_rows:
            if widget is not None:
                self.form.setRowVisible(widget, visible)
        self.make_room()

    def _address(self) -> ServerAddress:
        return server_address(
            self.host_edit.text(),
            self.port_edit.text(),
            self.database_edit.text(),
            self.user_edit.text(),
            self.password_edit.text(),
        )

    # -- test connection -------------------------------------------------------------
    def test_connection(self) -> None:
        storage, actor = self._storage, self._actor
        if storage is None or actor is None or self.work.busy:
            return
        self.form.clear_errors()
        self.test_result.clear()
        try:
            address = self._address()
        except UserError as exc:
            self._show_user_error(exc)
            return
        self.test_result.setText(self.tr("Connecting to {server}…").format(server=address.shown))
        self.work.run(lambda _progress: storage.test(actor, address), self._on_tested)

    def _on_tested(self, facts: ServerFacts) -> None:
        self.test_result.setText(self.facts_text(facts))
        self.make_room()

    def facts_text(self, facts: ServerFacts) -> str:
        version = facts.version.split()[0] if facts.version.strip() else facts.version
        if facts.schema is None:
            return self.tr(
                "Connected: PostgreSQL {version}, an empty database (propdesk sets it up)"
            ).format(version=version)
        if facts.stations == 1:
            text = self.tr(
                "Connected: PostgreSQL {version}, propdesk schema {schema}, 1 station syncing"
            )
        elif facts.stations == 0:
            text = self.tr(
                "Connected: PostgreSQL {version}, propdesk schema {schema}, no station syncing yet"
            )
        else:
            text = self.tr(
                "Connected: PostgreSQL {version}, propdesk schema {schema}, {n} stations syncing"
            )
        return text.format(version=version, schema=facts.schema, n=facts.stations)

    # -- OK ------------------------------------------------------------------------------
    def _save(self) -> bool:
        name = SettingsService.clean_station_name(self.name_edit.text())
        storage, actor = self._storage, self._actor
        chosen = self.mode_group.checkedButton() if storage is not None else None
        if storage is None or actor is None or chosen is None or not chosen.isEnabled():
            self._settings.set_station_name(name)
            return True
        if self.work.busy:
            return False
        mode = self.chosen_mode()
        address = None if mode is StorageMode.THIS_PC else self._address()
        if not storage.changes(actor, mode, address):
            self._settings.set_station_name(name)
            return True
        if address is None:
            storage.use_this_pc(actor)
            self._settings.set_station_name(name)
            self._done(self.tr("This station now keeps its data on this PC only."))
            return True
        if mode is StorageMode.SERVER:
            self.work.run(
                lambda _progress: storage.use_server(actor, address),
                lambda _facts: self._on_server_chosen(name, address),
            )
        else:
            self._join(storage, actor, address, name)
        return False  # the dialog closes when the work is done

    def _join(
        self, storage: StorageModeService, actor: Actor, address: ServerAddress, name: str
    ) -> None:
        question = self.tr(
            "Join the server {server}? This station's data is replaced by a copy of the "
            "server's; the file it works on now is kept in the backup folder. Joining takes "
            "up to a minute."
        ).format(server=address.shown)
        if not ask_yes_no(self, question, self.tr("Station")):
            return
        self.sig_storage_changing.emit()
        self.test_result.setText(self.tr("Copying the server's data…"))
        self.work.run(lambda _progress: storage.join(actor, address, name), self._on_joined)

    def _on_server_chosen(self, name: str, address: ServerAddress) -> None:
        self._settings.set_station_name(name)
        text = self.tr("This station now works on the server {server}.")
        self._done(text.format(server=address.shown))
        self.accept()

    def _on_joined(self, report: JoinReport | None) -> None:
        if report is None:  # it already was (cannot happen after changes() said it does)
            self.accept()
            return
        rows = f"{report.rows:,}"
        if report.kept_aside is not None:
            text = self.tr(
                "This station is station {letter}; {rows} records copied; your previous file "
                "was kept at {kept}."
            ).format(letter=report.letter, rows=rows, kept=report.kept_aside)
        else:
            text = self.tr("This station is station {letter}; {rows} records copied.").format(
                letter=report.letter, rows=rows
            )
        self._done(text, joined=True)
        self.accept()

    def _done(self, text: str, *, joined: bool = False) -> None:
        self.storage_changed = True
        then = (
            self.tr("propdesk closes now; start it again to work on the copy.")
            if joined
            else self.tr("propdesk closes now; start it again to use it.")
        )
        show_info(self, f"{text}\n\n{then}", self.tr("Station"))

    def _show_user_error(self, exc: UserError) -> None:
        if self.form.show_error(exc):
            self.make_room()
        else:
            show_error(self, exc)

    def _on_work_failed(self, exc: object) -> None:
        self.test_result.clear()
        if isinstance(exc, UserError):
            self._show_user_error(exc)
        elif isinstance(exc, PropdeskError):
            show_error(self, exc)
        else:
            show_failure(self, exc)

    def _on_busy_changed(self) -> None:
        busy = self.work.busy
        for widget in (self.test_button, self.buttons, self.name_edit):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if self._storage is not None and self.work.busy:
            # A join cannot stop half-way; a test ends within the connect timeout.
            return
        super().reject()
