"""What the first paint of the window costs: only what the Today page shows (see gui.run_gui).

PySide6 builds a Python type, and every enum in it, the first time the type is used. The ``Qt`` namespace is
the dearest of all (93 enums, about 15 ms), and the session runner, its records and the database modules
are not needed to show the routine. These tests keep them out of the way of the first paint, so a later
change that pulls them in shows up here rather than only as a slower `make bench`.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QPushButton, QStyle

from sciatica_desktop.ui.today.today_page import TodayPage
from sciatica_desktop.ui.widgets.buttons import STRONG_FOCUS, BigButton

# The same steps as gui.run_gui before its first event-loop turn, in a fresh process.
FIRST_PAINT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sciatica_desktop.app import Options, save_content_cache
    from sciatica_desktop.ui.qt_imports import skip_feature_scan
    skip_feature_scan()
    from sciatica_desktop import gui
    app = gui.make_app(icon=False)
    first = gui.first_window(Options(data_dir=Path(sys.argv[1])))
    window = first.window
    gui.install_excepthook(window)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    import PySide6.QtCore
    loaded = set(sys.modules)
    if "Qt" in vars(PySide6.QtCore):
        loaded.add("PySide6.QtCore.Qt")
    import PySide6.QtGui
    built = ("QIcon", "QKeySequence")
    loaded.update(f"PySide6.QtGui.{name}" for name in built if name in vars(PySide6.QtGui))
    import PySide6.QtWidgets
    if "QAbstractItemView" in vars(PySide6.QtWidgets):
        loaded.add("PySide6.QtWidgets.QAbstractItemView")
    print(" ".join(sorted(loaded)))
    content = first.load_content()  # as the app does right after the first paint
    save_content_cache(content)  # and once the database is open
    first.save_texts()
    """
)

NOT_BEFORE_FIRST_PAINT = {
    "PySide6.QtCore.Qt",  # the namespace of 93 enums
    "sciatica_desktop.domain.workout",  # the runner
    "sciatica_desktop.domain.records",
    "sciatica_desktop.domain.workout_events",
    "peewee",  # the database opens right after the first paint
    "sciatica_desktop.storage.db",
    "html.entities",  # html.escape loads the entity table; the About box imports it when it opens
    "PySide6.QtGui.QIcon",  # ~2 ms each to build: the window icon and the Ctrl+1…6 page keys come once the
    "PySide6.QtGui.QKeySequence",  # window shows (gui.run_gui, MainWindow.add_page_shortcuts)
    "PySide6.QtWidgets.QAbstractItemView",  # Today lists its lines as labels (widgets/line_list.py)
}


def _first_paint(data: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(data)],
        capture_output=True, text=True, timeout=120, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    loaded = set(done.stdout.split())
    assert "sciatica_desktop.ui.today.today_page" in loaded  # the script did build the window
    return loaded


# What the Today page is made from: a start that finds the last one's texts still valid shows them without
# loading the content (storage/first_paint.py), and loads it right after the first paint.
CONTENT_MODEL = {
    "tomllib",
    "sciatica_desktop.domain.exercise",
    "sciatica_desktop.domain.catalogue",
    "sciatica_desktop.domain.routine",
    "sciatica_desktop.domain.content_files",
    "sciatica_desktop.domain.content_cache",
}


def test_the_first_paint_loads_only_what_the_today_page_shows(tmp_path: Path) -> None:
    first = _first_paint(tmp_path)
    assert first & NOT_BEFORE_FIRST_PAINT == set()
    assert first >= CONTENT_MODEL  # the first start loads the content, parsing the files
    again = _first_paint(tmp_path)
    assert again & (NOT_BEFORE_FIRST_PAINT | CONTENT_MODEL) == set()  # later ones show the saved texts
    clinic = tmp_path / "content" / "exercises"
    clinic.mkdir(parents=True)
    (clinic / "ours.toml").write_text("# a clinic's file, not yet filled in\n", encoding="utf-8")
    changed = _first_paint(tmp_path)
    assert CONTENT_MODEL - {"tomllib"} <= changed  # a new content file: the content loads before the paint
    assert "tomllib" in changed  # and the new file is parsed


