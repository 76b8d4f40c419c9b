"""History: past sessions, newest first, each opening onto its sets."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from sciatica_desktop.domain.records import SessionStatus, WorkoutSession
from sciatica_desktop.ui.widgets.texts import local_time_text, seconds_text, side_text


class HistoryPage(QWidget):
    def __init__(self, *, name_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self._name_of = name_of
        heading = QLabel(self.tr("History"))
        font = QFont(self.font())
        font.setPixelSize(32)
        font.setBold(True)
        heading.setFont(font)
        self.empty_label = QLabel(self.tr("No sessions yet. Your finished sets will appear here."))
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setAccessibleName(self.tr("Past sessions"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Done"), self.tr("Status")])
        body = QFont(self.font())
        body.setPixelSize(17)
        self.tree.setFont(body)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def set_sessions(self, sessions: Sequence[WorkoutSession]) -> None:
        self.tree.clear()
        self.empty_label.setVisible(not sessions)
        status_text = {
            SessionStatus.COMPLETED: self.tr("Completed"),
            SessionStatus.ENDED_EARLY: self.tr("Ended early"),
            SessionStatus.IN_PROGRESS: self.tr("Interrupted"),
        }
        for session in sessions:  # the repository returns them newest first
            when = local_time_text(session.started, year=True)
            top = QTreeWidgetItem(
                [
                    when,
                    session.routine_name,
                    self.tr("%n set(s)", None, session.completed_sets),
                    status_text[session.status],
                ]
            )
            for log in session.sets:
                r = log.result
                side = side_text(r.side)
                what = self._name_of(r.exercise_id)
                if side:
                    what = self.tr("{exercise} · {side}").format(exercise=what, side=side)
                held = seconds_text(r.seconds_held)
                if r.seconds_held >= 10 * max(1, r.reps_done):  # timed holds: how long matters most
                    done = self.tr("Set {number}: {reps} / %n holds, {held}", None, r.target_reps).format(
                        number=r.set_number, reps=r.reps_done, held=held
                    )
                else:
                    done = self.tr("Set {number}: {reps} / %n reps", None, r.target_reps).format(
                        number=r.set_number, reps=r.reps_done
                    )
                time = r.ended.astimezone().strftime("%H:%M:%S")
                child = QTreeWidgetItem([time, what, done, self.tr("Stopped part-way") if r.skipped else ""])
                for column in range(4):
                    child.setToolTip(column, child.text(column))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        if sessions:
            self.tree.topLevelItem(0).setExpanded(True)
