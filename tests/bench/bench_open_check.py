"""The check at start (store.open_check) against the PRAGMA quick_check it replaced, warm and cold.

Issue 18: quick_check reads every page, 1.2–1.4 s warm on the five-year demo (1.5 GB)
and most of a start after a reboot, growing with the file; the open check reads the
header and the pages a start reads. Both are timed on the same file in the same run,
warm (file in the page cache) and cold (dropped with posix_fadvise DONTNEED before each
run, as after a reboot), and `open_services` whole, cold.

Give a copy of a big station with PROPDESK_BENCH_DATA=/path/to/data-folder (it is
opened, so it may be migrated and backed up: never the demo itself); without it a
small demo station is made.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from propdesk.config import Paths
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.store.backup import check_integrity
from propdesk.store.open_check import damage_seen_at_open
from tests.bench.timing import report

RUNS = 5
DATA_ENV = "PROPDESK_BENCH_DATA"


def _drop_from_cache(db: Path) -> None:
    """As after a reboot: the file's pages leave the OS page cache."""
    for part in (db, db.with_name(db.name + "-wal")):
        if part.exists():
            fd = os.open(part, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def _times(work: Callable[[], object], db: Path, *, cold: bool) -> list[float]:
    work()  # once, so the warm runs start warm
    found = []
    for _ in range(RUNS):
        if cold:
            _drop_from_cache(db)
        start = time.perf_counter()
        work()
        found.append(time.perf_counter() - start)
    return found


def _small_station(folder: Path) -> Paths:
    paths = Paths.resolve(folder)
    services = open_services(paths, fast_hashing=True)
    try:
        services.estate.set_up("翠湖花园")
        services.demo.create(system_actor("岗亭"), scale=0.2, traffic_years=0.5)
    finally:
        services.close()
    return paths


def _measure(paths: Paths) -> None:
    db = paths.database_file
    print(f"  {db}: {db.stat().st_size / 2**20:.0f} MiB")
    assert damage_seen_at_open(db) is None, "the station to measure is damaged"

    def quick_check() -> None:
        check_integrity(db, quick=True)

    def open_check() -> None:
        damage_seen_at_open(db)

    def open_station() -> None:
        open_services(paths, fast_hashing=True).close()

    for cold in (False, True):
        state = "cold" if cold else "warm"
        old = report(f"PRAGMA quick_check, {state} (baseline)", _times(quick_check, db, cold=cold))
        new = report(f"open check, {state}", _times(open_check, db, cold=cold))
        print(f"  ratio open check / quick_check ({state}): {new / old:.4f}")
    report("open_services whole, cold", _times(open_station, db, cold=True))


def run() -> None:
    given = os.environ.get(DATA_ENV)
    if given:
        _measure(Paths.resolve(Path(given)))
        return
    if not hasattr(os, "posix_fadvise"):
        print("  (no posix_fadvise here: cold runs are as warm)", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        _measure(_small_station(Path(folder) / "station"))
