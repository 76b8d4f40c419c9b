"""VLC backend: python-vlc drawing into a native Qt child window.

Loading libvlc can fail in many ways (no library, a half-installed one, a bad ``PYTHON_VLC_LIB_PATH`` that
makes ``vlc.py`` call ``sys.exit``); :func:`load_vlc` turns every one of them into a reason string. libvlc is
not re-entrant, so its event callbacks (on a VLC thread) only emit a queued Qt signal; all libvlc calls
happen on the Qt thread.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from sciatica_desktop.media.player import VLC, BackendProbe, Media, PositionInterpolator, VideoPlayer

log = logging.getLogger(__name__)

# --no-xlib: Qt owns the X connection and did not call XInitThreads; VLC must use xcb only.
INSTANCE_ARGS: tuple[str, ...] = ("--no-xlib", "--quiet", "--no-video-title-show", "--no-osd")
LOOP_OPTION = "input-repeat=65535"
EMBEDDABLE_PLATFORMS = ("xcb", "windows", "cocoa")


def load_vlc() -> tuple[ModuleType | None, str]:
    """Import python-vlc, or say why it cannot be used. Never raises, never exits."""
    try:
        import vlc
    except SystemExit:
        return None, Media.tr("python-vlc could not load libvlc (PYTHON_VLC_LIB_PATH is invalid)")
    except (ImportError, OSError, NotImplementedError, NameError, AttributeError) as exc:
        return None, Media.tr("libvlc is not installed or cannot be loaded ({error})").format(error=exc)
    return vlc, ""


def create_instance(vlc: Any, args: tuple[str, ...] = INSTANCE_ARGS) -> tuple[Any, str]:
    """Create a ``vlc.Instance``, or say why not (it returns ``None`` on bad options or plugins)."""
    try:
        instance = vlc.Instance(*args)
    except (NameError, OSError, AttributeError, TypeError) as exc:
        return None, Media.tr("libvlc failed to start ({error})").format(error=exc)
    if instance is None:
        return None, Media.tr("libvlc refused to start (missing plugins or an unknown option)")
    return instance, ""


def current_platform() -> str:
    """The Qt platform plugin in use, or the one that will be used."""
    if QGuiApplication.instance() is not None:
        return QGuiApplication.platformName()
    env = os.environ.get("QT_QPA_PLATFORM", "")
    if env:
        return env.split(":")[0]
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    return "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb"


def probe(platform: str | None = None, loader: Callable[[], tuple[Any, str]] = load_vlc) -> BackendProbe:
    """Can VLC draw into a Qt widget here? Creates and releases one instance."""
    platform = platform or current_platform()
    if platform not in EMBEDDABLE_PLATFORMS:
        return BackendProbe(
            VLC,
            False,
            Media.tr(
                "Qt runs on the '{platform}' platform, where VLC cannot embed its video (needs xcb)"
            ).format(
                platform=platform
            ),
        )
    vlc, why = loader()
    if vlc is None:
        return BackendProbe(VLC, False, why)
    instance, why = create_instance(vlc)
    if instance is None:
        return BackendProbe(VLC, False, why)
    try:
        version = vlc.libvlc_get_version().decode(errors="replace")
    except Exception:  # a version string is nice to have, never worth failing for
        version = "?"
    instance.release()
    return BackendProbe(VLC, True, Media.tr("libvlc {version}").format(version=version))


class _Surface(QWidget):
    """A native child window that VLC paints into; Qt paints nothing over it."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self.setPalette(palette)
        self.setMinimumSize(160, 90)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The letterbox around VLC's picture is ours to paint; VLC only draws the picture rectangle.
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.black)
        painter.end()


