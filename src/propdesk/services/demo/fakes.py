"""Plausible made-up values for the demo estate: Chinese names, mobile numbers, ID
card numbers with correct check digits, licence plates, card numbers and cars.

Every function draws from the `random.Random` it is given, so one seed always makes
the same people. Nothing here is anyone's real data.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from propdesk.domain.personal_data import validate_id_card
from propdesk.domain.plates import validate_plate

# Common surnames with roughly their share of the population (per mille). Surnames
# that pypinyin reads with their everyday sound instead of the surname one (曾, 单,
# 解, 区, 查, 仇, 朴, 覃 …) are left out so their initials find them as people expect.
SURNAMES: dict[str, float] = {
    "王": 71, "李": 70, "张": 66, "刘": 54, "陈": 53, "杨": 31, "黄": 30, "赵": 20,
    "吴": 19, "周": 19, "徐": 15, "孙": 14, "马": 13, "朱": 12, "胡": 12, "林": 14,
    "郭": 11, "何": 11, "高": 10, "罗": 9, "郑": 9, "梁": 9, "谢": 8, "宋": 6,
    "唐": 6, "许": 6, "韩": 6, "冯": 6, "邓": 6, "曹": 5, "彭": 5, "肖": 5,
    "田": 5, "董": 5, "袁": 5, "潘": 4, "蒋": 4, "蔡": 4, "余": 4, "杜": 4,
    "叶": 4, "程": 4, "魏": 4, "苏": 4, "吕": 3, "丁": 3, "任": 3, "卢": 3,
    "姚": 3, "沈": 3, "钟": 3, "姜": 3, "崔": 3, "谭": 3, "陆": 2, "范": 2,
    "汪": 2, "廖": 2, "石": 2, "金": 2, "韦": 2, "贾": 2, "夏": 2, "付": 2,
    "方": 2, "邹": 2, "熊": 2, "白": 2, "孟": 1.5, "秦": 1.5, "邱": 1.5, "侯": 1.5,
    "江": 1.2, "尹": 1.2, "薛": 1.1, "闫": 1.1, "段": 1, "雷": 1, "龙": 1, "黎": 1,
    "史": 1, "陶": 0.9, "贺": 0.9, "毛": 0.9, "郝": 0.8, "顾": 0.8, "龚": 0.8,
    "邵": 0.8, "万": 0.7, "武": 0.7, "钱": 0.7, "戴": 0.7, "严": 0.7, "莫": 0.7,
    "孔": 0.6, "向": 0.6, "常": 0.6, "汤": 0.6, "康": 0.6, "易": 0.6, "赖": 0.6,
    "欧阳": 0.3, "司马": 0.05, "上官": 0.04, "诸葛": 0.03,
}  # fmt: skip
_SURNAME_LIST = list(SURNAMES)
_SURNAME_WEIGHTS = list(SURNAMES.values())

MALE_CHARS = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国峰亮东文博志海"
    "晨轩睿泽航铭昊天远嘉豪振家成荣新永德亚福生春"
)
FEMALE_CHARS = (
    "芳娜敏静丽艳娟霞秀英玲燕婷雪琳晶颖慧倩洁欣怡悦萱涵琪雨梦佳璐瑶妍诗雅思婧丹红梅兰萍莉月彤桐菲"
)

_MOBILE_PREFIXES = tuple(
    f"1{n}"
    for n in (30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 50, 51, 52, 53, 55, 56, 57, 58, 59,
              66, 73, 76, 77, 80, 81, 82, 83, 85, 86, 87, 88, 89, 91, 98, 99)
)  # fmt: skip

# Six-digit places of birth: Shenzhen districts first (children born here), then
# cities people move to Shenzhen from.
SHENZHEN_REGIONS = ("440303", "440304", "440305", "440306", "440307", "440309")
OTHER_REGIONS = (
    "440103", "440106", "440604", "441302", "441900", "445102", "440582", "430104",
    "430602", "420102", "420106", "360103", "450103", "350203", "510104", "410105",
    "370102", "210102", "110105", "310104", "320106", "330106", "340104", "500103",
    "610103", "130102", "140105", "220102", "230102", "520102", "530102", "620102",
)  # fmt: skip

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O
_DIGITS = "0123456789"
# (province, city letters, weight) of cars registered elsewhere, roughly by how often
# they show up in a Shenzhen car park.
_OTHER_PLATES = (
    ("粤", "ASEFLMTU", 6), ("湘", "ABDEFLM", 2), ("赣", "ABCF", 1.5), ("鄂", "AFJ", 1.5),
    ("桂", "ABCK", 1.5), ("川", "AFR", 1), ("豫", "ABNP", 1), ("闽", "ACDE", 1),
    ("京", "ANQ", 0.5), ("沪", "ABC", 0.5), ("浙", "ABC", 0.5), ("苏", "AE", 0.5),
    ("鲁", "AB", 0.5), ("皖", "AB", 0.5),
)  # fmt: skip
_OTHER_WEIGHTS = [w for _, _, w in _OTHER_PLATES]

COLOURS = ("白色", "白色", "黑色", "黑色", "银色", "灰色", "蓝色", "红色", "棕色")
PETROL_CARS = (
    "丰田凯美瑞", "丰田卡罗拉", "本田雅阁", "本田思域", "大众朗逸", "大众帕萨特", "日产轩逸",
    "别克英朗", "宝马3系", "宝马5系", "奔驰C级", "奥迪A4L", "吉利博越", "长安CS75",
    "哈弗H6", "马自达6", "广汽传祺GS4", "雷克萨斯ES",
)  # fmt: skip
ELECTRIC_CARS = (
    "比亚迪汉", "比亚迪秦PLUS", "比亚迪宋PLUS", "比亚迪海豚", "特斯拉Model 3",
    "特斯拉Model Y", "蔚来ES6", "小鹏P7", "理想L7", "广汽埃安S", "问界M7", "小米SU7",
)  # fmt: skip


def surname(rng: random.Random) -> str:
    return rng.choices(_SURNAME_LIST, _SURNAME_WEIGHTS)[0]


def given_name(rng: random.Random, male: bool, born: int) -> str:
    """One character (more common for people born before 1990) or two."""
    chars = MALE_CHARS if male else FEMALE_CHARS
    single = 0.35 if born < 1990 else 0.12
    if rng.random() < single:
        return rng.choice(chars)
    first = rng.choice(chars)
    if not male and rng.random() < 0.04:
        return first + first  # 婷婷
    second = rng.choice(chars.replace(first, ""))
    return first + second


def mobile(rng: random.Random, taken: set[str]) -> str:
    while True:
        number = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        if number not in taken:
            taken.add(number)
            return number


def landline(rng: random.Random) -> str:
    """A Shenzhen landline with its area code (0755 + 8 digits)."""
    return f"0755{rng.randrange(2, 9)}{rng.randrange(10**7):07d}"


def birth_date(rng: random.Random, age: int, as_of: date) -> date:
    """A birthday that makes someone `age` years old on `as_of`."""
    latest = date(as_of.year - age, as_of.month, min(as_of.day, 28))
    return latest - timedelta(days=rng.randrange(365))


def id_check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_number(rng: random.Random, born: date, male: bool, region: str) -> str:
    """18 characters: place, birthday, sequence (odd for men), check digit."""
    sequence = rng.randrange(0, 1000)
    if (sequence % 2 == 1) != male:
        sequence = (sequence + 1) % 1000
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return validate_id_card(first17 + id_check_digit(first17))


def region(rng: random.Random, born_here: bool) -> str:
    if born_here or rng.random() < 0.2:
        return rng.choice(SHENZHEN_REGIONS)
    return rng.choice(OTHER_REGIONS)


def _ordinary_tail(rng: random.Random) -> str:
    """Five letters or digits after the city letter: mostly digits, a letter or two."""
    roll = rng.random()
    digits = [rng.choice(_DIGITS) for _ in range(5)]
    if roll < 0.4:
        return "".join(digits)
    digits[rng.randrange(5)] = rng.choice(PLATE_LETTERS)
    if roll > 0.85:
        digits[rng.randrange(5)] = rng.choice(PLATE_LETTERS)
    return "".join(digits)


def _plate_prefix(rng: random.Random) -> str:
    if rng.random() < 0.78:
        return "粤B"
    province, cities, _ = rng.choices(_OTHER_PLATES, _OTHER_WEIGHTS)[0]
    return province + rng.choice(cities)


def plate(rng: random.Random, electric: bool, taken: set[str]) -> str:
    """A plate that domain.plates accepts; new-energy ones have 8 characters."""
    while True:
        prefix = _plate_prefix(rng)
        if not electric:
            text = prefix + _ordinary_tail(rng)
        elif rng.random() < 0.95:  # small car: 粤BD12345 (D electric, F hybrid)
            kind = "D" if rng.random() < 0.75 else "F"
            text = f"{prefix}{kind}{rng.choice(PLATE_LETTERS + _DIGITS)}{rng.randrange(10**4):04d}"
        else:  # large: 粤B12345D
            text = f"{prefix}{rng.randrange(10**5):05d}{rng.choice('DF')}"
        if text not in taken:
            taken.add(validate_plate(text))
            return text


def car(rng: random.Random, electric: bool) -> str:
    return f"{rng.choice(COLOURS)} {rng.choice(ELECTRIC_CARS if electric else PETROL_CARS)}"


def card_number(rng: random.Random, taken: set[str]) -> str:
    """The ten digits printed on a 125 kHz proximity card (its 32-bit id)."""
    while True:
        number = f"{rng.getrandbits(32):010d}"
        if number not in taken:
            taken.add(number)
            return number


def day_between(rng: random.Random, first: date, last: date) -> date:
    span = (last - first).days
    return first + timedelta(days=rng.randrange(max(span, 0) + 1))
