"""The words of the demo patrol: the three routes and their checkpoints, what is checked
at each kind of place, what guards find and do, why rounds are given up, and the
codes a reader sometimes types that no checkpoint has."""

from __future__ import annotations

from propdesk.domain.patrol.findings import FindingCategory as F

# What to check, one item per line, by the kind of place.
CHECKLISTS = {
    "default": "门窗关闭\n消防器材完好\n照明正常\n无异常情况",
    "gate": "岗亭值守正常\n道闸运行正常\n照明正常\n无可疑人员车辆",
    "lobby": "单元门禁闭合\n消防器材完好\n应急照明正常\n无杂物堆放",
    "fire_passage": "通道畅通无堆物\n防火门关闭\n疏散指示灯正常",
    "garden": "设施完好无松动\n照明正常\n无积水杂物\n无可疑人员",
    "plant_room": "门锁完好\n设备运行无异响\n无漏水渗水\n温度正常",
    "parking": "车辆停放有序\n消防通道未占用\n照明正常\n无漏油积水",
    "perimeter": "围墙完好无破损\n监控探头正常\n无攀爬痕迹\n照明正常",
    "charging": "充电设备无异常发热\n无飞线充电\n消防器材完好",
    "refuse": "垃圾桶加盖\n无满溢异味\n地面清洁",
}

# A checkpoint: (name, place, checklist kind); LOBBY is a building's lobby, filled in
# from the estate's buildings (the east route takes the first half, the west the rest).
LOBBY = None
Checkpoint = tuple[str, str, str] | None
# (name, code letter, note, checkpoints in walking order)
ROUTES: tuple[tuple[str, str, str, tuple[Checkpoint, ...]], ...] = (
    (
        "东区巡逻",
        "E",
        "东门出发，经东区楼栋、会所、中心花园东侧，回东门",
        (
            ("东门岗亭", "东门", "gate"),
            LOBBY,
            ("2号消防通道", "消防通道", "fire_passage"),
            LOBBY,
            ("会所", "会所", "default"),
            ("儿童游乐区", "儿童游乐区", "garden"),
            ("中心花园东侧", "中心花园", "garden"),
            LOBBY,
            ("垃圾分类收集点", "垃圾分类收集点", "refuse"),
            ("东侧围墙", "东侧围墙", "perimeter"),
            ("东区绿化带", "东区绿化带", "garden"),
        ),
    ),
    (
        "西区巡逻",
        "W",
        "南门出发，经西区楼栋、地面停车场、充电棚、中心花园西侧",
        (
            ("南门岗亭", "南门", "gate"),
            LOBBY,
            ("地面停车场", "地面停车场", "parking"),
            ("1号消防通道", "消防通道", "fire_passage"),
            LOBBY,
            ("电动车充电棚", "电动车充电棚", "charging"),
            ("中心花园西侧", "中心花园", "garden"),
            ("健身广场", "中心花园", "garden"),
            LOBBY,
            ("西侧围墙", "西侧围墙", "perimeter"),
            ("快递柜", "南门", "default"),
        ),
    ),
    (
        "地库及周界",
        "B",
        "地下车库两层、设备房，再沿南北围墙",
        (
            ("地下车库B1入口", "地下车库 B1", "parking"),
            ("地下车库B1东区", "地下车库 B1", "parking"),
            ("配电房", "配电房", "plant_room"),
            ("水泵房", "水泵房", "plant_room"),
            ("地下车库B2", "地下车库 B2", "parking"),
            ("消防控制室", "消防控制室", "plant_room"),
            ("发电机房", "发电机房", "plant_room"),
            ("车库出口道闸", "地下车库 B1", "gate"),
            ("北侧围墙", "北侧围墙", "perimeter"),
            ("南侧围墙", "南侧围墙", "perimeter"),
        ),
    ),
)
LOBBIES_PER_ROUTE = 3

GUARD_POSITION = "巡逻队员"
MANAGER_POSITION = "值班主管"

# category → (what was seen, what the guard did, how it was dealt with), with how often
# each category comes up among the findings that need no repair ticket.
FINDINGS: dict[F, tuple[tuple[str, str, str], ...]] = {
    F.DOORS_WINDOWS: (
        ("单元门禁门未关闭", "已关好门并检查门禁", "现场已处理"),
        ("防火门被楔子顶开", "已取走楔子，关闭防火门", "现场已处理"),
        ("设备房门未上锁", "已上锁并报告值班主管", "已提醒工程部注意锁门"),
    ),
    F.FIRE_EQUIPMENT: (
        ("消防通道堆放纸箱杂物", "拍照留存，通知住户清理", "杂物已清理"),
        ("灭火器压力表指针在红区", "已登记，通知工程部更换", "已更换灭火器"),
        ("消火栓箱被杂物遮挡", "已移开杂物", "现场已处理"),
    ),
    F.LIGHTING: (
        ("路灯一盏不亮", "已登记，通知工程部", "工程部已更换灯泡"),
        ("应急照明灯不亮", "已登记，通知工程部", "工程部已更换电池"),
    ),
    F.FACILITIES: (
        ("地面有积水，疑似管道渗漏", "放置警示牌，通知工程部值班", "工程部已处理"),
        ("围墙铁艺栏杆松动", "拍照上报", "已加固"),
        ("井盖松动有响声", "放置警示锥", "工程部已紧固井盖"),
    ),
    F.SECURITY: (
        ("陌生人在单元门口徘徊", "上前询问并登记，劝离小区", "已劝离，无异常"),
        ("可疑车辆长时间停留", "记录车牌，报告值班主管", "车主已驶离"),
        ("围墙处有攀爬痕迹", "拍照并报告值班主管", "已加强该处巡查，加装防攀爬刺"),
        ("电动车推进楼道充电", "劝住户推出楼道", "住户已将电动车推至充电棚"),
    ),
    F.HYGIENE: (
        ("垃圾满溢，有异味", "通知保洁", "保洁已清运"),
        ("地面有油污", "放置警示牌，通知保洁", "保洁已清洗"),
        ("宠物粪便未清理", "通知保洁", "保洁已清理"),
    ),
    F.OTHER: (
        ("快递柜门未关", "已关好", "现场已处理"),
        ("监控探头角度偏移", "报告监控室", "监控室已调整"),
    ),
}
FINDING_WEIGHTS = (
    (F.DOORS_WINDOWS, 22),
    (F.FIRE_EQUIPMENT, 15),
    (F.LIGHTING, 10),
    (F.FACILITIES, 10),
    (F.SECURITY, 20),
    (F.HYGIENE, 15),
    (F.OTHER, 8),
)
# What a guard did when he opened a repair ticket from a finding ({number}: the ticket).
TICKET_ACTION = "拍照上报，开维修单 {number}"
TICKET_DONE = "维修完成，维修单 {number} 已关闭"
TICKET_CANCELLED = "维修单 {number} 已取消：{reason}"
TICKET_CLOSED = "维修单 {number} 已关闭"

ABANDON_REASONS = (
    "岗亭通知，返回处理住户纠纷",
    "协助处理突发漏水",
    "地库车辆剐蹭，到场处理",
    "身体不适，由班长安排顶岗",
    "电梯困人，协助救援",
)

# What a reader types that no checkpoint has: a torn label read badly, a drink's
# barcode, a parcel's tracking number.
UNKNOWN_CODES = ("XG-E-0", "XG-W-1", "XG-B-O3", "6921168509256", "6902083881405", "SF1402987734")
