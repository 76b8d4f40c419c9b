"""Fixtures for the media tests: real generated clips, made once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.media_fixtures import make_corrupt_clip, make_test_clip


@pytest.fixture(scope="session")
def clip_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("clips")


@pytest.fixture(scope="session")
def test_clip(clip_dir: Path) -> Path:
    """A 2 s, 24 fps, 320x180 H.264 clip with moving shapes."""
    return make_test_clip(clip_dir / "moving.mp4")


@pytest.fixture(scope="session")
def short_clip(clip_dir: Path) -> Path:
    """A 0.5 s clip, so loop and end-of-clip tests finish quickly."""
    return make_test_clip(clip_dir / "short.mp4", seconds=0.5)


@pytest.fixture(scope="session")
def corrupt_clip(clip_dir: Path) -> Path:
    return make_corrupt_clip(clip_dir / "corrupt.mp4")
