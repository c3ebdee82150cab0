"""The A4 sheet of checkpoint labels: 8 labels a page inside dashed cut lines; each
label's QR holds exactly its code, is large enough to scan from 20–30 cm, keeps its
quiet zone clear and prints where it was laid out (read back from the rendered PDF);
names wrap and are never clipped, in every language."""

from __future__ import annotations

import io
import itertools
import re
import subprocess
from pathlib import Path

import pypdfium2
import pytest

from propdesk.reports.patrol.label_sheet import (
    PER_PAGE,
    CheckpointLabel,
    label_sheet_pdf,
    layout_label_sheet,
)
from propdesk.reports.patrol.labels import patrol_label
from propdesk.reports.slips.primitives import LaidOutPage, QrSymbol, Rule, TextRun
from propdesk.reports.slips.qr_code import qr_modules
from tests.unit.test_slip_layout import EPS, bounds, overlaps

LANGS = ("zh_CN", "zh_TW", "en")
ESTATE = "阳光花园"
NAMES = ("东门岗亭", "1栋大堂", "2号消防通道", "地下车库B1入口", "配电房", "水泵房", "儿童游乐场")


def labels(count: int) -> list[CheckpointLabel]:
    return [
        CheckpointLabel(
            code=f"XG-E-{n + 1:02d}",
            name=NAMES[n % len(NAMES)],
            place="3栋负一层设备间" if n % 2 else "",
            route="东区巡逻",
            position=n + 1,
        )
        for n in range(count)
    ]


def longest() -> CheckpointLabel:
    """Every text as long as the store allows (name and route 40, place 100, code 32)."""
    return CheckpointLabel(
        code="XG-" + "W" * 19 + "-000000001",
        name="西门人行通道及快递柜区域北侧监控死角靠近围墙处"
        + "一号二号三号四号五号六号七号八号九",
        place="地下车库B2东北角消防水池旁边的设备用房进门右手边" * 4,
        route="西区巡逻及周界夜间加强巡查路线" * 2 + "一二三四五六七八九十",
        position=12,
    )


# An estate's name may be as long as 100 characters.
LONG_ESTATE = "阳光花园物业管理有限公司第二分公司东区一" * 5


def test_the_longest_texts_are_what_the_store_allows() -> None:
    label = longest()
    assert (len(label.code), len(label.name), len(label.route), len(label.place)) == (
        32,
        40,
        40,
        100,
    )
    assert len(LONG_ESTATE) == 100


