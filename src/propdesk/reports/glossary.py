"""One vocabulary: what the estate's things are called, on screen and on paper alike.

A guard who reads 临时出入证 on the gate screen hands out a slip that says the same, and
the committee's monthly report counts the same word. The papers (slips, the monthly
report and workbook, the patrol log, the import templates) take these words into
their label tables; the screen's Qt catalogues (resources/translations/*.ts) translate
the screen's texts into them, and tests/unit/test_glossary.py holds the two together.

Keys of a coded thing end in the code the services store (`repair_state.quoted`), so a
label table takes a whole group under its own prefix (`group`). `AVOID` lists the words
once used for a term next to this one: they must not come back, on screen or on paper.
"""

from __future__ import annotations

from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

_PARKING_NOTICE = _t("违停告知单", "違停告知單", "Parking notice")

GLOSSARY: dict[str, Trilingual] = {
    # The gate's papers and the vehicles it tells apart.
    "visitor_pass": _t("临时出入证", "臨時出入證", "Visitor pass"),
    "pass_number": _t("临时出入证号", "臨時出入證號", "Pass number"),
    "parking_permit": _t("临时停车证", "臨時停車證", "Parking permit"),
    "release_slip": _t("放行条", "放行條", "Release slip"),
    # Writing one out (开放行条 read as "open").
    "issue_release_slip": _t("开具放行条", "開具放行條", "New release slip"),
    "parking_notice": _PARKING_NOTICE,
    "resident_vehicle": _t("住户车辆", "住戶車輛", "Resident's vehicle"),
    "visitor_vehicle": _t("外来车辆", "外來車輛", "Visitor vehicle"),
    # What a shift hands on to the next (the handover's last part).
    "open_matters": _t("待办事项", "待辦事項", "Open matters"),
    # What the gate journal records (GateEventKind).
    "gate_kind.resident_entry": _t("住户刷卡", "住戶刷卡", "Resident entry"),
    "gate_kind.refused_card": _t("刷卡被拒", "刷卡被拒", "Card refused"),
    "gate_kind.visitor_in": _t("访客进入", "訪客進入", "Visitor in"),
    "gate_kind.visitor_out": _t("访客离开", "訪客離開", "Visitor out"),
    "gate_kind.vehicle_in": _t("车辆入场", "車輛入場", "Vehicle in"),
    "gate_kind.vehicle_out": _t("车辆出场", "車輛出場", "Vehicle out"),
    "gate_kind.item_in": _t("物品进入", "物品進入", "Items in"),
    "gate_kind.item_out": _t("物品放行", "物品放行", "Items out"),
    "gate_kind.parking_notice": _PARKING_NOTICE,
    # An access card's state (CardStatus).
    "card_status.active": _t("有效", "有效", "Active"),
    "card_status.lost": _t("挂失", "掛失", "Lost"),
    "card_status.revoked": _t("注销", "註銷", "Revoked"),
    "card_status.returned": _t("已退卡", "已退卡", "Returned"),
    # Repairs: the ticket, who does the work, and the ticket's codes.
    "repair_ticket": _t("报修工单", "報修工單", "Repair ticket"),
    "technician": _t("维修工", "維修工", "Technician"),
    "repair_state.reported": _t("已报修", "已報修", "Reported"),
    "repair_state.dispatched": _t("已派工", "已派工", "Dispatched"),
    "repair_state.arrived": _t("已到场", "已到場", "Technician on site"),
    "repair_state.diagnosed": _t("已诊断", "已診斷", "Diagnosed"),
    # The one who pays may be a tenant: the resident (住户) approves, not the owner.
    "repair_state.quoted": _t("待住户确认报价", "待住戶確認報價", "Waiting for approval"),
    "repair_state.approved": _t("报价已确认", "報價已確認", "Quote approved"),
    "repair_state.in_repair": _t("维修中", "維修中", "Being repaired"),
    "repair_state.completed": _t("已完工", "已完工", "Completed"),
    "repair_state.signed_off": _t("已签字确认", "已簽名確認", "Signed off"),
    "repair_state.followed_up": _t("已回访", "已回訪", "Followed up"),
    "repair_state.closed": _t("已关闭", "已關閉", "Closed"),
    "repair_state.cancelled": _t("已取消", "已取消", "Cancelled"),
    "repair_outcome.resolved": _t("已解决", "已解決", "Resolved"),
    "repair_outcome.refused": _t("住户拒绝报价", "住戶拒絕報價", "Quote refused"),
    "repair_outcome.cancelled": _t("已取消", "已取消", "Cancelled"),
    "repair_priority.emergency": _t("紧急", "緊急", "Emergency"),
    "repair_priority.urgent": _t("加急", "加急", "Urgent"),
    "repair_priority.normal": _t("一般", "一般", "Normal"),
    "repair_category.plumbing": _t("给排水", "給排水", "Plumbing"),
    # What the technician comes for: wiring and appliances.
    "repair_category.electrical": _t("电路电器", "電路電器", "Electrical"),
    "repair_category.lift": _t("电梯", "電梯", "Lift"),
    "repair_category.doors_locks": _t("门窗锁具", "門窗鎖具", "Doors and locks"),
    "repair_category.leaks_cracks": _t("渗漏裂缝", "滲漏裂縫", "Leaks and cracks"),
    "repair_category.fire_equipment": _t("消防设施", "消防設施", "Fire equipment"),
    "repair_category.public_facilities": _t("公共设施", "公共設施", "Public facilities"),
    "repair_category.other": _t("其他", "其他", "Other"),
    "repair_channel.hotline": _t("服务热线", "服務專線", "Hotline"),
    "repair_channel.walk_in": _t("前台来访", "櫃檯來訪", "At the front desk"),
    "repair_channel.patrol": _t("巡逻发现", "巡邏發現", "Found on patrol"),
    "repair_channel.inspection": _t("巡检发现", "巡檢發現", "Found in an inspection"),
    "repair_channel.complaint": _t("投诉转报修", "投訴轉報修", "From a complaint"),
    "repair_channel.other": _t("其他", "其他", "Other"),
    # Patrol: how a slot was answered, a round's state and how it was recorded, and
    # what a guard may find.
    "patrol_verdict.on_time": _t("准时", "準時", "On time"),
    "patrol_verdict.late": _t("迟到", "遲到", "Late"),
    "patrol_verdict.missed": _t("漏巡", "漏巡", "Missed"),
    "round_state.open": _t("进行中", "進行中", "Under way"),
    "round_state.finished": _t("已完成", "已完成", "Finished"),
    "round_state.abandoned": _t("已中止", "已中止", "Abandoned"),
    "round_source.live": _t("工作站扫码", "工作站掃碼", "Scanned at the station"),
    "round_source.paper": _t("纸质补录", "紙本補錄", "Entered later from paper"),
    "round_source.wand": _t("巡更棒导入", "巡更棒匯入", "Imported from a patrol wand"),
    "finding_category.doors_windows": _t("门窗", "門窗", "Doors and windows"),
    "finding_category.fire_equipment": _t("消防设施", "消防設施", "Fire equipment"),
    "finding_category.lighting": _t("照明", "照明", "Lighting"),
    "finding_category.facilities": _t("公共设施", "公共設施", "Facilities"),
    "finding_category.security": _t("治安", "治安", "Security"),
    "finding_category.hygiene": _t("环境卫生", "環境衛生", "Hygiene"),
    "finding_category.other": _t("其他", "其他", "Other"),
    # Complaints and inquiries: the records, and the codes a complaint and an inquiry
    # store (the handling sheet's words, reports.slips.complaint_sheet_labels).
    "complaint": _t("投诉", "投訴", "Complaint"),
    "inquiry": _t("咨询", "諮詢", "Inquiry"),
    "follow_up_visit": _t("回访", "回訪", "Follow-up visit"),
    "complaint_category.security": _t("安全秩序", "安全秩序", "Security"),
    "complaint_category.cleaning": _t("保洁", "清潔", "Cleaning"),
    "complaint_category.greening": _t("绿化", "綠化", "Greening"),
    "complaint_category.facilities": _t("设施设备", "設施設備", "Facilities"),
    "complaint_category.noise": _t("噪音", "噪音", "Noise"),
    "complaint_category.parking": _t("停车", "停車", "Parking"),
    "complaint_category.staff_conduct": _t("员工服务", "員工服務", "Staff conduct"),
    "complaint_category.fees": _t("收费", "收費", "Fees"),
    "complaint_category.other": _t("其他", "其他", "Other"),
    "complaint_channel.phone": _t("电话", "電話", "Phone"),
    "complaint_channel.visit": _t("来访", "來訪", "At the front desk"),
    "complaint_channel.letter": _t("信函", "信函", "Letter"),
    "complaint_channel.wechat": _t("微信", "微信", "WeChat"),
    "complaint_channel.suggestion_box": _t("意见箱", "意見箱", "Suggestion box"),
    "complaint_severity.serious": _t("严重", "嚴重", "Serious"),
    "complaint_severity.normal": _t("一般", "一般", "Normal"),
    "complaint_severity.minor": _t("轻微", "輕微", "Minor"),
    "complaint_state.received": _t("已受理", "已受理", "Received"),
    "complaint_state.handling": _t("处理中", "處理中", "Being handled"),
    "complaint_state.answered": _t("已答复", "已答覆", "Answered"),
    "complaint_state.satisfied": _t("待结案", "待結案", "To be closed"),
    "complaint_state.closed": _t("已结案", "已結案", "Closed"),
    "complaint_state.voided": _t("已作废", "已作廢", "Voided"),
    "complaint_verdict.satisfied": _t("满意", "滿意", "Satisfied"),
    "complaint_verdict.not_satisfied": _t("不满意", "不滿意", "Not satisfied"),
    "complaint_root_cause.staff_service": _t("员工服务", "員工服務", "Staff service"),
    "complaint_root_cause.process": _t("制度流程", "制度流程", "Process"),
    "complaint_root_cause.equipment": _t("设施设备", "設施設備", "Equipment"),
    "complaint_root_cause.contractor": _t("外包单位", "外包單位", "Contractor"),
    "complaint_root_cause.resident": _t("其他住户", "其他住戶", "Another resident"),
    "complaint_root_cause.communication": _t("沟通告知", "溝通告知", "Communication"),
    "complaint_root_cause.design": _t("规划设计", "規劃設計", "Design"),
    "complaint_root_cause.unfounded": _t("投诉不成立", "投訴不成立", "Unfounded"),
    "complaint_root_cause.other": _t("其他", "其他", "Other"),
    "inquiry_kind.question": _t("咨询", "諮詢", "Question"),
    "inquiry_kind.suggestion": _t("建议", "建議", "Suggestion"),
    "inquiry_state.open": _t("待答复", "待答覆", "Answer promised"),
    "inquiry_state.answered": _t("已答复", "已答覆", "Answered"),
    "inquiry_state.converted": _t("已转办", "已轉辦", "Passed on"),
}

