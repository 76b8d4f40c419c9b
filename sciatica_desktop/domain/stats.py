"""Numbers behind the progress page: daily pain, rolling means with honest gaps, change from baseline,
leg-symptom trend, flare-ups, streaks and the week's goal.

Days are local calendar days in a time zone the caller passes (records are UTC), so a session at 23:30 in
New York counts for that evening, not for the next UTC day. Nothing here invents a value for a day
without data: a missing day is None, and a rolling mean needs enough real days in its window.
The thresholds are data (``content/thresholds.toml``, see :mod:`.thresholds`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from sciatica_desktop.domain.measures import Change, MeaningfulChange, judge_change


@dataclass(frozen=True)
class Thresholds:
    """Clinic-changeable limits; defaults follow ``CLINICAL.md``."""

    green_max: int = 3  # pain up to this during exercise: carry on
    amber_max: int = 5  # up to this: acceptable if it settles within 24 h; above: red
    flare_points: float = 3.0  # a day this far above the recent baseline is a flare-up day
    flare_baseline_days: int = 7  # the recent baseline: mean of this many days before
    flare_min_days: int = 3  # days with data needed in that window to judge a flare-up
    rolling_days: int = 7
    rolling_min_days: int = 4  # a rolling mean needs this many real days in its window
    baseline_days: int = 3  # the first days with data that form the starting baseline
    extent_window_days: int = 7
    extent_change: float = 0.5  # fall (rise) in mean extent rank counted as centralising (peripheralising)
    week_goal_days: int = 5  # days with a session, per week (how often beats how much)


class Light(enum.Enum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class ExtentTrend(enum.Enum):
    CENTRALISING = "centralising"
    PERIPHERALISING = "peripheralising"
    STABLE = "stable"
    UNKNOWN = "unknown"  # too few check-ins to tell


@dataclass(frozen=True)
class DayPain:
    day: dt.date
    back: float
    leg: float
    extent: float | None  # mean leg-extent rank (0 none … 4 foot) of the full check-ins; None: none that day
    count: int

    @property
    def worst(self) -> float:
        return max(self.back, self.leg)


class PainReading(Protocol):
    """What the statistics need from a check-in (a :class:`~.symptoms.CheckIn`, or a :class:`PainPoint`)."""

    @property
    def when(self) -> dt.datetime: ...
    @property
    def back_pain(self) -> int: ...
    @property
    def leg_pain(self) -> int: ...
    @property
    def extent_rank(self) -> int | None: ...


class PainPoint(NamedTuple):
    """A check-in reduced to what the chart needs; the progress query returns these (fast for years)."""

    when: dt.datetime
    back_pain: int
    leg_pain: int
    extent_rank: int | None  # None: a quick workout prompt, which does not ask how far the symptoms reach


def local_date(when: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    """The calendar day of ``when`` in ``tz``; None: the machine's zone, with its summer-time rules."""
    return when.astimezone(tz).date()


def traffic_light(pain: float, th: Thresholds) -> Light:
    if pain <= th.green_max:
        return Light.GREEN
    return Light.AMBER if pain <= th.amber_max else Light.RED


def daily_pain(check_ins: Iterable[PainReading], tz: dt.tzinfo | None) -> dict[dt.date, DayPain]:
    """Each local day's mean back pain, leg pain and leg extent, in date order."""
    sums: dict[dt.date, list[float]] = {}
    for c in check_ins:
        acc = sums.setdefault(local_date(c.when, tz), [0.0, 0.0, 0.0, 0, 0])
        acc[0] += c.back_pain
        acc[1] += c.leg_pain
        if c.extent_rank is not None:
            acc[2] += c.extent_rank
            acc[4] += 1
        acc[3] += 1
    return {
        day: DayPain(day, b / n, leg / n, e / m if m else None, int(n))
        for day, (b, leg, e, n, m) in sorted(sums.items())
    }


def extents(daily: Mapping[dt.date, DayPain]) -> dict[dt.date, float]:
    """Each day's mean leg-extent rank, for the days a full check-in answered it."""
    return {d: p.extent for d, p in daily.items() if p.extent is not None}


