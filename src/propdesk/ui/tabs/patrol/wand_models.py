"""The tables of the wand import dialog: the file's first rows (to choose columns by),
its codes and what each is mapped to, the rounds an import makes, the swipes it lists,
and the rows it cannot read."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from propdesk.services.patrol.wand_cells import WandRowError
from propdesk.services.patrol.wand_results import CodeMapping, WandCode, WandListed, WandRound
from propdesk.ui.dialogs import user_message
from propdesk.ui.tabs.patrol.names import clock, local_moment, verdict_name
from propdesk.ui.tabs.patrol.wand_names import listed_text
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column

SAMPLE_ROWS = 8  # enough to see which column holds what
FileRow = tuple[int, tuple[object, ...]]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class WandSampleModel(DtoTableModel[FileRow]):
    """The file's first rows under its own headers, with their row numbers."""

    def show_file(self, headers: Sequence[str], rows: Sequence[FileRow]) -> None:
        columns: list[Column[FileRow]] = [Column(self.tr("Row"), lambda r: str(r[0]), True)]
        for index, header in enumerate(headers):
            columns.append(Column(header or "—", _cell_of(index)))
        self.set_columns(columns)
        self.set_rows(list(rows[:SAMPLE_ROWS]))


def _cell_of(index: int) -> Callable[[FileRow], str]:
    """How a row shows its cell in the column at `index` (a short row: empty)."""

    def text(row: FileRow) -> str:
        cells = row[1]
        return _cell_text(cells[index]) if index < len(cells) else ""

    return text


@dataclass(frozen=True)
class CodeChoice:
    """A code of the file, and the mapping chosen for it in this dialog (None: none)."""

    code: WandCode
    mapping: CodeMapping | None = None
    target: str = ""  # what the new mapping points at, in words

    @property
    def shown_target(self) -> str:
        return self.target if self.mapping is not None else self.code.target


class WandCodesModel(DtoTableModel[CodeChoice]):
    COL_CODE, COL_SWIPES, COL_WANDS, COL_TARGET = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Code"), lambda c: c.code.code),
                count_column(self.tr("Swipes"), lambda c: c.code.swipes),
                Column(self.tr("Wands"), lambda c: ", ".join(c.code.devices)),
                Column(self.tr("Mapped to"), self._target),
            ]
        )

    def _target(self, choice: CodeChoice) -> str:
        if choice.shown_target:
            return choice.shown_target
        return self.tr("not mapped")

    def is_flagged(self, row: CodeChoice) -> bool:
        return row.mapping is None and not row.code.known

    def choose(self, row: int, mapping: CodeMapping | None, target: str) -> None:
        choice = self.row_at(row)
        if choice is None:
            return
        rows = self.rows()
        rows[row] = CodeChoice(choice.code, mapping, target)
        self.set_rows(rows)

    def mappings(self) -> list[CodeMapping]:
        return [c.mapping for c in self.rows() if c.mapping is not None]


class WandRoundsModel(DtoTableModel[WandRound]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda r: r.number or "—"),
                Column(self.tr("Wand"), lambda r: r.device),
                Column(self.tr("Route"), lambda r: r.route_name),
                Column(self.tr("Guard"), self._guard),
                Column(self.tr("Started"), lambda r: local_moment(r.started_at)),
                Column(self.tr("Slot"), lambda r: clock(r.slot_at)),
                Column(self.tr("Verdict"), lambda r: verdict_name(r.verdict)),
                Column(self.tr("Checkpoints"), self._reached, tooltip=self._names),
            ]
        )

    def _guard(self, row: WandRound) -> str:
        if row.no_guard:
            return self.tr("{name} (no guard card)").format(name=row.guard_name)
        return row.guard_name

    def _reached(self, row: WandRound) -> str:
        text = f"{row.visited}/{row.total}"
        if row.repeats:
            text += " " + self.tr("({n} touched twice)").format(n=row.repeats)
        return text

    @staticmethod
    def _names(row: WandRound) -> str:
        return " → ".join(row.checkpoints)

    def is_flagged(self, row: WandRound) -> bool:
        return row.no_guard or row.verdict is None or row.visited < row.total


class WandListedModel(DtoTableModel[WandListed]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                count_column(self.tr("Row"), lambda s: s.row),
                Column(self.tr("Wand"), lambda s: s.device),
                Column(self.tr("Code"), lambda s: s.code),
                Column(self.tr("Time"), lambda s: local_moment(s.at)),
                Column(self.tr("Problem"), listed_text),
            ]
        )


class WandRowErrorsModel(DtoTableModel[WandRowError]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                count_column(self.tr("Row"), lambda e: e.row),
                Column(self.tr("Column"), lambda e: e.column),
                Column(self.tr("Problem"), lambda e: user_message(e.error)),
            ]
        )