def run(tool: str, *args: str | Path) -> str:
    done = subprocess.run(
        [tool, *map(str, args)], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


def pdf(items: list[CheckpointLabel], lang: str | None, tmp_path: Path) -> tuple[int, Path]:
    buffer = io.BytesIO()
    pages = label_sheet_pdf(items, ESTATE, lang, buffer)
    path = tmp_path / "labels.pdf"
    path.write_bytes(buffer.getvalue())
    return pages, path


def qr_symbols(page: LaidOutPage) -> list[QrSymbol]:
    return [item for item in page.items if isinstance(item, QrSymbol)]


# -- pages -----------------------------------------------------------------------------
@pytest.mark.parametrize(("count", "pages"), [(1, 1), (8, 1), (9, 2), (17, 3)])
def test_eight_labels_a_page(count: int, pages: int, tmp_path: Path) -> None:
    laid_out = layout_label_sheet(labels(count), ESTATE, None)
    assert len(laid_out) == pages
    assert [len(qr_symbols(page)) for page in laid_out] == [
        min(PER_PAGE, count - PER_PAGE * index) for index in range(pages)
    ]
    written, path = pdf(labels(count), None, tmp_path)
    assert written == pages
    info = run("pdfinfo", path)
    assert re.search(rf"^Pages:\s+{pages}$", info, re.MULTILINE)
    assert "595.276 x 841.89" in info  # A4
    assert re.search(r"^Title:\s+阳光花园 巡逻点标签$", info, re.MULTILINE)


def test_no_labels_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one"):
        label_sheet_pdf([], ESTATE, None, io.BytesIO())


# -- the QR ----------------------------------------------------------------------------
def test_each_qr_holds_its_code_is_large_and_keeps_its_quiet_zone_clear() -> None:
    items = [*labels(7), longest()]
    (page,) = layout_label_sheet(items, ESTATE, "zh_CN")
    symbols = qr_symbols(page)
    assert [qr.modules for qr in symbols] == [qr_modules(label.code) for label in items]
    for qr in symbols:
        assert qr.size >= 25.0  # mm, without the quiet zone: read from 20–30 cm
        zone = (
            qr.x - qr.quiet_zone,
            qr.y - qr.quiet_zone,
            qr.x + qr.size + qr.quiet_zone,
            qr.y + qr.size + qr.quiet_zone,
        )
        # Nothing is drawn into it, the cut lines included: it stays on the label.
        for item in page.items:
            if item is not qr:
                assert not overlaps(bounds(item), zone), item


def test_the_printed_qr_is_the_codes_matrix(tmp_path: Path) -> None:
    """Render the PDF and read each module's centre back: the scanner sees the code."""
    items = labels(3)
    (page,) = layout_label_sheet(items, ESTATE, None)
    _, path = pdf(items, None, tmp_path)
    dpi = 300
    document = pypdfium2.PdfDocument(str(path))
    try:
        image = document[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        document.close()
    px = dpi / 25.4  # pixels per mm
    for qr, label in zip(qr_symbols(page), items, strict=True):
        read = tuple(
            tuple(
                image.getpixel(
                    (
                        round((qr.x + (col + 0.5) * qr.module) * px),
                        round((qr.y + (row + 0.5) * qr.module) * px),
                    )
                )
                < 128
                for col in range(len(qr.modules))
            )
            for row in range(len(qr.modules))
        )
        assert read == qr_modules(label.code), label.code
        # The quiet zone is white on paper too.
        for step in range(len(qr.modules)):
            x = (qr.x - qr.quiet_zone / 2) * px
            y = (qr.y + (step + 0.5) * qr.module) * px
            assert image.getpixel((round(x), round(y))) > 200


# -- the texts -------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_nothing_beyond_the_margins_or_its_label_and_no_text_overlaps(lang: str) -> None:
    items = [*labels(6), longest(), longest()]
    (page,) = layout_label_sheet(items, LONG_ESTATE, lang)
    fmt = page.page
    for item in page.items:
        left, top, right, bottom = bounds(item)
        assert left >= fmt.margin_mm - EPS, item
        assert top >= fmt.margin_mm - EPS, item
        assert right <= fmt.width_mm - fmt.margin_mm + EPS, item
        assert bottom <= fmt.height_mm - fmt.margin_mm + EPS, item
    runs = [item for item in page.items if isinstance(item, TextRun)]
    for a, b in itertools.combinations(runs, 2):
        assert not overlaps(bounds(a), bounds(b)), (a, b)
    # Each text inside one label's cut lines (2 columns, 4 rows: never across one).
    xs = sorted({round(r.x1, 3) for r in page.items if isinstance(r, Rule) and r.x1 == r.x2})
    ys = sorted({round(r.y1, 3) for r in page.items if isinstance(r, Rule) and r.y1 == r.y2})
    assert len(xs) == 3
    assert len(ys) == 5
    for item in [*runs, *qr_symbols(page)]:
        left, top, right, bottom = bounds(item)
        if top >= ys[-1]:
            continue  # the footer, under the labels
        assert not any(left < x < right for x in xs), item
        assert not any(top < y < bottom for y in ys), item


@pytest.mark.parametrize("lang", LANGS)
def test_long_texts_wrap_and_are_never_clipped(lang: str) -> None:
    label = longest()
    (page,) = layout_label_sheet([label], LONG_ESTATE, lang)
    runs = [item for item in page.items if isinstance(item, TextRun)]
    printed = "".join(run.text for run in runs).replace(" ", "")
    for text in (label.name, label.place, label.route, label.code, LONG_ESTATE):
        assert text.replace(" ", "") in printed, text
    name_runs = [run for run in runs if run.bold and run.text in label.name]
    assert "".join(run.text for run in name_runs) == label.name
    assert len(name_runs) > 1  # wrapped


def test_a_text_longer_than_any_label_is_refused() -> None:
    label = CheckpointLabel("XG-1", "配电房" * 100, "", "东区巡逻", 1)
    with pytest.raises(ValueError, match="too long for a label"):
        layout_label_sheet([label], ESTATE, None)


def test_a_short_name_is_set_large() -> None:
    (page,) = layout_label_sheet(labels(1), ESTATE, None)
    name = next(r for r in page.items if isinstance(r, TextRun) and r.text == "东门岗亭")
    assert name.size_pt == 20.0
    assert name.bold


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_says_each_label_in_each_language(lang: str, tmp_path: Path) -> None:
    items = labels(9)
    _, path = pdf(items, lang, tmp_path)
    flat = re.sub(r"\s+", "", run("pdftotext", "-enc", "UTF-8", path, "-"))
    for label in items:
        assert label.code in flat
        assert label.name in flat
    position = patrol_label("label.position", lang, position=9)
    route = patrol_label("label.route", lang, route="东区巡逻", position=position)
    assert re.sub(r"\s+", "", route) in flat
    assert "3栋负一层设备间" in flat
    assert "1/2" in flat
    assert "2/2" in flat
    assert re.sub(r"\s+", "", patrol_label("sheet.title", lang)) in flat
    for row in run("pdffonts", path).splitlines()[2:]:
        assert "WenQuanYiMicroHei" in row.split()[0], row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # embedded subset, Unicode
