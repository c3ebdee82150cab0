"""The words of the demo repair tickets: faults and what was done about them, places,
reasons and follow-up comments, with how often each kind of ticket comes up."""

from __future__ import annotations

from propdesk.domain.repairs.kinds import RepairCategory as C
from propdesk.domain.repairs.kinds import RepairChannel as Ch
from propdesk.domain.repairs.kinds import RepairPriority as P

# (value, weight) tables.
PRIORITIES = ((P.EMERGENCY, 6), (P.URGENT, 24), (P.NORMAL, 70))
UNIT_CHANNELS = ((Ch.HOTLINE, 70), (Ch.WALK_IN, 25), (Ch.OTHER, 5))
AREA_CHANNELS = (
    (Ch.HOTLINE, 40),
    (Ch.WALK_IN, 15),
    (Ch.PATROL, 25),
    (Ch.INSPECTION, 12),
    (Ch.COMPLAINT, 5),
    (Ch.OTHER, 3),
)
UNIT_CATEGORIES = (
    (C.PLUMBING, 35),
    (C.ELECTRICAL, 20),
    (C.DOORS_LOCKS, 15),
    (C.LEAKS_CRACKS, 15),
    (C.OTHER, 15),
)
AREA_CATEGORIES = (
    (C.PUBLIC_FACILITIES, 30),
    (C.LIFT, 20),
    (C.ELECTRICAL, 15),
    (C.FIRE_EQUIPMENT, 10),
    (C.PLUMBING, 10),
    (C.LEAKS_CRACKS, 10),
    (C.DOORS_LOCKS, 5),
)
RATINGS = ((5, 55), (4, 30), (3, 10), (2, 3), (1, 2))
# Calls by local hour 0–23.
REPORT_HOURS = (1, 1, 0.5, 0.3, 0.3, 0.5, 1, 3, 6, 8, 8, 7, 5, 5, 7, 7, 6, 6, 7, 7, 6, 4, 3, 2)

# category → (fault reported, what the technician found, work done, materials used)
FAULTS: dict[C, tuple[tuple[str, str, str, str], ...]] = {
    C.PLUMBING: (
        ("厨房水龙头漏水", "水龙头阀芯磨损", "更换水龙头阀芯", "陶瓷阀芯 1 个"),
        ("卫生间下水道堵塞", "下水管内有异物堵塞", "疏通下水管道", ""),
        ("马桶水箱不停流水", "进水阀老化", "更换马桶进水阀", "进水阀 1 套"),
        ("洗手盆下水管脱落", "下水管接口松脱", "重新连接并密封下水管", "生料带、密封圈"),
        ("阳台地漏反味", "地漏防臭芯损坏", "更换地漏防臭芯", "防臭芯 1 个"),
    ),
    C.ELECTRICAL: (
        ("客厅插座没电", "插座内接线松动", "重新接线并更换插座", "五孔插座 1 个"),
        ("卫生间灯不亮", "灯具镇流器损坏", "更换灯具", "LED 吸顶灯 1 个"),
        ("空气开关频繁跳闸", "热水器线路漏电", "检修线路，更换漏电开关", "漏电保护开关 1 个"),
        ("楼道灯不亮", "声控开关损坏", "更换声控开关", "声控开关 1 个"),
    ),
    C.LIFT: (
        ("电梯运行异响", "导靴磨损", "更换导靴衬", "导靴衬 4 个"),
        ("电梯按钮失灵", "外呼按钮触点损坏", "更换外呼按钮", "按钮 1 个"),
        ("电梯门关不上", "门机皮带松动", "调整门机皮带", ""),
    ),
    C.DOORS_LOCKS: (
        ("入户门锁卡死", "锁芯卡滞", "更换锁芯", "C 级锁芯 1 个"),
        ("单元门禁关不上", "闭门器漏油", "更换闭门器", "闭门器 1 个"),
        ("窗户把手断裂", "把手老化断裂", "更换窗户把手", "把手 1 个"),
    ),
    C.LEAKS_CRACKS: (
        ("卫生间天花板渗水", "楼上卫生间防水层破损", "重做防水层并修补天花", "防水涂料、石膏板"),
        ("卧室外墙渗水发霉", "外墙窗框打胶老化", "窗框外侧重新打胶", "耐候密封胶 2 支"),
        ("阳台顶部裂缝", "抹灰层收缩开裂", "铲除空鼓并重新批荡", "砂浆、腻子"),
    ),
    C.FIRE_EQUIPMENT: (
        ("消防栓箱门损坏", "箱门合页断裂", "更换箱门合页", "合页 2 个"),
        ("灭火器压力不足", "灭火器过期失压", "更换灭火器", "4 kg 干粉灭火器 2 具"),
        ("应急照明灯不亮", "蓄电池老化", "更换应急灯电池", "蓄电池 1 块"),
    ),
    C.PUBLIC_FACILITIES: (
        ("路灯不亮", "灯泡烧坏", "更换路灯灯泡", "LED 灯泡 1 个"),
        ("儿童游乐设施松动", "固定螺栓松脱", "紧固并更换螺栓", "不锈钢螺栓 6 套"),
        ("健身器材损坏", "转轴轴承损坏", "更换轴承", "轴承 2 个"),
        ("道闸抬杆故障", "道闸电机控制板故障", "更换控制板", "控制板 1 块"),
    ),
    C.OTHER: (
        ("晾衣架摇不动", "钢丝绳断裂", "更换晾衣架钢丝绳", "钢丝绳 2 根"),
        ("信报箱锁坏了", "锁舌断裂", "更换信报箱锁", "信报箱锁 1 把"),
        ("空调冷凝水管脱落", "管卡松脱", "重新固定冷凝水管", "管卡 3 个"),
    ),
}
# Common areas; the first three are named with a building and entrance.
IN_BUILDING = ("大堂", "电梯", "楼梯间")
AREAS = (
    *IN_BUILDING,
    "地下车库 B1",
    "地下车库 B2",
    "中心花园",
    "儿童游乐区",
    "东门",
    "南门",
    "会所",
    "垃圾分类收集点",
    "消防通道",
    "地面停车场",
)
TECHNICIAN_POSITIONS = ("水电工", "水电工", "电工", "维修工", "维修工", "电梯管理员")
CANCEL_REASONS = (
    "住户自行修好",
    "重复报修",
    "多次联系住户未果",
    "住户改约，另行报修",
    "非物业维修范围，已告知住户",
)
REFUSE_REASONS = ("住户认为价格太高", "住户自行找人维修", "住户暂不维修")
COMMENTS = {
    5: ("师傅很专业，满意", "处理及时，谢谢", "", ""),
    4: ("满意", "上门稍晚，维修不错", ""),
    3: ("一般", "维修时间较长"),
    2: ("修完后仍有点问题",),
    1: ("等了太久",),
}
