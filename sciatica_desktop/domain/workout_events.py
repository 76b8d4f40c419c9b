"""What the workout runner tells its listeners, and what it looks like at any moment.

Events carry structured data only; the UI turns them into translated words, beeps and speech.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sciatica_desktop.domain.exercise import Dose, Exercise, Side
from sciatica_desktop.domain.records import SetResult


class Phase(enum.Enum):
    IDLE = "idle"  # built, not started yet
    GET_READY = "get_ready"  # countdown into position before an exercise
    WORK = "work"  # repetitions, counted by hand or paced by the tempo
    HOLD = "hold"  # one timed hold
    RELAX = "relax"  # the short release between two holds of a set
    SWITCH_SIDE = "switch_side"
    REST = "rest"  # between two sets
    FINISHED = "finished"


COUNTDOWN_PHASES = frozenset({Phase.GET_READY, Phase.HOLD, Phase.RELAX, Phase.SWITCH_SIDE, Phase.REST})
# Phases whose countdown the patient may cut short or lengthen.
SKIPPABLE_PHASES = frozenset({Phase.GET_READY, Phase.RELAX, Phase.SWITCH_SIDE, Phase.REST})
# "The last three seconds of a hold or a rest" get a beep each.
BEEPING_PHASES = frozenset({Phase.HOLD, Phase.REST})


@dataclass(frozen=True)
class Snapshot:
    """Everything a screen needs to draw the workout right now."""

    phase: Phase
    paused: bool
    exercise_index: int
    exercise_count: int
    exercise: Exercise
    dose: Dose
    set_number: int
    side: Side
    reps_done: int
    remaining: float | None  # seconds left in a countdown phase
    duration: float | None  # the countdown's full length, for a progress ring
    next_exercise: Exercise | None  # the exercise after this one, if any
    next_side: Side | None  # the side of the next set, when a side switch or rest is running
    ended_early: bool = False
    paced: bool = False  # the app counts the reps by the tempo

    @property
    def target_reps(self) -> int:
        return self.dose.reps


@dataclass(frozen=True)
class PhaseChanged:
    snapshot: Snapshot


@dataclass(frozen=True)
class SetStarted:
    exercise_index: int
    set_number: int
    side: Side


@dataclass(frozen=True)
class RepCounted:
    reps_done: int
    target_reps: int


@dataclass(frozen=True)
class CountdownBeep:
    seconds_left: int


@dataclass(frozen=True)
class SetFinished:
    result: SetResult


@dataclass(frozen=True)
class WorkoutFinished:
    ended_early: bool


Event = PhaseChanged | SetStarted | RepCounted | CountdownBeep | SetFinished | WorkoutFinished
