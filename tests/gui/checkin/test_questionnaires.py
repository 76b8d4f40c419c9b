"""PSFS is due at the start; answering it from the check-in page scores and stores it; PGIC in week 2."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sciatica_desktop.storage.symptom_repository import SymptomRepository
from sciatica_desktop.ui.checkin.questionnaire_dialog import QuestionnaireDialog


def test_answer_the_due_psfs_then_pgic_becomes_due(app_gui, qtbot) -> None:  # type: ignore[no-untyped-def]
    built, core = app_gui
    flow = built.shell.symptoms
    click = lambda w: qtbot.mouseClick(w, Qt.MouseButton.LeftButton)  # noqa: E731
    built.window.show_page("checkin")
    page = flow.page
    assert [b.text() for b in page.due_buttons] == ["Answer PSFS"]
    click(page.due_buttons[0])
    dialog = flow.dialog
    assert isinstance(dialog, QuestionnaireDialog)
    for n, value in ((1, 2), (2, 6)):
        qtbot.keyClicks(dialog.labels[f"activity_{n}"], f"task {n}")
        click(dialog.bars[f"activity_{n}"].buttons[value])
    click(dialog.done_button)
    assert "activity_3" in dialog.error.text() and flow.dialog is dialog  # not saved: a third is needed
    qtbot.keyClicks(dialog.labels["activity_3"], "stairs")
    click(dialog.bars["activity_3"].buttons[7])
    click(dialog.done_button)
    assert flow.dialog is None and "score 5.0" in page.status.text()
    (saved,) = SymptomRepository(core.opened.db, core.clock).responses(core.repo.ensure_profile().id)
    assert saved.response.score == 5
    assert [a.label for a in saved.response.answers] == ["task 1", "task 2", "stairs"]
    assert page.due_buttons == []

    core.clock.advance(14 * 86400)
    built.window.show_page("today")
    built.window.show_page("checkin")
    assert [b.text() for b in page.due_buttons] == ["Answer PGIC"]
