"""Which automatic backups to keep: the newest of each of the last N days, weeks, months.

The usual grandfather-father-son scheme: a bad change noticed after three weeks can
still be undone from a weekly copy, and the folder stays a few dozen files.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9


def _newest_per(
    stamps: list[datetime], key: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: list[Hashable] = []
    for stamp in stamps:  # newest first
        bucket = key(stamp)
        if bucket in seen:
            continue
        if len(seen) == count:
            break
        seen.append(bucket)
        kept.add(stamp)
    return kept


def backups_to_keep(
    stamps: Iterable[datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
    *,
    newest_with_data: datetime | None = None,
) -> set[datetime]:
    """The stamps to keep. `newest_with_data`: the newest backup that holds the office's
    data, kept however old. Why: were every newer copy one of an empty database (made
    after the real one was lost), the scheme alone would delete the last real copy."""
    ordered = sorted(set(stamps), reverse=True)
    kept = (
        _newest_per(ordered, lambda s: s.date(), daily)
        | _newest_per(ordered, lambda s: s.isocalendar()[:2], weekly)
        | _newest_per(ordered, lambda s: (s.year, s.month), monthly)
    )
    if newest_with_data is not None:
        kept.add(newest_with_data)
    return kept
