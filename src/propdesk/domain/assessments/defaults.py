"""The default assessment standards, one per department of the work plan, worded from
its duties (保安、保洁、绿化、工程、客服), each worth 100 points.

As the inspections' default templates (domain.inspections.defaults), the words are
*data* in three languages, not Qt strings: once adopted a standard is the office's own
document, stored in the station's language and edited there. The keys are the same in
every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.domain.assessments.standards import Standard, StandardItem

LANGUAGES = ("zh_CN", "zh_TW", "en")
FALLBACK_LANGUAGE = "en"
Words = tuple[str, str, str]  # zh_CN, zh_TW, en


@dataclass(frozen=True)
class DefaultStandard:
    department: str  # the department's code (store Department.code)
    name: Words
    items: tuple[tuple[str, int, Words], ...]  # key, points, words

    def standard(self, language: str) -> Standard:
        return Standard(
            _pick(self.name, language),
            tuple(
                StandardItem(key, _pick(words, language), points)
                for key, points, words in self.items
            ),
        )


def _pick(words: Words, language: str) -> str:
    return words[LANGUAGES.index(language if language in LANGUAGES else FALLBACK_LANGUAGE)]


DEFAULT_STANDARDS: tuple[DefaultStandard, ...] = (
    DefaultStandard(
        "security",
        ("安保部月度考核标准", "安保部月度考核標準", "Security monthly assessment standard"),
        (
            (
                "post_on_duty",
                20,
                (
                    "岗亭值守到岗到位，着装整齐，不脱岗睡岗",
                    "崗亭值守到崗到位，著裝整齊，不脫崗睡崗",
                    "Gatehouse staffed, in uniform, never left or asleep",
                ),
            ),
            (
                "visitor_register",
                20,
                (
                    "外来人员、车辆登记完整准确",
                    "外來人員、車輛登記完整準確",
                    "Visitors and vehicles fully and correctly registered",
                ),
            ),
            (
                "patrol_on_time",
                20,
                (
                    "按时巡逻，巡更记录完整",
                    "按時巡邏，巡更記錄完整",
                    "Patrols on time, checkpoint records complete",
                ),
            ),
            (
                "fire_access",
                15,
                (
                    "消防通道畅通，无违规停车",
                    "消防通道暢通，無違規停車",
                    "Fire lanes clear, no illegal parking",
                ),
            ),
            (
                "handover",
                10,
                (
                    "交接班记录清楚，问题有跟进",
                    "交接班記錄清楚，問題有跟進",
                    "Shift handover recorded, issues followed up",
                ),
            ),
            (
                "incident_response",
                15,
                (
                    "突发事件处置及时，按规定上报",
                    "突發事件處置及時，按規定上報",
                    "Incidents handled at once and reported as required",
                ),
            ),
        ),
    ),
    DefaultStandard(
        "cleaning",
        ("保洁部月度考核标准", "清潔部月度考核標準", "Cleaning monthly assessment standard"),
        (
            (
                "lobby_clean",
                20,
                (
                    "大堂、电梯轿厢干净无污渍",
                    "大堂、電梯轎廂乾淨無污漬",
                    "Lobbies and lift cars clean, no stains",
                ),
            ),
            (
                "stairs_corridors",
                20,
                (
                    "楼道、楼梯扶手无灰尘、无杂物",
                    "樓道、樓梯扶手無灰塵、無雜物",
                    "Corridors and handrails free of dust and clutter",
                ),
            ),
            (
                "roads_squares",
                15,
                (
                    "道路、广场无垃圾、无积水",
                    "道路、廣場無垃圾、無積水",
                    "Roads and squares free of litter and puddles",
                ),
            ),
            (
                "garbage_points",
                20,
                (
                    "垃圾分类投放点日产日清，无异味",
                    "垃圾分類投放點日產日清，無異味",
                    "Waste points cleared daily, no odour",
                ),
            ),
            (
                "bins_clean",
                10,
                ("果皮箱、垃圾桶外表清洁", "果皮箱、垃圾桶外表清潔", "Litter bins clean outside"),
            ),
            (
                "work_records",
                15,
                (
                    "保洁记录填写完整，按频次作业",
                    "清潔記錄填寫完整，按頻次作業",
                    "Cleaning log complete, work done at the set frequency",
                ),
            ),
        ),
    ),
    DefaultStandard(
        "greening",
        ("绿化部月度考核标准", "綠化部月度考核標準", "Landscaping monthly assessment standard"),
        (
            (
                "lawn_trimmed",
                20,
                (
                    "草坪修剪平整，无明显杂草",
                    "草坪修剪平整，無明顯雜草",
                    "Lawns trimmed evenly, no visible weeds",
                ),
            ),
            (
                "shrubs_pruned",
                20,
                (
                    "绿篱、灌木修剪整齐，造型完好",
                    "綠籬、灌木修剪整齊，造型完好",
                    "Hedges and shrubs neatly pruned",
                ),
            ),
            (
                "watering",
                15,
                (
                    "按时浇灌，无枯死缺株",
                    "按時澆灌，無枯死缺株",
                    "Watered on time, no dead or missing plants",
                ),
            ),
            (
                "pests",
                15,
                (
                    "病虫害及时防治，无明显虫害",
                    "病蟲害及時防治，無明顯蟲害",
                    "Pests and diseases treated in time",
                ),
            ),
            (
                "beds_clean",
                15,
                (
                    "绿地内无垃圾、枯枝落叶及时清理",
                    "綠地內無垃圾、枯枝落葉及時清理",
                    "Beds free of litter, dead leaves cleared",
                ),
            ),
            (
                "tools_safety",
                15,
                (
                    "作业规范，工具和药剂管理安全",
                    "作業規範，工具和藥劑管理安全",
                    "Work done safely, tools and chemicals kept safe",
                ),
            ),
        ),
    ),
    DefaultStandard(
        "engineering",
        ("工程部月度考核标准", "工程部月度考核標準", "Engineering monthly assessment standard"),
        (
            (
                "repair_arrival",
                20,
                (
                    "报修按时到场，维修及时",
                    "報修按時到場，維修及時",
                    "Repairs attended on time and fixed promptly",
                ),
            ),
            (
                "equipment_rooms",
                15,
                (
                    "设备房整洁，运行记录完整",
                    "設備房整潔，運行記錄完整",
                    "Plant rooms tidy, run logs complete",
                ),
            ),
            (
                "lifts",
                15,
                (
                    "电梯运行正常，维保记录齐全",
                    "電梯運行正常，維保記錄齊全",
                    "Lifts running, maintenance records complete",
                ),
            ),
            (
                "fire_systems",
                20,
                (
                    "消防设施完好有效，按期巡检",
                    "消防設施完好有效，按期巡檢",
                    "Fire equipment intact and inspected on schedule",
                ),
            ),
            (
                "water_power",
                15,
                (
                    "供水供电正常，计划停水停电提前通知",
                    "供水供電正常，計劃停水停電提前通知",
                    "Water and power normal, planned cuts announced",
                ),
            ),
            (
                "public_lighting",
                15,
                ("公共照明完好率达标", "公共照明完好率達標", "Common-area lighting working"),
            ),
        ),
    ),
    DefaultStandard(
        "customer_service",
        (
            "客服部月度考核标准",
            "客服部月度考核標準",
            "Customer service monthly assessment standard",
        ),
        (
            (
                "front_desk",
                15,
                (
                    "前台接待礼貌热情，着装规范",
                    "前台接待禮貌熱情，著裝規範",
                    "Front desk polite and in uniform",
                ),
            ),
            (
                "calls_logged",
                20,
                (
                    "来电来访登记完整，及时派单",
                    "來電來訪登記完整，及時派單",
                    "Calls and visits logged, work dispatched at once",
                ),
            ),
            (
                "complaints_in_time",
                20,
                (
                    "投诉按时答复，回访率达标",
                    "投訴按時答覆，回訪率達標",
                    "Complaints answered in time, follow-ups made",
                ),
            ),
            (
                "notices",
                15,
                (
                    "公告通知及时张贴、内容准确",
                    "公告通知及時張貼、內容準確",
                    "Notices posted on time and correct",
                ),
            ),
            (
                "records_filed",
                15,
                (
                    "业主档案资料完整，归档有序",
                    "業主檔案資料完整，歸檔有序",
                    "Owners' files complete and in order",
                ),
            ),
            (
                "fees_collected",
                15,
                (
                    "费用催缴及时，收费台账清楚",
                    "費用催繳及時，收費台賬清楚",
                    "Fees chased in time, fee ledger clear",
                ),
            ),
        ),
    ),
)


def default_standard(department: str, language: str) -> Standard | None:
    """The default standard of the department with that code, in `language`."""
    found = next((d for d in DEFAULT_STANDARDS if d.department == department), None)
    return found.standard(language) if found is not None else None
