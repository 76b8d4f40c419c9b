"""The generated clips are real, deterministic, and move."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import av
import numpy as np

from tests.media_fixtures import make_test_clip, render_test_frame


def test_clip_is_h264_with_expected_shape(test_clip: Path) -> None:
    with av.open(str(test_clip)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264"
        assert (stream.codec_context.width, stream.codec_context.height) == (320, 180)
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(stream)]
    assert len(frames) == 48
    assert all(np.abs(a.astype(int) - b.astype(int)).mean() > 1 for a, b in pairwise(frames))


def test_same_arguments_give_same_bytes(tmp_path: Path) -> None:
    first = make_test_clip(tmp_path / "a.mp4", seconds=0.5)
    second = make_test_clip(tmp_path / "b.mp4", seconds=0.5)
    assert first.read_bytes() == second.read_bytes()


def test_frames_differ_from_each_other() -> None:
    a = render_test_frame(0, width=64, height=36, frame_count=10)
    b = render_test_frame(1, width=64, height=36, frame_count=10)
    assert a.shape == (36, 64, 3)
    assert (a != b).any()
