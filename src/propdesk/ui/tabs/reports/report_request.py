"""What the user asked for: which month, in which language, as which file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from propdesk.domain.service_targets import Period


class ReportKind(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


@dataclass(frozen=True)
class ReportRequest:
    period: Period
    lang: str
    kind: ReportKind


def with_suffix(path: Path, kind: ReportKind) -> Path:
    """`path` ending in the kind's suffix (appended when the user typed none or another)."""
    return path if path.suffix.lower() == kind.suffix else path.with_name(path.name + kind.suffix)


def file_name(title: str, kind: ReportKind) -> str:
    """A file name from the title: characters Windows refuses become "_"."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", title).strip(" .") or "report"
    return name + kind.suffix
