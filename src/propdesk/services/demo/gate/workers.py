"""Months of demo gate traffic made in worker processes while this one writes.

Making the rows costs Python about as much time as SQLite spends storing them, so on a
machine with two cores or more the months are made by worker processes and come back
as ready rows, in order, to the single writer here. Workers are started with `spawn`
(the same on every platform, no forked database handles). A frozen build (PyInstaller)
makes the months in this process instead: its executable cannot be started as a
worker without support it does not have. Either way the rows are the same
(demo_gate_month makes each month from its own seed).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from propdesk.services.demo.gate.month import MonthPlan, MonthRows, TrafficSetup, make_month
from propdesk.services.demo.gate.visitors import Regulars

log = logging.getLogger(__name__)

WORKERS = 2
AHEAD = 3  # months made ahead of the writer per worker (bounds the memory they hold)
PARALLEL_FROM = 150_000  # fewer events than this are made here: starting workers costs more

_setup: TrafficSetup | None = None  # the worker's copy (set by _start_worker)
_regulars: Regulars | None = None


def _regulars_of(setup: TrafficSetup) -> Regulars:
    estate = setup.estate
    return Regulars(setup.seed, estate.plates, dict(estate.initials))


def _start_worker(setup_file: str) -> None:
    global _setup, _regulars  # one setup per worker process
    gc.disable()  # millions of short-lived tuples, no cycles: collections only cost time
    # Our own file, written by _in_workers a moment ago: not untrusted input.
    setup = pickle.loads(Path(setup_file).read_bytes())
    _setup, _regulars = setup, _regulars_of(setup)


def _make(plan: MonthPlan) -> MonthRows:
    assert _setup is not None, "worker not started"
    assert _regulars is not None
    return make_month(_setup, plan, _regulars)


def worker_count(expected_events: int) -> int:
    """Processes to make the months in; 0 means this one."""
    if getattr(sys, "frozen", False) or expected_events < PARALLEL_FROM:
        return 0
    return min(WORKERS, os.cpu_count() or 1) if (os.cpu_count() or 1) > 1 else 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while millions of rows pass through."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def months(setup: TrafficSetup, plans: Sequence[MonthPlan], workers: int) -> Iterator[MonthRows]:
    """Each month's rows, in the order of `plans`."""
    left = deque(plans)
    if workers > 0:
        try:
            yield from _in_workers(setup, left, workers)
        except BrokenProcessPool as exc:
            # A worker could not start or died (a main module that runs its work when
            # imported, a killed process …): the months not yet handed over are made here.
            log.warning("demo traffic workers stopped (%s); going on in this process", exc)
    regulars = _regulars_of(setup)
    while left:
        yield make_month(setup, left.popleft(), regulars)


def _in_workers(setup: TrafficSetup, left: deque[MonthPlan], workers: int) -> Iterator[MonthRows]:
    """Months from worker processes; `left` keeps those not yet yielded."""
    context = multiprocessing.get_context("spawn")
    # The setup (the estate's plates and names, a few hundred KB) goes to the workers
    # as a file, not as the initializer's argument: that argument is written into a
    # pipe to the new process while this one still holds the pipe's other end, so a
    # worker that dies at start (a main module that cannot be imported twice) would
    # leave that write, and the demo, waiting for ever instead of failing over.
    folder = tempfile.TemporaryDirectory(prefix="propdesk-demo-")
    setup_file = Path(folder.name) / "setup.pickle"
    setup_file.write_bytes(pickle.dumps(setup, protocol=pickle.HIGHEST_PROTOCOL))
    with (
        folder,
        ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start_worker, initargs=(str(setup_file),)
        ) as pool,
    ):
        waiting: deque[Future[MonthRows]] = deque()
        try:
            while left:
                while len(waiting) < min(len(left), workers * AHEAD):
                    waiting.append(pool.submit(_make, left[len(waiting)]))
                month = waiting.popleft().result()
                left.popleft()
                yield month
        finally:
            for future in waiting:
                future.cancel()
