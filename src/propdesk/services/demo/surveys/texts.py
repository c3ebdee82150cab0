"""The demo surveys' words and answer spreads: residents mostly satisfied, cleaning and
parking weaker (the usual complaints of an estate), a few comments in each area."""

from __future__ import annotations

from propdesk.domain.surveys.areas import Area

SPRING = "{year}年春季业主满意度调查"
AUTUMN = "{year}年秋季业主满意度调查"

# Chances of the answers 5, 4, 3, 2, 1 and 0 (not answered).
GOOD = (0.52, 0.40, 0.05, 0.015, 0.005, 0.01)
FAIR = (0.31, 0.43, 0.16, 0.06, 0.02, 0.02)
WEAK = (0.22, 0.40, 0.22, 0.10, 0.04, 0.02)
# The questions answered less well than the rest (by their default keys).
SPREADS = {
    "securi_3": WEAK,  # parking and traffic order
    "cleani_1": FAIR,
    "cleani_2": FAIR,
    "cleani_3": WEAK,  # waste collection
    "greeni_2": FAIR,
}
COMMENT_SHARE = 0.14

COMMENTS: dict[Area | None, tuple[str, ...]] = {
    Area.SECURITY: (
        "晚上地下车库车位不够，外来车辆乱停，希望加强管理。",
        "门岗保安很负责，外卖快递登记很规范。",
        "小区东门晚上照明不足，巡逻能否再勤一些？",
        "消防通道经常被私家车占用，请物业多巡查。",
        "访客车辆停放混乱，建议划定临时停车区域。",
    ),
    Area.CLEANING: (
        "楼道垃圾清运不及时，夏天有异味，希望每天清运两次。",
        "电梯轿厢地面经常有污渍，清洁频次可以增加。",
        "垃圾分类投放点周边卫生较差，有时满溢。",
        "保洁阿姨很辛苦，楼道打扫得很干净，点赞！",
        "雨后地下车库积水，清理不够及时。",
    ),
    Area.GREENING: (
        "草坪修剪及时，小区环境越来越好。",
        "部分树木遮挡低层住户采光，请适当修剪。",
        "夏季蚊虫较多，希望加强绿化带消杀。",
        "儿童游乐区旁的灌木有枯死，请补种。",
    ),
    Area.ENGINEERING: (
        "报修后师傅上门很快，维修质量满意。",
        "3号楼电梯偶有故障，希望加强维保。",
        "楼道声控灯坏了几次，更换不够及时。",
        "二次供水水压晚上偏低，请检查水泵。",
    ),
    Area.CUSTOMER_SERVICE: (
        "客服人员态度热情，办事效率高。",
        "希望物业费收支情况能定期公示。",
        "停电停水通知能否提前在业主群发布。",
        "投诉后有回访，处理结果比较满意。",
    ),
    None: (
        "总体服务不错，继续保持。",
        "希望物业多组织社区活动。",
        "物业费偏高，服务还有提升空间。",
        "感谢物业一年来的辛苦付出！",
    ),
}
