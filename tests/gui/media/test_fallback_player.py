"""The drawn fallback: animates a frame source, or shows a calm title card; never fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from sciatica_desktop.media.fallback_player import FallbackPlayer

SHOTS = os.environ.get("SCIATICA_SHOTS")  # set to a folder to keep the grabs for a human to look at


class Clock:
    def __init__(self) -> None:
        self.t = 50.0

    def __call__(self) -> float:
        return self.t


def moving_dot(t: float) -> QImage:
    """A dot crossing a 160x90 picture once per loop."""
    image = QImage(160, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setBrush(QColor("#1f6feb"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(15 + 130 * (t / 2.0), 45), 12, 12)
    painter.end()
    return image


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def player(qtbot, clock: Clock) -> FallbackPlayer:
    player = FallbackPlayer(now=clock)
    qtbot.addWidget(player.widget())
    player.widget().resize(320, 180)
    yield player
    player.close()


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        a.pixel(x, y) != b.pixel(x, y) for x in range(0, a.width(), 2) for y in range(0, a.height(), 2)
    )


def test_frames_differ_over_time(player: FallbackPlayer) -> None:
    player.set_frame_source(moving_dot, loop_seconds=2.0)
    player.seek(0.2)
    first = player.widget().grab().toImage()
    player.seek(1.2)
    second = player.widget().grab().toImage()
    if SHOTS:
        first.save(str(Path(SHOTS) / "fallback-frame-a.png"))
        second.save(str(Path(SHOTS) / "fallback-frame-b.png"))
    assert differing_pixels(first, second) > 100


def test_time_follows_the_clock_and_loops(player: FallbackPlayer, clock: Clock) -> None:
    player.set_frame_source(moving_dot, loop_seconds=2.0)
    player.play()
    assert player.position() == pytest.approx(0.0)
    clock.t += 0.5
    assert player.position() == pytest.approx(0.5)
    clock.t += 2.0
    assert player.position() == pytest.approx(0.5)  # looped
    player.pause()
    clock.t += 5.0
    assert player.position() == pytest.approx(0.5)


def test_the_frame_timer_runs_only_while_animating(player: FallbackPlayer) -> None:
    timer = player._timer
    player.play()
    assert not timer.isActive()  # title card: nothing to animate
    player.set_frame_source(moving_dot, loop_seconds=2.0)
    assert timer.isActive()
    assert 30 <= timer.interval() <= 50  # about 24 fps
    player.pause()
    assert not timer.isActive()


def test_title_card_shows_the_caption(player: FallbackPlayer) -> None:
    player.set_caption("")
    blank = player.widget().grab().toImage()
    player.set_caption("Figure-four stretch")
    card = player.widget().grab().toImage()
    if SHOTS:
        card.save(str(Path(SHOTS) / "fallback-title-card.png"))
    assert differing_pixels(blank, card) > 50


def test_broken_frame_source_falls_back_to_the_title_card(player: FallbackPlayer) -> None:
    def broken(_t: float) -> QImage:
        raise RuntimeError("pose data missing")

    player.set_caption("Bridge")
    player.set_frame_source(broken, loop_seconds=2.0)
    player.play()
    image = player.widget().grab().toImage()  # must not raise
    assert not image.isNull()
    assert player.current_image() is None


def test_play_once_ends_and_emits(qtbot, player: FallbackPlayer, clock: Clock) -> None:
    player.set_frame_source(moving_dot, loop_seconds=2.0)
    player.set_loop(False)
    player.play()
    clock.t += 2.5
    with qtbot.waitSignal(player.sig_ended, timeout=1000):
        pass  # the next frame tick notices the end
    assert player.position() == pytest.approx(2.0)
    assert not player.is_playing()


def test_still_picture_is_shown(player: FallbackPlayer, tmp_path: Path) -> None:
    still = tmp_path / "pose.png"
    moving_dot(1.0).save(str(still))
    player.load(still)
    assert player.current_image() is not None
    player.load(tmp_path / "missing.mp4")  # never an error, just no still
    assert player.current_image() is None


def test_never_emits_an_error(qtbot, player: FallbackPlayer, tmp_path: Path) -> None:
    with qtbot.assertNotEmitted(player.sig_error):
        player.load(tmp_path / "nothing.mp4")
        player.play()
        player.stop()
