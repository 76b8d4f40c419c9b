"""Drawing: frames differ over time, the frame source loops, mirroring flips the picture."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from sciatica_desktop.demos import draw, poses
from sciatica_desktop.demos.render import contact_sheet


def _same(a: QImage, b: QImage) -> bool:
    return a.constBits().tobytes() == b.constBits().tobytes()


@pytest.mark.parametrize("exercise_id", poses.EXERCISE_IDS)
def test_frames_at_different_times_differ(exercise_id: str) -> None:
    source = draw.frame_source(exercise_id, QSize(160, 90))
    d = poses.demo(exercise_id)
    start, end = source(0.0), source(d.keys[1][0])
    assert start.size() == QSize(160, 90)
    assert not _same(start, end)


def test_frame_source_loops() -> None:
    source = draw.frame_source("glute_bridge", QSize(128, 72))
    seconds = draw.clip_seconds("glute_bridge")
    assert _same(source(1.0), source(1.0 + seconds))


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].astype(int)


def test_mirror_is_a_flip() -> None:
    plain = draw.render_image("glute_bridge", 0.7, QSize(128, 72))
    mirrored = draw.render_image("glute_bridge", 0.7, QSize(128, 72), mirror=True)
    assert not _same(plain, mirrored)
    flipped = mirrored.flipped(Qt.Orientation.Horizontal)
    # equal up to antialiasing at shape edges
    assert np.abs(_pixels(plain) - _pixels(flipped)).mean() < 1.0


def test_unknown_exercise_fails_at_once() -> None:
    with pytest.raises(KeyError):
        draw.frame_source("nope", QSize(64, 36))


def test_contact_sheet_is_written(tmp_path) -> None:
    out = contact_sheet(tmp_path / "sheet.png", only=["glute_bridge", "walking"], cell=(160, 90))
    image = QImage(str(out))
    assert image.width() > 3 * 160 and image.height() >= 90
