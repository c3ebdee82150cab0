"""The words of the demo complaints and inquiries: what residents complain about and
what the office found, answered, blamed and changed, what they ask at the front desk,
with how often each kind comes up in summer and in winter."""

from __future__ import annotations

from propdesk.domain.complaints.kinds import ComplaintCategory as C
from propdesk.domain.complaints.kinds import ComplaintChannel as Ch
from propdesk.domain.complaints.kinds import FollowUpMethod as M
from propdesk.domain.complaints.kinds import RootCause as R
from propdesk.domain.complaints.kinds import Severity

# (value, weight) tables.
CHANNELS = ((Ch.PHONE, 45), (Ch.VISIT, 30), (Ch.WECHAT, 18), (Ch.LETTER, 3), (Ch.SUGGESTION_BOX, 4))
INQUIRY_CHANNELS = ((Ch.PHONE, 50), (Ch.VISIT, 35), (Ch.WECHAT, 15))
SEVERITIES = (
    (Severity.SERIOUS, 8),
    (Severity.NORMAL, 62),
    (Severity.MINOR, 30),
)
FOLLOW_UP_METHODS = ((M.PHONE, 70), (M.VISIT, 15), (M.WECHAT, 15))
RATINGS = ((5, 45), (4, 33), (3, 14), (2, 5), (1, 3))
# Complaints by category in an ordinary month; summer (June–September) brings noise
# and greening, winter (December–February) the hot water, leaks and damp.
CATEGORIES = (
    (C.SECURITY, 10),
    (C.CLEANING, 16),
    (C.GREENING, 7),
    (C.FACILITIES, 22),
    (C.NOISE, 14),
    (C.PARKING, 13),
    (C.STAFF_CONDUCT, 7),
    (C.FEES, 6),
    (C.OTHER, 5),
)
SUMMER = {C.NOISE: 2.6, C.GREENING: 1.6, C.CLEANING: 1.3}
WINTER = {C.FACILITIES: 1.9, C.NOISE: 0.6}
# Calls by local hour 0–23 (noise at night, the rest in office hours).
HOURS = (1.5, 1, 0.5, 0.2, 0.1, 0.2, 0.5, 2, 5, 8, 8, 7, 4, 5, 7, 7, 6, 5, 5, 6, 6, 5, 4, 3)

# Which department handles each category (department codes of migration 0003).
DEPARTMENTS = {
    C.SECURITY: "security",
    C.CLEANING: "cleaning",
    C.GREENING: "greening",
    C.FACILITIES: "engineering",
    C.NOISE: "security",
    C.PARKING: "security",
    C.STAFF_CONDUCT: "customer_service",
    C.FEES: "customer_service",
    C.OTHER: "customer_service",
}
# Hired when a department has no live staff: (department code, position) each.
HIRED = (
    ("security", "安保主管"),
    ("cleaning", "保洁主管"),
    ("cleaning", "保洁领班"),
    ("greening", "绿化主管"),
    ("engineering", "工程主管"),
    ("customer_service", "客服主管"),
    ("customer_service", "客服专员"),
    ("customer_service", "客服专员"),
)

