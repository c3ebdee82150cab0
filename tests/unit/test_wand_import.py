"""Importing a patrol wand's file (services/patrol/wand_import.py) on SQLite: columns
chosen once per model, codes mapped once, swipes made rounds, a second import adding
nothing, CSV in GBK and .xlsx, rows that cannot be read."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from propdesk.domain.patrol.rounds import RoundSource, VisitHow
from propdesk.domain.patrol.swipes import SwipeProblem
from propdesk.domain.patrol.timing import Verdict
from propdesk.errors import NotFoundError, PermissionDeniedError, ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.local_zone import local_zone
from propdesk.services.patrol.wand_cells import read_swipes
from propdesk.services.patrol.wand_columns import KEY_FORMATS, WandColumns
from propdesk.services.patrol.wand_file import WandSheet, read_wand_file
from propdesk.services.patrol.wand_results import CodeMapping, WandFormat, WandPreview
from propdesk.services.patrol.wand_template import save_wand_template
from propdesk.services.station.estate_settings import EstateSettingsService
from propdesk.store.models import PatrolRound, PatrolWandSwipe
from tests.unit.wand_estate import CLERK, COMMITTEE, GUARD, HEADERS, WandEstate

MODEL = "兰德华 L-9000"
COLUMNS = WandColumns("设备号", "卡号", "时间")


@pytest.fixture
def estate(services: Services, beijing_time: None) -> WandEstate:
    del beijing_time
    return WandEstate(services)


def _count(services: Services, model: type[PatrolRound] | type[PatrolWandSwipe]) -> int:
    with services.store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _preview(estate: WandEstate, path: Path, model: str = MODEL) -> WandPreview:
    wands = estate.patrol.wands
    opened = wands.open_file(GUARD, path, model)
    columns = opened.columns or opened.guess
    return wands.preview(GUARD, opened.sheet, WandFormat(model, columns), "zh_CN")


def _apply(estate: WandEstate, path: Path, model: str = MODEL) -> WandPreview:
    wands = estate.patrol.wands
    opened = wands.open_file(GUARD, path, model)
    columns = opened.columns or opened.guess
    return wands.apply(GUARD, opened.sheet, WandFormat(model, columns), "zh_CN")


def test_a_gbk_csv_is_mapped_once_imported_once_and_its_columns_remembered(
    estate: WandEstate, tmp_path: Path
) -> None:
    path = estate.csv_file(tmp_path / "wand.csv", estate.walk())
    wands = estate.patrol.wands
    opened = wands.open_file(GUARD, path, MODEL)
    assert opened.columns is None  # a model never seen: the person is asked …
    assert opened.guess == COLUMNS  # … starting from a guess by the headers
    assert opened.sheet.headers == HEADERS

    first = wands.preview(GUARD, opened.sheet, WandFormat(MODEL, COLUMNS), "zh_CN")
    assert first.ok
    assert first.rounds == ()
    assert [c.code for c in first.unknown_codes] == ["A1", "A2", "A3", "B1", "B2", "CARD-ZHANG"]
    assert {item.problem for item in first.listed} == {SwipeProblem.UNKNOWN_TAG}
    assert len(first.listed) == 9  # every swipe listed, none lost

    estate.map_all()
    preview = wands.preview(GUARD, opened.sheet, WandFormat(MODEL, COLUMNS), "zh_CN")
    assert preview.unknown_codes == ()
    assert preview.listed == ()
    assert _count(estate.services, PatrolRound) == 0  # a preview writes nothing
    east, west, unnamed = preview.rounds
    assert (east.route_name, east.guard_name, east.visited, east.total, east.repeats) == (
        "东区",
        "张保安",
        3,
        3,
        1,
    )
    assert east.checkpoints == ("1号楼大堂", "地库入口", "东门")
    assert east.verdict is Verdict.ON_TIME
    assert east.slot_at is not None
    assert east.slot_at.astimezone().replace(tzinfo=None) == estate.at(0)
    assert (west.route_name, west.guard_name, west.visited) == ("西区", "张保安", 2)
    assert west.slot_at is not None
    assert west.slot_at.astimezone().replace(tzinfo=None) == estate.at(30)
    assert (unnamed.guard_id, unnamed.guard_name, unnamed.no_guard) == (None, "巡更棒 2", True)

    done = wands.apply(GUARD, opened.sheet, WandFormat(MODEL, COLUMNS), "zh_CN")
    assert done.written
    assert [r.number[:2] for r in done.rounds] == ["XL", "XL", "XL"]
    detail = estate.patrol.rounds.find_number(GUARD, done.rounds[0].number)
    assert detail.source is RoundSource.WAND
    assert detail.guard_id == estate.zhang.id
    assert detail.finished_at is not None
    assert detail.finished_at.astimezone().replace(tzinfo=None) == estate.at(8)
    visits = [c.visit for c in detail.checkpoints]
    assert all(v is not None and v.how is VisitHow.WAND for v in visits)
    with estate.services.store.read() as session:
        stored = session.execute(select(PatrolWandSwipe.code, PatrolWandSwipe.problem)).all()
    assert sorted(p for _code, p in stored) == [
        "",
        "",
        "",
        "",
        "",
        "",
        "no_guard",
        "no_guard",
        "repeated",
    ]
    with estate.services.store.read() as session:
        remembered = EstateSettingsService.read_value(session, KEY_FORMATS, {})
    assert remembered == {MODEL: {"device": "设备号", "code": "卡号", "time": "时间", "date": ""}}

    # The next file of that model is read without asking; the same swipes add nothing.
    again = wands.open_file(GUARD, path, MODEL)
    assert again.columns == COLUMNS
    second = wands.preview(GUARD, again.sheet, WandFormat(MODEL, COLUMNS), "zh_CN")
    assert (second.already_imported, second.new_swipes, second.rounds) == (9, 0, ())
    assert wands.apply(GUARD, again.sheet, WandFormat(MODEL, COLUMNS), "zh_CN").written
    assert (_count(estate.services, PatrolRound), _count(estate.services, PatrolWandSwipe)) == (
        3,
        9,
    )


def test_remembered_columns_are_found_by_header_in_any_order(
    estate: WandEstate, tmp_path: Path
) -> None:
    estate.map_all()
    _apply(estate, estate.csv_file(tmp_path / "first.csv", estate.walk()[:5]))
    reordered = estate.csv_file(
        tmp_path / "next.csv",
        [("1", "A1", 90)],
        encoding="utf-8-sig",
        headers=("时间", "卡号", "设备号"),
    )
    opened = estate.patrol.wands.open_file(GUARD, reordered, MODEL)
    assert opened.columns == COLUMNS
    renamed = estate.csv_file(
        tmp_path / "renamed.csv", [("1", "A1", 90)], headers=("机号", "卡号", "时间")
    )
    assert estate.patrol.wands.open_file(GUARD, renamed, MODEL).columns is None  # ask again


def test_an_xlsx_with_a_date_column_and_codes_left_unmapped(
    estate: WandEstate, tmp_path: Path
) -> None:
    estate.map_all()
    rows = [("3", "A1", 121), ("3", "A2", 124), ("3", "ZZ-9", 126), ("3", "A3", 129)]
    path = estate.xlsx_file(tmp_path / "wand.xlsx", rows)
    opened = estate.patrol.wands.open_file(GUARD, path, "JWM")
    assert opened.columns is None
    assert opened.guess == WandColumns("巡检器编号", "标签号", "时间", "日期")
    wand_format = WandFormat("JWM", opened.guess)
    preview = estate.patrol.wands.apply(GUARD, opened.sheet, wand_format, "en")
    (made,) = preview.rounds
    assert (made.guard_name, made.visited, made.device) == ("Wand 3", 3, "3")
    assert made.started_at.astimezone().replace(tzinfo=None) == estate.at(121)
    (unknown,) = preview.listed
    assert (unknown.row, unknown.code, unknown.problem) == (4, "ZZ-9", SwipeProblem.UNKNOWN_TAG)
    assert [c.code for c in preview.unknown_codes] == ["ZZ-9"]
    with estate.services.store.read() as session:
        problem = session.scalar(
            select(PatrolWandSwipe.problem).where(PatrolWandSwipe.code == "ZZ-9")
        )
    assert problem == "unknown_tag"  # listed, and kept


def test_rows_that_cannot_be_read_are_named_and_nothing_is_written(
    estate: WandEstate, tmp_path: Path
) -> None:
    estate.map_all()
    path = tmp_path / "bad.csv"
    path.write_text(
        "设备号,卡号,时间\n"
        f"1,A1,{estate.at(1):%Y-%m-%d %H:%M:%S}\n"
        ",A2,2026-12-05 22:03\n"
        "1,,2026-12-05 22:03\n"
        "1,A3,2026-13-45 25:99\n"
        "1,A3,yesterday\n",
        encoding="utf-8",
    )
    preview = _apply(estate, path)
    assert not preview.ok
    assert not preview.written
    found = [(e.row, e.column, e.error.field) for e in preview.row_errors]
    assert found == [
        (3, "设备号", "device"),
        (4, "卡号", "code"),
        (5, "时间", "time"),
        (6, "时间", "time"),
    ]
    assert preview.row_errors[3].error.params == {"value": "yesterday"}
    assert (_count(estate.services, PatrolRound), _count(estate.services, PatrolWandSwipe)) == (
        0,
        0,
    )


def test_a_slot_answered_already_and_a_wand_clock_gone_wrong_are_listed(
    estate: WandEstate, tmp_path: Path
) -> None:
    estate.map_all()
    live = estate.patrol.rounds.start(GUARD, estate.east.id, at=_aware(estate, 2))
    rows = [("1", "A1", 3), ("1", "A2", 6), ("1", "B1", 60 * 24 * 400)]  # far in the future
    preview = _apply(estate, estate.csv_file(tmp_path / "w.csv", rows))
    assert preview.rounds == ()
    problems = [(i.code, i.problem, i.taken_by) for i in preview.listed]
    assert problems == [
        ("A1", SwipeProblem.SLOT_TAKEN, live.number),
        ("A2", SwipeProblem.SLOT_TAKEN, live.number),
        ("B1", SwipeProblem.BAD_TIME, ""),
    ]
    assert _count(estate.services, PatrolWandSwipe) == 3


def test_the_same_route_twice_in_one_slot_within_a_file(estate: WandEstate, tmp_path: Path) -> None:
    estate.map_all()
    rows = [("1", "A1", 1), ("2", "A2", 2)]  # two wands walk the east route at 22:00
    preview = _preview(estate, estate.csv_file(tmp_path / "w.csv", rows))
    assert len(preview.rounds) == 1
    (listed,) = preview.listed
    assert (listed.code, listed.problem, listed.taken_by) == ("A2", SwipeProblem.SLOT_TAKEN, "")


def test_the_template_is_read_without_asking(estate: WandEstate, tmp_path: Path) -> None:
    template = save_wand_template("zh_TW", tmp_path / "template.xlsx")
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ["設備號", "卡號/標籤號", "時間"]
    ws.delete_rows(2, ws.max_row)
    ws.append(["1", "A1", estate.at(1)])
    wb.save(template)
    estate.map_all()
    opened = estate.patrol.wands.open_file(GUARD, template, "")
    assert opened.columns == WandColumns("設備號", "卡號/標籤號", "時間")
    preview = estate.patrol.wands.apply(GUARD, opened.sheet, WandFormat("", opened.columns))
    assert len(preview.rounds) == 1
    assert estate.patrol.wands.models(GUARD) == []  # the template needs no remembering


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("设备号\t卡号\t时间\n1\tA1\t{t}\n", "utf-16"),
        ("设备号;卡号;时间\n1;A1;{t}\n", "utf-8-sig"),
        ("设备号,卡号,时间\n1,A1,{t}\n", "gb18030"),
    ],
)
def test_text_files_in_the_encodings_and_delimiters_wands_write(
    estate: WandEstate, tmp_path: Path, content: str, encoding: str
) -> None:
    path = tmp_path / "wand.txt"
    path.write_bytes(content.format(t=f"{estate.at(1):%Y年%m月%d日 %H:%M:%S}").encode(encoding))
    sheet = read_wand_file(path)
    assert sheet.headers == HEADERS
    (swipe,), errors = read_swipes(sheet, COLUMNS, local_zone())
    assert errors == []
    assert swipe.at == _aware(estate, 1)


def test_a_file_that_is_neither_text_nor_a_workbook(estate: WandEstate, tmp_path: Path) -> None:
    del estate
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ValidationError) as caught:
        read_wand_file(junk)
    assert caught.value.field == "file"
    with pytest.raises(NotFoundError):
        read_wand_file(tmp_path / "missing.csv")


def test_the_column_choice_is_checked(estate: WandEstate, tmp_path: Path) -> None:
    path = estate.csv_file(tmp_path / "w.csv", estate.walk())
    opened = estate.patrol.wands.open_file(GUARD, path, MODEL)
    for columns, field in (
        (WandColumns("设备号", "", "时间"), "code"),
        (WandColumns("设备号", "设备号", "时间"), "code"),
        (WandColumns("设备号", "卡号", "时间", "日期"), "date"),
    ):
        with pytest.raises(ValidationError) as caught:
            estate.patrol.wands.preview(GUARD, opened.sheet, WandFormat(MODEL, columns))
        assert caught.value.field == field
    with pytest.raises(ValidationError) as too_long:
        estate.patrol.wands.open_file(GUARD, path, "M" * 41)
    assert too_long.value.field == "model"


def test_mapping_is_checked_and_can_be_corrected(estate: WandEstate) -> None:
    wands = estate.patrol.wands
    both = CodeMapping("A1", checkpoint_id=estate.checkpoint("E-01"), guard_id=estate.zhang.id)
    with pytest.raises(ValidationError) as caught:
        wands.map_codes(GUARD, [both])
    assert caught.value.field == "mapping"
    with pytest.raises(NotFoundError):
        wands.map_codes(GUARD, [CodeMapping("A1", checkpoint_id=uuid.uuid4())])
    wands.map_codes(GUARD, [CodeMapping(" a1 ", checkpoint_id=estate.checkpoint("E-02"))])
    wands.map_codes(GUARD, [CodeMapping("A1", checkpoint_id=estate.checkpoint("E-01"))])
    (code,) = wands.preview(GUARD, _sheet(estate), WandFormat("", COLUMNS)).codes
    assert (code.code, code.target) == ("A1", "东区 · 1号楼大堂")


def test_who_may_import(estate: WandEstate, tmp_path: Path) -> None:
    path = estate.csv_file(tmp_path / "w.csv", estate.walk())
    assert estate.patrol.wands.open_file(CLERK, path, MODEL).guess == COLUMNS
    with pytest.raises(PermissionDeniedError):
        estate.patrol.wands.open_file(COMMITTEE, path, MODEL)
    with pytest.raises(PermissionDeniedError):
        estate.patrol.wands.map_codes(COMMITTEE, [])


def _sheet(estate: WandEstate) -> WandSheet:
    """A file of one swipe of A1, at 22:01 last night."""
    return WandSheet("one.csv", HEADERS, ((2, ("1", "A1", f"{estate.at(1):%Y-%m-%d %H:%M}")),))


def _aware(estate: WandEstate, minutes: float) -> datetime:
    return estate.at(minutes).astimezone()
