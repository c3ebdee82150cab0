"""One photo large: decoded to fit the screen (never larger than the photo itself),
its file name and size under it; Esc or Close shuts it. A photo that cannot be shown
says so in words instead of a picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from propdesk.services.core.photos import PhotoRef
from propdesk.ui.backup_summary_view import size_text
from propdesk.ui.widgets.photos.photo_decode import read_fitted

SCREEN_SHARE = 0.85  # of the screen's free area: the dialog's frame and caption fit too
FALLBACK_SCREEN = QSize(1280, 800)


def _room(parent: QWidget | None) -> QSize:
    """The largest picture that fits on the screen the window is on."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size() if screen is not None else FALLBACK_SCREEN
    return QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE) - 60)


class PhotoViewer(QDialog):
    """`problem` is the strip's words for a photo known not to show ("Missing"); else
    the file at `path` is read, and its failure said in words too."""

    def __init__(
        self, photo: PhotoRef, path: Path | None, problem: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(photo.original_name)
        self.picture = QLabel()
        self.picture.setObjectName("photo_picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        decoded = read_fitted(path, _room(parent)) if path is not None and not problem else None
        if decoded is not None and decoded.image is not None:
            self.picture.setPixmap(QPixmap.fromImage(decoded.image))
        else:
            self.picture.setText(problem or self.tr("This photo cannot be read."))
            self.picture.setMinimumSize(320, 200)
        caption = QLabel(f"{photo.original_name} · {size_text(photo.size)}")
        caption.setEnabled(False)  # greyed: about the photo, not the photo
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(caption)
        layout.addWidget(buttons)

    def shows_picture(self) -> bool:
        pixmap = self.picture.pixmap()
        return pixmap is not None and not pixmap.isNull()
