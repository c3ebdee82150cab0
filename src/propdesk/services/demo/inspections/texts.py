"""The demo inspections' words (zh_CN, as the templates are seeded): what an inspector
notes on a failed item and what the notice asks to fix, the hours each kind of round
is walked, who fixes what, and the equipment register's models.

Data, not translated strings: records are stored in the station's language, as the
console's own would be (domain.inspections.defaults says the same of the templates).
"""

from __future__ import annotations

from propdesk.domain.inspections.equipment import EquipmentKind as E
from propdesk.domain.inspections.kinds import InspectionKind as K

# item key → (the inspector's note, what the notice asks to fix); items not listed use
# their kind's line in KIND_FINDINGS.
FINDINGS: dict[str, tuple[str, str]] = {
    "extinguisher_pressure": ("压力表指针在红区，压力不足", "更换或送检充装该灭火器"),
    "extinguisher_intact": ("灭火器铅封脱落，喷管老化", "更换铅封及喷管，必要时整瓶更换"),
    "hydrant_cabinet": ("消火栓箱内水带缺失", "补齐水带、水枪并加封"),
    "hydrant_pressure": ("栓口压力不足", "检查稳压泵及管网阀门，恢复压力"),
    "alarm_panel": ("报警控制器有故障信号未消除", "联系维保单位排除故障并复位"),
    "emergency_lights": ("应急灯断电测试不亮", "更换应急灯电池或灯具"),
    "fire_doors": ("防火门闭门器损坏，门不能自闭", "更换闭门器，调整门扇"),
    "sprinkler_valves": ("喷淋信号阀未处于全开状态", "将阀门全开并加锁，查明原因"),
    "walls_no_cracks": ("楼梯间墙面出现裂缝", "评估裂缝并修补批荡"),
    "no_leaks": ("顶层走廊天花渗水", "查找渗漏点并做防水处理"),
    "facade_tiles": ("外墙瓷砖空鼓，有脱落风险", "拉警戒线，铲除空鼓瓷砖并重贴"),
    "railings": ("栏杆立柱松动", "加固栏杆立柱"),
    "doors_windows": ("楼道窗扇合页损坏", "更换合页，调试窗扇"),
    "roof_drains": ("屋面雨水口被落叶堵塞", "清理雨水口并加装挡叶罩"),
    "pumps_running": ("水泵运行噪音异常", "检修水泵轴承"),
    "supply_pressure": ("供水压力偏低", "调整变频器设定并检查管路"),
    "tank_covers": ("水箱人孔盖未上锁", "加锁并检查水箱是否受污染"),
    "drains_clear": ("排水沟淤积", "清淤并疏通排水沟"),
    "sump_pumps": ("集水井水泵浮球卡死", "检修浮球开关并试泵"),
    "no_pipe_leaks": ("管井内阀门渗漏", "更换阀门密封件"),
    "switch_room_temperature": ("配电房温度过高", "检修排风扇，必要时加装空调"),
    "supply_voltage": ("进线电压超出范围", "联系供电部门核查并记录"),
    "switchgear": ("配电柜指示灯损坏", "更换指示灯，检查回路"),
    "room_secure": ("配电房门锁损坏", "更换门锁，钥匙登记管理"),
    "common_lights": ("公共照明多处不亮", "更换灯具，检查控制回路"),
    "generator": ("发电机试机启动困难", "更换蓄电池并保养发电机"),
    "lift_running": ("电梯运行有异响", "通知维保单位检修"),
    "lift_alarm": ("轿厢警铃按下无响应", "维修警铃及对讲装置"),
    "lift_lighting": ("轿厢照明灯不亮", "更换轿厢照明"),
    "lift_doors": ("电梯门关闭时防夹功能失灵", "停梯检修光幕"),
    "lift_certificate": ("安全检验合格标志未张贴", "张贴有效的合格标志"),
    "stairs_clear": ("楼梯间堆放杂物", "通知业主清理，逾期由物业清理"),
    "exits_unlocked": ("安全出口被上锁", "立即开锁，张贴禁止锁闭提示"),
    "fire_lanes_clear": ("消防通道有车辆停放", "联系车主挪车，设置禁停标识"),
    "no_ebike_charging": ("楼道内有电动车充电", "劝离并张贴禁止充电告示"),
    "exit_signs_lit": ("疏散指示灯不亮", "更换疏散指示灯"),
    "extinguishers_in_place": ("灭火器被挪离原位", "放回原位并检查完好"),
    "floors_clean": ("地面有污渍未清理", "重新清洁并加强巡回保洁"),
    "handrails_clean": ("扶手积灰", "擦拭扶手"),
    "lift_cars_clean": ("轿厢地面有垃圾", "清洁轿厢"),
    "glass_clean": ("大堂玻璃门有手印", "擦拭玻璃门"),
    "bins_emptied": ("垃圾桶满溢未清运", "清运并增加清运频次"),
    "no_adverts": ("墙面有小广告", "清除小广告"),
    "lawn_mowed": ("草坪过高未修剪", "修剪草坪"),
    "no_bare_patches": ("草坪有黄土裸露", "补种草皮"),
    "shrubs_pruned": ("绿篱枝条遮挡道路", "修剪绿篱"),
    "no_pests": ("灌木发现虫害", "喷药防治并跟踪"),
    "watered": ("苗木缺水萎蔫", "补水浇灌"),
    "trees_safe": ("大树枯枝有坠落风险", "修剪枯枝，设警示"),
    "bins_labelled": ("分类标识脱落", "重新张贴分类标识"),
    "sorted_correctly": ("厨余垃圾混投严重", "安排督导员值守并二次分拣"),
    "not_overflowing": ("其他垃圾桶满溢", "及时清运，增加桶位"),
    "point_clean": ("投放点地面脏污有异味", "冲洗投放点并消毒"),
    "removed_on_time": ("垃圾未按时清运", "联系清运单位按时清运"),
}
KIND_FINDINGS: dict[K, tuple[str, str]] = {
    K.FIRE_EQUIPMENT: ("消防设施异常", "维修并恢复正常"),
    K.BUILDING: ("房屋本体有损坏", "安排维修"),
    K.WATER_DRAINAGE: ("给排水设施异常", "检修并恢复正常"),
    K.POWER: ("供配电设施异常", "检修并恢复正常"),
    K.LIFTS: ("电梯异常", "通知维保单位检修"),
    K.PUBLIC_FIRE_SAFETY: ("公共区域消防隐患", "立即整改消除隐患"),
    K.CLEANING: ("保洁不到位", "重新清洁"),
    K.GREENING: ("绿化养护不到位", "补做养护"),
    K.GARBAGE_SORTING: ("投放点不达标", "整改投放点"),
}
FIX_NOTES = ("已处理完毕", "已维修，请复查", "已整改，附现场照片存档", "已更换配件", "已按要求完成")
# A failing re-inspection's note: the fix did not hold.
NOT_FIXED = "复查仍不合格，退回整改"

