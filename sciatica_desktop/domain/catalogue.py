"""The exercise catalogue: TOML content files in, checked :class:`Exercise` values out.

Content is data that clinics edit, so a bad entry must never stop the app: each fault becomes one
:class:`Problem` (file, entry, field, message), the faulty entry is skipped and everything valid loads.
``content/README.md`` describes the file format for clinics.

Layers: each path given to :func:`load_catalogue` is one layer (the bundled content, then a clinic's).
Inside a layer an id may appear once; a later layer may repeat an id to change some of its fields (the
``dose`` table merges key by key), or add new exercises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sciatica_desktop.domain.bundled import bundled_content_dir
from sciatica_desktop.domain.content_files import (
    DOSE_FIELDS,
    ID_RE,
    FieldError,
    Problem,
    ProblemKind,
    TomlReader,
    parse_choice,
    parse_choices,
    parse_dose,
    parse_file_name,
    parse_ids,
    parse_text,
    parse_texts,
    read_entries,
    read_toml,
)
from sciatica_desktop.domain.exercise import (
    Category,
    Equipment,
    Exercise,
    ExerciseId,
    Position,
    Sidedness,
)

__all__ = [
    "GENERAL_STOP_RULES",
    "Catalogue",
    "CatalogueLoad",
    "Problem",
    "ProblemKind",
    "bundled_content_dir",
    "load_catalogue",
]

# Shown with every exercise, whatever its file says: a clinic's own exercises get them too.
GENERAL_STOP_RULES: tuple[str, ...] = (
    "Your leg symptoms spread further down your leg.",
    "Numbness, tingling or weakness in your leg is new, or getting worse.",
)

EXERCISES_FILE = "exercises.toml"
EXERCISES_DIR = "exercises"

REQUIRED_FIELDS = ("id", "name", "category", "sidedness", "position", "dose", "summary", "instructions",
                   "stop_if")
OPTIONAL_FIELDS = ("body_area", "equipment", "cues", "mistakes", "easier", "harder", "sources", "video",
                   "tags")
# ----- the catalogue ---------------------------------------------------------------------------------


class Catalogue:
    """The exercises that loaded, in library order (by category, then as the files list them)."""

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        order = list(Category)
        ordered = sorted(exercises, key=lambda e: order.index(e.category))  # stable: keeps file order
        self._by_id: dict[ExerciseId, Exercise] = {}
        for exercise in ordered:
            if exercise.id in self._by_id:
                raise ValueError(f"duplicate exercise id {exercise.id!r}")
            self._by_id[exercise.id] = exercise

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self._by_id[ExerciseId(exercise_id)]

    def get(self, exercise_id: str) -> Exercise | None:
        return self._by_id.get(ExerciseId(exercise_id))

    def ids(self) -> tuple[ExerciseId, ...]:
        return tuple(self._by_id)

    def easier(self, exercise_id: str) -> tuple[Exercise, ...]:
        """The easier versions of an exercise that are in the catalogue."""
        return tuple(self._by_id[i] for i in self[exercise_id].easier if i in self._by_id)

    def harder(self, exercise_id: str) -> tuple[Exercise, ...]:
        return tuple(self._by_id[i] for i in self[exercise_id].harder if i in self._by_id)

    def search(self, text: str) -> tuple[Exercise, ...]:
        """Exercises matching every word of ``text`` (case-insensitive, in name, summary, area, tags…)."""
        words = text.casefold().split()
        if not words:
            return tuple(self)
        return tuple(e for e in self if all(w in _haystack(e) for w in words))

    def filter(
        self,
        category: Category | None = None,
        position: Position | None = None,
        equipment: Equipment | None = None,
        *,
        text: str = "",
    ) -> tuple[Exercise, ...]:
        """Exercises matching every criterion given; ``equipment`` keeps those that use that equipment
        (``Equipment.NONE``: those that need nothing)."""
        return tuple(
            e
            for e in self.search(text)
            if (category is None or e.category is category)
            and (position is None or e.position is position)
            and (equipment is None or equipment in e.equipment)
        )


def _haystack(e: Exercise) -> str:
    parts = (e.id, e.name, e.summary, e.body_area, e.category.value, e.position.value, *e.tags)
    return " ".join(parts).replace("_", " ").casefold() + " " + e.id


@dataclass(frozen=True)
class CatalogueLoad:
    catalogue: Catalogue
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# ----- loading -----------------------------------------------------------------------------------------


@dataclass
class _Entry:
    raw: dict[str, object]  # merged over all layers so far
    exercise: Exercise
    field_files: dict[str, Path]  # which file last set each field, to name it in link/video problems
    line_of: dict[Path, int | None]


def load_catalogue(
    paths: Sequence[Path], *, video_dirs: Sequence[Path] = (), read: TomlReader = read_toml
) -> CatalogueLoad:
    """Load exercises from each path in turn; later paths change or add to earlier ones by id.

    A path is a ``.toml`` file, or a content folder (its ``exercises.toml``, then ``exercises/*.toml`` in
    name order). A missing folder is no problem (a clinic without its own content); a missing file is.
    Videos are checked only when ``video_dirs`` is given. ``read`` parses each file (the app passes its
    parsed-content cache).
    """
    problems: list[Problem] = []
    entries: dict[str, _Entry] = {}
    for layer in paths:
        seen_in_layer: set[str] = set()
        for file in _layer_files(layer, problems):
            for index, raw, line in _exercise_entries(file, problems, read):
                _take_entry(file, index=index, raw=raw, line=line, entries=entries,
                            seen_in_layer=seen_in_layer, problems=problems)
    exercises = [_check_links(eid, entry, entries, problems) for eid, entry in entries.items()]
    if video_dirs:
        for exercise in exercises:
            _check_video(exercise, entries[exercise.id], video_dirs, problems)
    return CatalogueLoad(Catalogue(exercises), problems)


def _layer_files(layer: Path, problems: list[Problem]) -> list[Path]:
    if layer.suffix == ".toml":
        if not layer.is_file():
            problems.append(Problem(layer, None, None, "file not found", ProblemKind.UNREADABLE))
            return []
        return [layer]
    files = []
    if (layer / EXERCISES_FILE).is_file():
        files.append(layer / EXERCISES_FILE)
    if (layer / EXERCISES_DIR).is_dir():
        files.extend(sorted(p for p in (layer / EXERCISES_DIR).glob("*.toml") if p.is_file()))
    return files


_Entries = Iterator[tuple[int, dict[str, object], int | None]]


def _exercise_entries(file: Path, problems: list[Problem], read: TomlReader) -> _Entries:
    data = read(file, problems)
    if data is None:
        return
    for key in data:
        if key != "exercise":
            problems.append(Problem(file, None, key, "unknown field; each exercise goes under [[exercise]]",
                                    ProblemKind.UNKNOWN_FIELD))
    yield from read_entries(file, data, problems, noun="exercise", table="exercise")


def _take_entry(
    file: Path,
    *,
    index: int,
    raw: dict[str, object],
    line: int | None,
    entries: dict[str, _Entry],
    seen_in_layer: set[str],
    problems: list[Problem],
) -> None:
    raw_id = raw.get("id")
    label: str | int = raw_id if isinstance(raw_id, str) and raw_id else index

    def problem(field_name: str | None, message: str, kind: ProblemKind) -> None:
        problems.append(Problem(file, label, field_name, message, kind, line=line))

    if not isinstance(raw_id, str) or not ID_RE.match(raw_id):
        if raw_id is None:
            problem("id", "missing required field", ProblemKind.MISSING_FIELD)
        else:
            problem("id", f"{raw_id!r} is not a valid id: use lower-case letters, digits and _",
                    ProblemKind.BAD_VALUE)
        return
    if raw_id in seen_in_layer:
        problem("id", "this id is already used by another exercise; each id may appear once",
                ProblemKind.DUPLICATE_ID)
        return
    seen_in_layer.add(raw_id)

    errors = _unknown_fields(raw)
    base = entries.get(raw_id)
    if base is None:
        merged = dict(raw)
        errors += [FieldError(f, "missing required field", ProblemKind.MISSING_FIELD)
                   for f in REQUIRED_FIELDS if f not in raw]
    else:
        merged = {**base.raw, **raw}
        if isinstance(raw.get("dose"), dict) and isinstance(base.raw.get("dose"), dict):
            merged["dose"] = {**base.raw["dose"], **raw["dose"]}  # type: ignore[dict-item]
    if not errors:
        try:
            exercise = _build_exercise(merged)
        except _EntryError as exc:
            errors = exc.errors
    if errors:
        for err in errors:
            problem(err.field, err.message, err.kind)
        return
    field_files = dict(base.field_files) if base else {}
    field_files.update(dict.fromkeys(raw, file))
    line_of = dict(base.line_of) if base else {}
    line_of[file] = line
    entries[raw_id] = _Entry(merged, exercise, field_files, line_of)


def _unknown_fields(raw: Mapping[str, object]) -> list[FieldError]:
    known = set(REQUIRED_FIELDS) | set(OPTIONAL_FIELDS)
    errors = [FieldError(k, "unknown field", ProblemKind.UNKNOWN_FIELD) for k in raw if k not in known]
    dose = raw.get("dose")
    if isinstance(dose, dict):
        errors += [FieldError(f"dose.{k}", "unknown field", ProblemKind.UNKNOWN_FIELD)
                   for k in dose if k not in DOSE_FIELDS]
    return errors


class _EntryError(Exception):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def _build_exercise(raw: Mapping[str, object]) -> Exercise:
    """An :class:`Exercise` from one complete entry; raises :class:`_EntryError` naming every bad field."""
    errors: list[FieldError] = []

    def take(name: str, parse: Callable[..., object], *args: object, default: object = None) -> object:
        if name not in raw:
            return default
        try:
            return parse(name, raw[name], *args)
        except FieldError as err:
            errors.append(err)
            return None

    values: dict[str, object] = {
        "id": ExerciseId(str(raw["id"])),
        "name": take("name", parse_text),
        "category": take("category", parse_choice, Category),
        "sidedness": take("sidedness", parse_choice, Sidedness),
        "position": take("position", parse_choice, Position),
        "dose": take("dose", parse_dose),
        "summary": take("summary", parse_text),
        "instructions": take("instructions", parse_texts, True),
        "stop_if": take("stop_if", parse_texts, True, default=()),
        "body_area": take("body_area", parse_text, default=""),
        "equipment": take("equipment", parse_choices, Equipment, default=(Equipment.NONE,)),
        "cues": take("cues", parse_texts, default=()),
        "mistakes": take("mistakes", parse_texts, default=()),
        "easier": take("easier", parse_ids, default=()),
        "harder": take("harder", parse_ids, default=()),
        "sources": take("sources", parse_texts, default=()),
        "video": take("video", parse_file_name, default=""),
        "tags": take("tags", parse_texts, default=()),
    }
    if errors:
        raise _EntryError(errors)
    own = values["stop_if"]
    assert isinstance(own, tuple)
    values["stop_if"] = GENERAL_STOP_RULES + tuple(s for s in own if s not in GENERAL_STOP_RULES)
    return Exercise(**values)  # type: ignore[arg-type]


# ----- cross-entry checks ----------------------------------------------------------------------------


def _check_links(eid: str, entry: _Entry, entries: Mapping[str, _Entry], problems: list[Problem]) -> Exercise:
    exercise = entry.exercise
    changes: dict[str, tuple[ExerciseId, ...]] = {}
    for name in ("easier", "harder"):
        links: tuple[ExerciseId, ...] = getattr(exercise, name)
        kept = []
        file = entry.field_files.get(name, next(iter(entry.line_of)))
        for link in links:
            if link == eid:
                message = "an exercise cannot link to itself; link dropped"
            elif link not in entries:
                message = f"no exercise has the id {link!r}; link dropped"
            else:
                kept.append(link)
                continue
            problems.append(Problem(file, eid, name, message, ProblemKind.UNKNOWN_LINK,
                                    line=entry.line_of.get(file)))
        if len(kept) != len(links):
            changes[name] = tuple(kept)
    if changes:
        exercise = replace(exercise, **changes)  # type: ignore[arg-type]
        entry.exercise = exercise
    return exercise


def _check_video(exercise: Exercise, entry: _Entry, video_dirs: Sequence[Path],
                 problems: list[Problem]) -> None:
    if not exercise.video or any((d / exercise.video).is_file() for d in video_dirs):
        return
    file = entry.field_files.get("video", next(iter(entry.line_of)))
    folders = ", ".join(str(d) for d in video_dirs)
    problems.append(Problem(file, exercise.id, "video", f"{exercise.video!r} was not found in {folders}",
                            ProblemKind.MISSING_VIDEO, line=entry.line_of.get(file)))
