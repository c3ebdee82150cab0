"""All models, imported here so Base.metadata knows every table (Alembic needs it)."""

# The work plan's other registers keep their table classes in their own files
# (imported as modules so Base.metadata knows their tables).
from propdesk.store.models import (  # noqa: F401
    assessments,
    drills,
    events,
    incidents,
    surveys,
    sync,
    worklogs,
)
from propdesk.store.models.accounts import User
from propdesk.store.models.audit import AuditEntry, AuditHead
from propdesk.store.models.buildings import Building
from propdesk.store.models.complaints import Complaint, ComplaintStepRecord, Inquiry
from propdesk.store.models.estate import Estate
from propdesk.store.models.estate_setting import EstateSetting
from propdesk.store.models.gate import GateEvent, ReleaseAuthorisation, ShiftHandover
from propdesk.store.models.inspections import (
    Equipment,
    Inspection,
    InspectionItem,
    InspectionPhoto,
    InspectionTemplate,
    Rectification,
)
from propdesk.store.models.master_data import (
    AccessCard,
    CardStatusChange,
    Department,
    ParkingSpace,
    Resident,
    Staff,
    Unit,
    Vehicle,
)
from propdesk.store.models.numbering import NumberCounter
from propdesk.store.models.patrol import (
    PatrolCheckpoint,
    PatrolFinding,
    PatrolRefusedScan,
    PatrolRound,
    PatrolRoute,
    PatrolVisit,
    PatrolWandSwipe,
    PatrolWandTag,
)
from propdesk.store.models.repairs import RepairStepRecord, RepairTicket

__all__ = [
    "AccessCard",
    "AuditEntry",
    "AuditHead",
    "Building",
    "CardStatusChange",
    "Complaint",
    "ComplaintStepRecord",
    "Department",
    "Equipment",
    "Estate",
    "EstateSetting",
    "GateEvent",
    "Inquiry",
    "Inspection",
    "InspectionItem",
    "InspectionPhoto",
    "InspectionTemplate",
    "NumberCounter",
    "ParkingSpace",
    "PatrolCheckpoint",
    "PatrolFinding",
    "PatrolRefusedScan",
    "PatrolRound",
    "PatrolRoute",
    "PatrolVisit",
    "PatrolWandSwipe",
    "PatrolWandTag",
    "Rectification",
    "ReleaseAuthorisation",
    "RepairStepRecord",
    "RepairTicket",
    "Resident",
    "ShiftHandover",
    "Staff",
    "Unit",
    "User",
    "Vehicle",
]