# The department that fixes what a kind of round finds (department codes).
DEPARTMENTS: dict[K, str] = {
    K.FIRE_EQUIPMENT: "engineering",
    K.BUILDING: "engineering",
    K.WATER_DRAINAGE: "engineering",
    K.POWER: "engineering",
    K.LIFTS: "engineering",
    K.PUBLIC_FIRE_SAFETY: "security",
    K.CLEANING: "cleaning",
    K.GREENING: "greening",
    K.GARBAGE_SORTING: "cleaning",
}
# The local hours a round of each kind starts in (first, last).
HOURS: dict[K, tuple[int, int]] = {
    K.FIRE_EQUIPMENT: (9, 15),
    K.BUILDING: (9, 15),
    K.WATER_DRAINAGE: (9, 11),
    K.POWER: (14, 16),
    K.LIFTS: (8, 9),
    K.PUBLIC_FIRE_SAFETY: (15, 17),
    K.CLEANING: (10, 11),
    K.GREENING: (9, 10),
    K.GARBAGE_SORTING: (20, 21),
}

# The equipment register: (kind, model, service months, service days, life in months
# or 0 for none).
Model = tuple[E, str, int, int, int]
EXTINGUISHER: Model = (E.EXTINGUISHER, "4 kg ABC 干粉灭火器 MFZ/ABC4（2 具）", 12, 0, 120)
CART_EXTINGUISHER: Model = (E.EXTINGUISHER, "35 kg 推车式干粉灭火器 MFTZ/ABC35", 12, 0, 120)
HYDRANT: Model = (E.HYDRANT, "室内消火栓箱 SG24A65", 12, 0, 0)
EMERGENCY_LIGHT: Model = (E.EMERGENCY_LIGHT, "应急照明灯（蓄电池）", 6, 0, 0)
EXIT_SIGN: Model = (E.EXIT_SIGN, "安全出口标志灯", 12, 0, 0)
FIRE_DOOR: Model = (E.FIRE_DOOR, "乙级防火门（设备层）", 12, 0, 0)
LIFT: Model = (E.LIFT, "乘客电梯 1000 kg", 0, 15, 0)
SPRINKLER: Model = (E.SPRINKLER, "湿式报警阀组 ZSFZ150", 12, 0, 0)
ALARM_PANEL: Model = (E.ALARM_PANEL, "火灾报警控制器 JB-QB-GST200", 12, 0, 0)
FIRE_PUMP: Model = (E.PUMP, "消防泵 XBD8/40", 1, 0, 0)
WATER_PUMP: Model = (E.PUMP, "生活变频供水泵 CDL15-5", 6, 0, 0)
SUMP_PUMP: Model = (E.PUMP, "潜水排污泵 WQ25-10", 6, 0, 0)
WATER_TANK: Model = (E.WATER_TANK, "不锈钢生活水箱 36 m³", 6, 0, 0)
SWITCHGEAR: Model = (E.SWITCHGEAR, "低压配电柜 GGD", 12, 0, 0)
GENERATOR: Model = (E.GENERATOR, "柴油发电机组 200 kW", 1, 0, 0)
CCTV: Model = (E.CCTV, "监控硬盘录像机 32 路", 12, 0, 96)

CAR_PARK = "地下车库"
CONTROL_ROOM = "消防控制室"
FIRE_PUMP_ROOM = "消防泵房"
WATER_PUMP_ROOM = "生活水泵房"
SWITCH_ROOM = "配电房"
