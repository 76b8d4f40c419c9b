"""Real VLC plays a real clip inside a VideoView on an X server, and the picture moves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.media_fixtures import make_corrupt_clip, make_test_clip

SCRIPT = Path(__file__).with_name("vlc_play_script.py")
RUN_TIMEOUT_S = 120  # an upper bound for the whole subprocess, never a delay


@pytest.fixture(scope="module")
def vlc_run(tmp_path_factory: pytest.TempPathFactory, xvfb_display: str, libvlc_available: str) -> dict:
    work = tmp_path_factory.mktemp("vlc-e2e")
    width, height = 480, 270
    clip = make_test_clip(work / "moving.mp4", width=width, height=height, seconds=4.0)
    corrupt = make_corrupt_clip(work / "corrupt.mp4")
    out = Path(os.environ.get("SCIATICA_SHOTS") or work / "shots")
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    root = str(Path(__file__).resolve().parents[2])
    env.update(
        DISPLAY=xvfb_display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=os.pathsep.join([root, env.get("PYTHONPATH", "")]),
    )
    command = [sys.executable, str(SCRIPT), "--clip", str(clip), "--corrupt", str(corrupt), "--out", str(out)]
    completed = subprocess.run(
        [*command, "--width", str(width), "--height", str(height)],
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    assert completed.returncode == 0 and lines, (
        f"script failed:\n{completed.stdout}\n{completed.stderr[-3000:]}"
    )
    result = json.loads(lines[-1])
    if result["status"] == "skip":
        print(f"\n[e2e skipped] {result['reason']}", file=sys.stderr)
        pytest.skip(result["reason"])
    result["out"] = str(out)
    return result


@pytest.mark.e2e
def test_vlc_is_the_backend_and_plays(vlc_run: dict) -> None:
    assert vlc_run["platform"] == "xcb"
    assert vlc_run["exposed"]
    assert vlc_run["backend"] == "vlc"
    assert vlc_run["notice"] == ""
    assert vlc_run["started"], vlc_run
    assert vlc_run["advanced"], vlc_run


@pytest.mark.e2e
def test_vlc_pixels_move_and_are_not_black(vlc_run: dict) -> None:
    assert vlc_run["nonblack_fraction"] > 0.95, vlc_run  # the clip has no black area: VLC really drew
    assert vlc_run["diff_fraction"] > 0.02, vlc_run  # the box moved between the two grabs


@pytest.mark.e2e
def test_letterbox_is_painted_black(vlc_run: dict) -> None:
    # VLC draws only the picture rectangle; the bars are the surface's own paint, never stale pixels.
    assert vlc_run["letterbox_black_fraction"] > 0.95, vlc_run
    assert (Path(vlc_run["out"]) / "vlc-grab-1.png").is_file()


@pytest.mark.e2e
def test_vlc_position_is_smooth_and_monotonic(vlc_run: dict) -> None:
    positions = vlc_run["positions"]
    assert vlc_run["monotonic"], positions
    assert len(set(positions)) > 5, positions  # interpolated, not stuck on 200-500 ms steps


@pytest.mark.e2e
def test_corrupt_file_under_real_vlc_falls_back_with_notice(vlc_run: dict) -> None:
    assert vlc_run["corrupt_fell_back"], vlc_run
    assert vlc_run["corrupt_backend"] == "fallback"
    assert "corrupt.mp4" in vlc_run["corrupt_notice"]
