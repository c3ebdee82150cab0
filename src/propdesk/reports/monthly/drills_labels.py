"""The monthly report's and the workbook's words for the drills module (its section,
its sheets, the export's columns), in the three languages; read through `drill_text`,
which falls back to the report's own catalogue (reports.monthly.labels) for the words
every section shares. The topics and the plan's states are the papers' words
(reports.drills.labels), so the record an organiser signs and the report the committee
reads say the same."""

from __future__ import annotations

from propdesk.reports.drills.labels import TOPIC_LABELS
from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t
from propdesk.reports.monthly.labels import text

DRILL_REPORT_LABELS: dict[str, Trilingual] = {
    **TOPIC_LABELS,
    "section.drills": _t("应急演练与员工培训", "應急演練與員工培訓", "Drills and training"),
    "drills.drills": _t("本月演练", "本月演練", "Drills this month"),
    "drills.trainings": _t("本月培训", "本月培訓", "Trainings this month"),
    "drills.staff": _t("员工参加人次", "員工參加人次", "Staff attendances"),
    "drills.residents": _t("住户参加人数", "住戶參加人數", "Residents taking part"),
    "drills.minutes": _t("合计时长（分钟）", "合計時長（分鐘）", "Minutes in all"),
    "drills.problems": _t("发现问题的场次", "發現問題的場次", "Sessions with problems found"),
    "drills.none": _t(
        "本月没有演练或培训记录。", "本月沒有演練或培訓記錄。", "No drill or training this month."
    ),
    "drills.sessions": _t("本月演练与培训", "本月演練與培訓", "This month's sessions"),
    "drills.plan": _t(
        "{year}年度演练与培训计划执行情况",
        "{year}年度演練與培訓計劃執行情況",
        "The plan for {year}",
    ),
    "drills.plan_basis": _t(
        "计划项目的状态截至 {as_of}；已作废的记录不计。",
        "計劃項目的狀態截至 {as_of}；已作廢的記錄不計。",
        "Plan entries as they stood at {as_of}; voided sessions do not count.",
    ),
    "drills.plan_summary": _t(
        "共 {total} 项：已完成 {done} 项（其中逾期完成 {late} 项），"
        "即将到期 {due} 项，已逾期 {overdue} 项，计划中 {planned} 项。",
        "共 {total} 項：已完成 {done} 項（其中逾期完成 {late} 項），"
        "即將到期 {due} 項，已逾期 {overdue} 項，計劃中 {planned} 項。",
        "{total} entries: {done} done ({late} of them late), {due} due, "
        "{overdue} overdue, {planned} planned.",
    ),
    "drills.no_plan": _t(
        "本年度尚未制定演练与培训计划。",
        "本年度尚未制定演練與培訓計劃。",
        "No plan has been made for this year.",
    ),
    "col.session": _t("编号", "編號", "Number"),
    "col.held": _t("时间", "時間", "Held"),
    "col.kind": _t("类型", "類型", "Kind"),
    "col.topic": _t("类别", "類別", "Topic"),
    "col.title": _t("主题", "主題", "Title"),
    "col.organiser": _t("组织人", "組織人", "Organiser"),
    "col.staff": _t("员工人数", "員工人數", "Staff"),
    "col.residents": _t("住户人数", "住戶人數", "Residents"),
    "col.minutes": _t("时长（分钟）", "時長（分鐘）", "Minutes"),
    "col.place": _t("地点", "地點", "Place"),
    "col.practised": _t("演练/培训内容", "演練/培訓內容", "What was practised"),
    "col.problems": _t("发现的问题", "發現的問題", "Problems found"),
    "col.actions": _t("整改措施", "整改措施", "Actions"),
    "col.recorded_by": _t("登记人", "登記人", "Recorded by"),
    "col.due_on": _t("完成期限", "完成期限", "Due by"),
    "col.state": _t("状态", "狀態", "State"),
    "col.answered_by": _t("完成记录", "完成記錄", "Done by session"),
    "col.held_on": _t("完成日期", "完成日期", "Done on"),
    "col.notes": _t("备注", "備註", "Notes"),
    "col.participant": _t("姓名", "姓名", "Name"),
    "col.department": _t("部门", "部門", "Department"),
    "col.role": _t("身份", "身份", "Role"),
    "role.organiser": _t("组织人", "組織人", "Organiser"),
    "role.participant": _t("参加人", "參加人", "Participant"),
    "sheet.drills": _t("演练与培训", "演練與培訓", "Drills and training"),
    "sheet.drill_participants": _t("演练培训参加人员", "演練培訓參加人員", "Drill participants"),
    "sheet.drill_plan": _t("演练培训计划", "演練培訓計劃", "Drill plan"),
}


def drill_text(key: str, lang: str | None, **params: object) -> str:
    """The text of `key` in `lang` from this table, else from the report's own."""
    found = DRILL_REPORT_LABELS.get(key)
    if found is None:
        return text(key, lang, **params)
    template = found[normalise_lang(lang)]
    return template.format(**params) if params else template