# run_gui's second step in the same fresh process: the database, the services and the lazy pages attached.
IDLE = FIRST_PAINT + textwrap.dedent(
    """
    from sciatica_desktop.app import open_storage
    options = Options(data_dir=Path(sys.argv[1]))
    core = open_storage(first.content, options)
    ui = gui.attach_services(window, core, options, speech=False)
    app.processEvents()
    loaded = set(sys.modules)
    if "Qt" in vars(PySide6.QtCore):
        loaded.add("PySide6.QtCore.Qt")
    import PySide6.QtWidgets
    if "QStyle" in vars(PySide6.QtWidgets):
        loaded.add("PySide6.QtWidgets.QStyle")
    if "QAbstractItemView" in vars(PySide6.QtWidgets):
        loaded.add("PySide6.QtWidgets.QAbstractItemView")
    if "QEvent" in vars(PySide6.QtCore):
        loaded.add("PySide6.QtCore.QEvent")
    if "QSize" in vars(PySide6.QtCore):
        loaded.add("PySide6.QtCore.QSize")
    import PySide6.QtGui
    if "QPixmap" in vars(PySide6.QtGui):
        loaded.add("PySide6.QtGui.QPixmap")
    print(" ".join(sorted(loaded)))
    print(len(ui.media.built_views()))
    with open("/proc/self/maps") as maps:  # the window icon is drawn from PNGs, not by QtSvg
        print("QtSvg" if "libQt6Svg" in maps.read() else "no QtSvg")
    styled = [type(w).__name__ for w in app.allWidgets() if w.styleSheet()]
    print(" ".join(styled + (["QApplication"] if app.styleSheet() else [])) or "no style sheets")
    from PySide6.QtWidgets import QWidget
    unused = [name for name in ("resumeBox", "extrasBox") if window.findChild(QWidget, name) is not None]
    print(" ".join(unused) or "none built")
    core.close()
    """
)

# Needed only once the patient opens the workout or the library, or a check-in dialog: ~1.5 MiB at idle.
# (QtSvg, ~1.2 MiB, is a C++ library: the script looks for it in the process's memory map.)
NOT_AT_IDLE = {
    "PySide6.QtCore.Qt",
    "PySide6.QtWidgets.QStyle",  # 600-odd enum members, ~0.6 MiB: Fusion is asked for by argument (theme.py)
    "PySide6.QtWidgets.QAbstractItemView",  # the item-view machinery, ~1 MiB: not on Today (line_list.py)
    "PySide6.QtGui.QPixmap",  # built to choose among QPushButton's constructors (buttons.BigButton)
    "PySide6.QtCore.QSize",  # ~0.1 MiB: the window icon's sizes are read from its files (gui.window_icon)
    "PySide6.QtCore.QEvent",  # ~180 members, built by the first event handler in Python (focus_ring.py)
    "sciatica_desktop.media.video_view",
    "sciatica_desktop.media.fallback_player",
    "sciatica_desktop.media.cues",
    "sciatica_desktop.ui.checkin.dialogs",
    "sciatica_desktop.ui.checkin.questionnaire_dialog",
    "sciatica_desktop.ui.today.extras_box",  # a scroll area, for exercises added from the library
    # The symptom flow behind the safety gate, the check-in and progress pages (~0.9 MiB of modules): at the
    # first Start, Resume or visit (ui/checkin/on_demand.py).
    "sciatica_desktop.ui.checkin.flow",
    "sciatica_desktop.services.checkins",
    "sciatica_desktop.domain.redflags",
    "sciatica_desktop.domain.stats",
    "sciatica_desktop.domain.workout",  # the runner and its events: at the first Start or Resume
    "sciatica_desktop.domain.workout_events",
    "logging.handlers",  # with pickle and queue, ~0.6 MiB: the log has its own handler (storage/logfile.py)
    "pickle",
}


