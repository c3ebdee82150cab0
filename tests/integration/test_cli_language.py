"""The headless commands speak the station's language (or --lang's): their own lines,
the services' errors (from the window's catalogue, read without Qt) and the import's
error report; with no language chosen anywhere, the system's, as the window does."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest

from propdesk.cli import EXIT_OK, EXIT_USAGE, run
from propdesk.commands.qm_catalogue import parse_qm, translate
from propdesk.commands.report import EXIT_NOTHING_TO_REPORT
from propdesk.commands.voice import Voice, command_language, locale_language, system_language
from propdesk.config import Paths
from propdesk.errors import NotFoundError
from propdesk.reports.labels import label
from propdesk.resources import translations_dir
from propdesk.services.bootstrap import open_services

NOT_SET_UP = "The estate is not set up yet, so there is nothing to report."


def ts_translation(lang: str, context: str, source: str) -> str:
    """The translation the .ts file (the source of the .qm) gives."""
    tree = ET.parse(translations_dir() / f"propdesk_{lang}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
    raise LookupError(source)


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_windows_catalogue_is_read_without_qt(lang: str) -> None:
    expected = ts_translation(lang, "messages", NOT_SET_UP)
    assert expected
    assert expected != NOT_SET_UP
    assert translate(lang, "messages", NOT_SET_UP) == expected
    assert translate(lang, "messages", "no such message") == "no such message"
    with pytest.raises(ValueError, match="not a Qt translation file"):
        parse_qm(b"PK\x03\x04 a zip, not a catalogue")


def test_an_error_is_translated_then_filled() -> None:
    error = NotFoundError("Card {number} is not registered.", number="A-17")
    assert Voice("en").error(error) == "Card A-17 is not registered."
    shown = Voice("zh_CN").error(error)
    assert "A-17" in shown
    assert "registered" not in shown


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh_TW.UTF-8", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("Chinese (Simplified)_China", "zh_CN"),
        ("Chinese (Traditional)_Taiwan", "zh_TW"),
        ("C.UTF-8", "en"),
        ("de_DE", "en"),
    ],
)
def test_a_locale_names_its_language(name: str, lang: str) -> None:
    assert locale_language(name) == lang


def test_lang_then_station_then_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    assert system_language() == "zh_TW"
    assert command_language(None, None) == "zh_TW"
    assert command_language(None, "en") == "en"
    assert command_language("zh_CN", "en") == "zh_CN"


def station(folder: Path, language: str, estate: str | None = None) -> str:
    services = open_services(Paths.resolve(folder), fast_hashing=True)
    try:
        services.settings.set_language(language)
        if estate:
            services.estate.set_up(estate)
    finally:
        services.close()
    return str(folder)


def test_errors_in_the_stations_language_or_langs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = station(tmp_path / "data", "zh_CN")
    out = str(tmp_path / "r.pdf")
    code = run(["--data-dir", data, "report", "monthly", "--month", "2026-01", "-o", out])
    assert code == EXIT_NOTHING_TO_REPORT
    assert ts_translation("zh_CN", "messages", NOT_SET_UP) in capsys.readouterr().err
    code = run(
        ["--data-dir", data, "report", "monthly", "--month", "2026-01", "--lang", "en", "-o", out]
    )
    assert code == EXIT_NOTHING_TO_REPORT
    assert NOT_SET_UP in capsys.readouterr().err


def test_the_commands_lines_in_the_stations_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = station(tmp_path / "data", "zh_TW", estate="翠湖花園")
    assert run(["--data-dir", data, "backup"]) == EXIT_OK
    assert "備份已寫入並校驗" in capsys.readouterr().out
    assert run(["--data-dir", data, "audit", "verify"]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "稽核鏈完好" in printed
    assert "audit trail" not in printed
    template = tmp_path / "units.xlsx"
    assert run(["--data-dir", data, "template", "units", "-o", str(template)]) == EXIT_OK
    assert "匯入範本已寫入" in capsys.readouterr().out


def test_an_import_and_its_error_report_in_the_stations_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = station(tmp_path / "data", "zh_CN", estate="翠湖花园")
    bad = tmp_path / "residents.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Unit", "Resident type", "Name"])  # an English file, a Chinese station
    ws.append(["9-9-9", "Owner", "Li Si"])
    wb.save(bad)
    report = tmp_path / "errors.xlsx"
    code = run(["--data-dir", data, "import", "residents", str(bad), "--error-report", str(report)])
    out, err = capsys.readouterr()
    assert code == EXIT_USAGE
    assert "未写入任何内容" in out
    assert "第 2 行，Unit（A 列）：没有房号 9-9-9。" in err
    sheet = openpyxl.load_workbook(report).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[0] == label("report.row", "zh_CN")
    assert header[-1] == label("report.problem", "zh_CN")
    assert "没有房号 9-9-9。" in str(sheet.cell(2, len(header)).value)
    code = run(["--data-dir", data, "import", "residents", str(bad), "--lang", "en"])
    assert code == EXIT_USAGE
    assert "row 2, Unit (A): There is no unit 9-9-9." in capsys.readouterr().err
