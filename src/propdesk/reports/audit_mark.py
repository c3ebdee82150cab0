"""The audit chain's place printed on a report: "审计链 #12345 · 3fa9c2d41b07…".

A report records the chain head it was made at (its last seq and hash) in the anchor
file (services.core.audit_anchors); printed on the paper too, every copy handed out is
an anchor nobody can edit with the database: `propdesk audit verify` shows whether the
chain still passes through entry #12345 with that hash. Twelve hex digits are enough
to compare by eye and too many to forge by chance.
"""

from __future__ import annotations

from propdesk.reports.labels import normalise_lang, trilingual

HASH_SHOWN = 12  # hex digits of the hash on paper

_MARK = trilingual(
    "审计链 #{seq} · {hash}…", "稽核鏈 #{seq} · {hash}…", "Audit chain #{seq} · {hash}…"
)


def audit_mark(seq: int, hash: str, lang: str | None) -> str:
    return _MARK[normalise_lang(lang)].format(seq=seq, hash=hash[:HASH_SHOWN])
