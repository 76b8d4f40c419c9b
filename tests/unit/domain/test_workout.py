"""The workout runner, driven through every transition and control on a fake clock."""

from __future__ import annotations

import pytest

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
from sciatica_desktop.domain.workout import Cursor, Pacing, RunnerSettings, WorkoutRunner
from sciatica_desktop.domain.workout_events import (
    CountdownBeep,
    Event,
    Phase,
    PhaseChanged,
    RepCounted,
    SetFinished,
    SetStarted,
    WorkoutFinished,
)


def exercise(ident: str, *, sides: Sidedness = Sidedness.BOTH, **dose: float) -> WorkoutItem:
    ex = Exercise(
        ExerciseId(ident),
        ident.title(),
        Category.STRENGTH,
        sides,
        Dose(**dose),  # type: ignore[arg-type]
    )
    return WorkoutItem(ex, ex.dose)


BRIDGE = exercise("bridge", sets=2, reps=3, rest_s=20, tempo_s=2)
STRETCH = exercise("stretch", sides=Sidedness.EACH_SIDE, sets=2, reps=1, hold_s=30, rest_s=15)
BRACE = exercise("brace", sets=1, reps=3, hold_s=10, rest_s=0)


class Recorder:
    def __init__(self, runner: WorkoutRunner) -> None:
        self.events: list[Event] = []
        runner.subscribe(self.events.append)

    def of(self, kind: type) -> list:  # type: ignore[type-arg]
        return [e for e in self.events if isinstance(e, kind)]

    def phases(self) -> list[Phase]:
        out: list[Phase] = []
        for e in self.of(PhaseChanged):
            if not out or out[-1] is not e.snapshot.phase:
                out.append(e.snapshot.phase)
        return out

    def sets(self) -> list[tuple[str, str, int, int, bool]]:
        return [
            (r.exercise_id, r.side.value, r.set_number, r.reps_done, r.skipped)
            for r in (e.result for e in self.of(SetFinished))
        ]


def make(*items: WorkoutItem, settings: RunnerSettings | None = None, start_at: Cursor | None = None):
    clock = FakeClock()
    runner = WorkoutRunner(
        items, clock=clock, settings=settings or RunnerSettings(get_ready_s=5), start_at=start_at
    )
    return clock, runner, Recorder(runner)


def run_for(clock: FakeClock, runner: WorkoutRunner, seconds: float, step: float = 0.25) -> None:
    elapsed = 0.0
    while elapsed < seconds:
        clock.advance(step)
        runner.tick()
        elapsed += step


def test_idle_until_started() -> None:
    clock, runner, rec = make(BRIDGE)
    clock.advance(100)
    runner.tick()
    assert runner.phase is Phase.IDLE
    assert rec.events == []


def test_manual_reps_sets_and_rest() -> None:
    clock, runner, rec = make(BRIDGE)
    runner.start()
    assert runner.phase is Phase.GET_READY
    runner.count_rep()  # ignored: not working yet
    assert runner.snapshot().reps_done == 0
    run_for(clock, runner, 5)
    assert runner.phase is Phase.WORK
    assert runner.remaining() is None  # counted by hand: no countdown
    for _ in range(3):
        runner.count_rep()
    assert runner.phase is Phase.REST
    snap = runner.snapshot()
    assert snap.set_number == 2 and snap.remaining == pytest.approx(20)
    run_for(clock, runner, 20)
    assert runner.phase is Phase.WORK
    for _ in range(3):
        runner.count_rep()
    assert runner.phase is Phase.FINISHED
    assert rec.sets() == [("bridge", "none", 1, 3, False), ("bridge", "none", 2, 3, False)]
    assert [e.reps_done for e in rec.of(RepCounted)] == [1, 2, 3, 1, 2, 3]
    assert rec.of(WorkoutFinished) == [WorkoutFinished(ended_early=False)]
    assert rec.phases() == [Phase.GET_READY, Phase.WORK, Phase.REST, Phase.WORK, Phase.FINISHED]


def test_paced_reps_follow_the_tempo() -> None:
    clock, runner, rec = make(BRIDGE, settings=RunnerSettings(get_ready_s=0, pacing=Pacing.PACED))
    runner.start()
    assert runner.phase is Phase.WORK
    clock.advance(1.9)
    runner.tick()
    assert runner.snapshot().reps_done == 0
    clock.advance(0.2)
    runner.tick()
    assert runner.snapshot().reps_done == 1
    clock.advance(4.0)
    runner.tick()  # two tempos at once: both reps counted, the set ends
    assert runner.phase is Phase.REST
    assert rec.sets()[0][3] == 3


