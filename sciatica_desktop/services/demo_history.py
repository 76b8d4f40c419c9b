"""A realistic, reproducible made-up history for demonstrations, screenshots and benchmarks.

Pain improves over the weeks with day-to-day noise; one flare-up in the second half; leg symptoms retreat
toward the back (centralising) and spread again during the flare-up; some days and workouts are missed
(including a few days away); workouts follow the starter routine with their sets; PSFS every 4 weeks,
PGIC weekly from week 2, and a weekly red-flag screening with every answer "no". Pure: no storage.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from sciatica_desktop.domain.exercise import WorkoutItem
from sciatica_desktop.domain.measures import ItemAnswer
from sciatica_desktop.domain.records import PlannedItem, SetResult
from sciatica_desktop.domain.symptoms import CheckIn, CheckInContext, LegExtent, Numbness, Trigger

PSFS_ACTIVITIES = ("Sitting through a film", "Putting on socks", "Walking to the shops")


@dataclass(frozen=True)
class DemoWorkout:
    started: dt.datetime
    ended: dt.datetime
    plan: tuple[PlannedItem, ...]
    sets: tuple[SetResult, ...]
    before: CheckIn | None = None
    after: CheckIn | None = None


@dataclass(frozen=True)
class DemoResponse:
    questionnaire_id: str
    when: dt.datetime
    answers: tuple[ItemAnswer, ...]


@dataclass
class DemoHistory:
    start: dt.datetime
    check_ins: list[CheckIn] = field(default_factory=list)
    workouts: list[DemoWorkout] = field(default_factory=list)
    responses: list[DemoResponse] = field(default_factory=list)
    screenings: list[dt.datetime] = field(default_factory=list)  # weekly, every answer "no"
    flare_days: list[int] = field(default_factory=list)  # day numbers of the flare-up


@dataclass(frozen=True)
class _Levels:
    """One day's underlying symptom levels, before the day-to-day noise."""

    day: dt.date
    n: int
    f: float
    flare: float
    back: float
    leg: float
    extent: float
    flare_start: int


def _at(day: dt.date, hour: float, tz: dt.tzinfo | None) -> dt.datetime:
    naive = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hour)
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(dt.UTC)


def _pain(value: float) -> int:
    return max(0, min(10, round(value)))


def generate(
    *,
    today: dt.date,
    weeks: int,
    seed: int,
    routine: Sequence[WorkoutItem],
    tz: dt.tzinfo | None = None,
    now: dt.datetime | None = None,
) -> DemoHistory:
    """``weeks`` of history ending on ``today`` (local); nothing later than ``now`` when given."""
    rng = random.Random(seed)
    days = weeks * 7
    first = today - dt.timedelta(days=days - 1)
    history = DemoHistory(start=_at(first, 7.5, tz))
    flare_start = int(days * 0.58)
    history.flare_days = list(range(flare_start, flare_start + 4))
    away = set(range(int(days * 0.3), int(days * 0.3) + 3))  # a few days away: nothing recorded
    plan = tuple(
        PlannedItem(i.exercise.id, i.dose.sets, i.dose.reps, i.dose.hold_s, i.dose.rest_s, i.dose.tempo_s)
        for i in routine
    )
    for n in range(days):
        day = first + dt.timedelta(days=n)
        f = n / max(1, days - 1)
        flare = 5.0 * math.exp(-(n - flare_start) / 2.5) if flare_start <= n < flare_start + 5 else 0.0
        back_level = 2.0 + 4.0 * math.exp(-2.2 * f) + flare * 0.8
        leg_level = 1.2 + 6.0 * math.exp(-2.6 * f) + flare
        extent_level = 3.2 - 2.4 * f + (1.5 if flare > 1 else 0.0)
        if n % 7 == 0 and n not in away:
            history.screenings.append(_at(day, 7.4, tz))
        if n in away:
            continue

        levels = _Levels(
            day=day,
            n=n,
            f=f,
            flare=flare,
            back=back_level,
            leg=leg_level,
            extent=extent_level,
            flare_start=flare_start,
        )

        def check_in(hour: float, context: CheckInContext, full: bool, *, lv: _Levels = levels) -> CheckIn:
            return _check_in(lv, hour, context, full, rng=rng, tz=tz)

        if rng.random() < 0.88:
            history.check_ins.append(check_in(8.0, CheckInContext.ANY, True))
        if rng.random() < 0.35:
            history.check_ins.append(check_in(20.5, CheckInContext.ANY, True))
        if rng.random() < (0.45 if flare else 0.78):
            history.workouts.append(_workout(day, plan, routine, rng=rng, tz=tz, check_in=check_in))
    if now is not None:
        history.check_ins = [c for c in history.check_ins if c.when <= now]
        history.workouts = [w for w in history.workouts if w.ended <= now]
        history.screenings = [s for s in history.screenings if s <= now]
    history.responses = _responses(first, days, rng, tz, now)
    return history


