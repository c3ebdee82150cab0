"""The monthly report's and the workbook's words for the inspections module (its
section, its pass-rate chart, the failed items, the equipment falling due, and the
inspections', notices' and equipment register's sheets), in the three languages;
merged into monthly.labels.MONTHLY_LABELS and read through its `text`.

The codes (the kinds of inspection, the equipment kinds, a notice's state, an item's
result) are named as the inspection papers name them (reports.inspections.labels), so
the checklist an inspector walks with, the notice a department signs and the report
the committee reads say the same words.
"""

from __future__ import annotations

from enum import StrEnum

from propdesk.domain.inspections.equipment import EquipmentKind, ExpiryState
from propdesk.domain.inspections.kinds import InspectionKind
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.reports.glossary import with_english
from propdesk.reports.inspections.labels import INSPECTION_LABELS
from propdesk.reports.labels import Trilingual
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it


def _papers(codes: type[StrEnum], paper_prefix: str, prefix: str) -> dict[str, Trilingual]:
    """Each code's words from the inspection papers, under this table's `prefix`."""
    return {f"{prefix}.{c.value}": INSPECTION_LABELS[f"{paper_prefix}.{c.value}"] for c in codes}


INSPECTION_REPORT_LABELS: dict[str, Trilingual] = {
    "section.inspections": _t("巡检", "巡檢", "Inspections"),
    # The month's figures.
    "inspections.made": _t("本月巡检", "本月巡檢", "Inspections this month"),
    "inspections.failed": _t("有不合格项的巡检", "有不合格項的巡檢", "With a failed item"),
    "inspections.items_judged": _t("检查项目", "檢查項目", "Items judged"),
    "inspections.items_failed": _t("不合格项目", "不合格項目", "Items failed"),
    "inspections.pass_rate": _t("项目合格率", "項目合格率", "Items passed"),
    "inspections.reinspections": _t("复查", "複查", "Re-inspections"),
    "inspections.notices_issued": _t(
        "本月签发整改通知", "本月簽發整改通知", "Notices issued this month"
    ),
    "inspections.notices_closed": _t(
        "本月复查合格关闭", "本月複查合格關閉", "Notices closed this month"
    ),
    "inspections.notices_live": _t("月末未关闭整改通知", "月末未關閉整改通知", "Open at month end"),
    "inspections.notices_overdue": _t("其中已逾期", "其中已逾期", "Of them overdue"),
    "inspections.basis": _t(
        "以上数字为本月的巡检（已作废的及复查除外）；整改通知的状态截至 {as_of}。",
        "以上數字為本月的巡檢（已作廢的及複查除外）；整改通知的狀態截至 {as_of}。",
        "Of this month's inspections (voided ones and re-inspections left out); "
        "notices as they stood at {as_of}.",
    ),
    "inspections.none": _t(
        "本月没有巡检记录。", "本月沒有巡檢記錄。", "No inspection was recorded this month."
    ),
    # The chart and its table.
    "chart.pass_rates": _t(
        "各类巡检项目合格率", "各類巡檢項目合格率", "Items passed, by kind of inspection"
    ),
    "inspections.kind": _t("巡检类别", "巡檢類別", "Kind"),
    "inspections.count": _t("巡检次数", "巡檢次數", "Inspections"),
    "inspections.failed_count": _t("不合格次数", "不合格次數", "Failed"),
    "inspections.judged": _t("检查项目", "檢查項目", "Items judged"),
    "inspections.passed": _t("合格项目", "合格項目", "Items passed"),
    "inspections.rate": _t("合格率", "合格率", "Pass rate"),
    "inspections.rate_percent": _t("合格率（%）", "合格率（%）", "Pass rate (%)"),
    # The month's failed items.
    "inspections.failed_items": _t("本月不合格项目", "本月不合格項目", "Items failed this month"),
    "inspections.no_failed": _t(
        "本月巡检没有不合格项目。", "本月巡檢沒有不合格項目。", "No item failed this month."
    ),
    "inspections.failed_note": _t(
        "共 {total} 项，以下为最早的 {shown} 项；整改通知及其状态截至 {as_of}。",
        "共 {total} 項，以下為最早的 {shown} 項；整改通知及其狀態截至 {as_of}。",
        "The first {shown} of {total} items; notices as they stood at {as_of}.",
    ),
    "inspections.failed_note_all": _t(
        "共 {total} 项；整改通知及其状态截至 {as_of}。",
        "共 {total} 項；整改通知及其狀態截至 {as_of}。",
        "{total} items; notices as they stood at {as_of}.",
    ),
    "col.inspection": _t("巡检单号", "巡檢單號", "Inspection"),
    "col.inspected": _t("检查时间", "檢查時間", "Inspected"),
    "col.checklist": _t("检查表", "檢查表", "Checklist"),
    "col.area": _t("检查区域", "檢查區域", "Area"),
    "col.item": _t("检查项目", "檢查項目", "Item"),
    "col.notice": _t("整改通知单", "整改通知單", "Notice"),
    "col.notice_state": _t("整改状态", "整改狀態", "Notice state"),
    "col.repair_ticket": with_english("repair_ticket", "Repair ticket"),
    # The equipment falling due next month.
    "inspections.equipment_due": _t(
        "{month}到期的设施设备", "{month}到期的設施設備", "Equipment due in {month}"
    ),
    "inspections.equipment_note": _t(
        "下次保养或有效期在{month}的设备共 {total} 件，以下为最早的 {shown} 件；"
        "按 {as_of} 时的设备档案。",
        "下次保養或有效期在{month}的設備共 {total} 件，以下為最早的 {shown} 件；"
        "按 {as_of} 時的設備檔案。",
        "The first {shown} of {total} items whose next service or expiry falls in {month}, "
        "as the register stood at {as_of}.",
    ),
    "inspections.equipment_note_all": _t(
        "下次保养或有效期在{month}的设备共 {total} 件；按 {as_of} 时的设备档案。",
        "下次保養或有效期在{month}的設備共 {total} 件；按 {as_of} 時的設備檔案。",
        "{total} items whose next service or expiry falls in {month}, as the register "
        "stood at {as_of}.",
    ),
    "inspections.no_equipment_due": _t(
        "{month}没有需保养或到期的设施设备。",
        "{month}沒有需保養或到期的設施設備。",
        "No equipment is due for service or expiry in {month}.",
    ),
    "inspections.expired": _t(
        "另有 {count} 件设备在月末前已过保养期或有效期。",
        "另有 {count} 件設備在月末前已過保養期或有效期。",
        "{count} more items were past their service or expiry date by the month's end.",
    ),
    "inspections.none_expired": _t(
        "月末没有已过保养期或有效期的设备。",
        "月末沒有已過保養期或有效期的設備。",
        "No item was past its service or expiry date at the month's end.",
    ),
    "col.equipment_code": _t("设备编号", "設備編號", "Code"),
    "col.equipment_kind": _t("设备类别", "設備類別", "Kind"),
    "col.due_on": _t("到期日", "到期日", "Due on"),
    "col.due_for": _t("到期事项", "到期事項", "Due for"),
    "due.service": _t("保养", "保養", "Service"),
    "due.expiry": _t("有效期届满", "有效期屆滿", "End of service life"),
    # The codes, in the inspection papers' words.
    **_papers(InspectionKind, "kind", "inspection_kind"),
    **_papers(EquipmentKind, "equipment", "equipment_kind"),
    **_papers(RectificationState, "state", "rectification_state"),
    "inspection_result.pass": INSPECTION_LABELS["result.pass"],
    "inspection_result.fail": INSPECTION_LABELS["result.fail"],
    # How the register's next date stands (ExpiryState), as of the sheet's day.
    f"equipment_state.{ExpiryState.NO_EXPIRY.value}": _t("无日期", "無日期", "No date"),
    f"equipment_state.{ExpiryState.VALID.value}": _t("未到期", "未到期", "In date"),
    f"equipment_state.{ExpiryState.EXPIRING.value}": _t("即将到期", "即將到期", "Expiring"),
    f"equipment_state.{ExpiryState.EXPIRED.value}": _t("已过期", "已過期", "Expired"),
    # The workbook's sheets of figures and `propdesk export inspections|rectifications|
    # equipment`.
    "sheet.inspection_rates": _t("巡检合格率", "巡檢合格率", "Inspection pass rates"),
    "sheet.equipment_due": _t("下月到期设备", "下月到期設備", "Equipment due next month"),
    "sheet.inspections": _t("巡检记录", "巡檢記錄", "Inspections"),
    "sheet.rectifications": _t("整改通知", "整改通知", "Rectification notices"),
    "sheet.equipment_register": _t("设施设备档案", "設施設備檔案", "Equipment register"),
    "xlsx.template_version": _t("版本", "版本", "Version"),
    "xlsx.inspector": _t("检查人", "檢查人", "Inspector"),
    "xlsx.recorded_by": _t("录入人", "錄入人", "Entered by"),
    "xlsx.result": _t("检查结果", "檢查結果", "Result"),
    "xlsx.items_judged": _t("检查项目数", "檢查項目數", "Items judged"),
    "xlsx.items_passed": _t("合格项目数", "合格項目數", "Items passed"),
    "xlsx.reinspection_of": _t("复查的整改通知", "複查的整改通知", "Re-inspects notice"),
    "xlsx.finding": _t("检查发现", "檢查發現", "What was found"),
    "xlsx.what_to_fix": _t("整改要求", "整改要求", "What to fix"),
    "xlsx.issued_at": _t("签发时间", "簽發時間", "Issued"),
    "xlsx.issued_by": _t("签发人", "簽發人", "Issued by"),
    "xlsx.deadline": _t("整改期限", "整改期限", "Fix by"),
    "xlsx.fixed_by": _t("整改报告人", "整改報告人", "Fix reported by"),
    "xlsx.fixed_at": _t("整改完成时间", "整改完成時間", "Fixed"),
    "xlsx.fix_note": _t("整改情况", "整改情況", "What was done"),
    "xlsx.verified_by": _t("复查人", "複查人", "Verified by"),
    "xlsx.verified_at": _t("复查合格时间", "複查合格時間", "Verified"),
    "xlsx.reinspection": _t("复查单号", "複查單號", "Re-inspection"),
    "xlsx.equipment_name": _t("设备名称", "設備名稱", "Name"),
    "xlsx.installed_on": _t("安装日期", "安裝日期", "Installed on"),
    "xlsx.last_serviced_on": _t("上次保养日期", "上次保養日期", "Last serviced on"),
    "xlsx.service_interval": _t("保养周期", "保養週期", "Service interval"),
    "xlsx.expires_on": _t("有效期至", "有效期至", "Expires on"),
    "xlsx.next_due": _t("下次保养或到期日", "下次保養或到期日", "Next service or expiry"),
    "interval.months": _t("{months} 个月", "{months} 個月", "{months} months"),
    "interval.days": _t("{days} 天", "{days} 天", "{days} days"),
    "interval.both": _t(
        "{months} 个月 {days} 天", "{months} 個月 {days} 天", "{months} months {days} days"
    ),
}
