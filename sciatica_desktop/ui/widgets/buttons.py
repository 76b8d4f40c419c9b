"""Large, labelled, keyboard-reachable buttons (touch targets of at least 44 px, WCAG 2.5.5)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

MIN_TOUCH = 44


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
        # No explicit setFocusPolicy: Qt's styles on Linux already give buttons StrongFocus (Tab and click),
        # and touching the Qt namespace costs 15 ms before the first paint (see ui/qt_imports.py).
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
