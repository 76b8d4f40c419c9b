"""Text labels sized for reading at a distance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def wrapped_label(text: str, px: int = 18, *, bold: bool = False, selectable: bool = False) -> QLabel:
    """A word-wrapped label in a pixel size (sizes in pixels keep kiosks and laptops alike)."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPixelSize(px)
    font.setBold(bold)
    label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
