"""Real VLC plays a bundled demonstration clip inside the workout page, and the picture moves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sciatica_desktop.app import ASSETS_VIDEOS

SCRIPT = Path(__file__).with_name("workout_vlc_script.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.e2e
def test_vlc_plays_a_bundled_clip_in_the_workout_page(
    tmp_path: Path, xvfb_display: str, libvlc_available: str
) -> None:
    out = Path(os.environ.get("SCIATICA_SHOTS") or tmp_path / "shots")
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    completed = subprocess.run(
        [sys.executable, str(SCRIPT), "--data-dir", str(tmp_path / "data"), "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    assert completed.returncode == 0 and lines, completed.stdout + completed.stderr[-3000:]
    result = json.loads(lines[-1])
    assert Path(result["clip"]).parent == ASSETS_VIDEOS, result  # a bundled clip, not a stand-in
    assert result["page"] == "workout"
    assert result["backend"] == "vlc" and result["notice"] == "", result
    assert result["playing"], result
    assert result["nonblack_fraction"] > 0.5, result  # VLC drew a picture, not a black surface
    assert result["changed_fraction"] > 0.01, result  # two grabs a second apart differ: it moves
