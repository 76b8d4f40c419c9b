"""Routines: an ordered list of catalogue exercises, each with an optional dose of its own.

A routine file is checked like the exercise files (see ``content/README.md``): a bad item is dropped with a
:class:`Problem` and the rest of the routine loads. Only a file that gives no usable routine at all (no
name, no valid item, not TOML) raises :class:`RoutineError`, which carries the problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NewType

from sciatica_desktop.domain.catalogue import Catalogue
from sciatica_desktop.domain.content_files import (
    FieldError,
    Problem,
    ProblemKind,
    TomlReader,
    parse_dose,
    parse_text,
    read_entries,
    read_toml,
)
from sciatica_desktop.domain.errors import ContentError
from sciatica_desktop.domain.exercise import Dose, Exercise, ExerciseId, WorkoutItem, estimated_seconds

RoutineId = NewType("RoutineId", str)

ROUTINES_DIR = "routines"
ROUTINE_FIELDS = ("id", "name", "description", "item")
ITEM_FIELDS = ("exercise", "dose")


@dataclass(frozen=True)
class RoutineItem:
    exercise_id: ExerciseId
    dose: Dose | None = None  # None: the exercise's own default dose

    def dose_for(self, exercise: Exercise) -> Dose:
        return self.dose if self.dose is not None else exercise.dose


@dataclass(frozen=True)
class Routine:
    id: RoutineId
    name: str
    items: tuple[RoutineItem, ...]
    description: str = ""
    # What was wrong with the file but did not stop it loading (dropped items, unknown fields).
    problems: tuple[Problem, ...] = field(default=(), compare=False, repr=False)

    def workout_items(self, catalogue: Catalogue) -> tuple[WorkoutItem, ...]:
        """The routine ready for the workout runner; items whose exercise has gone are left out."""
        out = []
        for item in self.items:
            exercise = catalogue.get(item.exercise_id)
            if exercise is not None:
                out.append(WorkoutItem(exercise, item.dose_for(exercise)))
        return tuple(out)

    def estimated_seconds(self, catalogue: Catalogue) -> float:
        """Roughly how long a session takes at the runner's default timings."""
        return sum(estimated_seconds(w.exercise, w.dose) for w in self.workout_items(catalogue))


class RoutineError(ContentError):
    """A routine file gave no usable routine; ``problems`` says why."""

    def __init__(self, file: Path, problems: Sequence[Problem]) -> None:
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"The routine in {file.name} cannot be used.", detail=lines)
        self.problems = tuple(problems)


def load_routine(path: Path, catalogue: Catalogue, *, read: TomlReader = read_toml) -> Routine:
    """Read one routine file, checking every exercise it names against ``catalogue``."""
    problems: list[Problem] = []
    data = read(path, problems)
    if data is None:
        raise RoutineError(path, problems)

    def problem(field_name: str, message: str, kind: ProblemKind = ProblemKind.BAD_VALUE) -> None:
        problems.append(Problem(path, None, field_name, message, kind, noun="routine"))

    for key in data:
        if key not in ROUTINE_FIELDS:
            problem(key, "unknown field", ProblemKind.UNKNOWN_FIELD)
    texts: dict[str, str] = {}
    for key, required in (("id", False), ("name", True), ("description", False)):
        if key not in data:
            if required:
                problem(key, "missing required field", ProblemKind.MISSING_FIELD)
            continue
        try:
            texts[key] = parse_text(key, data[key])
        except FieldError as err:
            problem(err.field, err.message, err.kind)
    items = tuple(_items(path, data, catalogue, problems))
    if "name" not in texts or not items:
        if not items:
            problem("item", "the routine has no exercise that can be used")
        raise RoutineError(path, problems)
    return Routine(
        id=RoutineId(texts.get("id", path.stem)),
        name=texts["name"],
        items=items,
        description=" ".join(texts.get("description", "").split()),
        problems=tuple(problems),
    )


def load_routines(dirs: Sequence[Path], catalogue: Catalogue) -> tuple[list[Routine], list[Problem]]:
    """Every ``routines/*.toml`` under each content folder; a later routine with the same id replaces an
    earlier one (so a clinic can change the starter routine)."""
    found: dict[str, Routine] = {}
    problems: list[Problem] = []
    for folder in dirs:
        for file in sorted((folder / ROUTINES_DIR).glob("*.toml")):
            try:
                routine = load_routine(file, catalogue)
            except RoutineError as err:
                problems.extend(err.problems)
                continue
            problems.extend(routine.problems)
            found[routine.id] = routine
    return list(found.values()), problems


def _items(
    path: Path, data: dict[str, object], catalogue: Catalogue, problems: list[Problem]
) -> list[RoutineItem]:
    items: list[RoutineItem] = []
    for index, raw, line in read_entries(path, data, problems, noun="item", table="item"):
        exercise_id = raw.get("exercise")
        label: str | int = exercise_id if isinstance(exercise_id, str) and exercise_id else index

        def problem(field_name: str | None, message: str, kind: ProblemKind) -> None:
            problems.append(Problem(path, label, field_name, message, kind, line=line, noun="item"))  # noqa: B023

        unknown = [k for k in raw if k not in ITEM_FIELDS]
        for key in unknown:
            problem(key, "unknown field", ProblemKind.UNKNOWN_FIELD)
        if not isinstance(exercise_id, str):
            if exercise_id is None:
                problem("exercise", "missing required field", ProblemKind.MISSING_FIELD)
            else:
                problem("exercise", "expected an exercise id in quotes", ProblemKind.BAD_VALUE)
            continue
        exercise = catalogue.get(exercise_id)
        if exercise is None:
            problem("exercise", f"no exercise has the id {exercise_id!r}; item dropped",
                    ProblemKind.UNKNOWN_LINK)
            continue
        if unknown:
            continue
        dose = None
        if "dose" in raw:
            try:
                dose = parse_dose("dose", raw["dose"], base=exercise.dose)
            except FieldError as err:
                problem(err.field, err.message, err.kind)
                continue
        items.append(RoutineItem(exercise.id, dose))
    return items

