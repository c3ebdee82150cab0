"""Run a child process as another, unprivileged user (nobody), where permission bits
hold: the tests run as root here and in CI, and root ignores them."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.reliability.children import REPO_ROOT

NOBODY = "nobody"


def nobody_ids() -> tuple[int, int]:
    entry = pwd.getpwnam(NOBODY)
    return entry.pw_uid, entry.pw_gid


def as_nobody() -> tuple[str, ...]:
    """A command prefix that runs the rest as nobody; skips when that is impossible."""
    if sys.platform == "win32" or os.geteuid() != 0:
        pytest.skip("switching to another user needs root (POSIX)")
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv is not installed: cannot run a child as another user")
    prefix = (setpriv, f"--reuid={NOBODY}", f"--regid={nobody_ids()[1]}", "--clear-groups")
    tried = subprocess.run(
        [*prefix, sys.executable, "-c", "import os, propdesk; print(os.geteuid())"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if tried.stdout.strip() != str(nobody_ids()[0]):
        pytest.skip(f"cannot run propdesk as {NOBODY} here: {tried.stderr[-300:]}")
    return prefix


@contextmanager
def folder_nobody_can_reach() -> Iterator[Path]:
    """A folder outside pytest's (root-only) temporary tree, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="propdesk-other-user-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def give_to_nobody(path: Path) -> None:
    """chown -R to nobody."""
    uid, gid = nobody_ids()
    for item in [path, *path.rglob("*")]:
        os.chown(item, uid, gid)
