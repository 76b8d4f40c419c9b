"""Stand-ins for the media layer in widget tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel


class FakeVideo(QLabel):
    """Records what the workout page asked of its video surface."""

    def __init__(self) -> None:
        super().__init__("video")
        self.clips: list[tuple[Path | None, str]] = []
        self.playing = False

    def show_clip(
        self, path: Path | None, *, caption: str, frame_source: Any = None, loop_seconds: float = 4.0
    ) -> None:
        self.clips.append((path, caption))

    def play(self) -> None:
        self.playing = True

    def pause(self) -> None:
        self.playing = False


class FakeCues:
    def __init__(self) -> None:
        self.beeps: list[str] = []
        self.spoken: list[str] = []

    def beep(self, kind: str) -> None:
        self.beeps.append(kind)

    def say(self, text: str) -> None:
        self.spoken.append(text)
