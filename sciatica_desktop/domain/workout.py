"""The guided-workout state machine.

The runner knows no Qt and no database. A screen calls :meth:`WorkoutRunner.tick` as often as it likes (late
or early does not matter: every countdown is a deadline on the injected clock) and listens to events. Timed
phases that follow each other start at the previous deadline, not at the moment the tick happened to arrive,
so a long session cannot drift.

Flow of one exercise: get ready → for each set: [each side: work or holds, side switch] → rest → next set.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.exercise import Side, WorkoutItem
from sciatica_desktop.domain.records import SetResult
from sciatica_desktop.domain.workout_events import (
    BEEPING_PHASES,
    COUNTDOWN_PHASES,
    SKIPPABLE_PHASES,
    CountdownBeep,
    Event,
    Phase,
    PhaseChanged,
    RepCounted,
    SetFinished,
    SetStarted,
    Snapshot,
    WorkoutFinished,
)


class Pacing(enum.Enum):
    MANUAL = "manual"  # the patient counts each rep (key, click or tap)
    PACED = "paced"  # the app counts one rep every tempo_s seconds


@dataclass(frozen=True)
class RunnerSettings:
    get_ready_s: float = 10.0
    switch_side_s: float = 5.0
    relax_s: float = 3.0
    extra_rest_s: float = 15.0
    pacing: Pacing = Pacing.MANUAL


@dataclass(frozen=True)
class Cursor:
    """Where in the plan a set is: exercise, set number (from 1), side index (0 or 1)."""

    exercise_index: int
    set_number: int = 1
    side_index: int = 0


class WorkoutRunner:
    """Steps a patient through a list of exercises."""

    def __init__(
        self,
        items: Sequence[WorkoutItem],
        *,
        clock: Clock,
        settings: RunnerSettings | None = None,
        start_at: Cursor | None = None,
    ) -> None:
        if not items:
            raise ValueError("a workout needs at least one exercise")
        self._items = tuple(items)
        self._clock = clock
        self.settings = settings or RunnerSettings()
        self._listeners: list[Callable[[Event], None]] = []
        self._cursor = start_at or Cursor(0)
        if not 0 <= self._cursor.exercise_index < len(self._items):
            raise ValueError("start position is outside the workout")
        self._phase = Phase.IDLE
        self._deadline: float | None = None
        self._duration: float | None = None
        self._paused_remaining: float | None = None
        self._paused = False
        self._reps = 0
        self._held = 0.0
        self._set_started_wall = clock.utcnow()
        self._set_started_mono = clock.now()
        self._set_in_progress = False
        self._last_beep: int | None = None
        self._ended_early = False

    # ----- observation -------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[Event], None]) -> None:
        self._listeners.append(listener)

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def items(self) -> tuple[WorkoutItem, ...]:
        return self._items

    @property
    def cursor(self) -> Cursor:
        return self._cursor

    def snapshot(self) -> Snapshot:
        item = self._item
        index = self._cursor.exercise_index
        nxt = self._items[index + 1].exercise if index + 1 < len(self._items) else None
        # During a side switch or a rest the cursor already points at the coming set.
        next_side = self._side if self._phase in (Phase.SWITCH_SIDE, Phase.REST) else None
        return Snapshot(
            phase=self._phase,
            paused=self._paused,
            exercise_index=index,
            exercise_count=len(self._items),
            exercise=item.exercise,
            dose=item.dose,
            set_number=self._cursor.set_number,
            side=self._side,
            reps_done=self._reps,
            remaining=self.remaining(),
            duration=self._duration if self._phase in COUNTDOWN_PHASES else None,
            next_exercise=nxt,
            next_side=next_side,
            ended_early=self._ended_early,
            paced=self.settings.pacing is Pacing.PACED,
        )

    def remaining(self) -> float | None:
        if self._phase not in COUNTDOWN_PHASES and not self._is_paced_work():
            return None
        if self._paused:
            return self._paused_remaining
        if self._deadline is None:
            return None
        return max(0.0, self._deadline - self._clock.now())

    # ----- controls ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._phase is not Phase.IDLE:
            return
        self._enter_exercise(self._cursor, at=self._clock.now())

    def toggle_pause(self) -> None:
        if self._phase is Phase.IDLE:
            self.start()
        elif self._paused:
            self.resume()
        else:
            self.pause()

    def pause(self) -> None:
        if self._paused or self._phase in (Phase.IDLE, Phase.FINISHED):
            return
        self._paused_remaining = self.remaining()
        self._paused = True
        self._emit_phase()

    def resume(self) -> None:
        if not self._paused:
            return
        self._paused = False
        if self._paused_remaining is not None:
            self._deadline = self._clock.now() + self._paused_remaining
        self._paused_remaining = None
        self._emit_phase()

    def count_rep(self) -> None:
        """The patient finished one repetition (by hand)."""
        if self._phase is not Phase.WORK or self._paused:
            return
        self._add_rep(at=self._clock.now())

    def skip(self) -> None:
        """Cut the current get-ready, relax, side-switch or rest countdown short."""
        if self._phase in SKIPPABLE_PHASES and not self._paused:
            self._expire(self._clock.now())

    def add_time(self, seconds: float | None = None) -> None:
        """Lengthen the current countdown (the "+15 s" button)."""
        extra = self.settings.extra_rest_s if seconds is None else seconds
        if self._phase not in SKIPPABLE_PHASES or extra <= 0:
            return
        if self._paused and self._paused_remaining is not None:
            self._paused_remaining += extra
        elif self._deadline is not None:
            self._deadline += extra
        if self._duration is not None:
            self._duration += extra
        self._last_beep = None
        self._emit_phase()

    def set_pacing(self, pacing: Pacing) -> None:
        """Switch between counting reps by hand and letting the tempo count them, even mid-set."""
        if pacing is self.settings.pacing:
            return
        self.settings = replace(self.settings, pacing=pacing)
        if self._phase is Phase.WORK:
            if pacing is Pacing.PACED:
                tempo = self._item.dose.tempo_s
                self._duration = tempo
                if self._paused:
                    self._paused_remaining = tempo
                else:
                    self._deadline = self._clock.now() + tempo
            else:
                self._duration = self._deadline = self._paused_remaining = None
        self._emit_phase()

    def next_exercise(self) -> None:
        self._jump(self._cursor.exercise_index + 1)

    def previous_exercise(self) -> None:
        self._jump(max(0, self._cursor.exercise_index - 1))

    def end(self) -> None:
        """End the session early; a set in progress is logged as skipped if anything was done."""
        if self._phase is Phase.FINISHED:
            return
        self._abandon_set()
        self._ended_early = True
        self._finish()

    def tick(self) -> None:
        """Bring the state up to the clock: expire every deadline that has passed, beep the last seconds."""
        while (
            not self._paused
            and self._deadline is not None
            and self._phase is not Phase.FINISHED
            and self._clock.now() >= self._deadline
        ):
            self._expire(self._deadline)
        self._maybe_beep()

    # ----- internals ---------------------------------------------------------------------------

    @property
    def _item(self) -> WorkoutItem:
        return self._items[self._cursor.exercise_index]

    @property
    def _side(self) -> Side:
        return self._item.exercise.sides()[self._cursor.side_index]

    def _is_paced_work(self) -> bool:
        return self._phase is Phase.WORK and self.settings.pacing is Pacing.PACED

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    def _emit_phase(self) -> None:
        self._emit(PhaseChanged(self.snapshot()))

    def _set_phase(self, phase: Phase, *, at: float, duration: float | None) -> None:
        self._phase = phase
        self._duration = duration
        self._deadline = None if duration is None else at + duration
        self._last_beep = None
        self._emit_phase()

    def _enter_exercise(self, cursor: Cursor, *, at: float) -> None:
        self._cursor = cursor
        self._reps = 0
        self._held = 0.0
        self._set_in_progress = False
        if self.settings.get_ready_s > 0:
            self._set_phase(Phase.GET_READY, at=at, duration=self.settings.get_ready_s)
        else:
            self._begin_set(at=at)

    def _begin_set(self, *, at: float) -> None:
        self._reps = 0
        self._held = 0.0
        self._set_in_progress = True
        self._set_started_wall = self._clock.utcnow()
        self._set_started_mono = self._clock.now()
        self._emit(SetStarted(self._cursor.exercise_index, self._cursor.set_number, self._side))
        self._begin_rep(at=at)

    def _begin_rep(self, *, at: float) -> None:
        dose = self._item.dose
        if dose.is_hold:
            self._set_phase(Phase.HOLD, at=at, duration=dose.hold_s)
        elif self.settings.pacing is Pacing.PACED:
            self._set_phase(Phase.WORK, at=at, duration=dose.tempo_s)
        else:
            self._set_phase(Phase.WORK, at=at, duration=None)

    def _expire(self, at: float) -> None:
        phase = self._phase
        if phase is Phase.GET_READY or phase is Phase.SWITCH_SIDE or phase is Phase.REST:
            self._begin_set(at=at)
        elif phase is Phase.RELAX:
            self._begin_rep(at=at)
        elif phase is Phase.HOLD:
            self._held += self._item.dose.hold_s
            self._deadline = None  # this hold is fully counted in _held now
            self._add_rep(at=at)
        elif phase is Phase.WORK:  # paced
            self._add_rep(at=at)

    def _add_rep(self, *, at: float) -> None:
        dose = self._item.dose
        self._reps += 1
        self._emit(RepCounted(self._reps, dose.reps))
        if self._reps >= dose.reps:
            self._complete_set(at=at, skipped=False)
        elif dose.is_hold:
            if self.settings.relax_s > 0:
                self._set_phase(Phase.RELAX, at=at, duration=self.settings.relax_s)
            else:
                self._begin_rep(at=at)
        elif self.settings.pacing is Pacing.PACED:
            self._deadline = at + dose.tempo_s
            self._emit_phase()
        else:
            self._emit_phase()

    def _held_so_far(self) -> float:
        held = self._held
        if self._phase is Phase.HOLD and (self._deadline is not None or self._paused):
            left = self.remaining() or 0.0
            held += max(0.0, self._item.dose.hold_s - left)
        return held

    def _record(self, *, skipped: bool) -> None:
        self._emit(
            SetFinished(
                SetResult(
                    exercise_id=self._item.exercise.id,
                    exercise_index=self._cursor.exercise_index,
                    side=self._side,
                    set_number=self._cursor.set_number,
                    reps_done=self._reps,
                    target_reps=self._item.dose.reps,
                    seconds_held=round(self._held_so_far(), 1),
                    started=self._set_started_wall,
                    # The end is the start plus monotonic time: a wall clock set back mid-set (a time sync,
                    # a patient changing the clock) cannot make a set end before it began.
                    ended=self._set_started_wall
                    + dt.timedelta(seconds=max(0.0, self._clock.now() - self._set_started_mono)),
                    skipped=skipped,
                )
            )
        )
        self._set_in_progress = False

    def _complete_set(self, *, at: float, skipped: bool) -> None:
        self._record(skipped=skipped)
        following = self._following_set()
        if following is None:
            self._finish()
        elif following.exercise_index != self._cursor.exercise_index:
            self._enter_exercise(following, at=at)
        else:
            same_set = following.set_number == self._cursor.set_number
            self._cursor = following
            self._reps = 0
            if same_set:
                self._set_phase(Phase.SWITCH_SIDE, at=at, duration=self.settings.switch_side_s)
            else:
                self._set_phase(Phase.REST, at=at, duration=self._item.dose.rest_s)
            if self._duration == 0:
                self._begin_set(at=at)

    def _following_set(self) -> Cursor | None:
        c = self._cursor
        sides = len(self._item.exercise.sides())
        if c.side_index + 1 < sides:
            return Cursor(c.exercise_index, c.set_number, c.side_index + 1)
        if c.set_number < self._item.dose.sets:
            return Cursor(c.exercise_index, c.set_number + 1, 0)
        if c.exercise_index + 1 < len(self._items):
            return Cursor(c.exercise_index + 1)
        return None

    def _abandon_set(self) -> None:
        if self._set_in_progress and (self._reps > 0 or self._held_so_far() > 0):
            self._record(skipped=True)
        self._set_in_progress = False

    def _jump(self, index: int) -> None:
        if self._phase is Phase.FINISHED:
            return
        if index >= len(self._items):
            self._abandon_set()
            self._ended_early = True
            self._finish()
            return
        self._abandon_set()
        self._paused = False
        self._paused_remaining = None
        self._enter_exercise(Cursor(index), at=self._clock.now())

    def _finish(self) -> None:
        self._paused = False
        self._set_phase(Phase.FINISHED, at=self._clock.now(), duration=None)
        self._emit(WorkoutFinished(self._ended_early))

    def _maybe_beep(self) -> None:
        if self._phase not in BEEPING_PHASES or self._paused:
            return
        left = self.remaining()
        if left is None or left <= 0:
            return
        whole = math.ceil(left)
        if whole <= 3 and (self._last_beep is None or whole < self._last_beep):
            self._last_beep = whole
            self._emit(CountdownBeep(whole))
