"""The appointment summary's values: what :mod:`.summary` builds and :mod:`.pdf` draws."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from sciatica_desktop.domain.exercise import Dose, Exercise, ExerciseId
from sciatica_desktop.domain.measures import Change, MeaningfulChange
from sciatica_desktop.domain.records import SessionStatus
from sciatica_desktop.domain.redflags import Urgency
from sciatica_desktop.domain.stats import ExtentTrend, Thresholds

NPRS_DEFAULT = MeaningfulChange(points=2, percent=30)


class RangeReason(enum.Enum):
    CHOSEN = "chosen"
    SINCE_LAST_REPORT = "since_last_report"
    LAST_4_WEEKS = "last_4_weeks"


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    reason: RangeReason
    last_report: dt.date | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Adherence:
    days_done: int
    days_planned: int
    sessions: int
    ended_early: int
    sets_done: int
    sets_skipped: int
    streak: int
    week_goal: int

    @property
    def percent(self) -> float | None:
        return None if self.days_planned == 0 else 100 * self.days_done / self.days_planned


@dataclass(frozen=True)
class ChartData:
    days: list[dt.date]
    back: list[float | None]
    leg: list[float | None]
    back_mean: list[float | None]
    leg_mean: list[float | None]
    session_days: list[dt.date]
    flare_days: list[dt.date]


@dataclass(frozen=True)
class Flare:
    start: dt.date
    end: dt.date
    peak: float  # the worst daily mean pain (back or leg) during it


@dataclass(frozen=True)
class RedFlagEntry:
    when: dt.datetime
    urgency: Urgency
    yes_to: tuple[str, ...]  # the questions answered yes, as they were asked
    care_confirmed: dt.datetime | None


@dataclass(frozen=True)
class OutcomeSummary:
    questionnaire_id: str
    name: str
    first: tuple[dt.datetime, float]
    latest: tuple[dt.datetime, float]
    answers_in_period: int
    change: Change | None  # None: one answer only, or no threshold defined
    responder: bool | None  # PGIC-like: the latest answer counts as a response; None: not that kind


@dataclass(frozen=True)
class Pain:
    back: int
    leg: int


@dataclass(frozen=True)
class LogRow:
    started: dt.datetime
    exercise_id: ExerciseId
    exercise_name: str
    sets_done: int
    sets_planned: int
    reps: int
    hold_s: float
    each_side: bool
    pain_before: Pain | None  # on the first row of a session only
    pain_after: Pain | None
    notes: tuple[str, ...] = ()  # the patient's own notes on the check-ins before and after
    skipped: int = 0  # sets skipped
    status: SessionStatus | None = None  # on the first row of a session only


@dataclass(frozen=True)
class RoutineLine:
    exercise: Exercise
    dose: Dose


@dataclass(frozen=True)
class Summary:
    patient: str | None  # None: de-identified
    generated: dt.datetime
    period: Period
    adherence: Adherence
    chart: ChartData
    back_change: Change | None
    leg_change: Change | None
    back_now: float | None  # mean of the period's last week
    leg_now: float | None
    extent: ExtentTrend
    extent_first: float | None  # mean leg-extent rank (0 none … 4 foot), first and last week of the period
    extent_last: float | None
    flares: list[Flare]
    red_flags: list[RedFlagEntry]  # screenings in the period with a yes, and any still-open urgent one
    screenings: int  # screenings in the period
    outcomes: list[OutcomeSummary]
    questions: str
    log: list[LogRow]
    routine_name: str
    routine: list[RoutineLine]
    pain_threshold: MeaningfulChange = NPRS_DEFAULT  # NPRS meaningful change (back; leg uses its own)
    thresholds: Thresholds = field(default_factory=Thresholds)
