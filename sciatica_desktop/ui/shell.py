"""Connects the pages to the use cases: each slot collects input, calls one service, renders the result."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject

from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.exercise import Exercise
from sciatica_desktop.domain.records import Profile, WorkoutSession
from sciatica_desktop.domain.workout import WorkoutItem
from sciatica_desktop.services.workout_service import WorkoutService
from sciatica_desktop.ui.errors import show_error
from sciatica_desktop.ui.history.history_page import HistoryPage
from sciatica_desktop.ui.library.library_page import LibraryPage
from sciatica_desktop.ui.main_window import MainWindow
from sciatica_desktop.ui.today.today_page import TodayPage
from sciatica_desktop.ui.workout.workout_page import WorkoutPage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Routine:
    name: str
    items: tuple[WorkoutItem, ...]


class Shell(QObject):
    """The running app's behaviour: which page shows, and what each button asks of the services."""

    def __init__(
        self,
        *,
        window: MainWindow,
        workouts: WorkoutService,
        profile: Profile,
        routine: Routine,
        list_sessions: Callable[[], list[WorkoutSession]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._workouts = workouts
        self._profile = profile
        self._routine = routine
        self._list_sessions = list_sessions
        self.today: TodayPage = window.page("today")  # type: ignore[assignment]
        self.library: LibraryPage = window.page("library")  # type: ignore[assignment]
        self.history: HistoryPage = window.page("history")  # type: ignore[assignment]
        self.workout: WorkoutPage = window.page("workout")  # type: ignore[assignment]

        self.today.start_button.setEnabled(bool(routine.items))
        self.library.start_button.setEnabled(True)
        self.today.sig_start.connect(self.start_routine)
        self.today.sig_resume.connect(self.resume)
        self.today.sig_close_interrupted.connect(self.close_interrupted)
        self.library.sig_start_exercise.connect(self.start_exercise)
        self.workout.sig_closed.connect(self._after_workout)
        window.sig_page_shown.connect(self._on_page_shown)
        self.refresh_today()

    # ----- slots -------------------------------------------------------------------------------

    def start_routine(self) -> None:
        self._start(self._routine.name, self._routine.items)

    def start_exercise(self, exercise: Exercise) -> None:
        self._start(exercise.name, (WorkoutItem(exercise, exercise.dose),))

    def resume(self, session: WorkoutSession) -> None:
        try:
            active = self._workouts.resume(session)
        except KnownError as error:
            show_error(self.window, error)
            return
        if active is None:
            self.refresh_today()
            return
        self.workout.bind(active)
        self.window.show_page("workout")

    def close_interrupted(self, session: WorkoutSession) -> None:
        try:
            self._workouts.close_unfinished(session)
        except KnownError as error:
            show_error(self.window, error)
        self.refresh_today()

    def refresh_today(self) -> None:
        try:
            unfinished = self._workouts.unfinished(self._profile.id)
        except KnownError as error:
            show_error(self.window, error)
            unfinished = []
        if self.workout.is_running() and self.workout.active is not None:
            running = self.workout.active.session.id
            unfinished = [s for s in unfinished if s.id != running]
        self.today.set_interrupted(unfinished[0] if unfinished else None)

    # ----- helpers -----------------------------------------------------------------------------

    def _start(self, name: str, items: Sequence[WorkoutItem]) -> None:
        if self.workout.is_running():
            self.window.show_page("workout")
            return
        try:
            active = self._workouts.start(profile_id=self._profile.id, routine_name=name, items=items)
        except KnownError as error:
            show_error(self.window, error)
            return
        self.workout.bind(active)
        self.window.show_page("workout")

    def _after_workout(self) -> None:
        self.workout.unbind()
        self.window.show_page("history")

    def _on_page_shown(self, name: str) -> None:
        if name == "history":
            try:
                self.history.set_sessions(self._list_sessions())
            except KnownError as error:
                show_error(self.window, error)
        elif name == "today":
            self.refresh_today()
