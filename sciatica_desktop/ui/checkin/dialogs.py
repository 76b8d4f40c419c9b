"""Dialogs of the symptom flow: the red-flag questions, urgent-care guidance, advice, quick pain prompts.

They are opened with ``open()`` (window-modal, not blocking the event loop) and report by signals, so the
flow continues in slots and tests can answer them without a nested event loop.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sciatica_desktop.domain.redflags import Message, Question, ScreeningReason
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.choice_bar import ChoiceBar, PainScale
from sciatica_desktop.ui.widgets.labels import wrapped_label

# The background is fixed light, so the text is fixed dark: a dark desktop's light text would vanish on it.
URGENT_STYLE = """
QDialog#urgent { background: #fff1f0; border: 6px solid #b3261e; }
QDialog#urgent QLabel { color: #1b232b; }
"""


def _text(text: str, px: int = 18, *, bold: bool = False) -> QLabel:
    return wrapped_label(text, px, bold=bold, selectable=True)


class RedFlagDialog(QDialog):
    sig_answered = Signal(object)
    """Every question answered: a dict of question id → True (yes) / False (no)."""

    def __init__(
        self, questions: Sequence[Question], reason: ScreeningReason, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety questions"))
        self._questions = tuple(questions)
        intro = {
            ScreeningReason.FIRST_USE: self.tr(
                "Before your first session, please answer a few safety questions."
            ),
            ScreeningReason.WEEKLY: self.tr(
                "It has been a week: please answer the safety questions again."
            ),
            ScreeningReason.NERVE_SIGNS: self.tr(
                "You reported new or worse numbness or weakness. Please answer these safety questions."
            ),
            ScreeningReason.AFTER_CARE: self.tr("Welcome back. Please answer the safety questions again."),
            ScreeningReason.MANUAL: self.tr("Safety questions."),
        }[reason]
        self.answers: dict[str, ChoiceBar] = {}
        body = QVBoxLayout()
        body.addWidget(_text(intro, 20, bold=True))
        for q in self._questions:
            label = _text(q.text)
            bar = ChoiceBar(q.text, [("yes", self.tr("Yes")), ("no", self.tr("No"))], button_height=48)
            label.setBuddy(bar)
            bar.sig_changed.connect(self._update)
            self.answers[q.id] = bar
            body.addWidget(label)
            body.addWidget(bar)
        inner = QWidget()
        inner.setLayout(body)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button = BigButton(self.tr("Done"), primary=True)
        self.submit_button.clicked.connect(self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.submit_button)
        self.resize(760, 560)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first = next(iter(self.answers.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def answer(self, question_id: str, yes: bool) -> None:
        self.answers[question_id].set_value("yes" if yes else "no")

    def _update(self, _value: object = None) -> None:
        done = all(bar.value() is not None for bar in self.answers.values())
        self.submit_button.setEnabled(done)

    def _submit(self) -> None:
        if self.submit_button.isEnabled():
            self.accept()
            self.sig_answered.emit({qid: bar.value() == "yes" for qid, bar in self.answers.items()})


class UrgentDialog(QDialog):
    """Stop: the urgent-care message. Workouts stay blocked until the patient confirms seeking care."""

    sig_confirmed = Signal()
    """The patient confirmed they have contacted a doctor or emergency service."""

    def __init__(self, message: Message, *, blocked_start: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("urgent")
        self.setStyleSheet(URGENT_STYLE)
        self.setWindowTitle(message.title)
        layout = QVBoxLayout(self)
        layout.addWidget(_text(message.title, 30, bold=True))
        if blocked_start:
            layout.addWidget(
                _text(self.tr("Exercise is paused because of an earlier answer."), 20, bold=True)
            )
        self.message = _text(message.text, 20)
        layout.addWidget(self.message, 1)
        layout.addWidget(
            _text(
                self.tr(
                    "When you have contacted a doctor or an emergency service, press the button below. "
                    "The app "
                    "will ask the safety questions again before your next session."
                )
            )
        )
        row = QHBoxLayout()
        self.confirm_button = BigButton(self.tr("I have contacted a doctor or emergency service"))
        self.close_button = BigButton(self.tr("Close"), primary=True)
        row.addWidget(self.confirm_button, 2)
        row.addWidget(self.close_button, 1)
        layout.addLayout(row)
        self.confirm_button.clicked.connect(self._confirm)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        self.resize(760, 520)

    def _confirm(self) -> None:
        self.sig_confirmed.emit()
        self.accept()


class AdviceDialog(QDialog):
    """A message to read, then continue (see a doctor soon; all clear)."""

    def __init__(self, message: Message, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(message.title)
        layout = QVBoxLayout(self)
        layout.addWidget(_text(message.title, 26, bold=True))
        layout.addWidget(_text(message.text, 19), 1)
        self.ok_button = BigButton(self.tr("I understand"), primary=True)
        self.ok_button.clicked.connect(self.accept)
        layout.addWidget(self.ok_button)
        self.resize(680, 380)


class PainAdviceDialog(QDialog):
    """The traffic-light advice about pain around a workout. With ``ask``, the patient chooses whether to go
    on (accepted) or not today (rejected); otherwise it is read and closed."""

    def __init__(self, text: str, parent: QWidget | None, *, ask: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About your pain"))
        self.setAccessibleName(self.tr("Advice about your pain"))
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self.tr("About your pain"), 26, bold=True))
        self.message = _text(text, 19)
        layout.addWidget(self.message, 1)
        row = QHBoxLayout()
        if ask:
            self.stop_button = BigButton(self.tr("Not today"), primary=True)
            self.go_button = BigButton(self.tr("Start a gentle session"))
            self.stop_button.clicked.connect(self.reject)
            self.go_button.clicked.connect(self.accept)
            row.addWidget(self.stop_button)
            row.addWidget(self.go_button)
            self.stop_button.setFocus()
        else:
            self.ok_button = BigButton(self.tr("I understand"), primary=True)
            self.ok_button.clicked.connect(self.accept)
            row.addWidget(self.ok_button)
        layout.addLayout(row)
        self.resize(680, 360)


class QuickPainDialog(QDialog):
    """Two pain scales before or after a workout; skipping is fine."""

    sig_done = Signal(object, object)
    """Back and leg pain (ints), or (None, None) when skipped."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._reported = False
        self.back = PainScale(self.tr("Back pain"))
        self.leg = PainScale(self.tr("Leg pain"))
        self.save_button = BigButton(self.tr("Save"), primary=True)
        self.skip_button = BigButton(self.tr("Skip"))
        layout = QVBoxLayout(self)
        layout.addWidget(_text(title, 24, bold=True))
        layout.addWidget(self.back)
        layout.addWidget(self.leg)
        row = QHBoxLayout()
        row.addWidget(self.save_button, 2)
        row.addWidget(self.skip_button, 1)
        layout.addLayout(row)
        self.save_button.clicked.connect(self._save)
        self.skip_button.clicked.connect(self._skip)
        for bar in (self.back.bar, self.leg.bar):
            bar.sig_changed.connect(self._update)
        self._update()
        self.resize(760, 360)

    def _update(self, _value: object = None) -> None:
        self.save_button.setEnabled(self.back.value() is not None and self.leg.value() is not None)

    def _save(self) -> None:
        if self.save_button.isEnabled() and not self._reported:
            self._reported = True
            self.accept()
            self.sig_done.emit(self.back.value(), self.leg.value())

    def _skip(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Skip, Escape or closing the window all mean "skip": the workout goes on either way."""
        super().reject()
        if not self._reported:
            self._reported = True
            self.sig_done.emit(None, None)
