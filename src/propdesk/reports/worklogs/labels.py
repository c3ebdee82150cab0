"""Every word of the work logs' prints, sheets and monthly section, in the three
languages the app speaks: the papers are read away from the Qt catalogues (the week's
work sheet on the office wall, the workbook at the committee), so their words live
here, like the inspections' (reports.inspections.labels)."""

from __future__ import annotations

from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t

WEEKDAYS: tuple[Trilingual, ...] = (
    _t("一", "一", "Mon"),
    _t("二", "二", "Tue"),
    _t("三", "三", "Wed"),
    _t("四", "四", "Thu"),
    _t("五", "五", "Fri"),
    _t("六", "六", "Sat"),
    _t("日", "日", "Sun"),
)

WORKLOG_LABELS: dict[str, Trilingual] = {
    "trade.cleaning": _t("保洁", "保潔", "Cleaning"),
    "trade.greening": _t("绿化", "綠化", "Greening"),
    "trade.all": _t("保洁与绿化", "保潔與綠化", "Cleaning and greening"),
    "state.done": _t("完成", "完成", "Done"),
    "state.not_done": _t("未完成", "未完成", "Not done"),
    "state.missing": _t("缺记录", "缺記錄", "Missing"),
    "state.planned": _t("待做", "待做", "Planned"),
    "state.extra": _t("计划外", "計劃外", "Extra"),
    "frequency.daily": _t("每天", "每天", "Daily"),
    "frequency.weekdays": _t("每{days}", "每{days}", "{days}"),
    "frequency.weekly": _t("每{days}（每周一次）", "每{days}（每週一次）", "Weekly, {days}"),
    "frequency.monthly": _t("每月{day}日", "每月{day}日", "Monthly, day {day}"),
    "weekday.joiner": _t("、", "、", ", "),
    "weekday.prefix": _t("周", "週", ""),
    # Columns.
    "col.day": _t("日期", "日期", "Day"),
    "col.time": _t("时间", "時間", "Time"),
    "col.trade": _t("工种", "工種", "Trade"),
    "col.area": _t("区域", "區域", "Area"),
    "col.task": _t("工作内容", "工作內容", "Task"),
    "col.frequency": _t("频次", "頻次", "Frequency"),
    "col.staff": _t("执行人", "執行人", "Done by"),
    "col.result": _t("完成情况", "完成情況", "Result"),
    "col.reason": _t("未完成原因", "未完成原因", "Reason not done"),
    "col.note": _t("备注", "備註", "Note"),
    "col.recorded_by": _t("录入人", "錄入人", "Recorded by"),
    "col.voided": _t("作废", "作廢", "Voided"),
    "col.planned": _t("计划", "計劃", "Planned"),
    "col.done": _t("完成", "完成", "Done"),
    "col.not_done": _t("未完成", "未完成", "Not done"),
    "col.missing": _t("缺记录", "缺記錄", "Missing"),
    "col.rate": _t("完成率", "完成率", "Completion"),
    "col.rate_percent": _t("完成率(%)", "完成率(%)", "Completion (%)"),
    "col.times": _t("次数", "次數", "Times"),
    "col.month": _t("月份", "月份", "Month"),
    "void_note": _t(
        "已作废：{reason}（{by}，{at}）",
        "已作廢：{reason}（{by}，{at}）",
        "Voided: {reason} ({by}, {at})",
    ),
    "sheet.entries": _t("保洁绿化日志", "保潔綠化日誌", "Work logs"),
    "sheet.completion": _t("保洁绿化完成率", "保潔綠化完成率", "Work-log completion"),
    "sheet.reasons": _t("未完成原因", "未完成原因", "Reasons not done"),
    # The week's work sheet.
    "week.title": _t(
        "保洁绿化周工作表", "保潔綠化週工作表", "Cleaning and greening: week's work sheet"
    ),
    "week.office": _t(
        "{estate}物业服务中心", "{estate}物業服務中心", "{estate} Property Service Centre"
    ),
    "week.period": _t(
        "{first} 至 {last}（第 {week} 周）",
        "{first} 至 {last}（第 {week} 週）",
        "{first} to {last} (week {week})",
    ),
    "week.printed": _t("打印时间：{at}", "列印時間：{at}", "Printed {at}"),
    "week.legend": _t(
        "完成 = 已记录完成；未完成 = 已记录未完成（原因见日志）；缺记录 = 计划日已过但未记录；"
        "待做 = 今天及以后的计划；计划外 = 非计划日的记录。"
        "完成率 = 完成 ÷（完成 + 未完成 + 缺记录）。",
        "完成 = 已記錄完成；未完成 = 已記錄未完成（原因見日誌）；缺記錄 = 計劃日已過但未記錄；"
        "待做 = 今天及以後的計劃；計劃外 = 非計劃日的記錄。"
        "完成率 = 完成 ÷（完成 + 未完成 + 缺記錄）。",
        "Done = logged as done; Not done = logged as not done (the reason is in the log); "
        "Missing = a planned day past with nothing logged; Planned = today or later; Extra = "
        "logged on a day not planned. Completion = done ÷ (done + not done + missing).",
    ),
    "week.completion": _t("本周完成率", "本週完成率", "Completion this week"),
    "week.total": _t("合计", "合計", "Total"),
    "week.none": _t(
        "本周没有计划的保洁绿化任务。",
        "本週沒有計劃的保潔綠化任務。",
        "No task was planned this week.",
    ),
    "week.sign.cleaning": _t("保洁主管", "保潔主管", "Cleaning supervisor"),
    "week.sign.greening": _t("绿化主管", "綠化主管", "Greening supervisor"),
    "week.sign.office": _t("客服中心审核", "客服中心審核", "Checked by the office"),
    "week.sign.date": _t("日期", "日期", "Date"),
    "no_data": _t("暂无数据", "暫無數據", "No data"),
    "percent": _t("{value}%", "{value}%", "{value} %"),
    # The monthly report's section.
    "section.worklogs": _t("保洁与绿化日志", "保潔與綠化日誌", "Cleaning and greening logs"),
    "month.entries": _t("本月日志记录", "本月日誌記錄", "Entries this month"),
    "month.planned": _t("计划任务（次）", "計劃任務（次）", "Planned task-days"),
    "month.rate": _t("总完成率", "總完成率", "Completion overall"),
    "month.basis": _t(
        "完成率 = 完成 ÷（完成 + 未完成 + 缺记录），按任务的频次计划逐日计算；已作废的记录不计。",
        "完成率 = 完成 ÷（完成 + 未完成 + 缺記錄），按任務的頻次計劃逐日計算；已作廢的記錄不計。",
        "Completion = done ÷ (done + not done + missing), day by day from each task's "
        "frequency; voided entries left out.",
    ),
    "month.by_area": _t("各区域完成情况", "各區域完成情況", "Completion by trade and area"),
    "month.reasons": _t("未完成的主要原因", "未完成的主要原因", "Main reasons for not done"),
    "month.no_reasons": _t(
        "本月没有未完成的记录。",
        "本月沒有未完成的記錄。",
        "Nothing was logged as not done this month.",
    ),
    "month.none": _t(
        "本月没有计划的保洁绿化任务。",
        "本月沒有計劃的保潔綠化任務。",
        "No cleaning or greening task was planned this month.",
    ),
}


