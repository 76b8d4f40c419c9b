"""The traffic-light pain rules win over the plan: red-zone pain before a workout asks first; amber or red
pain after one gets the advice; green stays quiet. Thresholds come from content/thresholds.toml."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sciatica_desktop.domain.stats import Light, Thresholds, traffic_light
from sciatica_desktop.ui.checkin.advice import advice_after, advice_before
from sciatica_desktop.ui.checkin.dialogs import PainAdviceDialog, QuickPainDialog, RedFlagDialog


def _through_screening(qtbot, flow) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(flow.dialog, RedFlagDialog)
    for bar in flow.dialog.answers.values():
        qtbot.mouseClick(bar.buttons[1], Qt.MouseButton.LeftButton)  # all "no"
    qtbot.mouseClick(flow.dialog.submit_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, QuickPainDialog)


def _pain(qtbot, dialog: QuickPainDialog, back: int, leg: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.back.bar.buttons[back], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.leg.bar.buttons[leg], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_red_pain_before_a_workout_asks_and_not_today_stops_it(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, _core = app_gui
    shell, flow = built.shell, built.shell.symptoms
    shell.start_routine()
    _through_screening(qtbot, flow)
    _pain(qtbot, flow.dialog, 3, 7)
    assert isinstance(flow.dialog, PainAdviceDialog)
    assert "7/10" in flow.dialog.message.text()
    qtbot.mouseClick(flow.dialog.stop_button, Qt.MouseButton.LeftButton)
    assert shell.workout.active is None and built.window.current_page() != "workout"


def test_red_pain_before_a_workout_can_still_go_gently(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, _core = app_gui
    shell, flow = built.shell, built.shell.symptoms
    shell.start_routine()
    _through_screening(qtbot, flow)
    _pain(qtbot, flow.dialog, 8, 2)
    qtbot.mouseClick(flow.dialog.go_button, Qt.MouseButton.LeftButton)
    assert built.window.current_page() == "workout" and shell.workout.active is not None


def test_green_pain_before_starts_without_a_word(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, _core = app_gui
    shell, flow = built.shell, built.shell.symptoms
    shell.start_routine()
    _through_screening(qtbot, flow)
    _pain(qtbot, flow.dialog, 2, 3)
    assert flow.dialog is None and built.window.current_page() == "workout"


def test_advice_follows_the_thresholds() -> None:
    strict = Thresholds(green_max=2, amber_max=3)  # a clinic that stops earlier
    assert traffic_light(3, Thresholds()) is Light.GREEN and traffic_light(3, strict) is Light.AMBER
    assert advice_before(Light.AMBER, 5) is None  # amber before exercise: carry on
    assert advice_after(Light.GREEN, 2) is None
    assert "settles within a day" in (advice_after(Light.AMBER, 4) or "")
    red = advice_after(Light.RED, 7) or ""
    assert "7/10" in red and "reduce or skip" in red and "spreads further down your leg" in red


def test_red_pain_after_a_workout_gets_the_advice(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, _core = app_gui
    shell, flow = built.shell, built.shell.symptoms
    shell.start_routine()
    _through_screening(qtbot, flow)
    qtbot.keyClick(flow.dialog, Qt.Key.Key_Escape)  # skip the pre-workout prompt
    shell.workout.active.runner.end()  # type: ignore[union-attr]
    qtbot.mouseClick(shell.workout.back_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, QuickPainDialog)
    _pain(qtbot, flow.dialog, 2, 6)
    assert isinstance(flow.dialog, PainAdviceDialog)
    assert "reduce or skip" in flow.dialog.message.text()
    qtbot.mouseClick(flow.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert flow.dialog is None
