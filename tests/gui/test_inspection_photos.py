"""Photos of an inspection's items in the window: "Add photo…" attaches a picture to the
selected item (the file dialog stubbed) and its thumbnail appears; a renamed text file
or a photo over the limit is refused with the service's words and nothing attached; a
photo whose file is gone says "Missing", a cut-short or damaged one "Cannot be read",
with no exception; Enter shows a photo large; the roles that may not attach get no
button; the strip's model passes Qt's model tester; and a look in Chinese."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.inspections.kinds import InspectionKind, ItemResult
from propdesk.domain.inspections.results import Answer
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.views import InspectionDetail, ItemLine, PhotoRef
from propdesk.store.attachments import AttachmentStore
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.i18n import install_translators
from propdesk.ui.tabs.inspections.inspection_detail import InspectionDetailPanel
from propdesk.ui.tabs.inspections.inspection_detail_model import InspectionDetailItemsModel
from propdesk.ui.widgets.photos import photo_thumbnails
from propdesk.ui.widgets.photos.photo_decode import Decoded, DecodeFailure, jpeg_is_whole
from propdesk.ui.widgets.photos.photo_model import PhotoListModel
from propdesk.ui.widgets.photos.photo_strip import PhotoStrip
from propdesk.ui.widgets.photos.photo_thumbnail_bytes import read_thumbnail, thumbnail_bytes
from propdesk.ui.widgets.photos.photo_thumbnails import LOADING, Thumb, ThumbState
from tests.gui.conftest import Boxes
from tests.unit.photo_bytes import JPEG_BYTES, png_bytes, write

TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
CTRL = Qt.KeyboardModifier.ControlModifier
HALLS = "楼道与大堂"  # the cleaning checklist's first area


@dataclass
class Estate:
    services: Services
    doors: InspectionServices
    done: InspectionDetail  # a cleaning round with its first item failed

    @property
    def failed(self) -> ItemLine:
        return next(line for line in self.done.items if line.result is ItemResult.FAIL)


@pytest.fixture
def estate(ready_services: Services, beijing_time: None) -> Estate:
    del beijing_time
    doors = ready_services.module(InspectionServices)
    doors.templates.seed_defaults(
        MANAGER, "zh_CN", now=datetime.now().astimezone() - timedelta(days=2)
    )
    cleaning = next(t for t in doors.templates.templates(TECH) if t.kind is InspectionKind.CLEANING)
    first = cleaning.template.items[0].key
    done = doors.inspections.record(
        TECH,
        InspectionInput(
            cleaning.id,
            HALLS,
            {first: Answer(ItemResult.FAIL, note="大堂地面有污渍")},
            all_pass=True,
        ),
    )
    return Estate(ready_services, doors, done)


def _panel(qtbot: QtBot, estate: Estate, actor: Actor = TECH) -> InspectionDetailPanel:
    panel = InspectionDetailPanel(estate.doors, actor, estate.services)
    qtbot.addWidget(panel)
    panel.resize(1000, 640)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.show_inspection(estate.done.id)
    return panel


def _choose_failed_item(qtbot: QtBot, panel: InspectionDetailPanel, key: str) -> None:
    """Down the items by keyboard to the one wanted."""
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Home, CTRL)
    for _ in range(100):
        line = panel.selected_line()
        if line is not None and line.key == key:
            return
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    raise AssertionError("item not found")


def _loaded(qtbot: QtBot, strip: PhotoStrip) -> None:
    qtbot.waitUntil(lambda: strip.photo_model.loaded() and not strip.loading)


def _states(strip: PhotoStrip) -> list[ThumbState]:
    model = strip.photo_model
    return [t.state for n in range(model.rowCount()) if (t := model.thumb_at(n)) is not None]


def _texts(strip: PhotoStrip, role: Qt.ItemDataRole) -> list[object]:
    model = strip.photo_model
    return [model.data(model.index(n, 0), role) for n in range(model.rowCount())]


def _choose_file(monkeypatch: pytest.MonkeyPatch, file: Path) -> list[str]:
    """The file dialog answers `file`; what it was asked (its filter) is recorded."""
    asked: list[str] = []

    def fake(_parent: object, _title: str, _folder: str, filters: str, *_a: object) -> object:
        asked.append(filters)
        return str(file), filters.split(";;", maxsplit=1)[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return asked


def _press_add(qtbot: QtBot, panel: InspectionDetailPanel) -> None:
    assert panel.photo_button.isVisible()
    assert panel.photo_button.isEnabled()
    panel.photo_button.setFocus()
    qtbot.keyClick(panel.photo_button, Qt.Key.Key_Space)


def _jpeg(width: int, height: int, shade: str = "#3a7bd5") -> bytes:
    """A real JPEG (a coloured picture with a mark, so it is not uniform)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(shade))
    painter = QPainter(image)
    painter.fillRect(width // 4, height // 4, width // 2, height // 2, QColor("#f2c14e"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())


def _photo(estate: Estate, tmp_path: Path, name: str, data: bytes) -> PhotoRef:
    source = write(tmp_path / "camera", name, data)
    return estate.doors.photos.add(TECH, estate.done.id, estate.failed.key, source)


# -- attaching ---------------------------------------------------------------------------


def test_add_photo_attaches_a_png_and_its_thumbnail_shows(
    qtbot: QtBot, estate: Estate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    panel = _panel(qtbot, estate)
    strip = panel.photo_strip
    assert not panel.photo_button.isEnabled()  # no item chosen yet
    assert strip.photo_model.rowCount() == 0
    _choose_failed_item(qtbot, panel, estate.failed.key)
    asked = _choose_file(monkeypatch, write(tmp_path, "大堂地面.png", png_bytes(200, 150, 0x40)))
    _press_add(qtbot, panel)
    assert boxes.shown == []
    assert "*.jpg" in asked[0]
    assert "*.JPG" in asked[0]
    assert "*.heic" in asked[0]
    line = panel.selected_line()
    assert line is not None
    assert line.key == estate.failed.key
    assert [p.original_name for p in line.photos] == ["大堂地面.png"]
    assert [p.original_name for p in strip.photos()] == ["大堂地面.png"]
    # Its thumbnail was made as it was attached: shown at once, and kept on disk.
    assert _states(strip) == [ThumbState.READY]
    kept = estate.doors.photos.thumbnail(line.photos[0])
    assert kept is not None
    assert QImage.fromData(kept).size().toTuple() == (96, 72)
    _loaded(qtbot, strip)
    assert _states(strip) == [ThumbState.READY]
    pixmap = strip.photo_model.data(strip.photo_model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QPixmap)
    assert (pixmap.width(), pixmap.height()) == (96, 72)  # 200×150 fitted into 96×96
    # Its grey is the picture's (0x40), drawn on screen.
    shot = strip.viewport().grab().toImage()
    centre = strip.visualRect(strip.photo_model.index(0, 0)).center()
    assert shot.pixelColor(centre).red() == 0x40
    assert _texts(strip, Qt.ItemDataRole.DisplayRole) == [None]
    tip = str(_texts(strip, Qt.ItemDataRole.ToolTipRole)[0])
    assert tip.startswith("大堂地面.png\n")
    assert "KB" in tip
    # The items table counts it.
    row = next(n for n, item in enumerate(panel.model.rows()) if item.key == line.key)
    count = panel.model.index(row, InspectionDetailItemsModel.COL_PHOTOS)
    assert panel.model.data(count, Qt.ItemDataRole.DisplayRole) == "1"


def test_a_text_file_named_jpg_is_refused_and_nothing_is_attached(
    qtbot: QtBot, estate: Estate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    panel = _panel(qtbot, estate)
    _choose_failed_item(qtbot, panel, estate.failed.key)
    _choose_file(monkeypatch, write(tmp_path, "invoice.jpg", b"Dear customer, please pay."))
    _press_add(qtbot, panel)
    assert boxes.texts() == [
        "invoice.jpg is not a photo propdesk can keep: only JPEG, PNG, HEIC/HEIF and WebP "
        "pictures can be attached."
    ]
    again = estate.doors.inspections.detail(TECH, estate.done.id)
    assert all(not line.photos for line in again.items)
    assert panel.photo_strip.photo_model.rowCount() == 0
    assert not list((estate.services.paths.data_dir / "attachments").rglob("*.jpg"))


def test_a_photo_over_the_limit_is_refused_naming_the_limit(
    qtbot: QtBot, estate: Estate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    big = write(tmp_path, "video-still.jpg", JPEG_BYTES)
    with big.open("r+b") as fh:
        fh.truncate(11 * 1024 * 1024)  # sparse: 11 MB without writing them
    panel = _panel(qtbot, estate)
    _choose_failed_item(qtbot, panel, estate.failed.key)
    _choose_file(monkeypatch, big)
    _press_add(qtbot, panel)
    assert len(boxes.shown) == 1
    assert "video-still.jpg is 11.0 MB; a photo may be at most 10 MB" in boxes.texts()[0]
    assert panel.photo_strip.photo_model.rowCount() == 0


def test_only_the_roles_that_record_get_add_photo(qtbot: QtBot, estate: Estate) -> None:
    panel = _panel(qtbot, estate, COMMITTEE)
    _choose_failed_item(qtbot, panel, estate.failed.key)
    assert panel.photo_strip.isVisible()  # they see the photos
    assert panel.photo_button.isHidden()
    assert panel.add_photo() is None


def test_a_voided_inspection_takes_no_more_photos(qtbot: QtBot, estate: Estate) -> None:
    estate.doors.inspections.void(MANAGER, estate.done.id, "录错了区域")
    panel = _panel(qtbot, estate, MANAGER)
    _choose_failed_item(qtbot, panel, estate.failed.key)
    assert panel.photo_button.isVisible()
    assert not panel.photo_button.isEnabled()


# -- photos that cannot be shown ---------------------------------------------------------


def test_a_photo_whose_file_is_gone_says_missing(
    qtbot: QtBot, estate: Estate, tmp_path: Path, boxes: Boxes
) -> None:
    kept = _photo(estate, tmp_path, "kept.png", png_bytes(40, 30, 0x20))
    gone = _photo(estate, tmp_path, "gone.png", png_bytes(40, 30, 0xA0))
    estate.doors.photos.file(gone)[0].unlink()
    panel = _panel(qtbot, estate)
    _choose_failed_item(qtbot, panel, estate.failed.key)
    strip = panel.photo_strip
    _loaded(qtbot, strip)
    assert [p.id for p in strip.photos()] == [kept.id, gone.id]
    assert _states(strip) == [ThumbState.READY, ThumbState.MISSING]
    assert _texts(strip, Qt.ItemDataRole.DisplayRole) == [None, "Missing"]
    tip = str(_texts(strip, Qt.ItemDataRole.ToolTipRole)[1])
    assert tip.splitlines()[0] == "gone.png"
    assert "not in this console's photo folder" in tip
    strip.grab()  # the grey square with its words is painted without an error
    # Enter on it: the large view says so too.
    strip.setFocus()
    strip.setCurrentIndex(strip.photo_model.index(1, 0))
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    viewer = strip.viewer
    assert viewer is not None
    assert viewer.isVisible()
    assert not viewer.shows_picture()
    assert viewer.picture.text() == "Missing"
    assert boxes.shown == []


def test_a_cut_short_or_damaged_jpeg_cannot_be_read(
    qtbot: QtBot, estate: Estate, tmp_path: Path, boxes: Boxes
) -> None:
    whole = _jpeg(640, 480)
    _photo(estate, tmp_path, "whole.jpg", whole)
    _photo(estate, tmp_path, "cut.jpg", whole[: len(whole) // 2])  # Qt would show it half grey
    _photo(estate, tmp_path, "garbage.jpg", JPEG_BYTES)  # a JPEG's start, then noise
    torn = _photo(estate, tmp_path, "torn.png", png_bytes(40, 30, 0x60))
    file = estate.doors.photos.file(torn)[0]
    file.write_bytes(file.read_bytes()[:-8])  # damaged after it was kept
    panel = _panel(qtbot, estate)
    _choose_failed_item(qtbot, panel, estate.failed.key)
    strip = panel.photo_strip
    _loaded(qtbot, strip)
    assert _states(strip) == [
        ThumbState.READY,
        ThumbState.UNREADABLE,
        ThumbState.UNREADABLE,
        ThumbState.UNREADABLE,
    ]
    words = _texts(strip, Qt.ItemDataRole.DisplayRole)
    assert words == [None, "Cannot be read", "Cannot be read", "Cannot be read"]
    assert "damaged or cut short" in str(_texts(strip, Qt.ItemDataRole.ToolTipRole)[1])
    strip.grab()
    assert boxes.shown == []


def test_jpeg_is_whole_looks_past_the_camera_thumbnail() -> None:
    whole = _jpeg(320, 240)
    assert jpeg_is_whole(whole)
    assert jpeg_is_whole(whole + b"\x00" * 64 + b"ftypmp42 a motion photo's video")
    assert not jpeg_is_whole(whole[:-2])
    assert not jpeg_is_whole(whole[: len(whole) // 2])
    assert not jpeg_is_whole(JPEG_BYTES)
    # An Exif header holding a whole small JPEG (FF D9 inside) before the cut image.
    thumbnail = _jpeg(16, 16)
    exif = b"Exif\x00\x00" + thumbnail
    app1 = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    with_thumbnail = whole[:2] + app1 + whole[2:]
    assert jpeg_is_whole(with_thumbnail)
    assert not jpeg_is_whole(with_thumbnail[: len(with_thumbnail) - 4000])


# -- the large view ----------------------------------------------------------------------


def test_enter_shows_the_photo_large_fitted_to_the_screen(
    qtbot: QtBot, estate: Estate, tmp_path: Path
) -> None:
    _photo(estate, tmp_path, "lobby.jpg", _jpeg(4000, 3000))
    panel = _panel(qtbot, estate)
    _choose_failed_item(qtbot, panel, estate.failed.key)
    strip = panel.photo_strip
    _loaded(qtbot, strip)
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    viewer = strip.viewer
    assert viewer is not None
    assert viewer.isVisible()
    assert viewer.windowTitle() == "lobby.jpg"
    assert viewer.shows_picture()
    picture = viewer.picture.pixmap()
    screen = viewer.screen().availableGeometry()
    assert picture.width() <= screen.width()
    assert picture.height() <= screen.height()
    assert picture.width() * 3 == picture.height() * 4  # its shape kept
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_a_photo_asked_for_before_its_thumbnail_is_read_there_and_then(
    qtbot: QtBot, estate: Estate, tmp_path: Path
) -> None:
    photo = _photo(estate, tmp_path, "early.png", png_bytes(300, 200, 0x90))
    strip = PhotoStrip(estate.doors.photos)
    qtbot.addWidget(strip)
    strip.set_photos([photo])  # not on screen: nothing is made yet
    assert not strip.loading
    assert _states(strip) == [ThumbState.LOADING]
    viewer = strip.open_photo(strip.photo_model.index(0, 0))
    assert viewer is not None
    qtbot.addWidget(viewer)
    assert viewer.shows_picture()
    assert viewer.picture.pixmap().size().toTuple() == (300, 200)  # never enlarged
    assert _states(strip) == [ThumbState.READY]
    assert len(strip.cache) == 1


# -- thumbnails kept on disk ------------------------------------------------------------


def _strip(qtbot: QtBot, estate: Estate, photos: list[PhotoRef]) -> PhotoStrip:
    """A grid on screen with its own (cold) session cache, as in a new session."""
    strip = PhotoStrip(estate.doors.photos, grid=True)
    qtbot.addWidget(strip)
    strip.resize(600, 300)
    strip.show()
    qtbot.waitExposed(strip)
    strip.set_photos(photos)
    _loaded(qtbot, strip)
    return strip


def _centre(strip: PhotoStrip, row: int) -> QColor:
    shot = strip.viewport().grab().toImage()
    return shot.pixelColor(strip.visualRect(strip.photo_model.index(row, 0)).center())


def _no_decoding(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The photos' decoder fails and their full check is counted."""
    hashed: list[str] = []
    full_check = AttachmentStore.state

    def counted(store: AttachmentStore, sha256: str, suffix: str) -> object:
        hashed.append(sha256)
        return full_check(store, sha256, suffix)

    monkeypatch.setattr(AttachmentStore, "state", counted)
    monkeypatch.setattr(
        photo_thumbnails, "read_fitted", lambda *_a: Decoded(None, DecodeFailure.UNREADABLE)
    )
    return hashed


def test_a_first_view_keeps_the_thumbnail_and_the_next_draws_it_without_the_photo(
    qtbot: QtBot, estate: Estate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = _photo(estate, tmp_path, "lobby.jpg", _jpeg(640, 480))  # attached, not via the window
    assert estate.doors.photos.thumbnail(photo) is None
    first = _strip(qtbot, estate, [photo])
    assert _states(first) == [ThumbState.READY]
    kept = estate.doors.photos.thumbnail(photo)
    assert kept is not None
    assert len(kept) < 10_000
    assert QImage.fromData(kept).size().toTuple() == (96, 72)
    # Then the kept one is drawn: a red square of our own in its place shows red, with
    # the photo's decoder failing and no hash of the photo taken.
    red = QImage(96, 72, QImage.Format.Format_RGB32)
    red.fill(QColor("#ff0000"))
    made = thumbnail_bytes(red)
    assert made is not None
    estate.doors.photos.keep_thumbnail(photo, made)
    hashed = _no_decoding(monkeypatch)
    again = _strip(qtbot, estate, [photo])
    assert _states(again) == [ThumbState.READY]
    centre = _centre(again, 0)
    assert centre.red() > 240
    assert centre.green() < 20
    assert hashed == []


def test_a_missing_photo_says_missing_though_its_thumbnail_is_kept(
    qtbot: QtBot, estate: Estate, tmp_path: Path
) -> None:
    photo = _photo(estate, tmp_path, "gone.jpg", _jpeg(320, 240))
    _strip(qtbot, estate, [photo])
    assert estate.doors.photos.thumbnail(photo) is not None
    estate.doors.photos.file(photo)[0].unlink()
    strip = _strip(qtbot, estate, [photo])
    assert _states(strip) == [ThumbState.MISSING]
    assert _texts(strip, Qt.ItemDataRole.DisplayRole) == ["Missing"]
    assert estate.doors.photos.thumbnail(photo) is not None  # a cache: left as it was


def test_a_photo_damaged_in_place_is_caught_when_shown_large(
    qtbot: QtBot, estate: Estate, tmp_path: Path, boxes: Boxes
) -> None:
    whole = _jpeg(640, 480)
    photo = _photo(estate, tmp_path, "flipped.jpg", whole)
    file = estate.doors.photos.file(photo)[0]
    strip = _strip(qtbot, estate, [photo])
    # A failing disk flips bytes in the middle: the size stays, the hash does not.
    middle = len(whole) // 2
    file.write_bytes(
        whole[:middle] + bytes(b ^ 0x5A for b in whole[middle : middle + 64]) + whole[middle + 64 :]
    )
    assert file.stat().st_size == photo.size
    strip = _strip(qtbot, estate, [photo])
    assert _states(strip) == [ThumbState.READY]  # the grid only looked at its size
    assert len(strip.cache) == 1
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    viewer = strip.viewer
    assert viewer is not None
    qtbot.addWidget(viewer)
    assert viewer.isVisible()
    assert not viewer.shows_picture()
    assert viewer.picture.text() == "Cannot be read"
    assert _states(strip) == [ThumbState.UNREADABLE]
    assert _texts(strip, Qt.ItemDataRole.DisplayRole) == ["Cannot be read"]
    assert len(strip.cache) == 0  # not shown again from the session's cache
    assert boxes.shown == []


def test_a_torn_thumbnail_is_made_again_from_the_photo(
    qtbot: QtBot, estate: Estate, tmp_path: Path
) -> None:
    photo = _photo(estate, tmp_path, "torn.jpg", _jpeg(640, 480))
    _strip(qtbot, estate, [photo])
    kept = estate.doors.photos.thumbnail(photo)
    assert kept is not None
    estate.doors.photos.keep_thumbnail(photo, kept[: len(kept) // 2])  # a power cut's
    strip = _strip(qtbot, estate, [photo])
    assert _states(strip) == [ThumbState.READY]
    centre = _centre(strip, 0)
    assert (centre.red(), centre.blue()) > (200, 0)  # the photo's yellow, not Qt's grey
    again = estate.doors.photos.thumbnail(photo)
    assert again is not None
    assert jpeg_is_whole(again)


def test_a_transparent_thumbnail_is_kept_on_white_and_a_larger_one_refused() -> None:
    clear = QImage(40, 30, QImage.Format.Format_ARGB32)
    clear.fill(QColor(0, 0, 0, 0))
    data = thumbnail_bytes(clear)
    assert data is not None
    image = read_thumbnail(data, QSize(96, 96))
    assert image is not None
    assert image.pixelColor(20, 15).lightness() > 245  # white, not the black behind
    assert read_thumbnail(data, QSize(32, 32)) is None  # made for larger thumbnails
    assert read_thumbnail(data[:-2], QSize(96, 96)) is None  # cut short
    assert read_thumbnail(b"not a picture", QSize(96, 96)) is None


# -- the model ---------------------------------------------------------------------------


def test_the_photo_model_passes_qt_model_tester(
    qtmodeltester: ModelTester, estate: Estate, tmp_path: Path
) -> None:
    photos = [
        _photo(estate, tmp_path, f"{n}.png", png_bytes(8, 6, 0x10 * (n + 1))) for n in range(3)
    ]
    model = PhotoListModel()
    pixmap = QPixmap(8, 6)
    pixmap.fill(QColor("#808080"))
    model.set_photos(photos, [Thumb(ThumbState.READY, None, pixmap), LOADING])
    model.set_thumb(photos[1].id, Thumb(ThumbState.MISSING))
    qtmodeltester.check(model)
    assert [model.data(model.index(n, 0)) for n in range(3)] == [None, "Missing", None]
    assert model.pending() == [photos[2]]
    model.set_thumb(photos[2].id, Thumb(ThumbState.NO_READER))
    assert model.loaded()
    assert "cannot show PNG pictures" in str(
        model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole)
    )
    model.set_photos([])
    qtmodeltester.check(model)


# -- a look ------------------------------------------------------------------------------


def test_the_detail_with_six_photos_drawn_in_chinese(
    qtbot: QtBot, estate: Estate, tmp_path: Path, qapp: QApplication
) -> None:
    shades = ["#3a7bd5", "#e4572e", "#29bf12", "#ffc914", "#8e44ad", "#17becf"]
    photos = [
        _photo(estate, tmp_path, f"IMG_{n:04}.jpg", _jpeg(1200, 900, s))
        for n, s in enumerate(shades)
    ]
    estate.doors.photos.file(photos[3])[0].unlink()
    ensure_cjk_font(qapp)
    install_translators(qapp, "zh_CN")
    try:
        panel = _panel(qtbot, estate)
        _choose_failed_item(qtbot, panel, estate.failed.key)
        _loaded(qtbot, panel.photo_strip)
        assert _states(panel.photo_strip).count(ThumbState.MISSING) == 1
        path = tmp_path / "inspection_photos_zh.png"
        assert panel.grab().save(str(path))
        assert QImage(str(path)).size() == panel.size()
    finally:
        install_translators(qapp, "en")
