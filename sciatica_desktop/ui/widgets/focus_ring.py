"""The thick focus ring of a BigButton or the Today page's list (any ``buttons.ShowsFocusRing``), drawn over
the widget by a child made the first time it has focus.

A ``paintEvent`` written in Python on the button itself would run at every paint of every button, and the
first call makes PySide6 build ``QPaintEvent`` and with it ``QEvent`` (about 180 enum members): some 4 ms of
the first paint and 0.2 MiB, for a ring that shows only once somebody presses Tab. The ring is a child that
fills the widget's contents (through a layout, so it follows every resize; on a scroll area that is the part
left of its scroll bar) and lets clicks through; it is shown and hidden as the application's focus moves
(``QApplication.focusChanged``, which carries no event object).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


class FocusRing(QWidget):
    """Rings of ``(colour, width)`` pairs, outermost first, drawn just inside the edge of ``button`` (a
    button, or any widget that shows the ring)."""

    def __init__(self, button: QWidget, rings: list[tuple[str, int]]) -> None:
        super().__init__(button)
        self._rings = rings
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks go to the button
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        fill = QVBoxLayout(button)
        fill.setContentsMargins(0, 0, 0, 0)
        fill.addWidget(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inset = 0.0
        for colour_name, width in self._rings:
            pen = QPen(QColor(colour_name))
            pen.setWidth(width)
            painter.setPen(pen)
            edge = inset + width / 2
            painter.drawRoundedRect(self.rect().toRectF().adjusted(edge, edge, -edge, -edge), 4, 4)
            inset += width
        painter.end()
