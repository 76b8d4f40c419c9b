"""A VideoPlayer for tests: records what it was asked, fails when told to, loads no media library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from sciatica_desktop.media.player import VideoPlayer


class FakePlayer(VideoPlayer):
    """Drive it by hand: :meth:`set_position`, :meth:`fail`, :meth:`finish`."""

    name = "fake"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls: list[str] = []
        self.path: Path | None = None
        self.playing = False
        self.loop = True
        self.closed = False
        self._position = 0.0
        self._widget = QWidget()
        self._widget.setObjectName("fakeVideoSurface")

    def load(self, path: Path) -> None:
        self.calls.append(f"load {Path(path).name}")
        self.path = Path(path)
        self._position = 0.0

    def play(self) -> None:
        self.calls.append("play")
        if not self.playing:
            self.playing = True
            self.sig_started.emit()

    def pause(self) -> None:
        self.calls.append("pause")
        self.playing = False

    def stop(self) -> None:
        self.calls.append("stop")
        self.playing = False
        self._position = 0.0

    def set_loop(self, loop: bool) -> None:
        self.calls.append(f"loop {loop}")
        self.loop = loop

    def position(self) -> float:
        return self._position

    def set_position(self, seconds: float) -> None:
        self._position = seconds

    def widget(self) -> QWidget:
        return self._widget

    def fail(self, message: str = "decoder failed") -> None:
        """Act as a backend that found the clip broken."""
        self.playing = False
        self.sig_error.emit(message)

    def finish(self) -> None:
        self.playing = False
        self.sig_ended.emit()

    def close(self) -> None:
        self.calls.append("close")
        self.closed = True
        self.playing = False