def _check_in(
    lv: _Levels,
    hour: float,
    context: CheckInContext,
    full: bool,
    *,
    rng: random.Random,
    tz: dt.tzinfo | None,
) -> CheckIn:
    extent = list(LegExtent)[max(0, min(4, round(lv.extent + rng.gauss(0, 0.35))))]
    numb = Numbness.SOME if lv.leg + rng.gauss(0, 0.5) > 4.5 else Numbness.NONE
    triggers = frozenset(
        t
        for t in (Trigger.SITTING, Trigger.DRIVING, Trigger.BENDING, Trigger.SLEEP)
        if rng.random() < 0.15 + 0.08 * lv.leg
    )
    sitting = max(5, round((15 + 60 * lv.f - 8 * lv.flare + rng.gauss(0, 6)) / 5) * 5)
    return CheckIn(
        when=_at(lv.day, hour + rng.uniform(-0.6, 0.6), tz),
        back_pain=_pain(lv.back + rng.gauss(0, 0.8)),
        leg_pain=_pain(lv.leg + rng.gauss(0, 0.9)),
        leg_extent=extent if full else LegExtent.NONE,
        numbness=numb if full else Numbness.NONE,
        sitting_minutes=sitting if full else None,
        triggers=triggers if full else frozenset(),
        note="Flare-up after lifting a box" if full and lv.n == lv.flare_start else "",
        context=context,
    )


def _workout(
    day: dt.date,
    plan: tuple[PlannedItem, ...],
    routine: Sequence[WorkoutItem],
    *,
    rng: random.Random,
    tz: dt.tzinfo | None,
    check_in: Callable[[float, CheckInContext, bool], CheckIn],
) -> DemoWorkout:
    started = _at(day, 17.5 + rng.uniform(-1, 1.5), tz)
    clock = started + dt.timedelta(seconds=10)
    sets: list[SetResult] = []
    for index, item in enumerate(routine):
        sides = item.exercise.sides()
        for set_number in range(1, item.dose.sets + 1):
            for side in sides:
                seconds = item.dose.reps * (item.dose.hold_s + 3 if item.dose.hold_s else item.dose.tempo_s)
                ended = clock + dt.timedelta(seconds=seconds)
                skipped = rng.random() < 0.03
                sets.append(
                    SetResult(
                        item.exercise.id,
                        index,
                        side,
                        set_number,
                        0 if skipped else item.dose.reps,
                        item.dose.reps,
                        0.0 if skipped else float(item.dose.hold_s * item.dose.reps),
                        clock,
                        ended,
                        skipped,
                    )
                )
                clock = ended + dt.timedelta(seconds=item.dose.rest_s)
    before = check_in(17.0, CheckInContext.PRE_WORKOUT, False) if rng.random() < 0.6 else None
    after = check_in(18.5, CheckInContext.POST_WORKOUT, False) if rng.random() < 0.6 else None
    if before is not None:
        before = replace(before, when=started - dt.timedelta(minutes=2))
    if after is not None:
        after = replace(after, when=clock + dt.timedelta(minutes=1))
    return DemoWorkout(started, clock, plan, tuple(sets), before, after)


def _responses(
    first: dt.date, days: int, rng: random.Random, tz: dt.tzinfo | None, now: dt.datetime | None
) -> list[DemoResponse]:
    out: list[DemoResponse] = []
    for n in range(0, days, 28):
        f = n / max(1, days - 1)
        values = [max(0, min(10, round(2 + 5.5 * f + rng.gauss(0, 0.7)))) for _ in PSFS_ACTIVITIES]
        answers = tuple(
            ItemAnswer(f"activity_{i + 1}", v, a)
            for i, (v, a) in enumerate(zip(values, PSFS_ACTIVITIES, strict=True))
        )
        out.append(DemoResponse("psfs", _at(first + dt.timedelta(days=n), 9.0, tz), answers))
    for n in range(14, days, 7):
        f = n / max(1, days - 1)
        value = max(1, min(7, round(4 - 2.6 * f + rng.gauss(0, 0.4))))
        out.append(
            DemoResponse("pgic", _at(first + dt.timedelta(days=n), 9.2, tz), (ItemAnswer("change", value),))
        )
    out.sort(key=lambda r: r.when)
    return [r for r in out if now is None or r.when <= now]
