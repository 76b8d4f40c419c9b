"""A whole two-exercise workout driven from the keyboard alone, on a fake clock, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.exercise import (
    Category,
    Dose,
    Exercise,
    ExerciseId,
    Side,
    Sidedness,
    WorkoutItem,
)
from sciatica_desktop.domain.records import ProfileId, SessionStatus
from sciatica_desktop.domain.workout import RunnerSettings
from sciatica_desktop.domain.workout_events import Phase
from sciatica_desktop.services.memory_store import MemoryStore
from sciatica_desktop.services.workout_service import WorkoutService
from sciatica_desktop.ui.workout.workout_page import Clip, WorkoutPage
from tests.gui.fakes import FakeCues, FakeVideo

STRETCH = Exercise(
    ExerciseId("figure_four_supine"),
    "Figure-four stretch",
    Category.STRETCH,
    Sidedness.EACH_SIDE,
    Dose(sets=1, reps=1, hold_s=20, rest_s=10),
)
BRIDGE = Exercise(
    ExerciseId("glute_bridge"), "Bridge", Category.STRENGTH, Sidedness.BOTH, Dose(sets=2, reps=3, rest_s=15)
)


@pytest.fixture
def setup(qtbot):  # type: ignore[no-untyped-def]
    clock = FakeClock()
    store = MemoryStore()
    service = WorkoutService(
        store=store, exercises={}, clock=clock, settings=lambda: RunnerSettings(get_ready_s=5)
    )
    video, cues = FakeVideo(), FakeCues()
    confirmations: list[bool] = []

    def confirm(_parent) -> bool:  # type: ignore[no-untyped-def]
        return confirmations.pop(0)

    page = WorkoutPage(
        video=video,
        clip_for=lambda e, s: Clip(Path(f"/clips/{e.id}_{s.value}.mp4")),
        cues=cues,
        confirm_end=confirm,
    )
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    active = service.start(
        profile_id=ProfileId(1),
        routine_name="Test",
        items=[WorkoutItem(STRETCH, STRETCH.dose), WorkoutItem(BRIDGE, BRIDGE.dose)],
    )
    page.bind(active)
    page.setFocus()
    yield clock, store, page, video, cues, confirmations, active
    page.unbind()


def advance(clock: FakeClock, page: WorkoutPage, seconds: float) -> None:
    """Move the fake clock in small steps, letting the page's controller catch up each time."""
    steps = int(seconds / 0.5)
    for _ in range(steps):
        clock.advance(0.5)
        assert page.controller is not None
        page.controller.tick()


def key(qtbot, page: WorkoutPage, k: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page, k)


