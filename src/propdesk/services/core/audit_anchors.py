"""Anchors of the audit chain, kept outside the database.

The chain alone proves only that it is consistent: whoever can write the database can
change a row and recompute every later hash. So the station writes down, at moments
that leave a trace elsewhere (a backup made, the first start of a day, a report printed
or exported), the chain's head then: its last seq and hash. `propdesk audit verify`
then checks the chain still passes through every one of them.

The anchors live in the station's config folder (`audit-anchors.jsonl`, owner-only),
one JSON line each: {"kind", "seq", "hash", "at", "what"}, and "chain" when the anchor
is of a syncing station's chain (issue 22: one audit chain per station, named by its
letter; anchors are always of this database's own chain, the one its writer extends).
The file is only ever appended to, each line flushed and fsynced. A crash mid-write
leaves a torn last line: it is tolerated (reported by `read_anchors`, and the next
anchor starts on a line of its own). Writing an anchor never fails the save, backup or
print that asked for it: a problem is logged and the work goes on.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from propdesk.config import Paths
from propdesk.store.backup import readonly_uri

log = logging.getLogger(__name__)

ANCHOR_FILE_NAME = "audit-anchors.jsonl"


class AnchorKind(StrEnum):
    BACKUP = "backup"  # what: the backup file's name
    DAILY = "daily"  # what: the local date
    REPORT = "report"  # what: the report file's name
    # The database was replaced by a backup (what: its file name; seq/hash: the head
    # the backup held). Anchors taken later than that head belong to the replaced
    # chain and are not expected in the restored one.
    RESTORE = "restore"


@dataclass(frozen=True)
class ChainHead:
    """The last row of the chain: its seq and hash (seq 0: no row yet), and whose
    chain it is (a syncing station's letter; "" the database's own)."""

    seq: int
    hash: str
    chain: str = ""

    @property
    def short(self) -> str:
        """How a paper names it: "#12345 · 3fa9c2d41b07…" (the seq and 12 hex), station
        B's chain "B#12345 · 3fa9c2d41b07…"."""
        return f"{self.chain}#{self.seq} · {self.hash[:12]}…"


@dataclass(frozen=True)
class Anchor:
    kind: str
    seq: int
    hash: str
    at: datetime  # aware
    what: str
    line: int  # 1-based line in the file, to name it
    chain: str = ""  # the chain it anchors: a syncing station's letter, "" the database's

    @property
    def head(self) -> ChainHead:
        return ChainHead(self.seq, self.hash, self.chain)


@dataclass(frozen=True)
class AnchorBook:
    """What the anchor file holds: the anchors in the order written, the lines that
    could not be read (1-based), whether the last one was torn (no newline: a crash
    mid-write), and why the file itself could not be read ("" when it could)."""

    anchors: list[Anchor]
    unreadable: list[int]
    torn_tail: bool = False
    problem: str = ""

    def in_force(self) -> list[Anchor]:
        """The anchors the current chain must still pass through: all but those a
        later restore rolled back (taken in its chain beyond the head the restored
        backup held)."""
        kept: list[Anchor] = []
        for anchor in self.anchors:
            if anchor.kind == AnchorKind.RESTORE:
                kept = [a for a in kept if a.chain != anchor.chain or a.seq <= anchor.seq]
            kept.append(anchor)
        return kept

    def daily_taken(self, day: date) -> bool:
        return any(
            a.kind == AnchorKind.DAILY and a.at.astimezone().date() == day for a in self.anchors
        )


def anchor_file(paths: Paths) -> Path:
    return paths.config_dir / ANCHOR_FILE_NAME


