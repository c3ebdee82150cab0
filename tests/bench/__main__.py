"""Benchmark runner (not part of the normal suite):
`.venv/bin/python -m tests.bench [--scale S] [NAME…]`.

`--scale 2` runs the benchmarks that build a demo on the double estate (4,000 units,
about 4 million gate events): it sets PROPDESK_BENCH_SCALE, read by tests/bench/estate.py.

Each benchmark prints its figures next to a raw baseline measured in the same run,
because these machines are noisy and only ratios compare across runs.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    if "--scale" in argv:
        at = argv.index("--scale")
        os.environ["PROPDESK_BENCH_SCALE"] = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    chosen = [n for n in names if not argv or any(a in n for a in argv)]
    for name in chosen:
        module = importlib.import_module(f"tests.bench.{name}")
        print(f"== {name}: {module.__doc__.strip().splitlines()[0] if module.__doc__ else ''}")
        module.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
