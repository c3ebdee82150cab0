"""`RecordExportService.export` of the master-data registers (units, residents, access
cards): the workbook read back (sheet, headers in each language, rows, masked IDs,
formula-looking text kept as text), the optional days, keyset batches, permissions,
an empty estate or register, and an exported sheet the import refuses whole."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from propdesk.domain.roles import Role
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.reports.labels import LABELS, LANGS
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import NothingToReportError
from propdesk.services.master_data.cards import CardInput, CardStatus
from propdesk.services.master_data.importing import ImportKind
from propdesk.services.master_data.importing.headers import normalise_header
from propdesk.services.master_data.register_sheets import REGISTER_LABELS, Span, iter_register
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
COMMITTEE = Actor(None, "committee", "业委会", Role.COMMITTEE, "客服中心")
ID_CARD = "11010519491231002X"

RESIDENT_HEADERS = {
    "zh_CN": [
        "房号", "住户类型", "姓名", "电话", "备用电话", "已遮盖证件号码", "入住日期", "迁出日期",
    ],
    "en": [
        "Unit", "Resident type", "Name", "Phone", "Second phone", "Masked ID number",
        "Move-in date", "Move-out date",
    ],
}  # fmt: skip


@pytest.fixture
def estate(ready_services: Services) -> Services:
    """Three units; five live residents (one moved out, one named like a formula), one
    voided resident and one voided unit with a resident; three cards."""
    s = ready_services
    for room in ("101", "102", "201"):
        s.units.save(CLERK, UnitInput("1", "1", room, area_m2="89.5" if room == "101" else ""))
    gone = s.units.save(CLERK, UnitInput("9", "", "901"))
    people = [
        ResidentInput("1-1-101", ResidentKind.OWNER, "张三", "13812345678", id_number=ID_CARD,
                      move_in=date(2020, 5, 1)),
        ResidentInput("1-1-101", ResidentKind.FAMILY, "李四", move_in=date(2024, 3, 1)),
        ResidentInput("1-1-102", ResidentKind.TENANT, "=1+1", "13900001111",
                      move_in=date(2024, 6, 1), move_out=date(2025, 6, 1)),
        ResidentInput("1-1-201", ResidentKind.OWNER, "王五", phone2="02088886666"),
        ResidentInput("1-1-201", ResidentKind.FAMILY, "赵六", move_in=date(2025, 1, 1)),
        ResidentInput("1-1-201", ResidentKind.TENANT, "错录", move_in=date(2024, 1, 1)),
        ResidentInput("9-901", ResidentKind.OWNER, "孙七", move_in=date(2024, 1, 1)),
    ]  # fmt: skip
    saved = {p.name: s.residents.save(CLERK, p) for p in people}
    s.residents.void(CLERK, saved["错录"].id, "entered twice")
    s.units.void(CLERK, gone.id, "no such flat")
    s.cards.issue(CLERK, CardInput("0001", "1-1-101", "张三", issued_on=date(2020, 5, 2)))
    s.cards.issue(CLERK, CardInput("0002", "1-1-101", "李四", issued_on=date(2024, 3, 2)))
    lost = s.cards.issue(CLERK, CardInput("0003", "1-1-201", "王五"))
    s.cards.change_status(CLERK, lost.id, CardStatus.LOST, "lost at the market")
    return s


LIVE_RESIDENTS = 5


def _export(
    services: Services,
    tmp_path: Path,
    table: str,
    lang: str = "zh_CN",
    span: Span | None = None,
) -> tuple[int, str, list[tuple[object, ...]]]:
    span = span or Span()
    out = tmp_path / f"{table}-{lang}.xlsx"
    written = services.record_exports.export(CLERK, table, span.first, span.last, out, lang)
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        (name,) = wb.sheetnames
        rows = list(wb[name].iter_rows(values_only=True))
    finally:
        wb.close()
    width = len(rows[0])  # read-only mode drops a row's empty cells at its end
    return written, name, [row + (None,) * (width - len(row)) for row in rows]


@pytest.mark.parametrize(("lang", "sheet"), [("zh_CN", "住户"), ("en", "Residents")])
def test_residents_sheet_headers_and_rows(
    estate: Services, tmp_path: Path, lang: str, sheet: str
) -> None:
    written, name, (header, *body) = _export(estate, tmp_path, "residents", lang)
    assert name == sheet
    assert list(header) == RESIDENT_HEADERS[lang]
    assert written == len(body) == LIVE_RESIDENTS  # voided ones and a voided unit's left out
    names = [row[2] for row in body]
    assert "错录" not in names
    assert "孙七" not in names
    # The tab's order: by unit, then kind, then name.
    assert [row[0] for row in body] == ["1-1-101", "1-1-101", "1-1-102", "1-1-201", "1-1-201"]
    zhang = next(row for row in body if row[2] == "张三")
    assert zhang[1] == ("业主" if lang == "zh_CN" else "Owner")
    assert zhang[3] == "13812345678"
    assert zhang[5] == "110***********002X"  # masked as the tab shows it
    assert zhang[6] is not None
    assert zhang[6].date() == date(2020, 5, 1)  # type: ignore[attr-defined]
    wang = next(row for row in body if row[2] == "王五")
    assert wang[3] is None
    assert wang[4] == "02088886666"
    moved_out = next(row for row in body if row[1] in ("租户", "Tenant"))
    assert moved_out[7] is not None  # moved out, still on record with the date


def test_no_id_number_in_full_anywhere(estate: Services, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    estate.record_exports.export(CLERK, "residents", None, None, out, "en")
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        cells = [str(v) for row in wb.active.iter_rows(values_only=True) for v in row]
    finally:
        wb.close()
    assert not any(ID_CARD in cell for cell in cells)


def test_a_formula_looking_name_stays_text(estate: Services, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    estate.record_exports.export(CLERK, "residents", None, None, out, "zh_CN")
    wb = openpyxl.load_workbook(out)  # not read-only: data types
    try:
        ws = wb["住户"]
        (cell,) = [row[2] for row in ws.iter_rows(min_row=2) if "1+1" in str(row[2].value)]
        assert cell.data_type == "s"
        assert cell.value == "'=1+1"
        assert not any(
            c.data_type == "f" for row in ws.iter_rows() for c in row
        )  # no formula anywhere
    finally:
        wb.close()


def test_units_sheet(estate: Services, tmp_path: Path) -> None:
    written, name, (header, *body) = _export(estate, tmp_path, "units", "zh_TW")
    assert name == "房號"
    assert list(header) == ["房號", "樓棟", "單元", "室", "樓層", "面積(㎡)"]
    assert written == len(body) == 3  # the voided unit left out
    assert body[0] == ("1-1-101", "1", "1", "101", 1, Decimal("89.5"))
    assert body[1][5] is None  # no area: empty, not 0
    assert [row[4] for row in body] == [1, 1, 2]  # real numbers


def test_cards_sheet(estate: Services, tmp_path: Path) -> None:
    written, name, (header, *body) = _export(estate, tmp_path, "cards", "en")
    assert name == "Access cards"
    assert list(header) == ["Card number", "Unit", "Cardholder", "Card status", "Issued on"]
    assert written == len(body) == 3
    assert [row[:4] for row in body] == [
        ("0001", "1-1-101", "张三", "Active"),
        ("0002", "1-1-101", "李四", "Active"),
        ("0003", "1-1-201", "王五", "Lost"),
    ]


def test_the_days_narrow_a_register(estate: Services, tmp_path: Path) -> None:
    since_2024 = Span(date(2024, 1, 1), None)
    _, _, (_, *body) = _export(estate, tmp_path, "residents", span=since_2024)
    assert sorted(row[2] for row in body) == sorted(["李四", "'=1+1", "赵六"])  # by move-in
    _, _, (_, *body) = _export(estate, tmp_path, "residents", span=Span(None, date(2024, 3, 1)))
    assert sorted(row[2] for row in body) == ["张三", "李四"]
    _, _, (_, *body) = _export(estate, tmp_path, "cards", span=since_2024)
    assert [row[0] for row in body] == ["0002"]  # by issue date; none without one
    today = date.today()
    _, _, (_, *body) = _export(estate, tmp_path, "units", span=Span(today, today))
    assert len(body) == 3  # entered in the system today
    yesterday = today - timedelta(days=1)
    written, _, (header, *body) = _export(estate, tmp_path, "units", span=Span(None, yesterday))
    assert written == 0
    assert body == []
    assert header[0] == "房号"  # an empty sheet, with its header


def test_keyset_batches_read_every_row_once(estate: Services) -> None:
    for kind in (ImportKind.UNITS, ImportKind.RESIDENTS, ImportKind.CARDS):
        whole = list(iter_register(estate.store.read, kind, Span()))
        for batch in (1, 2, 3):
            assert list(iter_register(estate.store.read, kind, Span(), batch)) == whole


def test_the_right_to_export_master_data(estate: Services, tmp_path: Path) -> None:
    for actor in (GUARD, COMMITTEE):
        with pytest.raises(PermissionDeniedError):
            estate.record_exports.export(actor, "residents", None, None, tmp_path / "r.xlsx", "en")
    assert not (tmp_path / "r.xlsx").exists()


def test_bad_days(estate: Services, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    with pytest.raises(ValidationError, match="before the start"):
        estate.record_exports.export(CLERK, "cards", date(2026, 2, 1), date(2026, 1, 1), out, "en")
    with pytest.raises(ValidationError, match="first and the last day"):
        estate.record_exports.export(CLERK, "gate", date(2026, 1, 1), None, out, "en")
    assert not out.exists()


def test_an_empty_estate_or_register_is_nothing_to_report(
    services: Services, tmp_path: Path
) -> None:
    bare = services
    out = tmp_path / "x.xlsx"

    def export(table: str) -> None:
        bare.record_exports.export(CLERK, table, None, None, out, "en")

    with pytest.raises(NothingToReportError, match="not set up"):
        export("units")
    bare.estate.set_up("翠湖花园")
    with pytest.raises(NothingToReportError, match="no records"):
        export("residents")
    bare.units.save(CLERK, UnitInput("1", "1", "101"))
    export("units")
    with pytest.raises(NothingToReportError, match="no residents"):
        export("residents")
    with pytest.raises(NothingToReportError, match="no access cards"):
        export("cards")
    assert out.exists()  # only the units


def test_the_import_refuses_an_exported_residents_sheet(estate: Services, tmp_path: Path) -> None:
    """Masked numbers must never be written back over the real ones."""
    out = tmp_path / "r.xlsx"
    estate.record_exports.export(CLERK, "residents", None, None, out, "zh_CN")
    with pytest.raises(ValidationError, match="Unknown columns"):
        estate.importing.preview(CLERK, ImportKind.RESIDENTS, out)


def test_own_labels_are_complete_and_unlike_import_headers() -> None:
    known = {normalise_header(texts[lang]) for texts in LABELS.values() for lang in LANGS}
    for texts in REGISTER_LABELS.values():
        assert set(texts) == set(LANGS)
        assert all(texts.values())
        for text in texts.values():
            assert normalise_header(text) not in known
