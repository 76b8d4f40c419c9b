"""Daily pain, rolling means with gaps, baseline change, leg-extent trend, flare-ups, streaks and zones."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from sciatica_desktop.domain.measures import MeaningfulChange
from sciatica_desktop.domain.stats import (
    ExtentTrend,
    Light,
    Thresholds,
    change_since_baseline,
    current_streak,
    daily_pain,
    day_range,
    extent_trend,
    flare_days,
    heatmap,
    rolling_mean,
    series,
    sessions_per_day,
    spans,
    traffic_light,
    week_progress,
)
from sciatica_desktop.domain.symptoms import CheckIn, LegExtent

TH = Thresholds()
D0 = dt.date(2026, 3, 2)  # a Monday
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def utc(y: int, m: int, d: int, h: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, minute, tzinfo=dt.UTC)


def test_daily_values_are_means_per_local_day() -> None:
    check_ins = [
        CheckIn(when=utc(2026, 3, 2, 8), back_pain=4, leg_pain=6, leg_extent=LegExtent.FOOT),
        CheckIn(when=utc(2026, 3, 2, 20), back_pain=2, leg_pain=3, leg_extent=LegExtent.THIGH),
        # 03:00 UTC on the 3rd is still the evening of the 2nd in New York
        CheckIn(when=utc(2026, 3, 3, 3), back_pain=0, leg_pain=0),
    ]
    in_utc = daily_pain(check_ins, dt.UTC)
    assert list(in_utc) == [day(0), day(1)]
    assert (in_utc[day(0)].back, in_utc[day(0)].leg, in_utc[day(0)].extent) == (3, 4.5, 3)
    in_ny = daily_pain(check_ins, NEW_YORK)
    assert list(in_ny) == [dt.date(2026, 3, 2)] and in_ny[dt.date(2026, 3, 2)].count == 3


def test_rolling_mean_leaves_gaps_rather_than_inventing_values() -> None:
    values = [5.0, 5.0, None, 5.0, 1.0, None, None, None, None, None, None, 2.0, 2.0, 2.0, 2.0]
    got = rolling_mean(values, window=7, min_points=4)
    assert got[:4] == [None, None, None, None]  # only three real days so far
    assert got[4] == pytest.approx(4.0)  # 5, 5, 5, 1
    assert got[6] == pytest.approx(4.0)
    assert got[7] == pytest.approx(11 / 3) or got[7] is None
    assert got[8] is None and got[10] is None  # a week-long gap: too few real days
    assert got[14] == pytest.approx(2.0)
    assert rolling_mean([3.0] * 3, window=7, min_points=1) == [3.0, 3.0, 3.0]


def test_rolling_mean_window_boundary() -> None:
    values: list[float | None] = [float(i) for i in range(10)]
    got = rolling_mean(values, window=3, min_points=3)
    assert got[:2] == [None, None]
    assert got[2:] == [pytest.approx(i - 1.0) for i in range(2, 10)]


def test_series_puts_none_on_days_without_data() -> None:
    assert series(day_range(day(0), day(2)), {day(0): 1.0, day(2): 3.0}) == [1.0, None, 3.0]


def test_change_since_baseline_in_points_and_percent() -> None:
    values = {day(i): 6.0 for i in range(3)} | {day(i): 3.0 for i in range(20, 27)}
    change = change_since_baseline(values, day(26), MeaningfulChange(2, 30), TH)
    assert change is not None
    assert (change.baseline, change.current, change.points) == (6.0, 3.0, -3.0)
    assert change.percent == pytest.approx(-50) and change.meaningful_improvement
    small = {day(i): 6.0 for i in range(3)} | {day(i): 5.0 for i in range(20, 27)}
    c2 = change_since_baseline(small, day(26), MeaningfulChange(2, 30), TH)
    assert c2 is not None and not c2.meaningful and c2.improved
    # too early: the last week still overlaps the baseline days
    assert change_since_baseline(values, day(5), MeaningfulChange(2, 30), TH) is None


@pytest.mark.parametrize(
    ("early", "late", "trend"),
    [
        (4, 2, ExtentTrend.CENTRALISING),  # below the knee → thigh
        (2, 4, ExtentTrend.PERIPHERALISING),
        (3, 3, ExtentTrend.STABLE),
        (3, 2.7, ExtentTrend.STABLE),  # less than half a level
    ],
)
def test_centralising_or_peripheralising_from_the_extent_trend(
    early: float, late: float, trend: ExtentTrend
) -> None:
    extent = {day(i): float(early) for i in range(7)} | {day(i): float(late) for i in range(7, 14)}
    assert extent_trend(extent, day(13), TH) is trend


def test_extent_trend_is_unknown_with_too_few_days() -> None:
    extent = {day(0): 4.0, day(8): 1.0, day(9): 1.0, day(10): 1.0, day(11): 1.0}
    assert extent_trend(extent, day(13), TH) is ExtentTrend.UNKNOWN


def test_flare_up_days_are_judged_against_the_days_before() -> None:
    worst = {day(i): 4.0 for i in range(10)} | {day(10): 7.0, day(11): 7.5, day(12): 4.0}
    assert flare_days(worst, TH) == [day(10), day(11)]
    assert spans(flare_days(worst, TH)) == [(day(10), day(11))]
    assert flare_days({day(0): 1.0, day(1): 9.0}, TH) == []  # too little history to judge
    stricter = Thresholds(flare_points=4.0)
    assert flare_days(worst, stricter) == []


def test_traffic_lights_follow_the_thresholds() -> None:
    assert [traffic_light(p, TH) for p in (0, 3, 4, 5, 6, 10)] == [Light.GREEN] * 2 + [Light.AMBER] * 2 + [
        Light.RED
    ] * 2
    assert traffic_light(4, Thresholds(green_max=4)) is Light.GREEN


def test_streak_counts_back_from_today_and_stops_at_a_missed_day() -> None:
    active = {day(0), day(1), day(3), day(4), day(5)}
    assert current_streak(active, day(5)) == 3
    assert current_streak(active, day(6)) == 3  # today not done yet: the streak stands
    assert current_streak(active, day(7)) == 0  # yesterday missed
    assert current_streak(active, day(2)) == 2
    assert current_streak(set(), day(2)) == 0


def test_streak_in_the_patients_time_zone() -> None:
    # Evening sessions in New York: 23:30 local is 03:30/04:30 UTC the next day.
    starts = [dt.datetime(2026, 3, d, 23, 30, tzinfo=NEW_YORK).astimezone(dt.UTC) for d in (5, 6, 7, 8, 9)]
    ny_days = sessions_per_day(starts, NEW_YORK)
    assert sorted(ny_days) == [dt.date(2026, 3, d) for d in (5, 6, 7, 8, 9)]  # spans the DST change (8th)
    assert current_streak(ny_days, dt.date(2026, 3, 10)) == 5
    utc_days = sessions_per_day(starts, dt.UTC)
    assert sorted(utc_days) == [dt.date(2026, 3, d) for d in (6, 7, 8, 9, 10)]
    assert current_streak(utc_days, dt.date(2026, 3, 10)) == 5
    # Two sessions on one UTC day and none the next; in Tokyo the second falls after midnight.
    pair = [utc(2026, 3, 5, 1), utc(2026, 3, 5, 16), utc(2026, 3, 7, 1)]
    assert sorted(sessions_per_day(pair, TOKYO)) == [dt.date(2026, 3, d) for d in (5, 6, 7)]
    assert current_streak(sessions_per_day(pair, TOKYO), dt.date(2026, 3, 7)) == 3
    assert current_streak(sessions_per_day(pair, dt.UTC), dt.date(2026, 3, 7)) == 1


def test_week_goal_and_heat_map() -> None:
    counts = {day(0): 1, day(1): 2, day(3): 1, day(-3): 1}
    progress = week_progress(counts, day(3), TH)
    assert (progress.done, progress.goal) == (3, 5)
    grid = heatmap(counts, day(3), weeks=2)
    assert len(grid) == 2 and all(len(col) == 7 for col in grid)
    assert grid[0][4] == 1  # the Friday before
    assert grid[1][:4] == [1, 2, 0, 1] and grid[1][4:] == [None, None, None]


def test_quick_workout_prompts_do_not_count_as_leg_symptom_answers() -> None:
    """A pre/post-workout prompt asks only pain: its stored 'not in the leg' must not pull the trend."""
    from sciatica_desktop.domain.stats import extent_trend, extents
    from sciatica_desktop.domain.symptoms import CheckInContext

    below_knee = LegExtent.BELOW_KNEE
    check_ins = []
    for n in range(14):
        noon = dt.datetime.combine(day(n), dt.time(12), tzinfo=dt.UTC)
        check_ins.append(CheckIn(when=noon, back_pain=3, leg_pain=4, leg_extent=below_knee))
        if n >= 7:  # the second week has workouts, each with a quick prompt before it
            prompt = CheckIn(
                when=noon + dt.timedelta(hours=2), back_pain=3, leg_pain=4, context=CheckInContext.PRE_WORKOUT
            )
            assert prompt.extent_rank is None
            check_ins.append(prompt)
    daily = daily_pain(check_ins, dt.UTC)
    assert all(p.extent == below_knee.rank for p in daily.values())
    assert daily[day(10)].count == 2  # the prompt's pain still counts
    assert extent_trend(extents(daily), day(13), TH) is ExtentTrend.STABLE
