"""Red flags win over plans: a yes to an emergency question blocks the workout, now and at the next start,
until the patient confirms seeking care; then the questions come again before exercise resumes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sciatica_desktop.domain.redflags import ScreeningReason, Urgency
from sciatica_desktop.domain.symptoms import CheckInContext, Numbness
from sciatica_desktop.storage.symptom_repository import SymptomRepository
from sciatica_desktop.ui.checkin.dialogs import QuickPainDialog, RedFlagDialog, UrgentDialog


def _answer(qtbot, dialog: RedFlagDialog, yes: set[str]) -> None:  # type: ignore[no-untyped-def]
    for qid, bar in dialog.answers.items():
        qtbot.mouseClick(bar.buttons[0 if qid in yes else 1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)


def test_a_red_flag_yes_blocks_the_workout(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = app_gui
    shell, flow = built.shell, built.shell.symptoms
    store, me = SymptomRepository(core.opened.db, core.clock), core.repo.ensure_profile().id

    qtbot.mouseClick(shell.today.start_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, RedFlagDialog)  # first use: the questions before the first session
    _answer(qtbot, flow.dialog, {"saddle_numbness"})
    assert isinstance(flow.dialog, UrgentDialog)
    assert "emergency" in flow.dialog.message.text()
    assert shell.workout.active is None and built.window.current_page() != "workout"
    (urgent,) = store.screenings(me)
    assert urgent.urgency is Urgency.STOP_URGENT and urgent.care_confirmed is None
    assert [a.question_id for a in urgent.answers if a.yes] == ["saddle_numbness"]
    qtbot.mouseClick(flow.dialog.close_button, Qt.MouseButton.LeftButton)

    # A later start, from Today or the library, is blocked too: no questions to click through, no workout.
    core.clock.advance(8 * 86400)  # even once the weekly re-check is due
    shell.start_exercise(core.catalogue["glute_bridge"])
    assert isinstance(flow.dialog, UrgentDialog)
    assert shell.workout.active is None
    qtbot.mouseClick(flow.dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert store.screenings(me)[0].care_confirmed == core.clock.utcnow()

    # After confirming care, the questions come again; all "no" lets the patient exercise.
    qtbot.mouseClick(shell.today.start_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, RedFlagDialog)
    _answer(qtbot, flow.dialog, set())
    assert [s.reason for s in store.screenings(me)] == [
        ScreeningReason.FIRST_USE,
        ScreeningReason.AFTER_CARE,
    ]
    assert isinstance(flow.dialog, QuickPainDialog)  # the skippable pre-workout pain prompt
    qtbot.mouseClick(flow.dialog.back.bar.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.dialog.leg.bar.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.dialog.save_button, Qt.MouseButton.LeftButton)
    assert built.window.current_page() == "workout" and shell.workout.active is not None
    (before,) = store.check_ins(me)
    assert (before.entry.back_pain, before.entry.leg_pain, before.entry.context) == (
        2,
        3,
        CheckInContext.PRE_WORKOUT,
    )

    # After the workout: a post-workout prompt linked to the session; skipping saves nothing.
    runner = shell.workout.active.runner
    runner.start()
    runner.end()
    session_id = shell.workout.active.session.id
    qtbot.mouseClick(shell.workout.back_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, QuickPainDialog)
    qtbot.mouseClick(flow.dialog.back.bar.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.dialog.leg.bar.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.dialog.save_button, Qt.MouseButton.LeftButton)
    after = store.check_ins(me)[-1]
    assert after.session_id == session_id and after.entry.context is CheckInContext.POST_WORKOUT


def test_skipping_the_pain_prompt_still_starts(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = app_gui
    shell, flow = built.shell, built.shell.symptoms
    shell.start_routine()
    _answer(qtbot, flow.dialog, {"cancer"})  # see a doctor soon: advice, then carry on
    assert "doctor" in flow.dialog.windowTitle().lower()
    qtbot.mouseClick(flow.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert isinstance(flow.dialog, QuickPainDialog)
    qtbot.keyClick(flow.dialog, Qt.Key.Key_Escape)
    assert built.window.current_page() == "workout"
    assert SymptomRepository(core.opened.db, core.clock).check_ins(core.repo.ensure_profile().id) == []


def test_the_weekly_recheck_is_asked_at_a_check_in(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    from sciatica_desktop.domain.symptoms import CheckIn

    built, core = app_gui
    flow = built.shell.symptoms
    store, me = SymptomRepository(core.opened.db, core.clock), core.repo.ensure_profile().id
    flow.save(CheckIn(when=core.clock.utcnow(), back_pain=3, leg_pain=2), None)
    assert isinstance(flow.dialog, RedFlagDialog)  # first use
    _answer(qtbot, flow.dialog, set())
    core.clock.advance(3 * 86400)
    flow.save(CheckIn(when=core.clock.utcnow(), back_pain=3, leg_pain=2), None)
    assert flow.dialog is None  # screened three days ago: nothing to ask
    core.clock.advance(5 * 86400)
    flow.save(CheckIn(when=core.clock.utcnow(), back_pain=3, leg_pain=2), None)
    assert isinstance(flow.dialog, RedFlagDialog)  # a week on: the re-check comes with the check-in
    _answer(qtbot, flow.dialog, set())
    assert [s.reason for s in store.screenings(me)] == [ScreeningReason.FIRST_USE, ScreeningReason.WEEKLY]


def test_a_confirmation_that_cannot_be_saved_is_reported_and_the_block_stays(  # type: ignore[no-untyped-def]
    app_gui, qtbot, monkeypatch
) -> None:
    from sciatica_desktop.domain.errors import DatabaseError
    from sciatica_desktop.ui.checkin import flow as flow_module

    built, _core = app_gui
    shell, flow = built.shell, built.shell.symptoms
    qtbot.mouseClick(shell.today.start_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, flow.dialog, {"saddle_numbness"})
    assert isinstance(flow.dialog, UrgentDialog)
    shown: list[str] = []
    monkeypatch.setattr(flow_module, "show_error", lambda _parent, error: shown.append(error.message))

    def disk_full(_profile_id: object) -> None:
        raise DatabaseError("Could not save: the disk is full.")

    monkeypatch.setattr(flow.flow._service, "confirm_care", disk_full)
    qtbot.mouseClick(flow.dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert shown == ["Could not save: the disk is full."]
    monkeypatch.undo()
    shell.start_routine()  # still blocked: nothing was confirmed
    assert isinstance(flow.dialog, UrgentDialog) and shell.workout.active is None


def test_safety_questions_closed_unanswered_come_back_before_the_workout(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = app_gui
    shell, flow = built.shell, built.shell.symptoms
    click = lambda w: qtbot.mouseClick(w, Qt.MouseButton.LeftButton)  # noqa: E731
    built.window.show_page("checkin")
    page = flow.page
    click(page.back.bar.buttons[3])
    click(page.leg.bar.buttons[3])
    click(page.save_button)
    _answer(qtbot, flow.dialog, set())  # first use: all "no"
    click(page.edit_button)
    page.numbness.set_value(Numbness.A_LOT)  # corrected: a lot of numbness
    click(page.save_button)
    assert isinstance(flow.dialog, RedFlagDialog)
    flow.dialog.reject()  # closed without answering (Esc)
    assert flow.dialog is None
    assert flow.owed is ScreeningReason.NERVE_SIGNS  # on disk: a restart asks them too
    click(shell.today.start_button)
    assert isinstance(flow.dialog, RedFlagDialog), "Start must ask the questions that were closed"
    assert shell.workout.active is None
    _answer(qtbot, flow.dialog, set())
    assert isinstance(flow.dialog, QuickPainDialog) and flow.owed is None
    store = SymptomRepository(core.opened.db, core.clock)
    latest = store.screenings(core.repo.ensure_profile().id)[-1]
    assert latest.reason is ScreeningReason.NERVE_SIGNS


def test_resuming_asks_unscreened_nerve_signs_first_but_not_the_weekly_check(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = app_gui
    flow = built.shell.symptoms
    flow.before_start(lambda: None)
    _answer(qtbot, flow.dialog, set())  # first use answered
    flow.dialog.reject()  # the skippable pain prompt
    resumed: list[bool] = []
    core.clock.advance(8 * 86400)  # the weekly re-check is due: resuming does not wait for it
    flow.before_resume(lambda: resumed.append(True))
    assert resumed == [True] and flow.dialog is None
    profile = core.repo.ensure_profile()  # worse nerve signs, questions closed unanswered:
    SymptomRepository(core.opened.db, core.clock).owe_screening(
        profile.id, ScreeningReason.NERVE_SIGNS, when=core.clock.utcnow()
    )
    flow.before_resume(lambda: resumed.append(True))
    assert isinstance(flow.dialog, RedFlagDialog) and resumed == [True]
    _answer(qtbot, flow.dialog, set())
    assert resumed == [True, True]


def test_owed_questions_the_database_refuses_are_still_asked_before_the_workout(  # type: ignore[no-untyped-def]
    app_gui, qtbot, monkeypatch
) -> None:
    """A locked database (or a server gone for a moment) must not let a workout start without them."""
    built, _core = app_gui
    shell, flow = built.shell, built.shell.symptoms
    flow.before_start(lambda: None)
    _answer(qtbot, flow.dialog, set())  # first use answered
    flow.dialog.reject()  # the skippable pain prompt

    def refuse(profile_id, reason):  # type: ignore[no-untyped-def]
        raise RuntimeError("database is locked")

    monkeypatch.setattr(flow.flow._service, "owe_screening", refuse)
    flow.ask_red_flags(ScreeningReason.NERVE_SIGNS, then=lambda: None)
    assert isinstance(flow.dialog, RedFlagDialog), "the questions open even though saving failed"
    flow.dialog.reject()
    assert flow.owed is ScreeningReason.NERVE_SIGNS
    shell.start_routine()
    assert isinstance(flow.dialog, RedFlagDialog) and shell.workout.active is None
    _answer(qtbot, flow.dialog, set())
    assert flow.owed is None


def test_an_urgent_answer_blocks_the_first_start_after_a_restart(tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The flow loads at the first Start (ui/checkin/on_demand.py): that Start still meets the block."""
    from sciatica_desktop.domain.clock import FakeClock
    from tests.gui_app import running_gui

    clock = FakeClock()
    with running_gui(qtbot, tmp_path, clock=clock) as (built, _core):
        qtbot.mouseClick(built.shell.today.start_button, Qt.MouseButton.LeftButton)
        _answer(qtbot, built.shell.symptoms.dialog, {"bladder_bowel"})
        assert isinstance(built.shell.symptoms.dialog, UrgentDialog)
        built.shell.symptoms.dialog.close_button.click()
    clock.advance(3600)
    with running_gui(qtbot, tmp_path, clock=clock) as (built, _core):
        shell = built.shell
        assert not shell.symptoms.is_built() and shell.today.start_button.isEnabled()
        qtbot.mouseClick(shell.today.start_button, Qt.MouseButton.LeftButton)
        assert isinstance(shell.symptoms.dialog, UrgentDialog)
        assert shell.workout.active is None and built.window.current_page() == "today"
