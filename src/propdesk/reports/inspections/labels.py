"""The fixed words of the inspection papers (the blank checklist an inspector walks
with, the rectification notice a department signs for), in the three languages the
app speaks.

Like the slips and the patrol papers, these are printed away from the Qt catalogues,
so their words live here. The equipment kinds are worded here once, for the papers and
the register's import sheet (EQUIPMENT_KIND_LABELS); texts with {placeholders} are
filled by `inspection_label`.
"""

from __future__ import annotations

from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

# The equipment kinds (EquipmentKind), one wording for the papers, the labels and the
# register's import sheet (services/inspections/equipment_sheet.py takes them from here).
EQUIPMENT_KIND_LABELS: dict[str, Trilingual] = {
    "equipment.extinguisher": _t("灭火器", "滅火器", "Fire extinguisher"),
    "equipment.hydrant": _t("消火栓", "消防栓", "Hydrant"),
    "equipment.alarm_panel": _t("火灾报警控制器", "火災警報控制器", "Fire alarm panel"),
    "equipment.smoke_detector": _t("烟感探测器", "煙霧偵測器", "Smoke detector"),
    "equipment.sprinkler": _t("喷淋", "灑水頭", "Sprinkler"),
    "equipment.emergency_light": _t("应急照明", "緊急照明", "Emergency light"),
    "equipment.exit_sign": _t("疏散指示标志", "避難方向指示燈", "Exit sign"),
    "equipment.fire_door": _t("防火门", "防火門", "Fire door"),
    "equipment.lift": _t("电梯", "電梯", "Lift"),
    "equipment.pump": _t("水泵", "水泵", "Pump"),
    "equipment.water_tank": _t("水箱", "水箱", "Water tank"),
    "equipment.switchgear": _t("配电柜", "配電櫃", "Switchgear"),
    "equipment.generator": _t("发电机", "發電機", "Generator"),
    "equipment.cctv": _t("监控设备", "監視設備", "CCTV"),
    "equipment.other": _t("其他", "其他", "Other"),
}

