"""The station's time zone with its rules (daylight-saving changes included), for code
that steps through wall times: the patrol slot grid.

`datetime.astimezone()` gives a fixed offset, right for one moment but not for a night
across a clock change, so the zone is read from TZ or /etc/localtime; a system without
either (Windows without tzdata), or a TZ that is a POSIX rule, falls back to the
current fixed offset.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def local_zone() -> tzinfo:
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            # A POSIX rule such as "CST-8": the C library follows it, /etc/localtime
            # is not what the station runs by; its offset now is.
            return _fixed_offset_now()
    try:
        with open("/etc/localtime", "rb") as file:
            return ZoneInfo.from_file(file, key="localtime")
    except (OSError, ValueError):
        return _fixed_offset_now()


def _fixed_offset_now() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always gives one
    return zone
