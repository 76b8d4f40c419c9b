"""Large, labelled, keyboard-reachable buttons (touch targets of at least 44 px, WCAG 2.5.5)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

MIN_TOUCH = 44

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
        self.setProperty("primary", primary)
        font = self.font()
        font.setPixelSize(19)
        font.setBold(primary)
        self.setFont(font)
        if shortcut is not None:
            self.setShortcut(shortcut)
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            self.setToolTip(self.tr("{label} ({keys})").format(label=text.replace("&", ""), keys=keys))

    def set_label(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text.replace("&", ""))
