"""VideoView: the one video widget the workout and library pages embed.

It owns two players: the preferred backend (made by ``player_factory``) and the drawn fallback. A clip that
is missing, unreadable or that the backend reports as broken is shown by the fallback instead, with a
one-line notice; nothing here raises into the workout.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from sciatica_desktop.media.fallback_player import STILL_SUFFIXES, FallbackPlayer, FrameSource
from sciatica_desktop.media.player import FALLBACK, VideoPlayer

log = logging.getLogger(__name__)

PlayerFactory = Callable[[], VideoPlayer]


def unplayable_reason(path: Path) -> str:
    """Why ``path`` cannot be a video (translated), or "" if it looks playable."""
    if not path.exists():
        return VideoView.tr("file missing: {file}").format(file=path.name)
    if not path.is_file():
        return VideoView.tr("not a file: {file}").format(file=path.name)
    if not os.access(path, os.R_OK):
        return VideoView.tr("file unreadable: {file}").format(file=path.name)
    if path.stat().st_size == 0:
        return VideoView.tr("file empty: {file}").format(file=path.name)
    return ""


class VideoView(QWidget):
    """Shows one looping clip with the best player that works for it."""

    sig_notice = Signal(str)
    """A clip fell back to the drawn demonstration; the argument is the one-line notice shown."""

    def __init__(
        self,
        player_factory: PlayerFactory | None,
        fallback_factory: Callable[[], FallbackPlayer] = FallbackPlayer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._player_factory = player_factory
        self._player: VideoPlayer | None = None
        self._factory_failed = player_factory is None
        self._startup_error = ""
        self._fallback = fallback_factory()
        self._fallback.setParent(self)
        self._active: VideoPlayer = self._fallback
        self._want_playing = False
        self._has_frames = False
        self._notice = ""

        self._stack = QStackedLayout()
        self._stack.addWidget(self._fallback.widget())
        self._label = QLabel(self)
        self._label.setObjectName("videoNotice")
        self._label.setWordWrap(False)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._label.setContentsMargins(6, 2, 6, 2)
        self._label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._stack, 1)
        layout.addWidget(self._label)

    # --- public API ---------------------------------------------------------------------------------
    def show_clip(
        self,
        path: Path | None,
        *,
        caption: str,
        frame_source: FrameSource | None = None,
        loop_seconds: float = 4.0,
        autoplay: bool = True,
    ) -> None:
        """Show ``path`` looping; the fallback draws ``frame_source`` or a card with ``caption``."""
        self._active.stop()
        self._set_notice("")
        self._has_frames = frame_source is not None
        self._fallback.set_caption(caption)
        self._fallback.set_frame_source(frame_source, loop_seconds)
        self._want_playing = autoplay
        path = Path(path) if path is not None else None
        self._fallback.load(path or Path())  # shows a still picture, clears the previous one otherwise
        if path is None or path.suffix.lower() in STILL_SUFFIXES:
            self._use(self._fallback)
            return
        reason = unplayable_reason(path)
        player = self._primary() if not reason else None
        if reason:
            self._fall_back(reason)
        elif player is not None and player.name != FALLBACK:
            self._use(player, path)
        elif self._startup_error:
            self._fall_back(
                VideoView.tr("video player unavailable: {error}").format(error=self._startup_error)
            )
        else:
            self._use(self._fallback)

    def play(self) -> None:
        self._want_playing = True
        self._active.play()

    def pause(self) -> None:
        self._want_playing = False
        self._active.pause()

    def stop(self) -> None:
        self._want_playing = False
        self._active.stop()

    def position(self) -> float:
        return self._active.position()

    def notice(self) -> str:
        """The notice shown under the video ("" when the clip plays normally)."""
        return self._notice

    def active_backend_name(self) -> str:
        return self._active.name

    def active_player(self) -> VideoPlayer:
        return self._active

    def release(self) -> None:
        """Stop and free the players (call before the window closes: VLC draws into our native child)."""
        for player in (self._player, self._fallback):
            if player is not None:
                player.close()
        self._player = None
        self._factory_failed = True
        self._active = self._fallback

    # --- internals ----------------------------------------------------------------------------------
    def _primary(self) -> VideoPlayer | None:
        if self._player is None and not self._factory_failed:
            assert self._player_factory is not None
            try:
                self._player = self._player_factory()
            except Exception as exc:  # the environment failed: say so once, go on with the fallback
                log.warning("video backend could not start: %s", exc, exc_info=True)
                self._factory_failed = True
                self._startup_error = str(exc)
                return None
            self._player.setParent(self)
            self._player.sig_error.connect(self._on_player_error)
            self._stack.addWidget(self._player.widget())
        return self._player

    def _use(self, player: VideoPlayer, path: Path | None = None) -> None:
        if player is not self._active:
            self._active.stop()
        self._active = player
        self._stack.setCurrentWidget(player.widget())
        if path is not None:
            player.load(path)
        if self._want_playing:
            player.play()

    def _fall_back(self, reason: str) -> None:
        log.warning("showing the fallback demonstration: %s", reason)
        if self._has_frames:
            text = VideoView.tr(
                "Video could not be played ({reason}); showing the drawn demonstration instead."
            )
        else:
            text = VideoView.tr("Video could not be played ({reason}); showing the exercise name instead.")
        self._use(self._fallback)
        self._set_notice(text.format(reason=reason))

    def _on_player_error(self, message: str) -> None:
        if self._active is self._player:
            self._fall_back(message)

    def _set_notice(self, text: str) -> None:
        self._notice = text
        self._label.setVisible(bool(text))
        self._label.setToolTip(text)
        self._label.setAccessibleName(text)
        self._elide()
        if text:
            self.sig_notice.emit(text)

    def _elide(self) -> None:
        metrics = self._label.fontMetrics()
        width = max(self.width() - 16, 80)  # both ends stay readable: what failed, and what is shown
        self._label.setText(metrics.elidedText(self._notice, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()
