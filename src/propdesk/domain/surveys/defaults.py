"""The default questionnaire, worded from the work plan's duties of each department.

Its questions are *data* in three languages (zh_CN, zh_TW, en), not Qt-translated
strings, as the inspections' default templates are (domain.inspections.defaults): a
round's questionnaire is the office's own document, made in the user's language and
kept with the round as it was.
"""

from __future__ import annotations

from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.questionnaire import Question, Questionnaire, check_questionnaire

LANGUAGES = ("zh_CN", "zh_TW", "en")
FALLBACK_LANGUAGE = "en"

Words = tuple[str, str, str]  # zh_CN, zh_TW, en

_DEFAULTS: tuple[tuple[str, Area, Words], ...] = (
    (
        "securi_1",
        Area.SECURITY,
        ("门岗值守与来访登记", "門崗值守與來訪登記", "Gate duty and visitor registration"),
    ),
    (
        "securi_2",
        Area.SECURITY,
        ("小区巡逻与治安状况", "社區巡邏與治安狀況", "Patrols and safety in the estate"),
    ),
    (
        "securi_3",
        Area.SECURITY,
        ("车辆停放与交通秩序", "車輛停放與交通秩序", "Parking and traffic order"),
    ),
    (
        "cleani_1",
        Area.CLEANING,
        ("楼道、电梯轿厢清洁", "樓道、電梯車廂清潔", "Stairwells and lift cars kept clean"),
    ),
    (
        "cleani_2",
        Area.CLEANING,
        ("道路及公共区域清洁", "道路及公共區域清潔", "Roads and common areas kept clean"),
    ),
    (
        "cleani_3",
        Area.CLEANING,
        ("垃圾分类与清运", "垃圾分類與清運", "Waste sorting and collection"),
    ),
    (
        "greeni_1",
        Area.GREENING,
        ("花草树木养护", "花草樹木養護", "Care of lawns, shrubs and trees"),
    ),
    (
        "greeni_2",
        Area.GREENING,
        ("绿地整洁与病虫害防治", "綠地整潔與病蟲害防治", "Green areas tidy, pests kept down"),
    ),
    (
        "engine_1",
        Area.ENGINEERING,
        ("报修响应及时", "報修回應及時", "Repairs answered promptly"),
    ),
    ("engine_2", Area.ENGINEERING, ("维修质量", "維修品質", "Quality of repairs")),
    (
        "engine_3",
        Area.ENGINEERING,
        (
            "电梯、照明、供水等设施运行",
            "電梯、照明、供水等設施運行",
            "Lifts, lighting and water supply running",
        ),
    ),
    (
        "custom_1",
        Area.CUSTOMER_SERVICE,
        ("客服人员服务态度", "客服人員服務態度", "Courtesy of the front-desk staff"),
    ),
    (
        "custom_2",
        Area.CUSTOMER_SERVICE,
        ("投诉处理及回访", "投訴處理及回訪", "Complaints handled and followed up"),
    ),
    (
        "custom_3",
        Area.CUSTOMER_SERVICE,
        ("通知公告及信息公开", "通知公告及資訊公開", "Notices and information kept up to date"),
    ),
)


def _pick(words: Words, language: str) -> str:
    index = LANGUAGES.index(language) if language in LANGUAGES else 2
    return words[index]


def default_questionnaire(language: str) -> Questionnaire:
    """The plan's questionnaire in `language` (English for a language it lacks)."""
    return check_questionnaire(
        [Question(key, area, _pick(words, language)) for key, area, words in _DEFAULTS]
    )
