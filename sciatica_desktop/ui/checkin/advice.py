"""What the traffic-light pain rules tell the patient around a workout (thresholds come from content)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sciatica_desktop.domain.stats import Light


class PainAdvice(QObject):
    """The translation context of the pain advice: ``PainAdvice.tr("…")``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


def advice_before(light: Light, pain: int) -> str | None:
    """Red-zone pain before exercise: the patient is asked whether to go ahead gently."""
    if light is not Light.RED:
        return None
    return PainAdvice.tr(
        "Your pain is high right now ({pain}/10). On a day like this, do less: a shorter, gentler "
        "session, or rest and try again tomorrow. Do you want to start a gentle session anyway?"
    ).format(pain=pain)


def advice_after(light: Light, pain: int) -> str | None:
    """Amber or red pain after exercise: what the traffic-light rules say to do next."""
    if light is Light.AMBER:
        return PainAdvice.tr(
            "Your pain is {pain}/10 after exercising. That is acceptable if it settles within a day. "
            "If it has not settled by tomorrow morning, do less next time."
        ).format(pain=pain)
    if light is Light.RED:
        return PainAdvice.tr(
            "Your pain is {pain}/10 after exercising: more than these exercises should cause. Next time, "
            "reduce or skip the exercises that brought it on, and try again the next day. If pain keeps "
            "getting worse over several days, or spreads further down your leg, contact your physical "
            "therapist or doctor."
        ).format(pain=pain)
    return None
