"""VLC's coarse get_time() steps become a smooth, monotonic position."""

from __future__ import annotations

import pytest

from sciatica_desktop.media.player import PositionInterpolator


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_extrapolates_between_coarse_reports() -> None:
    clock = Clock()
    interp = PositionInterpolator(clock)
    assert interp.update(0.0, playing=True) == 0.0
    clock.t += 0.1
    assert interp.update(0.0, playing=True) == pytest.approx(0.1)
    clock.t += 0.15
    assert interp.update(0.0, playing=True) == pytest.approx(0.25)
    clock.t += 0.05
    assert interp.update(0.3, playing=True) == pytest.approx(0.3)


def test_never_moves_backwards_when_a_late_report_arrives() -> None:
    clock = Clock()
    interp = PositionInterpolator(clock)
    interp.update(1.0, playing=True)
    clock.t += 0.4
    assert interp.update(1.0, playing=True) == pytest.approx(1.4)
    assert interp.update(1.3, playing=True) == pytest.approx(1.4)  # report lags the extrapolation
    clock.t += 0.2
    assert interp.update(1.3, playing=True) == pytest.approx(1.5)


def test_extrapolation_is_capped_when_the_decoder_stalls() -> None:
    clock = Clock()
    interp = PositionInterpolator(clock, max_extrapolation=0.5)
    interp.update(2.0, playing=True)
    clock.t += 10
    assert interp.update(2.0, playing=True) == pytest.approx(2.5)


def test_loop_restart_goes_back_to_the_start() -> None:
    clock = Clock()
    interp = PositionInterpolator(clock)
    interp.update(1.9, playing=True)
    clock.t += 0.1
    assert interp.update(0.05, playing=True) == pytest.approx(0.05)


def test_paused_position_does_not_advance() -> None:
    clock = Clock()
    interp = PositionInterpolator(clock)
    interp.update(0.5, playing=False)
    clock.t += 3
    assert interp.update(0.5, playing=False) == pytest.approx(0.5)


def test_no_report_keeps_the_last_position() -> None:
    clock = Clock()
    interp = PositionInterpolator(clock)
    interp.update(0.7, playing=False)
    assert interp.update(None, playing=True) == pytest.approx(0.7)
    assert interp.update(-1, playing=True) == pytest.approx(0.7)
