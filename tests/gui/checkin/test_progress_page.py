"""The progress page over the demo history: axis ranges, rolling means recomputed independently, hover."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import QApplication

from sciatica_desktop.storage.symptom_repository import SymptomRepository
from sciatica_desktop.ui.progress.pain_chart import DAY
from sciatica_desktop.ui.widgets.lazy_page import page_of
from tests.gui_app import running_gui


@pytest.fixture
def demo_gui(tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    with running_gui(qtbot, tmp_path, demo_weeks=12, seed=7, page="progress") as running:
        yield running


def _independent_means(core) -> tuple[list[dt.date], list[float | None]]:  # type: ignore[no-untyped-def]
    """Back-pain 7-day means the long way: group check-ins by local day, average, window of 7 days."""
    entries = SymptomRepository(core.opened.db, core.clock).check_ins(core.repo.ensure_profile().id)
    by_day: dict[dt.date, list[int]] = {}
    for e in entries:
        by_day.setdefault(e.entry.when.astimezone().date(), []).append(e.entry.back_pain)
    today = dt.datetime.now().date()
    first = min(by_day)
    days = [first + dt.timedelta(days=i) for i in range((today - first).days + 1)]
    means: list[float | None] = []
    for d in days:
        window = [sum(v) / len(v) for k in range(7) if (v := by_day.get(d - dt.timedelta(days=k)))]
        means.append(sum(window) / len(window) if len(window) >= 4 else None)
    return days, means


def test_the_progress_page_draws_the_demo_history(demo_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = demo_gui
    page = built.window.page("progress")
    chart = page.chart
    days, means = _independent_means(core)
    assert page.progress.days[-1] == days[-1] and len(chart.x) >= len(days) >= 12 * 7 - 7
    offset = len(chart.x) - len(days)
    drawn = chart.back_mean.getData()[1][offset:]
    assert len(drawn) == len(means)
    for got, want in zip(drawn, means, strict=True):
        assert (math.isnan(got) and want is None) or got == pytest.approx(want), (got, want)
    assert np.isnan(chart.back_mean.getData()[1]).any() or all(m is not None for m in means)

    # Axis ranges: 12 weeks by default, then 2 weeks, then everything; the pain axis shows 0 to 10.
    low, high = chart.x_range()
    assert high >= chart.x[-1] and (high - low) / DAY == pytest.approx(84, abs=3)
    qtbot.mouseClick(page.range_buttons["two_weeks"], Qt.MouseButton.LeftButton)
    low, high = chart.x_range()
    assert (high - low) / DAY == pytest.approx(14, abs=1.5) and high >= chart.x[-1]
    qtbot.mouseClick(page.range_buttons["all"], Qt.MouseButton.LeftButton)
    low, high = chart.x_range()
    assert low <= chart.x[0] and high >= chart.x[-1]
    y_low, y_high = chart.getPlotItem().getViewBox().viewRange()[1]
    assert y_low <= 0 and y_high >= 10

    # Sessions marked, flare-up shaded, change judged, streak and week goal shown.
    assert len(chart.sessions.getData()[0]) == len(page.progress.sessions) > 30
    assert page.progress.flare_spans, "the demo history has a flare-up"
    assert "meaningful" in page.back_change.text() and "Current streak" in page.streak.text()

    # Hovering over a day shows its exact values.
    index = len(chart.x) - 3
    vb = chart.getPlotItem().getViewBox()
    chart._moved(vb.mapViewToScene(QPointF(chart.x[index], 5.0)))
    day = page.progress.days[index]
    month = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)  # the app's locale, not strftime's
    assert f"{day.day} {month} {day.year}" in page.hover.text()
    back = page.progress.back[index]
    assert ("–" if back is None else f"back {back:.1f}") in page.hover.text()


def test_a_questionnaire_answered_once_shows_on_a_scale_of_days(demo_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    """One answer must not zoom the date axis into the hours of one day (a new patient's first PSFS)."""
    from sciatica_desktop.ui.progress.progress_page import ProgressPage

    built, _core = demo_gui
    progress = page_of(built.window.page("progress")).progress
    outcome = next(o for o in progress.outcomes if o.points)
    page = ProgressPage()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.set_progress(replace(progress, outcomes=[replace(outcome, points=outcome.points[:1])]))
    QApplication.processEvents()  # pyqtgraph applies a new auto-range when it next paints
    low, high = page.outcome_plot.getPlotItem().getViewBox().viewRange()[0]
    xs = page.outcome_curve.getData()[0]
    assert len(xs) == 1
    assert (high - low) / DAY >= 14 and low <= xs.min() <= high
