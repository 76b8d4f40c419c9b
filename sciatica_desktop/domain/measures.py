"""Outcome measures (questionnaires) as data: definitions, scoring, meaningful change, schedule.

Each questionnaire is one TOML file in ``content/questionnaires/`` (format: ``content/README.md``). A clinic
holding a licence for ODI or RMDQ drops its file into the data folder's ``content/questionnaires/``: the
scoring rules here cover them without code changes. Loading is in :mod:`.measures_load`.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NewType

from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.records import ProfileId

ResponseId = NewType("ResponseId", int)


class Scoring(enum.Enum):
    SUM = "sum"
    MEAN = "mean"
    PERCENT_OF_MAX = "percent_of_max"  # ODI-like: sum / (max of the answered items) × 100
    COUNT_YES = "count_yes"  # RMDQ-like


class ItemKind(enum.Enum):
    SCALE = "scale"  # whole numbers min..max with end labels
    CHOICE = "choice"  # one of listed options, each with a value
    YES_NO = "yes_no"  # yes = 1, no = 0


@dataclass(frozen=True)
class Option:
    value: int
    text: str


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    kind: ItemKind
    min: int = 0
    max: int = 10
    min_label: str = ""
    max_label: str = ""
    options: tuple[Option, ...] = ()
    ask_label: bool = False  # the patient names what the item is about (PSFS: an activity)
    optional: bool = False

    def value_range(self) -> tuple[int, int]:
        if self.kind is ItemKind.CHOICE:
            values = [o.value for o in self.options]
            return min(values), max(values)
        if self.kind is ItemKind.YES_NO:
            return 0, 1
        return self.min, self.max


@dataclass(frozen=True)
class MeaningfulChange:
    """The smallest change that matters; either criterion is enough. None: not defined."""

    points: float | None = None
    percent: float | None = None
    responder_values: tuple[int, ...] = ()  # a single answer that counts as a response (PGIC 1 or 2)


@dataclass(frozen=True)
class Schedule:
    at_baseline: bool = False
    every_weeks: int = 0  # 0: only at baseline (or only when the patient chooses)
    from_week: int = 0


@dataclass(frozen=True)
class Questionnaire:
    id: str
    name: str
    short_name: str
    instructions: str
    items: tuple[Item, ...]
    scoring: Scoring
    higher_is_better: bool
    meaningful_change: MeaningfulChange
    licence: str
    sources: tuple[str, ...]
    schedule: Schedule = Schedule()
    min_answered: int = 1

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


@dataclass(frozen=True)
class ItemAnswer:
    item_id: str
    value: int
    label: str = ""  # the patient's own words for the item (PSFS activity)


@dataclass(frozen=True)
class Response:
    questionnaire_id: str
    when: dt.datetime
    answers: tuple[ItemAnswer, ...]
    score: float


@dataclass(frozen=True)
class LoggedResponse:
    id: ResponseId
    profile_id: ProfileId
    response: Response


def score(q: Questionnaire, answers: Sequence[ItemAnswer]) -> float:
    """The questionnaire's score from its answers; raises :class:`OutOfRangeError` on a bad answer."""
    check_answers(q, answers)
    values = [a.value for a in answers]
    if q.scoring is Scoring.SUM:
        return float(sum(values))
    if q.scoring is Scoring.MEAN:
        return sum(values) / len(values)
    if q.scoring is Scoring.COUNT_YES:
        return float(sum(1 for v in values if v == 1))
    top = sum(q.item(a.item_id).value_range()[1] for a in answers)
    return sum(values) / top * 100 if top else 0.0


def check_answers(q: Questionnaire, answers: Sequence[ItemAnswer]) -> None:
    seen: set[str] = set()
    for a in answers:
        try:
            item = q.item(a.item_id)
        except KeyError:
            raise OutOfRangeError(f"Not saved: {q.short_name} has no item {a.item_id!r}.") from None
        if a.item_id in seen:
            raise OutOfRangeError(f"Not saved: {q.short_name} item {a.item_id!r} is answered twice.")
        seen.add(a.item_id)
        allowed = (
            {o.value for o in item.options}
            if item.kind is ItemKind.CHOICE
            else set(range(item.value_range()[0], item.value_range()[1] + 1))
        )
        if isinstance(a.value, bool) or not isinstance(a.value, int) or a.value not in allowed:
            low, high = item.value_range()
            raise OutOfRangeError(
                f"Not saved: {q.short_name} item {a.item_id!r} is {a.value!r}, "
                f"but it must be from {low} to {high}."
            )
        if item.ask_label and not a.label.strip():
            raise OutOfRangeError(f"Not saved: {q.short_name} item {a.item_id!r} needs the activity named.")
    required = [i.id for i in q.items if not i.optional and i.id not in seen]
    if required:
        raise OutOfRangeError(f"Not saved: {q.short_name} needs an answer to {', '.join(required)}.")
    if len(seen) < q.min_answered:
        raise OutOfRangeError(f"Not saved: {q.short_name} needs at least {q.min_answered} answers.")


@dataclass(frozen=True)
class Change:
    """A change from a baseline score, judged against a meaningful-change threshold."""

    baseline: float
    current: float
    points: float  # current - baseline
    percent: float | None  # relative to baseline; None when the baseline is 0
    improved: bool
    worse: bool
    meaningful: bool  # the size reaches the threshold, in either direction

    @property
    def meaningful_improvement(self) -> bool:
        return self.meaningful and self.improved

    @property
    def meaningful_worsening(self) -> bool:
        return self.meaningful and self.worse


def judge_change(
    baseline: float, current: float, threshold: MeaningfulChange, *, higher_is_better: bool
) -> Change:
    points = current - baseline
    percent = None if baseline == 0 else points / abs(baseline) * 100
    better = points > 0 if higher_is_better else points < 0
    worse = points < 0 if higher_is_better else points > 0
    eps = 1e-9
    by_points = threshold.points is not None and abs(points) + eps >= threshold.points
    by_percent = (
        threshold.percent is not None and percent is not None and abs(percent) + eps >= threshold.percent
    )
    return Change(baseline, current, points, percent, better, worse, bool(by_points or by_percent))


def is_responder(q: Questionnaire, value: float) -> bool:
    return not math.isnan(value) and int(value) in q.meaningful_change.responder_values


def is_due(q: Questionnaire, *, start: dt.date, today: dt.date, last_done: dt.date | None) -> bool:
    """Whether ``q`` is due today, for a programme that started on ``start``."""
    s = q.schedule
    if s.at_baseline and last_done is None:
        return True
    if s.every_weeks <= 0 or (today - start).days < 7 * s.from_week:
        return False
    if last_done is None:
        return True
    return (today - last_done).days >= 7 * s.every_weeks


def due_list(
    questionnaires: Sequence[Questionnaire],
    *,
    start: dt.date,
    today: dt.date,
    last_done: Mapping[str, dt.date],
) -> list[Questionnaire]:
    return [q for q in questionnaires if is_due(q, start=start, today=today, last_done=last_done.get(q.id))]
