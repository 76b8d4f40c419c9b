"""VideoView never lets a bad clip stop the workout: it falls back and says so in one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from sciatica_desktop.media.fake_player import FakePlayer
from sciatica_desktop.media.qt_player import QtPlayer
from sciatica_desktop.media.video_view import VideoView

SHOTS = os.environ.get("SCIATICA_SHOTS")


def figure(t: float) -> QImage:
    image = QImage(64, 36, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsvF((t / 2.0) % 1.0, 0.5, 0.9))
    return image


@pytest.fixture
def fake() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def view(qtbot, fake: FakePlayer) -> VideoView:
    view = VideoView(lambda: fake)
    qtbot.addWidget(view)
    view.resize(480, 320)
    yield view
    view.release()


def test_playable_clip_uses_the_backend_without_notice(
    view: VideoView, fake: FakePlayer, test_clip: Path
) -> None:
    view.show_clip(test_clip, caption="Bridge")
    assert view.active_backend_name() == "fake"
    assert fake.calls[-2:] == [f"load {test_clip.name}", "play"]
    assert view.notice() == ""


def test_missing_file_falls_back_with_a_one_line_notice(
    qtbot, view: VideoView, fake: FakePlayer, tmp_path: Path
) -> None:
    with qtbot.waitSignal(view.sig_notice, timeout=1000) as blocker:
        view.show_clip(tmp_path / "bridge.mp4", caption="Bridge", frame_source=figure, loop_seconds=2.0)
    assert view.active_backend_name() == "fallback"
    assert "file missing: bridge.mp4" in view.notice()
    assert "drawn demonstration" in view.notice()
    assert blocker.args == [view.notice()]
    assert "\n" not in view.notice()
    assert not any(call.startswith("load") for call in fake.calls)


def test_empty_file_falls_back(view: VideoView, tmp_path: Path) -> None:
    empty = tmp_path / "empty.mp4"
    empty.touch()
    view.show_clip(empty, caption="Bridge")
    assert view.active_backend_name() == "fallback"
    assert "file empty" in view.notice()
    assert "exercise name" in view.notice()  # no drawn figure was given


def test_backend_error_switches_to_the_fallback(
    qtbot, view: VideoView, fake: FakePlayer, test_clip: Path
) -> None:
    view.show_clip(test_clip, caption="Bridge", frame_source=figure)
    with qtbot.waitSignal(view.sig_notice, timeout=1000):
        fake.fail("libvlc crashed")
    assert view.active_backend_name() == "fallback"
    assert "libvlc crashed" in view.notice()
    assert view.active_player().is_playing()  # the workout goes on
    assert not fake.playing


def test_next_good_clip_goes_back_to_the_backend(view: VideoView, fake: FakePlayer, test_clip: Path) -> None:
    view.show_clip(test_clip, caption="Bridge")
    fake.fail()
    view.show_clip(test_clip, caption="Bridge")
    assert view.active_backend_name() == "fake"
    assert view.notice() == ""


def test_factory_failure_falls_back_with_notice(qtbot, test_clip: Path) -> None:
    def broken() -> FakePlayer:
        raise RuntimeError("libvlc refused to start")

    view = VideoView(broken)
    qtbot.addWidget(view)
    view.show_clip(test_clip, caption="Bridge")
    assert view.active_backend_name() == "fallback"
    assert "libvlc refused to start" in view.notice()


def test_no_path_shows_the_drawn_figure_quietly(view: VideoView, fake: FakePlayer) -> None:
    view.show_clip(None, caption="Nerve glide", frame_source=figure)
    assert view.active_backend_name() == "fallback"
    assert view.notice() == ""
    assert fake.calls == []  # the backend is not even created


def test_play_and_pause_pass_through(view: VideoView, fake: FakePlayer, test_clip: Path) -> None:
    view.show_clip(test_clip, caption="Bridge", autoplay=False)
    assert not fake.playing
    view.play()
    assert fake.playing
    view.pause()
    assert not fake.playing


def test_release_closes_the_backend(view: VideoView, fake: FakePlayer, test_clip: Path) -> None:
    view.show_clip(test_clip, caption="Bridge")
    view.release()
    assert fake.closed


def test_corrupt_file_with_the_real_qt_backend_falls_back(qtbot, corrupt_clip: Path) -> None:
    view = VideoView(QtPlayer)
    qtbot.addWidget(view)
    view.resize(480, 320)
    view.show()
    with qtbot.waitSignal(view.sig_notice, timeout=10_000):
        view.show_clip(corrupt_clip, caption="Figure-four stretch", frame_source=figure)
    assert view.active_backend_name() == "fallback"
    assert "corrupt.mp4" in view.notice()
    assert view._label.isVisible()
    if SHOTS:
        view.grab().save(str(Path(SHOTS) / "video-view-corrupt.png"))
    view.release()


def test_missing_file_with_the_real_qt_backend_falls_back(qtbot, tmp_path: Path) -> None:
    view = VideoView(QtPlayer)
    qtbot.addWidget(view)
    view.show_clip(tmp_path / "gone.mp4", caption="Bridge")
    assert view.active_backend_name() == "fallback"
    assert "gone.mp4" in view.notice()
    view.release()
