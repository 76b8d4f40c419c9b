"""The guided-workout page: the demonstration video, a counter readable from the floor, the countdown ring,
the caption, and controls reachable by keyboard, mouse and touch.

The page holds no rules: it forwards each control to the runner and draws the snapshots it gets back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sciatica_desktop.domain.catalogue import GENERAL_STOP_RULES
from sciatica_desktop.domain.exercise import Exercise, Side
from sciatica_desktop.domain.workout import Pacing
from sciatica_desktop.domain.workout_events import Phase, SetStarted, Snapshot
from sciatica_desktop.services.workout_service import ActiveWorkout
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.countdown_ring import CountdownRing
from sciatica_desktop.ui.widgets.message_box import ask
from sciatica_desktop.ui.widgets.texts import stop_rule
from sciatica_desktop.ui.widgets.theme import muted
from sciatica_desktop.ui.workout import captions
from sciatica_desktop.ui.workout.captions import Workout
from sciatica_desktop.ui.workout.controller import WorkoutController


@dataclass(frozen=True)
class Clip:
    """What to show for one exercise and side: a video file, and a drawn fallback."""

    path: Path | None
    frame_source: Callable[[float], Any] | None = None
    loop_seconds: float = 4.0


class VideoSurface(Protocol):
    def show_clip(
        self, path: Path | None, *, caption: str, frame_source: Any = None, loop_seconds: float = 4.0
    ) -> None: ...
    def play(self) -> None: ...
    def pause(self) -> None: ...


class Cues(Protocol):
    def beep(self, kind: str) -> None: ...
    def say(self, text: str) -> None: ...


def _font(widget: QWidget, px: int, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class CounterButton(QLabel):
    """The big rep counter; a click or tap counts a repetition."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("0 / 0", parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFont(_font(self, 104, bold=True))
        self.setMinimumHeight(100)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Repetition counter: tap to count a repetition"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class WorkoutPage(QWidget):
    sig_closed = Signal()
    sig_symptoms_worse = Signal()
    """The patient stopped because symptoms got worse; the session has ended and a check-in should follow."""
    """The patient left the finished (or ended) workout."""

    def __init__(
        self,
        *,
        video: QWidget,
        clip_for: Callable[[Exercise, Side], Clip],
        cues: Cues | None = None,
        confirm_end: Callable[[QWidget], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workoutPage")
        self._video = video
        self._surface: VideoSurface = video  # type: ignore[assignment]
        self._clip_for = clip_for
        self._cues = cues
        self._confirm_end = confirm_end or _ask_to_end
        self._controller: WorkoutController | None = None
        self._active: ActiveWorkout | None = None
        self._shown_clip: tuple[int, Side] | None = None
        self._last_phase: tuple[Phase, int, int, Side, bool] | None = None
        self._build()

    # ----- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setFont(_font(self, 30, bold=True))
        self.title.setWordWrap(True)
        self.position_label = QLabel()
        self.position_label.setFont(_font(self, 20))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.position_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.counter = CounterButton()
        self.counter.clicked.connect(self._count_rep)
        self.set_label = QLabel()
        self.set_label.setFont(_font(self, 30, bold=True))
        self.set_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ring = CountdownRing()
        right = QVBoxLayout()
        right.addWidget(self.counter)
        right.addWidget(self.set_label)
        right.addWidget(self.ring, 1)
        self.pace_button = BigButton(self.tr("Count reps for me"), shortcut=QKeySequence(Qt.Key.Key_C))
        self.pace_button.setCheckable(True)
        self.pace_button.toggled.connect(self._set_paced)
        right.addWidget(self.pace_button)
        self.worse_button = BigButton(self.tr("My symptoms are worse: stop"))
        self.worse_button.setObjectName("worseButton")
        self.worse_button.clicked.connect(self.stop_for_symptoms)
        right.addWidget(self.worse_button)

        self._video.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._video.setMinimumSize(320, 180)
        middle = QHBoxLayout()
        middle.addWidget(self._video, 3)
        middle.addLayout(right, 2)

        self.caption_label = QLabel()
        self.caption_label.setFont(_font(self, 26, bold=True))
        self.caption_label.setWordWrap(True)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setObjectName("caption")
        self.caption_label.setAccessibleName(self.tr("Caption"))

        controls = self._build_controls()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(middle, 1)
        layout.addWidget(self.caption_label)
        layout.addWidget(self._build_stop_label())
        layout.addLayout(controls)

    def _build_stop_label(self) -> QLabel:
        self.stop_label = QLabel()
        self.stop_label.setObjectName("stopRule")
        muted(self.stop_label)
        self.stop_label.setWordWrap(True)
        self.stop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stop_label.setFont(_font(self, 16))
        self.stop_label.setAccessibleName(self.tr("When to stop"))
        return self.stop_label

    def _build_controls(self) -> QHBoxLayout:
        self.prev_button = BigButton(self.tr("◀ Previous"), shortcut=QKeySequence(Qt.Key.Key_PageUp))
        self.start_button = BigButton(self.tr("Start"), primary=True)
        self.rep_button = BigButton(self.tr("Count rep"))
        self.skip_button = BigButton(self.tr("Skip rest →"))
        self.more_button = BigButton(self.tr("+15 s"))
        self.next_button = BigButton(self.tr("Next ▶"), shortcut=QKeySequence(Qt.Key.Key_PageDown))
        self.end_button = BigButton(self.tr("End session"))
        self.back_button = BigButton(self.tr("Back to Today"), primary=True)
        self.back_button.hide()
        self._workout_controls = (
            self.prev_button,
            self.start_button,
            self.rep_button,
            self.skip_button,
            self.more_button,
            self.next_button,
            self.end_button,
        )
        controls = QHBoxLayout()
        for button in (*self._workout_controls, self.back_button):
            controls.addWidget(button)
        self.prev_button.clicked.connect(lambda: self._runner_call("previous_exercise"))
        self.start_button.clicked.connect(lambda: self._runner_call("toggle_pause"))
        self.rep_button.clicked.connect(self._count_rep)
        self.skip_button.clicked.connect(lambda: self._runner_call("skip"))
        self.more_button.clicked.connect(lambda: self._runner_call("add_time"))
        self.next_button.clicked.connect(lambda: self._runner_call("next_exercise"))
        self.end_button.clicked.connect(self.request_end)
        self.back_button.clicked.connect(self.sig_closed.emit)

        # Keys work wherever focus is on this page, so a patient on the floor can use a keyboard or remote.
        for key, slot in (
            (Qt.Key.Key_Space, lambda: self._runner_call("toggle_pause")),
            (Qt.Key.Key_Return, self._count_rep),
            (Qt.Key.Key_Enter, self._count_rep),
            (Qt.Key.Key_Right, lambda: self._runner_call("skip")),
            (Qt.Key.Key_Plus, lambda: self._runner_call("add_time")),
            (Qt.Key.Key_Escape, self.request_end),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        return controls

    # ----- binding -----------------------------------------------------------------------------

    def bind(self, active: ActiveWorkout) -> None:
        self.unbind()
        self._active = active
        self._controller = WorkoutController(active.runner, self)
        self._controller.sig_phase.connect(self._render)
        self._controller.sig_set_started.connect(self._on_set_started)
        self._controller.sig_set_finished.connect(lambda _r: self._cue_beep("end"))
        self._controller.sig_beep.connect(lambda _s: self._cue_beep("tick"))
        self._controller.sig_finished.connect(self._on_finished)
        self._shown_clip = None
        self._last_phase = None
        self._show_workout_controls(True)
        self.pace_button.setChecked(active.runner.settings.pacing is Pacing.PACED)
        self._render(active.runner.snapshot())
        self._controller.start_ticking()
        self.setFocus()

    def unbind(self) -> None:
        active = self._active
        if active is not None and active.unsaved and active.retry is not None:
            active.retry()  # a set that failed to save (disk full, server gone) gets one more try
        if self._controller is not None:
            self._controller.stop_ticking()
            self._controller.deleteLater()
        self._controller = None
        self._active = None

    @property
    def controller(self) -> WorkoutController | None:
        return self._controller

    @property
    def active(self) -> ActiveWorkout | None:
        return self._active

    def is_running(self) -> bool:
        return self._active is not None and self._active.runner.phase is not Phase.FINISHED

    # ----- controls ----------------------------------------------------------------------------

    def _runner_call(self, name: str) -> None:
        if self._active is not None:
            getattr(self._active.runner, name)()

    def _set_paced(self, paced: bool) -> None:
        """Let the tempo count the reps (hands free on the floor), or count them by hand."""
        if self._active is not None:
            self._active.runner.set_pacing(Pacing.PACED if paced else Pacing.MANUAL)

    def _count_rep(self) -> None:
        self._runner_call("count_rep")

    def stop_for_symptoms(self) -> None:
        """Stopping is the safe choice, so it asks nothing: end now, keep every finished set, check in."""
        if self._active is None:
            return
        if self._active.runner.phase is not Phase.FINISHED:
            self._active.runner.end()
        self.sig_symptoms_worse.emit()

    def request_end(self) -> None:
        if not self.is_running():
            if self._active is not None:
                self.sig_closed.emit()
            return
        assert self._active is not None
        runner = self._active.runner
        was_paused = runner.snapshot().paused
        runner.pause()
        if self._confirm_end(self):
            runner.end()
        elif not was_paused:
            runner.resume()

    # ----- rendering ---------------------------------------------------------------------------

    def _render(self, s: Snapshot) -> None:
        self.title.setText(s.exercise.name)
        self.stop_label.setText(stop_line(s.exercise))
        self.worse_button.setVisible(s.phase is not Phase.FINISHED)
        self.position_label.setText(captions.exercise_position_text(s))
        self.counter.setText(captions.counter_text(s))
        self.set_label.setText(captions.set_text(s) if s.phase is not Phase.FINISHED else "")
        self.ring.set_countdown(s.remaining, s.duration, captions.ring_label(s))
        self.caption_label.setText(captions.caption(s))
        self.start_button.set_label(
            self.tr("Start") if s.phase is Phase.IDLE else self.tr("Resume") if s.paused else self.tr("Pause")
        )
        countdown = s.phase in (Phase.GET_READY, Phase.SWITCH_SIDE, Phase.REST, Phase.RELAX)
        self.skip_button.setEnabled(countdown and not s.paused)
        self.skip_button.set_label(self.tr("Skip rest →") if s.phase is Phase.REST else self.tr("Skip →"))
        self.more_button.setEnabled(countdown)
        self.rep_button.setEnabled(s.phase is Phase.WORK and not s.paused)
        self.pace_button.setVisible(not s.dose.is_hold and s.phase is not Phase.FINISHED)
        self._show_clip_for(s)
        key = (s.phase, s.exercise_index, s.set_number, s.side, s.paused)
        if key != self._last_phase:
            self._last_phase = key
            if s.paused:
                self._surface.pause()
            elif s.phase is not Phase.FINISHED:
                self._surface.play()
            words = "" if s.paused else captions.spoken(s)
            if words and self._cues is not None:
                self._cues.say(words)

    def _show_clip_for(self, s: Snapshot) -> None:
        wanted = (s.exercise_index, s.side)
        if wanted == self._shown_clip or s.phase is Phase.FINISHED:
            return
        self._shown_clip = wanted
        clip = self._clip_for(s.exercise, s.side)
        self._surface.show_clip(
            clip.path, caption=s.exercise.name, frame_source=clip.frame_source, loop_seconds=clip.loop_seconds
        )

    def _on_set_started(self, _event: SetStarted) -> None:
        self._cue_beep("start")

    def _show_workout_controls(self, running: bool) -> None:
        """While a workout runs, its controls; once it has ended, only the way back."""
        for button in self._workout_controls:
            button.setVisible(running)
        self.back_button.setVisible(not running)

    def _cue_beep(self, kind: str) -> None:
        if self._cues is not None:
            self._cues.beep(kind)

    def _on_finished(self, _ended_early: bool) -> None:
        self._surface.pause()
        self._show_workout_controls(False)
        self.back_button.setFocus()
        if self._active is not None:
            saved = len(self._active.saved)
            self.set_label.setText(self.tr("%n set(s) saved", None, saved))


def stop_line(exercise: Exercise) -> str:
    """This exercise's own stop rules on one line (the general ones are on every page already)."""
    own = [rule for rule in exercise.stop_if if rule not in GENERAL_STOP_RULES]
    if not own:
        return stop_rule()
    return Workout.tr("Stop or ease off if: {rules}").format(
        rules="; ".join(rule[:1].lower() + rule[1:].rstrip(".") for rule in own)
    )


def _ask_to_end(parent: QWidget) -> bool:
    return ask(
        parent,
        WorkoutPage.tr("End this session?"),
        WorkoutPage.tr("Every set you finished is already saved. End the session now?"),
    )