def day_range(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def series(days: Sequence[dt.date], values: Mapping[dt.date, float]) -> list[float | None]:
    return [values.get(d) for d in days]


def rolling_mean(values: Sequence[float | None], window: int, min_points: int) -> list[float | None]:
    """Trailing mean over ``window`` days of the days with values; None below ``min_points`` of them."""
    out: list[float | None] = []
    total, count = 0.0, 0
    for i, v in enumerate(values):
        if v is not None:
            total, count = total + v, count + 1
        if i >= window:
            old = values[i - window]
            if old is not None:
                total, count = total - old, count - 1
        out.append(total / count if count >= min_points else None)
    return out


def baseline(values: Mapping[dt.date, float], days: int) -> float | None:
    """Mean of the first ``days`` days that have a value (the starting point), or None."""
    first = [values[d] for d in sorted(values)[:days]]
    return sum(first) / len(first) if first else None


def recent(values: Mapping[dt.date, float], end: dt.date, th: Thresholds) -> float | None:
    """Mean of the last ``rolling_days`` days up to ``end``; None with too few real days."""
    start = end - dt.timedelta(days=th.rolling_days - 1)
    window = [v for d, v in values.items() if start <= d <= end]
    return sum(window) / len(window) if len(window) >= th.rolling_min_days else None


def change_since_baseline(
    values: Mapping[dt.date, float],
    end: dt.date,
    threshold: MeaningfulChange,
    th: Thresholds,
    *,
    higher_is_better: bool = False,
) -> Change | None:
    """The change from the first days to the last week, judged against ``threshold``; None if unknown.

    The baseline days are not reused as the "now" window: the last week must start after them.
    """
    if not values:
        return None
    first_days = sorted(values)[: th.baseline_days]
    start = end - dt.timedelta(days=th.rolling_days - 1)
    if start <= first_days[-1]:
        return None
    base, now = baseline(values, th.baseline_days), recent(values, end, th)
    if base is None or now is None:
        return None
    return judge_change(base, now, threshold, higher_is_better=higher_is_better)


def extent_trend(extent: Mapping[dt.date, float], end: dt.date, th: Thresholds) -> ExtentTrend:
    """Compare the mean leg-extent rank of the last window with the window before it."""
    w = th.extent_window_days
    late_start, early_start = end - dt.timedelta(days=w - 1), end - dt.timedelta(days=2 * w - 1)
    late = [v for d, v in extent.items() if late_start <= d <= end]
    early = [v for d, v in extent.items() if early_start <= d < late_start]
    need = max(1, min(th.rolling_min_days, w))
    if len(late) < need or len(early) < need:
        return ExtentTrend.UNKNOWN
    diff = sum(late) / len(late) - sum(early) / len(early)
    if diff <= -th.extent_change:
        return ExtentTrend.CENTRALISING
    if diff >= th.extent_change:
        return ExtentTrend.PERIPHERALISING
    return ExtentTrend.STABLE


def flare_days(worst: Mapping[dt.date, float], th: Thresholds) -> list[dt.date]:
    """Days whose pain is at least ``flare_points`` above the mean of the days before them."""
    out = []
    window: deque[tuple[dt.date, float]] = deque()  # the days with values in the baseline window
    total = 0.0
    span = dt.timedelta(days=th.flare_baseline_days)
    for day, value in sorted(worst.items()):
        while window and window[0][0] < day - span:
            total -= window.popleft()[1]
        if len(window) >= th.flare_min_days and value - total / len(window) >= th.flare_points:
            out.append(day)
        window.append((day, value))
        total += value
    return out


def spans(days: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Runs of consecutive days, as (first, last)."""
    out: list[tuple[dt.date, dt.date]] = []
    for day in sorted(set(days)):
        if out and day - out[-1][1] == dt.timedelta(days=1):
            out[-1] = (out[-1][0], day)
        else:
            out.append((day, day))
    return out


# ----- adherence --------------------------------------------------------------------------------------


def sessions_per_day(starts: Iterable[dt.datetime], tz: dt.tzinfo | None) -> Counter[dt.date]:
    return Counter(local_date(s, tz) for s in starts)


def current_streak(active: Iterable[dt.date], today: dt.date) -> int:
    """Days in a row with a session, ending today; today without one yet does not break it."""
    days = set(active)
    day = today if today in days else today - dt.timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= dt.timedelta(days=1)
    return streak


@dataclass(frozen=True)
class WeekProgress:
    done: int  # days with a session this week (Monday to today)
    goal: int


def week_progress(active: Iterable[dt.date], today: dt.date, th: Thresholds) -> WeekProgress:
    monday = today - dt.timedelta(days=today.weekday())
    return WeekProgress(sum(1 for d in set(active) if monday <= d <= today), th.week_goal_days)


def heatmap(counts: Mapping[dt.date, int], end: dt.date, weeks: int) -> list[list[int | None]]:
    """``weeks`` columns (oldest first) of seven rows, Monday first; None for days after ``end``."""
    last_monday = end - dt.timedelta(days=end.weekday())
    first = last_monday - dt.timedelta(weeks=weeks - 1)
    grid: list[list[int | None]] = []
    for w in range(weeks):
        column: list[int | None] = []
        for r in range(7):
            day = first + dt.timedelta(days=7 * w + r)
            column.append(None if day > end else counts.get(day, 0))
        grid.append(column)
    return grid