# category → (what was complained of, what the investigation found, the resolution
# given, root cause, its text, corrective action); winter-only ones are in WINTER_ONLY.
Story = tuple[str, str, str, R, str, str]
STORIES: dict[C, tuple[Story, ...]] = {
    C.SECURITY: (
        (
            "夜间有陌生人尾随进入单元门",
            "调取监控，门岗未核实访客身份",
            "已加强门岗登记核查，向住户致歉",
            R.STAFF_SERVICE,
            "门岗未按规定核实访客",
            "重新培训访客登记流程，每周抽查",
        ),
        (
            "外卖员随意进出小区",
            "东门外卖放行未登记",
            "外卖统一放至外卖柜，不再放行入内",
            R.PROCESS,
            "外卖人员进出无统一规定",
            "设置外卖柜，修订门岗制度",
        ),
        (
            "保安夜班睡岗",
            "核实属实，当班保安已处理",
            "已对当班保安作出处罚并调岗",
            R.STAFF_SERVICE,
            "夜班巡查监督不到位",
            "增加夜班抽查，巡更点考核",
        ),
        (
            "车库电瓶车被盗",
            "监控显示嫌疑人翻越围墙进入",
            "已协助报警并加装车库监控",
            R.EQUIPMENT,
            "车库出入口监控存在盲区",
            "增设两处摄像头，围墙加装防攀爬刺",
        ),
    ),
    C.CLEANING: (
        (
            "楼道垃圾两天没人清理",
            "保洁员请假无人顶岗",
            "当天已清理完毕，安排顶岗人员",
            R.PROCESS,
            "保洁员请假无顶岗安排",
            "建立保洁顶岗名单",
        ),
        (
            "垃圾分类点异味严重",
            "垃圾桶清洗不及时",
            "已清洗消毒垃圾桶，增加清运次数",
            R.STAFF_SERVICE,
            "清洗频次未按标准执行",
            "夏季垃圾桶每日清洗并登记",
        ),
        (
            "电梯轿厢有宠物尿渍",
            "住户遛狗未清理",
            "已清洁消毒，张贴文明养犬提示",
            R.RESIDENT,
            "个别住户未清理宠物排泄物",
            "加强文明养犬宣传，电梯加装提示",
        ),
        (
            "地下车库积水有污泥",
            "雨后排水沟堵塞",
            "已疏通排水沟并清理污泥",
            R.EQUIPMENT,
            "排水沟长期未疏通",
            "雨季前后各疏通一次排水沟",
        ),
    ),
    C.GREENING: (
        (
            "楼下树枝遮挡窗户采光",
            "树木多年未修剪",
            "已安排修剪树枝",
            R.PROCESS,
            "绿化修剪计划未覆盖该区域",
            "修订年度修剪计划",
        ),
        (
            "草坪打药没有提前通知",
            "绿化外包公司未按要求公告",
            "已向住户说明药剂安全性，并致歉",
            R.COMMUNICATION,
            "打药前未张贴通知",
            "打药前 24 小时在群内和单元门公告",
        ),
        (
            "中心花园蚊虫太多",
            "水景池积水滋生蚊虫",
            "已清理水池并定期灭蚊",
            R.CONTRACTOR,
            "外包公司灭蚊频次不足",
            "夏季每周灭蚊两次并抽查",
        ),
    ),
    C.FACILITIES: (
        (
            "电梯经常停运",
            "电梯控制板老化故障",
            "已更换控制板，电梯恢复运行",
            R.EQUIPMENT,
            "电梯部件老化",
            "申请维修基金更换老旧部件",
        ),
        (
            "楼道灯坏了很久没人修",
            "巡查未发现并上报",
            "已更换灯具",
            R.PROCESS,
            "公共照明巡查遗漏",
            "巡查表增加楼道照明检查项",
        ),
        (
            "门禁刷卡经常失灵",
            "门禁读卡器受潮损坏",
            "已更换读卡器",
            R.EQUIPMENT,
            "读卡器防水不足",
            "加装防雨罩",
        ),
        (
            "小区路灯晚上不亮",
            "定时器时间设置错误",
            "已重新设置定时器",
            R.STAFF_SERVICE,
            "调时后未复核",
            "季节调时后由主管复核",
        ),
    ),
    C.NOISE: (
        (
            "楼上深夜装修噪音",
            "住户违规夜间施工",
            "已劝停施工并告知装修时间规定",
            R.RESIDENT,
            "住户违反装修管理规定",
            "装修登记时再次签署施工时间承诺",
        ),
        (
            "广场舞音响太吵",
            "晚间广场舞音量过大",
            "已与跳舞队协商降低音量并提前结束",
            R.RESIDENT,
            "公共活动无音量约定",
            "制定广场活动时间和音量公约",
        ),
        (
            "邻居家狗整夜叫",
            "核实属实，已上门沟通",
            "已与养犬住户沟通，约定改善",
            R.RESIDENT,
            "邻里养犬扰民",
            "持续回访并宣传文明养犬",
        ),
        (
            "楼下空调外机噪音大",
            "外机支架松动共振",
            "已协助住户加固支架",
            R.EQUIPMENT,
            "外机支架松动",
            "提醒住户定期检查外机",
        ),
        (
            "凌晨垃圾车清运噪音",
            "清运公司凌晨作业",
            "已与清运公司协调改到早上七点后",
            R.CONTRACTOR,
            "清运时间未约定",
            "合同补充清运时间要求",
        ),
    ),
    C.PARKING: (
        (
            "车位被外来车辆占用",
            "访客车辆停入业主车位",
            "已联系车主挪车，加强访客车辆引导",
            R.PROCESS,
            "访客车辆未引导到临停区",
            "道闸放行时发放临停区指引",
        ),
        (
            "消防通道长期停车",
            "巡查劝离不及时",
            "已清理并张贴禁停标识",
            R.STAFF_SERVICE,
            "巡查未及时劝离",
            "消防通道纳入每班巡查",
        ),
        (
            "地库车位划线不清",
            "地坪漆磨损",
            "已重新划线",
            R.EQUIPMENT,
            "车位标线磨损",
            "每两年重新划线",
        ),
    ),
    C.STAFF_CONDUCT: (
        (
            "前台客服态度冷淡",
            "客服接待未使用规范用语",
            "已向住户道歉并对员工进行批评教育",
            R.STAFF_SERVICE,
            "服务意识不足",
            "每月服务礼仪培训",
        ),
        (
            "维修师傅上门迟到不打招呼",
            "师傅未提前电话告知",
            "已致歉，要求上门前电话联系",
            R.STAFF_SERVICE,
            "未按上门服务规范执行",
            "上门前电话确认纳入考核",
        ),
        (
            "保安对访客说话粗鲁",
            "调取录音，用语确有不当",
            "已向访客和住户致歉",
            R.STAFF_SERVICE,
            "保安沟通技巧欠缺",
            "安保人员沟通技巧培训",
        ),
    ),
    C.FEES: (
        (
            "物业费账单金额有误",
            "系统面积数据录入错误",
            "已更正账单并退还多收费用",
            R.PROCESS,
            "面积数据未复核",
            "账单出具前双人复核",
        ),
        (
            "停车费涨价没有提前通知",
            "公告仅张贴在管理处",
            "已补发通知并解释收费依据",
            R.COMMUNICATION,
            "公告渠道单一",
            "调价公告同时发业主群和单元门",
        ),
        (
            "公摊水电费太高",
            "核查公摊计量正常",
            "已向住户出示公摊明细",
            R.UNFOUNDED,
            "经核查计量无误",
            "每季度公示公摊明细",
        ),
    ),
    C.OTHER: (
        (
            "快递柜经常满柜",
            "快递柜数量不足",
            "已协调快递柜公司加装一组",
            R.DESIGN,
            "快递柜配置不足",
            "增设快递柜",
        ),
        (
            "小区公告栏信息过期",
            "公告栏无人维护",
            "已更新公告栏",
            R.PROCESS,
            "公告栏无人负责",
            "指定客服专人每周更新",
        ),
        (
            "儿童游乐区地面太滑",
            "地垫老化",
            "已更换防滑地垫",
            R.DESIGN,
            "原地面材料不防滑",
            "更换为防滑橡胶地垫",
        ),
    ),
}
WINTER_ONLY: tuple[Story, ...] = (
    (
        "冬天热水器打不着火",
        "燃气调压阀冬季压力不足",
        "已联系燃气公司调整调压阀",
        R.EQUIPMENT,
        "燃气调压阀老化",
        "入冬前检查调压阀",
    ),
    (
        "卫生间天花板漏水",
        "楼上住户水管接头渗漏",
        "已协调楼上住户维修并修补天花",
        R.EQUIPMENT,
        "水管接头老化渗漏",
        "提醒住户入冬前检查水管",
    ),
    (
        "外墙渗水，墙面发霉",
        "外墙防水层老化",
        "已安排外墙防水修补",
        R.DESIGN,
        "外墙防水层老化",
        "列入维修基金外墙修缮计划",
    ),
    (
        "回南天大堂地面湿滑",
        "防滑措施不到位",
        "已铺设防滑垫并摆放提示牌",
        R.PROCESS,
        "回南天无应急预案",
        "制定回南天防滑预案",
    ),
)
# The complainant's words when not satisfied, and a manager's reason to close anyway.
NOT_SATISFIED = ("问题还没有解决", "处理结果不满意，要求再处理", "还是老样子", "希望给个书面答复")
SATISFIED = ("满意", "可以，谢谢", "", "", "已解决")
ANONYMOUS_CLOSE = "匿名投诉，无法联系投诉人确认"
MANAGER_REASONS = (
    "已多次处理，住户要求超出物业服务范围",
    "住户拒绝继续沟通，经理决定结案",
    "问题已整改完毕，住户仍不认可",
)
REASSIGN_NOTES = ("转交主管跟进", "涉及其他部门，改派", "")
FOLLOW_UP_RESULTS = {
    5: ("住户表示问题已彻底解决，非常满意", "住户满意，感谢物业"),
    4: ("住户表示基本满意", "住户满意，希望保持"),
    3: ("住户表示一般，希望加快处理速度", "住户认为处理时间偏长"),
    2: ("住户表示问题偶有反复", "住户仍有意见"),
    1: ("住户对处理结果不满意", "住户表示会继续投诉"),
}
# Places a hot spot or a common-area complaint names.
AREAS = (
    "东门",
    "南门",
    "中心花园",
    "地下车库 B1",
    "地下车库 B2",
    "垃圾分类收集点",
    "儿童游乐区",
    "消防通道",
    "地面停车场",
    "会所",
)

