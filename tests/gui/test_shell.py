"""The pages wired to real services over a real (temporary) database: what a patient clicks through."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.exercise import Category
from sciatica_desktop.domain.records import SessionStatus
from sciatica_desktop.domain.workout_events import Phase
from tests.gui_app import running_gui


@pytest.fixture
def gui(tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    with running_gui(qtbot, tmp_path, clock=FakeClock(), safety_gate=False) as running:
        yield running


def test_today_shows_the_starter_routine(gui) -> None:  # type: ignore[no-untyped-def]
    built, _core = gui
    today = built.shell.today
    texts = today.exercises.texts()
    assert len(texts) == 4
    for name_part in ("Figure-four", "Hamstring", "Bridge", "Nerve glide"):
        assert any(name_part.lower() in t.lower() for t in texts), (name_part, texts)
    assert "Starter routine" in today.routine_label.text()
    assert today.resume_box.isHidden()


def test_keyboard_moves_between_pages(gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, _core = gui
    qtbot.keyClick(built.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert built.window.current_page() == "library"
    qtbot.keyClick(built.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert built.window.current_page() == "history"


def test_library_search_and_filter_narrow_the_list(gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = gui
    library = built.shell.library
    everything = library.visible_ids()
    assert len(everything) == len(core.catalogue) >= 25
    qtbot.keyClicks(library.search, "bridge")
    found = library.visible_ids()
    assert found and len(found) < len(everything)
    assert all("bridge" in i for i in found)
    library.search.clear()
    library.category.setCurrentIndex(library.category.findData(Category.NERVE))
    nerve = library.visible_ids()
    assert nerve and all(core.catalogue[i].category is Category.NERVE for i in nerve)
    qtbot.keyClicks(library.search, "no such exercise at all")
    assert library.visible_ids() == [] and not library.start_button.isEnabled()


def test_library_starts_one_exercise(gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, _core = gui
    built.window.show_page("library")
    library = built.shell.library
    qtbot.keyClicks(library.search, "clamshell")
    assert "Stop or ease off if" in library.detail.toPlainText()
    qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    assert built.window.current_page() == "workout"
    active = built.shell.workout.active
    assert active is not None
    assert [i.exercise.id for i in active.runner.items] == ["clamshell"]


def test_history_lists_sessions_newest_first_with_their_sets(gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = gui
    for _ in range(2):
        built.shell.start_exercise(core.catalogue["glute_bridge"])
        runner = built.shell.workout.active.runner
        runner.start()
        runner.skip()
        clock: FakeClock = core.clock  # type: ignore[assignment]
        clock.advance(3)
        runner.tick()
        runner.end()
        assert runner.phase is Phase.FINISHED
        qtbot.mouseClick(built.shell.workout.back_button, Qt.MouseButton.LeftButton)
    assert built.window.current_page() == "history"
    tree = built.shell.history.tree
    assert tree.topLevelItemCount() == 2
    first = tree.topLevelItem(0)
    assert first.text(3) == "Ended early"
    assert first.childCount() == 1 and "Bridge" in first.child(0).text(1)
    sessions = core.repo.list_sessions(core.repo.ensure_profile().id)
    assert [s.status for s in sessions] == [SessionStatus.ENDED_EARLY] * 2
    assert sessions[0].started >= sessions[1].started


def test_every_control_has_a_name_and_a_touch_size(gui) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    built, _core = gui
    for name in ("today", "library", "history", "workout"):
        built.window.show_page(name)
        page = built.window.page(name)
        for widget in (
            page.findChildren(QAbstractButton) + page.findChildren(QComboBox) + page.findChildren(QLineEdit)
        ):
            if not widget.isVisible():
                continue
            assert widget.accessibleName(), (name, widget)
            assert widget.height() >= 44, (name, widget.accessibleName(), widget.height())


def test_the_library_is_built_on_first_view_and_wired_then(gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Start-up does not pay for the library's 26 cards; the first visit builds and connects it."""
    built, core = gui
    stand_in = built.window.page("library")
    assert not stand_in.is_built()
    built.shell.add_to_today(core.catalogue["clamshell"])  # Today changes before the library exists
    assert not stand_in.is_built()
    qtbot.keyClick(built.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert stand_in.is_built()
    library = built.shell.library
    assert library.isVisible() and library.start_button.isEnabled()
    library.open_exercise("clamshell")  # added before the library existed: it says so
    assert not library.detail_view.add_button.isEnabled()
    library.open_exercise("bird_dog")
    assert library.detail_view.add_button.isEnabled()
    qtbot.mouseClick(library.detail_view.add_button, Qt.MouseButton.LeftButton)  # wired to the shell
    today = built.shell.today.exercises.texts()
    assert any("bird" in text.lower() for text in today), today


def test_pages_the_patient_has_not_opened_are_not_built_even_at_close(gui) -> None:  # type: ignore[no-untyped-def]
    from sciatica_desktop.ui.widgets.lazy_page import built_page

    built, _core = gui
    built.shell.refresh_today()  # asks whether a workout runs: must not build the workout page to know
    lazy = ("workout", "history", "checkin", "library", "progress", "reports")
    assert [name for name in lazy if built_page(built.window.page(name)) is not None] == []
    built.window.close()
    assert [name for name in lazy if built_page(built.window.page(name)) is not None] == []


def test_the_workout_page_built_by_start_takes_the_keys(gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Built lazily by Start, the page still gets the focus (the window focuses the LazyPage, whose focus
    proxy is the page), so Space, its Start/Pause key, reaches it."""
    from PySide6.QtWidgets import QApplication

    built, _core = gui
    built.window.activateWindow()
    built.shell.start_routine()
    workout = built.shell.workout
    assert built.window.current_page() == "workout"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focus = QApplication.focusWidget()
    assert focus is workout or workout.isAncestorOf(focus), focus
    assert workout.active.runner.phase is Phase.IDLE
    qtbot.keyClick(focus, Qt.Key.Key_Space)  # Start
    assert workout.active.runner.phase is Phase.GET_READY
