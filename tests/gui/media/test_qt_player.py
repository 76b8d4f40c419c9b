"""QtMultimedia really decodes the generated H.264 clip offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from sciatica_desktop.media.qt_player import QtPlayer

DECODE_TIMEOUT_MS = 10_000  # an upper bound for real decoding, never a delay


@pytest.fixture
def player(qtbot) -> QtPlayer:
    player = QtPlayer()
    qtbot.addWidget(player.widget())
    player.widget().resize(320, 180)
    yield player
    player.close()


def test_position_advances_and_frames_arrive(qtbot, player: QtPlayer, test_clip: Path) -> None:
    player.load(test_clip)
    with qtbot.waitSignal(player.sig_started, timeout=DECODE_TIMEOUT_MS):
        player.play()
    qtbot.waitUntil(lambda: player.position() > 0.3, timeout=DECODE_TIMEOUT_MS)
    image = player.current_image()
    assert (image.width(), image.height()) == (320, 180)
    grabbed = player.widget().grab().toImage()  # the sink-driven surface paints the real frame
    corner = grabbed.pixelColor(5, 5)
    assert corner.value() > 40  # the clip's coloured background, not the black letterbox
    assert corner.rgb() != grabbed.pixelColor(5, 90).rgb()  # and its vertical gradient


def test_loops_by_default(qtbot, player: QtPlayer, short_clip: Path) -> None:
    player.load(short_clip)
    player.play()
    qtbot.waitUntil(lambda: player.position() > 0.3, timeout=DECODE_TIMEOUT_MS)
    with qtbot.assertNotEmitted(player.sig_ended):
        qtbot.waitUntil(lambda: player.position() < 0.2, timeout=DECODE_TIMEOUT_MS)  # wrapped round


def test_play_once_emits_ended(qtbot, player: QtPlayer, short_clip: Path) -> None:
    player.set_loop(False)
    player.load(short_clip)
    with qtbot.waitSignal(player.sig_ended, timeout=DECODE_TIMEOUT_MS):
        player.play()


def test_corrupt_file_emits_error(qtbot, player: QtPlayer, corrupt_clip: Path) -> None:
    with qtbot.waitSignal(player.sig_error, timeout=DECODE_TIMEOUT_MS) as blocker:
        player.load(corrupt_clip)
        player.play()
    assert "corrupt.mp4" in blocker.args[0]


def test_missing_file_emits_error_after_load_returns(qtbot, player: QtPlayer, tmp_path: Path) -> None:
    errors: list[str] = []
    player.sig_error.connect(errors.append)
    player.load(tmp_path / "gone.mp4")
    assert errors == []  # never from inside load()
    qtbot.waitUntil(lambda: errors != [], timeout=1000)
    assert "gone.mp4" in errors[0]


@pytest.mark.parametrize("name", ["glute_bridge.mp4", "figure_four_supine_left.mp4", "walking.mp4"])
def test_qt_plays_the_bundled_demonstration_clips(qtbot, player: QtPlayer, name: str) -> None:
    """The bundled clips play in QtMultimedia as well as VLC (the e2e test covers VLC)."""
    from sciatica_desktop.app import ASSETS_VIDEOS

    clip = ASSETS_VIDEOS / name
    assert clip.is_file(), f"{clip} is missing: run sciatica-desktop render-demos"
    player.load(clip)
    with qtbot.waitSignal(player.sig_started, timeout=DECODE_TIMEOUT_MS):
        player.play()
    qtbot.waitUntil(lambda: player.position() > 0.3, timeout=DECODE_TIMEOUT_MS)
    first = player.current_image()
    assert (first.width(), first.height()) == (854, 480)
    start = player.position()
    qtbot.waitUntil(lambda: player.position() > start + 0.5, timeout=DECODE_TIMEOUT_MS)
    assert player.current_image() != first  # the picture moves
