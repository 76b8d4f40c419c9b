"""A clinic's own videos: attach one to any exercise, or remove it to go back to the bundled one.

The rules: the chosen file is checked first (it must decode to a picture), then copied into the data
folder's ``videos/`` under the exercise's clip name (``<stem>.<suffix>``, the name
:func:`sciatica_desktop.app.clip_path` looks for there before the bundled folder), through a temporary
file renamed into place. The original is only ever read. A refused or failed attach leaves the previous
video as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

from sciatica_desktop.domain.catalogue import Catalogue
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.exercise import Exercise
from sciatica_desktop.services.video_probe import Refusal, VideoCheck, VideoProbe

log = logging.getLogger(__name__)

VIDEO_SUFFIXES = (".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi", ".ogv", ".mpg", ".wmv")


class ClinicVideoError(KnownError):
    """A video was not attached; ``refusal`` says why when the file itself was at fault."""

    def __init__(self, message: str, *, refusal: Refusal | None = None, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.refusal = refusal


def clip_stem(exercise: Exercise) -> str:
    """The name a clip of this exercise goes by, without suffix (shared with the bundled clips)."""
    return Path(exercise.video).stem if exercise.video else exercise.id


def clinic_clip_names(exercise: Exercise) -> tuple[str, ...]:
    """Every file name a clinic video of this exercise may have in the clinic's videos folder."""
    stem = clip_stem(exercise)
    return tuple(stem + suffix for suffix in VIDEO_SUFFIXES)


class ClinicVideos:
    def __init__(self, *, videos_dir: Path, catalogue: Catalogue, probe: VideoProbe | None) -> None:
        self._dir = videos_dir
        self._catalogue = catalogue
        self._probe = probe

    def attached(self, exercise_id: str) -> Path | None:
        """The clinic's video for this exercise, or None when the bundled one plays."""
        found = self._present(self._exercise(exercise_id))
        return max(found, key=lambda p: p.stat().st_mtime_ns) if found else None

    def check(self, source: Path) -> VideoCheck:
        """Whether ``source`` could be attached (it is only read)."""
        if self._probe is None:
            return VideoCheck(Refusal.NO_PROBE)
        return self._probe(Path(source))

    def attach(self, exercise_id: str, source: Path) -> Path:
        """Copy ``source`` in as this exercise's video and return where it now lives.

        Raises :class:`ClinicVideoError` (the previous video stays) when the file is not a playable video
        or the copy fails.
        """
        exercise = self._exercise(exercise_id)
        source = Path(source)
        result = self.check(source)
        if result.refusal is not None:
            raise ClinicVideoError(
                f"{source.name} was not attached to {exercise.name}: {result.refusal.value}. "
                "The previous video is kept.",
                refusal=result.refusal,
                detail=result.detail,
            )
        suffix = source.suffix.lower() if source.suffix.lower() in VIDEO_SUFFIXES else result.suffix
        target = self._dir / (clip_stem(exercise) + (suffix or ".mp4"))
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
            self._copy_into_place(source, target)
        except OSError as exc:
            raise ClinicVideoError(
                f"{source.name} could not be copied into the data folder ({exc.strerror or exc}). "
                "The previous video is kept.",
                detail=repr(exc),
            ) from exc
        for other in self._present(exercise):
            if other != target:
                with contextlib.suppress(FileNotFoundError):
                    other.unlink()
        log.info("clinic video for %s: %s (from %s)", exercise.id, target, source)
        return target

    def detach(self, exercise_id: str) -> bool:
        """Remove the clinic's video so the bundled one plays again; False when there was none."""
        exercise = self._exercise(exercise_id)
        removed = False
        for path in self._present(exercise):
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise ClinicVideoError(
                    f"The clinic video for {exercise.name} could not be removed ({exc.strerror or exc}).",
                    detail=repr(exc),
                ) from exc
            removed = True
        if removed:
            log.info("clinic video for %s removed", exercise.id)
        return removed

    # --- internals -------------------------------------------------------------------------------------
    def _exercise(self, exercise_id: str) -> Exercise:
        exercise = self._catalogue.get(exercise_id)
        if exercise is None:
            raise ClinicVideoError(f"There is no exercise called {exercise_id!r} in the library.")
        return exercise

    def _present(self, exercise: Exercise) -> list[Path]:
        return [p for p in (self._dir / n for n in clinic_clip_names(exercise)) if p.is_file()]

    def _copy_into_place(self, source: Path, target: Path) -> None:
        """Copy to a temporary file beside ``target``, flush it to disk, then rename it over ``target``."""
        with source.open("rb") as reader:  # read errors surface here, before anything is written
            handle, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".part", dir=self._dir)
            temp = Path(temp_name)
            try:
                with os.fdopen(handle, "wb") as writer:
                    shutil.copyfileobj(reader, writer, 1024 * 1024)
                    writer.flush()
                    os.fsync(writer.fileno())
                os.replace(temp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    temp.unlink()
                raise
        with contextlib.suppress(OSError):  # make the rename itself durable where the platform allows
            folder = os.open(self._dir, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
