"""Words on the printed summary, all through Qt's translation system. Written for a clinician who reads
fast: numbers first, then what they mean against a stated threshold. Nothing here diagnoses.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QObject

from sciatica_desktop.domain.exercise import Dose
from sciatica_desktop.domain.measures import Change, MeaningfulChange
from sciatica_desktop.domain.redflags import Urgency
from sciatica_desktop.domain.stats import ExtentTrend
from sciatica_desktop.reports.summary_types import Period, RangeReason


class Report(QObject):
    """The translation context of the report's words, for plurals: ``Report.tr("%n flare-up(s)", None, n)``.

    pyside6-lupdate files a bare ``tr()`` under no context (and does not see the count in a
    ``QCoreApplication.translate`` call), so the English "1 set skipped" would never be found."""


def h(text: str) -> str:
    """Escape for the report's HTML."""
    return escape(text, quote=False)


def day_text(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def short_day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def local_text(when: dt.datetime) -> str:
    local = when.astimezone()
    return f"{local.day} {local:%b %Y}, {local:%H:%M}"


def period_text(period: Period) -> str:
    span = Report.tr("{start} to {end} ({days} days)").format(
        start=day_text(period.start), end=day_text(period.end), days=period.days
    )
    why = {
        RangeReason.CHOSEN: Report.tr("chosen range"),
        RangeReason.SINCE_LAST_REPORT: Report.tr("since the previous summary"),
        RangeReason.LAST_4_WEEKS: Report.tr("the last 4 weeks"),
    }[period.reason]
    return f"{span}, {why}"


def threshold_text(mc: MeaningfulChange) -> str:
    parts = []
    if mc.points is not None:
        parts.append(Report.tr("{p:g} points").format(p=mc.points))
    if mc.percent is not None:
        parts.append(Report.tr("{p:g}%").format(p=mc.percent))
    return Report.tr(" or ").join(parts) if parts else Report.tr("none defined")


def verdict(change: Change) -> str:
    if change.meaningful_improvement:
        return Report.tr("meaningful improvement")
    if change.meaningful_worsening:
        return Report.tr("meaningfully worse")
    if change.improved:
        return Report.tr("better, below the meaningful-change threshold")
    if change.worse:
        return Report.tr("worse, below the meaningful-change threshold")
    return Report.tr("no change")


def change_text(change: Change | None) -> str:
    if change is None:
        return Report.tr("not enough check-ins to compare with the start")
    percent = "" if change.percent is None else Report.tr(", {p:+.0f}%").format(p=change.percent)
    return Report.tr(
        "{b:.1f} at the start → {c:.1f} now ({d:+.1f} points{percent}): <b>{verdict}</b>"
    ).format(
        b=change.baseline, c=change.current, d=change.points, percent=percent, verdict=h(verdict(change))
    )


def extent_words(rank: float | None) -> str:
    if rank is None:
        return Report.tr("no check-ins")
    words = (
        Report.tr("not in the leg"),
        Report.tr("buttock"),
        Report.tr("thigh"),
        Report.tr("below the knee"),
        Report.tr("foot"),
    )
    return words[max(0, min(4, round(rank)))]


def trend_text(trend: ExtentTrend) -> str:
    return {
        ExtentTrend.CENTRALISING: Report.tr(
            "centralising (reaching less far down the leg than the week before)"
        ),
        ExtentTrend.PERIPHERALISING: Report.tr("spreading further down the leg than the week before"),
        ExtentTrend.STABLE: Report.tr("stable over the last two weeks"),
        ExtentTrend.UNKNOWN: Report.tr("too few check-ins in the last two weeks to tell"),
    }[trend]


def urgency_text(urgency: Urgency) -> str:
    return {
        Urgency.STOP_URGENT: Report.tr(
            "URGENT: the app told the patient to stop exercising and seek care now"
        ),
        Urgency.SEE_DOCTOR_SOON: Report.tr("the app advised seeing a doctor soon"),
        Urgency.CLEAR: Report.tr("no warning signs"),
    }[urgency]


def seconds_text(seconds: float) -> str:
    whole = round(seconds)
    if whole >= 60 and whole % 60 == 0:
        return Report.tr("{m} min").format(m=whole // 60)
    return Report.tr("{s} s").format(s=whole)


def dose_text(dose: Dose, *, each_side: bool) -> str:
    """'3 × 10 reps', '2 × 3 holds of 30 s', with ', each side' when it applies."""
    if dose.is_hold and dose.hold_s >= 10:
        text = Report.tr("{sets} × {reps} holds of {hold}").format(
            sets=dose.sets, reps=dose.reps, hold=seconds_text(dose.hold_s)
        )
    else:
        text = Report.tr("{sets} × {reps} reps").format(sets=dose.sets, reps=dose.reps)
        if dose.is_hold:
            text += Report.tr(", {hold} hold").format(hold=seconds_text(dose.hold_s))
    return text + (Report.tr(", each side") if each_side else "")


def done_text(sets_done: int, sets_planned: int, reps: int, hold_s: float) -> str:
    unit = (
        Report.tr("{n} × {hold} hold").format(n=reps, hold=seconds_text(hold_s))
        if hold_s >= 10
        else Report.tr("{n} reps").format(n=reps)
    )
    return Report.tr("{done} of {planned} sets ({unit})").format(
        done=sets_done, planned=sets_planned, unit=unit
    )


def educational_notice() -> str:
    return Report.tr(
        "For education only, not medical advice. Made by the patient with Sciatica Desktop from their own "
        "entries; it does not diagnose. Follow the treating clinician's judgement."
    )
