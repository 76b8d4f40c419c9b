"""Words for symptoms, all through Qt's translation system; times shown in local time."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sciatica_desktop.domain.measures import Change
from sciatica_desktop.domain.stats import ExtentTrend
from sciatica_desktop.domain.symptoms import CheckIn, LegExtent, Numbness, Trigger
from sciatica_desktop.ui.widgets import texts as shared


class SymptomTexts(QObject):
    """The translation context of the check-in words: ``SymptomTexts.tr("…")``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


def extent_text(extent: LegExtent) -> str:
    return {
        LegExtent.NONE: SymptomTexts.tr("Not in the leg"),
        LegExtent.BUTTOCK: SymptomTexts.tr("Buttock"),
        LegExtent.THIGH: SymptomTexts.tr("Thigh"),
        LegExtent.BELOW_KNEE: SymptomTexts.tr("Below the knee"),
        LegExtent.FOOT: SymptomTexts.tr("Foot"),
    }[extent]


def numbness_text(numbness: Numbness) -> str:
    return {
        Numbness.NONE: SymptomTexts.tr("None"),
        Numbness.SOME: SymptomTexts.tr("Some"),
        Numbness.A_LOT: SymptomTexts.tr("A lot"),
    }[numbness]


def trigger_text(trigger: Trigger) -> str:
    return {
        Trigger.SITTING: SymptomTexts.tr("Sitting"),
        Trigger.DRIVING: SymptomTexts.tr("Driving"),
        Trigger.BENDING: SymptomTexts.tr("Bending"),
        Trigger.LIFTING: SymptomTexts.tr("Lifting"),
        Trigger.STANDING: SymptomTexts.tr("Standing"),
        Trigger.WALKING: SymptomTexts.tr("Walking"),
        Trigger.SLEEP: SymptomTexts.tr("Sleep"),
    }[trigger]


def summary_text(c: CheckIn) -> str:
    parts = [
        shared.local_time_text(c.when),
        SymptomTexts.tr("back {b}, leg {l}").format(b=c.back_pain, l=c.leg_pain),
        extent_text(c.leg_extent).lower(),
    ]
    if c.numbness is not Numbness.NONE:
        parts.append(SymptomTexts.tr("numbness: {n}").format(n=numbness_text(c.numbness).lower()))
    if c.note:
        parts.append(SymptomTexts.tr("“{note}”").format(note=c.note[:40]))
    return " · ".join(parts)


def trend_text(trend: ExtentTrend) -> str:
    return {
        ExtentTrend.CENTRALISING: SymptomTexts.tr(
            "Leg symptoms: centralising — they reach less far down the leg than the week before. A good sign."
        ),
        ExtentTrend.PERIPHERALISING: SymptomTexts.tr(
            "Leg symptoms: spreading further down the leg than the week before. Ease off, and tell your "
            "therapist if it goes on."
        ),
        ExtentTrend.STABLE: SymptomTexts.tr("Leg symptoms: about as far down the leg as the week before."),
        ExtentTrend.UNKNOWN: SymptomTexts.tr(
            "Leg symptoms: not enough check-ins in the last two weeks to see a trend."
        ),
    }[trend]


def change_text(what: str, change: Change | None) -> str:
    if change is None:
        return SymptomTexts.tr("{what}: not enough check-ins yet to compare with your start.").format(
            what=what
        )
    percent = "" if change.percent is None else SymptomTexts.tr(" ({p:+.0f}%)").format(p=change.percent)
    head = SymptomTexts.tr("{what}: {b:.1f} → {c:.1f}, {d:+.1f} points{percent}").format(
        what=what, b=change.baseline, c=change.current, d=change.points, percent=percent
    )
    return SymptomTexts.tr("{change}: {verdict}").format(change=head, verdict=verdict_text(change))


def verdict_text(change: Change) -> str:
    """Whether a change is large enough to matter, judged against the questionnaire's threshold."""
    if change.meaningful_improvement:
        return SymptomTexts.tr("a meaningful improvement.")
    if change.meaningful_worsening:
        return SymptomTexts.tr("meaningfully worse: talk to your therapist.")
    if change.improved:
        return SymptomTexts.tr("better, but not yet by a meaningful amount.")
    return SymptomTexts.tr("no meaningful change.")
