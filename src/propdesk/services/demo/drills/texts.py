"""The words of the demo sessions: titles, places, what was practised, problems found
and what was done about them — as an estate office writes them."""

from __future__ import annotations

from propdesk.domain.drills.kinds import Topic

PLACES: dict[Topic, tuple[str, ...]] = {
    Topic.FIRE_DRILL: ("3号楼前广场", "中心花园", "地下车库B1层", "5号楼一层大堂"),
    Topic.EVACUATION: ("8号楼", "12号楼", "2号楼"),
    Topic.FLOOD: ("地下车库入口", "地下车库B1层", "水泵房"),
    Topic.LIFT_ENTRAPMENT: ("6号楼1号电梯", "10号楼2号电梯", "15号楼1号电梯"),
    Topic.FIRE_SAFETY: ("物业服务中心会议室",),
    Topic.SERVICE: ("物业服务中心会议室",),
    Topic.SECURITY: ("物业服务中心会议室", "监控中心"),
    Topic.EQUIPMENT: ("水泵房", "配电房", "消防控制室"),
}

TITLES: dict[Topic, str] = {
    Topic.FIRE_DRILL: "{year}年{half}消防演练",
    Topic.EVACUATION: "{year}年高层住户疏散演练",
    Topic.FLOOD: "{year}年汛前防汛演练",
    Topic.LIFT_ENTRAPMENT: "{year}年电梯困人应急救援演练",
    Topic.FIRE_SAFETY: "{year}年第一季度消防安全知识培训",
    Topic.SERVICE: "{year}年第二季度服务礼仪培训",
    Topic.SECURITY: "{year}年第三季度安全防范与岗位职责培训",
    Topic.EQUIPMENT: "{year}年第四季度设施设备操作培训",
}

PRACTISED: dict[Topic, str] = {
    Topic.FIRE_DRILL: "模拟住户厨房起火：发现报警、消防控制室确认、义务消防队初期扑救"
    "（灭火器、消火栓出水）、疏散引导、外围警戒、清点人数，演练结束后讲评。",
    Topic.EVACUATION: "模拟高层火警：广播通知、各楼层引导员就位、沿疏散楼梯有序撤离至集合点、"
    "清点人数并报告。",
    Topic.FLOOD: "暴雨红色预警演练：车库入口挡水板安装、沙袋封堵、潜水泵启动排水、"
    "车辆转移通知、值班人员到岗。",
    Topic.LIFT_ENTRAPMENT: "模拟电梯困人：安抚被困人员、通知维保单位、切断电源、盘车放人，"
    "记录到场与救出时间。",
    Topic.FIRE_SAFETY: "消防法规与火灾案例、灭火器与消火栓使用、火场逃生要点，现场实操考核。",
    Topic.SERVICE: "服务礼仪、接听投诉电话的话术、上门服务规范与案例讨论。",
    Topic.SECURITY: "门岗登记流程、巡逻要点、可疑人员处置、突发事件报告程序。",
    Topic.EQUIPMENT: "二次供水设备、配电柜、消防联动控制器的日常操作与异常处置。",
}

# (problem found, what was done about it), for drills that showed a weakness.
PROBLEMS: dict[Topic, tuple[tuple[str, str], ...]] = {
    Topic.FIRE_DRILL: (
        ("消火栓水带接口锈蚀，连接耗时过长", "工程部更换该楼层水带接口，一周内完成并复查"),
        ("部分队员灭火器操作不熟练，拔销后未对准火焰根部", "秩序维护部下月组织灭火器实操复训"),
        ("疏散广播音量不足，高楼层听不清", "调校广播功放音量，下次演练前测试"),
        ("集合点清点人数用时超过10分钟", "按楼栋指定清点负责人，制作清点表"),
    ),
    Topic.EVACUATION: (
        ("消防通道堆放杂物，疏散受阻", "客服中心张贴清理通知，秩序维护部每日巡查"),
        ("部分楼层应急照明不亮", "工程部更换应急灯电池，纳入月度巡检"),
    ),
    Topic.FLOOD: (
        ("挡水板安装用时超过15分钟", "挡水板移至入口旁存放并编号，定人负责"),
        ("一台潜水泵无法启动", "送修并增购一台备用潜水泵"),
    ),
    Topic.LIFT_ENTRAPMENT: (
        ("维保单位到场超过30分钟", "与维保单位约谈，重申30分钟到场要求"),
        ("电梯五方对讲轿厢端无声", "维保单位已维修并测试正常"),
    ),
}

HALVES = ("上半年", "下半年")
