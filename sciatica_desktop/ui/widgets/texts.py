"""Words shared by several pages, all through Qt's translation system."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime, QTimeZone

from sciatica_desktop.domain.exercise import Category, Dose, Exercise, Side, Sidedness


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Texts", text, disambiguation, n)


class Texts(QObject):
    """The translation context of this module, for plurals: ``Texts.tr("%n holds", None, n)``.

    pyside6-lupdate files a bare ``tr()`` under no context (and does not see the count in a
    ``QCoreApplication.translate`` call), so the English "1 hold" / "2 holds" would never be found."""


# Dates are written by QLocale, so day and month names follow the app's locale (strftime would follow the C
# library's). The patterns are QLocale date formats (ddd: short day name, d: day, MMM: short month name,
# yyyy: year, HH:mm: 24-hour time), translated so that a language can reorder them.
def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: dt.date, *, year: bool = False) -> str:
    """'Tue 3 Mar', or 'Tue 3 Mar 2026' with ``year``."""
    pattern = tr("ddd d MMM yyyy", "QLocale date format") if year else tr("ddd d MMM", "QLocale date format")
    return QLocale().toString(_qdate(day), pattern)


def local_time_text(when: dt.datetime, *, year: bool = False) -> str:
    """A stored UTC time in the machine's local time: 'Tue 3 Mar, 09:15', or with the year."""
    local = when.astimezone()
    # The local wall time as it is: a UTC-stamped QDateTime is never shifted or refused in a DST gap.
    moment = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute, local.second), QTimeZone.utc())
    if year:
        pattern = tr("ddd d MMM yyyy, HH:mm", "QLocale date and time format")
    else:
        pattern = tr("ddd d MMM, HH:mm", "QLocale date and time format")
    return QLocale().toString(moment, pattern)


def month_text(day: dt.date) -> str:
    """The short name of ``day``'s month on its own ('Mar'), as a column heading."""
    return QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def seconds_text(seconds: float) -> str:
    whole = round(seconds)
    if whole >= 60 and whole % 60 == 0:
        return Texts.tr("%n min", None, whole // 60)
    if whole >= 60:
        return tr("{m} min {s} s").format(m=whole // 60, s=whole % 60)
    return tr("{s} s").format(s=whole)


def dose_text(exercise: Exercise, dose: Dose) -> str:
    """'3 × 30 s hold, each side', '2 × 10 reps', '10 min'."""
    hold = seconds_text(dose.hold_s)
    if dose.is_hold and dose.reps == 1:
        text = hold if dose.sets == 1 else tr("{sets} × {hold} hold").format(sets=dose.sets, hold=hold)
    elif dose.is_hold and dose.hold_s >= 10:
        holds = Texts.tr("%n holds", None, dose.reps)
        text = holds if dose.sets == 1 else tr("{sets} × {holds}").format(sets=dose.sets, holds=holds)
        text = tr("{holds} of {hold}").format(holds=text, hold=hold)
    else:
        reps = Texts.tr("%n reps", None, dose.reps)
        text = reps if dose.sets == 1 else tr("{sets} × {reps}").format(sets=dose.sets, reps=reps)
        if dose.is_hold:
            text = tr("{reps}, {hold} hold at the end of each").format(reps=text, hold=hold)
    if exercise.sidedness is Sidedness.EACH_SIDE:
        text = tr("{dose}, each side").format(dose=text)
    return text


def side_text(side: Side) -> str:
    return {Side.LEFT: tr("Left side"), Side.RIGHT: tr("Right side"), Side.NONE: ""}[side]


def category_text(category: Category) -> str:
    return {
        Category.STRETCH: tr("Stretch"),
        Category.MOBILITY: tr("Mobility"),
        Category.DIRECTIONAL: tr("Directional movement"),
        Category.NERVE: tr("Nerve glide"),
        Category.STRENGTH: tr("Strengthening"),
        Category.AEROBIC: tr("Walking and fitness"),
    }[category]


def educational_notice() -> str:
    return tr(
        "For education only, not medical advice. Follow your physical therapist's plan, and ask your "
        "healthcare provider before starting or changing exercise."
    )


def stop_rule() -> str:
    return tr(
        "Stop and ease off if pain spreads further down your leg, if numbness, tingling or weakness is "
        "new or worse, or if pain rises past what your therapist agreed with you."
    )
