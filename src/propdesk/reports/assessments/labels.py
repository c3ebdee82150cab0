"""The fixed words of the assessment papers, the export and the monthly report's
section, in the three languages the app speaks (printed away from the Qt catalogues,
as the inspection papers' words are)."""

from __future__ import annotations

from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t

ASSESSMENT_LABELS: dict[str, Trilingual] = {
    "colon": _t("：", "：", ": "),
    "sheet.title": _t("部门月度考核表", "部門月度考核表", "Departmental Monthly Assessment"),
    "sheet.blank_title": _t(
        "部门月度考核表（抽查用）",
        "部門月度考核表（抽查用）",
        "Departmental Monthly Assessment (spot-check form)",
    ),
    "department": _t("被考核部门", "被考核部門", "Department"),
    "month": _t("考核月份", "考核月份", "Month"),
    "number": _t("考核编号", "考核編號", "Number"),
    "standard": _t("考核标准", "考核標準", "Standard"),
    "version": _t("第 {version} 版", "第 {version} 版", "version {version}"),
    "assessor": _t("考核人", "考核人", "Assessor"),
    "assessed_at": _t("考核时间", "考核時間", "Assessed"),
    "state": _t("状态", "狀態", "State"),
    "state.open": _t("考核中", "考核中", "In progress"),
    "state.final": _t("已定稿", "已定稿", "Finalised"),
    "state.voided": _t("已作废", "已作廢", "Voided"),
    "col.no": _t("序号", "序號", "No."),
    "col.item": _t("考核项目", "考核項目", "Item"),
    "col.points": _t("分值", "分值", "Points"),
    "col.deducted": _t("扣分", "扣分", "Deducted"),
    "col.got": _t("得分", "得分", "Scored"),
    "col.findings": _t("抽查发现", "抽查發現", "Findings"),
    "col.place": _t("抽查地点", "抽查地點", "Place"),
    "col.finding": _t("发现问题", "發現問題", "Finding"),
    "col.checked_at": _t("抽查时间", "抽查時間", "Checked"),
    "col.notice": _t("整改通知单", "整改通知單", "Rectification notice"),
    "total": _t("合计", "合計", "Total"),
    "score": _t("本月得分", "本月得分", "Score this month"),
    "score.value": _t(
        "{score} 分（满分 {total} 分，扣 {deducted} 分）",
        "{score} 分（滿分 {total} 分，扣 {deducted} 分）",
        "{score} of {total} ({deducted} deducted)",
    ),
    "remarks": _t("备注", "備註", "Remarks"),
    "no_checks": _t(
        "本月抽查未发现问题。", "本月抽查未發現問題。", "The spot checks found nothing this month."
    ),
    "trend.title": _t("{year} 年各月得分", "{year} 年各月得分", "Monthly scores, {year}"),
    "trend.month": _t("{month}月", "{month}月", "{month_name}"),
    "sign.assessor": _t("考核人签字", "考核人簽字", "Assessor's signature"),
    "sign.head": _t("部门负责人签字", "部門負責人簽字", "Department head's signature"),
    "sign.date": _t("日期", "日期", "Date"),
    "page": _t(
        "第 {page} 页 共 {pages} 页", "第 {page} 頁 共 {pages} 頁", "Page {page} of {pages}"
    ),
    # The export's and the workbook's sheet of records.
    "xlsx.title": _t("月度考核", "月度考核", "Monthly assessments"),
    "xlsx.total_points": _t("满分", "滿分", "Full score"),
    "xlsx.score": _t("得分", "得分", "Score"),
    "xlsx.assessment_deducted": _t("本月扣分", "本月扣分", "Deducted in the month"),
    "xlsx.checks": _t("抽查次数", "抽查次數", "Spot checks"),
    "xlsx.void_reason": _t("作废原因", "作廢原因", "Void reason"),
    # The monthly report's section.
    "section": _t("部门月度考核", "部門月度考核", "Departments' monthly assessment"),
    "report.department": _t("部门", "部門", "Department"),
    "report.score": _t("本月得分", "本月得分", "Score"),
    "report.previous": _t("上月得分", "上月得分", "Last month"),
    "report.change": _t("变化", "變化", "Change"),
    "report.checks": _t("抽查次数", "抽查次數", "Spot checks"),
    "report.deducted": _t("扣分", "扣分", "Deducted"),
    "report.not_assessed": _t("未考核", "未考核", "not assessed"),
    "report.findings": _t("主要扣分项", "主要扣分項", "Main deductions"),
    "report.times": _t("次数", "次數", "Times"),
    "report.notices": _t(
        "本月因考核开具整改通知单 {n} 份。",
        "本月因考核開具整改通知單 {n} 份。",
        "Rectification notices opened from assessments this month: {n}.",
    ),
    "report.none": _t(
        "本月没有部门考核记录。", "本月沒有部門考核記錄。", "No department was assessed this month."
    ),
    "report.no_findings": _t(
        "本月抽查没有扣分。", "本月抽查沒有扣分。", "No points were deducted this month."
    ),
    "report.chart": _t("各部门本月得分", "各部門本月得分", "Scores this month by department"),
    "report.sheet": _t("部门考核得分", "部門考核得分", "Assessment scores"),
}

MONTH_NAMES_EN = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def assessment_label(key: str, lang: str | None, **params: object) -> str:
    """The words of `key` in `lang` (None: Simplified Chinese), filled in."""
    template = ASSESSMENT_LABELS[key][normalise_lang(lang)]
    return template.format(**params) if params else template


def month_label(month: int, lang: str | None) -> str:
    return assessment_label("trend.month", lang, month=month, month_name=MONTH_NAMES_EN[month - 1])