class VlcPlayer(VideoPlayer):
    """python-vlc embedded in a native child widget."""

    name = VLC
    _sig_vlc_event = Signal(str)
    """Private: a libvlc event name, re-emitted from the VLC thread to the Qt thread."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        vlc_module: Any = None,
        instance_args: tuple[str, ...] = INSTANCE_ARGS,
        now: Callable[[], float] = time.monotonic,
        startup_timeout_ms: int = 4000,
    ) -> None:
        super().__init__(parent)
        self._vlc = vlc_module
        if self._vlc is None:
            self._vlc, why = load_vlc()
            if self._vlc is None:
                raise RuntimeError(why)
        self._instance, why = create_instance(self._vlc, instance_args)
        if self._instance is None:
            raise RuntimeError(why)
        self._player = self._instance.media_player_new()
        self._player.video_set_mouse_input(False)
        self._player.video_set_key_input(False)
        self._surface = _Surface()
        self._path: Path | None = None
        self._loop = True
        self._closed = False
        self._generation = 0
        self._interp = PositionInterpolator(now)
        # VLC reports "playing" for a file it cannot decode, and with input-repeat it retries for ever:
        # if no video output exists this long after play(), the clip is treated as broken.
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(startup_timeout_ms)
        self._watchdog.timeout.connect(self._check_picture)
        self._sig_vlc_event.connect(self._on_vlc_event, Qt.ConnectionType.QueuedConnection)
        ev = self._vlc.EventType
        self._events = {
            ev.MediaPlayerPlaying: "playing",
            ev.MediaPlayerEndReached: "ended",
            ev.MediaPlayerEncounteredError: "error",
        }
        manager = self._player.event_manager()
        for event_type, label in self._events.items():
            manager.event_attach(event_type, self._from_vlc_thread, label)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # Runs on a VLC thread: touch nothing but the signal.
    def _from_vlc_thread(self, _event: Any, label: str) -> None:
        self._sig_vlc_event.emit(label)

    def _on_vlc_event(self, label: str) -> None:
        if self._closed:
            return
        if label == "playing":
            self.sig_started.emit()
        elif label == "ended":
            self.sig_ended.emit()
        elif label == "error":
            name = self._path.name if self._path else "?"
            self.sig_error.emit(Media.tr("VLC could not play {file}").format(file=name))

    def _error_later(self, message: str) -> None:
        """Emit on the next event-loop turn, unless another clip was loaded meanwhile."""
        generation = self._generation

        def emit() -> None:
            if not self._closed and generation == self._generation:
                self.sig_error.emit(message)

        QTimer.singleShot(0, self, emit)

    def _check_picture(self) -> None:
        if self._closed or self._path is None:
            return
        if self._player.is_playing() and not self._player.has_vout():
            self._player.stop()
            self.sig_error.emit(Media.tr("VLC shows no picture for {file}").format(file=self._path.name))

    def _set_media(self, *, check: bool = False) -> bool:
        assert self._path is not None
        media = self._instance.media_new_path(str(self._path))
        if check:
            # Synchronous parse of a local file takes a few milliseconds; junk parses to no tracks.
            media.parse()
            kinds = [t.type for t in media.tracks_get() or ()]
            if self._vlc.TrackType.video not in kinds:
                media.release()
                self._error_later(Media.tr("no video in {file}").format(file=self._path.name))
                return False
        if self._loop:
            media.add_option(LOOP_OPTION)
        self._player.set_media(media)
        media.release()
        self._interp.reset()
        return True

    def load(self, path: Path) -> None:
        if self._closed:
            return
        self._watchdog.stop()
        self._player.stop()
        self._player.set_media(None)
        self._generation += 1
        self._path = Path(path)
        if not self._path.is_file():
            self._error_later(Media.tr("file missing: {file}").format(file=self._path.name))
            return
        self._set_media(check=True)

    def _bind_window(self) -> None:
        handle = int(self._surface.winId())
        if sys.platform.startswith("win"):
            self._player.set_hwnd(handle)
        elif sys.platform == "darwin":
            self._player.set_nsobject(handle)
        else:
            self._player.set_xwindow(handle)

    def play(self) -> None:
        if self._closed or self._path is None or self._player.get_media() is None:
            return
        state = self._player.get_state()
        if state in (self._vlc.State.Ended, self._vlc.State.Stopped, self._vlc.State.NothingSpecial):
            self._player.stop()
            self._bind_window()
        self._player.play()
        self._watchdog.start()

    def pause(self) -> None:
        if not self._closed and self._player.is_playing():
            self._player.set_pause(1)

    def stop(self) -> None:
        if not self._closed:
            self._watchdog.stop()
            self._player.stop()
            self._interp.reset()

    def set_loop(self, loop: bool) -> None:
        if loop == self._loop:
            return
        self._loop = loop
        if self._closed or self._path is None or self._player.get_media() is None:
            return
        was_playing = bool(self._player.is_playing())
        self._player.stop()
        self._set_media()
        if was_playing:
            self.play()

    def position(self) -> float:
        if self._closed:
            return 0.0
        ms = self._player.get_time()
        reported = ms / 1000.0 if ms is not None and ms >= 0 else None
        return self._interp.update(reported, playing=bool(self._player.is_playing()))

    def widget(self) -> QWidget:
        return self._surface

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._watchdog.stop()
        manager = self._player.event_manager()
        for event_type in self._events:
            manager.event_detach(event_type)
        self._player.stop()
        self._player.release()
        self._instance.release()
