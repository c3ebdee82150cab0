"""The fixed words of the surveys' papers (the blank questionnaire residents fill in,
the result summary for the owners' committee), their monthly-report section, the
export's and the import template's headers, in the three languages the app speaks.

Printed away from the Qt catalogues, as the inspection papers are, so their words
live here; `survey_label` fills in the {placeholders}.
"""

from __future__ import annotations

from propdesk.domain.surveys.areas import Area
from propdesk.reports.labels import Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t  # short: every entry below calls it

AREA_LABELS: dict[str, Trilingual] = {
    f"area.{Area.SECURITY.value}": _t("秩序维护", "秩序維護", "Security"),
    f"area.{Area.CLEANING.value}": _t("保洁", "清潔", "Cleaning"),
    f"area.{Area.GREENING.value}": _t("绿化", "綠化", "Landscaping"),
    f"area.{Area.ENGINEERING.value}": _t("工程维修", "工程維修", "Engineering and repairs"),
    f"area.{Area.CUSTOMER_SERVICE.value}": _t("客户服务", "客戶服務", "Customer service"),
}

# The five answers, best first, with the digit a clerk types for each.
SCALE_LABELS: dict[str, Trilingual] = {
    "scale.5": _t("非常满意", "非常滿意", "Very satisfied"),
    "scale.4": _t("满意", "滿意", "Satisfied"),
    "scale.3": _t("一般", "一般", "Neutral"),
    "scale.2": _t("不满意", "不滿意", "Dissatisfied"),
    "scale.1": _t("非常不满意", "非常不滿意", "Very dissatisfied"),
    "scale.0": _t("未作答", "未作答", "Not answered"),
}

