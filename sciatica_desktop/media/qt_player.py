"""QtMultimedia backend: QMediaPlayer decoding into a QVideoSink that a plain widget paints.

A sink-driven widget rather than QVideoWidget: it draws with QPainter, so ``QWidget.grab()`` (screenshots,
offscreen tests) shows the real frame, and the frame is converted to an image only when it is painted.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from sciatica_desktop.media.player import QT, BackendProbe, Media, VideoPlayer, fit_rect

log = logging.getLogger(__name__)

try:
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

    _IMPORT_ERROR = ""
except ImportError as exc:  # libpulse0 missing makes the whole module fail to import
    _IMPORT_ERROR = str(exc)


def probe() -> BackendProbe:
    """QtMultimedia is usable when its module imports (FFmpeg is bundled in the wheel)."""
    if _IMPORT_ERROR:
        why = Media.tr("QtMultimedia cannot load ({error})").format(error=_IMPORT_ERROR)
        return BackendProbe(QT, False, why)
    return BackendProbe(QT, True, Media.tr("QtMultimedia (FFmpeg)"))


class _SinkSurface(QWidget):
    """Paints the sink's latest frame, letterboxed on black."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        self.sink = QVideoSink(self)
        self._frame: QVideoFrame | None = None
        self._image = QImage()
        self.sink.videoFrameChanged.connect(self._on_frame)

    def _on_frame(self, frame: QVideoFrame) -> None:
        self._frame = frame
        self.update()

    def clear(self) -> None:
        self._frame = None
        self._image = QImage()
        self.update()

    def current_image(self) -> QImage:
        """The frame on screen (converted lazily; a null image before the first frame)."""
        if self._frame is not None and self._frame.isValid():
            self._image = self._frame.toImage()
            self._frame = None
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        image = self.current_image()
        if not image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(fit_rect(image.width(), image.height(), self.rect()), image)
        painter.end()


class QtPlayer(VideoPlayer):
    """QMediaPlayer with infinite loops, errors turned into :attr:`sig_error`."""

    name = QT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if _IMPORT_ERROR:
            raise RuntimeError(_IMPORT_ERROR)
        self._surface = _SinkSurface()
        self._player = QMediaPlayer(self)
        self._player.setVideoSink(self._surface.sink)
        self._player.setLoops(QMediaPlayer.Loops.Infinite)
        self._path: Path | None = None
        self._failed = False
        self._generation = 0
        self._player.errorOccurred.connect(self._on_error)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.playbackStateChanged.connect(self._on_state)

    def _fail(self, reason: str) -> None:
        if self._failed:
            return
        self._failed = True
        name = self._path.name if self._path else "?"
        log.warning("QtMultimedia cannot play %s: %s", name, reason)
        self._error_later(Media.tr("{file}: {reason}").format(file=name, reason=reason))

    def _error_later(self, message: str) -> None:
        """Emit on the next event-loop turn, unless another clip was loaded meanwhile."""
        generation = self._generation
        QTimer.singleShot(0, self, lambda: generation == self._generation and self.sig_error.emit(message))

    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self._fail(text or error.name)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(Media.tr("invalid media"))
        elif status == QMediaPlayer.MediaStatus.EndOfMedia and not self._looping():
            self.sig_ended.emit()

    def _looping(self) -> bool:
        return self._player.loops() == QMediaPlayer.Loops.Infinite

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        if state == QMediaPlayer.PlaybackState.PlayingState:
            self.sig_started.emit()

    def load(self, path: Path) -> None:
        self._path = Path(path)
        self._failed = False
        self._generation += 1
        self._surface.clear()
        if not self._path.is_file():
            self._player.setSource(QUrl())
            self._failed = True
            self._error_later(Media.tr("file missing: {file}").format(file=self._path.name))
            return
        self._player.setSource(QUrl.fromLocalFile(str(self._path)))

    def play(self) -> None:
        if self._path is not None and not self._failed:
            self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def stop(self) -> None:
        self._player.stop()

    def set_loop(self, loop: bool) -> None:
        self._player.setLoops(QMediaPlayer.Loops.Infinite if loop else 1)

    def position(self) -> float:
        return self._player.position() / 1000.0

    def widget(self) -> QWidget:
        return self._surface

    def current_image(self) -> QImage:
        """The frame on screen, for tests and screenshots."""
        return self._surface.current_image()

    def close(self) -> None:
        self._player.stop()
        self._player.setSource(QUrl())
