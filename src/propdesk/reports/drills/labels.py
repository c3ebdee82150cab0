"""The fixed words of the drills' papers (the session record, the sign-in sheet) and
of their sheets and report section, in the three languages the app speaks: printed
away from the Qt catalogues, like the other papers. The topics and the plan's states
are worded here once; the monthly report's words (reports.monthly.drills_labels) take
them from here."""

from __future__ import annotations

from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

TOPIC_LABELS: dict[str, Trilingual] = {
    "topic.fire_drill": _t("消防演练", "消防演練", "Fire drill"),
    "topic.evacuation": _t("疏散演练", "疏散演練", "Evacuation drill"),
    "topic.flood": _t("防汛演练", "防汛演練", "Flood drill"),
    "topic.lift_entrapment": _t("电梯困人救援演练", "電梯困人救援演練", "Lift entrapment drill"),
    "topic.other_drill": _t("其他应急演练", "其他應急演練", "Other drill"),
    "topic.fire_safety": _t("消防安全知识培训", "消防安全知識培訓", "Fire safety training"),
    "topic.service": _t("服务礼仪培训", "服務禮儀培訓", "Service manners training"),
    "topic.security": _t("安全防范培训", "安全防範培訓", "Security duties training"),
    "topic.equipment": _t("设施设备操作培训", "設施設備操作培訓", "Equipment operation training"),
    "topic.first_aid": _t("急救知识培训", "急救知識培訓", "First aid training"),
    "topic.other_training": _t("其他培训", "其他培訓", "Other training"),
    "kind.drill": _t("应急演练", "應急演練", "Drill"),
    "kind.training": _t("员工培训", "員工培訓", "Training"),
    "plan_state.planned": _t("计划中", "計劃中", "Planned"),
    "plan_state.due": _t("即将到期", "即將到期", "Due"),
    "plan_state.overdue": _t("已逾期", "已逾期", "Overdue"),
    "plan_state.done": _t("已完成", "已完成", "Done"),
    "plan_state.done_late": _t("逾期完成", "逾期完成", "Done late"),
}

DRILL_LABELS: dict[str, Trilingual] = {
    **TOPIC_LABELS,
    # The session record.
    "drill.title": _t("应急演练记录", "應急演練記錄", "Emergency drill record"),
    "drill.number": _t("演练编号", "演練編號", "Drill no."),
    "training.title": _t("员工培训记录", "員工培訓記錄", "Staff training record"),
    "training.number": _t("培训编号", "培訓編號", "Training no."),
    "record.subject": _t("主题", "主題", "Title"),
    "record.topic": _t("类别", "類別", "Kind"),
    "record.held_at": _t("时间", "時間", "Held"),
    "record.minutes": _t("时长", "時長", "Duration"),
    "record.minutes_value": _t("{n} 分钟", "{n} 分鐘", "{n} min"),
    "record.place": _t("地点", "地點", "Place"),
    "record.organiser": _t("组织人", "組織人", "Organiser"),
    "record.people": _t("参加人数", "參加人數", "Taking part"),
    "record.people_value": _t(
        "员工 {staff} 人，住户 {residents} 人",
        "員工 {staff} 人，住戶 {residents} 人",
        "{staff} staff, {residents} residents",
    ),
    "record.voided": _t("已作废：{reason}", "已作廢：{reason}", "Voided: {reason}"),
    "record.practised": _t("演练/培训内容", "演練/培訓內容", "What was practised"),
    "record.problems": _t("发现的问题", "發現的問題", "Problems found"),
    "record.actions": _t("整改措施", "整改措施", "Actions"),
    "record.none": _t("无", "無", "None"),
    "col.no": _t("序号", "序號", "No."),
    "col.name": _t("姓名", "姓名", "Name"),
    "col.department": _t("部门", "部門", "Department"),
    "col.people": _t("参加人员", "參加人員", "Staff taking part"),
    "col.count": _t("人数", "人數", "Count"),
    "col.signature": _t("签名", "簽名", "Signature"),
    "col.time": _t("签到时间", "簽到時間", "Time"),
    "sign.organiser": _t("组织人签字", "組織人簽字", "Organiser"),
    "sign.manager": _t("物业服务中心经理", "物業服務中心經理", "Manager"),
    "sign.date": _t("日期", "日期", "Date"),
    # The sign-in sheet.
    "sign_in.title": _t("签到表", "簽到表", "Sign-in sheet"),
    "sign_in.number": _t("编号", "編號", "No."),
    "sign_in.note": _t(
        "参加人员请本人签名；未列出的人员请在空行填写姓名、部门后签名。"
        "住户参加人数由组织人在表尾填写。",
        "參加人員請本人簽名；未列出的人員請在空行填寫姓名、部門後簽名。"
        "住戶參加人數由組織人在表尾填寫。",
        "Each person signs for themselves; anyone not listed writes their name and "
        "department on an empty row and signs. The organiser writes the number of "
        "residents at the foot.",
    ),
    "sign_in.residents": _t("住户参加人数", "住戶參加人數", "Residents taking part"),
    "sign_in.notes_heading": _t("说明", "說明", "Notes"),
}


def drill_label(key: str, lang: str | None, **values: object) -> str:
    """The text of `key` in `lang`, filled from `values`; KeyError for a key that is
    not in the catalogue."""
    text = DRILL_LABELS[key][normalise_lang(lang)]
    return text.format(**values) if values else text
