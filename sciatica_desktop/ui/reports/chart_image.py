"""The summary's pain chart: the app's own :class:`PainChart`, re-penned in black and greys for paper.

Lines stay apart without colour: back pain solid with filled dots, leg pain dashed with open triangles,
workout days as black squares, flare-ups as light grey bands. The widget is laid out (shown without
appearing on screen) before it is drawn, or pyqtgraph draws it at the wrong size.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from sciatica_desktop.reports.summary_types import ChartData
from sciatica_desktop.ui.progress.pain_chart import PainChart

BLACK, DARK = (0, 0, 0), (70, 70, 70)


def print_style(chart: PainChart, k: float = 1.0) -> None:
    """Black and greys, with every pen, marker and font ``k`` times its screen size (for a big image)."""
    dash = Qt.PenStyle.DashLine
    chart.back_daily.setPen(pg.mkPen(BLACK, width=0.8 * k))
    chart.back_daily.setSymbolBrush(BLACK)
    chart.back_daily.setSymbolPen(None)
    chart.back_daily.setSymbolSize(5 * k)
    chart.leg_daily.setPen(pg.mkPen(DARK, width=0.8 * k, style=dash))
    chart.leg_daily.setSymbolBrush((255, 255, 255))
    chart.leg_daily.setSymbolPen(pg.mkPen(BLACK, width=0.8 * k))
    chart.leg_daily.setSymbolSize(7 * k)
    chart.back_mean.setPen(pg.mkPen(BLACK, width=2.5 * k))
    chart.leg_mean.setPen(pg.mkPen(DARK, width=2.5 * k, style=dash))
    chart.sessions.setSymbolBrush(BLACK)
    chart.sessions.setSymbolSize(6 * k)
    chart.flares.setOpts(brush=(0, 0, 0, 45))
    plot = chart.getPlotItem()
    plot.showGrid(y=True, alpha=0.35)
    font = QFont()
    font.setPixelSize(round(11 * k))
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setStyle(tickFont=font, tickLength=round(-5 * k), tickTextOffset=round(3 * k))
        axis.setPen(pg.mkPen(BLACK, width=k))
        axis.setTextPen(BLACK)
        axis.label.setFont(font)
    plot.getAxis("left").setWidth(round(40 * k))
    plot.getAxis("bottom").setHeight(round(24 * k))


def render_chart(data: ChartData, size: QSize, *, scale: int = 3) -> QImage:
    """The chart for ``data`` as an image of ``size`` pixels; lines, markers and text ``scale`` times their
    screen size, so the image printed ``scale`` times denser than the screen looks like the app's chart."""
    chart = PainChart()
    try:
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        print_style(chart, scale)
        chart.set_series(
            days=data.days,
            back=data.back,
            leg=data.leg,
            back_mean=data.back_mean,
            leg_mean=data.leg_mean,
            session_days=data.session_days,
            flare_days=data.flare_days,
        )
        chart.resize(size)
        chart.show()
        QApplication.processEvents()
        chart.show_last(None)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            chart.render(painter, QRectF(image.rect()), chart.viewport().rect())
        finally:
            painter.end()
        return image
    finally:
        chart.close()
        chart.deleteLater()
