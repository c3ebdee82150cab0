"""Texts the demo gate traffic picks from: visit purposes, items, notice places, the
matters one guard hands to the next."""

from __future__ import annotations

# (purpose, shortest and longest stay in minutes, weight)
PURPOSES = (
    ("探亲", 60, 360, 3.0),
    ("访友", 30, 240, 3.0),
    ("送货", 5, 30, 2.0),
    ("快递", 3, 15, 3.0),
    ("外卖", 3, 12, 3.0),
    ("家政服务", 120, 240, 2.0),
    ("维修", 30, 180, 1.5),
    ("装修", 120, 540, 1.0),
    ("看房", 20, 60, 0.5),
)
CONFIRMATIONS = (("phone", 0.5), ("intercom", 0.35), ("in_person", 0.15))
EXTERIOR_CHECKS = (("无刮擦", 0.85), ("右前保险杠旧划痕", 0.02), ("左后门有凹痕", 0.02), ("", 0.11))
ITEMS_TAKEN_OUT = (
    "旧沙发一套",
    "纸箱 5 个（搬家）",
    "冰箱一台",
    "自行车一辆",
    "装修垃圾若干",
    "办公椅 2 把",
    "电视机一台",
    "行李箱 2 个",
    "旧床垫一张",
    "洗衣机一台",
)
ITEMS_BROUGHT_IN = (
    "新沙发一套",
    "瓷砖 20 箱",
    "洗衣机一台",
    "床垫一张",
    "木地板 30 包",
    "衣柜一组",
    "空调外机一台",
    "钢琴一台",
)
NOTICE_PLACES = (
    "3 栋东侧消防通道",
    "1 号门岗出入口",
    "地面访客车位区通道",
    "12 栋单元门前",
    "地下车库坡道口",
    "幼儿园门口",
    "7 栋与 8 栋之间消防登高面",
)
OPEN_MATTERS = (
    "",
    "",
    "",
    "",
    "",
    "",
    "3 栋电梯维修中，访客请走 2 单元",
    "访客车位已满，请引导至 B2",
    "12-1-0801 装修，明日有材料进场",
    "东门道闸抬杆偶有延迟，已报工程部",
)
