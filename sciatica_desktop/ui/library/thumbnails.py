"""Library thumbnails, drawn lazily: one per turn of the event loop while the page shows, then cached.

A thumbnail is a still from the middle of the exercise's drawn demonstration when ``draw`` can make one,
else a title card with the exercise's name, so the page opens at once and fills in its pictures.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap

from sciatica_desktop.domain.exercise import Exercise
from sciatica_desktop.media.fallback_player import paint_title_card

log = logging.getLogger(__name__)

THUMB_SIZE = QSize(112, 63)
BATCH_SECONDS = 0.03  # draw for at most this long per turn of the event loop, so the page stays responsive
DrawThumbnail = Callable[[Exercise, QSize], QImage | None]


def title_card(exercise: Exercise, size: QSize) -> QImage:
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8eef5"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = painter.font()
    font.setPixelSize(12)
    painter.setFont(font)
    paint_title_card(painter, QRectF(0, 0, size.width(), size.height()), exercise.name)
    painter.end()
    return image


def _framed(image: QImage) -> QPixmap:
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#b8c4ce"), 1))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return pixmap


class Thumbnails(QObject):
    """Makes and keeps one icon per exercise id."""

    sig_ready = Signal(str, QIcon)
    """The thumbnail for this exercise id is ready."""

    def __init__(self, draw: DrawThumbnail | None, size: QSize = THUMB_SIZE, parent: QObject | None = None):
        super().__init__(parent)
        self._draw = draw
        self._size = size
        self._icons: dict[str, QIcon] = {}
        self._pending: list[Exercise] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._make_batch)
        self._active = False
        blank = QPixmap(size)
        blank.fill(QColor("#eef2f5"))
        self.placeholder = QIcon(blank)

    def size(self) -> QSize:
        return self._size

    def icon(self, exercise: Exercise) -> QIcon:
        """The thumbnail if made, else a placeholder (and the thumbnail is queued)."""
        found = self._icons.get(exercise.id)
        if found is not None:
            return found
        if all(e.id != exercise.id for e in self._pending):
            self._pending.append(exercise)
        self._kick()
        return self.placeholder

    def set_active(self, active: bool) -> None:
        """Draw only while the page is on screen."""
        self._active = active
        if active:
            self._kick()
        else:
            self._timer.stop()

    def make_all_now(self) -> None:
        """Draw every queued thumbnail at once (for screenshots and tests)."""
        while self._pending:
            self._make_next()

    def _kick(self) -> None:
        if self._active and self._pending and not self._timer.isActive():
            self._timer.start()

    def _make_batch(self) -> None:
        deadline = time.monotonic() + BATCH_SECONDS
        while self._pending and time.monotonic() < deadline:
            self._make_next()
        self._kick()

    def _make_next(self) -> None:
        if not self._pending:
            return
        exercise = self._pending.pop(0)
        image: QImage | None = None
        if self._draw is not None:
            try:
                image = self._draw(exercise, self._size)
            except Exception:  # a drawing bug must not cost the patient the library
                log.exception("thumbnail for %s could not be drawn", exercise.id)
        if image is None or image.isNull():
            image = title_card(exercise, self._size)
        image = image.scaled(self._size, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        icon = QIcon(_framed(image))
        self._icons[exercise.id] = icon
        self.sig_ready.emit(exercise.id, icon)
