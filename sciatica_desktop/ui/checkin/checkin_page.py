"""The check-in page: two pain scales, how far down the leg, numbness, sitting time, triggers, a note.

Quick by design (under 20 seconds): every row is one keyboard stop, a number key answers a scale, and
Ctrl+Enter saves from anywhere on the page. The page collects answers and emits them; the flow saves.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.symptoms import (
    NOTE_MAX,
    CheckIn,
    CheckInContext,
    CheckInId,
    LegExtent,
    LoggedCheckIn,
    Numbness,
    Trigger,
)
from sciatica_desktop.ui.checkin import texts
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.choice_bar import ChoiceBar, PainScale
from sciatica_desktop.ui.widgets.texts import local_time_text


def _label(text: str, buddy: QWidget, px: int = 18) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPixelSize(px)
    font.setBold(True)
    label.setFont(font)
    label.setBuddy(buddy)
    return label


NOT_SURE = -1
SITTING_CHOICES = (5, 10, 15, 30, 45, 60, 90, 120)


def _nearest_sitting(minutes: int | None) -> int:
    """An edited check-in shows the nearest choice (stored values from elsewhere may be any minute)."""
    if minutes is None:
        return NOT_SURE
    return min(SITTING_CHOICES, key=lambda m: abs(m - minutes))


class CheckInPage(QWidget):
    sig_save = Signal(object, object)
    """Save a check-in: the CheckIn, and the id being edited (None for a new one)."""
    sig_delete = Signal(object)
    """Delete the check-in with this id."""
    sig_undo = Signal(object)
    """Undo the delete of the check-in with this id."""
    sig_questionnaire = Signal(str)
    """Open the questionnaire with this id."""

    def __init__(self, *, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinPage")
        self._now = now
        self._editing: LoggedCheckIn | None = None
        self._undo_id: CheckInId | None = None
        self._recent: list[LoggedCheckIn] = []
        self._build()

    def _build(self) -> None:
        self.heading = QLabel(self.tr("How are you right now?"))
        font = self.heading.font()
        font.setPixelSize(26)
        font.setBold(True)
        self.heading.setFont(font)
        self.back = PainScale(self.tr("Back pain"))
        self.leg = PainScale(self.tr("Leg pain"))
        self.extent = ChoiceBar(
            self.tr("How far down the leg"), [(e, texts.extent_text(e)) for e in LegExtent]
        )
        self.numbness = ChoiceBar(
            self.tr("Numbness or tingling"), [(n, texts.numbness_text(n)) for n in Numbness]
        )
        self.weak = BigButton(self.tr("My leg feels weak"))
        self.weak.setCheckable(True)
        sit_choices = [(NOT_SURE, self.tr("Not sure"))] + [(m, str(m)) for m in SITTING_CHOICES[:-1]]
        sit_choices.append((SITTING_CHOICES[-1], self.tr("2 h or more")))
        self.sitting = ChoiceBar(self.tr("How long you can sit, in minutes"), sit_choices, button_height=48)
        self.triggers: dict[Trigger, BigButton] = {}
        self._trigger_row = QHBoxLayout()
        for trigger in Trigger:
            button = BigButton(texts.trigger_text(trigger), min_height=48)
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("Made worse by: {what}").format(what=texts.trigger_text(trigger))
            )
            self.triggers[trigger] = button
            self._trigger_row.addWidget(button)
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setMinimumHeight(48)
        self.note.setPlaceholderText(self.tr("Anything else (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.save_button = BigButton(self.tr("Save check-in"), primary=True)
        self.save_button.setToolTip(self.tr("Save check-in (Ctrl+Enter)"))
        self.cancel_button = BigButton(self.tr("Cancel editing"))
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Check-in status"))
        self.undo_button = BigButton(self.tr("Undo delete"))
        self.undo_button.hide()
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent check-ins"))
        self.recent.setMinimumHeight(120)
        self.edit_button = BigButton(self.tr("Edit"))
        self.delete_button = BigButton(self.tr("Delete"))

        self._lay_out()

    def _lay_out(self) -> None:
        form = QGridLayout()
        form.setVerticalSpacing(10)
        form.addWidget(self.heading, 0, 0, 1, 2)
        form.addWidget(self.back, 1, 0, 1, 2)
        form.addWidget(self.leg, 2, 0, 1, 2)
        form.addWidget(_label(self.tr("How far down the leg do symptoms reach?"), self.extent), 3, 0, 1, 2)
        form.addWidget(self.extent, 4, 0, 1, 2)
        form.addWidget(_label(self.tr("Numbness or tingling"), self.numbness), 5, 0, 1, 2)
        numb_row = QHBoxLayout()
        numb_row.addWidget(self.numbness, 3)
        numb_row.addWidget(self.weak, 2)
        form.addLayout(numb_row, 6, 0, 1, 2)
        form.addWidget(
            _label(self.tr("How many minutes can you sit before it hurts more?"), self.sitting), 7, 0, 1, 2
        )
        form.addWidget(self.sitting, 8, 0, 1, 2)
        form.addWidget(
            _label(self.tr("What made it worse today?"), self.triggers[Trigger.SITTING]), 9, 0, 1, 2
        )
        form.addLayout(self._trigger_row, 10, 0, 1, 2)
        form.addWidget(self.note, 11, 0, 1, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button, 2)
        actions.addWidget(self.cancel_button, 1)
        actions.addWidget(self.undo_button, 1)
        form.addWidget(_label(self.tr("Recent check-ins"), self.recent), 14, 0, 1, 2)
        form.addWidget(self.recent, 15, 0, 1, 2)
        recent_actions = QHBoxLayout()
        recent_actions.addWidget(self.edit_button)
        recent_actions.addWidget(self.delete_button)
        recent_actions.addStretch(1)
        form.addLayout(recent_actions, 16, 0, 1, 2)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.due_row = QHBoxLayout()
        self.due_label = QLabel(self.tr("Questionnaires due:"))
        self.due_row.addWidget(self.due_label)
        self.due_row.addStretch(1)
        self.due_buttons: list[BigButton] = []
        layout.addLayout(self.due_row)
        self.set_due([])
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)  # the save row stays in view however small the screen
        layout.addLayout(actions)
        self.scroll_area = scroll

        self._connect()

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reset_form)
        self.undo_button.clicked.connect(self._undo)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        self.setFocusProxy(self.back.bar)
        order = [
            self.back.bar,
            self.leg.bar,
            self.extent,
            self.numbness,
            self.weak,
            self.sitting,
            *self.triggers.values(),
            self.note,
            self.save_button,
            self.recent,
            self.edit_button,
            self.delete_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.reset_form()

    # ----- the form ---------------------------------------------------------------------------------

    def reset_form(self) -> None:
        self._editing = None
        self.back.set_value(None)
        self.leg.set_value(None)
        self.extent.set_value(LegExtent.NONE)
        self.numbness.set_value(Numbness.NONE)
        self.weak.setChecked(False)
        self.sitting.set_value(NOT_SURE)
        for b in self.triggers.values():
            b.setChecked(False)
        self.note.clear()
        self.save_button.set_label(self.tr("Save check-in"))
        self.cancel_button.hide()

    def collect(self) -> CheckIn | None:
        """The answers as a check-in, or None (with a message) when a pain score is missing."""
        back, leg = self.back.value(), self.leg.value()
        if back is None or leg is None:
            missing = self.back if back is None else self.leg
            self.status.setText(
                self.tr("Choose a number for {what} first.").format(what=missing.title.text())
            )
            missing.bar.setFocus()
            return None
        when = self._editing.entry.when if self._editing else self._now()
        context = self._editing.entry.context if self._editing else CheckInContext.ANY
        try:
            return CheckIn(
                when=when,
                back_pain=back,
                leg_pain=leg,
                leg_extent=self.extent.value(),
                numbness=self.numbness.value(),
                weakness=self.weak.isChecked(),
                sitting_minutes=None if self.sitting.value() == NOT_SURE else self.sitting.value(),
                triggers=frozenset(t for t, b in self.triggers.items() if b.isChecked()),
                note=self.note.text().strip(),
                context=context,
            )
        except OutOfRangeError as error:
            self.status.setText(error.message)
            return None

    def submit(self) -> None:
        entry = self.collect()
        if entry is not None:
            self.sig_save.emit(entry, self._editing.id if self._editing else None)

    def load(self, logged: LoggedCheckIn) -> None:
        """Put a saved check-in into the form to edit it."""
        self.reset_form()
        self._editing = logged
        c = logged.entry
        self.back.set_value(c.back_pain)
        self.leg.set_value(c.leg_pain)
        self.extent.set_value(c.leg_extent)
        self.numbness.set_value(c.numbness)
        self.weak.setChecked(c.weakness)
        self.sitting.set_value(_nearest_sitting(c.sitting_minutes))
        for t, b in self.triggers.items():
            b.setChecked(t in c.triggers)
        self.note.setText(c.note)
        self.save_button.set_label(self.tr("Save changes"))
        self.cancel_button.show()
        self.back.bar.setFocus()

    # ----- results from the flow --------------------------------------------------------------------

    def show_saved(self, logged: LoggedCheckIn) -> None:
        self.reset_form()
        self.undo_button.hide()
        when = local_time_text(logged.entry.when)
        self.status.setText(self.tr("Saved at {when}. Thank you.").format(when=when))

    def show_deleted(self, logged: LoggedCheckIn) -> None:
        self._undo_id = logged.id
        self.status.setText(
            self.tr("Deleted the check-in from {when}.").format(
                when=local_time_text(logged.entry.when)
            )
        )
        self.undo_button.show()
        self.undo_button.setFocus()

    def show_restored(self, logged: LoggedCheckIn) -> None:
        self.undo_button.hide()
        self.status.setText(
            self.tr("Restored the check-in from {when}.").format(
                when=local_time_text(logged.entry.when)
            )
        )

    def set_recent(self, entries: list[LoggedCheckIn]) -> None:
        self._recent = list(entries)
        self.recent.clear()
        for logged in entries:
            item = QListWidgetItem(texts.summary_text(logged.entry))
            item.setData(Qt.ItemDataRole.UserRole, logged.id)
            self.recent.addItem(item)
        if entries:
            self.recent.setCurrentRow(0)
        self.edit_button.setEnabled(bool(entries))
        self.delete_button.setEnabled(bool(entries))

    def set_due(self, due: list[tuple[str, str]]) -> None:
        """Buttons for the questionnaires due now: (id, short name) pairs."""
        for button in self.due_buttons:
            self.due_row.removeWidget(button)
            button.deleteLater()
        self.due_buttons = []
        for index, (qid, name) in enumerate(due):
            button = BigButton(self.tr("Answer {name}").format(name=name), min_height=44)
            button.clicked.connect(lambda _c=False, q=qid: self.sig_questionnaire.emit(q))
            self.due_row.insertWidget(1 + index, button)
            self.due_buttons.append(button)
        self.due_label.setVisible(bool(due))

    def _selected(self) -> LoggedCheckIn | None:
        row = self.recent.currentRow()
        return self._recent[row] if 0 <= row < len(self._recent) else None

    def _edit_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.load(chosen)

    def _delete_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.sig_delete.emit(chosen.id)

    def _undo(self) -> None:
        if self._undo_id is not None:
            self.sig_undo.emit(self._undo_id)
            self._undo_id = None