def test_whole_workout_by_keyboard(setup, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock, store, page, video, cues, _confirm, active = setup
    assert page.caption_label.text() == "Press Start when you are ready."
    key(qtbot, page, Qt.Key.Key_Space)  # start
    assert active.runner.phase is Phase.GET_READY
    assert "Figure-four" in page.caption_label.text()
    assert video.clips[-1][0] == Path("/clips/figure_four_supine_left.mp4")
    key(qtbot, page, Qt.Key.Key_Right)  # skip the get-ready countdown
    assert active.runner.phase is Phase.HOLD
    assert page.ring.text() == "20"
    assert page.set_label.text() == "Set 1 of 1 · Left side"
    advance(clock, page, 20)
    assert active.runner.phase is Phase.SWITCH_SIDE
    assert page.caption_label.text() == "Switch sides: now the right side."
    assert "Switch sides: now the right side." in cues.spoken
    assert video.clips[-1][0] == Path("/clips/figure_four_supine_right.mp4")
    advance(clock, page, 5)
    advance(clock, page, 20)
    # on to the bridge: get ready, then reps counted with Enter
    assert active.runner.phase is Phase.GET_READY and page.title.text() == "Bridge"
    assert page.position_label.text() == "Exercise 2 of 2"
    key(qtbot, page, Qt.Key.Key_Right)
    for expected in ("1 / 3", "2 / 3"):
        key(qtbot, page, Qt.Key.Key_Return)
        assert page.counter.text() == expected
    key(qtbot, page, Qt.Key.Key_Enter)
    assert active.runner.phase is Phase.REST
    assert page.caption_label.text() == "Rest. Next: Bridge, set 2 of 2."
    key(qtbot, page, Qt.Key.Key_Plus)  # +15 s
    assert page.ring.text() == "30"
    key(qtbot, page, Qt.Key.Key_Right)  # skip rest
    for _ in range(3):
        key(qtbot, page, Qt.Key.Key_Return)
    assert active.runner.phase is Phase.FINISHED
    assert page.back_button.isVisible() and not page.end_button.isVisible()
    session = store.sessions[active.session.id]
    assert session.status is SessionStatus.COMPLETED
    assert [(s.result.exercise_id, s.result.side) for s in session.sets] == [
        ("figure_four_supine", Side.LEFT),
        ("figure_four_supine", Side.RIGHT),
        ("glute_bridge", Side.NONE),
        ("glute_bridge", Side.NONE),
    ]
    assert cues.beeps.count("start") == 4 and cues.beeps.count("end") == 4
    assert cues.beeps.count("tick") >= 3  # the last three seconds of each hold


def test_click_on_counter_counts_a_rep(setup, qtbot) -> None:  # type: ignore[no-untyped-def]
    _clock, _store, page, _video, _cues, _confirm, active = setup
    active.runner.start()
    active.runner.next_exercise()
    active.runner.skip()
    qtbot.mouseClick(page.counter, Qt.MouseButton.LeftButton)
    assert page.counter.text() == "1 / 3"


def test_pause_and_resume_by_space(setup, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock, _store, page, video, _cues, _confirm, _active = setup
    key(qtbot, page, Qt.Key.Key_Space)
    key(qtbot, page, Qt.Key.Key_Right)
    advance(clock, page, 5)
    key(qtbot, page, Qt.Key.Key_Space)
    assert page.start_button.text() == "Resume" and not video.playing
    assert page.caption_label.text().startswith("Paused")
    advance(clock, page, 60)
    assert page.ring.text() == "15"
    key(qtbot, page, Qt.Key.Key_Space)
    assert page.start_button.text() == "Pause" and video.playing


def test_escape_asks_before_ending(setup, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock, store, page, _video, _cues, confirmations, active = setup
    key(qtbot, page, Qt.Key.Key_Space)
    key(qtbot, page, Qt.Key.Key_Right)
    advance(clock, page, 20)  # the left side is done and saved
    confirmations.append(False)
    key(qtbot, page, Qt.Key.Key_Escape)
    assert active.runner.phase is not Phase.FINISHED and not active.runner.snapshot().paused
    confirmations.append(True)
    key(qtbot, page, Qt.Key.Key_Escape)
    assert active.runner.phase is Phase.FINISHED
    session = store.sessions[active.session.id]
    assert session.status is SessionStatus.ENDED_EARLY and len(session.sets) == 1


def test_buttons_are_touch_sized_and_named(setup) -> None:  # type: ignore[no-untyped-def]
    _clock, _store, page, *_ = setup
    for button in (
        page.prev_button,
        page.start_button,
        page.rep_button,
        page.skip_button,
        page.more_button,
        page.next_button,
        page.end_button,
    ):
        assert button.height() >= 44 and button.width() >= 44
        assert button.accessibleName()


def test_counter_is_readable_from_two_metres(setup) -> None:  # type: ignore[no-untyped-def]
    """At 1280×800 on a laptop (~96 dpi) the counter's digits are ~25 mm tall: readable at 2 m+."""
    _clock, _store, page, *_ = setup
    assert page.counter.font().pixelSize() >= 96
    assert page.caption_label.font().pixelSize() >= 24


def test_count_for_me_paces_reps_by_the_tempo(setup, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock, _store, page, _video, _cues, _confirm, active = setup
    active.runner.start()
    active.runner.next_exercise()  # the bridge: reps, tempo 3 s
    active.runner.skip()
    assert not page.pace_button.isChecked() and page.pace_button.isVisible()
    qtbot.mouseClick(page.pace_button, Qt.MouseButton.LeftButton)
    assert page.pace_button.isChecked()
    advance(clock, page, 3)
    assert page.counter.text() == "1 / 3"
    advance(clock, page, 6)
    assert active.runner.phase is Phase.REST  # the set finished by itself


def test_count_for_me_is_off_for_holds(setup) -> None:  # type: ignore[no-untyped-def]
    _clock, _store, page, *_ = setup
    assert page.pace_button.isHidden()  # the first exercise is a timed hold: nothing to count


def test_the_caption_follows_the_counting_mode(setup, qtbot) -> None:  # type: ignore[no-untyped-def]
    _clock, _store, page, _video, _cues, _confirm, active = setup
    active.runner.start()
    active.runner.next_exercise()
    active.runner.skip()
    assert "press Enter" in page.caption_label.text()
    qtbot.mouseClick(page.pace_button, Qt.MouseButton.LeftButton)
    assert page.caption_label.text() == "Move with the count: one repetition every 3 seconds."


def test_stopping_for_worse_symptoms_ends_at_once_and_keeps_sets(setup, qtbot) -> None:  # type: ignore[no-untyped-def]
    clock, store, page, _video, _cues, confirmations, active = setup
    key(qtbot, page, Qt.Key.Key_Space)
    key(qtbot, page, Qt.Key.Key_Right)
    advance(clock, page, 20)  # the left side is saved
    with qtbot.waitSignal(page.sig_symptoms_worse, timeout=1000):
        qtbot.mouseClick(page.worse_button, Qt.MouseButton.LeftButton)
    assert confirmations == []  # nothing was asked: stopping is the safe choice
    session = store.sessions[active.session.id]
    assert session.status is SessionStatus.ENDED_EARLY and len(session.sets) == 1


def test_the_exercise_stop_rules_are_on_screen(setup) -> None:  # type: ignore[no-untyped-def]
    from sciatica_desktop.ui.workout.workout_page import stop_line

    _clock, _store, page, *_ = setup
    assert page.stop_label.text() == stop_line(STRETCH)
    own = Exercise(
        ExerciseId("x"), "X", Category.STRETCH, Sidedness.BOTH, Dose(), stop_if=("Burning down the leg.",)
    )
    assert stop_line(own) == "Stop or ease off if: burning down the leg"
