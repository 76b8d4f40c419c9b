"""Large, labelled, keyboard-reachable buttons (touch targets of at least 44 px, WCAG 2.5.5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from sciatica_desktop.ui.widgets.theme import ACCENT, CHOSEN, PRIMARY, PRIMARY_EDGE, colour

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

MIN_TOUCH = 44
FOCUS_RING = 3  # px: a keyboard user sees where they are from a distance (WCAG 2.4.7, 2.4.13)

# Qt.FocusPolicy.StrongFocus (TabFocus | ClickFocus | 0x8), set through Qt's property system: naming the
# enum would build PySide6's whole Qt namespace (93 enums, ~15 ms) before the first paint (ui/qt_imports.py).
# tests/gui/test_first_paint.py checks the number against the enum.
STRONG_FOCUS = 11


def take_strong_focus(widget: QWidget) -> None:
    """Tab and click both focus ``widget``, whatever its style would give (macOS's and some Linux styles
    give buttons Tab focus only, and with keyboard navigation off Tab then skips them)."""
    widget.setProperty("focusPolicy", STRONG_FOCUS)


class BigButton(QPushButton):
    """A push button no smaller than a fingertip, with its accessible name set from its text."""

    def __init__(
        self,
        text: str,
        *,
        shortcut: QKeySequence | None = None,
        primary: bool = False,
        min_height: int = 56,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.setMinimumHeight(max(MIN_TOUCH, min_height))
        self.setMinimumWidth(MIN_TOUCH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        take_strong_focus(self)
        self.setAccessibleName(text.replace("&", ""))
        self._primary = primary
        if primary:  # the one thing to press next: white on dark teal
            colour(self, QPalette.ColorRole.Button, PRIMARY)
            colour(self, QPalette.ColorRole.ButtonText, "white")
        font = self.font()
        font.setPixelSize(19)
        font.setBold(primary)
        self.setFont(font)
        self._resting: QPalette | None = None  # what it showed before it was checked
        self.toggled.connect(self._show_checked)
        if shortcut is not None:
            self.setShortcut(shortcut)
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            self.setToolTip(self.tr("{label} ({keys})").format(label=text.replace("&", ""), keys=keys))

    def _show_checked(self, checked: bool) -> None:
        """A checked button (the page shown, a chosen option) is tinted and bold, not only pressed in: the
        weight tells it apart without colour."""
        if checked:
            # A copy (QPalette(…) would build Qt's namespace), a caller's own colours included.
            self._resting = self.palette()
            if not self._primary:
                colour(self, QPalette.ColorRole.Button, CHOSEN)
        elif self._resting is not None:
            self.setPalette(self._resting)
        font = self.font()
        font.setBold(checked or self._primary)
        self.setFont(font)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            # Imported, and PySide6's Qt namespace built (QPen needs it), at the first focus, not at start-up.
            from PySide6.QtGui import QColor, QPainter, QPen

            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # A primary face is dark: a white ring inside the dark edge shows on it, and the edge on the page.
            rings = [(PRIMARY_EDGE, FOCUS_RING), ("white", 2)] if self._primary else [(ACCENT, FOCUS_RING)]
            inset = 0.0
            for colour_name, width in rings:
                pen = QPen(QColor(colour_name))
                pen.setWidth(width)
                painter.setPen(pen)
                edge = inset + width / 2
                painter.drawRoundedRect(self.rect().toRectF().adjusted(edge, edge, -edge, -edge), 4, 4)
                inset += width
            painter.end()

    def set_label(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text.replace("&", ""))
