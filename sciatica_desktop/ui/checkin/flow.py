"""Connects the check-in and progress pages and the symptom dialogs to the services.

It also guards every workout start (:meth:`SymptomFlow.before_start`): an unconfirmed urgent red-flag
answer blocks it; due safety questions are asked first; then a quick, skippable pain prompt. After a
workout a second quick prompt records pain linked to that session.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.measures import ItemAnswer
from sciatica_desktop.domain.records import Profile, SessionId, WorkoutSession
from sciatica_desktop.domain.redflags import ScreeningReason, Urgency
from sciatica_desktop.domain.stats import traffic_light
from sciatica_desktop.domain.symptoms import CheckIn, CheckInContext, CheckInId
from sciatica_desktop.services.checkins import CheckInService
from sciatica_desktop.ui.checkin.advice import advice_after, advice_before
from sciatica_desktop.ui.errors import show_error
from sciatica_desktop.ui.widgets.lazy_page import page_of, when_built

# The check-in and progress pages are built the first time they are shown (see gui.attach_symptoms), and the
# dialogs load when the first one opens: they build Qt's ``Qt`` namespace (about 1 MiB of enums).
if TYPE_CHECKING:
    from sciatica_desktop.services.progress import Progress
    from sciatica_desktop.ui.checkin.checkin_page import CheckInPage
    from sciatica_desktop.ui.checkin.questionnaire_dialog import QuestionnaireDialog

log = logging.getLogger(__name__)


class SymptomFlow(QObject):
    def __init__(
        self,
        *,
        window: QWidget,
        service: CheckInService,
        profile: Profile,
        page: QWidget,
        progress_page: QWidget | None = None,
        build_progress: Callable[[], Progress] | None = None,
        now: Callable[[], dt.datetime],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._profile = profile
        self._page = page  # the check-in page, or a LazyPage that builds it
        self.progress_page = progress_page
        self._build_progress = build_progress
        self._now = now
        self.dialog: QDialog | None = None  # the dialog open now, for tests and for closing on exit
        # Owed questions the database would not take (locked, a server gone for a moment): still asked.
        self._unsaved_owed: ScreeningReason | None = None
        when_built(page, self._wire_page)

    @property
    def owed(self) -> ScreeningReason | None:
        """Safety questions that were due and closed unanswered (kept on disk until answered)."""
        return _stronger(self._service.owed_screening(self._profile.id), self._unsaved_owed)

    @property
    def page(self) -> CheckInPage:
        """The check-in page, built now if it has not been shown yet."""
        return page_of(self._page)  # type: ignore[return-value]

    def _wire_page(self, page: QWidget) -> None:
        page.sig_save.connect(self.save)  # type: ignore[attr-defined]
        page.sig_delete.connect(self.delete)  # type: ignore[attr-defined]
        page.sig_undo.connect(self.undo)  # type: ignore[attr-defined]
        page.sig_questionnaire.connect(self.open_questionnaire)  # type: ignore[attr-defined]

    # ----- pages -------------------------------------------------------------------------------------

    def on_page_shown(self, name: str) -> None:
        try:
            if name == "checkin":
                self.page.set_recent(self._service.recent(self._profile.id))
                self.refresh_due()
            elif name == "progress" and self.progress_page is not None and self._build_progress is not None:
                self.progress_page.set_progress(self._build_progress())  # type: ignore[attr-defined]
        except KnownError as error:
            show_error(self._window, error)

    def save(self, entry: CheckIn, editing: CheckInId | None) -> None:
        try:
            if editing is not None:
                logged = self._service.edit(editing, entry)
            else:
                logged = self._service.log(self._profile.id, entry)
            saved, reason = logged.check_in, logged.ask_red_flags
        except KnownError as error:  # OutOfRangeError included: the storage boundary refused it
            show_error(self._window, error)
            self.page.status.setText(error.message)
            return
        self.page.show_saved(saved)
        self.page.set_recent(self._service.recent(self._profile.id))
        if reason is not None:  # first use, the weekly re-check, or new or worse nerve signs (an edit too)
            self.ask_red_flags(reason, then=lambda: None)

    def delete(self, check_in_id: CheckInId) -> None:
        try:
            gone = self._service.delete(check_in_id)
        except KnownError as error:
            show_error(self._window, error)
            return
        self.page.set_recent(self._service.recent(self._profile.id))
        self.page.show_deleted(gone)

    def undo(self, check_in_id: CheckInId) -> None:
        try:
            back = self._service.undo_delete(check_in_id)
        except KnownError as error:
            show_error(self._window, error)
            return
        self.page.set_recent(self._service.recent(self._profile.id))
        self.page.show_restored(back)

    # ----- questionnaires ----------------------------------------------------------------------------

    def refresh_due(self) -> None:
        due = self._service.due_questionnaires(self._profile.id, self._profile.created)
        self.page.set_due([(q.id, q.short_name) for q in due])

    def open_questionnaire(self, questionnaire_id: str) -> None:
        q = self._service.content.questionnaire(questionnaire_id)
        if q is None:
            return
        from sciatica_desktop.ui.checkin.questionnaire_dialog import QuestionnaireDialog

        dialog = QuestionnaireDialog(q, self._window)
        dialog.sig_done.connect(lambda qid, answers: self._answered(dialog, qid, answers))
        self._open(dialog)

    def _answered(self, dialog: QuestionnaireDialog, qid: str, answers: list[ItemAnswer]) -> None:
        try:
            saved = self._service.answer(self._profile.id, qid, answers)
        except KnownError as error:  # an answer missing or out of range: say so in the dialog
            dialog.show_problem(error.message)
            return
        dialog.accept()
        self.page.status.setText(
            self.tr("Saved {name}: score {score:.1f}.").format(
                name=dialog.questionnaire.short_name, score=saved.response.score
            )
        )
        self.refresh_due()

    # ----- red flags ----------------------------------------------------------------------------------

    def ask_red_flags(self, reason: ScreeningReason, *, then: Callable[[], None]) -> None:
        flags = self._service.content.red_flags
        if flags is None:  # no usable file at all: the check reports it; never block on missing content
            then()
            return
        try:  # owed until answered: closed unanswered, they come back before the next workout
            self._service.owe_screening(self._profile.id, reason)
        except Exception:  # the questions open all the same, and this run of the app remembers them
            log.exception("could not record the safety questions as owed; kept until the app closes")
            self._unsaved_owed = _stronger(self._unsaved_owed, reason)
        from sciatica_desktop.ui.checkin.dialogs import RedFlagDialog

        dialog = RedFlagDialog(flags.questions, reason, self._window)
        dialog.sig_answered.connect(lambda answers: self._screened(answers, reason, then))
        self._open(dialog)

    def _screened(
        self, answers: dict[str, bool], reason: ScreeningReason, then: Callable[[], None]
    ) -> None:
        try:
            result = self._service.submit_screening(self._profile.id, answers, reason)
        except KnownError as error:
            show_error(self._window, error)
            return
        self._unsaved_owed = None
        if result.decision.urgency is Urgency.STOP_URGENT:
            self.show_urgent(blocked_start=False)
        elif result.decision.urgency is Urgency.SEE_DOCTOR_SOON and result.message is not None:
            from sciatica_desktop.ui.checkin.dialogs import AdviceDialog

            advice = AdviceDialog(result.message, self._window)
            advice.finished.connect(lambda _code: then())
            self._open(advice)
        else:
            then()

    def show_urgent(self, *, blocked_start: bool) -> None:
        message = self._service.urgent_message()
        if message is None:
            return
        from sciatica_desktop.ui.checkin.dialogs import UrgentDialog

        dialog = UrgentDialog(message, blocked_start=blocked_start, parent=self._window)
        dialog.sig_confirmed.connect(self._confirm_care)
        self._open(dialog)

    def _confirm_care(self) -> None:
        try:
            self._service.confirm_care(self._profile.id)
        except KnownError as error:  # the block stays until the confirmation is on disk: say why
            show_error(self._window, error)

    # ----- the workout hooks ------------------------------------------------------------------------

    def before_start(self, proceed: Callable[[], None]) -> None:
        """Run ``proceed`` (start the workout) only when safe: red flags win over plans and streaks."""
        try:
            if self._service.block(self._profile.id) is not None:
                self.show_urgent(blocked_start=True)
                return
            reason = _stronger(self._service.gate_reason(self._profile.id), self._unsaved_owed)
        except KnownError as error:
            show_error(self._window, error)
            return
        if reason is not None:
            self.ask_red_flags(reason, then=lambda: self._quick_prompt(None, then=proceed))
        else:
            self._quick_prompt(None, then=proceed)

    def before_resume(self, proceed: Callable[[], None]) -> None:
        """Finishing an interrupted workout: an unconfirmed urgent answer stops it, and nerve signs that
        got worse and were never screened are asked first (the weekly re-check can wait)."""
        try:
            blocked = self._service.block(self._profile.id) is not None
            owed = _stronger(self._service.gate_reason(self._profile.id), self._unsaved_owed)
            reason = None if blocked else owed
        except KnownError as error:
            show_error(self._window, error)
            return
        if blocked:
            self.show_urgent(blocked_start=True)
        elif reason is ScreeningReason.NERVE_SIGNS:
            self.ask_red_flags(reason, then=proceed)
        else:
            proceed()

    def after_workout(self, session: WorkoutSession) -> None:
        self._quick_prompt(session.id, then=lambda: None)

    def _quick_prompt(self, session_id: SessionId | None, *, then: Callable[[], None]) -> None:
        before = session_id is None
        title = (
            self.tr("Before you start: how is your pain now?")
            if before
            else self.tr("Well done. How is your pain now?")
        )
        from sciatica_desktop.ui.checkin.dialogs import QuickPainDialog

        dialog = QuickPainDialog(title, self._window)

        def done(back: int | None, leg: int | None) -> None:
            if back is None or leg is None:
                then()
                return
            context = CheckInContext.PRE_WORKOUT if before else CheckInContext.POST_WORKOUT
            try:
                entry = CheckIn(when=self._now(), back_pain=back, leg_pain=leg, context=context)
                self._service.log(self._profile.id, entry, session_id=session_id)
            except KnownError as error:
                show_error(self._window, error)
            self._pain_advice(max(back, leg), before=before, then=then)

        dialog.sig_done.connect(done)
        self._open(dialog)

    def _pain_advice(self, pain: int, *, before: bool, then: Callable[[], None]) -> None:
        """The traffic-light rules win over the plan: advise, and before a workout in the red, ask."""
        light = traffic_light(pain, self._service.content.thresholds)
        text = advice_before(light, pain) if before else advice_after(light, pain)
        if text is None:
            then()
            return
        from sciatica_desktop.ui.checkin.dialogs import PainAdviceDialog

        dialog = PainAdviceDialog(text, self._window, ask=before)
        if before:
            dialog.accepted.connect(then)  # "Not today" ends here: the workout does not start
        else:
            dialog.finished.connect(lambda _code: then())
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def _stronger(a: ScreeningReason | None, b: ScreeningReason | None) -> ScreeningReason | None:
    """The reason to give when both apply: worse nerve signs before any other, else whichever there is."""
    if ScreeningReason.NERVE_SIGNS in (a, b):
        return ScreeningReason.NERVE_SIGNS
    return a or b
