"""Connects the pages to the use cases: each slot collects input, calls one service, renders the result."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.exercise import Exercise, WorkoutItem
from sciatica_desktop.domain.records import Profile, WorkoutSession
from sciatica_desktop.domain.today import TodayPlan
from sciatica_desktop.services.today_service import TodayService
from sciatica_desktop.services.workout_service import WorkoutService
from sciatica_desktop.ui.errors import show_error
from sciatica_desktop.ui.main_window import MainWindow
from sciatica_desktop.ui.today.today_page import TodayPage
from sciatica_desktop.ui.widgets.lazy_page import built_page, page_of, when_built

if TYPE_CHECKING:  # the other pages are built the first time they are used (see gui.attach_services)
    from sciatica_desktop.ui.history.history_page import HistoryPage
    from sciatica_desktop.ui.library.library_page import LibraryPage
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
        today_plan: TodayService | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._workouts = workouts
        self._profile = profile
        self._routine = routine
        self._list_sessions = list_sessions
        self._today_plan = today_plan
        # Symptom hooks, set by the composition root: a safety gate before a workout, a prompt after it.
        self.before_start: Callable[[Callable[[], None]], None] | None = None
        self.after_workout: Callable[[WorkoutSession], None] | None = None
        self.before_resume: Callable[[Callable[[], None]], None] | None = None
        self.today: TodayPage = window.page("today")  # type: ignore[assignment]
        self._in_today: set[str] = set()  # exercise ids the library marks as already in Today's routine

        self.today.start_button.setEnabled(bool(routine.items))
        self.today.sig_start.connect(self.start_routine)
        self.today.sig_resume.connect(self.resume)
        self.today.sig_close_interrupted.connect(self.close_interrupted)
        when_built(window.page("library"), self._wire_library)  # type: ignore[arg-type]
        self.today.sig_remove_extra.connect(self.remove_from_today)
        when_built(window.page("workout"), self._wire_workout)  # type: ignore[arg-type]
        window.sig_page_shown.connect(self._on_page_shown)
        self.refresh_today()
        self.refresh_routine()

    @property
    def library(self) -> LibraryPage:
        """The library page, built now if it has not been shown yet."""
        return page_of(self.window.page("library"))  # type: ignore[return-value]

    @property
    def workout(self) -> WorkoutPage:
        """The workout page, built now if no workout has run yet."""
        return page_of(self.window.page("workout"))  # type: ignore[return-value]

    @property
    def history(self) -> HistoryPage:
        return page_of(self.window.page("history"))  # type: ignore[return-value]

    def _workout_running(self) -> bool:
        """Whether a workout is on; False, without building the page, when none ever ran."""
        workout = built_page(self.window.page("workout"))
        return workout is not None and workout.is_running()  # type: ignore[attr-defined]

    def _wire_workout(self, workout: WorkoutPage) -> None:
        workout.sig_closed.connect(self._after_workout)
        workout.sig_symptoms_worse.connect(self._after_symptoms_worse)

    def _wire_library(self, library: LibraryPage) -> None:
        library.start_button.setEnabled(True)
        library.sig_start_exercise.connect(self.start_exercise)
        library.sig_add_to_today.connect(self.add_to_today)
        library.set_in_today(self._in_today)

    # ----- slots -------------------------------------------------------------------------------

    def start_routine(self) -> None:
        self._start(self._routine.name, self._routine.items)

    def add_to_today(self, exercise: Exercise) -> None:
        if self._today_plan is not None:
            self._change_routine(lambda plan: plan.add(self._profile.id, exercise.id))

    def remove_from_today(self, exercise_id: str) -> None:
        if self._today_plan is not None:
            self._change_routine(lambda plan: plan.remove(self._profile.id, exercise_id))

    def refresh_routine(self) -> None:
        """Show the routine with the exercises this profile added to it."""
        if self._today_plan is not None:
            self._change_routine(lambda plan: plan.plan(self._profile.id))

    def start_exercise(self, exercise: Exercise) -> None:
        self._start(exercise.name, (WorkoutItem(exercise, exercise.dose),))

    def resume(self, session: WorkoutSession, *, checked: bool = False) -> None:
        if self.before_resume is not None and not checked:
            self.before_resume(lambda: self.resume(session, checked=True))
            return
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
        if self._workout_running() and self.workout.active is not None:
            running = self.workout.active.session.id
            unfinished = [s for s in unfinished if s.id != running]
        self.today.set_interrupted(unfinished[0] if unfinished else None)

    # ----- helpers -----------------------------------------------------------------------------

    def _start(self, name: str, items: Sequence[WorkoutItem], *, checked: bool = False) -> None:
        if self._workout_running():
            self.window.show_page("workout")
            return
        if self.before_start is not None and not checked:
            self.before_start(lambda: self._start(name, items, checked=True))
            return
        try:
            active = self._workouts.start(profile_id=self._profile.id, routine_name=name, items=items)
        except KnownError as error:
            show_error(self.window, error)
            return
        self.workout.bind(active)
        self.window.show_page("workout")

    def _change_routine(self, use_case: Callable[[TodayService], TodayPlan]) -> None:
        assert self._today_plan is not None
        try:
            plan = use_case(self._today_plan)
        except KnownError as error:
            show_error(self.window, error)
            return
        self._routine = Routine(plan.name, plan.items)
        self.today.set_routine(plan.name, plan.items)
        self.today.set_extras([i for i in plan.items if i.exercise.id in plan.extras])
        self._in_today = {i.exercise.id for i in plan.items}
        library = built_page(self.window.page("library"))
        if library is not None:
            library.set_in_today(self._in_today)  # type: ignore[attr-defined]

    def _after_workout(self) -> None:
        active = self.workout.active
        self.workout.unbind()
        self.window.show_page("history")
        if self.after_workout is not None and active is not None:
            self.after_workout(active.session)

    def _after_symptoms_worse(self) -> None:
        """Stopped for worse symptoms: straight to a full check-in, which asks the safety questions when
        numbness or weakness is new or worse."""
        self.workout.unbind()
        self.window.show_page("checkin" if "checkin" in self.window.pages() else "today")

    def _on_page_shown(self, name: str) -> None:
        if name == "history":
            try:
                self.history.set_sessions(self._list_sessions())
            except KnownError as error:
                show_error(self.window, error)
        elif name == "today":
            self.refresh_today()