# Words that once named a term in one place while another place said the glossary's
# word. None of them may appear in a screen translation or a paper's label table.
AVOID: dict[str, tuple[str, ...]] = {
    "visitor_pass": ("通行证", "通行證"),
    "issue_release_slip": ("开放行条", "開放行條"),
    "parking_notice": ("违停通知", "違停通知"),
    "resident_vehicle": ("业主车辆", "業主車輛"),
    "visitor_vehicle": ("访客车辆", "訪客車輛"),
    "open_matters": ("未了事项", "未了事項"),
    "gate_kind.refused_card": ("拒绝刷卡", "拒絕刷卡", "拒绝的门禁卡", "拒絕的門禁卡"),
    "gate_kind.vehicle_in": ("车辆进场", "車輛進場"),
    "card_status.returned": ("已退还", "已退還"),
    "repair_ticket": ("维修工单", "維修工單"),
    "technician": ("维修人员", "維修人員"),
    "repair_state.quoted": ("业主确认报价", "業主確認報價"),
    "repair_state.approved": ("报价已同意", "報價已同意"),
    "repair_state.signed_off": ("签收", "簽收", "簽字確認"),
    "repair_outcome.refused": ("业主拒绝报价", "業主拒絕報價", "报价被拒绝", "報價被拒絕"),
    "repair_priority.normal": ("普通",),
    "repair_category.electrical": ("电气", "電氣"),
    "repair_channel.hotline": ("服務熱線",),
    "repair_channel.walk_in": ("前台來訪",),
    "repair_channel.complaint": ("投诉转入", "投訴轉入"),
    "round_source.live": ("现场扫码", "現場掃碼"),
    "round_source.paper": ("紙質補錄",),
    "round_source.wand": ("巡更棒導入",),
}


def term(key: str, lang: str | None) -> str:
    """The term's word in `lang`; KeyError for a key that is not in the glossary."""
    return GLOSSARY[key][normalise_lang(lang)]


def group(prefix: str, as_prefix: str) -> dict[str, Trilingual]:
    """The terms `prefix.*` as a label table's entries `as_prefix.*`: the patrol log's
    "verdict.late" is the glossary's "patrol_verdict.late"."""
    head = prefix + "."
    return {
        as_prefix + "." + key.removeprefix(head): words
        for key, words in GLOSSARY.items()
        if key.startswith(head)
    }


def with_english(key: str, en: str) -> Trilingual:
    """The term's Chinese words with another English form of it: a count's plural
    ("Cards refused"), a title's capitals, a word inside a sentence."""
    return {**GLOSSARY[key], "en": en}
