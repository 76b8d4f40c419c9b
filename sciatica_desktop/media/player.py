"""The VideoPlayer contract, and how the app picks a backend.

Backends are ranked VLC > QtMultimedia > the drawn fallback, after Anki's ranked ``Player`` classes
(``qt/aqt/sound.py``): each backend is probed without side effects, and the first one that works is chosen,
unless the user asked for one. A refused preference falls back and says why, so the About box and the log
can tell a clinic what is missing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtWidgets import QWidget

Preference = Literal["auto", "vlc", "qt", "none"]

VLC = "vlc"
QT = "qt"
FALLBACK = "fallback"
RANKING: tuple[str, ...] = (VLC, QT, FALLBACK)
PREFERENCES: tuple[str, ...] = ("auto", VLC, QT, "none")


class Media(QObject):
    """The translation context of the video back ends: ``Media.tr("…")``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


def fit_rect(image_w: int, image_h: int, area: QRect) -> QRect:
    """The largest rectangle with the image's aspect ratio, centred in ``area``."""
    if image_w <= 0 or image_h <= 0 or area.isEmpty():
        return QRect()
    scale = min(area.width() / image_w, area.height() / image_h)
    w, h = round(image_w * scale), round(image_h * scale)
    return QRect(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h)


class VideoPlayer(QObject):
    """One way of showing a looping exercise clip inside a widget.

    Subclasses never raise for a bad clip: they emit :attr:`sig_error` (queued, never from inside
    :meth:`load` or :meth:`play`), so the caller can switch to another player without re-entrancy.
    """

    sig_started = Signal()
    """Playback started or resumed; frames are on their way."""

    sig_ended = Signal()
    """The clip reached its end and is not looping."""

    sig_error = Signal(str)
    """The clip cannot be played; the argument is a short reason for the user (already translated)."""

    name: str = "abstract"

    def load(self, path: Path) -> None:
        """Prepare ``path`` for playback (does not start it)."""
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def set_loop(self, loop: bool) -> None:
        """Loop the clip seamlessly (the default) or play it once and emit :attr:`sig_ended`."""
        raise NotImplementedError

    def position(self) -> float:
        """Seconds into the current loop of the clip."""
        raise NotImplementedError

    def widget(self) -> QWidget:
        """The surface to embed; created once, owned by the caller's layout once added."""
        raise NotImplementedError

    def close(self) -> None:
        """Release native resources; the player is not used afterwards. Safe to call twice."""
        self.stop()


@dataclass(frozen=True)
class BackendProbe:
    """Whether one backend can work here, and why not."""

    name: str
    available: bool
    reason: str = ""


class BackendChoice(NamedTuple):
    """The chosen backend, and for every other backend why it was not chosen."""

    name: str
    reasons: dict[str, str]


def probe_backends() -> list[BackendProbe]:
    """Probe every backend, best first. Cheap enough for start-up and the ``check`` command."""
    from sciatica_desktop.media import qt_player, vlc_player

    return [
        vlc_player.probe(),
        qt_player.probe(),
        BackendProbe(FALLBACK, True, Media.tr("always available")),
    ]


def choose_backend(preference: str, probes: list[BackendProbe]) -> BackendChoice:
    """Pick the backend for ``preference`` ("auto", "vlc", "qt" or "none").

    An explicit preference that is unavailable falls back to the best available backend, and the reasons
    say so. The drawn fallback is always possible, even when it is missing from ``probes``.
    """
    if preference not in PREFERENCES:
        raise ValueError(f"unknown video backend preference {preference!r}; expected one of {PREFERENCES}")
    by_name = {p.name: p for p in probes}
    by_name.setdefault(FALLBACK, BackendProbe(FALLBACK, True, Media.tr("always available")))
    available = [n for n in RANKING if n in by_name and by_name[n].available]
    reasons: dict[str, str] = {}

    if preference == "none":
        chosen = FALLBACK
    elif preference == "auto":
        chosen = available[0]
    elif by_name.get(preference) and by_name[preference].available:
        chosen = preference
    else:
        chosen = available[0]
        why = by_name[preference].reason if preference in by_name else Media.tr("not probed")
        reasons[preference] = Media.tr(
            "{name} was requested but is unavailable ({why}); using {chosen}"
        ).format(
            name=preference, why=why, chosen=chosen
        )

    for name in RANKING:
        if name == chosen or name in reasons:
            continue
        probe = by_name.get(name)
        if preference == "none" and name != FALLBACK:
            reasons[name] = Media.tr("video playback is turned off in the settings")
        elif probe is None:
            reasons[name] = Media.tr("not probed")
        elif not probe.available:
            reasons[name] = probe.reason
        elif RANKING.index(name) < RANKING.index(chosen):
            reasons[name] = Media.tr("available, but {chosen} was requested").format(chosen=chosen)
        else:
            reasons[name] = Media.tr("available, but {chosen} ranks higher").format(chosen=chosen)
    return BackendChoice(chosen, reasons)


def create_player(name: str, parent: QObject | None = None) -> VideoPlayer:
    """Build the backend called ``name`` (as returned by :func:`choose_backend`)."""
    if name == VLC:
        from sciatica_desktop.media.vlc_player import VlcPlayer

        return VlcPlayer(parent)
    if name == QT:
        from sciatica_desktop.media.qt_player import QtPlayer

        return QtPlayer(parent)
    if name == FALLBACK:
        from sciatica_desktop.media.fallback_player import FallbackPlayer

        return FallbackPlayer(parent)
    raise ValueError(f"unknown video backend {name!r}")


class PositionInterpolator:
    """Smooth playback time from a clock that reports in coarse steps.

    libvlc's ``get_time()`` moves in 200-500 ms steps. Between changes the position is extrapolated from a
    monotonic clock, capped at ``max_extrapolation`` so a stalled decoder does not run away, and never moves
    backwards except when the reported time does (a loop restart or a seek).
    """

    def __init__(self, now: Callable[[], float] = time.monotonic, max_extrapolation: float = 0.6) -> None:
        self._now = now
        self._max = max_extrapolation
        self._reported: float | None = None
        self._reported_at = 0.0
        self._last = 0.0

    def reset(self) -> None:
        self._reported = None
        self._last = 0.0

    def update(self, reported: float | None, *, playing: bool) -> float:
        """Feed the backend's latest time (``None`` if it has none) and get the smoothed position."""
        now = self._now()
        if reported is None or reported < 0:
            return self._last
        if self._reported is None or reported != self._reported:
            if self._reported is not None and reported < self._reported:
                self._last = reported
            self._reported = reported
            self._reported_at = now
        position = self._reported
        if playing:
            position += min(max(now - self._reported_at, 0.0), self._max)
        if position >= self._last or reported < self._last - self._max:
            self._last = position
        return self._last
