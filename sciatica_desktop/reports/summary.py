"""What an appointment summary says, as plain data: no Qt, no layout. :mod:`.pdf` draws it.

Definitions a clinician may ask about (the PDF states them too):

- **Planned workouts**: the week goal (``week_goal_days`` in ``thresholds.toml``, days with a session per
  week) spread over the days of the period: ``round(goal × days / 7)``. **Done** counts days with at least
  one session, as the week goal does; adherence is done ÷ planned.
- **Change since baseline**: the mean of the first ``baseline_days`` days with check-ins (the programme's
  start, even before the period) against the mean of the period's last ``rolling_days`` days, judged
  against the NPRS meaningful-change threshold (2 points or 30 %).
- **Default period**: since the previous report, when that was 7 to 84 days ago; else the last 28 days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sciatica_desktop.domain.catalogue import Catalogue
from sciatica_desktop.domain.exercise import WorkoutItem
from sciatica_desktop.domain.measures import MeaningfulChange, Questionnaire, judge_change
from sciatica_desktop.domain.records import Profile, SessionStatus, WorkoutSession
from sciatica_desktop.domain.redflags import Urgency
from sciatica_desktop.domain.stats import (
    Thresholds,
    change_since_baseline,
    current_streak,
    daily_pain,
    day_range,
    extent_trend,
    extents,
    flare_days,
    local_date,
    recent,
    rolling_mean,
    series,
    sessions_per_day,
    spans,
)
from sciatica_desktop.domain.symptoms import CheckInContext, LoggedCheckIn
from sciatica_desktop.reports.summary_types import (
    NPRS_DEFAULT,
    Adherence,
    ChartData,
    Flare,
    LogRow,
    OutcomeSummary,
    Pain,
    Period,
    RangeReason,
    RedFlagEntry,
    RoutineLine,
    Summary,
)
from sciatica_desktop.storage.report_repository import ReportRepository
from sciatica_desktop.storage.repository import Repository
from sciatica_desktop.storage.symptom_repository import SymptomRepository

DEFAULT_DAYS = 28
SINCE_LAST_MIN_DAYS, SINCE_LAST_MAX_DAYS = 7, 84
PRE_WINDOW = dt.timedelta(minutes=45)  # a pre-workout check-in this close before the start belongs to it
MAX_SESSIONS = 100_000


def choose_period(
    today: dt.date, *, since: dt.date | None, until: dt.date | None, last_report: dt.date | None
) -> Period:
    end = until or today
    if since is not None:
        if since > end:
            raise ValueError(f"the start {since} is after the end {end}")
        return Period(since, end, RangeReason.CHOSEN, last_report)
    if last_report is not None and SINCE_LAST_MIN_DAYS <= (end - last_report).days <= SINCE_LAST_MAX_DAYS:
        return Period(last_report, end, RangeReason.SINCE_LAST_REPORT, last_report)
    start = end - dt.timedelta(days=DEFAULT_DAYS - 1)
    return Period(start, end, RangeReason.CHOSEN if until else RangeReason.LAST_4_WEEKS, last_report)


def _threshold(questionnaires: Sequence[Questionnaire], qid: str) -> MeaningfulChange:
    q = next((q for q in questionnaires if q.id == qid), None)
    return NPRS_DEFAULT if q is None else q.meaningful_change


def build_summary(
    *,
    repo: Repository,
    symptoms: SymptomRepository,
    reports: ReportRepository,
    profile: Profile,
    catalogue: Catalogue,
    routine_name: str,
    routine: Sequence[WorkoutItem],
    thresholds: Thresholds,
    questionnaires: Sequence[Questionnaire],
    now: dt.datetime,
    since: dt.date | None = None,
    until: dt.date | None = None,
    deidentified: bool = False,
    tz: dt.tzinfo | None = None,
) -> Summary:
    th = thresholds
    last = reports.last_report(profile.id)
    period = choose_period(
        local_date(now, tz),
        since=since,
        until=until,
        last_report=None if last is None else local_date(last.generated, tz),
    )
    check_ins = symptoms.check_ins(profile.id)
    upto = [c for c in check_ins if local_date(c.entry.when, tz) <= period.end]
    daily = daily_pain([c.entry for c in upto], tz)
    sessions = [
        s
        for s in repo.list_sessions(profile.id, limit=MAX_SESSIONS)
        if local_date(s.started, tz) <= period.end
    ]
    in_period = sorted(
        (s for s in sessions if period.start <= local_date(s.started, tz)), key=lambda s: s.started
    )
    back = {d: p.back for d, p in daily.items()}
    leg = {d: p.leg for d, p in daily.items()}
    worst = {d: p.worst for d, p in daily.items()}
    extent = extents(daily)
    return Summary(
        patient=None if deidentified else profile.name,
        generated=now,
        period=period,
        adherence=_adherence(sessions, in_period, period, th, tz),
        chart=_chart(daily, (back, leg, worst), sessions, period, th=th, tz=tz),
        back_change=change_since_baseline(back, period.end, _threshold(questionnaires, "nprs_back"), th),
        leg_change=change_since_baseline(leg, period.end, _threshold(questionnaires, "nprs_leg"), th),
        back_now=recent(back, period.end, th),
        leg_now=recent(leg, period.end, th),
        extent=extent_trend(extent, period.end, th),
        extent_first=_mean_between(extent, period.start, period.start + dt.timedelta(days=6)),
        extent_last=_mean_between(extent, period.end - dt.timedelta(days=6), period.end),
        flares=[
            Flare(a, b, max(worst[d] for d in day_range(a, b) if d in worst))
            for a, b in spans(flare_days(worst, th))
            if b >= period.start and a <= period.end
        ],
        red_flags=_red_flags(symptoms, profile, period, tz),
        screenings=sum(
            1 for s in symptoms.screenings(profile.id) if period.start <= local_date(s.when, tz) <= period.end
        ),
        outcomes=_outcomes(symptoms, profile, questionnaires, period, tz),
        questions=reports.questions(profile.id),
        log=_log(in_period, upto, catalogue),
        routine_name=routine_name,
        routine=[RoutineLine(item.exercise, item.dose) for item in routine],
        pain_threshold=_threshold(questionnaires, "nprs_back"),
        thresholds=th,
    )


def _mean_between(values: dict[dt.date, float], start: dt.date, end: dt.date) -> float | None:
    window = [v for d, v in values.items() if start <= d <= end]
    return sum(window) / len(window) if window else None


def _adherence(
    sessions: Sequence[WorkoutSession],
    in_period: Sequence[WorkoutSession],
    period: Period,
    th: Thresholds,
    tz: dt.tzinfo | None,
) -> Adherence:
    # A day counts when a set was finished, not merely when a session was opened.
    active = sessions_per_day((s.started for s in sessions if s.completed_sets), tz)
    done_days = {d for d in active if period.start <= d <= period.end}
    sets = [log for s in in_period for log in s.sets]
    return Adherence(
        days_done=len(done_days),
        days_planned=round(th.week_goal_days * period.days / 7),
        sessions=len(in_period),
        ended_early=sum(1 for s in in_period if s.status is SessionStatus.ENDED_EARLY),
        sets_done=sum(1 for s in sets if not s.result.skipped),
        sets_skipped=sum(1 for s in sets if s.result.skipped),
        streak=current_streak(active, period.end),
        week_goal=th.week_goal_days,
    )


def _chart(
    daily: Mapping[dt.date, object],
    values: tuple[dict[dt.date, float], dict[dt.date, float], dict[dt.date, float]],
    sessions: Sequence[WorkoutSession],
    period: Period,
    *,
    th: Thresholds,
    tz: dt.tzinfo | None,
) -> ChartData:
    back, leg, worst = values
    # Rolling means run over the whole history, so the period's first week has its mean too.
    first = min([*daily, period.start])
    every = day_range(first, period.end)
    back_all, leg_all = series(every, back), series(every, leg)
    back_mean = rolling_mean(back_all, th.rolling_days, th.rolling_min_days)
    leg_mean = rolling_mean(leg_all, th.rolling_days, th.rolling_min_days)
    skip = (period.start - first).days
    flares = flare_days(worst, th)
    return ChartData(
        days=every[skip:],
        back=back_all[skip:],
        leg=leg_all[skip:],
        back_mean=back_mean[skip:],
        leg_mean=leg_mean[skip:],
        session_days=sorted({d for s in sessions if period.start <= (d := local_date(s.started, tz))}),
        flare_days=[d for d in flares if period.start <= d <= period.end],
    )


def _red_flags(
    symptoms: SymptomRepository, profile: Profile, period: Period, tz: dt.tzinfo | None
) -> list[RedFlagEntry]:
    out = []
    for s in symptoms.screenings(profile.id):
        yes = tuple(a.question_text for a in s.answers if a.yes)
        in_range = period.start <= local_date(s.when, tz) <= period.end
        still_open = s.urgency is Urgency.STOP_URGENT and s.care_confirmed is None
        if yes and (in_range or still_open):
            out.append(RedFlagEntry(s.when, s.urgency, yes, s.care_confirmed))
    return out


def _outcomes(
    symptoms: SymptomRepository,
    profile: Profile,
    questionnaires: Sequence[Questionnaire],
    period: Period,
    tz: dt.tzinfo | None,
) -> list[OutcomeSummary]:
    by_id: dict[str, list[tuple[dt.datetime, float]]] = {}
    for r in symptoms.responses(profile.id):
        if local_date(r.response.when, tz) <= period.end:
            by_id.setdefault(r.response.questionnaire_id, []).append((r.response.when, r.response.score))
    out = []
    for qid, points in by_id.items():
        q = next((q for q in questionnaires if q.id == qid), None)
        mc = None if q is None else q.meaningful_change
        change = None
        if q is not None and mc is not None and len(points) >= 2 and (mc.points or mc.percent):
            change = judge_change(points[0][1], points[-1][1], mc, higher_is_better=q.higher_is_better)
        responder = None
        if mc is not None and mc.responder_values:
            responder = int(points[-1][1]) in mc.responder_values
        out.append(
            OutcomeSummary(
                qid,
                qid if q is None else q.short_name,
                points[0],
                points[-1],
                sum(1 for w, _s in points if period.start <= local_date(w, tz)),
                change,
                responder,
            )
        )
    return out


def _pain(c: LoggedCheckIn | None) -> Pain | None:
    return None if c is None else Pain(c.entry.back_pain, c.entry.leg_pain)


def _log(
    sessions: Sequence[WorkoutSession], check_ins: Sequence[LoggedCheckIn], catalogue: Catalogue
) -> list[LogRow]:
    rows: list[LogRow] = []
    for s in sessions:
        end = s.ended or (s.sets[-1].result.ended if s.sets else s.started)
        before = next(
            (
                c
                for c in reversed(check_ins)
                if c.entry.context is CheckInContext.PRE_WORKOUT
                and s.started - PRE_WINDOW <= c.entry.when <= s.started
            ),
            None,
        )
        after = next(
            (
                c
                for c in check_ins
                if c.session_id == s.id
                or (
                    c.entry.context is CheckInContext.POST_WORKOUT and end <= c.entry.when <= end + PRE_WINDOW
                )
            ),
            None,
        )
        notes = tuple(c.entry.note for c in (before, after) if c is not None and c.entry.note)
        for index, item in enumerate(s.plan):
            logs = [x.result for x in s.sets if x.result.exercise_index == index]
            exercise = catalogue.get(item.exercise_id)
            sides = 1 if exercise is None else len(exercise.sides())
            first = index == 0
            rows.append(
                LogRow(
                    started=s.started,
                    exercise_id=item.exercise_id,
                    exercise_name=item.exercise_id if exercise is None else exercise.name,
                    sets_done=sum(1 for r in logs if not r.skipped),
                    sets_planned=item.sets * sides,
                    reps=item.reps,
                    hold_s=item.hold_s,
                    each_side=sides == 2,
                    pain_before=_pain(before) if first else None,
                    pain_after=_pain(after) if first else None,
                    notes=notes if first else (),
                    skipped=sum(1 for r in logs if r.skipped),
                    status=s.status if first else None,
                )
            )
    return rows
