"""Every word the events' papers, sheets and report section print, in the three
languages the app speaks (away from the Qt catalogues, like the other papers'), read
through `event_text`."""

from __future__ import annotations

from propdesk.domain.events.kinds import EventKind, EventState
from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

KIND_WORDS: dict[EventKind, Trilingual] = {
    EventKind.FESTIVAL: _t("节日活动", "節日活動", "Festival"),
    EventKind.CULTURE: _t("文体活动", "文體活動", "Culture and sports"),
    EventKind.TALK: _t("讲座宣传", "講座宣傳", "Talk or campaign"),
    EventKind.SERVICE: _t("便民服务", "便民服務", "Community service"),
    EventKind.FAMILY: _t("亲子活动", "親子活動", "Family"),
    EventKind.ELDERLY: _t("敬老活动", "敬老活動", "For the elderly"),
    EventKind.OTHER: _t("其他", "其他", "Other"),
}
STATE_WORDS: dict[EventState, Trilingual] = {
    EventState.PLANNED: _t("计划中", "計劃中", "Planned"),
    EventState.HELD: _t("已举办", "已舉辦", "Held"),
    EventState.CANCELLED: _t("已取消", "已取消", "Cancelled"),
}

EVENT_LABELS: dict[str, Trilingual] = {
    **{f"kind.{k.value}": words for k, words in KIND_WORDS.items()},
    **{f"state.{s.value}": words for s, words in STATE_WORDS.items()},
    # The lobby notice (活动通知).
    "notice.heading": _t("活动通知", "活動通知", "Community Event"),
    "notice.greeting": _t("尊敬的各位业主、住户：", "尊敬的各位業主、住戶：", "Dear residents,"),
    "notice.time": _t("活动时间", "活動時間", "When"),
    "notice.place": _t("活动地点", "活動地點", "Where"),
    "notice.content": _t("活动内容", "活動內容", "What"),
    "notice.organiser": _t("组织单位", "組織單位", "Organised by"),
    "notice.welcome": _t(
        "欢迎广大业主、住户踊跃参加！", "歡迎廣大業主、住戶踴躍參加！", "Everyone is welcome!"
    ),
    "notice.qr": _t("扫码报名 / 咨询", "掃碼報名 / 諮詢", "Scan to sign up or ask"),
    "notice.office": _t(
        "{estate}物业服务中心", "{estate}物業服務中心", "{estate} Property Service Centre"
    ),
    "notice.hotline": _t("服务热线：{hotline}", "服務熱線：{hotline}", "Hotline: {hotline}"),
    "notice.date": _t(
        "{year}年{month}月{day}日", "{year}年{month}月{day}日", "{year}-{month:02d}-{day:02d}"
    ),
    "notice.same_day": _t(
        "{year}年{month}月{day}日（{weekday}）{start}–{end}",
        "{year}年{month}月{day}日（{weekday}）{start}–{end}",
        "{weekday} {year}-{month:02d}-{day:02d}, {start}–{end}",
    ),
    "notice.span": _t("{start} 至 {end}", "{start} 至 {end}", "{start} to {end}"),
    # Sheets and the monthly report.
    "sheet.events": _t("社区活动", "社區活動", "Community events"),
    "sheet.event_months": _t("社区活动按月", "社區活動按月", "Events by month"),
    "col.number": _t("活动编号", "活動編號", "Number"),
    "col.state": _t("状态", "狀態", "State"),
    "col.kind": _t("类别", "類別", "Kind"),
    "col.theme": _t("活动主题", "活動主題", "Theme"),
    "col.starts": _t("开始时间", "開始時間", "Starts"),
    "col.ends": _t("结束时间", "結束時間", "Ends"),
    "col.date": _t("日期", "日期", "Date"),
    "col.place": _t("地点", "地點", "Place"),
    "col.content": _t("活动内容", "活動內容", "Content"),
    "col.organiser": _t("组织者", "組織者", "Organiser"),
    "col.budget": _t("预算(元)", "預算(元)", "Budget (yuan)"),
    "col.participants": _t("参与人数", "參與人數", "Participants"),
    "col.cost": _t("实际费用(元)", "實際費用(元)", "Actual cost (yuan)"),
    "col.feedback": _t("反馈", "反饋", "Feedback"),
    "col.cancel_reason": _t("取消原因", "取消原因", "Why cancelled"),
    "col.planned_by": _t("登记人", "登記人", "Entered by"),
    "col.photos": _t("照片", "照片", "Photos"),
    "col.voided": _t("作废", "作廢", "Voided"),
    "col.month": _t("月份", "月份", "Month"),
    "col.held": _t("已举办", "已舉辦", "Held"),
    "void_note": _t(
        "已作废：{reason}（{at}）", "已作廢：{reason}（{at}）", "Voided: {reason} ({at})"
    ),
    "section.events": _t("社区活动", "社區活動", "Community events"),
    "report.held": _t("本月举办", "本月舉辦", "Held this month"),
    "report.participants": _t("参与人次", "參與人次", "Participants"),
    "report.cost": _t("实际费用", "實際費用", "Actual cost"),
    "report.cancelled": _t("本月取消", "本月取消", "Cancelled this month"),
    "report.planned_next": _t("下月已计划", "下月已計劃", "Planned for next month"),
    "report.figure": _t("项目", "項目", "Figure"),
    "report.value": _t("数值", "數值", "Value"),
    "report.list": _t("本月活动", "本月活動", "This month's events"),
    "report.none": _t(
        "本月没有举办社区活动。",
        "本月沒有舉辦社區活動。",
        "No community event was held this month.",
    ),
    "report.year": _t(
        "{year}年各月举办次数", "{year}年各月舉辦次數", "Events held in {year}, by month"
    ),
    "report.year_total": _t("全年", "全年", "Year"),
    "report.basis": _t(
        "以上为本月开始的活动（已作废的除外）；“每月至少一次”的目标只计已举办的活动。",
        "以上為本月開始的活動（已作廢的除外）；「每月至少一次」的目標只計已舉辦的活動。",
        "Events that began this month (voided ones left out); the "
        '"one a month" target counts only the events held.',
    ),
    "month_short": _t("{month}月", "{month}月", "{name}"),
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "zh_CN": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    "zh_TW": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def event_text(key: str, lang: str | None, **params: object) -> str:
    """The text of `key` in `lang`, filled in; KeyError for a key not in the table."""
    template = EVENT_LABELS[key][normalise_lang(lang)]
    return template.format(**params) if params else template


def weekday_text(weekday: int, lang: str | None) -> str:
    return WEEKDAYS[normalise_lang(lang)][weekday]


def month_short(month: int, lang: str | None) -> str:
    return event_text("month_short", lang, month=month, name=MONTH_SHORT[month - 1])
