"""Is this file a video we can play? Decides by decoding its first picture, not by its name.

The PyAV probe is used when PyAV is installed; the composition root may pass another probe (one built on
QtMultimedia, say) that answers the same way. A probe never raises for a bad file: it says why.
"""

from __future__ import annotations

import enum
import importlib.util
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


class Refusal(enum.Enum):
    """Why a file cannot be used as a video; the UI words each one for the user."""

    MISSING = "file missing"
    UNREADABLE = "cannot read the file"
    NOT_A_VIDEO = "not a video"
    NO_VIDEO_TRACK = "no video track"
    UNDECODABLE = "cannot decode the video"
    NO_PROBE = "cannot check videos on this computer"


@dataclass(frozen=True)
class VideoCheck:
    """What a probe found: ``refusal`` is None for a playable video; ``suffix`` suits its container."""

    refusal: Refusal | None
    suffix: str = ""
    width: int = 0
    height: int = 0
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.refusal is None


VideoProbe = Callable[[Path], VideoCheck]

# Container names (as FFmpeg spells them) to the file suffix players expect.
_SUFFIX_BY_FORMAT = {"mov": ".mp4", "mp4": ".mp4", "webm": ".webm", "matroska": ".mkv", "avi": ".avi",
                     "ogg": ".ogv", "mpeg": ".mpg", "asf": ".wmv"}


def readable_refusal(path: Path) -> VideoCheck | None:
    """The refusal a file earns before anyone decodes it (missing, a folder, unreadable, empty)."""
    if not path.exists():
        return VideoCheck(Refusal.MISSING, detail=str(path))
    if not path.is_file() or not os.access(path, os.R_OK):
        return VideoCheck(Refusal.UNREADABLE, detail=str(path))
    try:
        with path.open("rb") as stream:
            head = stream.read(1)
    except OSError as exc:
        return VideoCheck(Refusal.UNREADABLE, detail=str(exc))
    if not head:
        return VideoCheck(Refusal.NOT_A_VIDEO, detail="the file is empty")
    return None


def pyav_probe(path: Path) -> VideoCheck:
    """Open ``path`` with FFmpeg (PyAV) and decode its first video frame."""
    import av

    early = readable_refusal(path)
    if early is not None:
        return early
    try:
        container = av.open(str(path), mode="r")
    except av.error.FileNotFoundError as exc:
        return VideoCheck(Refusal.MISSING, detail=str(exc))
    except (av.error.PermissionError, av.error.IsADirectoryError) as exc:
        return VideoCheck(Refusal.UNREADABLE, detail=str(exc))
    except (av.error.FFmpegError, UnicodeDecodeError) as exc:
        return VideoCheck(Refusal.NOT_A_VIDEO, detail=str(exc))
    with container:
        names = container.format.name.split(",")
        if any(n.endswith("_pipe") or n.startswith("image2") for n in names):
            return VideoCheck(Refusal.NOT_A_VIDEO, detail=f"a still picture ({container.format.name})")
        if not container.streams.video:
            return VideoCheck(Refusal.NO_VIDEO_TRACK, detail=container.format.name)
        try:
            frame = next(container.decode(video=0), None)
        except av.error.FFmpegError as exc:
            return VideoCheck(Refusal.UNDECODABLE, detail=str(exc))
        if frame is None:
            return VideoCheck(Refusal.UNDECODABLE, detail="no picture in the video track")
        suffix = next((_SUFFIX_BY_FORMAT[n] for n in names if n in _SUFFIX_BY_FORMAT), ".mp4")
        return VideoCheck(None, suffix=suffix, width=frame.width, height=frame.height)


def default_probe() -> VideoProbe | None:
    """The PyAV probe when PyAV can be imported here, else None (the caller chooses another)."""
    # find_spec, not import: PyAV is large, and only loads when a clinic actually attaches a video.
    if importlib.util.find_spec("av") is None:
        log.info("PyAV is not available to check videos")
        return None
    return pyav_probe
