"""Back and leg pain over time (pyqtgraph): daily values, 7-day means, session days, flare-up shading.

Readable without colour: back pain is a solid line with circles, leg pain a dashed line with triangles.
Days without a check-in are NaN and draw as gaps (``connect="finite"``); nothing is interpolated.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

pg.setConfigOptions(antialias=True, background="w", foreground="k")

DAY = 86400.0
BACK = (23, 84, 110)
LEG = (196, 84, 0)
SESSION_Y = -0.6


def day_x(day: dt.date) -> float:
    """Epoch seconds of local noon on ``day``: the point sits mid-day on a local date axis."""
    return dt.datetime.combine(day, dt.time(12)).astimezone().timestamp()


def legend_html() -> str:
    """The key, as text above the chart: it never covers the data, and it says which line is which in
    words (solid, dashed) as well as in colour."""
    back = f"rgb{BACK}"
    leg = f"rgb{LEG}"
    items = [
        f"<span style='color:{back}'>●━━</span> " + PainChart.tr("Back pain: dots, solid line = 7-day mean"),
        f"<span style='color:{leg}'>▼╍╍</span> "
        + PainChart.tr("Leg pain: triangles, dashed line = 7-day mean"),
        "<span style='color:#282828'>■</span> " + PainChart.tr("session done"),
        "<span style='background:#f4c7c7'>&nbsp;&nbsp;&nbsp;</span> " + PainChart.tr("flare-up"),
    ]
    return " &nbsp;&nbsp; ".join(items)


def as_array(values: Sequence[float | None]) -> np.ndarray:
    return np.array([math.nan if v is None else v for v in values], dtype=float)


class PainChart(pg.PlotWidget):  # type: ignore[misc]
    sig_hover = Signal(int)
    """The pointer is over the day with this index (into the days last given to :meth:`set_series`)."""

    def __init__(self) -> None:
        super().__init__(axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=None)})
        self.setAccessibleName(PainChart.tr("Pain chart"))
        self.setMinimumHeight(170)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.showGrid(y=True, alpha=0.25)
        plot.setLabel("left", PainChart.tr("Pain (0–10)"))
        plot.setYRange(-1, 10.5, padding=0)
        plot.setLimits(yMin=-1.2, yMax=11)
        plot.getViewBox().setMouseEnabled(x=True, y=False)
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        self.flares = pg.BarGraphItem(x=[], height=[], width=DAY, y0=-1, brush=(214, 39, 40, 40), pen=None)
        self.flares.setZValue(-10)
        plot.addItem(self.flares)
        dash = Qt.PenStyle.DashLine
        self.back_daily = plot.plot(
            pen=pg.mkPen(BACK, width=1),
            symbol="o",
            symbolSize=6,
            symbolBrush=BACK,
            symbolPen=None,
            connect="finite",
            name=PainChart.tr("Back pain (daily)"),
        )
        self.leg_daily = plot.plot(
            pen=pg.mkPen(LEG, width=1, style=dash),
            symbol="t",
            symbolSize=7,
            symbolBrush=LEG,
            symbolPen=None,
            connect="finite",
            name=PainChart.tr("Leg pain (daily)"),
        )
        self.back_mean = plot.plot(
            pen=pg.mkPen(BACK, width=3.5), connect="finite", name=PainChart.tr("Back pain, 7-day mean")
        )
        self.leg_mean = plot.plot(
            pen=pg.mkPen(LEG, width=3.5, style=dash),
            connect="finite",
            name=PainChart.tr("Leg pain, 7-day mean"),
        )
        self.sessions = plot.plot(
            pen=None,
            symbol="s",
            symbolSize=7,
            symbolBrush=(40, 40, 40),
            symbolPen=None,
            name=PainChart.tr("Session done"),
        )
        self.cursor = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen((90, 90, 90), width=1, style=dash)
        )
        self.cursor.hide()
        plot.addItem(self.cursor, ignoreBounds=True)
        self.x = np.array([], dtype=float)
        self.scene().sigMouseMoved.connect(self._moved)

    def set_series(
        self,
        *,
        days: Sequence[dt.date],
        back: Sequence[float | None],
        leg: Sequence[float | None],
        back_mean: Sequence[float | None],
        leg_mean: Sequence[float | None],
        session_days: Sequence[dt.date],
        flare_days: Sequence[dt.date],
    ) -> None:
        x0 = day_x(days[0]) if days else 0.0
        # Whole days from the first one keep the arithmetic fast for years of data; summer time shifts
        # local noon by an hour at most, which the day-wide markers absorb.
        first = days[0] if days else dt.date.today()
        self.x = np.array([x0 + (d - first).days * DAY for d in days], dtype=float)
        self.back_daily.setData(self.x, as_array(back))
        self.leg_daily.setData(self.x, as_array(leg))
        self.back_mean.setData(self.x, as_array(back_mean))
        self.leg_mean.setData(self.x, as_array(leg_mean))
        sx = np.array([x0 + (d - first).days * DAY for d in session_days], dtype=float)
        self.sessions.setData(sx, np.full(len(sx), SESSION_Y))
        fx = np.array([x0 + (d - first).days * DAY for d in flare_days], dtype=float)
        self.flares.setOpts(x=fx, height=np.full(len(fx), 11.5), width=DAY, y0=-1)

    def show_last(self, days: int | None) -> None:
        """Show the last ``days`` days (None: everything)."""
        if len(self.x) == 0:
            return
        end = self.x[-1] + DAY / 2
        start = self.x[0] - DAY / 2 if days is None else max(self.x[0] - DAY / 2, end - days * DAY)
        self.getPlotItem().setXRange(start, end, padding=0.01)

    def x_range(self) -> tuple[float, float]:
        low, high = self.getPlotItem().getViewBox().viewRange()[0]
        return float(low), float(high)

    def index_at(self, x: float) -> int | None:
        if len(self.x) == 0:
            return None
        index = round((x - self.x[0]) / DAY)
        return index if 0 <= index < len(self.x) else None

    def _moved(self, pos: QPointF) -> None:
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            return
        index = self.index_at(vb.mapSceneToView(pos).x())
        if index is None:
            return
        self.cursor.setPos(self.x[index])
        self.cursor.show()
        self.sig_hover.emit(index)
