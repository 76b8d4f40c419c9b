"""The progress page: the pain chart with its range buttons and hover readout, the change since the start
judged against the meaningful-change threshold, the leg-symptom trend, the adherence calendar with the
streak and the week's goal, and outcome scores over time. It draws a :class:`Progress`; nothing more.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sciatica_desktop.services.progress import Progress
from sciatica_desktop.ui.checkin import texts
from sciatica_desktop.ui.progress.heatmap import AdherenceMap
from sciatica_desktop.ui.progress.pain_chart import PainChart, day_x, legend_html
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.texts import day_text

OUTCOME_MIN_SPAN_S = 14 * 86400

RANGES = (("two_weeks", 14), ("twelve_weeks", 84), ("all", None))


def _label(px: int = 16, *, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    font = label.font()
    font.setPixelSize(px)
    font.setBold(bold)
    label.setFont(font)
    return label


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


class ProgressPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPage")
        self.progress: Progress | None = None
        self.chart = PainChart()
        self.chart.sig_hover.connect(self._hover)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, BigButton] = {}
        self._top = top = QHBoxLayout()
        title = _label(24, bold=True)
        title.setText(self.tr("Your progress"))
        top.addWidget(title, 1)
        names = {
            "two_weeks": self.tr("2 weeks"),
            "twelve_weeks": self.tr("12 weeks"),
            "all": self.tr("All"),
        }
        for key, days in RANGES:
            button = BigButton(names[key], min_height=44)
            bold = QFont(button.font())
            bold.setBold(True)
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(names[key]) + 40)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show {range}").format(range=names[key]))
            button.clicked.connect(lambda _c=False, d=days: self.chart.show_last(d))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            top.addWidget(button)
        self.range_buttons["twelve_weeks"].setChecked(True)
        self.hover = _label(15)
        self.hover.setAccessibleName(self.tr("Values on the chosen day"))
        self.hover.setText(self.tr("Point at a day on the chart to see its values."))

        self._build_summary()

    def _build_summary(self) -> None:
        self.back_change, self.leg_change = _label(15, bold=True), _label(15, bold=True)
        self.trend = _label(15)
        self.flare_text = _label(15)
        self.streak, self.week = _label(18, bold=True), _label()
        self.heat = AdherenceMap(weeks=12)
        self.outcome_choice = QComboBox()
        self.outcome_choice.setMinimumHeight(44)
        self.outcome_choice.setAccessibleName(self.tr("Questionnaire to show"))
        self.outcome_choice.currentIndexChanged.connect(self._show_outcome)
        self.outcome_text = _label(14)
        self.outcome_plot = pg.PlotWidget(
            axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=None)}
        )
        self.outcome_plot.setMinimumWidth(200)
        self.outcome_plot.setFixedHeight(120)
        self.outcome_plot.setAccessibleName(self.tr("Questionnaire scores over time"))
        self.outcome_plot.getPlotItem().setMenuEnabled(False)
        self.outcome_curve = self.outcome_plot.plot(
            pen=pg.mkPen((23, 84, 110), width=2), symbol="o", symbolSize=7, symbolBrush=(23, 84, 110)
        )

        summary = QVBoxLayout()
        for w in (self.back_change, self.leg_change, self.trend, self.flare_text):
            summary.addWidget(w)
        summary.addStretch(1)
        adherence = QVBoxLayout()
        adherence.addWidget(self.streak)
        adherence.addWidget(self.week)
        adherence.addWidget(self.heat)
        adherence.addStretch(1)
        outcomes = QVBoxLayout()
        outcomes.addWidget(self.outcome_choice)
        outcomes.addWidget(self.outcome_plot)
        outcomes.addWidget(self.outcome_text)
        bottom = QGridLayout()
        for column, (box, stretch) in enumerate(((summary, 3), (adherence, 2), (outcomes, 3))):
            frame = QFrame()
            frame.setLayout(box)
            bottom.addWidget(frame, 0, column)
            bottom.setColumnStretch(column, stretch)
        self.legend = QLabel(legend_html())
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Chart key"))
        below = QWidget()
        below.setLayout(bottom)
        below.setMinimumHeight(236)  # the texts and the calendar keep their room; the chart gives way
        below.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top)
        layout.addWidget(self.legend)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.hover)
        layout.addWidget(below)

    # ----- drawing -----------------------------------------------------------------------------------

    def set_progress(self, progress: Progress) -> None:
        self.progress = progress
        flare_days = [d for start, end in progress.flare_spans for d in _days(start, end)]
        self.chart.set_series(
            days=progress.days,
            back=progress.back,
            leg=progress.leg,
            back_mean=progress.back_mean,
            leg_mean=progress.leg_mean,
            session_days=sorted(progress.sessions),
            flare_days=flare_days,
        )
        checked = next((k for k, b in self.range_buttons.items() if b.isChecked()), "twelve_weeks")
        self.chart.show_last(dict(RANGES)[checked])
        self.back_change.setText(texts.change_text(self.tr("Back pain"), progress.back_change))
        self.leg_change.setText(texts.change_text(self.tr("Leg pain"), progress.leg_change))
        self.trend.setText(texts.trend_text(progress.extent))
        self.flare_text.setText(self.tr("Flare-ups (shaded): %n day(s)", None, len(flare_days)))
        self.streak.setText(self.tr("Current streak: %n day(s)", None, progress.streak))
        self.week.setText(
            self.tr("This week: {done} of {goal} days with a session").format(
                done=progress.week.done, goal=progress.week.goal
            )
        )
        self.heat.set_counts(progress.sessions, progress.today)
        self.outcome_choice.blockSignals(True)
        self.outcome_choice.clear()
        for outcome in progress.outcomes:
            self.outcome_choice.addItem(outcome.name, outcome.questionnaire_id)
        self.outcome_choice.blockSignals(False)
        self.outcome_choice.setVisible(bool(progress.outcomes))
        self._show_outcome(0)

    def _show_outcome(self, index: int) -> None:
        if self.progress is None or not 0 <= index < len(self.progress.outcomes):
            self.outcome_curve.setData([], [])
            self.outcome_text.setText(self.tr("No questionnaires answered yet."))
            return
        outcome = self.progress.outcomes[index]
        xs = np.array([day_x(w.astimezone().date()) for w, _s in outcome.points], dtype=float)
        self.outcome_curve.setData(xs, np.array([s for _w, s in outcome.points], dtype=float))
        # At least two weeks across, so one or two answers show as days on a date axis, not as clock times.
        span = max(float(xs.max() - xs.min()), OUTCOME_MIN_SPAN_S)
        self.outcome_plot.setXRange(float(xs.max()) - span, float(xs.max()), padding=0.08)
        first, latest = outcome.points[0][1], outcome.points[-1][1]
        text = self.tr("{name}: {first:.1f} → {latest:.1f} (%n answers)", None, len(outcome.points)).format(
            name=outcome.name, first=first, latest=latest
        )
        if outcome.change is not None:
            text += " " + texts.verdict_text(outcome.change)
        self.outcome_text.setText(text)

    def _hover(self, index: int) -> None:
        p = self.progress
        if p is None or not 0 <= index < len(p.days):
            return
        day = p.days[index]
        text = self.tr("{day}: back {b}, leg {l} · 7-day mean back {mb}, leg {ml} · sessions {s}").format(
            day=day_text(day, year=True),
            b=_fmt(p.back[index]),
            l=_fmt(p.leg[index]),
            mb=_fmt(p.back_mean[index]),
            ml=_fmt(p.leg_mean[index]),
            s=p.sessions.get(day, 0),
        )
        self.hover.setText(text)


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
