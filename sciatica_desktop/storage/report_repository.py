"""Storage for appointment summaries: the patient's questions for the therapist (one text per profile) and
the log of reports made, whose newest entry starts the next report's default date range.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import Database

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.storage.models import ProfileRow, use_database
from sciatica_desktop.storage.models_reports import QUESTIONS_MAX, ReportRow, TherapistNoteRow
from sciatica_desktop.storage.repository import _storage_errors
from sciatica_desktop.storage.response_store import _require


@dataclass(frozen=True)
class ReportRecord:
    generated: dt.datetime
    period_start: dt.date
    period_end: dt.date
    deidentified: bool


class ReportRepository:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        use_database(db)

    def questions(self, profile_id: ProfileId) -> str:
        """The profile's "Questions for my therapist" ('' when none were written)."""
        with _storage_errors("read your questions for the therapist"):
            row = TherapistNoteRow.get_or_none(TherapistNoteRow.profile == profile_id)
        return "" if row is None else str(row.questions)

    def set_questions(self, profile_id: ProfileId, text: str) -> str:
        clean = text.strip()
        if len(clean) > QUESTIONS_MAX:
            raise OutOfRangeError(
                f"Not saved: the questions are {len(clean)} characters long; at most {QUESTIONS_MAX} fit."
            )
        with _storage_errors("save your questions for the therapist"), self._db.atomic():
            _require(ProfileRow, profile_id, "profile")
            row = TherapistNoteRow.get_or_none(TherapistNoteRow.profile == profile_id)
            if row is None:
                TherapistNoteRow.create(profile=profile_id, questions=clean, updated=self._clock.utcnow())
            else:
                row.questions = clean
                row.updated = self._clock.utcnow()
                row.save()
        return clean

    def record_report(
        self, profile_id: ProfileId, *, start: dt.date, end: dt.date, deidentified: bool
    ) -> ReportRecord:
        if end < start:
            raise OutOfRangeError(f"Not saved: the report ends ({end}) before it starts ({start}).")
        with _storage_errors("note the report"), self._db.atomic():
            _require(ProfileRow, profile_id, "profile")
            row = ReportRow.create(
                profile=profile_id,
                generated=self._clock.utcnow(),
                period_start=start,
                period_end=end,
                deidentified=deidentified,
            )
        return _record(row)

    def last_report(self, profile_id: ProfileId) -> ReportRecord | None:
        with _storage_errors("read the report log"):
            row = (
                ReportRow.select()
                .where(ReportRow.profile == profile_id)
                .order_by(ReportRow.generated.desc(), ReportRow.id.desc())
                .first()
            )
        return None if row is None else _record(row)


def _record(row: ReportRow) -> ReportRecord:
    return ReportRecord(row.generated, _date(row.period_start), _date(row.period_end), bool(row.deidentified))


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
