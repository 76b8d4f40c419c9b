"""The adherence calendar: one square per day, weeks as columns (Monday at the top), darker = more sessions.

Counts are written in the squares, so the map reads in grayscale too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sciatica_desktop.domain.stats import heatmap
from sciatica_desktop.ui.widgets.texts import day_text, month_text

CELL = 16
GAP = 2
LEFT = 34
TOP = 18
SHADES = ("#e8ecef", "#9ecae1", "#4a98c0", "#1f6f8b", "#0f3f50")


class AdherenceMap(QWidget):
    def __init__(self, weeks: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks = weeks
        self._grid: list[list[int | None]] = []
        self._end = dt.date.today()
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Sessions per day, last %n weeks", None, weeks))

    def sizeHint(self) -> QSize:
        return QSize(LEFT + self.weeks * (CELL + GAP), TOP + 7 * (CELL + GAP))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_counts(self, counts: Mapping[dt.date, int], end: dt.date) -> None:
        self._end = end
        self._grid = heatmap(counts, end, self.weeks)
        total = sum(v or 0 for col in self._grid for v in col)
        active = sum(1 for col in self._grid for v in col if v)
        self.setAccessibleDescription(
            self.tr("{total} sessions on {days} days in the last {weeks} weeks").format(
                total=total, days=active, weeks=self.weeks
            )
        )
        self.update()

    def day_at(self, column: int, row: int) -> dt.date:
        last_monday = self._end - dt.timedelta(days=self._end.weekday())
        return last_monday - dt.timedelta(weeks=self.weeks - 1 - column) + dt.timedelta(days=row)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPixelSize(11)
        p.setFont(small)
        p.setPen(QColor("#3c4650"))
        for row, name in (
            (0, self.tr("Mon")),
            (2, self.tr("Wed")),
            (4, self.tr("Fri")),
            (6, self.tr("Sun")),
        ):
            p.drawText(
                QRectF(0, TOP + row * (CELL + GAP), LEFT - 4, CELL),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
        for column, values in enumerate(self._grid):
            first = self.day_at(column, 0)
            if first.day <= 7:
                p.setPen(QColor("#3c4650"))
                p.drawText(
                    QRectF(LEFT + column * (CELL + GAP), 0, 40, TOP - 2),
                    Qt.AlignmentFlag.AlignLeft,
                    month_text(first),
                )
            for row, value in enumerate(values):
                if value is None:
                    continue
                rect = QRectF(LEFT + column * (CELL + GAP), TOP + row * (CELL + GAP), CELL, CELL)
                shade = QColor(SHADES[min(value, len(SHADES) - 1)])
                p.setPen(
                    QPen(QColor("#0f3f50"), 2)
                    if self.day_at(column, row) == self._end
                    else Qt.PenStyle.NoPen
                )
                p.setBrush(shade)
                p.drawRoundedRect(rect, 3, 3)
                if value:
                    p.setPen(QColor("white") if value >= 2 else QColor("#0f3f50"))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        column = int((event.position().x() - LEFT) // (CELL + GAP))
        row = int((event.position().y() - TOP) // (CELL + GAP))
        if 0 <= column < len(self._grid) and 0 <= row < 7 and self._grid[column][row] is not None:
            day = self.day_at(column, row)
            self.setToolTip(
                self.tr("{day}: %n session(s)", None, self._grid[column][row] or 0).format(
                    day=day_text(day)
                )
            )
