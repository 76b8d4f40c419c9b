"""The player that never fails: a drawn figure, a still picture, or a calm title card.

It paints frames from an injected ``frame_source(t) -> QImage`` (the pose-drawn figure from ``demos``, or
anything else), looping over ``loop_seconds``. Time comes from an injected monotonic clock and the QTimer
only asks for a repaint, so tests set the time with :meth:`FallbackPlayer.seek` instead of waiting.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sciatica_desktop.media.player import FALLBACK, VideoPlayer, fit_rect

log = logging.getLogger(__name__)

FrameSource = Callable[[float], QImage]
FRAME_INTERVAL_MS = 42  # ~24 fps
STILL_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp")


class _FigureSurface(QWidget):
    """Paints whatever the player says is the current picture."""

    def __init__(self, player: FallbackPlayer) -> None:
        super().__init__()
        self._player = player
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        image = self._player.current_image()
        if image is None or image.isNull():
            paint_title_card(painter, self.rect().toRectF(), self._player.caption())
        else:
            painter.fillRect(self.rect(), QColor("#f4f6f8"))
            painter.drawImage(fit_rect(image.width(), image.height(), self.rect()), image)
        painter.end()


def paint_title_card(painter: QPainter, area: QRectF, caption: str) -> None:
    """A soft gradient with the exercise name, large and centred."""
    gradient = QLinearGradient(area.topLeft(), area.bottomLeft())
    gradient.setColorAt(0.0, QColor("#e8eef5"))
    gradient.setColorAt(1.0, QColor("#cddbe8"))
    painter.fillRect(area, gradient)
    if not caption:
        return
    font = QFont(painter.font())
    font.setPointSizeF(max(12.0, min(area.height() / 9, area.width() / 18)))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#2c3e50")))
    margin = area.width() * 0.08
    text_area = area.adjusted(margin, margin, -margin, -margin)
    painter.drawText(text_area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), caption)


class FallbackPlayer(VideoPlayer):
    """Animates a frame source, shows a still picture, or a title card; never emits :attr:`sig_error`."""

    name = FALLBACK

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
        interval_ms: int = FRAME_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._source: FrameSource | None = None
        self._loop_seconds = 4.0
        self._loop = True
        self._caption = ""
        self._still = QImage()
        self._offset = 0.0  # seconds into the clip when last paused / seeked
        self._started_at: float | None = None  # clock time when playback (re)started
        self._ended = False
        self._surface = _FigureSurface(self)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    # --- what to show -------------------------------------------------------------------------------
    def set_caption(self, text: str) -> None:
        """The exercise name for the title card."""
        self._caption = text
        self._surface.update()

    def caption(self) -> str:
        return self._caption

    def set_frame_source(self, source: FrameSource | None, loop_seconds: float = 4.0) -> None:
        """Animate ``source(t)`` for t in [0, loop_seconds); ``None`` shows the still or the title card."""
        self._source = source
        self._loop_seconds = max(float(loop_seconds), 0.05)
        self._restart_timer()
        self._surface.update()

    def load(self, path: Path) -> None:
        """Show ``path`` as a still if it is a readable picture; anything else is ignored, never an error."""
        self.seek(0.0)
        self._still = QImage()
        path = Path(path)
        if path.suffix.lower() in STILL_SUFFIXES and path.is_file():
            self._still = QImage(str(path))
        self._surface.update()

    # --- transport ----------------------------------------------------------------------------------
    def play(self) -> None:
        if self._started_at is None:
            if self._ended:
                self._offset, self._ended = 0.0, False
            self._started_at = self._now()
            self._restart_timer()
            self.sig_started.emit()

    def pause(self) -> None:
        if self._started_at is not None:
            self._offset = self._elapsed()
            self._started_at = None
            self._timer.stop()

    def stop(self) -> None:
        self.pause()
        self._offset = 0.0
        self._surface.update()

    def set_loop(self, loop: bool) -> None:
        self._loop = loop

    def seek(self, seconds: float) -> None:
        """Jump to ``seconds`` into the clip (playback, if running, goes on from there)."""
        self._offset = max(0.0, float(seconds))
        self._ended = False
        if self._started_at is not None:
            self._started_at = self._now()
        self._surface.update()

    def is_playing(self) -> bool:
        return self._started_at is not None

    def _elapsed(self) -> float:
        if self._started_at is None:
            return self._offset
        return self._offset + max(0.0, self._now() - self._started_at)

    def position(self) -> float:
        elapsed = self._elapsed()
        if self._loop:
            return elapsed % self._loop_seconds
        return min(elapsed, self._loop_seconds)

    def _restart_timer(self) -> None:
        if self._source is not None and self._started_at is not None:
            self._timer.start()
        else:
            self._timer.stop()

    def _tick(self) -> None:
        if not self._loop and self._elapsed() >= self._loop_seconds and not self._ended:
            self.pause()
            self._offset, self._ended = self._loop_seconds, True
            self.sig_ended.emit()
        self._surface.update()

    # --- painting -----------------------------------------------------------------------------------
    def current_image(self) -> QImage | None:
        """The picture for the current time; ``None`` means the title card."""
        if self._source is not None:
            try:
                image = self._source(self.position())
            except Exception:  # a broken drawing must not take the workout down with it
                log.exception("frame source failed; showing the title card instead")
                self._source = None
                self._timer.stop()
                return None
            if isinstance(image, QImage) and not image.isNull():
                return image
        return None if self._still.isNull() else self._still

    def widget(self) -> QWidget:
        return self._surface

    def close(self) -> None:
        self._timer.stop()
        self._started_at = None
