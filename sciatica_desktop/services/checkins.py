"""Use cases around symptoms: log, edit, delete and undo a check-in; screen for red flags; list the
questionnaires that are due and save their answers.

Safety first: a red-flag answer that calls for urgent care blocks every workout (see :meth:`block`) until
the patient confirms they sought care, whatever the plan or the streak says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.content_files import Problem, TomlReader, read_toml
from sciatica_desktop.domain.measures import (
    ItemAnswer,
    LoggedResponse,
    MeaningfulChange,
    Questionnaire,
    due_list,
)
from sciatica_desktop.domain.measures_load import load_questionnaires
from sciatica_desktop.domain.records import ProfileId, SessionId
from sciatica_desktop.domain.redflags import (
    RED_FLAGS_FILE,
    Answer,
    Decision,
    Message,
    RedFlagSet,
    Screening,
    ScreeningReason,
    Urgency,
    blocking,
    decide,
    load_red_flags,
    screening_due,
)
from sciatica_desktop.domain.stats import Thresholds, local_date
from sciatica_desktop.domain.symptoms import CheckIn, CheckInId, LoggedCheckIn, worsened_nerve_signs
from sciatica_desktop.domain.thresholds import load_thresholds
from sciatica_desktop.storage.symptom_repository import SymptomRepository

NPRS_DEFAULT = MeaningfulChange(points=2, percent=30)


@dataclass
class SymptomContent:
    """The red-flag questions, questionnaires and thresholds, loaded from content files."""

    red_flags: RedFlagSet | None
    questionnaires: list[Questionnaire]
    thresholds: Thresholds
    problems: list[Problem] = field(default_factory=list)

    def questionnaire(self, qid: str) -> Questionnaire | None:
        return next((q for q in self.questionnaires if q.id == qid), None)

    def nprs_threshold(self, qid: str) -> MeaningfulChange:
        q = self.questionnaire(qid)
        return q.meaningful_change if q is not None else NPRS_DEFAULT


def load_symptom_content(layers: Sequence[Path], *, read: TomlReader = read_toml) -> SymptomContent:
    """Bundled content first, then a clinic's (which may translate, replace or add). ``read`` parses each
    file (the app passes its parsed-content cache)."""
    flags, flag_problems = load_red_flags([layer / RED_FLAGS_FILE for layer in layers], read=read)
    questionnaires, q_problems = load_questionnaires(layers, read=read)
    thresholds, t_problems = load_thresholds(layers, read=read)
    return SymptomContent(flags, questionnaires, thresholds, [*flag_problems, *q_problems, *t_problems])


@dataclass(frozen=True)
class Logged:
    """A saved check-in, and why the red-flag questions should be asked now (None: no need)."""

    check_in: LoggedCheckIn
    ask_red_flags: ScreeningReason | None


@dataclass(frozen=True)
class ScreeningResult:
    screening: Screening
    decision: Decision
    message: Message | None


class CheckInService:
    def __init__(
        self,
        *,
        store: SymptomRepository,
        content: SymptomContent,
        clock: Clock,
        tz: dt.tzinfo | None = None,
    ) -> None:
        self._store = store
        self.content = content
        self._clock = clock
        self._tz = tz

    # ----- check-ins --------------------------------------------------------------------------------

    def log(self, profile_id: ProfileId, entry: CheckIn, *, session_id: SessionId | None = None) -> Logged:
        # Nerve signs are compared between full check-ins only: a quick workout prompt does not ask them.
        recent = self._store.check_ins(profile_id, newest_first=True, limit=50)
        previous = next((c.entry for c in recent if c.entry.asks_symptoms), None)
        saved = self._store.add_check_in(profile_id, entry, session_id=session_id)
        reason = self.screening_due(
            profile_id, previous=previous, current=entry if entry.asks_symptoms else None
        )
        return Logged(saved, reason)

    def edit(self, check_in_id: CheckInId, entry: CheckIn) -> Logged:
        """Save a corrected check-in. If the correction makes numbness new or worse, or weakness new,
        compared with what the check-in said before, the safety questions are due again: a patient who
        fixes "none" to "a lot" must be asked, exactly as if they had logged it that way."""
        before = self._store.get_check_in(check_in_id)
        saved = self._store.update_check_in(check_in_id, entry)
        was = before.entry if before is not None and before.entry.asks_symptoms else None
        worse = entry.asks_symptoms and worsened_nerve_signs(was, entry)
        return Logged(saved, ScreeningReason.NERVE_SIGNS if worse and self.content.red_flags else None)

    def delete(self, check_in_id: CheckInId) -> LoggedCheckIn:
        """Delete; the returned record's id undoes it with :meth:`undo_delete`."""
        return self._store.delete_check_in(check_in_id)

    def undo_delete(self, check_in_id: CheckInId) -> LoggedCheckIn:
        return self._store.restore_check_in(check_in_id)

    def recent(self, profile_id: ProfileId, limit: int = 20) -> list[LoggedCheckIn]:
        return self._store.check_ins(profile_id, newest_first=True, limit=limit)

    # ----- red flags --------------------------------------------------------------------------------

    def screening_due(
        self, profile_id: ProfileId, *, previous: CheckIn | None = None, current: CheckIn | None = None
    ) -> ScreeningReason | None:
        if self.content.red_flags is None:
            return None
        screenings = self._store.screenings(profile_id)
        return screening_due(
            last=screenings[-1] if screenings else None,
            now=self._clock.utcnow(),
            recheck_days=self.content.red_flags.recheck_days,
            previous=previous,
            current=current,
        )

    def gate_reason(self, profile_id: ProfileId) -> ScreeningReason | None:
        """Why the safety questions must be asked before a workout starts, or None.

        Besides first use, the weekly re-check and the re-check after care: nerve signs in the newest full
        check-in that are worse than when the questions were last answered (the patient closed them
        without answering, or the app was closed first), and questions that were due and closed
        unanswered for any other reason (a corrected check-in, say: :meth:`owe_screening`). All of it
        is on disk, so a restart does not forget it.
        """
        if self.content.red_flags is None:  # no questions to ask: the notice says so; never block on it
            return None
        owed = self._store.owed_screening(profile_id)
        if owed is ScreeningReason.NERVE_SIGNS:
            return owed
        screenings = self._store.screenings(profile_id)
        last = screenings[-1].when if screenings else None
        recent = self._store.check_ins(profile_id, newest_first=True, limit=50)
        full = [c.entry for c in recent if c.entry.asks_symptoms]
        screened = next((c for c in full if last is not None and c.when <= last), None)
        return self.screening_due(profile_id, previous=screened, current=full[0] if full else None) or owed

    def owe_screening(self, profile_id: ProfileId, reason: ScreeningReason) -> None:
        """The questions were due for ``reason`` and closed unanswered: :meth:`gate_reason` asks them
        before the next workout, after a restart too, until :meth:`submit_screening` records answers."""
        self._store.owe_screening(profile_id, reason, when=self._clock.utcnow())

    def owed_screening(self, profile_id: ProfileId) -> ScreeningReason | None:
        return self._store.owed_screening(profile_id)

    def submit_screening(
        self, profile_id: ProfileId, answers: Mapping[str, bool], reason: ScreeningReason
    ) -> ScreeningResult:
        flags = self.content.red_flags
        if flags is None:
            raise RuntimeError("no red-flag questions are loaded")
        decision = decide(flags.questions, answers)
        stored = self._store.record_screening(
            profile_id,
            when=self._clock.utcnow(),
            reason=reason,
            urgency=decision.urgency,
            answers=[Answer(q.id, q.text, answers[q.id]) for q in flags.questions],
        )
        return ScreeningResult(stored, decision, flags.messages.get(decision.urgency))

    def block(self, profile_id: ProfileId) -> Screening | None:
        """The urgent screening that stops workouts until care is confirmed, or None."""
        return blocking(self._store.screenings(profile_id))

    def confirm_care(self, profile_id: ProfileId) -> None:
        while (open_ := self.block(profile_id)) is not None:
            self._store.confirm_care(open_.id)

    def urgent_message(self) -> Message | None:
        flags = self.content.red_flags
        return None if flags is None else flags.messages.get(Urgency.STOP_URGENT)

    # ----- questionnaires ---------------------------------------------------------------------------

    def due_questionnaires(self, profile_id: ProfileId, start: dt.datetime) -> list[Questionnaire]:
        """Questionnaires due today, for a programme that started at ``start`` (the profile's creation)."""
        last = {k: local_date(v, self._tz) for k, v in self._store.last_responses(profile_id).items()}
        today = local_date(self._clock.utcnow(), self._tz)
        return due_list(
            self.content.questionnaires, start=local_date(start, self._tz), today=today, last_done=last
        )

    def answer(
        self, profile_id: ProfileId, questionnaire_id: str, answers: Sequence[ItemAnswer]
    ) -> LoggedResponse:
        q = self.content.questionnaire(questionnaire_id)
        if q is None:
            raise KeyError(questionnaire_id)
        return self._store.add_response(profile_id, q, answers, when=self._clock.utcnow())

    def responses(self, profile_id: ProfileId) -> list[LoggedResponse]:
        return self._store.responses(profile_id)
