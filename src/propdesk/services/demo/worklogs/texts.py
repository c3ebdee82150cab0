"""The demo estate's cleaning and greening: its areas (the buildings in zones of four,
the common areas), each trade's tasks there and how often, the crews, and the
reasons and notes a clerk types from the paper logs. Chinese, as the estate's."""

from __future__ import annotations

from propdesk.domain.worklogs.kinds import Frequency, Trade
from propdesk.domain.worklogs.schedule import Schedule

MON, TUE, WED, THU, FRI, SAT, SUN = range(1, 8)
DAILY = Schedule(Frequency.DAILY)


def on(*days: int) -> Schedule:
    return Schedule(Frequency.WEEKLY if len(days) == 1 else Frequency.WEEKDAYS, frozenset(days))


def monthly(day: int) -> Schedule:
    return Schedule(Frequency.MONTHLY, month_day=day)


ZONE_SIZE = 4  # buildings a cleaner keeps
# (task, schedule, usual minute) for each zone of buildings.
ZONE_TASKS = (
    ("楼道清扫", DAILY, 7 * 60),
    ("电梯轿厢擦拭", DAILY, 8 * 60 + 30),
    ("扶手及门窗擦拭", on(MON, WED, FRI), 9 * 60 + 30),
    ("楼道灯具及消防栓箱擦拭", monthly(15), 14 * 60),
)
# (trade, area, task, schedule, usual minute) for the common areas.
COMMON_TASKS = (
    (Trade.CLEANING, "室外道路与广场", "道路清扫", DAILY, 6 * 60 + 30),
    (Trade.CLEANING, "垃圾分类投放点", "垃圾清运", DAILY, 6 * 60),
    (Trade.CLEANING, "垃圾分类投放点", "垃圾桶清洗消毒", on(SAT), 14 * 60),
    (Trade.CLEANING, "地下车库", "车库地面清扫", on(TUE, FRI), 10 * 60),
    (Trade.GREENING, "中心花园", "浇水", DAILY, 7 * 60),
    (Trade.GREENING, "中心花园", "草坪修剪", on(MON), 9 * 60),
    (Trade.GREENING, "中心花园", "病虫害防治", monthly(10), 9 * 60),
    (Trade.GREENING, "道路绿化带", "浇水", on(MON, THU), 7 * 60 + 30),
    (Trade.GREENING, "道路绿化带", "绿篱修剪", on(WED), 9 * 60),
    (Trade.GREENING, "楼前绿地", "杂草清除", on(TUE, FRI), 8 * 60),
    (Trade.GREENING, "楼前绿地", "施肥", monthly(20), 9 * 60),
)
# The crews the demo hires: (department code, position, how many).
CREWS = (("cleaning", "保洁员", 6), ("greening", "绿化工", 3))

REASONS = {
    Trade.CLEANING: (
        "人员请假，未安排替班",
        "电梯维保停用",
        "楼道装修施工，暂缓清扫",
        "垃圾车未按时到达",
        "保洁用品未到货",
        "暴雨，室外作业暂停",
    ),
    Trade.GREENING: (
        "下雨，无需浇水",
        "割草机故障送修",
        "暴雨，室外作业暂停",
        "人员请假，未安排替班",
        "农药未到货",
        "高温时段，改次日进行",
    ),
}
NOTES = {
    Trade.CLEANING: (
        "发现楼道堆放杂物，已通知客服",
        "地面有油污，已重点清洗",
        "垃圾桶破损一个，已报修",
        "电梯轿厢有小广告，已清除",
    ),
    Trade.GREENING: (
        "发现枯死苗木两株，待补种",
        "草坪有黄土裸露，已记录",
        "发现白蛾幼虫，已喷药",
        "绿篱被踩踏一处，已修复",
    ),
}
VOID_REASON = "重复录入"
