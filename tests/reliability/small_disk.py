"""A really small disk: a tmpfs mounted for one test, filled to the last byte on demand.

Why real: SQLite, the log handler and the backup copy each meet ENOSPC in their own
way (a failed write, a failed flush, a half copy); only a file system that is really
full shows all of them. Mounting needs root (CI and this machine run as root) or a user
namespace (`unshare -rm pytest …`); elsewhere the tests that need it are skipped.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_disk(where: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of `size_kb` KiB mounted at `where` (created) for the `with` block."""
    if sys.platform != "linux":
        pytest.skip("a small tmpfs is mounted on Linux only")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(
            "cannot mount a small tmpfs here (needs root, or run pytest under "
            f"`unshare -rm`): {mounted.stderr.strip()}"
        )
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path, name: str = "filler.bin") -> Path:
    """Write a file on `disk` until not one more byte fits; returns it (delete it to
    give the space back)."""
    filler = disk / name
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for chunk in (64 * 1024, 4096, 512, 1):
            block = b"\0" * chunk
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return filler


def free_bytes(disk: Path) -> int:
    stat = os.statvfs(disk)
    return stat.f_bavail * stat.f_frsize
