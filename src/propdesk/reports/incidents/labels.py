"""Every word the incidents print — the incident report (事件报告), their part of the
monthly report and workbook, and `propdesk export incidents|incident-actions` — in
the three languages the app speaks. Papers and workbooks are read away from the Qt
catalogues, so their words live here (as the inspections' and complaints' do).
"""

from __future__ import annotations

from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t

INCIDENT_LABELS: dict[str, Trilingual] = {
    # Kinds and states.
    "kind.theft": _t("盗窃", "盜竊", "Theft"),
    "kind.intrusion": _t("非法闯入", "非法闖入", "Intrusion"),
    "kind.fight": _t("打架斗殴", "打架鬥毆", "Fight"),
    "kind.fire": _t("火灾", "火災", "Fire"),
    "kind.disaster": _t("自然灾害", "自然災害", "Natural disaster"),
    "kind.accident": _t("意外事故", "意外事故", "Accident"),
    "kind.other": _t("其他", "其他", "Other"),
    "state.open": _t("处理中", "處理中", "Open"),
    "state.closed": _t("已结案", "已結案", "Closed"),
    "state.voided": _t("已作废", "已作廢", "Voided"),
    "source.patrol": _t("巡逻发现 {number}", "巡邏發現 {number}", "Patrol finding {number}"),
    "source.gate": _t("门岗记录 {number}", "門崗記錄 {number}", "Gate entry {number}"),
    "yes": _t("是", "是", "Yes"),
    "no": _t("否", "否", "No"),
    "called": _t(
        "已报警，回执号 {number}", "已報警，回執號 {number}", "Called, report no. {number}"
    ),
    "called_no_number": _t("已报警", "已報警", "Called"),
    "not_called": _t("未报警", "未報警", "Not called"),
    "fire_called": _t(
        "已报火警，回执号 {number}", "已報火警，回執號 {number}", "Called, report no. {number}"
    ),
    "fire_called_no_number": _t("已报火警", "已報火警", "Called"),
    "loss_yuan": _t("约 {yuan} 元", "約 {yuan} 元", "about ¥{yuan}"),
    # The incident report (事件报告).
    "report.title": _t("安全事件报告", "安全事件報告", "Safety Incident Report"),
    "report.number": _t("事件编号", "事件編號", "Incident no."),
    "report.kind": _t("事件类别", "事件類別", "Kind"),
    "report.title_line": _t("事件名称", "事件名稱", "Incident"),
    "report.occurred_at": _t("发生时间", "發生時間", "When"),
    "report.place": _t("发生地点", "發生地點", "Where"),
    "report.source": _t("来源", "來源", "Opened from"),
    "report.what_happened": _t("事件经过", "事件經過", "What happened"),
    "report.responders": _t("处置人员", "處置人員", "Who responded"),
    "report.response": _t("处置情况", "處置情況", "Response"),
    "report.police": _t("公安报警", "公安報警", "Police"),
    "report.fire": _t("消防报警", "消防報警", "Fire brigade"),
    "report.injuries": _t("人员伤亡", "人員傷亡", "Injuries"),
    "report.losses": _t("财产损失", "財產損失", "Losses"),
    "report.reported_by": _t("登记人", "登記人", "Recorded by"),
    "report.state": _t("处理状态", "處理狀態", "State"),
    "report.closed": _t("结案", "結案", "Closed"),
    "report.closed_line": _t("{at}，{by}", "{at}，{by}", "{at}, {by}"),
    "report.close_reason": _t("结案说明", "結案說明", "Reason for closing"),
    "report.voided": _t("作废原因", "作廢原因", "Voided because"),
    "report.follow_ups": _t("后续措施", "後續措施", "Follow-up actions"),
    "report.no_follow_ups": _t("无后续措施。", "無後續措施。", "No follow-up actions."),
    "report.note": _t(
        "本报告一式两份，物业服务中心与安保部各存一份；涉及报警的，请附公安或消防出具的回执。",
        "本報告一式兩份，物業服務中心與保安部各存一份；涉及報警的，請附公安或消防出具的回執。",
        "Two copies: one for the service centre's file, one for security. Where the police "
        "or the fire brigade were called, attach their receipt.",
    ),
    "report.notes": _t("备注", "備註", "Notes"),
    "action.what": _t("措施", "措施", "Action"),
    "action.who": _t("责任人/部门", "責任人/部門", "Who"),
    "action.deadline": _t("完成期限", "完成期限", "Deadline"),
    "action.done": _t("完成情况", "完成情況", "Done"),
    "action.done_line": _t("{at} {by}", "{at} {by}", "{at} {by}"),
    "action.overdue": _t("逾期 {days} 天", "逾期 {days} 天", "{days} days overdue"),
    "action.open": _t("未完成", "未完成", "Not done"),
    "sign.reporter": _t("报告人", "報告人", "Reported by"),
    "sign.supervisor": _t("安保主管", "保安主管", "Security supervisor"),
    "sign.manager": _t("物业经理", "物業經理", "Property manager"),
    "sign.date": _t("日期", "日期", "Date"),
    # The monthly report's section.
    "section": _t("安全事件", "安全事件", "Safety incidents"),
    "month_count": _t("本月安全事件", "本月安全事件", "Incidents this month"),
    "year_count": _t("本年累计", "本年累計", "This year so far"),
    "open_count": _t("处理中", "處理中", "Still open"),
    "overdue_actions": _t("逾期后续措施", "逾期後續措施", "Follow-ups overdue"),
    "police_count": _t("报警次数", "報警次數", "Police or fire called"),
    "by_kind": _t("本年按类别", "本年按類別", "This year by kind"),
    "none_this_month": _t(
        "本月无安全事件。", "本月無安全事件。", "No safety incidents this month."
    ),
    "basis": _t(
        "统计截至 {as_of}；已作废的记录不计入。",
        "統計截至 {as_of}；已作廢的記錄不計入。",
        "Counted up to {as_of}; voided records are left out.",
    ),
    "figure": _t("项目", "項目", "Figure"),
    "value": _t("数值", "數值", "Value"),
    # Columns (the section's list, the workbook and the export).
    "col.number": _t("事件编号", "事件編號", "Incident no."),
    "col.occurred_at": _t("发生时间", "發生時間", "When"),
    "col.kind": _t("类别", "類別", "Kind"),
    "col.title": _t("事件名称", "事件名稱", "Incident"),
    "col.place": _t("地点", "地點", "Place"),
    "col.summary": _t("事件经过", "事件經過", "What happened"),
    "col.responders": _t("处置人员", "處置人員", "Who responded"),
    "col.response": _t("处置情况", "處置情況", "Response"),
    "col.police_report": _t("公安回执号", "公安回執號", "Police report no."),
    "col.fire_report": _t("消防回执号", "消防回執號", "Fire report no."),
    "col.reports": _t("报警回执号", "報警回執號", "Report no."),
    "col.police_called": _t("报公安", "報公安", "Police called"),
    "col.fire_called": _t("报消防", "報消防", "Fire brigade called"),
    "col.injuries": _t("人员伤亡", "人員傷亡", "Injuries"),
    "col.losses": _t("财产损失", "財產損失", "Losses"),
    "col.loss_yuan": _t("损失金额(元)", "損失金額(元)", "Loss (yuan)"),
    "col.state": _t("状态", "狀態", "State"),
    "col.source": _t("来源", "來源", "Opened from"),
    "col.reported_by": _t("登记人", "登記人", "Recorded by"),
    "col.closed_at": _t("结案时间", "結案時間", "Closed at"),
    "col.close_reason": _t("结案说明", "結案說明", "Reason for closing"),
    "col.voided": _t("作废", "作廢", "Voided"),
    "col.actions_open": _t("未完成措施", "未完成措施", "Follow-ups open"),
    "col.action": _t("措施", "措施", "Action"),
    "col.who": _t("责任人/部门", "責任人/部門", "Who"),
    "col.deadline": _t("完成期限", "完成期限", "Deadline"),
    "col.done_at": _t("完成时间", "完成時間", "Done at"),
    "col.done_by": _t("完成人", "完成人", "Done by"),
    "col.done_note": _t("完成说明", "完成說明", "Note"),
    "col.overdue": _t("逾期", "逾期", "Overdue"),
    "col.count": _t("起数", "起數", "Incidents"),
    "void_note": _t("{reason}（{at}）", "{reason}（{at}）", "{reason} ({at})"),
    "sheet.incidents": _t("安全事件", "安全事件", "Safety incidents"),
    "sheet.actions": _t("事件后续措施", "事件後續措施", "Incident follow-ups"),
    "sheet.by_kind": _t("安全事件分类", "安全事件分類", "Incidents by kind"),
}


def incident_label(key: str, lang: str | None, **params: object) -> str:
    """The words of `key` in `lang` (None: Simplified Chinese), placeholders filled."""
    template = INCIDENT_LABELS[key][normalise_lang(lang)]
    return template.format(**params) if params else template


def incident_heading(key: str, lang: str) -> str:
    """A column's header (reports.monthly.record_fields.fields_sheet's `heading`)."""
    return incident_label(key, lang)
