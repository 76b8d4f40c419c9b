"""Exercises and their doses, as plain values.

A dose is a default that a plan (and so a clinician) can change; nothing in the core hard-codes one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import NewType

ExerciseId = NewType("ExerciseId", str)


class Category(enum.Enum):
    STRETCH = "stretch"
    MOBILITY = "mobility"
    DIRECTIONAL = "directional"
    NERVE = "nerve"
    STRENGTH = "strength"
    AEROBIC = "aerobic"


class Sidedness(enum.Enum):
    """Whether a set is done once, or once for each side."""

    BOTH = "both"  # both sides at once (bridge), or no side at all (walking)
    EACH_SIDE = "each_side"  # left, then right


class Side(enum.Enum):
    NONE = "none"
    LEFT = "left"
    RIGHT = "right"


class Position(enum.Enum):
    ON_BACK = "on_back"
    ON_FRONT = "on_front"
    SIDE_LYING = "side_lying"
    HANDS_KNEES = "hands_knees"
    SITTING = "sitting"
    STANDING = "standing"


class Equipment(enum.Enum):
    NONE = "none"
    CHAIR = "chair"
    STRAP = "strap"
    BAND = "band"
    WEIGHTS = "weights"


# Limits that keep a dose physically sensible; a content file outside them is refused.
DOSE_LIMITS: dict[str, tuple[float, float]] = {
    "sets": (1, 10),
    "reps": (1, 50),
    "hold_s": (0, 600),
    "rest_s": (0, 600),
    "tempo_s": (0.5, 60),
}


@dataclass(frozen=True)
class Dose:
    """How much of an exercise: ``sets`` × ``reps``, each rep held ``hold_s`` seconds.

    ``tempo_s`` is the time one repetition's movement takes; it paces reps when the patient lets the app
    count, and sets the demo clip's speed. A pure hold is ``reps=1, hold_s=30``.
    """

    sets: int = 1
    reps: int = 1
    hold_s: float = 0.0
    rest_s: float = 30.0
    tempo_s: float = 3.0

    def __post_init__(self) -> None:
        for name, (low, high) in DOSE_LIMITS.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ValueError(f"{name}={value} is outside {low:g}–{high:g}")

    @property
    def is_hold(self) -> bool:
        return self.hold_s > 0

    def with_changes(self, **changes: float) -> Dose:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Exercise:
    id: ExerciseId
    name: str
    category: Category
    sidedness: Sidedness
    dose: Dose
    body_area: str = ""
    position: Position = Position.ON_BACK
    equipment: tuple[Equipment, ...] = (Equipment.NONE,)
    summary: str = ""
    instructions: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    mistakes: tuple[str, ...] = ()
    stop_if: tuple[str, ...] = ()
    easier: tuple[ExerciseId, ...] = ()
    harder: tuple[ExerciseId, ...] = ()
    sources: tuple[str, ...] = ()
    video: str = ""  # file name under assets/videos (or a clinic's videos folder)
    tags: tuple[str, ...] = field(default=())

    def sides(self) -> tuple[Side, ...]:
        if self.sidedness is Sidedness.EACH_SIDE:
            return (Side.LEFT, Side.RIGHT)
        return (Side.NONE,)


def estimated_seconds(
    exercise: Exercise, dose: Dose, *, get_ready_s: float = 10, switch_s: float = 5, relax_s: float = 3
) -> float:
    """Roughly how long an exercise takes at a dose: getting ready, the work, side switches and rests."""
    sides = len(exercise.sides())
    if dose.is_hold:
        per_set = dose.reps * dose.hold_s + (dose.reps - 1) * relax_s  # relax only between holds
    else:
        per_set = dose.reps * dose.tempo_s
    work = dose.sets * sides * per_set
    return get_ready_s + work + (sides - 1) * dose.sets * switch_s + (dose.sets - 1) * dose.rest_s


@dataclass(frozen=True)
class WorkoutItem:
    """An exercise at the dose a routine prescribes for it: what the Today page lists and the runner runs.

    It lives here rather than beside the runner so the first paint of the Today page does not have to load
    the runner and its events."""

    exercise: Exercise
    dose: Dose
