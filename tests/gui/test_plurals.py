"""Counted words read as English: "1 exercise", "4 exercises", never "exercise(s)".

The source texts say "%n exercise(s)" and pass the count to tr(); the English translation
(sciatica_desktop/translations/sciatica_desktop_en.ts, compiled to the .qm next to it) gives each its singular
and plural. The tests/conftest.py ``qapp`` installs that translator as ``make_app`` does at start-up.

Every text in the .ts is filed under the class it is translated through, as Qt looks it up at run time, so
that a translation of any of them can be found (the last tests).
"""

from __future__ import annotations

import ast
import datetime as dt
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.exercise import ExerciseId, Side
from sciatica_desktop.domain.records import (
    PlannedItem,
    ProfileId,
    SessionId,
    SessionStatus,
    SetLog,
    SetLogId,
    SetResult,
    WorkoutSession,
)
from sciatica_desktop.gui import TRANSLATIONS, load_translation
from tests.gui_app import running_gui

TS = TRANSLATIONS / "sciatica_desktop_en.ts"
QM = TRANSLATIONS / "sciatica_desktop_en.qm"
Message = tuple[str, str, str]  # context, source text, disambiguation


def _tool(name: str) -> str | None:
    """A Qt tool from the venv's PySide6 (next to this Python), else from PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else shutil.which(name)


@pytest.fixture
def gui(tmp_path: Path, qtbot: Any) -> Iterator[tuple[Any, Any]]:
    with running_gui(qtbot, tmp_path, clock=FakeClock(), safety_gate=False) as running:
        yield running


def test_the_app_translator_is_installed(qapp: Any) -> None:
    assert qapp.translator is not None and not qapp.translator.isEmpty()


def test_today_counts_the_exercises_in_words(gui: tuple[Any, Any]) -> None:
    built, core = gui
    today = built.shell.today
    assert len(core.routine_items) == 4
    assert "Starter routine: 4 exercises, about" in today.routine_label.text()
    assert "(s)" not in today.routine_label.text()

    today.set_routine("Just one", core.routine_items[:1])
    assert today.routine_label.text().startswith("Just one: 1 exercise, about ")


def _session(core: Any, profile: Any, item: Any, results: list[tuple[int, int, float]]) -> None:
    """A finished session of ``item``'s exercise: one set per (reps done, target reps, seconds held)."""
    e, dose = item.exercise, item.dose
    plan = [PlannedItem(e.id, dose.sets, dose.reps, dose.hold_s, dose.rest_s, dose.tempo_s)]
    session = core.repo.start_session(profile.id, "Morning", plan)
    for number, (reps, target, held) in enumerate(results, start=1):
        start = core.clock.utcnow()
        core.clock.advance(held + 1)
        core.repo.record_set(
            session.id,
            SetResult(e.id, 0, Side.NONE, number, reps, target, held, start, core.clock.utcnow()),
        )
    core.repo.finish_session(session.id, SessionStatus.COMPLETED)
    core.clock.advance(3600)


def test_history_counts_the_sets_in_words(gui: tuple[Any, Any]) -> None:
    built, core = gui
    profile = core.repo.ensure_profile()
    item = core.routine_items[0]
    _session(core, profile, item, [(10, 10, 20.0)] * 8)
    _session(core, profile, item, [(1, 1, 30.0)])  # one 30-second hold
    built.window.show_page("history")
    tree = built.shell.history.tree
    assert tree.topLevelItemCount() == 2
    one, eight = tree.topLevelItem(0), tree.topLevelItem(1)  # newest first
    assert eight.text(2) == "8 sets"
    assert one.text(2) == "1 set"
    assert eight.child(0).text(2) == "Set 1: 10 / 10 reps"
    assert one.child(0).text(2) == "Set 1: 1 / 1 hold, 30 s"


def test_an_interrupted_session_counts_its_saved_sets(gui: tuple[Any, Any]) -> None:
    built, _core = gui
    today = built.shell.today
    started = dt.datetime(2026, 3, 3, 9, 0, tzinfo=dt.UTC)
    done = SetResult(ExerciseId("glute_bridge"), 0, Side.NONE, 1, 10, 10, 20.0, started, started)
    for count, words in ((1, "1 finished set is saved."), (3, "3 finished sets are saved.")):
        sets = tuple(SetLog(SetLogId(i), SessionId(1), done) for i in range(count))
        session = WorkoutSession(
            SessionId(1), ProfileId(1), "Morning", started, None, SessionStatus.IN_PROGRESS, (), sets
        )
        today.set_interrupted(session)
        assert words in today.resume_box.message.text()


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "de_DE", "C"])
def test_every_locale_gets_at_least_the_english_plurals(locale: str) -> None:
    translator = load_translation(QLocale(locale))
    assert translator is not None
    assert Path(translator.filePath()).name == "sciatica_desktop_en.qm"
    assert translator.translate("HistoryPage", "%n set(s)", None, 1) == "%n set"
    assert translator.translate("HistoryPage", "%n set(s)", None, 8) == "%n sets"


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6-Essentials)")
    out = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "the .qm is stale: run `make translations` and commit both"


