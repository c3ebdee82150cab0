"""The default checklist templates, one per kind, worded from the work plan.

Their names, areas and item texts are *data* in three languages (zh_CN, zh_TW, en),
not Qt-translated strings: a template is an office's own document once seeded — it
is stored in the station's language and edited there like any other record
(`default_template(kind, language)`), and an inspection already recorded keeps the
words it was made with. The item keys are the same in every language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind
from propdesk.domain.inspections.templates import Template, TemplateItem

LANGUAGES = ("zh_CN", "zh_TW", "en")  # as propdesk.config.LANGUAGES (a test checks)
FALLBACK_LANGUAGE = "en"

Words = tuple[str, str, str]  # zh_CN, zh_TW, en


@dataclass(frozen=True)
class DefaultItem:
    key: str
    words: Words
    kind: ItemKind = ItemKind.CHECK
    unit: str = ""
    low: Decimal | None = None
    high: Decimal | None = None
    required: bool = True
    equipment_kind: EquipmentKind | None = None

    def item(self, language: str) -> TemplateItem:
        return TemplateItem(
            self.key,
            _pick(self.words, language),
            self.kind,
            self.unit,
            self.low,
            self.high,
            self.required,
            self.equipment_kind,
        )


@dataclass(frozen=True)
class DefaultTemplate:
    kind: InspectionKind
    name: Words
    frequency: Frequency
    areas: tuple[Words, ...]
    items: tuple[DefaultItem, ...]

    def template(self, language: str) -> Template:
        return Template(
            self.kind,
            _pick(self.name, language),
            self.frequency,
            tuple(_pick(area, language) for area in self.areas),
            tuple(item.item(language) for item in self.items),
        )


def _pick(words: Words, language: str) -> str:
    index = LANGUAGES.index(language if language in LANGUAGES else FALLBACK_LANGUAGE)
    return words[index]


def _check(key: str, words: Words, equipment: EquipmentKind | None = None) -> DefaultItem:
    return DefaultItem(key, words, equipment_kind=equipment)


def _number(
    key: str,
    words: Words,
    unit: str,
    low: str | None,
    high: str | None,
    equipment: EquipmentKind | None = None,
) -> DefaultItem:
    return DefaultItem(
        key,
        words,
        ItemKind.NUMBER,
        unit,
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
        equipment_kind=equipment,
    )


def _text(key: str, words: Words) -> DefaultItem:
    return DefaultItem(key, words, ItemKind.TEXT, required=False)


_E = EquipmentKind

DEFAULTS: tuple[DefaultTemplate, ...] = (
    DefaultTemplate(
        InspectionKind.FIRE_EQUIPMENT,
        ("消防设施月检", "消防設施月檢", "Fire equipment, monthly"),
        Frequency.MONTHLY,
        (
            ("各楼栋", "各樓棟", "All buildings"),
            ("地下车库", "地下車庫", "Underground car park"),
            ("消防泵房及控制室", "消防泵房及控制室", "Fire pump room and control room"),
        ),
        (
            _number(
                "extinguisher_pressure",
                (
                    "灭火器压力表读数（绿区）",
                    "滅火器壓力錶讀數（綠區）",
                    "Extinguisher pressure gauge reading (green zone)",
                ),
                "MPa",
                "1.0",
                "1.4",
                _E.EXTINGUISHER,
            ),
            _check(
                "extinguisher_intact",
                (
                    "灭火器在位、铅封完好、未过期",
                    "滅火器在位、鉛封完好、未過期",
                    "Extinguishers in place, seals intact, not expired",
                ),
                _E.EXTINGUISHER,
            ),
            _check(
                "hydrant_cabinet",
                (
                    "消火栓箱内水带、水枪、阀门齐全完好",
                    "消火栓箱內水帶、水槍、閥門齊全完好",
                    "Hydrant cabinet complete: hose, nozzle and valve in good order",
                ),
                _E.HYDRANT,
            ),
            _number(
                "hydrant_pressure",
                ("消火栓静压", "消火栓靜壓", "Hydrant static pressure"),
                "MPa",
                "0.1",
                "0.8",
                _E.HYDRANT,
            ),
            _check(
                "alarm_panel",
                (
                    "火灾报警控制器运行正常、无故障报警",
                    "火災報警控制器運行正常、無故障報警",
                    "Fire alarm panel running, no fault alarms",
                ),
                _E.ALARM_PANEL,
            ),
            _check(
                "emergency_lights",
                (
                    "应急照明灯、疏散指示灯亮",
                    "應急照明燈、疏散指示燈亮",
                    "Emergency lights and evacuation signs lit",
                ),
                _E.EMERGENCY_LIGHT,
            ),
            _check(
                "fire_doors",
                (
                    "防火门闭门器完好、常闭",
                    "防火門閉門器完好、常閉",
                    "Fire doors close by themselves and are kept shut",
                ),
                _E.FIRE_DOOR,
            ),
            _check(
                "sprinkler_valves",
                (
                    "喷淋系统阀门处于开启状态",
                    "噴淋系統閥門處於開啟狀態",
                    "Sprinkler system valves open",
                ),
                _E.SPRINKLER,
            ),
            _text("fire_remarks", ("其他情况", "其他情況", "Other remarks")),
        ),
    ),
    DefaultTemplate(
        InspectionKind.BUILDING,
        ("房屋本体季度检查", "房屋本體季度檢查", "Building fabric, quarterly"),
        Frequency.QUARTERLY,
        (
            ("各楼栋", "各樓棟", "All buildings"),
            ("外墙与屋面", "外牆與屋面", "Facades and roofs"),
        ),
        (
            _check(
                "walls_no_cracks",
                ("墙体无裂缝、空鼓", "牆體無裂縫、空鼓", "Walls free of cracks and hollow plaster"),
            ),
            _check(
                "no_leaks",
                (
                    "屋面、外墙、楼道无渗漏",
                    "屋面、外牆、樓道無滲漏",
                    "No leaks from roofs, facades or stairwells",
                ),
            ),
            _check(
                "facade_tiles",
                ("外墙饰面无脱落", "外牆飾面無脫落", "No loose or fallen facade tiles"),
            ),
            _check(
                "railings",
                ("楼梯扶手、栏杆牢固", "樓梯扶手、欄杆牢固", "Stair handrails and railings firm"),
            ),
            _check(
                "doors_windows",
                (
                    "公共门窗开关灵活、玻璃完好",
                    "公共門窗開關靈活、玻璃完好",
                    "Common doors and windows work, glass intact",
                ),
            ),
            _check("roof_drains", ("屋面排水口畅通", "屋面排水口暢通", "Roof drains clear")),
            _text("building_remarks", ("其他情况", "其他情況", "Other remarks")),
        ),
    ),
    DefaultTemplate(
        InspectionKind.WATER_DRAINAGE,
        ("给排水设施周检", "給排水設施週檢", "Water and drainage, weekly"),
        Frequency.WEEKLY,
        (
            ("生活水泵房", "生活水泵房", "Domestic water pump room"),
            ("雨污水管网", "雨污水管網", "Storm and foul drains"),
        ),
        (
            _check(
                "pumps_running",
                (
                    "水泵运行平稳、无异响、无漏水",
                    "水泵運行平穩、無異響、無漏水",
                    "Pumps run smoothly, no noise, no leaks",
                ),
                _E.PUMP,
            ),
            _number(
                "supply_pressure",
                ("供水压力", "供水壓力", "Supply pressure"),
                "MPa",
                "0.2",
                "0.6",
                _E.PUMP,
            ),
            _check(
                "tank_covers",
                (
                    "水箱盖板上锁、通气孔防虫网完好",
                    "水箱蓋板上鎖、通氣孔防蟲網完好",
                    "Water tank lids locked, vent screens intact",
                ),
                _E.WATER_TANK,
            ),
            _check(
                "drains_clear",
                (
                    "雨污水井、排水沟畅通无堵塞",
                    "雨污水井、排水溝暢通無堵塞",
                    "Manholes and drainage channels clear",
                ),
            ),
            _check(
                "sump_pumps",
                (
                    "集水井水位正常、排污泵自动启停",
                    "集水井水位正常、排污泵自動啟停",
                    "Sump level normal, sump pumps start and stop",
                ),
                _E.PUMP,
            ),
            _check(
                "no_pipe_leaks",
                ("管道、阀门无跑冒滴漏", "管道、閥門無跑冒滴漏", "No leaks from pipes or valves"),
            ),
            _text("water_remarks", ("其他情况", "其他情況", "Other remarks")),
        ),
    ),
    DefaultTemplate(
        InspectionKind.POWER,
        ("供配电设施周检", "供配電設施週檢", "Power supply, weekly"),
        Frequency.WEEKLY,
        (
            ("配电房", "配電房", "Switch room"),
            ("公共照明", "公共照明", "Common-area lighting"),
        ),
        (
            _number(
                "switch_room_temperature",
                ("配电房室温", "配電房室溫", "Switch room temperature"),
                "°C",
                "5",
                "35",
            ),
            _number(
                "supply_voltage",
                ("低压侧电压", "低壓側電壓", "Low-voltage supply"),
                "V",
                "360",
                "420",
                _E.SWITCHGEAR,
            ),
            _check(
                "switchgear",
                (
                    "配电柜指示正常、无异味异响",
                    "配電櫃指示正常、無異味異響",
                    "Switchgear indicators normal, no smell or noise",
                ),
                _E.SWITCHGEAR,
            ),
            _check(
                "room_secure",
                (
                    "配电房门锁好、挡鼠板到位",
                    "配電房門鎖好、擋鼠板到位",
                    "Switch room locked, rodent boards in place",
                ),
            ),
            _check(
                "common_lights",
                ("楼道、道路照明完好", "樓道、道路照明完好", "Stairwell and road lighting working"),
            ),
            _check(
                "generator",
                (
                    "备用发电机油位正常、可启动",
                    "備用發電機油位正常、可啟動",
                    "Standby generator fuelled and starts",
                ),
                _E.GENERATOR,
            ),
            _text("power_remarks", ("其他情况", "其他情況", "Other remarks")),
        ),
    ),
    DefaultTemplate(
        InspectionKind.LIFTS,
        ("电梯日常巡视", "電梯日常巡視", "Lifts, daily"),
        Frequency.DAILY,
        (("各楼栋电梯", "各樓棟電梯", "Lifts of all buildings"),),
        (
            _check(
                "lift_running",
                (
                    "运行平稳、平层准确、无异响",
                    "運行平穩、平層準確、無異響",
                    "Runs smoothly, stops level, no noise",
                ),
                _E.LIFT,
            ),
            _check(
                "lift_alarm",
                (
                    "轿厢紧急呼叫可接通值班室",
                    "轎廂緊急呼叫可接通值班室",
                    "Car alarm button reaches the duty room",
                ),
                _E.LIFT,
            ),
            _check(
                "lift_lighting",
                ("轿厢照明、通风正常", "轎廂照明、通風正常", "Car lighting and fan working"),
                _E.LIFT,
            ),
            _check(
                "lift_doors",
                (
                    "层门、轿门开关正常、防夹有效",
                    "層門、轎門開關正常、防夾有效",
                    "Landing and car doors work, door safety edge works",
                ),
                _E.LIFT,
            ),
            _check(
                "lift_certificate",
                (
                    "使用标志在有效期内",
                    "使用標誌在有效期內",
                    "Certificate of use displayed and valid",
                ),
                _E.LIFT,
            ),
            _text("lift_remarks", ("其他情况", "其他情況", "Other remarks")),
        ),
    ),
    DefaultTemplate(
        InspectionKind.PUBLIC_FIRE_SAFETY,
        ("公共区域消防安全日查", "公共區域消防安全日查", "Public-area fire safety, daily"),
        Frequency.DAILY,
        (
            ("各楼栋楼道", "各樓棟樓道", "Stairs and corridors of all buildings"),
            ("地下车库", "地下車庫", "Underground car park"),
        ),
        (
            _check(
                "stairs_clear",
                (
                    "楼梯、走道无杂物堆放",
                    "樓梯、走道無雜物堆放",
                    "Stairs and corridors clear of stored items",
                ),
            ),
            _check(
                "exits_unlocked",
                (
                    "安全出口畅通、未上锁",
                    "安全出口暢通、未上鎖",
                    "Emergency exits clear and unlocked",
                ),
            ),
            _check(
                "fire_lanes_clear",
                ("消防车道无占用", "消防車道無佔用", "Fire engine access lanes not blocked"),
            ),
            _check(
                "no_ebike_charging",
                (
                    "楼道内无电动车停放、充电",
                    "樓道內無電動車停放、充電",
                    "No e-bikes parked or charging in stairwells",
                ),
            ),
            _check(
                "exit_signs_lit",
                ("疏散指示标志亮", "疏散指示標誌亮", "Evacuation signs lit"),
                _E.EXIT_SIGN,
            ),
            _check(
                "extinguishers_in_place",
                (
                    "灭火器在位、无遮挡",
                    "滅火器在位、無遮擋",
                    "Extinguishers in place and unobstructed",
                ),
                _E.EXTINGUISHER,
            ),
            _text("fire_safety_remarks", ("其他情况", "其他情況", "Other remarks")),
        ),
    ),
    DefaultTemplate(
        InspectionKind.CLEANING,
        ("保洁质量日检", "保潔質量日檢", "Cleaning quality, daily"),
        Frequency.DAILY,
        (
            ("楼道与大堂", "樓道與大堂", "Stairwells and lobbies"),
            ("室外道路与广场", "室外道路與廣場", "Roads and squares"),
            ("地下车库", "地下車庫", "Underground car park"),
        ),
        (
            _check(
                "floors_clean",
                (
                    "地面干净、无垃圾、无积水",
                    "地面乾淨、無垃圾、無積水",
                    "Floors clean, no litter, no standing water",
                ),
            ),
            _check(
                "handrails_clean",
                (
                    "扶手、栏杆、开关面板无积尘",
                    "扶手、欄杆、開關面板無積塵",
                    "Handrails, railings and switch plates dust-free",
                ),
            ),
            _check(
                "lift_cars_clean",
                ("电梯轿厢干净无异味", "電梯轎廂乾淨無異味", "Lift cars clean, no odour"),
            ),
            _check(
                "glass_clean",
                ("门窗玻璃明亮无污迹", "門窗玻璃明亮無污跡", "Door and window glass clean"),
            ),
            _check(
                "bins_emptied",
                (
                    "果皮箱清理及时、外表干净",
                    "果皮箱清理及時、外表乾淨",
                    "Litter bins emptied and clean outside",
                ),
            ),
            _check("no_adverts", ("无乱张贴、乱涂画", "無亂張貼、亂塗畫", "No flyers or graffiti")),
            _text("cleaning_remarks", ("其他情况", "其他情況", "Other remarks")),
        ),
    ),
    DefaultTemplate(
        InspectionKind.GREENING,
        ("绿化养护周检", "綠化養護週檢", "Greening upkeep, weekly"),
        Frequency.WEEKLY,
        (
            ("中心花园", "中心花園", "Central garden"),
            ("道路绿化带", "道路綠化帶", "Roadside planting"),
        ),
        (
            _check(
                "lawn_mowed",
                ("草坪修剪整齐、无杂草", "草坪修剪整齊、無雜草", "Lawns mowed, no weeds"),
            ),
            _check("no_bare_patches", ("无黄土裸露", "無黃土裸露", "No bare soil patches")),
            _check(
                "shrubs_pruned",
                ("绿篱、灌木修剪成形", "綠籬、灌木修剪成形", "Hedges and shrubs pruned to shape"),
            ),
            _check("no_pests", ("无明显病虫害", "無明顯病蟲害", "No visible pests or disease")),
            _check(
                "watered",
                ("浇水及时、无枯死苗木", "澆水及時、無枯死苗木", "Watered in time, no dead plants"),
            ),
            _check(
                "trees_safe",
                (
                    "树木无倒伏、枯枝及时清理",
                    "樹木無倒伏、枯枝及時清理",
                    "Trees upright, dead branches removed",
                ),
            ),
            _text("greening_remarks", ("其他情况", "其他情況", "Other remarks")),
        ),
    ),
    DefaultTemplate(
        InspectionKind.GARBAGE_SORTING,
        ("垃圾分类投放点日查", "垃圾分類投放點日查", "Garbage sorting points, daily"),
        Frequency.DAILY,
        (("垃圾分类投放点", "垃圾分類投放點", "Garbage sorting points"),),
        (
            _check(
                "bins_labelled",
                (
                    "四分类垃圾桶齐全、标识清晰",
                    "四分類垃圾桶齊全、標識清晰",
                    "All four sorted bins present and clearly labelled",
                ),
            ),
            _check(
                "sorted_correctly",
                (
                    "分类投放正确、无混投",
                    "分類投放正確、無混投",
                    "Waste sorted correctly, nothing mixed",
                ),
            ),
            _check(
                "not_overflowing",
                (
                    "垃圾桶无满溢、地面无散落",
                    "垃圾桶無滿溢、地面無散落",
                    "Bins not overflowing, nothing on the ground",
                ),
            ),
            _check(
                "point_clean",
                (
                    "投放点清洁、无异味、定期消杀",
                    "投放點清潔、無異味、定期消殺",
                    "Point clean, no odour, disinfected on schedule",
                ),
            ),
            _check("removed_on_time", ("垃圾清运及时", "垃圾清運及時", "Waste collected on time")),
            _text("garbage_remarks", ("其他情况", "其他情況", "Other remarks")),
        ),
    ),
)

DEFAULTS_BY_KIND: Mapping[InspectionKind, DefaultTemplate] = {d.kind: d for d in DEFAULTS}


def default_template(kind: InspectionKind, language: str) -> Template:
    """The default template of `kind` worded in `language` (English if unknown)."""
    return DEFAULTS_BY_KIND[kind].template(language)


def default_templates(language: str) -> tuple[Template, ...]:
    return tuple(d.template(language) for d in DEFAULTS)
