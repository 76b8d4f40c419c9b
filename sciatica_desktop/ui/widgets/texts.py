"""Words shared by several pages, all through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sciatica_desktop.domain.exercise import Category, Dose, Exercise, Side, Sidedness


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Texts", text, disambiguation, n)


def seconds_text(seconds: float) -> str:
    whole = round(seconds)
    if whole >= 60 and whole % 60 == 0:
        return tr("%n min", None, whole // 60)
    if whole >= 60:
        return tr("{m} min {s} s").format(m=whole // 60, s=whole % 60)
    return tr("{s} s").format(s=whole)


def dose_text(exercise: Exercise, dose: Dose) -> str:
    """'3 × 30 s hold, each side', '2 × 10 reps', '10 min'."""
    if dose.is_hold and dose.reps == 1 and dose.sets == 1:
        text = seconds_text(dose.hold_s)
    elif dose.is_hold and dose.reps == 1:
        text = tr("{sets} × {hold} hold").format(sets=dose.sets, hold=seconds_text(dose.hold_s))
    elif dose.is_hold:
        text = tr("{sets} × {reps} holds of {hold}").format(
            sets=dose.sets, reps=dose.reps, hold=seconds_text(dose.hold_s)
        )
    else:
        text = tr("{sets} × %n reps", None, dose.reps).format(sets=dose.sets)
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
