"""The audit tab's "Verify chain" checks the anchors kept outside the database too, as
`propdesk audit verify` does: a forged and rehashed chain is named by its anchor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit_anchors import AnchorKind, remember_head
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.ui.tabs.audit.tab import AuditTab
from tests.gui.conftest import Boxes
from tests.integration.audit_forgery import tamper


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> AuditTab:
    tab = AuditTab(services, actor, page_size=3)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_verify_names_the_anchor_a_forged_chain_no_longer_reaches(
    qtbot: QtBot, ready_services: Services, admin: Actor, boxes: Boxes
) -> None:
    for n in range(4):
        ready_services.buildings.create(admin, BuildingInput(str(n), f"{n}号楼", 6))
    head = ready_services.audit.head()
    remember_head(ready_services.paths, AnchorKind.REPORT, head, "月报-2026-10.pdf")
    paths = ready_services.paths
    ready_services.close()
    tamper(paths.database_file, head.seq - 2, "伪造楼")
    services = open_services(paths, fast_hashing=True)
    try:
        assert services.audit.verify().ok  # the chain alone is fooled
        tab = _tab(qtbot, services, admin)
        qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
        assert tab.verify_label.text() == f"Anchor #{head.seq} missed"
        shown = boxes.texts()[-1]
        assert "report anchor" in shown
        assert f"entry #{head.seq}, 月报-2026-10.pdf" in shown
    finally:
        services.close()


def test_verify_says_how_many_anchors_it_passed(
    qtbot: QtBot, ready_services: Services, admin: Actor, boxes: Boxes
) -> None:
    ready_services.buildings.create(admin, BuildingInput("1", "1号楼", 6))
    remember_head(ready_services.paths, AnchorKind.REPORT, ready_services.audit.head(), "a.pdf")
    tab = _tab(qtbot, ready_services, admin)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.verify_label.text() == "Chain intact"
    assert "passes through all 1 anchors" in boxes.texts()[-1]
