"""The words for a repair ticket's codes (its category and priority) that every
printed repair paper shares: the monthly report and the dispatch slip.

Each paper keeps its own table of words and takes these in; a paper that words a code
differently says so in its own table, next to the words it takes.
"""

from __future__ import annotations

from propdesk.reports.labels import Trilingual
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

REPAIR_PRIORITY_WORDS: dict[str, Trilingual] = {
    "priority.emergency": _t("紧急", "緊急", "Emergency"),
    "priority.urgent": _t("加急", "加急", "Urgent"),
    "priority.normal": _t("一般", "一般", "Normal"),
}

REPAIR_CATEGORY_WORDS: dict[str, Trilingual] = {
    "category.plumbing": _t("给排水", "給排水", "Plumbing"),
    "category.electrical": _t("电气", "電氣", "Electrical"),
    "category.lift": _t("电梯", "電梯", "Lift"),
    "category.doors_locks": _t("门窗锁具", "門窗鎖具", "Doors and locks"),
    "category.leaks_cracks": _t("渗漏裂缝", "滲漏裂縫", "Leaks and cracks"),
    "category.fire_equipment": _t("消防设施", "消防設施", "Fire equipment"),
    "category.public_facilities": _t("公共设施", "公共設施", "Public facilities"),
    "category.other": _t("其他", "其他", "Other"),
}
