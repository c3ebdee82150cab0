"""Every word of the monthly report and workbook, in the three languages the app
speaks. The report is a document handed to the owners' committee, printed away from
the Qt catalogues (and written by a scheduled command), so its words live here, like
the slips' words in `slip_labels`. Texts with {placeholders} are filled by `text`.
"""

from __future__ import annotations

from propdesk.reports.glossary import GLOSSARY, group, with_english
from propdesk.reports.labels import normalise_lang
from propdesk.reports.monthly.complaints_labels import COMPLAINT_LABELS
from propdesk.reports.monthly.inspections_labels import INSPECTION_REPORT_LABELS

_L = dict[str, str]


def _t(zh_cn: str, zh_tw: str, en: str) -> _L:
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}


MONTHLY_LABELS: dict[str, _L] = {
    # Cover and running text.
    "title": _t("月度运营报告", "月度營運報告", "Monthly Operations Report"),
    "office": _t(
        "{estate}物业服务中心", "{estate}物業服務中心", "{estate} Property Service Centre"
    ),
    "month": _t("{year}年{month}月", "{year}年{month}月", "{month_name} {year}"),
    "cover.period": _t("报告期间", "報告期間", "Period"),
    "cover.prepared_by": _t("编制人", "編製人", "Prepared by"),
    "cover.prepared_on": _t("编制日期", "編製日期", "Date prepared"),
    "cover.audit": _t("审计链校验值", "稽核鏈校驗值", "Audit chain hash"),
    "cover.note": _t(
        "本报告的数据取自物业管理系统，编制时审计链的位置（条目号与校验值）见每页页脚，"
        "可用于核对审计记录未被改动；“暂无数据”表示该项数据尚未在系统中登记，并非零值。",
        "本報告的數據取自物業管理系統，編製時稽核鏈的位置（條目號與校驗值）見每頁頁尾，"
        "可用於核對稽核記錄未被改動；「暫無數據」表示該項數據尚未在系統中登記，並非零值。",
        "The figures come from the property-management system; the audit chain's place "
        "when they were read (entry number and hash) is in every page's footer, to check "
        'that the audit log was not changed since. "No data" means the figure is not '
        "recorded in the system yet; it is not zero.",
    ),
    "footer.page": _t(
        "第 {page} 页 共 {pages} 页", "第 {page} 頁 共 {pages} 頁", "Page {page} of {pages}"
    ),
    "continued": _t("（续）", "（續）", "(continued)"),
    "none": _t("无", "無", "None"),
    # Sections, numbered in the order they come (`numbered_title`).
    "section.number": _t("{number}、{title}", "{number}、{title}", "{number}. {title}"),
    "section.targets": _t("服务目标完成情况", "服務目標完成情況", "Service targets"),
    "section.gate": _t("门岗登记", "門崗登記", "Gate log"),
    "section.repairs": with_english("repair_ticket", "Repair tickets"),
    "section.open_items": _t("未完成工单", "未完成工單", "Open repair tickets"),
    "section.complaints": with_english("complaint", "Complaints"),
    "section.open_complaints": _t("未结案投诉", "未結案投訴", "Open complaints"),
    "section.signatures": _t("审核签字", "審核簽字", "Approval"),
    # The targets table.
    "targets.target": _t("服务目标", "服務目標", "Target"),
    "targets.threshold": _t("目标值", "目標值", "Target value"),
    "targets.actual": _t("本期实际", "本期實際", "Actual"),
    "targets.result": _t("结果", "結果", "Result"),
    "targets.basis": _t("依据", "依據", "Basis"),
    "targets.summary": _t(
        "共 {total} 项目标：达标 {met} 项，未达标 {not_met} 项，暂无数据 {no_data} 项。",
        "共 {total} 項目標：達標 {met} 項，未達標 {not_met} 項，暫無數據 {no_data} 項。",
        "{total} targets: {met} met, {not_met} not met, {no_data} without data.",
    ),
    "outcome.met": _t("达标", "達標", "Met"),
    "outcome.not_met": _t("未达标", "未達標", "Not met"),
    "outcome.no_data": _t("暂无数据", "暫無數據", "No data"),
    "percent": _t("{value}%", "{value}%", "{value} %"),
    "at_least_percent": _t("≥ {value}%", "≥ {value}%", "≥ {value} %"),
    "year_to_date": _t("（本年累计）", "（本年累計）", " (year to date)"),
    "no_data.basis": _t(
        "{source}尚未在系统中登记", "{source}尚未在系統中登記", "{source}: not recorded yet"
    ),
    # The ten targets: name, threshold, actual, basis and where the data comes from.
    "target.safety_incidents": _t("安全事故", "安全事故", "Safety incidents"),
    "target.safety_incidents.threshold": _t(
        "≤ {value} 起/年", "≤ {value} 起/年", "≤ {value} a year"
    ),
    "target.safety_incidents.actual": _t("{value} 起", "{value} 起", "{value}"),
    "target.safety_incidents.basis": _t(
        "本年已记录 {incidents} 起", "本年已記錄 {incidents} 起", "{incidents} recorded this year"
    ),
    "target.safety_incidents.source": _t("安全事件记录", "安全事件記錄", "Safety incident log"),
    "target.fire_equipment": _t("消防设施完好率", "消防設施完好率", "Fire equipment intact"),
    "target.fire_equipment.basis": _t(
        "完好 {intact} / 检查 {inspected} 件",
        "完好 {intact} / 檢查 {inspected} 件",
        "{intact} of {inspected} items intact",
    ),
    "target.fire_equipment.source": _t(
        "消防设施巡检", "消防設施巡檢", "Fire-equipment inspections"
    ),
    "target.hygiene": _t("保洁合格率", "保潔合格率", "Cleaning compliance"),
    "target.hygiene.basis": _t(
        "合格 {passed} / 检查 {checked} 项",
        "合格 {passed} / 檢查 {checked} 項",
        "{passed} of {checked} items passed",
    ),
    "target.hygiene.source": _t("保洁检查表", "保潔檢查表", "Cleaning checklists"),
    "target.greening": _t("绿化合格率", "綠化合格率", "Greening compliance"),
    "target.greening.basis": _t(
        "合格 {passed} / 检查 {checked} 项",
        "合格 {passed} / 檢查 {checked} 項",
        "{passed} of {checked} items passed",
    ),
    "target.greening.source": _t("绿化检查表", "綠化檢查表", "Greening checklists"),
    "target.satisfaction": _t("业主满意率", "業主滿意率", "Owner satisfaction"),
    "target.satisfaction.basis": _t(
        "回访评分 4–5 分 {ratings_satisfied} / {ratings} 次；"
        "调查答卷满意 {survey_satisfied} / {survey_answers} 项",
        "回訪評分 4–5 分 {ratings_satisfied} / {ratings} 次；"
        "調查答卷滿意 {survey_satisfied} / {survey_answers} 項",
        "follow-ups rated 4–5: {ratings_satisfied} of {ratings}; "
        "survey answers satisfied: {survey_satisfied} of {survey_answers}",
    ),
    "target.satisfaction.basis_ratings": _t(
        "回访评分 4–5 分 {ratings_satisfied} / {ratings} 次",
        "回訪評分 4–5 分 {ratings_satisfied} / {ratings} 次",
        "follow-ups rated 4–5: {ratings_satisfied} of {ratings}",
    ),
    # With the complainants' verdicts (the complaints module): for basis_text to choose
    # when the "verdicts" detail is not 0.
    "target.satisfaction.basis_verdicts": _t(
        "回访评分 4–5 分 {ratings_satisfied} / {ratings} 次；"
        "投诉人满意 {verdicts_satisfied} / {verdicts} 件",
        "回訪評分 4–5 分 {ratings_satisfied} / {ratings} 次；"
        "投訴人滿意 {verdicts_satisfied} / {verdicts} 件",
        "follow-ups rated 4–5: {ratings_satisfied} of {ratings}; "
        "complainants satisfied: {verdicts_satisfied} of {verdicts}",
    ),
    "target.satisfaction.basis_all": _t(
        "回访评分 4–5 分 {ratings_satisfied} / {ratings} 次；"
        "投诉人满意 {verdicts_satisfied} / {verdicts} 件；"
        "调查答卷满意 {survey_satisfied} / {survey_answers} 项",
        "回訪評分 4–5 分 {ratings_satisfied} / {ratings} 次；"
        "投訴人滿意 {verdicts_satisfied} / {verdicts} 件；"
        "調查答卷滿意 {survey_satisfied} / {survey_answers} 項",
        "follow-ups rated 4–5: {ratings_satisfied} of {ratings}; "
        "complainants satisfied: {verdicts_satisfied} of {verdicts}; "
        "survey answers satisfied: {survey_satisfied} of {survey_answers}",
    ),
    "target.satisfaction.source": _t(
        "满意度调查、投诉人意见及回访评分",
        "滿意度調查、投訴人意見及回訪評分",
        "Surveys, complainants' verdicts and follow-up ratings",
    ),
    "target.surveys": _t("满意度调查", "滿意度調查", "Satisfaction surveys"),
    "target.surveys.threshold": _t("≥ {value} 次/年", "≥ {value} 次/年", "≥ {value} a year"),
    "target.surveys.actual": _t("{value} 次", "{value} 次", "{value}"),
    "target.surveys.basis": _t(
        "本年已开展 {held} 次，截至本月应开展 {required_so_far} 次",
        "本年已開展 {held} 次，截至本月應開展 {required_so_far} 次",
        "{held} held this year; {required_so_far} due by this month",
    ),
    "target.surveys.source": _t("满意度调查", "滿意度調查", "Satisfaction surveys"),
    "target.community_events": _t("社区活动", "社區活動", "Community events"),
    "target.community_events.threshold": _t(
        "≥ {value} 次/月", "≥ {value} 次/月", "≥ {value} a month"
    ),
    "target.community_events.actual": _t("{value} 次", "{value} 次", "{value}"),
    "target.community_events.basis": _t(
        "共举办 {held} 次；不足月份 {months_short} 个",
        "共舉辦 {held} 次；不足月份 {months_short} 個",
        "{held} held; {months_short} months short",
    ),
    "target.community_events.source": _t("社区活动记录", "社區活動記錄", "Community events"),
    "target.patrols": _t("巡逻按时完成率", "巡邏按時完成率", "Patrols on schedule"),
    "target.patrols.basis": _t(
        "完成 {done} / 计划 {scheduled} 次，漏巡 {missed} 次",
        "完成 {done} / 計劃 {scheduled} 次，漏巡 {missed} 次",
        "{done} of {scheduled} rounds walked, {missed} missed",
    ),
    "target.patrols.source": _t("巡逻记录", "巡邏記錄", "Patrol records"),
    "target.repair_arrival": _t("维修及时到场率", "維修及時到場率", "Repairs reached in time"),
    "target.repair_arrival.basis": _t(
        "按时 {met}，超时 {late}，逾期未到场 {overdue}；未到时限 {pending}",
        "按時 {met}，超時 {late}，逾期未到場 {overdue}；未到時限 {pending}",
        "in time {met}, late {late}, overdue {overdue}; not yet due {pending}",
    ),
    "target.repair_arrival.source": _t("报修工单", "報修工單", "Repair tickets"),
    "target.complaints_in_time": _t(
        "投诉及时处理率", "投訴及時處理率", "Complaints answered in time"
    ),
    "target.complaints_in_time.basis": _t(
        "按时答复 {answered_in_time} / {due} 件，回访 {followed_up} / {closed} 件",
        "按時答覆 {answered_in_time} / {due} 件，回訪 {followed_up} / {closed} 件",
        "{answered_in_time} of {due} answered in time; {followed_up} of {closed} followed up",
    ),
    "target.complaints_in_time.source": _t("投诉处理记录", "投訴處理記錄", "Complaint records"),
    # Gate.
    # The month's counts of each kind of journal entry, named as the journal names it.
    "gate.resident_entries": with_english("gate_kind.resident_entry", "Resident card entries"),
    "gate.refused_cards": with_english("gate_kind.refused_card", "Cards refused"),
    "gate.visitors_in": with_english("gate_kind.visitor_in", "Visitors in"),
    "gate.visitors_out": with_english("gate_kind.visitor_out", "Visitors out"),
    "gate.vehicles_in": with_english("gate_kind.vehicle_in", "Vehicles in"),
    "gate.vehicles_out": with_english("gate_kind.vehicle_out", "Vehicles out"),
    "gate.items_in": GLOSSARY["gate_kind.item_in"],
    "gate.items_out": GLOSSARY["gate_kind.item_out"],
    "gate.notices": with_english("gate_kind.parking_notice", "Parking notices"),
    "gate.fees": _t("停车费收入", "停車費收入", "Parking fees"),
    "gate.events": _t("登记总数", "登記總數", "Journal entries"),
    "gate.figure": _t("项目", "項目", "Item"),
    "gate.month_total": _t("本月合计", "本月合計", "Month"),
    "gate.daily_average": _t("日均", "日均", "Daily average"),
    "gate.busiest": _t("最繁忙日", "最繁忙日", "Busiest day"),
    "gate.busiest_text": _t(
        "最繁忙的一天为 {day}，进入 {count} 人次/车次。",
        "最繁忙的一天為 {day}，進入 {count} 人次/車次。",
        "The busiest day was {day}, with {count} entries.",
    ),
    "chart.daily_traffic": _t("每日进入流量", "每日進入流量", "Daily entries at the gate"),
    "chart.daily_fees": _t(
        "每日停车费收入（元）", "每日停車費收入（元）", "Daily parking fees (yuan)"
    ),
    "chart.by_category": _t("报修类别分布", "報修類別分佈", "Tickets by category"),
    "chart.sla": _t(
        "按紧急程度的及时到场率", "按緊急程度的及時到場率", "Reached in time, by priority"
    ),
    "chart.backlog": _t(
        "未完成工单账龄（截至 {as_of}）",
        "未完成工單賬齡（截至 {as_of}）",
        "Open tickets by age (as of {as_of})",
    ),
    "chart.day_axis": _t("日", "日", "Day"),
    "legend.residents": _t("住户", "住戶", "Residents"),
    "legend.visitors": _t("访客", "訪客", "Visitors"),
    "legend.vehicles": _t("车辆", "車輛", "Vehicles"),
    "legend.in_time": _t("按时", "按時", "In time"),
    "legend.late": _t("超时/逾期", "超時/逾期", "Late or overdue"),
    # Repairs.
    "repairs.opened": _t("本月新报修", "本月新報修", "Reported this month"),
    "repairs.resolved": _t("本月完成", "本月完成", "Closed this month"),
    "repairs.cancelled": _t("本月取消", "本月取消", "Cancelled this month"),
    "repairs.arrival": _t("及时到场率", "及時到場率", "Reached in time"),
    "repairs.average_rating": _t("平均回访评分", "平均回訪評分", "Average follow-up rating"),
    "repairs.rating_value": _t(
        "{value} 分（{count} 次回访）",
        "{value} 分（{count} 次回訪）",
        "{value} of 5 ({count} follow-ups)",
    ),
    "repairs.backlog": _t("月末未完成工单", "月末未完成工單", "Open at month end"),
    "repairs.figure": _t("项目", "項目", "Item"),
    "repairs.value": _t("数值", "數值", "Value"),
    "repairs.priority": _t("紧急程度", "緊急程度", "Priority"),
    "repairs.category": _t("类别", "類別", "Category"),
    "repairs.count": _t("件数", "件數", "Tickets"),
    "repairs.share": _t("占比", "佔比", "Share"),
    # A count, beside the share "repairs.arrival": two columns, two names.
    "repairs.in_time": _t("按时到场", "按時到場", "Arrived in time"),
    # The tickets the share is of: reached (in time or late), or overdue unreached.
    "repairs.judged": _t("已到场或已超时", "已到場或已超時", "Arrived or overdue"),
    "repairs.no_open": _t(
        "月末没有未完成的工单。", "月末沒有未完成的工單。", "No ticket was open at the month's end."
    ),
    "repairs.open_items_note": _t(
        "以下为 {as_of} 时仍未完成的最早 {shown} 张工单（共 {total} 张）；状态为当时的状态。",
        "以下為 {as_of} 時仍未完成的最早 {shown} 張工單（共 {total} 張）；狀態為當時的狀態。",
        "The {shown} oldest of the {total} tickets still open at {as_of}, in the state they "
        "were in then.",
    ),
    "age.0": _t("1 天内", "1 天內", "Under 1 day"),
    "age.1": _t("1–3 天", "1–3 天", "1–3 days"),
    "age.2": _t("3–7 天", "3–7 天", "3–7 days"),
    "age.3": _t("7–30 天", "7–30 天", "7–30 days"),
    "age.4": _t("30 天以上", "30 天以上", "Over 30 days"),
    "age.days": _t("{days} 天", "{days} 天", "{days} d"),
    "age.hours": _t("{hours} 小时", "{hours} 小時", "{hours} h"),
    "col.number": _t("工单号", "工單號", "Ticket"),
    "col.reported": _t("报修时间", "報修時間", "Reported"),
    "col.location": _t("位置", "位置", "Location"),
    "col.state": _t("状态", "狀態", "State"),
    "col.technician": GLOSSARY["technician"],
    "col.age": _t("已等待", "已等待", "Age"),
    "col.overdue": _t("逾期", "逾期", "Overdue"),
    # The ticket codes, in the glossary's words (the screen's and the dispatch slip's).
    **group("repair_category", "category"),
    **group("repair_priority", "priority"),
    **group("repair_state", "state"),
    **group("repair_channel", "channel"),
    "yes": _t("是", "是", "yes"),
    "no": _t("否", "否", "no"),
    # Complaints (the month's figures, the Pareto chart, repeat places, open ones,
    # the complaints' and inquiries' sheets).
    **COMPLAINT_LABELS,
    # Inspections (the section, the failed items, the equipment due, the three sheets).
    **INSPECTION_REPORT_LABELS,
    # Signatures.
    "sign.intro": _t(
        "以上内容经物业服务中心与业主委员会代表审核确认。",
        "以上內容經物業服務中心與業主委員會代表審核確認。",
        "Reviewed and confirmed by the property service centre and the owners' committee.",
    ),
    "sign.manager": _t("物业服务中心经理", "物業服務中心經理", "Manager, property service centre"),
    "sign.committee": _t("业主委员会代表", "業主委員會代表", "Owners' committee representative"),
    "sign.signature": _t("签字：{line}", "簽字：{line}", "Signature: {line}"),
    "sign.date": _t("日期：{line}", "日期：{line}", "Date: {line}"),
    # The workbook: sheet names (≤ 31 characters, none of : \ / ? * [ ]) and headers.
    "sheet.summary": _t("目标汇总", "目標匯總", "Targets"),
    "sheet.daily": _t("门岗每日统计", "門崗每日統計", "Gate by day"),
    "sheet.gate": _t("门岗日志", "門崗日誌", "Gate journal"),
    "sheet.repairs": _t("报修工单", "報修工單", "Repair tickets"),
    "xlsx.unit": _t("单位", "單位", "Unit"),
    "xlsx.threshold_value": _t("目标值（数值）", "目標值（數值）", "Target (number)"),
    "xlsx.actual_value": _t("本期实际（数值）", "本期實際（數值）", "Actual (number)"),
    "xlsx.unit.percent": _t("%", "%", "%"),
    "xlsx.unit.count": _t("次", "次", "count"),
    "xlsx.window": _t("统计期间", "統計期間", "Counted over"),
    "xlsx.day": _t("日期", "日期", "Date"),
    "xlsx.time": _t("时间", "時間", "Time"),
    "xlsx.kind": _t("类型", "類型", "Kind"),
    "xlsx.station": _t("岗位", "崗位", "Station"),
    "xlsx.username": _t("值班人", "值班人", "On duty"),
    "xlsx.card": _t("卡号", "卡號", "Card"),
    "xlsx.name": _t("姓名", "姓名", "Name"),
    "xlsx.unit_code": _t("房号", "房號", "Unit"),
    "xlsx.plate": _t("车牌号", "車牌號", "Plate"),
    "xlsx.pass": _t("单据号", "單據號", "Pass or slip"),
    "xlsx.permit": _t("临时停车证号", "臨時停車證號", "Parking permit"),
    "xlsx.purpose": _t("事由", "事由", "Purpose"),
    "xlsx.description": _t("描述", "描述", "Description"),
    "xlsx.place": _t("地点", "地點", "Place"),
    "xlsx.fee": _t("收费（元）", "收費（元）", "Fee (yuan)"),
    "xlsx.closed": _t("离开/结束时间", "離開/結束時間", "Left or ended"),
    "xlsx.note": _t("备注", "備註", "Note"),
    # The notes the gate writes on a refused card (stored as English codes).
    "note.unknown_card": _t("卡未登记", "卡未登記", "card not registered"),
    "note.card_lost": _t("卡已挂失", "卡已掛失", "card reported lost"),
    "note.card_revoked": _t("卡已注销", "卡已註銷", "card revoked"),
    "note.card_returned": _t("已退卡", "已退卡", "card returned"),
    # A gate journal row voided as wrong: kept in the sheet, marked (who, when, why).
    "xlsx.voided": _t("作废", "作廢", "Voided"),
    "xlsx.void_note": _t(
        "已作废：{reason}（{by}，{at}）",
        "已作廢：{reason}（{by}，{at}）",
        "Voided: {reason} ({by}, {at})",
    ),
    "xlsx.channel": _t("来源", "來源", "Channel"),
    "xlsx.paid": _t("有偿", "有償", "Paid"),
    "xlsx.reporter": _t("报修人", "報修人", "Reporter"),
    "xlsx.taken_by": _t("受理人", "受理人", "Taken by"),
    "xlsx.phone": _t("电话", "電話", "Phone"),
    "xlsx.due": _t("应到场时间", "應到場時間", "Arrival due"),
    "xlsx.arrived": _t("到场时间", "到場時間", "Arrived"),
    "xlsx.arrival_met": _t("按时到场", "按時到場", "Arrived in time"),
    "xlsx.ticket_closed": _t("关闭时间", "關閉時間", "Closed"),
    "xlsx.rating": _t("回访评分", "回訪評分", "Rating"),
    "xlsx.outcome": _t("结果", "結果", "Outcome"),
    **group("repair_outcome", "outcome"),
    **group("gate_kind", "kind"),
    # The patrol rounds' sheet (`propdesk export patrol`, the workbook's patrol sheet).
    "sheet.patrol": _t("巡逻记录", "巡邏記錄", "Patrol rounds"),
    "patrol.round": _t("巡逻单号", "巡邏單號", "Round"),
    "patrol.route": _t("路线", "路線", "Route"),
    "patrol.guard": _t("巡逻人员", "巡邏人員", "Guard"),
    "patrol.slot": _t("应巡时间", "應巡時間", "Slot"),
    "patrol.started": _t("开始时间", "開始時間", "Started"),
    "patrol.finished": _t("结束时间", "結束時間", "Finished"),
    "patrol.state": _t("状态", "狀態", "State"),
    "patrol.verdict": _t("考核", "考核", "On schedule"),
    "patrol.source": _t("记录方式", "記錄方式", "Recorded"),
    "patrol.visited": _t("已巡点数", "已巡點數", "Checkpoints reached"),
    "patrol.total": _t("应巡点数", "應巡點數", "Checkpoints"),
    "patrol.out_of_order": _t("顺序异常", "順序異常", "Out of order"),
    "patrol.too_fast": _t("过快", "過快", "Too fast"),
    "patrol.issues": _t("发现问题", "發現問題", "Issues"),
    "patrol.abandon_reason": _t("中止原因", "中止原因", "Abandoned because"),
    **group("round_state", "round_state"),
    **group("patrol_verdict", "verdict"),
    **group("round_source", "round_source"),
}

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


CHINESE_DIGITS = "一二三四五六七八九"


def text(key: str, lang: str | None, **params: object) -> str:
    """The text of `key` in `lang`, filled in; KeyError for a key not in the catalogue."""
    template = MONTHLY_LABELS[key][normalise_lang(lang)]
    return template.format(**params) if params else template


def has(key: str) -> bool:
    return key in MONTHLY_LABELS


def numbered_title(number: int, title: str, lang: str | None) -> str:
    """A section's heading with its number: 二、门岗登记 / 2. Gate log (1 to 99)."""
    if not 0 < number < 100:
        raise ValueError(f"a section number from 1 to 99, not {number}")
    shown = str(number) if normalise_lang(lang) == "en" else _chinese_number(number)
    return text("section.number", lang, number=shown, title=title)


def _chinese_number(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else "十" if tens == 1 else CHINESE_DIGITS[tens - 1] + "十"
    return head + (CHINESE_DIGITS[ones - 1] if ones else "")


def month_title(year: int, month: int, lang: str | None) -> str:
    """2026年10月 / October 2026."""
    return text("month", lang, year=year, month=month, month_name=MONTH_NAMES[month - 1])
