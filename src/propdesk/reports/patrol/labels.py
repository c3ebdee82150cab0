"""The fixed words of the patrol papers (the checkpoint labels, the day's log, the
monthly report's patrol section), in the three languages the app speaks.

Like the slips and the monthly report, these papers are printed away from the Qt
catalogues (and saved by headless commands), so their words live here; what the
screen names too (verdicts, finding categories, a round's state) in the glossary's
words. Texts with {placeholders} are filled by `patrol_label`.
"""

from __future__ import annotations

from propdesk.reports.glossary import GLOSSARY, group, with_english
from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

PATROL_LABELS: dict[str, Trilingual] = {
    # Words every patrol paper shares.
    **group("patrol_verdict", "verdict"),
    **group("finding_category", "category"),
    "ticket.open": _t("未关闭", "未關閉", "open"),
    "ticket.closed": _t("已关闭", "已關閉", "closed"),
    "none": _t("—", "—", "—"),
    "yes": _t("是", "是", "yes"),
    "no": _t("否", "否", "no"),
    # The checkpoint label sheet.
    "sheet.title": _t("巡逻点标签", "巡邏點標籤", "Patrol checkpoint labels"),
    "sheet.cut": _t(
        "沿虚线剪下，贴在巡逻点醒目处（约与视线齐高）。",
        "沿虛線剪下，貼在巡邏點醒目處（約與視線齊高）。",
        "Cut along the dashed lines; stick each label at its checkpoint, about eye level.",
    ),
    # The same sheet for the equipment register's QR labels (设施设备标签).
    "equipment_sheet.title": _t("设施设备标签", "設施設備標籤", "Equipment labels"),
    "equipment_sheet.cut": _t(
        "沿虚线剪下，贴在设施设备醒目处，二维码朝外，便于巡检扫码。",
        "沿虛線剪下，貼在設施設備醒目處，二維碼朝外，便於巡檢掃碼。",
        "Cut along the dashed lines; stick each label on its equipment, the QR code facing out.",
    ),
    "label.position": _t("第 {position} 点", "第 {position} 點", "No. {position}"),
    "label.route": _t("{route} · {position}", "{route} · {position}", "{route} · {position}"),
    # A day's patrol log.
    "log.title": _t("巡逻日志", "巡邏日誌", "Patrol Log"),
    "log.date": _t("日期", "日期", "Date"),
    "log.slots": _t("计划巡逻", "計劃巡邏", "Scheduled rounds"),
    "log.slots_value": _t(
        "{slots} 次：准时 {on_time}，迟到 {late}，漏巡 {missed}",
        "{slots} 次：準時 {on_time}，遲到 {late}，漏巡 {missed}",
        "{slots}: {on_time} on time, {late} late, {missed} missed",
    ),
    "log.rounds": _t("实际巡逻", "實際巡邏", "Rounds walked"),
    "log.rounds_value": _t(
        "{rounds} 次（其中额外 {extra} 次，中止 {abandoned} 次）",
        "{rounds} 次（其中額外 {extra} 次，中止 {abandoned} 次）",
        "{rounds} ({extra} extra, {abandoned} abandoned)",
    ),
    "log.findings": _t("发现问题", "發現問題", "Findings"),
    "log.findings_value": _t("{count} 项", "{count} 項", "{count}"),
    "log.refused": _t("无效扫码", "無效掃碼", "Scans refused"),
    "log.refused_value": _t("{count} 次", "{count} 次", "{count}"),
    "log.printed": _t("打印时间：{at}", "列印時間：{at}", "Printed {at}"),
    "log.page": _t(
        "第 {page} 页 共 {pages} 页", "第 {page} 頁 共 {pages} 頁", "Page {page} of {pages}"
    ),
    "log.next_day": _t("次日 {time}", "次日 {time}", "{time} next day"),
    "log.day_break": _t("次日 {date}", "次日 {date}", "Next day, {date}"),
    "log.slot_table": _t("巡逻时段", "巡邏時段", "Slots and rounds"),
    "log.no_slots": _t(
        "当天没有排定的巡逻时段，也没有巡逻记录。",
        "當天沒有排定的巡邏時段，也沒有巡邏記錄。",
        "No round was scheduled or walked that day.",
    ),
    "col.slot": _t("时段", "時段", "Slot"),
    "col.result": _t("结果", "結果", "Result"),
    "col.round": _t("巡逻单号", "巡邏單號", "Round"),
    "col.route": _t("路线", "路線", "Route"),
    "col.guard": _t("巡逻人员", "巡邏人員", "Guard"),
    "col.walked": _t("开始–结束", "開始–結束", "Walked"),
    "col.reached": _t("到点", "到點", "Reached"),
    "col.notes": _t("标记", "標記", "Notes"),
    "state.extra": _t("额外巡逻", "額外巡邏", "Extra round"),
    "state.abandoned": GLOSSARY["round_state.abandoned"],
    # Where the round's end time would be: "22:01–under way".
    "state.open": with_english("round_state.open", "under way"),
    "flag.out_of_order": _t("顺序错", "順序錯", "out of order"),
    "flag.too_fast": _t("过快", "過快", "too fast"),
    "flag.entered_later": _t("补录", "補錄", "entered later"),
    "flag.abandoned": _t("中止原因：{reason}", "中止原因：{reason}", "abandoned: {reason}"),
    "log.visit_table": _t("各次巡逻打点", "各次巡邏打點", "Checkpoints of each round"),
    "visit.skipped": _t("未到", "未到", "not reached"),
    "visit.issue": _t("异常", "異常", "issue"),
    # Between the checkpoints of a round ("；" could start a line: reportlab breaks
    # before it).
    "visit.separator": _t("、", "、", "; "),
    "visit.issue_note": _t("异常：{note}", "異常：{note}", "issue: {note}"),
    "visit.with_notes": _t("{text}（{notes}）", "{text}（{notes}）", "{text} ({notes})"),
    "list.separator": _t("、", "、", ", "),
    "log.finding_table": _t("发现问题及处理", "發現問題及處理", "Findings and what was done"),
    "log.no_findings": _t(
        "当天巡逻没有发现问题。", "當天巡邏沒有發現問題。", "Nothing was found that day."
    ),
    "col.finding": _t("编号 / 时间", "編號 / 時間", "No. / time"),
    "col.where": _t("地点 / 类别", "地點 / 類別", "Where / kind"),
    "col.seen": _t("发现情况", "發現情況", "What was seen"),
    "col.action": _t("处理", "處理", "What was done"),
    "col.escalated": _t("上报", "上報", "Escalated to"),
    "col.ticket": GLOSSARY["repair_ticket"],
    "log.resolution": _t("处理结果：{text}", "處理結果：{text}", "Outcome: {text}"),
    "log.round_of": _t("巡逻单 {number}", "巡邏單 {number}", "round {number}"),
    "sign.guard": _t("巡逻人员签字", "巡邏人員簽名", "Guard's signature"),
    "sign.supervisor": _t("主管签字", "主管簽名", "Supervisor's signature"),
    "sign.date": _t("日期", "日期", "Date"),
    "sign.line": _t("{label}：{line}", "{label}：{line}", "{label}: {line}"),
    # The monthly report's patrol section.
    "section.patrol": _t("巡逻记录", "巡邏記錄", "Patrols"),
    "month.none": _t(
        "本月没有巡逻记录。", "本月沒有巡邏記錄。", "No patrol was recorded this month."
    ),
    "month.figure": _t("项目", "項目", "Item"),
    "month.value": _t("数值", "數值", "Value"),
    "month.scheduled": _t("计划巡逻", "計劃巡邏", "Rounds scheduled"),
    "month.on_time": GLOSSARY["patrol_verdict.on_time"],
    "month.late": GLOSSARY["patrol_verdict.late"],
    "month.missed": GLOSSARY["patrol_verdict.missed"],
    "month.on_time_share": _t("准时率", "準時率", "Share on time"),
    "month.rounds": _t("实际巡逻", "實際巡邏", "Rounds walked"),
    "month.extra_rounds": _t("额外巡逻", "額外巡邏", "Extra rounds"),
    "month.abandoned": _t("中止的巡逻", "中止的巡邏", "Rounds abandoned"),
    "month.visits": _t("打点次数", "打點次數", "Checkpoints reached"),
    "month.skipped": _t("漏打点", "漏打點", "Checkpoints skipped"),
    "month.too_fast": _t("打点过快的巡逻", "打點過快的巡邏", "Rounds walked too fast"),
    "month.findings": _t("发现问题", "發現問題", "Findings"),
    "month.findings_open": _t("未解决的问题", "未解決的問題", "Findings not resolved"),
    "month.tickets": _t("转报修工单", "轉報修工單", "Repair tickets opened"),
    "month.chart": _t(
        "每日巡逻完成情况（占计划的百分比）",
        "每日巡邏完成情況（佔計劃的百分比）",
        "Rounds by day, as a share of those scheduled",
    ),
    "month.late_heading": _t("迟到及漏巡", "遲到及漏巡", "Late and missed rounds"),
    "month.late_none": _t(
        "本月没有迟到或漏巡。", "本月沒有遲到或漏巡。", "No round was late or missed this month."
    ),
    "month.late_note": _t(
        "以下为最早的 {shown} 个（共 {total} 个）。",
        "以下為最早的 {shown} 個（共 {total} 個）。",
        "The first {shown} of {total}.",
    ),
    "month.guards_heading": _t("巡逻人员", "巡邏人員", "Guards"),
    "month.findings_heading": _t(
        "发现问题及处理结果", "發現問題及處理結果", "Findings and outcomes"
    ),
    "month.findings_none": _t(
        "本月巡逻没有发现问题。",
        "本月巡邏沒有發現問題。",
        "Nothing was found on the rounds this month.",
    ),
    "month.findings_note": _t(
        "共发现 {total} 项，未解决 {open} 项；以下为最早的 {shown} 项。",
        "共發現 {total} 項，未解決 {open} 項；以下為最早的 {shown} 項。",
        "{total} findings, {open} not resolved; the first {shown} are listed.",
    ),
    "col.time": _t("时间", "時間", "Time"),
    "col.rounds": _t("巡逻次数", "巡邏次數", "Rounds"),
    "col.too_fast": _t("打点过快", "打點過快", "Too fast"),
    "col.number": _t("编号", "編號", "No."),
    "col.resolved": _t("已解决", "已解決", "Resolved"),
    "col.day": _t("日期", "日期", "Date"),
    "col.on_time_percent": _t("准时率（%）", "準時率（%）", "On time (%)"),
    "month.total": _t("本月合计", "本月合計", "Month"),
    "sheet.daily": _t("巡逻每日统计", "巡邏每日統計", "Patrols by day"),
}


def patrol_label(key: str, lang: str | None, **values: object) -> str:
    """The text of `key` in `lang`, with `{name}` placeholders filled from `values`;
    KeyError for a key that is not in the catalogue."""
    text = PATROL_LABELS[key][normalise_lang(lang)]
    return text.format(**values) if values else text
