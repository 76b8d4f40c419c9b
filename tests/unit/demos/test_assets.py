"""The bundled clips in assets/videos: all there, decodable, the right size and rate, moving, small enough."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from sciatica_desktop.demos import poses
from sciatica_desktop.demos.encode import FPS, SIZE
from sciatica_desktop.demos.render import clip_files

av = pytest.importorskip("av")
np = pytest.importorskip("numpy")

VIDEOS = Path(__file__).resolve().parents[3] / "assets" / "videos"
FILES = sorted(VIDEOS.glob("*.mp4"))
pytestmark = pytest.mark.skipif(not FILES, reason="assets/videos not rendered (render-demos)")


def test_every_exercise_has_its_clips() -> None:
    names = {p.name for p in FILES}
    for exercise_id in poses.EXERCISE_IDS:
        assert set(clip_files(exercise_id)) <= names, exercise_id


def test_total_size_stays_under_25_mb() -> None:
    assert sum(p.stat().st_size for p in FILES) <= 25 * 1024 * 1024


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_clip_decodes_moves_and_lasts_one_repetition(path: Path) -> None:
    exercise_id = path.stem.removesuffix("_left").removesuffix("_right")
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert stream.average_rate == FPS
        frames = [f.to_ndarray(format="gray") for f in container.decode(stream)]
    assert frames[0].shape == (SIZE[1], SIZE[0])
    assert len(frames) / FPS >= poses.clip_seconds(exercise_id) - 1.0 / FPS
    step = max(1, len(frames) // 8)
    sampled = frames[::step]
    assert all(not np.array_equal(a, b) for a, b in itertools.pairwise(sampled)), path.name
