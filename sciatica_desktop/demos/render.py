"""Render the demos to ``assets/videos`` and draw a contact sheet to check them by eye.

File names: ``<id>.mp4`` for every exercise. Sided exercises also get ``<id>_left.mp4`` and
``<id>_right.mp4``; ``<id>.mp4`` is then a byte copy of the right-side clip. The left clip is the right one
mirrored, which is exactly the same movement done with the other side facing the viewer.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from sciatica_desktop.demos.draw import draw_frame, render_image
from sciatica_desktop.demos.encode import FPS, SIZE, write_mp4
from sciatica_desktop.demos.poses import EXERCISE_IDS, demo, pose_at

__all__ = ["clip_files", "contact_sheet", "frame_times", "render_all", "render_clip"]


_app: QGuiApplication | None = None


def _ensure_gui() -> None:
    """Text needs a QGuiApplication; a command-line render may not have one yet (offscreen is enough)."""
    global _app  # noqa: PLW0603
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(["sciatica-desktop-render", "-platform", "offscreen"])


def frame_times(exercise_id: str, fps: int = FPS) -> list[float]:
    """Sample times of one loop: a whole number of frames spread evenly over the repetition."""
    seconds = demo(exercise_id).seconds
    count = max(2, round(seconds * fps))
    return [seconds * i / count for i in range(count)]


def clip_files(exercise_id: str) -> dict[str, bool]:
    """File name → mirrored? for the clips of ``exercise_id`` (the first entry is the plain ``<id>.mp4``)."""
    d = demo(exercise_id)
    if not d.sided:
        return {f"{exercise_id}.mp4": False}
    plain = "right" if d.working == "n" else "left"
    other = "left" if plain == "right" else "right"
    return {
        f"{exercise_id}.mp4": False, f"{exercise_id}_{plain}.mp4": False, f"{exercise_id}_{other}.mp4": True,
    }


def render_clip(path: Path, exercise_id: str, *, mirror: bool = False, size: tuple[int, int] = SIZE,
                fps: int = FPS) -> Path:
    """Encode one loop of ``exercise_id`` to ``path``."""
    _ensure_gui()
    qsize = QSize(*size)

    def frames() -> Iterator[QImage]:
        for t in frame_times(exercise_id, fps):
            yield render_image(exercise_id, t, qsize, mirror=mirror)

    return write_mp4(path, frames(), fps=fps)


def render_all(out_dir: Path, *, only: Sequence[str] | None = None) -> list[Path]:
    """Render every exercise (or ``only`` these ids) into ``out_dir``; returns the files written."""
    ids = list(only) if only is not None else list(EXERCISE_IDS)
    _ensure_gui()
    for exercise_id in ids:
        demo(exercise_id)  # unknown ids fail before any work is done
    written: list[Path] = []
    for exercise_id in ids:
        files = list(clip_files(exercise_id).items())
        plain = out_dir / files[0][0]
        if len(files) == 1:
            written.append(render_clip(plain, exercise_id))
            continue
        sides = [render_clip(out_dir / name, exercise_id, mirror=mirror) for name, mirror in files[1:]]
        shutil.copyfile(sides[0], plain)
        written += [plain, *sides]
    return written


def sheet_times(exercise_id: str) -> tuple[float, float, float]:
    """Start, half-way into the movement, and the end position of the first movement."""
    keys = demo(exercise_id).keys
    end = keys[1][0]
    return 0.0, end / 2, end


def contact_sheet(out_png: Path, *, only: Sequence[str] | None = None, cell: tuple[int, int] = (320, 180),
                  columns: int = 2) -> Path:
    """Draw the start, middle and end frames of every exercise into one labelled PNG."""
    ids = list(only) if only is not None else list(EXERCISE_IDS)
    _ensure_gui()
    cw, ch = cell
    label = 24
    block_w, block_h = cw * 3 + 12, ch + label + 8
    rows = (len(ids) + columns - 1) // columns
    image = QImage(block_w * columns, block_h * rows, QImage.Format.Format_RGB888)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        font = QFont("DejaVu Sans")
        font.setPixelSize(15)
        font.setBold(True)
        for n, exercise_id in enumerate(ids):
            x0, y0 = (n % columns) * block_w, (n // columns) * block_h
            d = demo(exercise_id)
            for c, t in enumerate(sheet_times(exercise_id)):
                rect = QRectF(x0 + c * cw, y0 + label, cw - 4, ch)
                draw_frame(painter, rect, pose_at(exercise_id, t), exercise_id, t / d.seconds)
            painter.setFont(font)
            painter.setPen(QColor("#1d3b52"))
            painter.drawText(QRectF(x0 + 4, y0, block_w, label), Qt.AlignmentFlag.AlignVCenter,
                             f"{exercise_id}   ({d.seconds:.1f} s)")
    finally:
        painter.end()
    out_png.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out_png))
    return out_png