def _parse(text: str, line: int) -> Anchor | None:
    try:
        data = json.loads(text)
        at = datetime.fromisoformat(data["at"])
        anchor = Anchor(
            str(data["kind"]),
            int(data["seq"]),
            str(data["hash"]),
            at if at.tzinfo else at.replace(tzinfo=UTC),
            str(data.get("what", "")),
            line,
            str(data.get("chain", "")),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return anchor if anchor.seq >= 0 and len(anchor.hash) == 64 else None


def read_anchors(paths: Paths) -> AnchorBook:
    """The anchor file as it is; an empty book when there is none (a new station), and
    one that names the problem when it exists but cannot be read."""
    try:
        raw = anchor_file(paths).read_bytes()
    except FileNotFoundError:
        return AnchorBook([], [])
    except OSError as exc:
        return AnchorBook([], [], problem=exc.strerror or str(exc))
    anchors: list[Anchor] = []
    unreadable: list[int] = []
    torn = False
    lines = raw.split(b"\n")
    last = len(lines) - 1  # the text after the last newline ("" when it ends with one)
    for number, chunk in enumerate(lines, start=1):
        if not chunk.strip():
            continue
        anchor = _parse(chunk.decode("utf-8", errors="replace"), number)
        if anchor is not None:
            anchors.append(anchor)
        elif number - 1 == last:
            torn = True  # the last write did not finish
        else:
            unreadable.append(number)
    return AnchorBook(anchors, unreadable, torn)


def _append_line(file: Path, text: str) -> None:
    """Append one line durably; a torn line before it is closed off first."""
    file.parent.mkdir(parents=True, exist_ok=True)
    created = not file.exists()
    fd = os.open(file, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # also an older, looser file: it names the office's work
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            text = "\n" + text
        data = text.encode("utf-8")
        while data:
            data = data[os.write(fd, data) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    if created and os.name == "posix":
        # The new file's name must survive a power cut too.
        folder = os.open(file.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def remember(
    paths: Paths,
    kind: str,
    seq: int,
    hash: str,
    what: str,
    *,
    at: datetime | None = None,
    chain: str = "",
) -> bool:
    """Append one anchor; False (logged) when it could not be written. Never raises:
    the save, backup or print that asked for it has already succeeded."""
    fields: dict[str, object] = {
        "kind": str(kind),
        "seq": seq,
        "hash": hash,
        "at": (at or datetime.now(UTC)).isoformat(timespec="seconds"),
        "what": what,
    }
    if chain:  # the "" chain's anchors read as they always did
        fields["chain"] = chain
    line = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    try:
        _append_line(anchor_file(paths), line + "\n")
    except OSError as exc:
        log.warning("audit anchor (%s #%s) not written: %s", kind, seq, exc)
        return False
    return True


def remember_head(paths: Paths, kind: str, head: ChainHead | None, what: str) -> bool:
    """An anchor at `head`; nothing for an empty chain (no row to anchor)."""
    if head is None or head.seq <= 0:
        return False
    return remember(paths, kind, head.seq, head.hash, what, chain=head.chain)


def chain_head_in_file(db_file: Path) -> ChainHead | None:
    """The chain head a SQLite database file holds (of the chain its writer extends),
    read without changing it; None when the file has no audit chain or cannot be read."""
    try:
        with closing(sqlite3.connect(readonly_uri(db_file), uri=True, timeout=5.0)) as conn:
            row = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
            chain = _letter_in_file(conn) if row else ""
    except sqlite3.Error:
        return None
    return ChainHead(int(row[0]), str(row[1]), chain) if row else None


def _letter_in_file(conn: sqlite3.Connection) -> str:
    """The syncing station's letter a database file holds (as store.sync.identity reads
    it); "" for a file written directly, or one older than the sync tables."""
    try:
        row = conn.execute("SELECT letter FROM sync_identity WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # no such table: a backup from before issue 22
        return ""
    return str(row[0]) if row and row[0] else ""


def remember_backup_anchor(paths: Paths, backup: Path) -> None:
    """Anchor the chain head held in a backup just made (read from the file itself)."""
    try:
        remember_head(paths, AnchorKind.BACKUP, chain_head_in_file(backup), backup.name)
    except Exception:  # an anchor never fails the backup
        log.exception("audit anchor for backup %s not written", backup.name)


def remember_restore_anchor(paths: Paths, backup: Path) -> None:
    """The database was replaced by `backup`: anchors beyond its head are retired."""
    try:
        remember_head(paths, AnchorKind.RESTORE, chain_head_in_file(backup), backup.name)
    except Exception:  # an anchor never fails the restore
        log.exception("audit anchor for restore of %s not written", backup.name)
