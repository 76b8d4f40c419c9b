"""A row of large buttons where one is chosen, and the 0–10 pain scale built on it.

The whole row is one keyboard stop (Tab reaches it once): arrow keys, Home/End and digit keys choose, so
a check-in by keyboard takes a few key presses. Each button is still a large, named click or touch target.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sciatica_desktop.ui.widgets.buttons import MIN_TOUCH, BigButton
from sciatica_desktop.ui.widgets.theme import ACCENT, BUTTON_RULE, PANEL

STYLE = f"""
ChoiceBar QPushButton {{ {BUTTON_RULE} }}
ChoiceBar {{ border: 3px solid transparent; border-radius: 10px; }}
ChoiceBar:focus {{ border: 3px solid {ACCENT}; background: {PANEL}; }}
ChoiceBar QPushButton:checked {{ background: {ACCENT}; color: white; border: 2px solid #0f3f50; }}
"""


class ChoiceBar(QFrame):
    sig_changed = Signal(object)
    """The chosen value changed (the value, or None when cleared)."""

    def __init__(
        self,
        name: str,
        choices: Sequence[tuple[Any, str]],
        *,
        button_height: int = 56,
        font_px: int = 19,
        vertical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._values = [value for value, _label in choices]
        self._value: Any = None
        self._vertical = vertical
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[BigButton] = []
        row = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(6)
        for index, (_value, label) in enumerate(choices):
            button = BigButton(label, min_height=max(MIN_TOUCH, button_height))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the bar is the keyboard stop
            button.setAccessibleName(self.tr("{name}: {choice}").format(name=name, choice=label))
            font = button.font()
            font.setPixelSize(font_px)
            button.setFont(font)
            font.setBold(True)  # a chosen button is drawn bold: leave room so its text never clips
            button.setMinimumWidth(max(MIN_TOUCH, QFontMetrics(font).horizontalAdvance(label) + 36))
            self.group.addButton(button, index)
            self.buttons.append(button)
            row.addWidget(button)
        self.group.idClicked.connect(self._clicked)
        self._update_name()

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        if value is None:
            self.group.setExclusive(False)
            for b in self.buttons:
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[self._values.index(value)].setChecked(True)
        if value != self._value:
            self._value = value
            self._update_name()
            self.sig_changed.emit(value)

    def _clicked(self, index: int) -> None:
        self.set_value(self._values[index])
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _update_name(self) -> None:
        chosen = "—" if self._value is None else self.buttons[self._values.index(self._value)].text()
        self.setAccessibleName(self.tr("{name}: {choice}").format(name=self._name, choice=chosen))
        self.setAccessibleDescription(
            self.tr("Use the arrow keys, Home and End, or a number key to choose.")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = -1 if self._value is None else self._values.index(self._value)
        last = len(self._values) - 1
        forward = (Qt.Key.Key_Right, Qt.Key.Key_Down if self._vertical else Qt.Key.Key_Up)
        backward = (Qt.Key.Key_Left, Qt.Key.Key_Up if self._vertical else Qt.Key.Key_Down)
        if key in forward:
            index = min(last, index + 1)
        elif key in backward:
            index = max(0, index - 1) if index >= 0 else 0
        elif key == Qt.Key.Key_Home:
            index = 0
        elif key == Qt.Key.Key_End:
            index = last
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and self._digit(key - Qt.Key.Key_0) is not None:
            index = self._digit(key - Qt.Key.Key_0)  # type: ignore[assignment]
        else:
            super().keyPressEvent(event)
            return
        self.set_value(self._values[index])

    def _digit(self, digit: int) -> int | None:
        """Digit keys: the value itself on a numeric scale, else the n-th choice (1 = first)."""
        if all(isinstance(v, int) for v in self._values):
            return self._values.index(digit) if digit in self._values else None
        return digit - 1 if 1 <= digit <= len(self._values) else None


class PainScale(QWidget):
    """0–10 with its end anchors under the ends; large numbers that are easy to tap."""

    def __init__(self, title: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPixelSize(22)
        font.setBold(True)
        self.title.setFont(font)
        self.bar = ChoiceBar(title, [(n, str(n)) for n in range(11)], button_height=60, font_px=24)
        for b in self.bar.buttons:
            b.setMinimumWidth(MIN_TOUCH + 4)
        self.title.setBuddy(self.bar)
        low, high = QLabel(self.tr("0 = No pain")), QLabel(self.tr("10 = Worst imaginable"))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        anchors = QGridLayout()
        anchors.addWidget(low, 0, 0)
        anchors.addWidget(high, 0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addLayout(anchors)
        self.low_anchor, self.high_anchor = low, high

    def value(self) -> int | None:
        value = self.bar.value()
        return None if value is None else int(value)

    def set_value(self, value: int | None) -> None:
        self.bar.set_value(value)
