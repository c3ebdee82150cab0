"""Which columns of a wand's file hold what: the device, the code (a checkpoint's tag or
a guard's card), the time, and optionally a separate date.

Wand software exports differently per make and model, so the choice is made once per
"model" name and remembered as the estate setting `patrol_wand_formats`
({model: {"device": header, "code": header, "time": header, "date": header or ""}});
a column is found by its header text (ignoring case, spaces and full-width forms), so a
file whose columns come in another order is still read. The plain template's headers
(设备号, 卡号/标签号, 时间, in any of the three languages) are read without asking.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.reports.labels import LANGS, Trilingual, normalise_lang
from propdesk.reports.labels import trilingual as _t
from propdesk.services.core.text import bounded_text
from propdesk.services.master_data.importing.headers import normalise_header
from propdesk.services.station.estate_settings import EstateSettingsService

log = logging.getLogger(__name__)

KEY_FORMATS = "patrol_wand_formats"
MODEL_MAX = 40
FIELDS = ("device", "code", "time", "date")

# Words of the wand files the app writes or names (the template, a wand with no guard).
WAND_LABELS: dict[str, Trilingual] = {
    "col.device": _t("设备号", "設備號", "Device"),
    "col.code": _t("卡号/标签号", "卡號/標籤號", "Card or tag code"),
    "col.time": _t("时间", "時間", "Time"),
    "col.date": _t("日期", "日期", "Date"),
    "sheet.swipes": _t("巡更记录", "巡更記錄", "Wand swipes"),
    "sheet.notes": _t("填写说明", "填寫說明", "Notes"),
    "note.device": _t(
        "巡更棒（巡检器）的编号，每支一个，如 1。",
        "巡更棒（巡檢器）的編號，每支一個，如 1。",
        "The wand's number, one per wand, e.g. 1.",
    ),
    "note.code": _t(
        "触碰的标签号（巡逻点）或保安的人员卡号。第一次导入时逐一对应到巡逻点或保安，之后自动识别。",
        "觸碰的標籤號（巡邏點）或保安的人員卡號。第一次匯入時逐一對應到巡邏點或保安，之後自動識別。",
        "The tag touched (a checkpoint) or the guard's own card. Each code is matched to a "
        "checkpoint or a guard once, at its first import.",
    ),
    "note.time": _t(
        "触碰的日期和时间，如 2026-12-05 22:03:15。",
        "觸碰的日期和時間，如 2026-12-05 22:03:15。",
        "When it was touched, e.g. 2026-12-05 22:03:15.",
    ),
    "note.order": _t(
        "每行一次触碰。每支巡更棒先刷保安卡，再依次触碰巡逻点。灰色的行是示例，导入前请覆盖或删除。"
        "同一文件重复导入不会重复记录。",
        "每列一次觸碰。每支巡更棒先刷保安卡，再依次觸碰巡邏點。灰色的列是範例，匯入前請覆蓋或刪除。"
        "同一檔案重複匯入不會重複記錄。",
        "One touch per row. On each wand the guard's card comes first, then the checkpoints. "
        "The grey rows are examples: overwrite or delete them before importing. Importing "
        "the same file again records nothing twice.",
    ),
    "guard.wand": _t("巡更棒 {device}", "巡更棒 {device}", "Wand {device}"),
}

# Header words that suggest a column when a model is read for the first time.
_HINTS: dict[str, tuple[str, ...]] = {
    "device": ("设备", "設備", "机号", "機號", "巡检器", "巡檢器", "巡更棒", "device", "wand"),
    "code": ("卡号", "卡號", "标签", "標籤", "点号", "點號", "code", "card", "tag", "rfid"),
    "time": ("时间", "時間", "time"),
    "date": ("日期", "date"),
}


def wand_label(key: str, lang: str | None) -> str:
    return WAND_LABELS[key][normalise_lang(lang)]


def _spellings(key: str) -> set[str]:
    return {normalise_header(WAND_LABELS[key][lang]) for lang in LANGS}


@dataclass(frozen=True)
class WandColumns:
    """The header of each column, as written in the file; `date` "" when the time
    column holds the date too."""

    device: str
    code: str
    time: str
    date: str = ""

    def chosen(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FIELDS}


def _header_index(headers: Sequence[str]) -> dict[str, int]:
    """Each normalised header → its position (the first, when one repeats)."""
    index: dict[str, int] = {}
    for position, header in enumerate(headers):
        if header:
            index.setdefault(normalise_header(header), position)
    return index


def locate(headers: Sequence[str], columns: WandColumns) -> dict[str, int] | None:
    """The position of each chosen column in `headers` (no "date" when none is chosen);
    None when one of them is not there."""
    index = _header_index(headers)
    found: dict[str, int] = {}
    for name, header in columns.chosen().items():
        if not header:
            continue
        position = index.get(normalise_header(header))
        if position is None:
            return None
        found[name] = position
    return found


def template_columns(headers: Sequence[str]) -> WandColumns | None:
    """The template's columns, when the headers are the template's (any language)."""
    chosen: dict[str, str] = {}
    for header in headers:
        for name in FIELDS:
            if name not in chosen and normalise_header(header) in _spellings(f"col.{name}"):
                chosen[name] = header
    if not {"device", "code", "time"} <= chosen.keys():
        return None
    return WandColumns(chosen["device"], chosen["code"], chosen["time"], chosen.get("date", ""))


def guess_columns(headers: Sequence[str]) -> WandColumns:
    """A first guess for the column choice by the headers' words ("" where none fits);
    the person confirms or corrects it."""
    template = template_columns(headers)
    if template is not None:
        return template
    chosen: dict[str, str] = {}
    for name in FIELDS:
        for header in headers:
            words = normalise_header(header)
            taken = header in chosen.values()
            if not taken and any(hint in words for hint in _HINTS[name]):
                chosen[name] = header
                break
    return WandColumns(*(chosen.get(name, "") for name in FIELDS))


def clean_columns(headers: Sequence[str], columns: WandColumns) -> WandColumns:
    """The choice checked: device, code and time chosen, each a header of the file, no
    column chosen twice. ValidationError on the field of the first mistake."""
    index = _header_index(headers)
    used: dict[int, str] = {}
    for name, header in columns.chosen().items():
        if not header:
            if name == "date":
                continue
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose the column that holds this."), field=name
            )
        position = index.get(normalise_header(header))
        if position is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The file has no column {column}."),
                field=name,
                column=header,
            )
        if position in used:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "That column is already chosen for another value."),
                field=name,
            )
        used[position] = name
    return columns


def clean_model(model: str) -> str:
    return bounded_text(model, "model", MODEL_MAX)


# -- the remembered formats ---------------------------------------------------------------
def _columns(value: Any) -> WandColumns:
    return WandColumns(
        str(value["device"]), str(value["code"]), str(value["time"]), str(value.get("date", ""))
    )


def read_formats(session: Session) -> dict[str, WandColumns]:
    """Each wand model's columns; a stored entry that cannot be read is skipped (the
    model is then asked about again), the log says so."""
    stored = EstateSettingsService.read_value(session, KEY_FORMATS, {})
    if not isinstance(stored, dict):
        log.warning("the stored wand formats are not a mapping (%r); ignored", stored)
        return {}
    formats: dict[str, WandColumns] = {}
    for model, value in stored.items():
        try:
            formats[str(model)] = _columns(value)
        except (KeyError, TypeError) as exc:
            log.warning("the stored format of wand model %r is unusable (%s)", model, exc)
    return formats


def formats_value(formats: dict[str, WandColumns]) -> dict[str, dict[str, str]]:
    return {model: formats[model].chosen() for model in sorted(formats)}
