"""What the demo's incidents say: a handful a year, mostly minor thefts and accidents,
now and then a fight or an intrusion, rarely a fire or a storm — each with its place,
account, response and the follow-ups an office would set."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.domain.incidents.kinds import IncidentKind


@dataclass(frozen=True)
class Story:
    kind: IncidentKind
    title: str
    place: str
    what: str
    response: str
    police: bool = False
    fire: bool = False
    injuries: str = ""
    losses: str = ""
    loss_yuan: int = 0
    follow_ups: tuple[tuple[str, str], ...] = ()  # (what, who)


# (weight, story): the mix of a year.
STORIES: tuple[tuple[int, Story], ...] = (
    (
        6,
        Story(
            IncidentKind.THEFT,
            "电动车电瓶被盗",
            "{b}栋地下车库",
            "业主报称夜间停放在车库的电动车电瓶被盗，车锁完好。",
            "值班保安调取监控，陪同业主报警并做好登记。",
            police=True,
            losses="电瓶一块",
            loss_yuan=800,
            follow_ups=(("车库出入口加装监控摄像头", "工程部"), ("夜间车库加密巡逻", "保安部")),
        ),
    ),
    (
        4,
        Story(
            IncidentKind.THEFT,
            "快递包裹被冒领",
            "{b}栋大堂快递架",
            "业主反映放在大堂快递架上的包裹被他人取走。",
            "调取大堂监控，张贴提示，协助业主联系快递公司。",
            losses="包裹一件",
            loss_yuan=200,
            follow_ups=(("大堂张贴快递自取提示", "客服中心"),),
        ),
    ),
    (
        5,
        Story(
            IncidentKind.ACCIDENT,
            "老人在台阶滑倒",
            "{b}栋单元门口台阶",
            "雨后台阶湿滑，一名老人出单元门时滑倒，膝部擦伤。",
            "保安现场扶起并通知家属，客服陪同就医。",
            injuries="一人膝部擦伤",
            follow_ups=(("台阶铺设防滑条", "工程部"), ("雨天放置防滑提示牌", "保洁部")),
        ),
    ),
    (
        4,
        Story(
            IncidentKind.ACCIDENT,
            "车辆在车库剐蹭",
            "地下车库B区",
            "两车在车库转弯处剐蹭，双方对责任有争议。",
            "保安到场维持秩序，调取监控供双方协商。",
            losses="车辆漆面受损",
            follow_ups=(("转弯处加装凸面镜", "工程部"),),
        ),
    ),
    (
        2,
        Story(
            IncidentKind.INTRUSION,
            "陌生人翻越围墙",
            "北侧围墙",
            "巡逻发现一名陌生男子翻越围墙进入小区。",
            "保安上前询问并劝离，报告值班经理。",
            police=True,
            follow_ups=(("围墙加装防攀爬刺", "工程部"),),
        ),
    ),
    (
        2,
        Story(
            IncidentKind.FIGHT,
            "因停车位发生争吵推搡",
            "{b}栋楼下停车位",
            "两位业主因占用车位发生争吵并互相推搡。",
            "保安及时劝开双方，客服协调车位使用。",
            police=True,
            injuries="无",
        ),
    ),
    (
        1,
        Story(
            IncidentKind.FIRE,
            "垃圾桶起火",
            "{b}栋垃圾分类点",
            "垃圾桶内烟头引燃杂物起火，火势较小。",
            "保安使用灭火器扑灭，现场清理，未造成蔓延。",
            fire=False,
            losses="垃圾桶一只",
            loss_yuan=150,
            follow_ups=(("垃圾点张贴禁止丢弃烟头提示", "保洁部"), ("检查周边灭火器", "工程部")),
        ),
    ),
    (
        1,
        Story(
            IncidentKind.DISASTER,
            "台风致树木倒伏",
            "中心花园",
            "台风过境，中心花园两棵树木倒伏，压坏一段围栏。",
            "启动防台预案，设置警戒区，组织人员清理。",
            losses="围栏约十米",
            loss_yuan=3000,
            follow_ups=(("修复受损围栏", "工程部"), ("补种树木并加固支撑", "绿化部")),
        ),
    ),
    (
        2,
        Story(
            IncidentKind.OTHER,
            "电梯困人",
            "{b}栋2号电梯",
            "电梯运行中停在楼层之间，一名住户被困约二十分钟。",
            "保安安抚被困人员，通知维保单位到场救出。",
            follow_ups=(("维保单位提交故障报告", "工程部"),),
        ),
    ),
)
