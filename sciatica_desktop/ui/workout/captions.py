"""What the workout says and shows: one place that turns runner state into translated words."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sciatica_desktop.domain.exercise import Side
from sciatica_desktop.domain.workout_events import Phase, Snapshot
from sciatica_desktop.ui.widgets.texts import side_text


class Workout(QObject):
    """The translation context of the workout captions: ``Workout.tr("%n rep(s)", None, n)``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


def counter_text(s: Snapshot) -> str:
    """The big number: reps ('6 / 10'), or the hold count ('Hold 2 / 3')."""
    if s.phase is Phase.FINISHED:
        return Workout.tr("Done")
    return Workout.tr("{done} / {target}").format(done=s.reps_done, target=s.target_reps)


def set_text(s: Snapshot) -> str:
    text = Workout.tr("Set {n} of {total}").format(n=s.set_number, total=s.dose.sets)
    side = side_text(s.side)
    return Workout.tr("{set} · {side}").format(set=text, side=side) if side else text


def exercise_position_text(s: Snapshot) -> str:
    return Workout.tr("Exercise {n} of {total}").format(n=s.exercise_index + 1, total=s.exercise_count)


def ring_label(s: Snapshot) -> str:
    return {
        Phase.GET_READY: Workout.tr("Get ready"),
        Phase.HOLD: Workout.tr("Hold"),
        Phase.RELAX: Workout.tr("Relax"),
        Phase.SWITCH_SIDE: Workout.tr("Switch side"),
        Phase.REST: Workout.tr("Rest"),
        Phase.WORK: Workout.tr("Next rep"),
    }.get(s.phase, "")


def _next_label(s: Snapshot) -> str:
    side = side_text(s.next_side) if s.next_side not in (None, Side.NONE) else ""
    base = Workout.tr("set {n} of {total}").format(n=s.set_number, total=s.dose.sets)
    if side:
        return Workout.tr("{name}, {set}, {side}").format(name=s.exercise.name, set=base, side=side.lower())
    return Workout.tr("{name}, {set}").format(name=s.exercise.name, set=base)


def caption(s: Snapshot) -> str:
    """The always-on caption: what to do now, in a short sentence."""
    if s.paused:
        return Workout.tr("Paused. Press Space or Start to carry on.")
    match s.phase:
        case Phase.IDLE:
            return Workout.tr("Press Start when you are ready.")
        case Phase.GET_READY:
            return Workout.tr("Get into position: {name}.").format(name=s.exercise.name)
        case Phase.WORK if s.paced:
            every = f"{s.dose.tempo_s:g}"
            return Workout.tr("Move with the count: one repetition every {s} seconds.").format(s=every)
        case Phase.WORK:
            return Workout.tr("Do one repetition, then press Enter or tap the counter.")
        case Phase.HOLD:
            return Workout.tr("Hold gently and keep breathing.")
        case Phase.RELAX:
            return Workout.tr("Relax. Next hold coming.")
        case Phase.SWITCH_SIDE:
            return Workout.tr("Switch sides: now the {side}.").format(side=side_text(s.side).lower())
        case Phase.REST:
            return Workout.tr("Rest. Next: {next}.").format(next=_next_label(s))
        case Phase.FINISHED:
            if s.ended_early:
                return Workout.tr("Session ended. Every finished set is saved.")
            return Workout.tr("Well done: session complete. Every set is saved.")
    return ""


def spoken(s: Snapshot) -> str:
    """The words to speak when a phase begins (empty: stay quiet)."""
    match s.phase:
        case Phase.GET_READY:
            return Workout.tr("Next exercise: {name}.").format(name=s.exercise.name)
        case Phase.SWITCH_SIDE | Phase.REST | Phase.FINISHED:
            return caption(s)
        case Phase.HOLD if s.reps_done == 0:
            return Workout.tr("Hold.")
    return ""
