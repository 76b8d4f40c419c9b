"""Turns the domain runner's plain events into Qt signals, and asks it to refresh on a timer.

The timer only prompts the runner; time itself comes from the runner's clock, so a tick that arrives late
changes nothing but how soon the screen catches up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from sciatica_desktop.domain.workout import WorkoutRunner
from sciatica_desktop.domain.workout_events import (
    CountdownBeep,
    Event,
    PhaseChanged,
    RepCounted,
    SetFinished,
    SetStarted,
    WorkoutFinished,
)

TICK_MS = 100


class WorkoutController(QObject):
    sig_phase = Signal(object)
    """The runner entered a phase or its state changed: carries a Snapshot."""
    sig_set_started = Signal(object)
    """A set began: carries SetStarted."""
    sig_rep = Signal(int, int)
    """A repetition was counted: reps done, target."""
    sig_beep = Signal(int)
    """One of the last three seconds of a hold or rest began: seconds left."""
    sig_set_finished = Signal(object)
    """A set ended (and has been handed to storage): carries SetResult."""
    sig_finished = Signal(bool)
    """The workout ended; True when it was ended early."""

    def __init__(self, runner: WorkoutRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        # The refresh timer keeps the seconds moving; this one wakes the runner right at the next deadline,
        # so a rest or hold ends on time rather than up to one refresh late.
        self._deadline_timer = QTimer(self)
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline_timer.timeout.connect(self.tick)
        runner.subscribe(self._on_event)

    def start_ticking(self) -> None:
        self._timer.start()
        self._arm_deadline()

    def stop_ticking(self) -> None:
        self._timer.stop()
        self._deadline_timer.stop()

    def is_ticking(self) -> bool:
        return self._timer.isActive()

    def tick(self) -> None:
        self.runner.tick()
        self.sig_phase.emit(self.runner.snapshot())
        self._arm_deadline()

    def _arm_deadline(self) -> None:
        if not self._timer.isActive():
            return
        remaining = self.runner.remaining()
        if remaining is None or self.runner.snapshot().paused:
            self._deadline_timer.stop()
            return
        # Round up: waking a millisecond early would only find the deadline not yet passed.
        self._deadline_timer.start(max(0, int(remaining * 1000) + 1))

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PhaseChanged):
            self.sig_phase.emit(event.snapshot)
            self._arm_deadline()
        elif isinstance(event, SetStarted):
            self.sig_set_started.emit(event)
        elif isinstance(event, RepCounted):
            self.sig_rep.emit(event.reps_done, event.target_reps)
        elif isinstance(event, CountdownBeep):
            self.sig_beep.emit(event.seconds_left)
        elif isinstance(event, SetFinished):
            self.sig_set_finished.emit(event.result)
        elif isinstance(event, WorkoutFinished):
            self.stop_ticking()
            self.sig_finished.emit(event.ended_early)
