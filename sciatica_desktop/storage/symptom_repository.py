"""Storage for check-ins, red-flag screenings and questionnaire responses; domain values in and out.

Ranges are checked here again (the domain values check themselves when built, but the storage boundary
does not trust its callers): a bad value raises :class:`OutOfRangeError` before anything is written.
Deletes are soft, so :meth:`restore_check_in` and :meth:`restore_response` can undo them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from peewee import Case, Database

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.records import ProfileId, SessionId
from sciatica_desktop.domain.redflags import Answer, Screening, ScreeningId, ScreeningReason, Urgency
from sciatica_desktop.domain.stats import PainPoint
from sciatica_desktop.domain.symptoms import (
    CheckIn,
    CheckInContext,
    CheckInId,
    LegExtent,
    LoggedCheckIn,
    Numbness,
    Trigger,
    check_aware,
    validate_check_in,
)
from sciatica_desktop.storage import validation as check
from sciatica_desktop.storage.models import ProfileRow, SessionRow, SetLogRow, use_database
from sciatica_desktop.storage.models_symptoms import (
    ID_MAX,
    CheckInRow,
    OwedScreeningRow,
    RedFlagAnswerRow,
    ScreeningRow,
)
from sciatica_desktop.storage.repository import _storage_errors
from sciatica_desktop.storage.response_store import ResponseStore, _raw, _require, _utc

_RANKS = {e.value: e.rank for e in LegExtent}


class SymptomRepository(ResponseStore):
    """Check-ins and red-flag screenings here; questionnaire responses from :class:`ResponseStore`."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        use_database(db)

    # ----- check-ins --------------------------------------------------------------------------------

    def add_check_in(
        self, profile_id: ProfileId, entry: CheckIn, *, session_id: SessionId | None = None
    ) -> LoggedCheckIn:
        validate_check_in(entry)
        with _storage_errors("save the check-in"), self._db.atomic():
            _require(ProfileRow, profile_id, "profile")
            if session_id is not None:
                _require(SessionRow, session_id, "session")
            row = CheckInRow.create(profile=profile_id, session=session_id, **_check_in_fields(entry))
        return _logged(row)

    def update_check_in(self, check_in_id: CheckInId, entry: CheckIn) -> LoggedCheckIn:
        validate_check_in(entry)
        with _storage_errors("save the check-in"), self._db.atomic():
            row = _require(CheckInRow, check_in_id, "check-in")
            for name, value in _check_in_fields(entry).items():
                setattr(row, name, value)
            row.save()
        return _logged(row)

    def delete_check_in(self, check_in_id: CheckInId) -> LoggedCheckIn:
        """Hide a check-in; returns it as it was, for an undo."""
        return self._set_deleted(check_in_id, True)

    def restore_check_in(self, check_in_id: CheckInId) -> LoggedCheckIn:
        return self._set_deleted(check_in_id, False)

    def _set_deleted(self, check_in_id: CheckInId, deleted: bool) -> LoggedCheckIn:
        with _storage_errors("change the check-in"), self._db.atomic():
            row = _require(CheckInRow, check_in_id, "check-in")
            row.deleted = deleted
            row.save()
        return _logged(row)

    def get_check_in(self, check_in_id: CheckInId) -> LoggedCheckIn | None:
        with _storage_errors("read the check-in"):
            row = CheckInRow.get_or_none(CheckInRow.id == check_in_id)
        return None if row is None else _logged(row)

    def check_ins(
        self,
        profile_id: ProfileId,
        *,
        since: dt.datetime | None = None,
        newest_first: bool = False,
        limit: int | None = None,
    ) -> list[LoggedCheckIn]:
        """The profile's check-ins (not deleted), oldest first unless ``newest_first``."""
        query = CheckInRow.select().where(
            (CheckInRow.profile == profile_id) & (CheckInRow.deleted == False)  # noqa: E712
        )
        if since is not None:
            query = query.where(CheckInRow.when >= check_aware("the start", since))
        order = (
            (CheckInRow.when.desc(), CheckInRow.id.desc())
            if newest_first
            else (CheckInRow.when, CheckInRow.id)
        )
        query = query.order_by(*order)
        if limit is not None:
            check.check_int("the number of check-ins", limit, 1, 1_000_000)
            query = query.limit(limit)
        with _storage_errors("read the check-ins"):
            return [_logged(r) for r in query]

    def pain_points(self, profile_id: ProfileId) -> list[PainPoint]:
        """Every check-in as a light :class:`PainPoint`, oldest first: the query behind the progress chart.

        Runs the SQL without peewee's per-value converters, which dominate the time for years of data.
        """
        query = (
            CheckInRow.select(
                CheckInRow.when,
                CheckInRow.back_pain,
                CheckInRow.leg_pain,
                CheckInRow.leg_extent,
                CheckInRow.context,
            )
            .where((CheckInRow.profile == profile_id) & (CheckInRow.deleted == False))  # noqa: E712
            .order_by(CheckInRow.when)
        )
        with _storage_errors("read the check-ins"):
            rows = _raw(self._db, query)
        # A quick workout prompt asks only pain: its stored extent is a default, not an answer.
        full = CheckInContext.ANY.value
        return [
            PainPoint(_utc(w), int(b), int(leg), _RANKS[e] if c == full else None) for w, b, leg, e, c in rows
        ]

    def session_starts(self, profile_id: ProfileId) -> list[dt.datetime]:
        """When each of the profile's workouts started, oldest first: only those with at least one finished
        set, so a session opened and ended at once does not keep a streak alive."""
        done = SetLogRow.select(SetLogRow.session).where(SetLogRow.skipped == False)  # noqa: E712
        query = (
            SessionRow.select(SessionRow.started)
            .where((SessionRow.profile == profile_id) & SessionRow.id.in_(done))
            .order_by(SessionRow.started)
        )
        with _storage_errors("read the sessions"):
            return [_utc(r[0]) for r in _raw(self._db, query)]

    # ----- red-flag screenings ----------------------------------------------------------------------

    def record_screening(
        self,
        profile_id: ProfileId,
        *,
        when: dt.datetime,
        reason: ScreeningReason,
        urgency: Urgency,
        answers: Sequence[Answer],
    ) -> Screening:
        check_aware("the screening time", when)
        if not isinstance(reason, ScreeningReason) or not isinstance(urgency, Urgency):
            raise OutOfRangeError("Not saved: the screening's reason or result is not one the app knows.")
        if not answers:
            raise OutOfRangeError("Not saved: a screening needs its answers.")
        for a in answers:
            check.check_text("the question id", a.question_id, ID_MAX)
            check.check_text("the question", a.question_text, 10_000)
        with _storage_errors("save the answers"), self._db.atomic():
            _require(ProfileRow, profile_id, "profile")
            row = ScreeningRow.create(
                profile=profile_id, when=when, reason=reason.value, urgency=urgency.value
            )
            OwedScreeningRow.delete().where(OwedScreeningRow.profile == profile_id).execute()  # answered
            RedFlagAnswerRow.insert_many(
                [
                    {
                        "screening": row.id,
                        "question_id": a.question_id,
                        "question_text": a.question_text,
                        "yes": bool(a.yes),
                    }
                    for a in answers
                ]
            ).execute()
        return self._screenings([row])[0]

    def owe_screening(self, profile_id: ProfileId, reason: ScreeningReason, *, when: dt.datetime) -> None:
        """Remember that the safety questions were due for ``reason`` and closed unanswered. Worse nerve
        signs are never replaced by a milder reason; answering (:meth:`record_screening`) clears it."""
        check_aware("the time", when)
        if not isinstance(reason, ScreeningReason):
            raise OutOfRangeError("Not saved: the screening's reason is not one the app knows.")
        nerve_signs = ScreeningReason.NERVE_SIGNS.value
        with _storage_errors("remember the safety questions"), self._db.atomic():
            _require(ProfileRow, profile_id, "profile")
            # One statement, so two kiosks on one PostgreSQL server cannot both insert the profile's row.
            OwedScreeningRow.insert(profile=profile_id, reason=reason.value, since=when).on_conflict(
                conflict_target=[OwedScreeningRow.profile],
                update={
                    OwedScreeningRow.reason: Case(
                        None, [(OwedScreeningRow.reason == nerve_signs, nerve_signs)], reason.value
                    )
                },
            ).execute()

    def owed_screening(self, profile_id: ProfileId) -> ScreeningReason | None:
        """Why the safety questions are owed (closed unanswered), or None."""
        with _storage_errors("read the safety questions owed"):
            row = OwedScreeningRow.get_or_none(OwedScreeningRow.profile == profile_id)
            return None if row is None else ScreeningReason(row.reason)

    def confirm_care(self, screening_id: ScreeningId) -> Screening:
        """Record that the patient confirmed seeking care after an urgent answer."""
        with _storage_errors("save the confirmation"), self._db.atomic():
            row = _require(ScreeningRow, screening_id, "screening")
            if row.care_confirmed is None:
                row.care_confirmed = self._clock.utcnow()
                row.save()
        return self._screenings([row])[0]

    def screenings(self, profile_id: ProfileId) -> list[Screening]:
        """Every screening of the profile, oldest first, with its answers (for reports and blocking)."""
        with _storage_errors("read the screenings"):
            rows = list(
                ScreeningRow.select()
                .where(ScreeningRow.profile == profile_id)
                .order_by(ScreeningRow.when, ScreeningRow.id)
            )
            return self._screenings(rows)

    def _screenings(self, rows: list[ScreeningRow]) -> list[Screening]:
        answers: dict[int, list[Answer]] = {r.id: [] for r in rows}
        if rows:
            for a in (
                RedFlagAnswerRow.select()
                .where(RedFlagAnswerRow.screening.in_(list(answers)))
                .order_by(RedFlagAnswerRow.id)
            ):
                answers[a.screening_id].append(Answer(a.question_id, a.question_text, bool(a.yes)))
        return [
            Screening(
                ScreeningId(r.id),
                ProfileId(r.profile_id),
                r.when,
                ScreeningReason(r.reason),
                Urgency(r.urgency),
                tuple(answers[r.id]),
                r.care_confirmed,
            )
            for r in rows
        ]


# ----- helpers ---------------------------------------------------------------------------------------


def _check_in_fields(c: CheckIn) -> dict[str, Any]:
    return {
        "when": c.when,
        "back_pain": c.back_pain,
        "leg_pain": c.leg_pain,
        "leg_extent": c.leg_extent.value,
        "numbness": c.numbness.value,
        "weakness": c.weakness,
        "sitting_minutes": c.sitting_minutes,
        "triggers": ",".join(sorted(t.value for t in c.triggers)),
        "note": c.note.strip(),
        "context": c.context.value,
    }


def _logged(row: CheckInRow) -> LoggedCheckIn:
    entry = CheckIn(
        when=row.when,
        back_pain=row.back_pain,
        leg_pain=row.leg_pain,
        leg_extent=LegExtent(row.leg_extent),
        numbness=Numbness(row.numbness),
        weakness=bool(row.weakness),
        sitting_minutes=row.sitting_minutes,
        triggers=frozenset(Trigger(t) for t in row.triggers.split(",") if t),
        note=row.note,
        context=CheckInContext(row.context),
    )
    session = None if row.session_id is None else SessionId(row.session_id)
    return LoggedCheckIn(CheckInId(row.id), ProfileId(row.profile_id), entry, session, bool(row.deleted))
