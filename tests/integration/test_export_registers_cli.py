"""`propdesk export units|residents|cards`: the register as it is now (no days needed),
narrowed by --from/--to when given, and each documented exit code (2 a missing day for
gate or repairs, a bad range, an unwritable file; 5 an empty estate or register)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from propdesk.cli import EXIT_OK, EXIT_USAGE, run
from propdesk.commands.report import EXIT_NOTHING_TO_REPORT
from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UnitInput
from propdesk.store.models import AccessCard, Resident, Unit

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo estate without gate traffic, made by the real command."""
    folder = tmp_path_factory.mktemp("cli-export-registers")
    code = run(["--data-dir", str(folder), "demo-data", "--scale", "0.05", "--no-traffic"])
    assert code == EXIT_OK
    return folder


@pytest.fixture(scope="module")
def counts(data_dir: Path) -> dict[str, int]:
    """How many live rows each register holds, counted straight from the database."""
    services = open_services(Paths.resolve(data_dir), fast_hashing=True)
    try:
        with services.store.read() as session:
            live_unit = Unit.voided_at.is_(None)
            return {
                "units": session.scalar(select(func.count()).where(live_unit)) or 0,
                "residents": session.scalar(
                    select(func.count())
                    .select_from(Resident)
                    .join(Unit, Resident.unit_id == Unit.id)
                    .where(Resident.voided_at.is_(None), live_unit)
                )
                or 0,
                "cards": session.scalar(select(func.count()).select_from(AccessCard)) or 0,
            }
    finally:
        services.close()


def export(data_dir: Path, *args: str) -> int:
    return run(["--data-dir", str(data_dir), "export", *args])


def _sheet(path: Path) -> tuple[str, list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        (name,) = wb.sheetnames
        return name, list(wb[name].iter_rows(values_only=True))
    finally:
        wb.close()


@pytest.mark.parametrize(
    ("table", "sheet", "first_header"),
    [("units", "房号", "房号"), ("residents", "住户", "房号"), ("cards", "门禁卡", "卡号")],
)
def test_a_register_without_days(
    data_dir: Path,
    counts: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    sheet: str,
    first_header: str,
) -> None:
    out = tmp_path / f"{table}.xlsx"
    assert export(data_dir, table, "--lang", "zh_CN", "-o", str(out)) == EXIT_OK
    printed = capsys.readouterr().out
    assert f"{table}：{counts[table]:,} 行，已写入：{out}" in printed  # in --lang's language
    name, (header, *body) = _sheet(out)
    assert name == sheet
    assert header[0] == first_header
    assert len(body) == counts[table] > 0


def test_residents_in_english_with_masked_ids(
    data_dir: Path, counts: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "residents.xlsx"
    assert export(data_dir, "residents", "--lang", "en", "-o", str(out)) == EXIT_OK
    name, (header, *body) = _sheet(out)
    assert name == "Residents"
    assert header[:3] == ("Unit", "Resident type", "Name")
    ids = header.index("Masked ID number")
    assert "ID number" not in header  # only ever the masked number
    shown = [row[ids] for row in body if len(row) > ids and row[ids]]
    assert shown
    assert all("*" in str(value) for value in shown)
    assert len(body) == counts["residents"]


def test_the_days_narrow_a_register(
    data_dir: Path, counts: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.xlsx"
    assert export(data_dir, "residents", "--from", "2024-01-01", "-o", str(out)) == EXIT_OK
    assert "rows from 2024-01-01 written" in capsys.readouterr().out
    _, (_, *since) = _sheet(out)
    assert 0 < len(since) < counts["residents"]
    assert export(data_dir, "cards", "--to", "1990-12-31", "-o", str(out)) == EXIT_OK
    assert "cards: 0 rows to 1990-12-31 written" in capsys.readouterr().out
    _, rows = _sheet(out)
    assert len(rows) == 1  # the header of an empty sheet


def test_gate_and_repairs_still_need_both_days(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "g.xlsx"
    for args in (["gate"], ["repairs", "--from", "2026-10-01"], ["gate", "--to", "2026-10-31"]):
        with pytest.raises(SystemExit) as caught:
            export(data_dir, *args, "-o", str(out))
        assert caught.value.code == EXIT_USAGE
        err = capsys.readouterr().err
        assert "needs --from and --to" in err
        assert "Traceback" not in err
    assert not out.exists()


def test_bad_usage_is_exit_2(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.xlsx"
    code = export(data_dir, "units", "--from", "2026-10-31", "--to", "2026-10-01", "-o", str(out))
    assert code == EXIT_USAGE
    assert "before the start" in capsys.readouterr().err
    missing = tmp_path / "missing-folder" / "r.xlsx"
    assert export(data_dir, "residents", "-o", str(missing)) == EXIT_USAGE
    assert "cannot be written" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        export(data_dir, "cards", "--from", "2026-13-01", "-o", str(out))
    assert caught.value.code == EXIT_USAGE
    assert "is not a date" in capsys.readouterr().err
    assert not out.exists()


def test_an_empty_estate_or_register_is_exit_5(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty_dir = tmp_path / "empty"
    out = tmp_path / "x.xlsx"
    assert export(empty_dir, "residents", "-o", str(out)) == EXIT_NOTHING_TO_REPORT
    assert "not set up" in capsys.readouterr().err
    assert run(["--data-dir", str(empty_dir), "init", "--estate", "翠湖花园"]) == EXIT_OK
    assert export(empty_dir, "units", "-o", str(out)) == EXIT_NOTHING_TO_REPORT
    assert "no records" in capsys.readouterr().err
    services = open_services(Paths.resolve(empty_dir), fast_hashing=True)
    try:
        services.units.save(CLERK, UnitInput("1", "1", "101"))
    finally:
        services.close()
    assert export(empty_dir, "cards", "-o", str(out)) == EXIT_NOTHING_TO_REPORT
    assert "no access cards" in capsys.readouterr().err
    assert not out.exists()
    assert export(empty_dir, "units", "-o", str(out)) == EXIT_OK
    assert out.exists()
