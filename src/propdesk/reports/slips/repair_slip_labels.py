"""The fixed words printed on repair slips (派工单), in the three languages the app speaks.

The technician takes the slip to the flat and back, away from the Qt catalogues, so
its words live here like the gate slips' (`slip_labels`). The ticket's codes and the
technician are named in the glossary's words, as on screen and in the monthly report.
"""

from __future__ import annotations

from propdesk.reports.glossary import GLOSSARY, group
from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

REPAIR_SLIP_LABELS: dict[str, Trilingual] = {
    # The dispatch slip's facts.
    "dispatch.title": _t("维修派工单", "維修派工單", "Repair Dispatch Slip"),
    "dispatch.number": _t("工单号", "工單號", "Ticket no."),
    "reported_at": _t("报修时间", "報修時間", "Reported at"),
    "priority": _t("紧急程度", "緊急程度", "Priority"),
    "category": _t("报修类别", "報修類別", "Category"),
    "location": _t("维修地点", "維修地點", "Location"),
    "reporter": _t("报修人", "報修人", "Reported by"),
    "phone": _t("联系电话", "聯絡電話", "Phone"),
    "description": _t("故障描述", "故障描述", "Fault"),
    "charge": _t("收费方式", "收費方式", "Charge"),
    "charge.paid": _t(
        "有偿维修（施工前须经住户确认报价）",
        "有償維修（施工前須經住戶確認報價）",
        "Paid repair (the resident approves the quote before work starts)",
    ),
    "charge.free": _t("免费维修（公共区域）", "免費維修（公共區域）", "Free repair (common area)"),
    "technician": GLOSSARY["technician"],
    "dispatched_at": _t("派工时间", "派工時間", "Dispatched at"),
    "arrive_by": _t("要求到场时间", "要求到場時間", "Arrive by"),
    # The quote, when there is one already (a slip printed again later).
    "quote": _t("报价", "報價", "Quote"),
    "separator": _t("；", "；", "; "),
    "quote.labour": _t("人工费", "人工費", "Labour"),
    "quote.materials": _t("材料费", "材料費", "Materials"),
    "quote.total": _t("报价合计", "報價合計", "Quote total"),
    "quote.duration": _t("预计工时", "預計工時", "Expected duration"),
    "duration.hours_minutes": _t(
        "{hours}小时{minutes}分钟", "{hours}小時{minutes}分鐘", "{hours} h {minutes} min"
    ),
    "duration.minutes": _t("{minutes}分钟", "{minutes}分鐘", "{minutes} min"),
    # Rows the technician fills in by hand.
    "record.arrived_at": _t("到场时间", "到場時間", "Arrived at"),
    "record.work_done": _t("维修内容", "維修內容", "Work done"),
    "record.completed_at": _t("完工时间", "完工時間", "Completed at"),
    "record.site_cleaned": _t("现场清理", "現場清理", "Site cleaned"),
    "record.site_cleaned_box": _t("□ 已清理", "□ 已清理", "□ yes"),
    "materials.item": _t("材料名称", "材料名稱", "Material used"),
    "materials.quantity": _t("数量（单位）", "數量（單位）", "Quantity (unit)"),
    "materials.amount": _t("金额（元）", "金額（元）", "Amount (yuan)"),
    "dispatch.note": _t(
        "请按时到场；有偿维修经住户确认报价后方可施工；完工后清理现场，请住户签字确认。",
        "請準時到場；有償維修經住戶確認報價後方可施工；完工後清理現場，請住戶簽名確認。",
        "Arrive by the time shown. Paid work starts only once the resident approves the "
        "quote. Clean up when done and ask the resident to sign.",
    ),
    "sign.technician": _t("维修工签字", "維修工簽名", "Technician's signature"),
    "sign.resident": _t("住户签字确认", "住戶簽名確認", "Resident's signature"),
    # The codes the tickets store.
    **group("repair_priority", "priority"),
    **group("repair_category", "category"),
}


def repair_slip_label(key: str, lang: str | None, **values: object) -> str:
    """The text of `key` in `lang`, with `{name}` placeholders filled from `values`;
    KeyError for a key that is not in the catalogue."""
    text = REPAIR_SLIP_LABELS[key][normalise_lang(lang)]
    return text.format(**values) if values else text
