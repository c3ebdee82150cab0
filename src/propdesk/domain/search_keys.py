"""Keys that make Chinese names findable with a keyboard: pinyin initials ("zs" finds
张三) and full pinyin, stored in ordinary indexed columns next to the name."""

from __future__ import annotations

# Surnames read differently from the everyday character (曾 zeng, not ceng); a name's
# first character is a surname, so it is read this way.
SURNAMES = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "区": "ou",
    "查": "zha",
    "仇": "qiu",
    "朴": "piao",
    "覃": "qin",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "翟": "zhai",
    "尉": "yu",
    "长": "chang",
    "重": "chong",
    "种": "chong",
    "繁": "po",
    "柏": "bai",
}


def _syllables(text: str) -> list[tuple[str, bool]]:
    """(pinyin, True) per Chinese character, (text, False) for runs of anything else."""
    # Imported here: pypinyin loads its dictionaries (~0.4 s), which start-up need not pay.
    from pypinyin import lazy_pinyin

    parts = lazy_pinyin(text, errors=lambda run: f"\0{run}")
    result = [(p[1:], False) if p.startswith("\0") else (p, True) for p in parts]
    if text and text[0] in SURNAMES and result and result[0][1]:
        result[0] = (SURNAMES[text[0]], True)
    return result


def pinyin_initials(text: str) -> str:
    """张三 → zs; letters and digits in the text are kept as they are (lower case)."""
    initials = [p[:1] if chinese else p for p, chinese in _syllables(text)]
    return "".join(c for c in "".join(initials).lower() if c.isalnum())


def pinyin_full(text: str) -> str:
    """张三 → zhangsan."""
    return "".join(c for c in "".join(p for p, _ in _syllables(text)).lower() if c.isalnum())
