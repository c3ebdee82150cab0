"""The monthly report's and the workbook's words for the complaints module (its
section, its Pareto chart, the complaints' and inquiries' sheets), in the three
languages; merged into monthly.labels.MONTHLY_LABELS and read through its `text`.
Codes are named in the glossary's words."""

from __future__ import annotations

from propdesk.reports.glossary import group
from propdesk.reports.labels import Trilingual
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

COMPLAINT_LABELS: dict[str, Trilingual] = {
    # The month's figures, the Pareto chart, repeat places, open ones.
    "complaints.received": _t("本月受理投诉", "本月受理投訴", "Received this month"),
    "complaints.in_time": _t("按时答复率", "按時答覆率", "Answered in time"),
    "complaints.late": _t("超时答复", "超時答覆", "Answered late"),
    "complaints.overdue": _t("逾期未答复", "逾期未答覆", "Overdue, not answered"),
    "complaints.pending": _t("未到答复期限", "未到答覆期限", "Not yet due"),
    "complaints.verdict_share": _t("投诉人满意率", "投訴人滿意率", "Complainants satisfied"),
    "complaints.sent_back": _t(
        "退回重办后满意", "退回重辦後滿意", "Satisfied after being sent back"
    ),
    "complaints.not_satisfied": _t("仍不满意", "仍不滿意", "Still not satisfied"),
    "complaints.follow_up_rate": _t("回访率", "回訪率", "Followed up"),
    "complaints.open": _t("月末未结案", "月末未結案", "Open at month end"),
    "complaints.category": _t("投诉类别", "投訴類別", "Category"),
    "complaints.count": _t("件数", "件數", "Complaints"),
    "complaints.share": _t("占比", "佔比", "Share"),
    "complaints.cumulative": _t("累计占比", "累計佔比", "Cumulative share"),
    "complaints.share_percent": _t("占比（%）", "佔比（%）", "Share (%)"),
    "complaints.cumulative_percent": _t("累计占比（%）", "累計佔比（%）", "Cumulative share (%)"),
    "complaints.basis": _t(
        "以上数字为本月受理的投诉（已作废的除外）；答复是否按时截至 {as_of}。",
        "以上數字為本月受理的投訴（已作廢的除外）；答覆是否按時截至 {as_of}。",
        "Of the complaints received this month (voided ones left out); answers judged "
        "as of {as_of}.",
    ),
    "complaints.none": _t(
        "本月没有受理投诉。", "本月沒有受理投訴。", "No complaint was received this month."
    ),
    "complaints.repeats": _t(
        "重复投诉地点（90 天内 3 次及以上）",
        "重複投訴地點（90 天內 3 次及以上）",
        "Places complained about 3 times or more within 90 days",
    ),
    "complaints.no_repeats": _t(
        "截至月末的 90 天内，没有地点被投诉 3 次及以上。",
        "截至月末的 90 天內，沒有地點被投訴 3 次及以上。",
        "No place was complained about 3 times or more in the 90 days to the month's end.",
    ),
    "complaints.place": _t("地点", "地點", "Place"),
    "complaints.times": _t("次数", "次數", "Times"),
    "complaints.window": _t("期间", "期間", "Between"),
    "complaints.in_90_days": _t("90 天内合计", "90 天內合計", "In the 90 days"),
    "complaints.no_open": _t(
        "月末没有未结案的投诉。",
        "月末沒有未結案的投訴。",
        "No complaint was open at the month's end.",
    ),
    "complaints.open_items_note": _t(
        "以下为 {as_of} 时仍未结案的最早 {shown} 件投诉（共 {total} 件）；状态为当时的状态。",
        "以下為 {as_of} 時仍未結案的最早 {shown} 件投訴（共 {total} 件）；狀態為當時的狀態。",
        "The {shown} oldest of the {total} complaints still open at {as_of}, in the state "
        "they were in then.",
    ),
    "chart.pareto": _t(
        "投诉类别排列图（帕累托图）", "投訴類別柏拉圖", "Complaints by category (Pareto)"
    ),
    # The Pareto chart's series, as domain.complaints.analysis.pareto_chart names them.
    "legend.complaints": _t("投诉件数", "投訴件數", "Complaints"),
    "legend.cumulative_share": _t("累计占比", "累計佔比", "Cumulative share"),
    "col.complaint": _t("投诉编号", "投訴編號", "Complaint"),
    "col.received": _t("受理时间", "受理時間", "Received"),
    "col.severity": _t("严重程度", "嚴重程度", "Severity"),
    "col.handler": _t("责任人", "責任人", "Handled by"),
    "col.answer_due": _t("答复期限", "答覆期限", "Answer due"),
    **group("complaint_category", "complaint_category"),
    **group("complaint_channel", "complaint_channel"),
    **group("complaint_severity", "complaint_severity"),
    **group("complaint_state", "complaint_state"),
    **group("complaint_verdict", "complaint_verdict"),
    **group("complaint_root_cause", "complaint_root_cause"),
    **group("inquiry_kind", "inquiry_kind"),
    **group("inquiry_state", "inquiry_state"),
    # The complaints' and inquiries' sheets (`propdesk export complaints|inquiries`).
    "sheet.complaints": _t("投诉记录", "投訴記錄", "Complaints"),
    "sheet.complaints_pareto": _t("投诉类别统计", "投訴類別統計", "Complaints by category"),
    "sheet.inquiries": _t("咨询登记", "諮詢登記", "Inquiries"),
    "xlsx.anonymous": _t("匿名", "匿名", "Anonymous"),
    "xlsx.complainant": _t("投诉人", "投訴人", "Complainant"),
    "xlsx.department": _t("责任部门", "責任部門", "Department"),
    "xlsx.round": _t("处理轮次", "處理輪次", "Round"),
    "xlsx.first_answered": _t("首次答复时间", "首次答覆時間", "First answered"),
    "xlsx.answered_in_time": _t("按时答复", "按時答覆", "Answered in time"),
    "xlsx.investigation": _t("调查情况", "調查情況", "Investigation"),
    "xlsx.resolution": _t("处理结果", "處理結果", "Resolution"),
    "xlsx.verdict": _t("投诉人意见", "投訴人意見", "Verdict"),
    "xlsx.root_cause": _t("根本原因", "根本原因", "Root cause"),
    "xlsx.root_cause_text": _t("原因说明", "原因說明", "Root cause, in words"),
    "xlsx.corrective_action": _t("整改措施", "整改措施", "Corrective action"),
    "xlsx.complaint_closed": _t("结案时间", "結案時間", "Closed"),
    "xlsx.manager_closed": _t("经理结案原因", "經理結案原因", "Closed by a manager because"),
    "xlsx.follow_up_at": _t("回访时间", "回訪時間", "Followed up"),
    "xlsx.repair_ticket": _t("关联维修单", "關聯維修單", "Repair ticket"),
    "xlsx.inquiry": _t("咨询编号", "諮詢編號", "Inquiry"),
    "xlsx.asked": _t("登记时间", "登記時間", "Asked"),
    "xlsx.asker": _t("咨询人", "諮詢人", "Asked by"),
    "xlsx.question": _t("咨询内容", "諮詢內容", "Question"),
    "xlsx.answer": _t("答复内容", "答覆內容", "Answer"),
    "xlsx.promised_by": _t("承诺答复时间", "承諾答覆時間", "Answer promised by"),
    "xlsx.answered_at": _t("答复时间", "答覆時間", "Answered"),
    "xlsx.promise_kept": _t("按时答复", "按時答覆", "Answered as promised"),
    "xlsx.became": _t("转为", "轉為", "Passed on as"),
}
