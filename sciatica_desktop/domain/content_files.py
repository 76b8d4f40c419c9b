"""Shared checking of content files (exercises, routines): reading TOML, naming faults, parsing fields.

Every fault becomes a :class:`Problem` worded for whoever edits the file; a parser raises
:class:`FieldError` and the loader turns it into a Problem and skips the entry.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from sciatica_desktop.domain.exercise import DOSE_LIMITS, Dose, ExerciseId

DOSE_FIELDS = ("sets", "reps", "hold_s", "rest_s", "tempo_s")
REQUIRED_DOSE_FIELDS = ("sets", "reps")

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_TOML_POS_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


class ProblemKind(enum.Enum):
    UNREADABLE = "unreadable"  # missing file, no permission, not UTF-8
    SYNTAX = "syntax"  # not valid TOML
    UNKNOWN_FIELD = "unknown_field"
    MISSING_FIELD = "missing_field"
    BAD_VALUE = "bad_value"  # wrong type, unknown choice, out of range
    DUPLICATE_ID = "duplicate_id"
    UNKNOWN_LINK = "unknown_link"  # easier/harder/routine item names an exercise that does not exist
    MISSING_VIDEO = "missing_video"


@dataclass(frozen=True)
class Problem:
    """One fault in a content file, worded for the person who edits the file.

    ``entry`` is the entry's id, or its 1-based position in the file when it has no usable id, or None
    when the fault concerns the whole file. ``line`` is where the entry (or the syntax error) starts,
    when it could be found.
    """

    file: Path
    entry: str | int | None
    field: str | None
    message: str
    kind: ProblemKind
    line: int | None = None
    noun: str = "exercise"

    def __str__(self) -> str:
        where: list[str] = []
        if isinstance(self.entry, str):
            where.append(f"{self.noun} '{self.entry}'")
        elif isinstance(self.entry, int):
            where.append(f"{self.noun} #{self.entry}")
        if self.field:
            where.append(f"field '{self.field}'")
        head = self.file.name
        if self.entry is None and self.line is not None:
            head += f", line {self.line}"
        if where:
            return f"{head}: {', '.join(where)}: {self.message}"
        return f"{head}: {self.message}"


class FieldError(Exception):
    """A value that cannot be used; turned into a :class:`Problem` by the loader."""

    def __init__(self, field: str, message: str, kind: ProblemKind = ProblemKind.BAD_VALUE) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.kind = kind


TomlReader = Callable[[Path, list["Problem"]], "dict[str, object] | None"]
"""``read_toml`` or a stand-in with its contract (the parsed-content cache)."""


def read_toml(file: Path, problems: list[Problem]) -> dict[str, object] | None:
    """The file's data, or None after recording why it cannot be read."""
    text = read_text(file, problems)
    return None if text is None else parse_toml(file, text, problems)


def read_text(file: Path, problems: list[Problem]) -> str | None:
    """The file's text, or None after recording why it cannot be read."""
    try:
        return file.read_bytes().decode("utf-8")
    except OSError as exc:
        problems.append(Problem(file, None, None, f"cannot be read ({exc.strerror or exc})",
                                ProblemKind.UNREADABLE))
        return None
    except UnicodeDecodeError:
        problems.append(Problem(file, None, None, "is not UTF-8 text; save it as UTF-8",
                                ProblemKind.UNREADABLE))
        return None


def parse_toml(file: Path, text: str, problems: list[Problem]) -> dict[str, object] | None:
    """``text`` (read from ``file``) parsed, or None after recording the syntax error and its line."""
    import tomllib  # here, not at the top: a start served by the parsed-content cache never needs it

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = None
        match = _TOML_POS_RE.search(message)
        if match:
            line = int(match.group(1))
            message = message[: match.start()] + f" (column {match.group(2)})"
        problems.append(Problem(file, None, None, f"TOML syntax error: {message}", ProblemKind.SYNTAX,
                                line=line))
        return None


def _header_lines(file: Path, table: str) -> list[int]:
    """Line numbers of each ``[[table]]`` header, to point a clinic at the entry."""
    pattern = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [n for n, text in enumerate(lines, start=1) if pattern.match(text)]


def read_entries(
    file: Path, data: Mapping[str, object], problems: list[Problem], *, noun: str, table: str
) -> Iterator[tuple[int, dict[str, object], int | None]]:
    """(1-based index, entry table, line of its header) for each ``[[table]]`` in a file's data."""
    raw_entries = data.get(table, [])
    if not isinstance(raw_entries, list) or not all(isinstance(e, dict) for e in raw_entries):
        problems.append(Problem(file, None, table, f"write each {noun} as a [[{table}]] table "
                                "(two square brackets)", ProblemKind.BAD_VALUE))
        return
    lines = _header_lines(file, table)
    if len(lines) != len(raw_entries):
        lines = []
    for index, raw in enumerate(raw_entries, start=1):
        yield index, raw, (lines[index - 1] if lines else None)


