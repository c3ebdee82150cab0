"""Small helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def time_process(code: str, runs: int, env: dict[str, str] | None = None) -> list[float]:
    """Wall time of a fresh Python process running `code`, `runs` times (seconds)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        times.append(time.perf_counter() - start)
    return times


def report(label: str, values: list[float], unit: str = "ms", scale: float = 1000) -> float:
    median = statistics.median(values) * scale
    print(
        f"  {label:<40} median {median:8.1f} {unit}   p99 {percentile(values, 99) * scale:8.1f} "
        f"{unit}   (n={len(values)})"
    )
    return median
