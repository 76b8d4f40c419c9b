"""A ring that empties as a hold or a rest runs down, with the seconds left in large type."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def format_seconds(seconds: float) -> str:
    whole = max(0, math.ceil(seconds - 1e-9))
    if whole >= 60:
        return f"{whole // 60}:{whole % 60:02d}"
    return str(whole)


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining: float | None = None
        self._duration: float | None = None
        self._label = ""
        self.setMinimumSize(96, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Countdown"))

    def set_countdown(self, remaining: float | None, duration: float | None, label: str = "") -> None:
        self._remaining, self._duration, self._label = remaining, duration, label
        text = format_seconds(remaining) if remaining is not None else ""
        self.setAccessibleDescription(f"{label} {text}".strip())
        self.update()

    def text(self) -> str:
        return "" if self._remaining is None else format_seconds(self._remaining)

    def paintEvent(self, event: object) -> None:
        side = min(self.width(), self.height()) - 16
        if side <= 0:
            return
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        thickness = max(8.0, side * 0.08)
        inner = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        p.setPen(QPen(QColor("#d9dee3"), thickness))
        p.drawEllipse(inner)
        if self._remaining is not None and self._duration:
            fraction = max(0.0, min(1.0, self._remaining / self._duration))
            pen = QPen(QColor("#1f6f8b"), thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawArc(inner, 90 * 16, int(-fraction * 360 * 16))
        p.setPen(self.palette().windowText().color())
        if self._remaining is not None:
            font = QFont(self.font())
            font.setPixelSize(max(18, int(side * 0.30)))
            font.setBold(True)
            p.setFont(font)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, format_seconds(self._remaining))
        if self._label:
            font = QFont(self.font())
            font.setPixelSize(max(12, int(side * 0.09)))
            p.setFont(font)
            below = QRectF(rect.left(), rect.center().y() + side * 0.16, rect.width(), side * 0.14)
            p.drawText(below, Qt.AlignmentFlag.AlignCenter, self._label)
        p.end()
