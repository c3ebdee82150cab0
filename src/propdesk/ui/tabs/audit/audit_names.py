"""What the audit log calls its actions and the kinds of record the services write
(报修工单, not repair_ticket)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from propdesk.errors import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditNames", "created"),
    "update": QT_TRANSLATE_NOOP("AuditNames", "changed"),
    "void": QT_TRANSLATE_NOOP("AuditNames", "voided"),
    "login": QT_TRANSLATE_NOOP("AuditNames", "logged in"),
    "restore": QT_TRANSLATE_NOOP("AuditNames", "restored"),
}

# Every kind of record the services audit (services.core.audit_labels.LABELS names
# their records; tests/gui/test_audit_tab.py checks that none is left unnamed).
_ENTITIES = {
    "user": QT_TRANSLATE_NOOP("AuditNames", "user"),
    "database": QT_TRANSLATE_NOOP("AuditNames", "database"),
    "demo_data": QT_TRANSLATE_NOOP("AuditNames", "demo data"),
    "estate": QT_TRANSLATE_NOOP("AuditNames", "estate"),
    "estate_setting": QT_TRANSLATE_NOOP("AuditNames", "estate setting"),
    "building": QT_TRANSLATE_NOOP("AuditNames", "building"),
    "unit": QT_TRANSLATE_NOOP("AuditNames", "unit"),
    "resident": QT_TRANSLATE_NOOP("AuditNames", "resident"),
    "card": QT_TRANSLATE_NOOP("AuditNames", "access card"),
    "parking_space": QT_TRANSLATE_NOOP("AuditNames", "parking space"),
    "vehicle": QT_TRANSLATE_NOOP("AuditNames", "vehicle"),
    "staff": QT_TRANSLATE_NOOP("AuditNames", "staff member"),
    "department": QT_TRANSLATE_NOOP("AuditNames", "department"),
    "gate_event": QT_TRANSLATE_NOOP("AuditNames", "gate record"),
    "release_authorisation": QT_TRANSLATE_NOOP("AuditNames", "release slip"),
    "shift_handover": QT_TRANSLATE_NOOP("AuditNames", "shift handover"),
    "repair_ticket": QT_TRANSLATE_NOOP("AuditNames", "repair ticket"),
    "patrol_route": QT_TRANSLATE_NOOP("AuditNames", "patrol route"),
    "patrol_checkpoint": QT_TRANSLATE_NOOP("AuditNames", "checkpoint"),
    "patrol_round": QT_TRANSLATE_NOOP("AuditNames", "patrol round"),
    "patrol_finding": QT_TRANSLATE_NOOP("AuditNames", "patrol finding"),
    "patrol_wand_tag": QT_TRANSLATE_NOOP("AuditNames", "wand code"),
    "patrol_wand_import": QT_TRANSLATE_NOOP("AuditNames", "wand import"),
    "complaint": QT_TRANSLATE_NOOP("AuditNames", "complaint"),
    "inquiry": QT_TRANSLATE_NOOP("AuditNames", "inquiry"),
    "equipment": QT_TRANSLATE_NOOP("AuditNames", "equipment item"),
    "inspection_template": QT_TRANSLATE_NOOP("AuditNames", "checklist template"),
    "inspection": QT_TRANSLATE_NOOP("AuditNames", "inspection"),
    "rectification": QT_TRANSLATE_NOOP("AuditNames", "rectification notice"),
    "worklog_task": QT_TRANSLATE_NOOP("AuditNames", "work-log task"),
    "worklog_entry": QT_TRANSLATE_NOOP("AuditNames", "work-log entry"),
}


# Reasons the program itself writes (services/demo/service.py), in English in the row;
# a reason a person typed is shown as typed.
_REASONS = {
    "demo data created": QT_TRANSLATE_NOOP("AuditNames", "demo data created"),
}


def action_name(action: str) -> str:
    text = _ACTIONS.get(action)
    return translate("AuditNames", text) if text else action


def entity_name(entity: str) -> str:
    """A kind of record in words; an unknown one (a newer version's) as it is stored."""
    text = _ENTITIES.get(entity)
    return translate("AuditNames", text) if text else entity


def reason_text(reason: str) -> str:
    text = _REASONS.get(reason)
    return translate("AuditNames", text) if text else reason