def test_holds_with_side_switch_and_rest() -> None:
    clock, runner, rec = make(STRETCH)
    runner.start()
    run_for(clock, runner, 5)
    snap = runner.snapshot()
    assert snap.phase is Phase.HOLD and snap.side is Side.LEFT and snap.duration == 30
    run_for(clock, runner, 30)
    snap = runner.snapshot()
    assert snap.phase is Phase.SWITCH_SIDE and snap.next_side is Side.RIGHT
    run_for(clock, runner, 5)
    assert runner.snapshot().side is Side.RIGHT and runner.phase is Phase.HOLD
    run_for(clock, runner, 30)
    snap = runner.snapshot()
    assert snap.phase is Phase.REST and snap.set_number == 2 and snap.next_side is Side.LEFT
    run_for(clock, runner, 15 + 30 + 5 + 30)
    assert runner.phase is Phase.FINISHED
    assert rec.sets() == [
        ("stretch", "left", 1, 1, False),
        ("stretch", "right", 1, 1, False),
        ("stretch", "left", 2, 1, False),
        ("stretch", "right", 2, 1, False),
    ]
    assert all(e.result.seconds_held == 30 for e in rec.of(SetFinished))


def test_repeated_holds_relax_between() -> None:
    clock, runner, rec = make(BRACE, settings=RunnerSettings(get_ready_s=0, relax_s=3))
    runner.start()
    run_for(clock, runner, 10)
    assert runner.phase is Phase.RELAX and runner.snapshot().reps_done == 1
    run_for(clock, runner, 3)
    assert runner.phase is Phase.HOLD
    run_for(clock, runner, 10 + 3 + 10)
    assert runner.phase is Phase.FINISHED
    assert rec.of(SetFinished)[0].result.seconds_held == 30


def test_late_ticks_do_not_drift() -> None:
    """A tick that arrives two minutes late still ends every countdown on its own deadline."""
    clock, runner, rec = make(STRETCH)
    runner.start()
    clock.advance(5 + 30 + 5 + 30 + 15 + 3)  # one very late tick
    runner.tick()
    snap = runner.snapshot()
    assert snap.phase is Phase.HOLD and snap.set_number == 2 and snap.side is Side.LEFT
    assert snap.remaining == pytest.approx(27)
    assert len(rec.of(SetFinished)) == 2


def test_countdown_beeps_last_three_seconds() -> None:
    clock, runner, rec = make(STRETCH, settings=RunnerSettings(get_ready_s=0))
    runner.start()
    run_for(clock, runner, 30, step=0.1)
    assert [b.seconds_left for b in rec.of(CountdownBeep)] == [3, 2, 1]


def test_skip_and_extra_rest() -> None:
    clock, runner, _ = make(BRIDGE, settings=RunnerSettings(get_ready_s=0, extra_rest_s=15))
    runner.start()
    for _ in range(3):
        runner.count_rep()
    assert runner.remaining() == pytest.approx(20)
    runner.add_time()
    assert runner.remaining() == pytest.approx(35)
    assert runner.snapshot().duration == pytest.approx(35)
    clock.advance(34)
    runner.tick()
    assert runner.phase is Phase.REST
    runner.skip()
    assert runner.phase is Phase.WORK and runner.snapshot().set_number == 2


def test_skip_and_extra_time_do_nothing_during_work_or_hold() -> None:
    _clock, runner, _ = make(STRETCH, settings=RunnerSettings(get_ready_s=0))
    runner.start()
    runner.skip()
    runner.add_time()
    assert runner.phase is Phase.HOLD and runner.remaining() == pytest.approx(30)


def test_pause_freezes_the_countdown() -> None:
    clock, runner, _ = make(STRETCH, settings=RunnerSettings(get_ready_s=0))
    runner.start()
    clock.advance(10)
    runner.toggle_pause()
    assert runner.snapshot().paused
    clock.advance(600)
    runner.tick()
    assert runner.phase is Phase.HOLD and runner.remaining() == pytest.approx(20)
    runner.toggle_pause()
    clock.advance(19)
    runner.tick()
    assert runner.phase is Phase.HOLD
    clock.advance(1)
    runner.tick()
    assert runner.phase is Phase.SWITCH_SIDE


def test_count_rep_ignored_while_paused() -> None:
    _clock, runner, _ = make(BRIDGE, settings=RunnerSettings(get_ready_s=0))
    runner.start()
    runner.pause()
    runner.count_rep()
    assert runner.snapshot().reps_done == 0


def test_toggle_pause_starts_an_idle_workout() -> None:
    _, runner, _ = make(BRIDGE)
    runner.toggle_pause()
    assert runner.phase is Phase.GET_READY


def test_next_and_previous_exercise() -> None:
    _clock, runner, rec = make(BRIDGE, STRETCH, settings=RunnerSettings(get_ready_s=0))
    runner.start()
    runner.count_rep()
    runner.next_exercise()
    snap = runner.snapshot()
    assert snap.exercise.id == "stretch" and snap.set_number == 1 and snap.phase is Phase.HOLD
    # the bridge set in progress was kept, marked skipped, with its one rep
    assert rec.sets() == [("bridge", "none", 1, 1, True)]
    runner.previous_exercise()
    assert runner.snapshot().exercise.id == "bridge" and runner.snapshot().reps_done == 0
    runner.previous_exercise()  # already first: restarts it
    assert runner.snapshot().exercise.id == "bridge"
    # the stretch was left at the instant it began: nothing done, nothing logged
    assert len(rec.of(SetFinished)) == 1


