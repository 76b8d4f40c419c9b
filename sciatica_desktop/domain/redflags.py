"""Red-flag screening: the questions come from a content file; the decision and its timing live here.

The decision table (every row is tested):

====================================  =====================
answers                               result
====================================  =====================
a yes to any emergency question       STOP_URGENT (wins over everything: plans, streaks, other answers)
no emergency yes, any other yes       SEE_DOCTOR_SOON
every answer no                       CLEAR
a question left unanswered            refused (a screening is complete or it is not recorded)
====================================  =====================

A STOP_URGENT screening blocks every workout until the patient confirms they have sought care; the next
start after that confirmation asks the questions again (see :func:`screening_due`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NewType

from sciatica_desktop.domain.content_files import (
    FieldError,
    Problem,
    ProblemKind,
    TomlReader,
    check_fields,
    parse_id,
    parse_text,
    parse_texts,
    read_entries,
    read_toml,
)
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.symptoms import CheckIn, worsened_nerve_signs

ScreeningId = NewType("ScreeningId", int)
RED_FLAGS_FILE = Path("safety") / "red_flags.toml"


class Urgency(enum.Enum):
    CLEAR = "clear"
    SEE_DOCTOR_SOON = "see_doctor_soon"
    STOP_URGENT = "stop_urgent"


class ScreeningReason(enum.Enum):
    FIRST_USE = "first_use"
    WEEKLY = "weekly"
    NERVE_SIGNS = "nerve_signs"  # a check-in reported new or worse numbness or weakness
    AFTER_CARE = "after_care"  # the patient confirmed they sought care after an urgent answer
    MANUAL = "manual"  # the patient asked for the questions


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    urgency: Urgency  # STOP_URGENT (emergency) or SEE_DOCTOR_SOON


@dataclass(frozen=True)
class Message:
    title: str
    text: str


@dataclass(frozen=True)
class RedFlagSet:
    questions: tuple[Question, ...]
    messages: Mapping[Urgency, Message]
    recheck_days: int = 7
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    question_id: str
    question_text: str  # as shown, so a report says what was asked even after the file changes
    yes: bool


@dataclass(frozen=True)
class Decision:
    urgency: Urgency
    yes_to: tuple[str, ...]  # the ids answered yes, in question order


@dataclass(frozen=True)
class Screening:
    """A completed screening as stored."""

    id: ScreeningId
    profile_id: ProfileId
    when: dt.datetime
    reason: ScreeningReason
    urgency: Urgency
    answers: tuple[Answer, ...]
    care_confirmed: dt.datetime | None = None


def decide(questions: Sequence[Question], answers: Mapping[str, bool]) -> Decision:
    """Apply the decision table. Raises ValueError when a question is unanswered or unknown."""
    known = {q.id for q in questions}
    missing = [q.id for q in questions if q.id not in answers]
    if missing:
        raise ValueError(f"unanswered red-flag questions: {', '.join(missing)}")
    unknown = sorted(set(answers) - known)
    if unknown:
        raise ValueError(f"answers to unknown questions: {', '.join(unknown)}")
    yes = tuple(q.id for q in questions if answers[q.id])
    urgent = any(answers[q.id] for q in questions if q.urgency is Urgency.STOP_URGENT)
    if urgent:
        return Decision(Urgency.STOP_URGENT, yes)
    if yes:
        return Decision(Urgency.SEE_DOCTOR_SOON, yes)
    return Decision(Urgency.CLEAR, ())


def blocking(screenings: Sequence[Screening]) -> Screening | None:
    """The newest urgent screening the patient has not yet confirmed seeking care for, if any."""
    open_ = [s for s in screenings if s.urgency is Urgency.STOP_URGENT and s.care_confirmed is None]
    return max(open_, key=lambda s: s.when) if open_ else None


def screening_due(
    *,
    last: Screening | None,
    now: dt.datetime,
    recheck_days: int,
    previous: CheckIn | None = None,
    current: CheckIn | None = None,
) -> ScreeningReason | None:
    """Why the questions should be asked now, or None. ``current``/``previous``: the newest check-ins."""
    if last is None:
        return ScreeningReason.FIRST_USE
    if last.urgency is Urgency.STOP_URGENT and last.care_confirmed is not None:
        return ScreeningReason.AFTER_CARE
    if current is not None and current.when > last.when and worsened_nerve_signs(previous, current):
        return ScreeningReason.NERVE_SIGNS
    if now - last.when >= dt.timedelta(days=recheck_days):
        return ScreeningReason.WEEKLY
    return None


# ----- loading ------------------------------------------------------------------------------------------

_QUESTION_FIELDS = ("id", "text", "urgency")
_MESSAGE_KEYS = {u: (f"{u.value}_title", u.value) for u in Urgency}


def load_red_flags(
    paths: Sequence[Path], *, read: TomlReader = read_toml
) -> tuple[RedFlagSet | None, list[Problem]]:
    """The last usable file among ``paths`` (bundled first, then a clinic's), and every problem found.

    A clinic file replaces the bundled one as a whole (a translation, or a clinic's own wording); a broken
    clinic file is reported and the bundled one is used, so the questions are never missing.
    """
    problems: list[Problem] = []
    chosen: RedFlagSet | None = None
    for path in paths:
        if not path.is_file():
            continue
        loaded = _load_file(path, problems, read)
        if loaded is not None:
            chosen = loaded
    return chosen, problems


def _load_file(path: Path, problems: list[Problem], read: TomlReader) -> RedFlagSet | None:
    data = read(path, problems)
    if data is None:
        return None
    before = len(problems)
    for key in data:
        if key not in ("question", "messages", "recheck_days", "sources"):
            problems.append(Problem(path, None, key, "unknown field", ProblemKind.UNKNOWN_FIELD))
    questions: list[Question] = []
    for index, raw, line in read_entries(path, data, problems, noun="question", table="question"):
        try:
            questions.append(_question(raw))
        except FieldError as err:
            raw_id = raw.get("id")
            entry = raw_id if isinstance(raw_id, str) else index
            problems.append(Problem(path, entry, err.field, err.message, err.kind, line, noun="question"))
    if len({q.id for q in questions}) != len(questions):
        problems.append(Problem(path, None, "id", "two questions share an id", ProblemKind.DUPLICATE_ID))
    if not any(q.urgency is Urgency.STOP_URGENT for q in questions):
        problems.append(
            Problem(
                path,
                None,
                "question",
                "needs at least one stop_urgent question",
                ProblemKind.MISSING_FIELD,
                noun="question",
            )
        )
    messages = _messages(path, data.get("messages"), problems)
    recheck = data.get("recheck_days", 7)
    if isinstance(recheck, bool) or not isinstance(recheck, int) or not 1 <= recheck <= 90:
        problems.append(
            Problem(
                path,
                None,
                "recheck_days",
                f"{recheck!r} is not a whole number from 1 to 90",
                ProblemKind.BAD_VALUE,
            )
        )
        recheck = 7
    sources: tuple[str, ...] = ()
    try:
        sources = parse_texts("sources", data.get("sources", []))
    except FieldError as err:
        problems.append(Problem(path, None, err.field, err.message, err.kind))
    if len(problems) > before or messages is None:
        return None  # a safety file is used whole or not at all
    return RedFlagSet(tuple(questions), messages, recheck, sources)


def _question(raw: Mapping[str, object]) -> Question:
    check_fields(raw, _QUESTION_FIELDS, _QUESTION_FIELDS)
    qid = parse_id("id", raw["id"])
    urgency = raw["urgency"]
    if urgency not in (Urgency.STOP_URGENT.value, Urgency.SEE_DOCTOR_SOON.value):
        raise FieldError("urgency", f"{urgency!r} is not one of 'stop_urgent', 'see_doctor_soon'")
    return Question(qid, parse_text("text", raw["text"]), Urgency(urgency))


def _messages(path: Path, raw: object, problems: list[Problem]) -> dict[Urgency, Message] | None:
    if not isinstance(raw, dict):
        problems.append(
            Problem(path, None, "messages", "missing [messages] table", ProblemKind.MISSING_FIELD)
        )
        return None
    out: dict[Urgency, Message] = {}
    for urgency, (title_key, text_key) in _MESSAGE_KEYS.items():
        try:
            out[urgency] = Message(
                parse_text(f"messages.{title_key}", raw.get(title_key)),
                parse_text(f"messages.{text_key}", raw.get(text_key)),
            )
        except FieldError as err:
            problems.append(Problem(path, None, err.field, err.message, err.kind))
    return out if len(out) == len(Urgency) else None
