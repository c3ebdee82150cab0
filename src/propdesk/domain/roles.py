"""Who may do what: the role matrix, in one place.

Services check it on every call; the UI asks the same table to hide or disable what a
role cannot do. A module's actions are the usual ones of a register or a log.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    CLERK = "clerk"
    GUARD = "guard"
    TECHNICIAN = "technician"
    COMMITTEE = "committee"  # owners' committee: read-only


class Module(StrEnum):
    USERS = "users"
    AUDIT = "audit"
    BACKUP = "backup"
    SETTINGS = "settings"
    MASTER_DATA = "master_data"
    GATE = "gate"
    PATROL = "patrol"
    REPAIRS = "repairs"
    COMPLAINTS = "complaints"
    INSPECTIONS = "inspections"
    INCIDENTS = "incidents"  # 安全事件 safety incidents
    DRILLS = "drills"  # 应急演练 / 员工培训 drills and training
    EVENTS = "events"  # 社区活动 community events
    SURVEYS = "surveys"  # 满意度调查 satisfaction surveys
    ASSESSMENTS = "assessments"  # 月度考核 departments' monthly quality assessment
    WORKLOGS = "worklogs"  # 保洁 / 绿化日志 cleaning and greening work logs
    REPORTS = "reports"


class Action(StrEnum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    VOID = "void"
    EXPORT = "export"
    ADMINISTER = "administer"  # restore a backup, reset passwords, change roles


_ALL = frozenset(Action)
_WORK = frozenset({Action.VIEW, Action.CREATE, Action.UPDATE, Action.EXPORT})
_READ = frozenset({Action.VIEW, Action.EXPORT})
_VIEW = frozenset({Action.VIEW})
_NONE: frozenset[Action] = frozenset()


def _manager() -> dict[Module, frozenset[Action]]:
    rights = {module: _ALL - {Action.ADMINISTER} for module in Module}
    rights[Module.USERS] = _VIEW
    rights[Module.AUDIT] = _READ
    rights[Module.BACKUP] = frozenset({Action.VIEW, Action.CREATE})
    return rights


MATRIX: dict[Role, dict[Module, frozenset[Action]]] = {
    Role.ADMIN: dict.fromkeys(Module, _ALL),
    Role.MANAGER: _manager(),
    Role.CLERK: {
        Module.SETTINGS: _VIEW,
        Module.BACKUP: frozenset({Action.VIEW, Action.CREATE}),
        Module.MASTER_DATA: _WORK | {Action.VOID},
        # Read-only at the gate, but release slips (放行条) are recorded at the front desk
        # too: services/gate/items.py lets MASTER_DATA CREATE record them (SLIP_RIGHTS).
        Module.GATE: _READ,
        Module.PATROL: _READ | {Action.CREATE},  # paper rounds, entered afterwards
        Module.REPAIRS: _WORK,
        Module.COMPLAINTS: _WORK,
        Module.INSPECTIONS: _WORK,
        Module.INCIDENTS: _WORK,
        Module.DRILLS: _WORK,
        Module.EVENTS: _WORK,
        Module.SURVEYS: _WORK,  # responses typed from the paper forms
        Module.ASSESSMENTS: _VIEW,  # the managers assess the departments
        Module.WORKLOGS: _WORK,
        Module.REPORTS: _READ,
    },
    Role.GUARD: {
        Module.SETTINGS: _VIEW,
        Module.BACKUP: frozenset({Action.VIEW, Action.CREATE}),
        Module.MASTER_DATA: _VIEW,
        # No VOID: a wrong gate entry is voided by the supervisor or manager
        # (services/gate/voiding.py), never by the hand that made it.
        Module.GATE: _WORK,
        Module.PATROL: _WORK,
        Module.REPAIRS: frozenset({Action.VIEW, Action.CREATE}),
        # Guards are first on the scene: they record an incident and what they did; the
        # follow-up and closing are the office's.
        Module.INCIDENTS: frozenset({Action.VIEW, Action.CREATE}),
        Module.DRILLS: _VIEW,
        Module.EVENTS: _VIEW,
    },
    Role.TECHNICIAN: {
        Module.MASTER_DATA: _VIEW,
        Module.REPAIRS: frozenset({Action.VIEW, Action.UPDATE}),
        Module.INSPECTIONS: frozenset({Action.VIEW, Action.CREATE, Action.UPDATE}),
        Module.DRILLS: _VIEW,  # their own training history
        Module.WORKLOGS: _VIEW,
    },
    Role.COMMITTEE: {
        Module.REPORTS: _READ,
        Module.REPAIRS: _VIEW,
        Module.PATROL: _VIEW,
        Module.COMPLAINTS: _VIEW,
        Module.INSPECTIONS: _VIEW,
        Module.INCIDENTS: _VIEW,
        Module.DRILLS: _VIEW,
        Module.EVENTS: _VIEW,
        Module.SURVEYS: _VIEW,
        Module.ASSESSMENTS: _VIEW,
        Module.WORKLOGS: _VIEW,
    },
}


def allowed(role: Role, module: Module, action: Action) -> bool:
    return action in MATRIX[role].get(module, _NONE)
