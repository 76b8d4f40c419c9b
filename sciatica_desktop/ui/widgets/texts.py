"""Words shared by several pages, all through Qt's translation system."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject

if TYPE_CHECKING:  # the texts about exercises load the exercise module when first asked for: the first
    # paint can come from the Today page's saved texts without it (storage/first_paint.py)
    import datetime as dt

    from PySide6.QtCore import QDate

    from sciatica_desktop.domain.exercise import Category, Dose, Exercise, Side


class Texts(QObject):
    """The translation context of this module, for plurals: ``Texts.tr("%n holds", None, n)``.

    pyside6-lupdate files a bare ``tr()`` under no context (and does not see the count in a
    ``QCoreApplication.translate`` call), so the English "1 hold" / "2 holds" would never be found."""


# Dates are written by QLocale, so day and month names follow the app's locale (strftime would follow the C
# library's). The patterns are QLocale date formats (ddd: short day name, d: day, MMM: short month name,
# yyyy: year, HH:mm: 24-hour time), translated so that a language can reorder them.
def _qdate(day: dt.date) -> QDate:
    from PySide6.QtCore import QDate  # the date types are built when a date is first written

    return QDate(day.year, day.month, day.day)


def day_text(day: dt.date, *, year: bool = False) -> str:
    """'Tue 3 Mar', or 'Tue 3 Mar 2026' with ``year``."""
    if year:
        pattern = Texts.tr("ddd d MMM yyyy", "QLocale date format")
    else:
        pattern = Texts.tr("ddd d MMM", "QLocale date format")
    return QLocale().toString(_qdate(day), pattern)


def local_time_text(when: dt.datetime, *, year: bool = False) -> str:
    """A stored UTC time in the machine's local time: 'Tue 3 Mar, 09:15', or with the year."""
    from PySide6.QtCore import QDateTime, QTime, QTimeZone

    local = when.astimezone()
    # The local wall time as it is: a UTC-stamped QDateTime is never shifted or refused in a DST gap.
    moment = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute, local.second), QTimeZone.utc())
    if year:
        pattern = Texts.tr("ddd d MMM yyyy, HH:mm", "QLocale date and time format")
    else:
        pattern = Texts.tr("ddd d MMM, HH:mm", "QLocale date and time format")
    return QLocale().toString(moment, pattern)


def month_text(day: dt.date) -> str:
    """The short name of ``day``'s month on its own ('Mar'), as a column heading."""
    return QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def seconds_text(seconds: float) -> str:
    whole = round(seconds)
    if whole >= 60 and whole % 60 == 0:
        return Texts.tr("%n min", None, whole // 60)
    if whole >= 60:
        return Texts.tr("{m} min {s} s").format(m=whole // 60, s=whole % 60)
    return Texts.tr("{s} s").format(s=whole)


def dose_text(exercise: Exercise, dose: Dose) -> str:
    """'3 × 30 s hold, each side', '2 × 10 reps', '10 min'."""
    hold = seconds_text(dose.hold_s)
    if dose.is_hold and dose.reps == 1:
        text = hold if dose.sets == 1 else Texts.tr("{sets} × {hold} hold").format(sets=dose.sets, hold=hold)
    elif dose.is_hold and dose.hold_s >= 10:
        holds = Texts.tr("%n holds", None, dose.reps)
        text = holds if dose.sets == 1 else Texts.tr("{sets} × {holds}").format(sets=dose.sets, holds=holds)
        text = Texts.tr("{holds} of {hold}").format(holds=text, hold=hold)
    else:
        reps = Texts.tr("%n reps", None, dose.reps)
        text = reps if dose.sets == 1 else Texts.tr("{sets} × {reps}").format(sets=dose.sets, reps=reps)
        if dose.is_hold:
            text = Texts.tr("{reps}, {hold} hold at the end of each").format(reps=text, hold=hold)
    from sciatica_desktop.domain.exercise import Sidedness

    if exercise.sidedness is Sidedness.EACH_SIDE:
        text = Texts.tr("{dose}, each side").format(dose=text)
    return text


def side_text(side: Side) -> str:
    from sciatica_desktop.domain.exercise import Side

    return {Side.LEFT: Texts.tr("Left side"), Side.RIGHT: Texts.tr("Right side"), Side.NONE: ""}[side]


def category_text(category: Category) -> str:
    from sciatica_desktop.domain.exercise import Category

    return {
        Category.STRETCH: Texts.tr("Stretch"),
        Category.MOBILITY: Texts.tr("Mobility"),
        Category.DIRECTIONAL: Texts.tr("Directional movement"),
        Category.NERVE: Texts.tr("Nerve glide"),
        Category.STRENGTH: Texts.tr("Strengthening"),
        Category.AEROBIC: Texts.tr("Walking and fitness"),
    }[category]


def educational_notice() -> str:
    return Texts.tr(
        "For education only, not medical advice. Follow your physical therapist's plan, and ask your "
        "healthcare provider before starting or changing exercise."
    )


def stop_rule() -> str:
    return Texts.tr(
        "Stop and ease off if pain spreads further down your leg, if numbness, tingling or weakness is "
        "new or worse, or if pain rises past what your therapist agreed with you."
    )
