"""What a synced table's records are called in the conflicts list ("Repair ticket" for
repair_ticket); a table without a name here shows as it is called in the database,
which is still enough to find the record. The translation context stays
"SyncTableNames"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def record_kind_name(table: str) -> str:
    names = {
        "repair_ticket": translate("SyncTableNames", "Repair ticket"),
        "repair_step": translate("SyncTableNames", "Repair ticket step"),
        "complaint": translate("SyncTableNames", "Complaint"),
        "complaint_step": translate("SyncTableNames", "Complaint step"),
        "inquiry": translate("SyncTableNames", "Inquiry"),
        "gate_event": translate("SyncTableNames", "Gate record"),
        "release_authorisation": translate("SyncTableNames", "Item release authorisation"),
        "shift_handover": translate("SyncTableNames", "Shift handover"),
        "estate": translate("SyncTableNames", "Estate"),
        "estate_setting": translate("SyncTableNames", "Estate setting"),
        "building": translate("SyncTableNames", "Building"),
        "unit": translate("SyncTableNames", "Unit"),
        "resident": translate("SyncTableNames", "Resident"),
        "access_card": translate("SyncTableNames", "Access card"),
        "card_status_change": translate("SyncTableNames", "Access card status change"),
        "vehicle": translate("SyncTableNames", "Vehicle"),
        "parking_space": translate("SyncTableNames", "Parking space"),
        "department": translate("SyncTableNames", "Department"),
        "staff": translate("SyncTableNames", "Staff member"),
        "user_account": translate("SyncTableNames", "User account"),
        "patrol_route": translate("SyncTableNames", "Patrol route"),
        "patrol_checkpoint": translate("SyncTableNames", "Checkpoint"),
        "patrol_round": translate("SyncTableNames", "Patrol round"),
        "patrol_visit": translate("SyncTableNames", "Checkpoint visit"),
        "patrol_finding": translate("SyncTableNames", "Patrol finding"),
        "equipment": translate("SyncTableNames", "Equipment"),
        "inspection_template": translate("SyncTableNames", "Checklist"),
        "inspection": translate("SyncTableNames", "Inspection"),
        "rectification": translate("SyncTableNames", "Rectification notice"),
        "incident": translate("SyncTableNames", "Safety incident"),
        "incident_action": translate("SyncTableNames", "Incident action"),
        "drill_session": translate("SyncTableNames", "Drill or training session"),
        "community_event": translate("SyncTableNames", "Community event"),
        "survey_round": translate("SyncTableNames", "Satisfaction survey"),
        "survey_response": translate("SyncTableNames", "Survey response"),
        "assessment": translate("SyncTableNames", "Monthly assessment"),
        "worklog_entry": translate("SyncTableNames", "Work log entry"),
        "audit_entry": translate("SyncTableNames", "Audit trail line"),
    }
    return names.get(table, table)
