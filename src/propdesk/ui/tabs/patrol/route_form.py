"""Add a patrol route or rename one: its name (unique among the routes in service) and
a note."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.services.core.actor import Actor
from propdesk.services.patrol.inputs import NOTE_MAX, ROUTE_NAME_MAX, RouteInput
from propdesk.services.patrol.routes import RouteInfo, RouteService
from propdesk.ui.widgets.form_dialog import FormDialog


class RouteForm(FormDialog):
    def __init__(
        self,
        routes: RouteService,
        actor: Actor,
        route: RouteInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("New patrol route") if route is None else self.tr("Rename patrol route"),
            parent,
        )
        self.setObjectName("patrol_route_form")
        self._routes = routes
        self._actor = actor
        self.route = route
        self.saved: RouteInfo | None = None
        self.name_edit = self.form.add_line_edit(
            "name",
            self.tr("Name"),
            self.tr("e.g. East night round"),
            route.name if route else "",
        )
        self.name_edit.setMaxLength(ROUTE_NAME_MAX)
        self.note_edit = self.form.add_line_edit(
            "note", self.tr("Note"), self.tr("optional"), route.note if route else ""
        )
        self.note_edit.setMaxLength(NOTE_MAX)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        data = RouteInput(self.name_edit.text(), self.note_edit.text())
        if self.route is None:
            self.saved = self._routes.add_route(self._actor, data)
        else:
            self.saved = self._routes.update_route(self._actor, self.route.id, data)