# Inquiries: (question, answer on the spot or later).
QUESTIONS = (
    ("物业费怎么缴纳", "可在管理处前台或微信公众号缴纳"),
    ("装修需要办理什么手续", "携带房产证和装修方案到前台办理装修登记，押金 2000 元"),
    ("停车月卡怎么办理", "带行驶证和房产证到前台办理，月卡 300 元"),
    ("门禁卡丢了怎么补办", "带身份证到前台补办，工本费 20 元"),
    ("小区什么时候停水", "本周四上午 9 点至 12 点二次供水水箱清洗"),
    ("快递可以代收吗", "前台可代收小件快递，请在三天内领取"),
    ("访客车辆可以停多久", "访客车辆前两小时免费，之后每小时 5 元"),
    ("电梯年检是什么时候", "电梯年检安排在下月中旬，届时会提前公告"),
    ("可以在阳台安装防盗网吗", "可安装隐形防盗网，需提前到前台登记"),
    ("宠物登记怎么办理", "带犬只免疫证明到前台登记"),
    ("租户需要登记吗", "租户需携带租赁合同和身份证到前台登记"),
    ("垃圾分类投放时间", "每天早 7 点至 9 点、晚 6 点至 9 点定时投放"),
    ("燃气开户找谁", "请联系燃气公司客服，前台可提供电话"),
    ("小区有没有充电桩", "地下车库 B2 有充电桩，扫码使用"),
    ("维修基金怎么查询", "可到前台查询，或登录住房维修资金网站"),
)
PROMISED_QUESTIONS = (
    ("车位产权证什么时候能办", "已向开发商确认，预计下季度统一办理"),
    ("楼顶漏水维修基金怎么申请", "需三分之二业主签字同意，前台可提供表格"),
    ("小区能否加装电动车充电棚", "已报公司评估，方案出来后公示征求意见"),
    ("去年的公摊费用明细能否提供", "已整理好明细，可到前台领取"),
    ("物业合同到期后怎么续签", "业委会正在与物业公司协商，结果会公示"),
    ("能否延长健身房开放时间", "已与会所协商，周末延长到晚上 10 点"),
)
SUGGESTIONS = (
    ("建议中心花园增加座椅", "感谢建议，已列入改造计划"),
    ("建议增加一组快递柜", "感谢建议，已联系快递柜公司"),
    ("建议晚上路灯晚一点关", "感谢建议，已调整路灯关闭时间"),
    ("建议儿童游乐区加装遮阳棚", "感谢建议，将在明年预算中考虑"),
    ("建议业主群定期发布维修公告", "感谢建议，每周五发布维修动态"),
)