def text(key: str, lang: str | None, **params: object) -> str:
    """The text of `key` in `lang`, filled in; KeyError for a key not here."""
    template = WORKLOG_LABELS[key][normalise_lang(lang)]
    return template.format(**params) if params else template


def weekday_text(weekday: int, lang: str | None) -> str:
    """1 (Monday) … 7 (Sunday) as 一 … 日 / Mon … Sun."""
    return WEEKDAYS[weekday - 1][normalise_lang(lang)]


def frequency_text(
    frequency: str, weekdays: frozenset[int], month_day: int | None, lang: str | None
) -> str:
    """每天 / 每周一、三、五 / 每月15日 (Daily / Mon, Wed, Fri / Monthly, day 15)."""
    if frequency == "daily":
        return text("frequency.daily", lang)
    if frequency == "monthly":
        return text("frequency.monthly", lang, day=month_day)
    days = text("weekday.prefix", lang) + text("weekday.joiner", lang).join(
        weekday_text(d, lang) for d in sorted(weekdays)
    )
    return text(f"frequency.{frequency}", lang, days=days)


def rate_text(done: int, judged: int, lang: str | None) -> str:
    """Done / judged in percent, one decimal cut down; "no data" when nothing was judged."""
    if not judged:
        return text("no_data", lang)
    tenths = done * 1000 // judged
    return text("percent", lang, value=f"{tenths // 10}.{tenths % 10}")
