"""Today: the routine, how long it takes, a Start button, and an offer to resume an interrupted session."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sciatica_desktop.storage.first_paint import TodayView
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.line_list import LineList
from sciatica_desktop.ui.widgets.texts import category_text, dose_text, local_time_text, stop_rule
from sciatica_desktop.ui.widgets.theme import ACCENT, PANEL, TEXT_ON_LIGHT, colour, muted, panel

if TYPE_CHECKING:  # the exercise model and the session records load after the first paint (it can come from
    # the texts saved by the last start: gui.run_gui); the extras when there are some
    from sciatica_desktop.domain.exercise import WorkoutItem
    from sciatica_desktop.domain.records import WorkoutSession
    from sciatica_desktop.ui.today.extras_box import ExtrasBox


class TodayPage(QWidget):
    sig_start = Signal()
    """The patient pressed Start."""
    sig_resume = Signal(object)
    """Resume this interrupted WorkoutSession."""
    sig_close_interrupted = Signal(object)
    """Keep what was done in this interrupted WorkoutSession and close it."""
    sig_remove_extra = Signal(str)
    """Take this added exercise id out of the routine again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._interrupted: WorkoutSession | None = None
        self._view: TodayView | None = None

        self.heading = QLabel(self.tr("Today"))
        font = QFont(self.font())
        font.setPixelSize(32)
        font.setBold(True)
        self.heading.setFont(font)
        self.routine_label = QLabel()
        self.routine_label.setWordWrap(True)
        big = QFont(self.font())
        big.setPixelSize(20)
        self.routine_label.setFont(big)

        self._text_font = big
        self._resume_box: ResumeOffer | None = None  # built when there is a session to offer, like extras
        self._extras: ExtrasBox | None = None

        self.exercises = LineList(big)  # each exercise's line, its category and summary as the tooltip
        self.exercises.setObjectName("routineList")
        self.exercises.setAccessibleName(self.tr("Exercises in today's routine"))

        self.start_button = BigButton(self.tr("Start today's routine"), primary=True, min_height=72)
        self.start_button.clicked.connect(self.sig_start.emit)

        self._safety = QLabel(stop_rule())
        self._safety.setWordWrap(True)
        self._safety.setObjectName("stopRule")
        muted(self._safety)

        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.routine_label)
        self._layout.addWidget(self.exercises, 1)
        self._layout.addWidget(self._safety)
        self._layout.addWidget(self.start_button)

    @property
    def resume_box(self) -> ResumeOffer:
        """The offer to resume or finish an interrupted session, made the first time there is one: most
        starts have none, and its buttons would be built, polished and held for nothing."""
        if self._resume_box is None:
            self._resume_box = ResumeOffer(self._text_font)
            self._resume_box.resume_button.clicked.connect(lambda: self.sig_resume.emit(self._interrupted))
            self._resume_box.close_button.clicked.connect(
                lambda: self.sig_close_interrupted.emit(self._interrupted)
            )
            self._layout.insertWidget(self._layout.indexOf(self.routine_label), self._resume_box)
        return self._resume_box

    @property
    def extras(self) -> ExtrasBox:
        """The exercises added from the library, made the first time there are any."""
        if self._extras is None:
            from sciatica_desktop.ui.today.extras_box import ExtrasBox  # a scroll area: not at start-up

            self._extras = ExtrasBox()
            self._extras.sig_remove.connect(self.sig_remove_extra.emit)
            self._layout.insertWidget(self._layout.indexOf(self._safety), self._extras)
        return self._extras

    def set_routine(self, name: str, items: Sequence[WorkoutItem]) -> None:
        self.show_view(self.view_for(name, items))

    def view_for(self, name: str, items: Sequence[WorkoutItem]) -> TodayView:
        """The texts that show routine ``name`` with ``items``: its line, each exercise's line and tooltip."""
        from sciatica_desktop.domain.exercise import estimated_seconds

        minutes = round(sum(estimated_seconds(i.exercise, i.dose) for i in items) / 60)
        routine = self.tr("{name}: %n exercise(s), about {minutes} min", None, len(items)).format(
            name=name, minutes=max(1, minutes)
        )
        lines = []
        for number, item in enumerate(items, start=1):
            text = self.tr("{number}.  {name}   ·   {dose}").format(
                number=number, name=item.exercise.name, dose=dose_text(item.exercise, item.dose)
            )
            tooltip = self.tr("{category}: {summary}").format(
                category=category_text(item.exercise.category), summary=item.exercise.summary
            )
            lines.append((text, tooltip))
        return TodayView(routine, tuple(lines))

    def show_view(self, view: TodayView) -> None:
        """Show these texts (made by :meth:`view_for`, now or by the last start); Start is on if there is an
        exercise to do."""
        self._view = view
        self.routine_label.setText(view.routine)
        self.exercises.set_lines(view.items)
        self.start_button.setEnabled(bool(view.items))

    @property
    def view(self) -> TodayView | None:
        """The texts the page shows (None before any were set)."""
        return self._view

    def set_extras(self, items: Sequence[WorkoutItem]) -> None:
        """The exercises added from the library (also listed with the routine), each removable."""
        if items or self._extras is not None:
            self.extras.set_extras(items)

    def set_interrupted(self, session: WorkoutSession | None) -> None:
        self._interrupted = session
        if session is None:
            if self._resume_box is not None:
                self._resume_box.hide()
            return
        when = local_time_text(session.started)
        self.resume_box.message.setText(
            self.tr(
                "Your session from {when} was interrupted. %n finished set(s) are saved. "
                "Carry on where you stopped, or finish it as it is?",
                None,
                session.completed_sets,
            ).format(when=when)
        )
        self.resume_box.show()


class ResumeOffer(QFrame):
    """Carry on with an interrupted session, or keep what was done and close it."""

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBox")
        panel(self, background=PANEL, border=ACCENT, width=2)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(font)
        colour(self.message, QPalette.ColorRole.WindowText, TEXT_ON_LIGHT)  # on the box's own light blue
        self.resume_button = BigButton(TodayPage.tr("Resume that session"), primary=True)
        self.close_button = BigButton(TodayPage.tr("Finish it as it is"))
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.resume_button)
        row.addWidget(self.close_button)
        box.addLayout(row)
        self.hide()
