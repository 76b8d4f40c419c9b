"""A complete check-in by keyboard alone and by mouse alone, saved through the real services; edit,
delete and undo; the first check-in asks the safety questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from sciatica_desktop.domain.redflags import Urgency
from sciatica_desktop.domain.symptoms import CheckInContext, LegExtent, Numbness, Trigger
from sciatica_desktop.storage.symptom_repository import SymptomRepository
from sciatica_desktop.ui.checkin.dialogs import RedFlagDialog


def _store(core) -> SymptomRepository:  # type: ignore[no-untyped-def]
    return SymptomRepository(core.opened.db, core.clock)


def _key(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_a_complete_check_in_by_keyboard_alone(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = app_gui
    window = built.window
    built.window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Ctrl+4: Check-in
    assert window.current_page() == "checkin"
    page = built.shell.symptoms.page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.back.bar)
    _key(qtbot, Qt.Key.Key_3)  # back pain 3
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_7)  # leg pain 7
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_End)  # leg symptoms reach the foot
    _key(qtbot, Qt.Key.Key_Left)  # … no: below the knee
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Right)  # numbness: some
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Space)  # the leg feels weak
    _key(qtbot, Qt.Key.Key_Tab)
    for _ in range(4):
        _key(qtbot, Qt.Key.Key_Right)  # sitting: not sure → 5 → 10 → 15 → 30 minutes
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Space)  # trigger: sitting
    for _ in range(7):
        _key(qtbot, Qt.Key.Key_Tab)  # past the other triggers to the note
    assert QApplication.focusWidget() is page.note
    qtbot.keyClicks(page.note, "stiff after the drive")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (saved,) = _store(core).check_ins(core.repo.ensure_profile().id)
    c = saved.entry
    assert (c.back_pain, c.leg_pain, c.leg_extent, c.numbness, c.weakness) == (
        3,
        7,
        LegExtent.BELOW_KNEE,
        Numbness.SOME,
        True,
    )
    assert (c.sitting_minutes, c.triggers, c.note) == (
        30,
        frozenset({Trigger.SITTING}),
        "stiff after the drive",
    )
    assert c.context is CheckInContext.ANY and c.when == core.clock.utcnow()
    assert "Saved at" in page.status.text() and page.recent.count() == 1

    # The first check-in is the first use: the safety questions come up, and are answerable by keyboard.
    dialog = built.shell.symptoms.dialog
    assert isinstance(dialog, RedFlagDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is next(iter(dialog.answers.values())))
    for _ in dialog.answers:
        _key(qtbot, Qt.Key.Key_2)  # the second choice: No
        _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.submit_button
    _key(qtbot, Qt.Key.Key_Space)
    screenings = _store(core).screenings(core.repo.ensure_profile().id)
    assert [s.urgency for s in screenings] == [Urgency.CLEAR]


def test_a_complete_check_in_by_mouse_alone(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = app_gui
    click = lambda w: qtbot.mouseClick(w, Qt.MouseButton.LeftButton)  # noqa: E731
    click(built.window.nav_buttons["checkin"])
    page = built.shell.symptoms.page
    click(page.back.bar.buttons[5])
    click(page.leg.bar.buttons[2])
    click(page.extent.buttons[1])  # buttock
    click(page.numbness.buttons[2])  # a lot
    click(page.sitting.buttons[6])  # 60 minutes
    click(page.triggers[Trigger.DRIVING])
    click(page.triggers[Trigger.SLEEP])
    click(page.save_button)
    (saved,) = _store(core).check_ins(core.repo.ensure_profile().id)
    c = saved.entry
    assert (c.back_pain, c.leg_pain, c.leg_extent, c.numbness, c.weakness, c.sitting_minutes) == (
        5,
        2,
        LegExtent.BUTTOCK,
        Numbness.A_LOT,
        False,
        60,
    )
    assert c.triggers == {Trigger.DRIVING, Trigger.SLEEP} and c.note == ""
    dialog = built.shell.symptoms.dialog
    assert isinstance(dialog, RedFlagDialog)
    for bar in dialog.answers.values():
        click(bar.buttons[1])
    click(dialog.submit_button)
    assert built.shell.symptoms.dialog is None


def test_edit_delete_and_undo(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = app_gui
    click = lambda w: qtbot.mouseClick(w, Qt.MouseButton.LeftButton)  # noqa: E731
    built.window.show_page("checkin")
    page = built.shell.symptoms.page
    click(page.back.bar.buttons[4])
    click(page.leg.bar.buttons[4])
    click(page.save_button)
    built.shell.symptoms.dialog.reject()  # not now
    store, me = _store(core), core.repo.ensure_profile().id
    click(page.edit_button)
    assert page.back.value() == 4
    click(page.leg.bar.buttons[1])
    click(page.save_button)
    (saved,) = store.check_ins(me)
    assert saved.entry.leg_pain == 1
    click(page.delete_button)
    assert store.check_ins(me) == [] and page.recent.count() == 0 and page.undo_button.isVisible()
    click(page.undo_button)
    assert [c.id for c in store.check_ins(me)] == [saved.id] and page.recent.count() == 1


def test_a_pain_score_is_required_and_every_control_is_named_and_large(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = app_gui
    built.window.show_page("checkin")
    page = built.shell.symptoms.page
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Back pain" in page.status.text()
    assert _store(core).check_ins(core.repo.ensure_profile().id) == []
    for widget in page.findChildren(QAbstractButton):
        if widget.isVisible():
            assert widget.accessibleName(), widget
            assert widget.height() >= 44 and widget.width() >= 44, (widget.accessibleName(), widget.size())
    assert page.back.low_anchor.text().endswith("No pain")
    assert page.back.high_anchor.text().endswith("Worst imaginable")


def test_an_edit_that_adds_numbness_asks_the_safety_questions(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, _core = app_gui
    click = lambda w: qtbot.mouseClick(w, Qt.MouseButton.LeftButton)  # noqa: E731
    built.window.show_page("checkin")
    flow = built.shell.symptoms
    page = flow.page
    click(page.back.bar.buttons[4])
    click(page.leg.bar.buttons[4])
    click(page.save_button)
    first = flow.dialog
    assert isinstance(first, RedFlagDialog)  # first use
    for bar in first.answers.values():
        click(bar.buttons[1])
    click(first.submit_button)
    assert flow.dialog is None
    click(page.edit_button)
    click(page.leg.bar.buttons[5])  # a pain-only correction asks nothing
    click(page.save_button)
    assert flow.dialog is None
    click(page.edit_button)
    page.numbness.set_value(Numbness.A_LOT)  # the correction: "a lot" of numbness, not none
    click(page.save_button)
    assert isinstance(flow.dialog, RedFlagDialog)
