"""Each gate slip in each language as a real PDF, read back with poppler's tools
(installed by scripts/setup.sh): the words are there, the CJK font is embedded."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from propdesk.reports.slips.model import Slip
from propdesk.reports.slips.pdf import slip_pdf, write_slip_pdf
from propdesk.reports.slips.slip_labels import slip_label
from propdesk.reports.xlsx_files import FileWriteError
from tests.unit.test_slip_layout import CJK, EVERY_SLIP, all_slips

LANGS = ("zh_CN", "zh_TW", "en")

# What each slip must say, beyond its title, estate and number.
EXPECTED: dict[str, tuple[str, ...]] = {
    "visitor": ("110***********1234", "3-2-1502", "李四", "2026-11-26 14:05", "王保安"),
    "parking": ("粤B12345", "¥15.00", "2026-11-26 14:05", "2026-11-26 16:47"),
    "release": ("3-2-1502", "旧沙发一张", "张三", "2026-11-28"),
    "handover": ("王保安 → 李保安", "152", "¥12.00", "2026-11-27 02:05"),
    "notice": ("粤B12345", "5号楼北侧消防通道", "0755-8888 6666"),
}
TITLE_KEYS = {
    "visitor": "visitor.title",
    "parking": "parking.title",
    "release": "release.title",
    "handover": "handover.title",
    "notice": "notice.title",
}


pytestmark = pytest.mark.usefixtures("beijing_time")


def run(tool: str, *args: str | Path) -> str:
    done = subprocess.run(
        [tool, *map(str, args)], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def squeeze(text: str) -> str:
    """Without white space: pdftotext breaks lines where the slip wraps them."""
    return re.sub(r"\s+", "", text)


def write(tmp_path: Path, slip: Slip, name: str) -> Path:
    return write_slip_pdf(slip, tmp_path / f"{name}.pdf")


@pytest.mark.parametrize(("lang", "kind"), EVERY_SLIP)
def test_slip_pdf_says_what_it_should(tmp_path: Path, lang: str, kind: str) -> None:
    slip = all_slips(lang)[kind]
    path = write(tmp_path, slip, f"{kind}-{lang}")
    text = run("pdftotext", "-layout", "-enc", "UTF-8", path, "-")
    flat = squeeze(text)
    title = slip_label(TITLE_KEYS[kind], lang)
    for expected in ("阳光花园", slip.number, title, *EXPECTED[kind]):
        assert squeeze(expected) in flat, (expected, text)
    if kind == "notice":
        assert squeeze(slip_label("notice.warning", lang)) in flat
    if kind == "parking":
        assert squeeze(slip_label("parking.stated", lang)) in flat

    info = run("pdfinfo", path)
    assert re.search(rf"^Title:\s+{re.escape(slip.document_title)}$", info, re.MULTILINE)
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    size = "297.638 x 419.528" if kind != "handover" else "595.276 x 841.89"  # A6 / A4
    assert size in info


@pytest.mark.parametrize("lang", LANGS)
def test_only_the_embedded_cjk_font_is_used(tmp_path: Path, lang: str) -> None:
    path = write(tmp_path, all_slips(lang)["visitor"], "visitor")
    rows = run("pdffonts", path).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        name, *_rest = row.split()
        emb, sub, uni = row.split()[-5:-2]
        assert "WenQuanYiMicroHei" in name, row
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row


def test_long_open_matters_flow_onto_more_pages(tmp_path: Path) -> None:
    matters = CJK * 60  # 2,000 characters
    slip = all_slips("zh_CN", open_matters=matters)["handover"]
    path = write(tmp_path, slip, "handover")
    found = re.search(r"^Pages:\s+(\d+)$", run("pdfinfo", path), re.MULTILINE)
    assert found
    pages = int(found[1])
    assert pages >= 2
    text = run("pdftotext", "-enc", "UTF-8", path, "-")
    # Every line of the text is printed, once each, across the pages.
    flat = squeeze(text)
    assert flat.count(CJK) >= 59  # pdftotext may split one where a page ends
    assert squeeze(matters[:200]) in flat
    assert "交班人签字" in flat
    assert f"{pages}/{pages}" in flat


def test_write_is_atomic_and_reports_unwritable_paths(tmp_path: Path) -> None:
    slip = all_slips("en")["parking"]
    path = write_slip_pdf(slip, tmp_path / "receipt.pdf")
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["receipt.pdf"]  # no temporary left
    with pytest.raises(FileWriteError):
        write_slip_pdf(slip, tmp_path / "missing-folder" / "receipt.pdf")


def test_same_slip_same_text(tmp_path: Path) -> None:
    slip = all_slips("zh_TW")["release"]
    first = run("pdftotext", "-enc", "UTF-8", write(tmp_path, slip, "a"), "-")
    second = run("pdftotext", "-enc", "UTF-8", write(tmp_path, slip, "b"), "-")
    assert first == second
    assert slip_pdf(slip).startswith(b"%PDF-")