INSPECTION_LABELS: dict[str, Trilingual] = {
    # Words both papers share.
    "colon": _t("：", "：", ": "),
    "continued": _t("{text}（续）", "{text}（續）", "{text} (continued)"),
    "page": _t(
        "第 {page} 页 共 {pages} 页", "第 {page} 頁 共 {pages} 頁", "Page {page} of {pages}"
    ),
    "version": _t("第 {version} 版", "第 {version} 版", "version {version}"),
    "version.value": _t("第 {version} 版", "第 {version} 版", "{version}"),
    # What a template inspects (InspectionKind).
    "kind.fire_equipment": _t("消防设施", "消防設施", "Fire equipment"),
    "kind.building": _t("房屋本体", "房屋本體", "Building fabric"),
    "kind.water_drainage": _t("给排水", "給排水", "Water supply and drainage"),
    "kind.power": _t("供配电", "供配電", "Power supply"),
    "kind.lifts": _t("电梯", "電梯", "Lifts"),
    "kind.public_fire_safety": _t("公共区域消防", "公共區域消防", "Fire safety in common areas"),
    "kind.cleaning": _t("保洁", "清潔", "Cleaning"),
    "kind.greening": _t("绿化", "綠化", "Landscaping"),
    "kind.garbage_sorting": _t("垃圾分类投放点", "垃圾分類投放點", "Waste sorting points"),
    # How often it is due (Frequency).
    "frequency.daily": _t("每日", "每日", "Daily"),
    "frequency.weekly": _t("每周", "每週", "Weekly"),
    "frequency.monthly": _t("每月", "每月", "Monthly"),
    "frequency.quarterly": _t("每季度", "每季", "Quarterly"),
    # An item's result (ItemResult): the boxes the inspector ticks.
    "result.pass": _t("合格", "合格", "Pass"),
    "result.fail": _t("不合格", "不合格", "Fail"),
    "result.n_a": _t("不适用", "不適用", "N/A"),
    # The equipment an item inspects (EquipmentKind), above its code's blank.
    **EQUIPMENT_KIND_LABELS,
    # The blank checklist (空白检查表).
    "checklist.title": _t("巡检检查表", "巡檢檢查表", "Inspection Checklist"),
    "checklist.template": _t("检查表", "檢查表", "Checklist"),
    "checklist.version": _t("版本", "版本", "Version"),
    "checklist.kind": _t("类别", "類別", "Kind"),
    "checklist.frequency": _t("频次", "頻次", "Frequency"),
    "checklist.area": _t("检查区域", "檢查區域", "Area"),
    "checklist.inspector": _t("检查人", "檢查人", "Inspector"),
    "checklist.date": _t("检查日期", "檢查日期", "Date"),
    "checklist.time": _t("检查时间", "檢查時間", "Time"),
    "col.number": _t("序号", "序號", "No."),
    "col.item": _t("检查项目", "檢查項目", "Item"),
    "col.result": _t("检查结果", "檢查結果", "Result"),
    "col.equipment": _t("设备编号", "設備編號", "Equipment code"),
    "col.note": _t("备注", "備註", "Note"),
    "limits.range": _t("标准：{low}–{high}", "標準：{low}–{high}", "Limits: {low}–{high}"),
    "limits.at_least": _t("标准：≥ {low}", "標準：≥ {low}", "Limits: ≥ {low}"),
    "limits.at_most": _t("标准：≤ {high}", "標準：≤ {high}", "Limits: ≤ {high}"),
    "checklist.remarks": _t(
        "其他发现及处理意见", "其他發現及處理意見", "Other findings and what was done"
    ),
    "sign.inspector": _t("检查人签字", "檢查人簽名", "Inspector's signature"),
    "sign.reviewer": _t("主管复核签字", "主管複核簽名", "Supervisor's review"),
    "sign.date": _t("日期", "日期", "Date"),
    # The rectification notice (整改通知单).
    "notice.title": _t("整改通知单", "整改通知單", "Rectification Notice"),
    "notice.number": _t("编号", "編號", "No."),
    "notice.department": _t("责任部门", "責任部門", "To (department)"),
    "notice.issued_at": _t("签发时间", "簽發時間", "Issued at"),
    "notice.issued_by": _t("签发人", "簽發人", "Issued by"),
    "notice.inspection": _t("检查单号", "檢查單號", "Inspection no."),
    "notice.template": _t("检查表", "檢查表", "Checklist"),
    "notice.area": _t("检查区域", "檢查區域", "Area"),
    "notice.equipment": _t("设备编号", "設備編號", "Equipment code"),
    "notice.item": _t("不合格项目", "不合格項目", "Item failed"),
    "notice.deadline": _t("整改期限", "整改期限", "Fix by"),
    "notice.state": _t("状态", "狀態", "State"),
    "notice.finding": _t("检查发现", "檢查發現", "What was found"),
    "notice.fix": _t("整改要求", "整改要求", "What to fix"),
    "notice.done": _t(
        "整改完成情况（责任部门填写）",
        "整改完成情況（責任部門填寫）",
        "What was done (filled in by the department)",
    ),
    "notice.note": _t(
        "请责任部门在整改期限前完成整改，并通知物业服务中心复查；复查合格后本通知单方可关闭。",
        "請責任部門在整改期限前完成整改，並通知物業服務中心複查；複查合格後本通知單方可關閉。",
        "Please fix this before the deadline and tell the service centre, which "
        "re-inspects the item; the notice is closed only when the re-inspection passes.",
    ),
    "state.open": _t("待整改", "待整改", "Open"),
    "state.fixed": _t("已整改，待复查", "已整改，待複查", "Fixed, awaiting re-inspection"),
    "state.closed": _t("复查合格，已关闭", "複查合格，已關閉", "Closed: re-inspection passed"),
    "state.voided": _t("已作废", "已作廢", "Voided"),
    "sign.issuer": _t("签发人签字", "簽發人簽名", "Issued by (signature)"),
    "sign.receiver": _t("责任部门签收", "責任部門簽收", "Received by the department (signature)"),
    "sign.received_on": _t("签收日期", "簽收日期", "Date received"),
}


def inspection_label(key: str, lang: str | None, **values: object) -> str:
    """The text of `key` in `lang`, with `{name}` placeholders filled from `values`;
    KeyError for a key that is not in the catalogue."""
    text = INSPECTION_LABELS[key][normalise_lang(lang)]
    return text.format(**values) if values else text