SURVEY_LABELS: dict[str, Trilingual] = {
    **AREA_LABELS,
    **SCALE_LABELS,
    "area.general": _t("综合", "綜合", "General"),
    "colon": _t("：", "：", ": "),
    "page": _t("第 {page} 页", "第 {page} 頁", "Page {page}"),
    # The blank questionnaire.
    "form.title": _t("业主满意度调查问卷", "業主滿意度調查問卷", "Residents' satisfaction survey"),
    "form.intro": _t(
        "尊敬的业主/住户：为了不断改进我们的服务，请您对以下各项服务作出评价，"
        "在相应的方框内打“√”。感谢您的支持！",
        "尊敬的業主/住戶：為了不斷改進我們的服務，請您對以下各項服務作出評價，"
        "在相應的方框內打「√」。感謝您的支持！",
        "Dear resident: to help us improve our service, please rate each of the services "
        "below by ticking one box. Thank you for your support!",
    ),
    "form.round": _t("调查", "調查", "Survey"),
    "form.days": _t("调查时间", "調查時間", "Survey days"),
    "form.unit": _t("房号", "房號", "Unit"),
    "form.name": _t("姓名（可不填）", "姓名（可不填）", "Name (optional)"),
    "form.date": _t("填写日期", "填寫日期", "Date"),
    "form.question": _t("评价项目", "評價項目", "Service"),
    "form.comments": _t(
        "您的意见和建议（请注明涉及的部门）",
        "您的意見和建議（請註明涉及的部門）",
        "Your comments and suggestions (please say which service they concern)",
    ),
    "form.office_use": _t(
        "以下由物业服务中心填写", "以下由物業服務中心填寫", "For the service centre's use"
    ),
    "form.entered_by": _t("录入人", "錄入人", "Entered by"),
    "form.digits": _t(
        "录入时每题输入方框上方的数字：5 非常满意 … 1 非常不满意，0 未作答。",
        "錄入時每題輸入方框上方的數字：5 非常滿意 … 1 非常不滿意，0 未作答。",
        "To enter: type the digit above the ticked box for each question, 5 very "
        "satisfied … 1 very dissatisfied, 0 not answered.",
    ),
    # The result summary.
    "summary.title": _t(
        "业主满意度调查结果", "業主滿意度調查結果", "Residents' satisfaction survey results"
    ),
    "summary.for_committee": _t("致业主委员会", "致業主委員會", "For the owners' committee"),
    "summary.responses": _t("回收问卷", "回收問卷", "Forms returned"),
    "summary.occupied": _t("入住户数", "入住戶數", "Units occupied"),
    "summary.response_rate": _t("回收率", "回收率", "Response rate"),
    "summary.satisfaction": _t("总体满意率", "總體滿意率", "Overall satisfaction"),
    "summary.answers": _t("有效评价", "有效評價", "Answers given"),
    "summary.state": _t("状态", "狀態", "State"),
    "summary.open": _t("进行中", "進行中", "Open"),
    "summary.closed": _t("已结束", "已結束", "Closed"),
    "summary.chart": _t("各部门满意率", "各部門滿意率", "Satisfaction by service area"),
    "summary.per_question": _t("各项目评价", "各項目評價", "Answers per question"),
    "summary.comments": _t("业主意见摘录", "業主意見摘錄", "Selected comments"),
    "summary.comments_note": _t(
        "共收到意见 {total} 条，摘录 {shown} 条。",
        "共收到意見 {total} 條，摘錄 {shown} 條。",
        "{total} comments received; {shown} shown.",
    ),
    "summary.no_comments": _t("没有收到书面意见。", "沒有收到書面意見。", "No written comments."),
    "summary.basis": _t(
        "满意率 = “非常满意”和“满意”的评价数 ÷ 有效评价数（未作答不计）；"
        "回收率 = 回收问卷 ÷ 调查结束日的入住户数。",
        "滿意率 = 「非常滿意」和「滿意」的評價數 ÷ 有效評價數（未作答不計）；"
        "回收率 = 回收問卷 ÷ 調查結束日的入住戶數。",
        "Satisfaction = answers 'very satisfied' or 'satisfied' ÷ answers given (questions "
        "left unanswered do not count); response rate = forms returned ÷ units occupied on "
        "the last day.",
    ),
    "summary.prepared": _t("物业服务中心", "物業服務中心", "Property service centre"),
    "col.area": _t("服务部门", "服務部門", "Service area"),
    "col.question": _t("评价项目", "評價項目", "Question"),
    "col.answered": _t("有效评价", "有效評價", "Answers"),
    "col.satisfied": _t("满意", "滿意", "Satisfied"),
    "col.share": _t("满意率", "滿意率", "Satisfaction"),
    "col.unit": _t("房号", "房號", "Unit"),
    "col.comment": _t("意见", "意見", "Comment"),
    "no_data": _t("无数据", "無數據", "no data"),
    # The export and the monthly report.
    "sheet.responses": _t("满意度调查问卷", "滿意度調查問卷", "Survey responses"),
    "sheet.survey_figures": _t("满意度调查", "滿意度調查", "Satisfaction surveys"),
    "col.round": _t("调查编号", "調查編號", "Round"),
    "col.round_name": _t("调查名称", "調查名稱", "Survey"),
    "col.opens_on": _t("开始日期", "開始日期", "First day"),
    "col.closes_on": _t("结束日期", "結束日期", "Last day"),
    "col.entered_at": _t("录入时间", "錄入時間", "Entered"),
    "col.entered_by": _t("录入人", "錄入人", "Entered by"),
    "col.comment_area": _t("意见涉及", "意見涉及", "Comment about"),
    "col.voided": _t("已作废", "已作廢", "Voided"),
    "col.void_reason": _t("作废原因", "作廢原因", "Void reason"),
    "col.responses": _t("回收问卷", "回收問卷", "Forms returned"),
    "col.occupied": _t("入住户数", "入住戶數", "Units occupied"),
    "col.response_rate": _t("回收率(%)", "回收率(%)", "Response rate (%)"),
    "col.share_percent": _t("满意率(%)", "滿意率(%)", "Satisfaction (%)"),
    "yes": _t("是", "是", "yes"),
    "section.surveys": _t("满意度调查", "滿意度調查", "Satisfaction surveys"),
    "month.none": _t(
        "本月没有进行中或结束的满意度调查。",
        "本月沒有進行中或結束的滿意度調查。",
        "No satisfaction survey ran this month.",
    ),
    "month.basis": _t(
        "列出本月内进行或结束的调查；数字截至 {as_of}。",
        "列出本月內進行或結束的調查；數字截至 {as_of}。",
        "The surveys that ran in the month or ended in it; figures as of {as_of}.",
    ),
}


def survey_label(key: str, lang: str | None, **params: object) -> str:
    """The words of `key` in `lang` (Simplified Chinese for None), filled in."""
    template = SURVEY_LABELS[key][normalise_lang(lang)]
    return template.format(**params) if params else template


def area_label(area: Area | None, lang: str | None) -> str:
    return survey_label(f"area.{area.value}" if area is not None else "area.general", lang)
