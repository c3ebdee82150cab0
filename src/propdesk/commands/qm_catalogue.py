"""The window's translations, read without Qt: the headless commands print the
services' messages (their English templates, context "messages") in the station's
language from the same compiled catalogue (resources/translations/propdesk_<lang>.qm)
the window loads, so a message is translated once for both.

A .qm file is a 16-byte magic number and tagged sections; the messages section holds
each message as tagged fields (context, source text, comment, translation) ending in
an end tag. Only what a lookup needs is read; a missing or unreadable file leaves
every text in English (the commands still work, as the window does without it).
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from propdesk.resources import translations_dir

log = logging.getLogger(__name__)

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_SECTION = 0x69
# The fields of a message (Qt's qtranslator.cpp).
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT = 1, 3, 5, 6, 7
_NULL = 0xFFFFFFFF  # a field's length meaning "no value"

Messages = Mapping[tuple[str, str], str]  # (context, English source) → translation


def parse_qm(data: bytes) -> dict[tuple[str, str], str]:
    """Every translated message of a .qm file's bytes; ValueError when it is none."""
    if not data.startswith(MAGIC):
        raise ValueError("not a Qt translation file")
    found: dict[tuple[str, str], str] = {}
    position = len(MAGIC)
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack_from(">I", data, position + 1)
        start = position + 5
        if tag == _MESSAGES_SECTION:
            found.update(_messages(data[start : start + length]))
        position = start + length
    return found


def _messages(section: bytes) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    fields: dict[int, bytes] = {}
    translation: str | None = None
    position = 0
    while position < len(section):
        tag = section[position]
        position += 1
        if tag == _END:
            source = fields.get(_SOURCE, b"").decode("utf-8")
            context = fields.get(_CONTEXT, b"").decode("utf-8")
            if translation and source:
                found[(context, source)] = translation
            fields, translation = {}, None
            continue
        if tag == _OBSOLETE1:
            position += 4
            continue
        (length,) = struct.unpack_from(">I", section, position)
        position += 4
        if length == _NULL:
            continue
        value = section[position : position + length]
        position += length
        if tag == _TRANSLATION:
            if translation is None:  # the first form (the app has no plural forms)
                translation = value.decode("utf-16-be")
        else:
            fields[tag] = value
    return found


@cache
def catalogue(lang: str) -> Messages:
    """The translations of `lang` (zh_CN, zh_TW, en); empty when its file is missing."""
    path = Path(translations_dir()) / f"propdesk_{lang}.qm"
    try:
        return parse_qm(path.read_bytes())
    except (OSError, ValueError, struct.error) as exc:
        log.warning("translations %s not read (%s); messages stay in English", path, exc)
        return {}


def translate(lang: str, context: str, source: str) -> str:
    """`source` (an English template) in `lang`, or itself when not translated."""
    return catalogue(lang).get((context, source), source)
