from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QImage, QPageSize
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QToolBar
from pytestqt.qtbot import QtBot

from propdesk.reports.slips.layout import layout_slip
from propdesk.reports.slips.model import Slip
from propdesk.reports.slips.pdf import write_slip_pdf
from propdesk.reports.slips.primitives import QrSymbol
from propdesk.ui.widgets.slip_printing import (
    SAVE_PDF_ACTION,
    build_slip_preview,
    render_slip_image,
    save_slip_pdf_as,
)
from tests.gui.conftest import Boxes
from tests.unit.test_slip_layout import CJK, all_slips

MM_PER_INCH = 25.4


pytestmark = pytest.mark.usefixtures("beijing_time")


def gray_rows(image: QImage) -> list[bytes]:
    """The image's rows as 8-bit gray levels (fast to scan from Python)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    stride = gray.bytesPerLine()
    return [data[y * stride : y * stride + gray.width()] for y in range(gray.height())]


def dark_share(image: QImage, left: int, top: int, right: int, bottom: int) -> float:
    """Share of dark pixels in the rectangle (pixels)."""
    rows = gray_rows(image)[max(0, top) : bottom]
    pixels = [value for row in rows for value in row[max(0, left) : right]]
    return sum(value < 128 for value in pixels) / len(pixels) if pixels else 0.0


def ink_grid(image: QImage, cell: int) -> list[float]:
    """Mean darkness of each cell×cell block: a coarse picture of the layout."""
    rows = gray_rows(image)
    grid = []
    for top in range(0, len(rows) - cell + 1, cell):
        band = rows[top : top + cell]
        for left in range(0, len(rows[0]) - cell + 1, cell):
            ink = sum(255 * cell - sum(row[left : left + cell]) for row in band)
            grid.append(ink / (255 * cell * cell))
    return grid


def test_image_has_the_page_aspect_and_ink_where_the_layout_puts_it(qtbot: QtBot) -> None:
    del qtbot  # a QApplication must exist
    slip = all_slips("zh_CN")["visitor"]
    dpi = 100
    image = render_slip_image(slip, dpi)
    px = dpi / MM_PER_INCH
    assert image.width() == round(105 * px)
    assert image.height() == round(148 * px)
    assert image.height() / image.width() == pytest.approx(148 / 105, rel=0.01)
    # The margins are blank paper; the page is not.
    margin = int(slip.page.margin_mm * px) - 1
    assert dark_share(image, 0, 0, image.width(), margin) == 0
    assert dark_share(image, 0, 0, margin, image.height()) == 0
    assert dark_share(image, 0, 0, image.width(), image.height()) > 0.02
    # The QR is drawn square where the layout placed it, about half its modules dark.
    (page,) = layout_slip(slip)
    (qr,) = [item for item in page.items if isinstance(item, QrSymbol)]
    box = [round(v * px) for v in (qr.x, qr.y, qr.x + qr.size, qr.y + qr.size)]
    assert box[2] - box[0] == box[3] - box[1]
    assert 0.3 < dark_share(image, *box) < 0.8
    # Its quiet zone is blank.
    quiet = round(qr.quiet_zone * px)
    assert dark_share(image, box[0] - quiet, box[1] - quiet, box[0] - 1, box[3]) == 0


def test_later_pages_render_too(qtbot: QtBot) -> None:
    del qtbot
    slip = all_slips("en", open_matters=CJK * 80)["handover"]
    pages = layout_slip(slip)
    assert len(pages) >= 2
    last = render_slip_image(slip, 50, page=len(pages) - 1)
    assert dark_share(last, 0, 0, last.width(), last.height()) > 0.002


@pytest.mark.parametrize("kind", ["visitor", "release", "handover", "notice", "parking"])
def test_qt_rendering_matches_the_pdf(qtbot: QtBot, tmp_path: Path, kind: str) -> None:
    """The preview is the PDF: the same ink in the same places, cell by cell."""
    del qtbot
    slip: Slip = all_slips("zh_TW")[kind]
    # 150 dpi: coarser, the two rasterisers' handling of hairlines would dominate.
    dpi = 150
    qt_image = render_slip_image(slip, dpi)
    pdf = write_slip_pdf(slip, tmp_path / "slip.pdf")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(tmp_path / "pdf")],
        check=True,
        timeout=60,
    )
    pdf_image = QImage(str(tmp_path / "pdf.png"))
    assert abs(pdf_image.width() - qt_image.width()) <= 1
    assert abs(pdf_image.height() - qt_image.height()) <= 1
    cell = 12  # about 2 mm
    qt_grid = ink_grid(qt_image, cell)
    pdf_grid = ink_grid(pdf_image, cell)
    size = min(len(qt_grid), len(pdf_grid))
    differences = [abs(a - b) for a, b in zip(qt_grid[:size], pdf_grid[:size], strict=True)]
    # Measured: about 0.1 and 0.07 when they match; a shift of 0.5 mm gives over 0.35
    # and 0.25.
    assert sum(differences) / sum(pdf_grid[:size]) < 0.2
    assert max(differences) < 0.2  # no word, rule or module missing or moved


@pytest.mark.parametrize(
    ("kind", "page_size"),
    [("visitor", QPageSize.PageSizeId.A6), ("handover", QPageSize.PageSizeId.A4)],
)
def test_preview_is_set_to_the_slips_paper(
    qtbot: QtBot, kind: str, page_size: QPageSize.PageSizeId
) -> None:
    slip = all_slips("zh_CN", open_matters=CJK * 80)[kind]
    dialog = build_slip_preview(None, slip, slip.number)
    qtbot.addWidget(dialog)
    printer = dialog.printer()
    assert printer.pageLayout().pageSize().id() == page_size
    assert printer.fullPage()
    assert printer.docName() == slip.document_title
    assert slip.number in dialog.windowTitle()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert preview.pageCount() == len(layout_slip(slip))
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None
    assert dialog.save_pdf_action in toolbar.actions()


def test_save_as_pdf_button_writes_the_reportlab_pdf(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    slip = all_slips("zh_CN")["parking"]
    dialog = build_slip_preview(None, slip, "停车凭据 TC202611-0012")
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def fake_save(_parent: Any, _title: str, proposed: str, _filter: str, *_a: Any) -> Any:
        asked.append(proposed)
        return str(tmp_path / "receipt"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    action = dialog.findChild(QAction, SAVE_PDF_ACTION)
    assert action is not None
    action.trigger()
    saved = tmp_path / "receipt.pdf"  # the suffix is added
    assert saved.read_bytes().startswith(b"%PDF-")
    assert asked[0].endswith("停车凭据 TC202611-0012.pdf")
    assert any("receipt.pdf" in text for text in boxes.texts())
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(saved), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert "粤B12345" in text


def test_save_cancelled_writes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    del qtbot
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: ("", "")))
    assert save_slip_pdf_as(None, all_slips("en")["notice"], "notice") is None
    assert list(tmp_path.iterdir()) == []
    assert boxes.shown == []


def test_unwritable_folder_is_reported(qtbot: QtBot, tmp_path: Path, boxes: Boxes) -> None:
    del qtbot
    target = tmp_path / "no-such-folder" / "notice.pdf"
    assert save_slip_pdf_as(None, all_slips("en")["notice"], "notice", target) is None
    assert not target.exists()
    (message,) = boxes.texts()
    assert "cannot be written" in message


def test_file_name_hint_is_made_safe(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    del qtbot
    asked: list[str] = []

    def fake_save(_parent: Any, _title: str, proposed: str, *_a: Any) -> Any:
        asked.append(proposed)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    save_slip_pdf_as(None, all_slips("en")["notice"], 'a/b:c*?"<>|')
    assert Path(asked[0]).name == "a_b_c______.pdf"