def test_the_idle_window_has_not_loaded_the_media_or_the_dialogs(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", IDLE, str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    _first, idle, views, svg, styled, unused = done.stdout.strip().split("\n")
    loaded = set(idle.split())
    assert "sciatica_desktop.ui.shell" in loaded and "peewee" in loaded  # the services did attach
    assert loaded & NOT_AT_IDLE == set()
    assert views == "0"
    assert svg == "no QtSvg"
    # A style sheet puts every widget below it through QStyleSheetStyle (ui/widgets/theme.py): ~10 ms of the
    # first paint. Colours come from palettes; a dialog with a style sheet of its own has it once it opens.
    assert styled == "no style sheets"
    # Nothing was interrupted and nothing added from the library: neither box is built (their buttons,
    # polished and laid out, for nothing). tests/gui/test_shell.py shows them when there is something.
    assert unused == "none built"


class TabOnlyButtons(QProxyStyle):
    """A style like macOS's: buttons take focus by Tab only (keyboard navigation off, Tab then skips them)."""

    def styleHint(self, hint, option=None, widget=None, return_data=None):  # type: ignore[no-untyped-def]
        if hint == QStyle.StyleHint.SH_Button_FocusPolicy:
            return Qt.FocusPolicy.TabFocus.value
        return super().styleHint(hint, option, widget, return_data)


def test_the_focus_number_is_strong_focus() -> None:
    assert Qt.FocusPolicy.StrongFocus.value == STRONG_FOCUS


def test_buttons_take_focus_by_tab_and_by_click_whatever_the_style(qtbot) -> None:  # type: ignore[no-untyped-def]
    before = QApplication.style().name()
    QApplication.setStyle(TabOnlyButtons("Fusion"))  # buttons ask the application's style when made
    try:
        plain = QPushButton("Plain")
        button = BigButton("Start")
        today = TodayPage()
        for widget in (plain, button, today):
            qtbot.addWidget(widget)
        assert plain.focusPolicy() == Qt.FocusPolicy.TabFocus  # the style does what it says
        assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert today.start_button.focusPolicy() == Qt.FocusPolicy.StrongFocus
    finally:
        QApplication.setStyle(before)


def test_the_app_starts_with_the_cycle_collector_paused_and_turns_it_back_on(tmp_path: Path) -> None:
    """cli.run pauses it for the start (only long-lived objects are made); run_gui resumes it once ready."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "SCIATICA_DESKTOP_EXIT_WHEN_SHOWN": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "sciatica_desktop", "--data-dir", str(tmp_path), "--video-backend", "none"],
        capture_output=True, text=True, timeout=120, check=True, env=env,
    )
    lines = done.stdout.split("\n")
    assert lines[:2] == ["shown gc off", "ready"]  # paused until the window shows and the database opens
    assert lines[2].startswith("rss ") and lines[2].endswith(" gc on")


# gui.run_gui itself, in a fresh process: what had been built when the window first showed,
# and a moment later.
SHOWN_THEN_IDLE = textwrap.dedent(
    """
    import os, sys
    os.environ["SCIATICA_DESKTOP_EXIT_WHEN_SHOWN"] = "1"
    import PySide6.QtGui
    from PySide6.QtCore import QTimer
    from sciatica_desktop import gui
    from sciatica_desktop.app import Options

    def report(app):
        built = [name for name in ("QIcon", "QKeySequence") if name in vars(PySide6.QtGui)]
        print("shown:", " ".join(built) or "neither")
        print("content:", "loaded" if "sciatica_desktop.domain.catalogue" in sys.modules else "not yet")

        def later():
            window = next(w for w in app.topLevelWidgets() if isinstance(w, gui.MainWindow))
            keys = sorted(k.key().toString() for k in window.findChildren(PySide6.QtGui.QShortcut))
            print("icon:", "none" if app.windowIcon().isNull() else "set")
            print("keys:", " ".join(keys))
            today = window.page("today")
            start = "on" if today.start_button.isEnabled() else "off"
            print("today:", today.routine_label.text(), today.exercises.count(), "start", start)
            app.quit()

        QTimer.singleShot(300, later)

    gui._report_for_bench = report
    sys.exit(gui.run_gui(Options(data_dir=__import__("pathlib").Path(sys.argv[1]), video_backend="none")))
    """
)


def _shown_then_idle(data: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", SHOWN_THEN_IDLE, str(data)],
        capture_output=True, text=True, timeout=120, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    return [line for line in done.stdout.split("\n") if line and line != "ready"]


def test_the_window_icon_and_page_keys_come_right_after_the_window_shows(tmp_path: Path) -> None:
    lines = _shown_then_idle(tmp_path)
    assert lines[0] == "shown: neither"
    assert lines[2:4] == ["icon: set", "keys: Ctrl+1 Ctrl+2 Ctrl+3 Ctrl+4 Ctrl+5 Ctrl+6"]


def test_a_start_from_the_saved_today_texts_ends_as_ready_as_one_that_loaded_the_content(
    tmp_path: Path,
) -> None:
    first = _shown_then_idle(tmp_path)
    second = _shown_then_idle(tmp_path)
    assert first[1] == "content: loaded"  # nothing saved yet: the content loads before the first paint
    assert second[1] == "content: not yet"  # the last start's texts: the content loads right after it
    assert first[4].startswith("today: Starter routine: 4 exercises, about ")
    assert first[4].endswith(" 4 start on")
    assert second[4] == first[4]


def test_start_stays_off_when_the_safety_gate_could_not_be_attached(  # type: ignore[no-untyped-def]
    tmp_path: Path, qtbot, monkeypatch
) -> None:
    import pytest

    from sciatica_desktop import gui
    from sciatica_desktop.app import Options, open_storage, prepare_content

    options = Options(data_dir=tmp_path, video_backend="none")
    content = prepare_content(options)
    window = gui.build_window(content)
    qtbot.addWidget(window)
    core = open_storage(content, options)
    try:
        def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise RuntimeError("a bug while loading the safety questions")

        monkeypatch.setattr(gui, "attach_symptoms", broken)
        with pytest.raises(RuntimeError):
            gui.attach_services(window, core, options, speech=False)
        assert not window.page("today").start_button.isEnabled()
    finally:
        core.close()


def test_saved_texts_that_no_longer_match_are_replaced_right_after_the_first_paint(  # type: ignore[no-untyped-def]
    tmp_path: Path, qtbot
) -> None:
    """The key (version, language, content files) can hold while the texts are not what this start would make
    (a hand-edited cache, or a change of wording in the same version): the made texts win, and are saved."""
    import json

    from sciatica_desktop import gui
    from sciatica_desktop.app import Options, today_snapshot_path

    options = Options(data_dir=tmp_path, video_backend="none")
    made = gui.first_window(options)
    qtbot.addWidget(made.window)
    assert made.content is not None  # nothing saved yet
    made.load_content()
    made.save_texts()  # as run_gui does once the database is open
    expected = made.today.view
    assert expected is not None and len(expected.items) == 4
    saved = today_snapshot_path(made.data_dir)
    document = json.loads(saved.read_text(encoding="utf-8"))
    document["view"]["routine"] = "Old routine: 9 exercises"
    document["view"]["items"] = document["view"]["items"][:1]
    saved.write_text(json.dumps(document), encoding="utf-8")

    again = gui.first_window(options)
    qtbot.addWidget(again.window)
    today = again.today
    assert again.content is None
    assert (today.routine_label.text(), today.exercises.count()) == ("Old routine: 9 exercises", 1)
    assert not today.start_button.isEnabled()
    again.load_content()
    assert today.view == expected
    assert (today.routine_label.text(), today.exercises.count()) == (expected.routine, 4)
    assert today.exercises.tooltips()[0] == expected.items[0][1]
    assert not today.start_button.isEnabled()  # still off: the database is not open yet
    again.save_texts()
    assert json.loads(saved.read_text(encoding="utf-8"))["view"]["routine"] == expected.routine


BROKEN_LOADER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sciatica_desktop import gui
    from sciatica_desktop.app import Options

    def broken(data_dir):
        raise RuntimeError("the content loader broke")

    gui.load_content = broken
    sys.exit(gui.run_gui(Options(data_dir=Path(sys.argv[1]), video_backend="none")))
    """
)


def test_a_bug_in_the_content_loaded_after_the_first_paint_is_logged_and_ends_the_app(tmp_path: Path) -> None:
    """The window showed the saved texts, so the content loads on the next turn: a failure there must not
    leave a window whose Start never comes on."""
    _shown_then_idle(tmp_path)  # an ordinary start saves the Today texts
    done = subprocess.run(
        [sys.executable, "-c", BROKEN_LOADER, str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 1
    log = (tmp_path / "logs" / "sciatica-desktop.log").read_text(encoding="utf-8")
    assert "Unexpected error" in log and "RuntimeError: the content loader broke" in log
