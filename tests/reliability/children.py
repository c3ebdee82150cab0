"""Start tests.reliability.writer as a real child process and read what it reported."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Report:
    """What a writer printed: complete lines only (a killed child may leave half a line)."""

    lines: list[str]

    def values(self, tag: str) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith(tag + " ")]

    @property
    def committed(self) -> list[str]:
        return self.values("COMMITTED")

    @property
    def numbers(self) -> list[str]:
        return self.values("NUMBER")


def start_writer(
    data_dir: Path,
    count: int,
    prefix: str,
    *,
    numbers: bool = False,
    stderr_file: Path,
    command_prefix: tuple[str, ...] = (),
) -> subprocess.Popen[str]:
    """Started with --wait: it imports, prints READY, and waits for `go()`."""
    args = [*command_prefix, sys.executable, "-m", "tests.reliability.writer"]
    args += [str(data_dir), str(count), prefix, "--wait"]
    if numbers:
        args.append("--numbers")
    with stderr_file.open("w", encoding="utf-8") as err:
        return subprocess.Popen(
            args,
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            encoding="utf-8",
        )


def wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line == "READY\n", f"writer did not start: {line!r}"


def go(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()


def finish(proc: subprocess.Popen[str], timeout: float = 120) -> Report:
    """Read everything the child printed until it exits (or was killed)."""
    assert proc.stdout is not None
    out, _ = proc.communicate(timeout=timeout)
    return Report([line[:-1] for line in out.splitlines(keepends=True) if line.endswith("\n")])
