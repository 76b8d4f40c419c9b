"""Every visible string goes through Qt's translation system.

A translator that wraps every text it is asked for in « » is installed before the window is built; then
every text a page shows or reads out (labels, buttons, list and tree rows, tooltips, accessible names,
placeholders) must start with « and end with ». A literal, an f-string, or a translated word glued into an
untranslated sentence (``f"{tr(...)}: {summary}"``) shows up unwrapped. Dates must take their day and month
names from QLocale, which follows the app's language, not from strftime, which follows the C library's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, Qt, QTranslator
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sciatica_desktop import APP_NAME
from sciatica_desktop.app import content_layers
from sciatica_desktop.domain.measures_load import load_questionnaires
from sciatica_desktop.domain.records import (
    Profile,
    ProfileId,
    SessionId,
    SessionStatus,
    WorkoutSession,
)
from sciatica_desktop.storage.profile_restore import RestoreResult
from sciatica_desktop.ui.widgets.lazy_page import page_of
from tests.gui_app import running_gui


class Wrapping(QTranslator):
    """Translates every text into itself between « and »."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source_text}»"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def wrapping(qapp: Any) -> Iterator[None]:
    translator = Wrapping()
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _wrapped(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def _item_texts(item: QTreeWidgetItem, where: str) -> Iterator[tuple[str, str]]:
    for column in range(item.columnCount()):
        yield f"{where} column {column}", item.text(column)
        yield f"{where} column {column} tooltip", item.toolTip(column)
    for index in range(item.childCount()):
        yield from _item_texts(item.child(index), f"{where} > row {index}")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a widget under ``root`` shows or reads out."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        yield f"{where} tooltip", widget.toolTip()
        yield f"{where} accessible name", widget.accessibleName()
        yield f"{where} accessible description", widget.accessibleDescription()
        if widget.isWindow():
            yield f"{where} window title", widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{where} placeholder", widget.placeholderText()  # what is typed is the patient's own
        if isinstance(widget, QMenu):
            for action in widget.actions():
                yield f"{where} action", action.text()
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                yield f"{where} item {row}", widget.itemText(row)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                yield f"{where} row {row}", item.text()
                yield f"{where} row {row} tooltip", item.toolTip()
                spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
                yield f"{where} row {row} accessible", str(spoken or "")
        if isinstance(widget, QTreeWidget):
            yield from _item_texts(widget.headerItem(), f"{where} header")
            for row in range(widget.topLevelItemCount()):
                yield from _item_texts(widget.topLevelItem(row), f"{where} row {row}")


def untranslated(root: QWidget, content: set[str]) -> list[tuple[str, str]]:
    """The texts under ``root`` that bypassed translation. Skipped: numbers and dates in digits, the
    content's own words (exercise and questionnaire names, the routine's and the patient's name), and rich
    text (HTML around the content's own summary and steps)."""
    return [
        (where, text)
        for where, text in shown_texts(root)
        if any(c.isalpha() for c in text)
        and text.replace("&", "") not in content
        and not QtGui.Qt.mightBeRichText(text)
        and not _wrapped(text)
    ]


@pytest.fixture
def demo_gui(tmp_path: Path, qtbot: Any, wrapping: None) -> Iterator[tuple[Any, Any]]:
    # no safety dialogs: they are not pages
    with running_gui(qtbot, tmp_path, demo_weeks=3, seed=3, safety_gate=False) as running:
        yield running


def test_every_page_shows_only_translated_text(demo_gui: tuple[Any, Any], qtbot: Any) -> None:
    built, core = demo_gui
    window = built.window
    questionnaires, _ = load_questionnaires(content_layers(core.data_dir))
    content = {APP_NAME, "Me", core.routine_name}
    content |= {e.name for e in core.catalogue} | {q.name for q in questionnaires}
    content |= {q.short_name for q in questionnaires}

    built.shell.start_routine()  # the workout page with an exercise on it
    assert window.current_page() == "workout"
    offenders = untranslated(window.page("workout"), content)
    built.shell.workout.unbind()  # left unfinished: Today offers to resume it, with its date
    for name in window.pages():
        if name != "workout":
            window.show_page(name)
            QApplication.processEvents()  # queued work a page does when it first shows
    progress = page_of(window.page("progress"))
    progress._hover(len(progress.progress.days) - 1)  # the readout of one day, with its date
    assert not window.page("today").resume_box.isHidden()
    assert window.page("history").tree.topLevelItemCount() > 0
    assert window.page("checkin").recent.count() > 0

    offenders += untranslated(window, content)
    assert not offenders, "\n".join(f"{where}: {text!r}" for where, text in offenders)


def test_the_import_result_is_translated_line_by_line(wrapping: None, monkeypatch: Any) -> None:
    from sciatica_desktop.ui.reports import actions

    me = Profile(ProfileId(1), "Me", dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    results = [
        RestoreResult(me, False, added={"set_log": 3, "check_in": 0}, skipped={"set_log": 1, "check_in": 2}),
        RestoreResult(me, True),
    ]
    for result in results:
        monkeypatch.setattr(actions, "import_json", lambda *_a, r=result, **_k: r)
        backend = actions.ReportActions(SimpleNamespace(db=None, clock=None), me)  # type: ignore[arg-type]
        lines = backend.import_backup(Path("backup.json")).split("\n")
        assert len(lines) >= 2
        assert all(_wrapped(line.strip()) for line in lines), lines


def _another_language(local: dt.datetime) -> QLocale:
    """A locale whose names for this day and month differ from the C library's (what strftime writes)."""
    c_names = (local.strftime("%a"), local.strftime("%b"))
    for language, country in (
        (QLocale.Language.German, QLocale.Country.Germany),
        (QLocale.Language.Finnish, QLocale.Country.Finland),
        (QLocale.Language.Turkish, QLocale.Country.Turkey),
    ):
        locale = QLocale(language, country)
        names = (
            locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat),
            locale.monthName(local.month, QLocale.FormatType.ShortFormat),
        )
        if not any(a in b or b in a for a in c_names for b in names):
            return locale
    raise AssertionError(f"no test language whose names differ from {c_names}")


def test_dates_take_their_names_from_the_qt_locale(qtbot: Any) -> None:
    from sciatica_desktop.domain.symptoms import CheckIn
    from sciatica_desktop.ui.checkin.texts import summary_text
    from sciatica_desktop.ui.history.history_page import HistoryPage
    from sciatica_desktop.ui.progress.heatmap import CELL, GAP, LEFT, TOP, AdherenceMap
    from sciatica_desktop.ui.today.today_page import TodayPage

    started = dt.datetime(2026, 3, 3, 12, 0, tzinfo=dt.UTC)
    local = started.astimezone()
    chosen = _another_language(local)  # German, unless the C library speaks it too
    day = chosen.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)  # "Di."
    month = chosen.monthName(local.month, QLocale.FormatType.ShortFormat)  # "März"
    session = WorkoutSession(
        SessionId(1), ProfileId(1), "Morning", started, None, SessionStatus.IN_PROGRESS, ()
    )
    before = QLocale()
    QLocale.setDefault(chosen)
    try:
        history = HistoryPage(name_of=str)
        today = TodayPage()
        heat = AdherenceMap(weeks=2)
        for widget in (history, today, heat):
            qtbot.addWidget(widget)
        history.set_sessions([session])
        today.set_interrupted(session)
        heat.set_counts({local.date(): 1}, local.date())
        column, row = heat.weeks - 1, local.weekday()  # today's square: the last column
        point = QPointF(LEFT + column * (CELL + GAP) + CELL / 2, TOP + row * (CELL + GAP) + CELL / 2)
        heat.mouseMoveEvent(
            QMouseEvent(
                QEvent.Type.MouseMove,
                point,
                heat.mapToGlobal(point),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
        texts = {
            "history": history.tree.topLevelItem(0).text(0),
            "today": today.resume_box.message.text(),
            "check-in": summary_text(CheckIn(when=started, back_pain=1, leg_pain=1)),
            "adherence calendar": heat.toolTip(),
        }
    finally:
        QLocale.setDefault(before)
    for where, text in texts.items():
        assert day in text and month in text, (where, text)
