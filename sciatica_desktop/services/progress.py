"""The progress page's data in one call: one query for check-ins, one for sessions, one for outcomes;
every number from the domain's statistics. The page only draws what this returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.measures import Change, judge_change
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.stats import (
    ExtentTrend,
    Thresholds,
    WeekProgress,
    change_since_baseline,
    current_streak,
    daily_pain,
    day_range,
    extent_trend,
    extents,
    flare_days,
    local_date,
    rolling_mean,
    series,
    sessions_per_day,
    spans,
    week_progress,
)
from sciatica_desktop.services.checkins import SymptomContent
from sciatica_desktop.storage.symptom_repository import SymptomRepository


@dataclass(frozen=True)
class Outcome:
    questionnaire_id: str
    name: str
    points: list[tuple[dt.datetime, float]]
    change: Change | None = None


@dataclass
class Progress:
    today: dt.date
    days: list[dt.date] = field(default_factory=list)  # every day from the first record to today
    back: list[float | None] = field(default_factory=list)  # daily means; None: no check-in that day
    leg: list[float | None] = field(default_factory=list)
    back_mean: list[float | None] = field(default_factory=list)  # rolling means; None: too few days
    leg_mean: list[float | None] = field(default_factory=list)
    sessions: dict[dt.date, int] = field(default_factory=dict)
    flare_spans: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    back_change: Change | None = None
    leg_change: Change | None = None
    extent: ExtentTrend = ExtentTrend.UNKNOWN
    streak: int = 0
    week: WeekProgress = field(default_factory=lambda: WeekProgress(0, 0))
    outcomes: list[Outcome] = field(default_factory=list)
    thresholds: Thresholds = field(default_factory=Thresholds)


def build_progress(
    store: SymptomRepository,
    content: SymptomContent,
    profile_id: ProfileId,
    *,
    clock: Clock,
    tz: dt.tzinfo | None = None,
) -> Progress:
    th = content.thresholds
    today = local_date(clock.utcnow(), tz)
    points = store.pain_points(profile_id)
    starts = store.session_starts(profile_id)
    daily = daily_pain(points, tz)
    sessions = dict(sessions_per_day(starts, tz))
    first = min([*daily, *sessions], default=today)
    days = day_range(min(first, today), today)
    back_by_day = {d: p.back for d, p in daily.items()}
    leg_by_day = {d: p.leg for d, p in daily.items()}
    back, leg = series(days, back_by_day), series(days, leg_by_day)
    progress = Progress(
        today=today,
        days=days,
        back=back,
        leg=leg,
        back_mean=rolling_mean(back, th.rolling_days, th.rolling_min_days),
        leg_mean=rolling_mean(leg, th.rolling_days, th.rolling_min_days),
        sessions=sessions,
        flare_spans=spans(flare_days({d: p.worst for d, p in daily.items()}, th)),
        back_change=change_since_baseline(back_by_day, today, content.nprs_threshold("nprs_back"), th),
        leg_change=change_since_baseline(leg_by_day, today, content.nprs_threshold("nprs_leg"), th),
        extent=extent_trend(extents(daily), today, th),
        streak=current_streak(sessions, today),
        week=week_progress(sessions, today, th),
        thresholds=th,
    )
    progress.outcomes = _outcomes(store, content, profile_id)
    return progress


def _outcomes(store: SymptomRepository, content: SymptomContent, profile_id: ProfileId) -> list[Outcome]:
    by_id: dict[str, list[tuple[dt.datetime, float]]] = {}
    for r in store.responses(profile_id):
        by_id.setdefault(r.response.questionnaire_id, []).append((r.response.when, r.response.score))
    out = []
    for qid, pts in by_id.items():
        q = content.questionnaire(qid)
        change = None
        if q is not None and len(pts) >= 2 and (q.meaningful_change.points or q.meaningful_change.percent):
            change = judge_change(
                pts[0][1], pts[-1][1], q.meaningful_change, higher_is_better=q.higher_is_better
            )
        out.append(Outcome(qid, q.short_name if q else qid, pts, change))
    return out
