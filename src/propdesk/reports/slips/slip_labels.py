"""The fixed words printed on gate slips, in the three languages the app speaks.

A slip is paper handed to a visitor or a driver, printed away from the Qt catalogues
(and saved as PDF by a headless command too), so its words live here, like the
workbooks' words in `propdesk.reports.labels`. What the gate screen names too (the
pass, the release slip, the journal's kinds of entry) is in the glossary's words.
"""

from __future__ import annotations

from propdesk.reports.glossary import GLOSSARY, with_english
from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

SLIP_LABELS: dict[str, Trilingual] = {
    # Words on every slip.
    "office": _t(
        "{estate}物业服务中心", "{estate}物業服務中心", "{estate} Property Service Centre"
    ),
    "continued": _t("（续）", "（續）", "(continued)"),
    "station": _t("值班岗位", "值班崗位", "Station"),
    "guard": _t("值班保安", "值班警衛", "Guard on duty"),
    "plate": _t("车牌号", "車牌號", "Plate"),
    "unit": _t("房号", "房號", "Unit"),
    "notes": _t("须知", "須知", "Please note"),
    # Visitor pass.
    "visitor.title": _t("访客临时出入证", "訪客臨時出入證", "Visitor Pass"),
    "visitor.number": with_english("pass_number", "Pass no."),
    "visitor.name": _t("访客姓名", "訪客姓名", "Visitor"),
    "visitor.id": _t("证件号码", "證件號碼", "ID number"),
    "visitor.unit": _t("拜访房号", "拜訪房號", "Visiting unit"),
    "visitor.purpose": _t("来访事由", "來訪事由", "Purpose"),
    "visitor.entered": _t("进入时间", "進入時間", "Entered at"),
    "visitor.issued_by": _t("签发人", "簽發人", "Issued by"),
    "visitor.note": _t(
        "离开小区时请将本出入证交回岗亭。本证仅限本次来访使用。",
        "離開社區時請將本出入證交回崗亭。本證僅限本次來訪使用。",
        "Please return this pass at the gate when you leave. It is valid for this visit only.",
    ),
    # Parking receipt.
    "parking.title": _t("停车收费凭据", "停車收費憑據", "Parking Receipt"),
    "parking.number": _t("凭据号", "憑據號", "Receipt no."),
    "parking.entered": _t("入场时间", "入場時間", "Entered at"),
    "parking.left": _t("出场时间", "出場時間", "Left at"),
    "parking.duration": _t("停车时长", "停車時長", "Time parked"),
    "parking.fee": _t("收费金额", "收費金額", "Fee"),
    "parking.free_because": _t("免费原因", "免費原因", "Free because"),
    "parking.stated": _t(
        "（司机自述，无入场记录）",
        "（駕駛自述，無入場紀錄）",
        "(stated by the driver; no entry on record)",
    ),
    "parking.hours_minutes": _t(
        "{hours}小时{minutes}分钟", "{hours}小時{minutes}分鐘", "{hours} h {minutes} min"
    ),
    "parking.minutes": _t("{minutes}分钟", "{minutes}分鐘", "{minutes} min"),
    "free.resident": with_english("resident_vehicle", "resident's vehicle"),
    "free.free_minutes": _t("未超过免费时长", "未超過免費時長", "within the free minutes"),
    "free.zero_length": _t("停车时长为零", "停車時長為零", "no time parked"),
    # Goods release slip.
    "release.title": _t("物品放行条", "物品放行條", "Goods Release Slip"),
    "release.number": _t("放行条编号", "放行條編號", "Slip no."),
    "release.items": _t("放行物品", "放行物品", "Items"),
    "release.authorised": _t("授权人", "授權人", "Authorised by"),
    "release.by_owner": _t("业主", "業主", "Owner"),
    "release.by_management": _t("物业管理处", "物業管理處", "Management office"),
    "release.valid_until": _t("有效期至", "有效期至", "Valid until"),
    "release.used_at": _t("出门时间", "出門時間", "Taken out at"),
    "release.note": _t(
        "本放行条在有效期内使用一次，出门时交岗亭查验留存。",
        "本放行條在有效期內使用一次，出門時交崗亭查驗留存。",
        "Valid for one use until the date shown; hand it to the guard on the way out.",
    ),
    "release.sign_guard": _t("值班保安签字", "值班警衛簽名", "Guard's signature"),
    "release.sign_carrier": _t(
        "携物人签字", "攜物人簽名", "Signature of the person taking the items"
    ),
    # Shift handover sheet.
    "handover.title": _t("交接班记录", "交接班記錄", "Shift Handover Record"),
    "handover.number": _t("记录号", "記錄號", "Record no."),
    "handover.guards": _t("交班 → 接班", "交班 → 接班", "Handed over → taken over"),
    "handover.shift": _t("班次时间", "班次時間", "Shift"),
    "handover.item": _t("项目", "項目", "Item"),
    "handover.count": _t("数量", "數量", "Count"),
    # The shift's counts of each kind of journal entry, named as the journal names it.
    "handover.resident_entries": with_english("gate_kind.resident_entry", "Resident card entries"),
    "handover.refused_cards": with_english("gate_kind.refused_card", "Cards refused"),
    "handover.visitors_in": with_english("gate_kind.visitor_in", "Visitors in"),
    "handover.visitors_out": with_english("gate_kind.visitor_out", "Visitors out"),
    "handover.vehicles_in": with_english("gate_kind.vehicle_in", "Vehicles in"),
    "handover.vehicles_out": with_english("gate_kind.vehicle_out", "Vehicles out"),
    "handover.fees": _t("停车收费", "停車收費", "Parking fees collected"),
    "handover.items_in": with_english("gate_kind.item_in", "Items brought in"),
    "handover.items_out": with_english("gate_kind.item_out", "Items released"),
    "handover.notices": with_english("gate_kind.parking_notice", "Parking notices issued"),
    "handover.open_matters": GLOSSARY["open_matters"],
    "handover.none": _t("无", "無", "None"),
    "handover.sign_from": _t("交班人签字", "交班人簽名", "Signature, handing over"),
    "handover.sign_to": _t("接班人签字", "接班人簽名", "Signature, taking over"),
    # Parking violation notice.
    "notice.title": with_english("parking_notice", "Parking Violation Notice"),
    "notice.number": _t("告知单号", "告知單號", "Notice no."),
    "notice.place": _t("停放位置", "停放位置", "Place"),
    "notice.time": _t("发现时间", "發現時間", "Noticed at"),
    "notice.warning": _t(
        "您的车辆停放在消防通道/禁停区域，请立即驶离。"
        "占用消防通道会妨碍紧急救援，由此产生的一切后果由车主承担。",
        "您的車輛停放在消防通道／禁停區域，請立即駛離。"
        "占用消防通道會妨礙緊急救援，由此產生的一切後果由車主自行承擔。",
        "Your vehicle is parked in a fire lane or a no-parking area. Please move it at "
        "once. A blocked fire lane delays emergency services; the vehicle's owner bears "
        "any consequences.",
    ),
    "notice.hotline": _t("24小时服务热线", "24小時服務專線", "24-hour hotline"),
}


def slip_label(key: str, lang: str | None, **values: object) -> str:
    """The text of `key` in `lang`, with `{name}` placeholders filled from `values`;
    KeyError for a key that is not in the catalogue."""
    text = SLIP_LABELS[key][normalise_lang(lang)]
    return text.format(**values) if values else text
