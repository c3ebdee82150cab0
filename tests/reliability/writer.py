"""A child process that saves audited records through the real services.

    python -m tests.reliability.writer DATA_DIR COUNT PREFIX [--numbers] [--wait]

Run from the repository root. Prints one line per event and flushes it at once, so the
parent knows exactly what was reported as saved even if the process is killed:

    READY                 imports done (with --wait: then waits for a line on stdin)
    COMMITTED <code>      building <code> created (with its audit row) and committed
    NUMBER <number>       with --numbers: a number allocated and committed
    DONE                  all COUNT saves made
    STORAGE_ERROR <problem> <message>    a StorageError ended the run (exit code 3)

Building codes are PREFIX followed by 0, 1, 2 …; keep PREFIX short (codes have at
most 10 characters).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TextIO

from propdesk.config import Paths
from propdesk.domain.numbering import NumberKind
from propdesk.errors import StorageError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core import audit as audit_service
from propdesk.services.core.actor import system_actor
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.numbering import allocate
from propdesk.services.master_data.buildings import BuildingInput

NUMBER_DAY = date(2026, 11, 26)
EXIT_STORAGE = 3


def _say(out: TextIO, line: str) -> None:
    # One write of a whole line, flushed at once: what the parent reads was said.
    out.write(line + "\n")
    out.flush()


def _buildings(services: Services, count: int, prefix: str, out: TextIO) -> None:
    actor = system_actor("reliability")
    for i in range(count):
        code = f"{prefix}{i}"
        services.buildings.create(actor, BuildingInput(code=code, name=f"楼 {code}", floors=6))
        _say(out, f"COMMITTED {code}")


def _numbers(services: Services, count: int, prefix: str, out: TextIO) -> None:
    actor = system_actor("reliability")
    for _ in range(count):
        with services.store.write() as session:
            number = allocate(session, NumberKind.TEST, NUMBER_DAY)
            audit_service.record(
                session, actor, "number", number, AuditAction.CREATE, after={"by": prefix}
            )
        _say(out, f"NUMBER {number}")


def write(data_dir: str, count: int, prefix: str, *, numbers: bool, out: TextIO) -> int:
    """Open the station and save COUNT records, reporting each on `out`."""
    try:
        services = open_services(Paths.resolve(data_dir), fast_hashing=True)
        try:
            # What a window does first, off its GUI thread: the day's backup (two
            # stations opening at once both find it due).
            services.backups.ensure_daily()
            if numbers:
                _numbers(services, count, prefix, out)
            else:
                _buildings(services, count, prefix, out)
        finally:
            services.close()
    except StorageError as exc:
        _say(out, f"STORAGE_ERROR {exc.problem.value} {exc.message}")
        print(exc.detail, file=sys.stderr)
        return EXIT_STORAGE
    _say(out, "DONE")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="writer")
    parser.add_argument("data_dir")
    parser.add_argument("count", type=int)
    parser.add_argument("prefix")
    parser.add_argument("--numbers", action="store_true", help="allocate numbers instead")
    parser.add_argument("--wait", action="store_true", help="wait for a line on stdin first")
    args = parser.parse_args(argv)
    _say(sys.stdout, "READY")
    if args.wait:
        sys.stdin.readline()
    return write(args.data_dir, args.count, args.prefix, numbers=args.numbers, out=sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
