"""The demo estate the benchmarks run on, and its size: the one switch.

PROPDESK_BENCH_SCALE=2 (or `python -m tests.bench --scale 2 NAME`) runs every benchmark
that builds a demo on an estate that many times the full one: 4,000 units and, with
five years of gate traffic, about 4 million events (issue 18's "twice the five-year
demo"). The default, 1, is the five-year demo of 2,000 units.

`demo_folder()` hands a benchmark a data folder holding the demo built by the real
command (`propdesk demo-data --scale S`, in a child process so the benchmark's memory is
what a station's window would hold). The first build is kept in a cache folder
(PROPDESK_BENCH_CACHE, default ~/.cache/propdesk-bench), named by the scale and a
digest of the demo generators and the migrations, so a change to either builds anew;
each benchmark gets its own copy, since it writes (saves, logins, backups).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCALE_ENV = "PROPDESK_BENCH_SCALE"
CACHE_ENV = "PROPDESK_BENCH_CACHE"
ROOT = Path(__file__).resolve().parents[2]


def scale() -> float:
    value = float(os.environ.get(SCALE_ENV, "1"))
    if not 0 < value <= 4:
        raise SystemExit(f"{SCALE_ENV} must be above 0 and at most 4, not {value:g}")
    return value


def described() -> str:
    """The estate in words, for the benchmarks' headings."""
    s = scale()
    if s == 1:
        return "the five-year demo (2,000 units)"
    return f"the five-year demo at scale {s:g} ({round(2000 * s):,} units)"


def demo_arguments() -> list[str]:
    """`propdesk demo-data`'s arguments for the chosen size."""
    s = scale()
    return ["demo-data"] if s == 1 else ["demo-data", "--scale", f"{s:g}"]


def _digest() -> str:
    """What the cached demo was built from: the generators and the schema."""
    h = hashlib.sha256()
    folders = (ROOT / "src/propdesk/services/demo", ROOT / "migrations")
    for path in sorted(p for folder in folders for p in folder.rglob("*.py")):
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _cache_root() -> Path:
    given = os.environ.get(CACHE_ENV)
    return Path(given) if given else Path.home() / ".cache" / "propdesk-bench"


def build_demo(
    folder: Path, extra_env: dict[str, str] | None = None, arguments: list[str] | None = None
) -> float:
    """`propdesk demo-data` at the chosen scale (or with `arguments`) into `folder`;
    prints and returns its wall time (s)."""
    env = {**os.environ, **(extra_env or {})}
    arguments = arguments or demo_arguments()
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "propdesk", "--data-dir", str(folder), *arguments],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    seconds = time.perf_counter() - started
    print(f"  demo built in {seconds:.1f} s (propdesk {' '.join(arguments)}); {load()}")
    print(f"    {done.stdout.strip()}")
    return seconds


def cached_demo() -> Path:
    """The cache's data folder for the chosen scale, built first when missing."""
    folder = _cache_root() / f"demo-scale{scale():g}-{_digest()}"
    if (folder / "complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        build_demo(building)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)  # a half-built demo is never kept
        raise
    (building / "complete").write_text(time.strftime("%Y-%m-%d %H:%M:%S\n"))
    building.rename(folder)
    return folder


@contextmanager
def demo_folder() -> Iterator[Path]:
    """A private copy of the cached demo (built first when missing), removed after."""
    source = cached_demo()
    with tempfile.TemporaryDirectory(dir=source.parent) as scratch:
        started = time.perf_counter()
        copy = Path(scratch) / "data"
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns("complete"))
        size = (copy / "propdesk.db").stat().st_size / 2**30
        print(
            f"  {described()}: a copy of {source} ({size:.2f} GiB) "
            f"in {time.perf_counter() - started:.1f} s"
        )
        yield copy


def load() -> str:
    """The machine's load: on a shared machine, what the figures beside it met."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min), {os.cpu_count()} CPUs"
