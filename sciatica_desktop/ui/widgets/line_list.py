"""A read-only list of lines, each with its tooltip, that scrolls when it outgrows its space.

The Today page lists the routine's exercises. Nothing in that list is chosen or clicked, yet a QListWidget
brought the whole item-view machinery (a model, a delegate, a selection, and PySide6's QAbstractItemView type
with its enums): about 1 MiB for the app's life and 2 ms of the first paint. Here each line is a label in a
scroll area. The area takes Tab focus, with the same thick ring as the buttons; a screen reader then reads
its name and every line (its accessible description), and the arrow and page keys scroll a long list. A
screen reader's review of the page finds each label, with its tooltip as the description. A long line wraps
instead of running off the edge. What it gives up against an item view: the List role with a count, and
moving from item to item with the arrow keys (nothing in the list can be acted on).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from sciatica_desktop.ui.widgets.buttons import ShowsFocusRing, follow_focus

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText, set through the property system: naming Qt before the first paint
# builds its 93 enums (ui/qt_imports.py). Plain, because a name from a clinic's file is not markup.


class LineList(ShowsFocusRing, QScrollArea):
    """Lines of text in ``font`` on the base colour, one label each, with ``spacing`` pixels between."""

    def __init__(self, font: QFont, *, spacing: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font = font
        self.setWidgetResizable(True)
        rows = QWidget()
        rows.setBackgroundRole(QPalette.ColorRole.Base)  # white behind the lines, as a list has
        rows.setAutoFillBackground(True)
        self._layout = QVBoxLayout(rows)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.setSpacing(spacing)
        self._layout.addStretch(1)  # the lines stay at the top of a tall list
        self.setWidget(rows)
        self._labels: list[QLabel] = []
        follow_focus()  # it takes focus by Tab and click (the scroll area's own policy), with the app's ring

    def set_lines(self, lines: Sequence[tuple[str, str]]) -> None:
        """Show these ``(text, tooltip)`` lines, in order, instead of the ones shown before."""
        while len(self._labels) > len(lines):
            surplus = self._labels.pop()
            self._layout.removeWidget(surplus)
            surplus.hide()  # gone from this paint on, not only once the deletion is processed
            surplus.deleteLater()
        while len(self._labels) < len(lines):
            label = QLabel()
            label.setFont(self._font)
            label.setWordWrap(True)
            label.setProperty("textFormat", PLAIN_TEXT)
            self._layout.insertWidget(len(self._labels), label)
            self._labels.append(label)
        for label, (text, tooltip) in zip(self._labels, lines, strict=True):
            label.setText(text)
            label.setToolTip(tooltip)
        # What a screen reader says when the list takes focus, after its name: every line, in order (the
        # labels themselves take no focus, so their texts would otherwise only be found by reviewing).
        self.setAccessibleDescription("\n".join(text for text, _ in lines))

    def count(self) -> int:
        return len(self._labels)

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels]

    def tooltips(self) -> list[str]:
        return [label.toolTip() for label in self._labels]

    def labels(self) -> list[QLabel]:
        return list(self._labels)
