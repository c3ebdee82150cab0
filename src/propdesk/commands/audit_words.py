"""What `propdesk audit verify` says of each chain when syncing stations wrote into the
trail (issue 22: one hash chain per station, named by its letter), in the three
languages of cli_words. A trail with the database's own chain only is reported with
cli_words' lines, as it always was."""

from __future__ import annotations

from propdesk.commands.voice import Voice
from propdesk.reports.labels import Trilingual
from propdesk.reports.labels import trilingual as _t

CHAIN_WORDS: dict[str, Trilingual] = {
    "chain.own": _t("本数据库", "本資料庫", "this database"),
    "chain.station": _t("{letter}号工作站", "{letter}號工作站", "station {letter}"),
    "chain.intact": _t(
        "  {whose}的审计链完好：{checked} 条记录",
        "  {whose}的稽核鏈完好：{checked} 筆記錄",
        "  the audit trail of {whose} is intact: {checked} entries",
    ),
    "chain.broken": _t(
        "{whose}的审计链在第 {seq} 条记录处断开（{reason}）；此前的 {checked} 条记录完好",
        "{whose}的稽核鏈在第 {seq} 筆記錄處斷開（{reason}）；此前的 {checked} 筆記錄完好",
        "the audit trail of {whose} is BROKEN at entry #{seq} ({reason}); "
        "{checked} entries before it are intact",
    ),
}


def chain_words(voice: Voice, key: str, **params: object) -> str:
    """A line of CHAIN_WORDS in the voice's language, filled in."""
    return voice.say_from(CHAIN_WORDS, key, **params)


def whose(voice: Voice, chain: str) -> str:
    """Whose chain: "station B", or "this database" for the "" chain."""
    if chain:
        return chain_words(voice, "chain.station", letter=chain)
    return chain_words(voice, "chain.own")
