"""The shared photo widgets (ui/widgets/photos) with no module behind them: a strip
given a bare PhotoFiles (the Protocol, here a folder and nothing else) shows photos,
missing ones and the large view; "Add photo…" (PhotoFileChoice) attaches through the
call it is given, shows a refusal in the error box with nothing attached, and does
nothing when cancelled; a look of a grid."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.photos import AttachmentState, PhotoFiles, PhotoRef
from propdesk.store.attachments import AttachmentStore
from propdesk.ui.widgets.photos.photo_file_choice import PhotoFileChoice
from propdesk.ui.widgets.photos.photo_strip import PhotoStrip
from propdesk.ui.widgets.photos.photo_thumbnails import ThumbState
from tests.gui.conftest import Boxes
from tests.unit.photo_bytes import png_bytes, write


class FolderPhotos:
    """A PhotoFiles with no database: what the widgets need and nothing more."""

    def __init__(self, data_dir: Path) -> None:
        self.files = AttachmentStore.of_data_folder(data_dir)

    @property
    def available(self) -> bool:
        return True

    def add(self, source: Path) -> PhotoRef:
        stored = self.files.add(source)
        return PhotoRef(uuid.uuid4(), "", stored.sha256, stored.suffix, stored.size, source.name)

    def file(self, photo: PhotoRef) -> tuple[Path, AttachmentState]:
        return self.files.path_of(photo.sha256, photo.suffix), self.files.state(
            photo.sha256, photo.suffix
        )

    def quick_file(self, photo: PhotoRef) -> tuple[Path, AttachmentState]:
        path = self.files.path_of(photo.sha256, photo.suffix)
        return path, self.files.quick_state(photo.sha256, photo.suffix, photo.size)

    def thumbnail(self, photo: PhotoRef) -> bytes | None:
        return self.files.thumbnail(photo.sha256)

    def keep_thumbnail(self, photo: PhotoRef, data: bytes) -> None:
        self.files.keep_thumbnail(photo.sha256, data)


@pytest.fixture
def folder(tmp_path: Path) -> FolderPhotos:
    return FolderPhotos(tmp_path / "data")


def _strip(qtbot: QtBot, photos: PhotoFiles, *, grid: bool = False) -> PhotoStrip:
    strip = PhotoStrip(photos, grid=grid)
    qtbot.addWidget(strip)
    strip.resize(560, 260 if grid else strip.height())
    strip.show()
    qtbot.waitExposed(strip)
    return strip


def _loaded(qtbot: QtBot, strip: PhotoStrip) -> None:
    qtbot.waitUntil(lambda: strip.photo_model.loaded() and not strip.loading)


def _states(strip: PhotoStrip) -> list[ThumbState]:
    model = strip.photo_model
    return [t.state for n in range(model.rowCount()) if (t := model.thumb_at(n)) is not None]


def _choose_file(monkeypatch: pytest.MonkeyPatch, file: Path | None) -> list[str]:
    """The file dialog answers `file` (None: cancelled); the folders it opened in."""
    opened: list[str] = []

    def fake(_parent: object, _title: str, start: str, filters: str, *_a: object) -> object:
        opened.append(start)
        assert "*.JPG" in filters
        return ("" if file is None else str(file)), filters.split(";;", maxsplit=1)[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return opened


def test_a_strip_shows_a_bare_services_photos_and_a_missing_one(
    qtbot: QtBot, folder: FolderPhotos, tmp_path: Path, boxes: Boxes
) -> None:
    kept = folder.add(write(tmp_path / "camera", "kept.png", png_bytes(60, 40, 0x30)))
    gone = folder.add(write(tmp_path / "camera", "gone.png", png_bytes(60, 40, 0xC0)))
    folder.file(gone)[0].unlink()
    strip = _strip(qtbot, folder)
    strip.set_photos([kept, gone])
    _loaded(qtbot, strip)
    assert _states(strip) == [ThumbState.READY, ThumbState.MISSING]
    assert folder.thumbnail(kept) is not None  # made once, kept for the next view
    strip.setFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    viewer = strip.viewer
    assert viewer is not None
    qtbot.addWidget(viewer)
    assert viewer.shows_picture()
    assert viewer.windowTitle() == "kept.png"
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert boxes.shown == []


def test_add_photo_attaches_through_the_call_given_and_remembers_the_folder(
    qtbot: QtBot, folder: FolderPhotos, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    strip = _strip(qtbot, folder)
    choice = PhotoFileChoice(strip)
    source = write(tmp_path / "phone", "scene.png", png_bytes(120, 90, 0x70))
    opened = _choose_file(monkeypatch, source)
    photo = choice.attach("Attach a photo", folder.add)
    assert photo is not None
    assert photo.original_name == "scene.png"
    assert folder.file(photo)[1] is AttachmentState.PRESENT
    assert folder.thumbnail(photo) is not None  # made as it was attached
    assert len(strip.cache) == 1
    assert choice.attach("Attach a photo", folder.add) is not None
    assert opened[1] == str(tmp_path / "phone")  # the second opens where the first was


def test_a_refused_file_is_said_in_the_error_box_and_nothing_attached(
    qtbot: QtBot,
    folder: FolderPhotos,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    strip = _strip(qtbot, folder)
    choice = PhotoFileChoice(strip)
    _choose_file(monkeypatch, write(tmp_path, "invoice.jpg", b"Dear customer, please pay."))
    assert choice.attach("Attach a photo", folder.add) is None
    assert boxes.texts() == [
        "invoice.jpg is not a photo propdesk can keep: only JPEG, PNG, HEIC/HEIF and WebP "
        "pictures can be attached."
    ]
    assert not list(folder.files.folder.rglob("*.*"))

    def full(_path: Path) -> PhotoRef:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "An item holds at most {limit} photos."),
            field="photo",
            limit=12,
        )

    _choose_file(monkeypatch, write(tmp_path, "p.png", png_bytes()))
    assert choice.attach("Attach a photo", full) is None
    assert boxes.texts()[-1] == "An item holds at most 12 photos."
    assert len(strip.cache) == 0


def test_cancelling_the_file_dialog_attaches_nothing(
    qtbot: QtBot, folder: FolderPhotos, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    strip = _strip(qtbot, folder)
    _choose_file(monkeypatch, None)
    called: list[Path] = []

    def add(path: Path) -> PhotoRef:
        called.append(path)
        raise AssertionError("not to be called")

    assert PhotoFileChoice(strip).attach("Attach a photo", add) is None
    assert called == []
    assert boxes.shown == []


def test_a_grid_of_a_bare_services_photos_drawn(
    qtbot: QtBot, folder: FolderPhotos, tmp_path: Path
) -> None:
    photos = [
        folder.add(write(tmp_path / "camera", f"{n}.png", png_bytes(160, 120, 0x20 * n)))
        for n in range(1, 8)
    ]
    folder.file(photos[2])[0].unlink()
    strip = _strip(qtbot, folder, grid=True)
    strip.set_photos(photos)
    _loaded(qtbot, strip)
    assert _states(strip).count(ThumbState.MISSING) == 1
    shot = tmp_path / "photo_grid.png"
    assert strip.grab().save(str(shot))
    centre = strip.visualRect(strip.photo_model.index(0, 0)).center()
    assert strip.viewport().grab().toImage().pixelColor(centre).red() == 0x20
