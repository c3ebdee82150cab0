"""The fixed words printed on the complaint handling sheet (投诉处理单), in the three
languages the app speaks.

The sheet goes into the complaint's paper file and to the manager who signs it, away
from the Qt catalogues, so its words live here like the repair slip's
(`repair_slip_labels`). A linked repair ticket's state is named in the glossary's words.
"""

from __future__ import annotations

from propdesk.reports.glossary import group
from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

COMPLAINT_SHEET_LABELS: dict[str, Trilingual] = {
    # The sheet's facts.
    "sheet.title": _t("投诉处理单", "投訴處理單", "Complaint Handling Sheet"),
    "sheet.number": _t("投诉编号", "投訴編號", "Complaint no."),
    "received_at": _t("受理时间", "受理時間", "Received at"),
    "channel": _t("投诉渠道", "投訴渠道", "Channel"),
    "complainant": _t("投诉人", "投訴人", "Complainant"),
    "anonymous": _t("匿名", "匿名", "Anonymous"),
    "phone": _t("联系电话", "聯絡電話", "Phone"),
    "place": _t("投诉地点", "投訴地點", "Place"),
    "category": _t("投诉类别", "投訴類別", "Category"),
    "severity": _t("严重程度", "嚴重程度", "Severity"),
    "description": _t("投诉内容", "投訴內容", "Complaint"),
    "deadline": _t("答复期限", "答覆期限", "Answer due by"),
    "state": _t("当前状态", "目前狀態", "State"),
    "handler": _t("责任部门 / 责任人", "責任部門／責任人", "Department / handled by"),
    "repair": _t("关联维修单", "關聯維修單", "Linked repair ticket"),
    "none": _t("无", "無", "None"),
    "separator": _t("；", "；", "; "),
    "colon": _t("：", "：", ": "),
    "aside": _t("{text}（{aside}）", "{text}（{aside}）", "{text} ({aside})"),
    # The timeline.
    "timeline.at": _t("时间", "時間", "Time"),
    "timeline.by": _t("经办人", "經辦人", "By"),
    "timeline.step": _t("环节", "環節", "Step"),
    "timeline.what": _t("处理情况", "處理情況", "What was done"),
    "timeline.round": _t("第{round}轮", "第{round}輪", "round {round}"),
    # What a step's own data is called in its "what was done" cell.
    "what.department": _t("部门", "部門", "Department"),
    "what.handler": _t("责任人", "責任人", "Handled by"),
    "what.investigation": _t("调查", "調查", "Found"),
    "what.resolution": _t("处理", "處理", "Done"),
    "what.reason": _t("原因", "原因", "Reason"),
    "what.root_cause": _t("根本原因", "根本原因", "Root cause"),
    "what.corrective_action": _t("整改措施", "整改措施", "Corrective action"),
    "what.rating": _t("评分 {rating}/5", "評分 {rating}/5", "rating {rating}/5"),
    # The outcome, under the timeline.
    "outcome.root_cause": _t(
        "根本原因及整改措施", "根本原因及整改措施", "Root cause and corrective action"
    ),
    "outcome.follow_up": _t("回访情况", "回訪情況", "Follow-up"),
    "outcome.follow_up_text": _t(
        "{at}，{visitor}（{method}）：{result}；评分 {rating}/5",
        "{at}，{visitor}（{method}）：{result}；評分 {rating}/5",
        "{at}, {visitor} ({method}): {result}; rating {rating}/5",
    ),
    "sign.handler": _t("处理人签字", "處理人簽名", "Handler's signature"),
    "sign.manager": _t("经理审核签字", "經理審核簽名", "Manager's signature"),
    "sign.complainant": _t("投诉人签字确认", "投訴人簽名確認", "Complainant's signature"),
    # The codes a complaint stores.
    "channel.phone": _t("电话", "電話", "Phone"),
    "channel.visit": _t("来访", "來訪", "At the front desk"),
    "channel.letter": _t("信函", "信函", "Letter"),
    "channel.wechat": _t("微信", "微信", "WeChat"),
    "channel.suggestion_box": _t("意见箱", "意見箱", "Suggestion box"),
    "category.security": _t("安全秩序", "安全秩序", "Security"),
    "category.cleaning": _t("保洁", "清潔", "Cleaning"),
    "category.greening": _t("绿化", "綠化", "Greening"),
    "category.facilities": _t("设施设备", "設施設備", "Facilities"),
    "category.noise": _t("噪音", "噪音", "Noise"),
    "category.parking": _t("停车", "停車", "Parking"),
    "category.staff_conduct": _t("员工服务", "員工服務", "Staff conduct"),
    "category.fees": _t("收费", "收費", "Fees"),
    "category.other": _t("其他", "其他", "Other"),
    "severity.serious": _t("严重", "嚴重", "Serious"),
    "severity.normal": _t("一般", "一般", "Normal"),
    "severity.minor": _t("轻微", "輕微", "Minor"),
    "state.received": _t("已受理", "已受理", "Received"),
    "state.handling": _t("处理中", "處理中", "Being handled"),
    "state.answered": _t("已答复", "已答覆", "Answered"),
    "state.satisfied": _t("待结案", "待結案", "To be closed"),
    "state.closed": _t("已结案", "已結案", "Closed"),
    "state.voided": _t("已作废", "已作廢", "Voided"),
    "step.receive": _t("受理", "受理", "Received"),
    "step.assign": _t("派单", "派單", "Assigned"),
    "step.reassign": _t("改派", "改派", "Reassigned"),
    "step.answer": _t("答复", "答覆", "Answered"),
    "step.verdict": _t("投诉人意见", "投訴人意見", "Complainant's verdict"),
    "step.close": _t("结案", "結案", "Closed"),
    "step.manager_close": _t("经理结案", "經理結案", "Closed by the manager"),
    "step.follow_up": _t("回访", "回訪", "Follow-up"),
    "step.void": _t("作废", "作廢", "Voided"),
    "step.link_repair": _t("转报修", "轉報修", "Repair ticket linked"),
    "verdict.satisfied": _t("满意", "滿意", "Satisfied"),
    "verdict.not_satisfied": _t("不满意", "不滿意", "Not satisfied"),
    "root_cause.staff_service": _t("员工服务", "員工服務", "Staff service"),
    "root_cause.process": _t("制度流程", "制度流程", "Process"),
    "root_cause.equipment": _t("设施设备", "設施設備", "Equipment"),
    "root_cause.contractor": _t("外包单位", "外包單位", "Contractor"),
    "root_cause.resident": _t("其他住户", "其他住戶", "Another resident"),
    "root_cause.communication": _t("沟通告知", "溝通告知", "Communication"),
    "root_cause.design": _t("规划设计", "規劃設計", "Design"),
    "root_cause.unfounded": _t("投诉不成立", "投訴不成立", "Unfounded"),
    "root_cause.other": _t("其他", "其他", "Other"),
    "method.phone": _t("电话回访", "電話回訪", "by phone"),
    "method.visit": _t("上门回访", "上門回訪", "in person"),
    "method.wechat": _t("微信回访", "微信回訪", "by WeChat"),
    **group("repair_state", "repair_state"),
}


def complaint_sheet_label(key: str, lang: str | None, **values: object) -> str:
    """The text of `key` in `lang`, with `{name}` placeholders filled from `values`;
    KeyError for a key that is not in the catalogue."""
    text = COMPLAINT_SHEET_LABELS[key][normalise_lang(lang)]
    return text.format(**values) if values else text


def coded(prefix: str, code: str, lang: str | None) -> str:
    """The name of a stored code (`category.noise`); the code itself when the table has
    no words for it (a code added later must still print, not fail the sheet)."""
    entry = COMPLAINT_SHEET_LABELS.get(f"{prefix}.{code}")
    return entry[normalise_lang(lang)] if entry is not None else code