# ----- field parsers ------------------------------------------------------------------------------


def check_fields(raw: Mapping[str, object], allowed: Iterable[str], required: Iterable[str]) -> None:
    """Refuse an unknown field (a typo must not silently drop, say, a stop rule) or a missing one."""
    known = set(allowed)
    for key in raw:
        if key not in known:
            raise FieldError(key, "unknown field", ProblemKind.UNKNOWN_FIELD)
    for key in required:
        if key not in raw:
            raise FieldError(key, "missing required field", ProblemKind.MISSING_FIELD)


def parse_id(name: str, value: object) -> str:
    text = parse_text(name, value)
    if not ID_RE.match(text):
        raise FieldError(name, f"{text!r} should be lower-case letters, digits and _")
    return text


def parse_text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise FieldError(name, f"expected text in quotes, got {_kind(value)}")
    if not value.strip():
        raise FieldError(name, "is empty")
    return value.strip()


def parse_texts(name: str, value: object, required: bool = False) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise FieldError(name, f'expected a list of texts like ["…", "…"], got {_kind(value)}')
    out = []
    for i, item in enumerate(value, start=1):
        if not isinstance(item, str) or not item.strip():
            raise FieldError(name, f"item {i} should be non-empty text, got {_kind(item)}")
        out.append(item.strip())
    if required and not out:
        raise FieldError(name, "needs at least one item")
    return tuple(out)


_E = TypeVar("_E", bound=enum.Enum)


def parse_choice(name: str, value: object, enum_type: type[_E]) -> _E:
    choices = ", ".join(repr(m.value) for m in enum_type)
    if not isinstance(value, str):
        raise FieldError(name, f"expected one of {choices}, got {_kind(value)}")
    try:
        return enum_type(value)
    except ValueError:
        raise FieldError(name, f"{value!r} is not one of {choices}") from None


def parse_choices(name: str, value: object, enum_type: type[_E]) -> tuple[_E, ...]:
    if not isinstance(value, list) or not value:
        raise FieldError(name, f"expected a non-empty list like [\"none\"], got {_kind(value)}")
    return tuple(parse_choice(name, v, enum_type) for v in value)


def parse_ids(name: str, value: object) -> tuple[ExerciseId, ...]:
    if not isinstance(value, list):
        raise FieldError(name, f'expected a list of exercise ids like ["glute_bridge"], got {_kind(value)}')
    for item in value:
        if not isinstance(item, str) or not ID_RE.match(item):
            raise FieldError(name, f"{item!r} is not a valid exercise id")
    return tuple(ExerciseId(v) for v in value)


def parse_file_name(name: str, value: object) -> str:
    text = parse_text(name, value)
    if "/" in text or "\\" in text or text in (".", ".."):
        raise FieldError(name, f"{text!r} should be a file name only, without folders")
    return text


def parse_dose(name: str, value: object, base: Dose | None = None) -> Dose:
    """A dose table; keys not given come from ``base`` (an override) or must be present (a new dose)."""
    if not isinstance(value, dict):
        raise FieldError(name, f"expected a table like {{ sets = 1, reps = 10 }}, got {_kind(value)}")
    for key in value:
        if key not in DOSE_FIELDS:
            raise FieldError(f"{name}.{key}", "unknown field", ProblemKind.UNKNOWN_FIELD)
    if base is None:
        for key in REQUIRED_DOSE_FIELDS:
            if key not in value:
                raise FieldError(f"{name}.{key}", "missing required field", ProblemKind.MISSING_FIELD)
    numbers: dict[str, float] = {}
    for key, number in value.items():
        whole = key in ("sets", "reps")
        if isinstance(number, bool) or not isinstance(number, int | float) or (
            whole and not isinstance(number, int)
        ):
            wanted = "a whole number" if whole else "a number of seconds"
            raise FieldError(f"{name}.{key}", f"expected {wanted}, got {_kind(number)}")
        low, high = DOSE_LIMITS[key]
        if not low <= number <= high:
            raise FieldError(f"{name}.{key}", f"{number:g} is outside {low:g}–{high:g}")
        numbers[key] = number if whole else float(number)
    start = base or Dose()
    return replace(start, **numbers)  # type: ignore[arg-type]


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} (true/false)"
    if isinstance(value, str):
        return f"text {value!r}"
    if isinstance(value, int | float):
        return f"the number {value:g}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__