def test_next_on_last_exercise_ends_the_session() -> None:
    _, runner, rec = make(BRIDGE)
    runner.start()
    runner.next_exercise()
    assert runner.phase is Phase.FINISHED
    assert rec.of(WorkoutFinished) == [WorkoutFinished(ended_early=True)]


def test_end_early_keeps_partial_set() -> None:
    clock, runner, rec = make(STRETCH, settings=RunnerSettings(get_ready_s=0))
    runner.start()
    clock.advance(12)
    runner.tick()
    runner.end()
    assert runner.phase is Phase.FINISHED and runner.snapshot().ended_early
    (finished,) = rec.of(SetFinished)
    assert finished.result.skipped and finished.result.seconds_held == pytest.approx(12)
    runner.end()  # a second end changes nothing
    assert len(rec.of(WorkoutFinished)) == 1


def test_end_before_any_work_logs_nothing() -> None:
    _, runner, rec = make(BRIDGE)
    runner.start()
    runner.end()
    assert rec.of(SetFinished) == []


def test_resume_from_a_cursor() -> None:
    clock, runner, rec = make(BRIDGE, STRETCH, start_at=Cursor(1, set_number=2, side_index=1))
    runner.start()
    run_for(clock, runner, 5 + 30)
    assert rec.sets() == [("stretch", "right", 2, 1, False)]
    assert runner.phase is Phase.FINISHED


def test_two_exercises_get_ready_between_them() -> None:
    clock, runner, rec = make(BRACE, BRIDGE, settings=RunnerSettings(get_ready_s=5, relax_s=0))
    runner.start()
    run_for(clock, runner, 5 + 30)
    snap = runner.snapshot()
    assert snap.phase is Phase.GET_READY and snap.exercise.id == "bridge"
    assert [e.exercise_index for e in rec.of(SetStarted)] == [0]


def test_rejects_an_empty_workout_and_a_bad_start() -> None:
    with pytest.raises(ValueError):
        WorkoutRunner([], clock=FakeClock())
    with pytest.raises(ValueError):
        WorkoutRunner([BRIDGE], clock=FakeClock(), start_at=Cursor(3))


def test_set_times_are_wall_clock_utc() -> None:
    clock, runner, rec = make(BRIDGE, settings=RunnerSettings(get_ready_s=0))
    start = clock.utcnow()
    runner.start()
    clock.advance(7)
    for _ in range(3):
        runner.count_rep()
    result = rec.of(SetFinished)[0].result
    assert result.started == start
    assert (result.ended - result.started).total_seconds() == pytest.approx(7)
    assert result.ended.tzinfo is not None


def test_clock_refuses_to_run_backwards() -> None:
    with pytest.raises(ValueError):
        FakeClock().advance(-1)


def test_switching_to_paced_mid_set_counts_from_now() -> None:
    clock, runner, _ = make(BRIDGE, settings=RunnerSettings(get_ready_s=0))
    runner.start()
    runner.count_rep()
    clock.advance(30)  # counting by hand: nothing happens while the patient rests
    runner.tick()
    assert runner.snapshot().reps_done == 1 and runner.remaining() is None
    runner.set_pacing(Pacing.PACED)
    assert runner.remaining() == pytest.approx(2)
    clock.advance(2)
    runner.tick()
    assert runner.snapshot().reps_done == 2
    runner.set_pacing(Pacing.MANUAL)
    clock.advance(10)
    runner.tick()
    assert runner.snapshot().reps_done == 2 and runner.remaining() is None


def test_switching_pacing_while_paused_waits_for_resume() -> None:
    clock, runner, _ = make(BRIDGE, settings=RunnerSettings(get_ready_s=0))
    runner.start()
    runner.pause()
    runner.set_pacing(Pacing.PACED)
    clock.advance(60)
    runner.tick()
    assert runner.snapshot().reps_done == 0 and runner.remaining() == pytest.approx(2)
    runner.resume()
    clock.advance(2)
    runner.tick()
    assert runner.snapshot().reps_done == 1


def test_a_wall_clock_set_back_mid_set_cannot_end_a_set_before_it_began() -> None:
    import datetime as dt

    clock, runner, rec = make(STRETCH, settings=RunnerSettings(get_ready_s=0))
    runner.start()
    clock.advance(10)
    clock.set_wall(clock.utcnow() - dt.timedelta(minutes=10))  # a time sync jumps back
    clock.advance(20)
    runner.tick()
    result = rec.of(SetFinished)[0].result
    assert result.ended >= result.started
    assert (result.ended - result.started).total_seconds() == pytest.approx(30)
