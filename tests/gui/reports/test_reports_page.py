"""The reports page over the demo history: Save as PDF, questions kept, print through the injected
function, export then import through the page, a bad backup refused, every control named, sized and on the
Tab path. The file dialogs are answered by a stand-in, so nothing modal opens.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sciatica_desktop.app import Options, build_core, report_sources
from sciatica_desktop.reports.assemble import make_summary
from sciatica_desktop.reports.pdf import ReportRenderer
from sciatica_desktop.storage.profile_backup import dump_profile
from sciatica_desktop.storage.report_repository import ReportRepository
from tests.gui.reports.test_report_pdf import text_of


class Dialogs:
    """Answers the page's file dialogs and remembers what it asked."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str]] = []

    def _reply(self, kind: str, start: str) -> str:
        self.asked.append((kind, start))
        return "" if self.answer is None else str(self.answer)

    def getSaveFileName(self, _parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        return self._reply("save", start), ""

    def getOpenFileName(self, _parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        return self._reply("open", start), ""

    def getExistingDirectory(self, _parent: Any, _caption: str, start: str) -> str:
        return self._reply("folder", start)


class Opened:
    """The whole GUI over one data folder, on the reports page."""

    def __init__(self, folder: Path, qtbot: Any) -> None:
        from sciatica_desktop.gui import build_gui

        options = Options(data_dir=folder, video_backend="none")
        self.core = build_core(options)
        self.gui = build_gui(self.core, options, speech=False)
        qtbot.addWidget(self.gui.window)
        self.gui.window.resize(1280, 800)
        self.gui.window.show()
        self.gui.window.show_page("reports")
        self.page = self.gui.window.page("reports").page
        self.page.home = lambda: folder.parent

    def close(self) -> None:
        self.gui.release_media()
        self.gui.window.close()
        self.core.close()

    def profile(self) -> Any:
        return self.core.repo.ensure_profile("Me")


@pytest.fixture
def opened(demo_folder: Path, tmp_path: Path, qtbot: Any) -> Iterator[Any]:
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    made: list[Opened] = []

    def open_folder(where: Path = folder) -> Opened:
        made.append(Opened(where, qtbot))
        return made[-1]

    yield open_folder
    for each in made:
        if not each.core.opened.db.is_closed():
            each.close()


def test_save_as_pdf_has_the_figures_and_the_questions_which_are_kept(opened, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = opened()
    page = app.page
    today = dt.datetime.now().date()
    assert page.until.date().toPython() == today
    assert page.since.date().toPython() == today - dt.timedelta(days=27)
    assert "last 4 weeks" in page.period_hint.text()
    qtbot.keyClicks(page.questions, "Can I cycle to work again?")
    out = tmp_path / "mine.pdf"
    page.file_dialog = Dialogs(out)
    sources = report_sources(app.core)
    expected = make_summary(sources, app.profile())

    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)

    assert page.file_dialog.asked == [("save", str(tmp_path / f"sciatica-summary-{today}.pdf"))]
    text = text_of(out, 1)
    a = expected.adherence
    assert f"{a.days_done} of {a.days_planned}" in text and f"{a.percent:.0f}% adherence" in text
    assert "Appointment summary: Me" in text and "meaningful" in text
    assert "Can I cycle to work again?" in text
    assert page.status.text().startswith(f"Saved to {out}")
    reports = ReportRepository(app.core.opened.db, app.core.clock)
    last = reports.last_report(app.profile().id)
    assert last is not None and (last.period_start, last.period_end) == (expected.period.start, today)

    # More typed, then the patient leaves the page: that is kept too, across a restart.
    qtbot.keyClicks(page.questions, " And swim?")
    app.gui.window.show_page("today")
    folder = app.core.data_dir.root
    app.close()
    again = opened(folder)
    assert again.page.questions.toPlainText() == "Can I cycle to work again? And swim?"


def test_print_hands_the_summary_to_the_print_function(opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = opened()
    page = app.page
    page.deidentified.setChecked(True)
    page.since.setDate(page.until.date().addDays(-13))
    printed: list[tuple[Any, Any]] = []
    page.print_function = lambda parent, renderer: printed.append((parent, renderer)) or True

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    ((parent, renderer),) = printed
    assert parent is app.gui.window and isinstance(renderer, ReportRenderer)
    assert renderer.summary.patient is None and renderer.summary.period.days == 14
    last = ReportRepository(app.core.opened.db, app.core.clock).last_report(app.profile().id)
    assert last is not None and last.deidentified and "printer" in page.status.text()


def test_export_then_import_into_a_fresh_folder_says_what_was_added(opened, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = opened()
    page = app.page
    for fmt, out in (
        ("csv", tmp_path / "csv"),
        ("fhir", tmp_path / "bundle.json"),
        ("json", tmp_path / "b.json"),
    ):
        out.parent.mkdir(exist_ok=True)
        page.format.setCurrentIndex(page.format.findData(fmt))
        page.file_dialog = Dialogs(out)
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert str(out) in page.status.text(), page.status.text()
    assert json.loads((tmp_path / "bundle.json").read_text())["resourceType"] == "Bundle"
    backup = json.loads((tmp_path / "b.json").read_text())
    assert {f.stem for f in (tmp_path / "csv").glob("*.csv")} >= set(backup["tables"])
    app.close()

    fresh = opened(tmp_path / "fresh")
    fresh.page.file_dialog = Dialogs(tmp_path / "b.json")
    qtbot.mouseClick(fresh.page.import_button, Qt.MouseButton.LeftButton)
    assert fresh.page.status.text() == "Imported into the existing profile 'Me'"
    details = fresh.page.details.text()
    for table, rows in backup["tables"].items():
        if rows:
            assert f"{table}: {len(rows)} added, 0 already present" in details, (table, details)
    qtbot.mouseClick(fresh.page.import_button, Qt.MouseButton.LeftButton)  # again: all skipped
    details = fresh.page.details.text()
    for table, rows in backup["tables"].items():
        if rows:
            assert f"{table}: 0 added, {len(rows)} already present" in details


def test_a_bad_backup_shows_the_error_and_changes_nothing(opened, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sciatica_desktop.ui.reports.reports_page as module

    shown: list[str] = []
    monkeypatch.setattr(module, "show_error", lambda _parent, error: shown.append(error.message))
    app = opened()
    me = app.profile()
    before = dump_profile(app.core.opened.db, me.id, app.core.clock)["tables"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "sciatica-desktop-backup", "version": 1, "tables": {', encoding="utf-8")
    app.page.file_dialog = Dialogs(bad)

    qtbot.mouseClick(app.page.import_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1 and shown[0].startswith("Nothing was imported")
    assert app.page.status.text().startswith("Nothing was imported")
    assert app.page.details.text() and app.page.details.text() in shown[0]
    assert dump_profile(app.core.opened.db, me.id, app.core.clock)["tables"] == before


def test_a_cancelled_dialog_does_nothing(opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = opened()
    app.page.file_dialog = Dialogs(None)
    for button in (app.page.pdf_button, app.page.export_button, app.page.import_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert app.page.status.text() == ""
    assert ReportRepository(app.core.opened.db, app.core.clock).last_report(app.profile().id) is None


def test_every_control_is_named_big_enough_and_on_the_tab_path(opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = opened()
    window, page = app.gui.window, app.page
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # Ctrl+6: Reports
    assert window.current_page() == "reports" and window.nav_buttons["reports"].isChecked()
    controls = [
        page.since,
        page.until,
        page.deidentified,
        page.questions,
        page.save_questions_button,
        page.print_button,
        page.pdf_button,
        page.format,
        page.export_button,
        page.import_button,
    ]
    for control in controls:
        assert control.accessibleName(), control
        assert control.height() >= 44 and control.width() >= 44, (control.accessibleName(), control.size())
    page.since.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.since)
    reached = [QApplication.focusWidget()]
    for _ in range(len(controls) + 4):  # Tab also steps through a date's year, month and day
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not reached[-1]:
            reached.append(QApplication.focusWidget())
    assert reached[: len(controls)] == controls
