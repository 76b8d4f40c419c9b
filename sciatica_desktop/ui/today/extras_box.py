"""The exercises a patient added from the library, each with a button to take it out again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sciatica_desktop.domain.exercise import WorkoutItem
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.texts import dose_text


class Today(QObject):
    """The translation context of the Today page's extras: ``Today.tr("…")``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


class ExtrasBox(QFrame):
    sig_remove = Signal(str)
    """Take this exercise id out of the routine again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extrasBox")
        text = QFont(self.font())
        text.setPixelSize(18)
        self.setFont(text)
        self.heading = QLabel(Today.tr("Added by you from the library"))
        self.heading.setObjectName("extrasHeading")
        bold = QFont(text)
        bold.setBold(True)
        self.heading.setFont(bold)
        rows = QWidget()
        self._layout = QVBoxLayout(rows)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._scroll = QScrollArea()  # many added exercises scroll here instead of squeezing the routine
        self._scroll.setWidget(rows)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setMaximumHeight(3 * 48 + 8)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.heading)
        outer.addWidget(self._scroll)
        self.remove_buttons: dict[str, BigButton] = {}
        self._rows: list[QWidget] = []
        self.hide()

    def set_extras(self, items: Sequence[WorkoutItem]) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        self.remove_buttons = {}
        for item in items:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            dose = dose_text(item.exercise, item.dose)
            label = QLabel(Today.tr("{name}   ·   {dose}").format(name=item.exercise.name, dose=dose))
            label.setWordWrap(True)
            label.setFont(self.font())
            button = BigButton(Today.tr("Remove"), min_height=44)
            button.setAccessibleName(Today.tr("Remove {name} from today").format(name=item.exercise.name))
            button.setToolTip(button.accessibleName())
            button.clicked.connect(lambda _c=False, i=item.exercise.id: self.sig_remove.emit(i))
            line.addWidget(label, 1)
            line.addWidget(button)
            self._layout.addWidget(row)
            self._rows.append(row)
            self.remove_buttons[item.exercise.id] = button
        self._scroll.setFixedHeight(min(len(items), 3) * 48 + 4)
        self.setVisible(bool(items))