def _messages(ts: Path) -> Iterator[tuple[Message, ET.Element]]:
    """The current messages of a .ts file (not the obsolete or vanished ones lupdate keeps)."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind not in ("obsolete", "vanished"):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                yield key, message


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, ET.Element]:
    """Every tr() text in the package as it is now, extracted afresh by lupdate."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with PySide6-Essentials)")
    package = TRANSLATIONS.parent
    out = tmp_path_factory.mktemp("lupdate") / "fresh_en.ts"
    subprocess.run(
        [lupdate, "-silent", "-locations", "none", "-extensions", "py", str(package), "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    return dict(_messages(out))


def test_every_counted_word_is_a_numerus_text(extracted: dict[Message, ET.Element]) -> None:
    assert len(extracted) > 100  # lupdate read the package
    crude = [
        (context, source)
        for (context, source, _), message in extracted.items()
        if "(s)" in source and not (message.get("numerus") == "yes" and "%n" in source)
    ]
    assert not crude, f'write these as tr("%n thing(s)", None, n): {crude}'


def test_every_numerus_text_has_its_english_forms(extracted: dict[Message, ET.Element]) -> None:
    committed = dict(_messages(TS))
    plurals = [key for key, message in extracted.items() if message.get("numerus") == "yes"]
    assert len(plurals) >= 10
    for context, source, comment in plurals:
        # lupdate files a bare tr() under no context and `window.tr` under "window"; Qt looks a plural up
        # under the class name (self.tr, MainWindow.tr, Texts.tr), so its English forms would never be found.
        assert context[:1].isupper(), f"{source!r} is under the context {context!r}: use Class.tr or self.tr"
        message = committed.get((context, source, comment))
        assert message is not None, f"{context}: {source!r} is not in {TS.name}: run `make translations`"
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source, "unfinished")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f and "(s)" not in f for f in forms), (context, source, forms)
        assert forms[0] != forms[1] or source.endswith(" min"), (context, source, forms)


def _package_classes() -> set[str]:
    """The names of the classes defined anywhere in the package."""
    names: set[str] = set()
    for path in TRANSLATIONS.parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        names.update(node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef))
    return names


def _stray(contexts: Counter[str]) -> dict[str, int]:
    """The contexts that are not a class of the package, with their number of messages.

    Qt looks a text up under the class it is translated through (``self.tr``, ``Texts.tr``,
    ``MainWindow.tr``). lupdate files a bare ``tr()`` (a module's helper around
    ``QCoreApplication.translate``) under no context, and ``window.tr`` under "window", so a translation
    of such a text would never be found at run time.
    """
    classes = _package_classes()
    return {name: n for name, n in contexts.items() if name not in classes or not name[:1].isupper()}


def test_every_committed_text_is_under_the_class_it_is_translated_through() -> None:
    contexts = Counter(
        context.findtext("name") or ""
        for context in ET.parse(TS).getroot().iter("context")
        for _ in context.iter("message")
    )
    assert sum(contexts.values()) > 100
    stray = _stray(contexts)
    assert not stray, f"texts under a context that is no class (use Class.tr, not tr or x.tr): {stray}"


def test_every_extracted_text_is_under_the_class_it_is_translated_through(
    extracted: dict[Message, ET.Element],
) -> None:
    stray = _stray(Counter(context for context, _, _ in extracted))
    assert not stray, f"texts under a context that is no class (use Class.tr, not tr or x.tr): {stray}"


def _is_translation(func: ast.expr) -> bool:
    """``x.tr``, ``QCoreApplication.translate``, or a bare ``tr`` / ``_tr`` helper."""
    if isinstance(func, ast.Attribute):
        return func.attr in ("tr", "translate")
    return isinstance(func, ast.Name) and func.id in ("tr", "_tr")


def test_no_text_is_translated_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: ``f"<h2>{h(Report.tr('Workout log'))}</h2>"`` is translated
    at run time but never reaches the .ts. Translate into a variable first, then put that in the f-string."""
    hidden = []
    for path in sorted(TRANSLATIONS.parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                hidden.extend(
                    f"{path.relative_to(TRANSLATIONS.parent.parent)}:{call.lineno}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call) and _is_translation(call.func)
                )
    assert not hidden, f"tr() inside an f-string, invisible to lupdate: {hidden}"


def test_the_app_itself_installs_the_translation() -> None:
    """`make_app` (not just the test fixtures) gives a fresh process its English plural forms."""
    probe = (
        "from sciatica_desktop.gui import make_app\n"
        "from sciatica_desktop.ui.history.history_page import HistoryPage\n"
        "app = make_app([])\n"
        "print(HistoryPage.tr('%n set(s)', None, 1), '|', HistoryPage.tr('%n set(s)', None, 8))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"},
    )
    assert done.stdout.split("\n")[-2] == "1 set | 8 sets"
