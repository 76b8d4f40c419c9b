"""Encoding: byte-identical output for identical input, and a file that decodes as promised."""

from __future__ import annotations

from pathlib import Path

import pytest

av = pytest.importorskip("av")

from sciatica_desktop.demos.render import frame_times, render_clip  # noqa: E402


def test_rendering_twice_gives_identical_bytes(tmp_path: Path) -> None:
    a = render_clip(tmp_path / "a.mp4", "nerve_tensioner", size=(160, 90), fps=8)
    b = render_clip(tmp_path / "b.mp4", "nerve_tensioner", size=(160, 90), fps=8)
    assert a.read_bytes() == b.read_bytes()
    other = render_clip(tmp_path / "c.mp4", "nerve_tensioner", size=(160, 90), fps=8, mirror=True)
    assert other.read_bytes() != a.read_bytes()  # the comparison can fail


def test_clip_decodes_with_the_promised_format(tmp_path: Path) -> None:
    path = render_clip(tmp_path / "x.mp4", "glute_bridge", size=(160, 90), fps=8)
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264"
        frames = list(container.decode(stream))
    assert len(frames) == len(frame_times("glute_bridge", 8))
    assert frames[0].key_frame
    assert (frames[0].width, frames[0].height) == (160, 90)
    assert frames[0].format.name == "yuv420p"
    # +faststart: the index (moov) comes before the media data (mdat)
    head = path.read_bytes()[:4096]
    assert head.find(b"moov") != -1 and (head.find(b"mdat") == -1 or head.find(b"moov") < head.find(b"mdat"))
