"""The default task set, worded from the work plan's cleaning and greening duties.

Like the inspections' default checklists, the areas and task names are *data* in three
languages (zh_CN, zh_TW, en), not Qt-translated strings: once loaded they are the
office's own records in the station's language, retired and added to like any other;
an entry keeps the words its task had.
"""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.domain.worklogs.kinds import Frequency, Trade
from propdesk.domain.worklogs.schedule import Schedule

LANGUAGES = ("zh_CN", "zh_TW", "en")  # as propdesk.config.LANGUAGES
FALLBACK_LANGUAGE = "en"
Words = tuple[str, str, str]  # zh_CN, zh_TW, en

MON, TUE, WED, THU, FRI, SAT, SUN = range(1, 8)

# The estate's common areas (公共区域); the buildings come from the master data.
STAIRWELLS: Words = ("楼道与大堂", "樓道與大堂", "Stairwells and lobbies")
LIFTS: Words = ("电梯", "電梯", "Lifts")
ROADS: Words = ("室外道路与广场", "室外道路與廣場", "Roads and squares")
CAR_PARK: Words = ("地下车库", "地下車庫", "Underground car park")
GARBAGE: Words = ("垃圾分类投放点", "垃圾分類投放點", "Garbage sorting points")
GARDEN: Words = ("中心花园", "中心花園", "Central garden")
VERGES: Words = ("道路绿化带", "道路綠化帶", "Roadside planting")
LAWNS: Words = ("楼前绿地", "樓前綠地", "Lawns by the buildings")
COMMON_AREAS: tuple[Words, ...] = (
    STAIRWELLS,
    LIFTS,
    ROADS,
    CAR_PARK,
    GARBAGE,
    GARDEN,
    VERGES,
    LAWNS,
)


@dataclass(frozen=True)
class DefaultTask:
    trade: Trade
    area: Words
    name: Words
    schedule: Schedule
    start_minute: int  # when it is usually done, minutes after midnight


def pick(words: Words, language: str) -> str:
    index = LANGUAGES.index(language if language in LANGUAGES else FALLBACK_LANGUAGE)
    return words[index]


_C, _G = Trade.CLEANING, Trade.GREENING
_DAILY = Schedule(Frequency.DAILY)


def _on(*days: int) -> Schedule:
    return Schedule(Frequency.WEEKLY if len(days) == 1 else Frequency.WEEKDAYS, frozenset(days))


def _monthly(day: int) -> Schedule:
    return Schedule(Frequency.MONTHLY, month_day=day)


DEFAULTS: tuple[DefaultTask, ...] = (
    # Cleaning (保洁)
    DefaultTask(_C, STAIRWELLS, ("楼道清扫", "樓道清掃", "Sweep the stairwells"), _DAILY, 7 * 60),
    DefaultTask(
        _C, STAIRWELLS, ("大堂地面拖洗", "大堂地面拖洗", "Mop the lobby floors"), _DAILY, 8 * 60
    ),
    DefaultTask(
        _C,
        STAIRWELLS,
        ("扶手及门窗擦拭", "扶手及門窗擦拭", "Wipe handrails, doors and windows"),
        _on(MON, WED, FRI),
        9 * 60,
    ),
    DefaultTask(
        _C, LIFTS, ("电梯轿厢擦拭", "電梯轎廂擦拭", "Wipe the lift cars"), _DAILY, 8 * 60 + 30
    ),
    DefaultTask(_C, ROADS, ("道路清扫", "道路清掃", "Sweep the roads"), _DAILY, 6 * 60 + 30),
    DefaultTask(
        _C, CAR_PARK, ("车库地面清扫", "車庫地面清掃", "Sweep the car park"), _on(TUE, FRI), 10 * 60
    ),
    DefaultTask(_C, GARBAGE, ("垃圾清运", "垃圾清運", "Take the garbage away"), _DAILY, 6 * 60),
    DefaultTask(
        _C,
        GARBAGE,
        ("垃圾桶清洗消毒", "垃圾桶清洗消毒", "Wash and disinfect the bins"),
        _on(SAT),
        14 * 60,
    ),
    DefaultTask(
        _C,
        STAIRWELLS,
        ("楼道灯具及消防栓箱擦拭", "樓道燈具及消防栓箱擦拭", "Wipe lights and hydrant boxes"),
        _monthly(15),
        14 * 60,
    ),
    # Greening (绿化)
    DefaultTask(_G, GARDEN, ("浇水", "澆水", "Water"), _DAILY, 7 * 60),
    DefaultTask(_G, GARDEN, ("草坪修剪", "草坪修剪", "Mow the lawns"), _on(MON), 9 * 60),
    DefaultTask(
        _G, GARDEN, ("病虫害防治", "病蟲害防治", "Pest and disease control"), _monthly(10), 9 * 60
    ),
    DefaultTask(_G, VERGES, ("浇水", "澆水", "Water"), _on(MON, THU), 7 * 60 + 30),
    DefaultTask(_G, VERGES, ("绿篱修剪", "綠籬修剪", "Trim the hedges"), _on(WED), 9 * 60),
    DefaultTask(_G, LAWNS, ("杂草清除", "雜草清除", "Weed"), _on(TUE, FRI), 8 * 60),
    DefaultTask(_G, LAWNS, ("施肥", "施肥", "Fertilise"), _monthly(20), 9 * 60),
)
