"""Tables for appointment summaries (schema version 4): the patient's questions for their therapist, kept
per profile until the next appointment, and when each report was made (the next one's default start).
"""

from __future__ import annotations

from peewee import AutoField, BooleanField, DateField, ForeignKeyField, TextField

from sciatica_desktop.storage.models import BaseModel, ProfileRow, UtcDateTimeField

QUESTIONS_MAX = 4000


class TherapistNoteRow(BaseModel):
    """One per profile: "Questions for my therapist", printed on the summary's first page."""

    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete="CASCADE", column_name="profile_id", unique=True)
    profile_id: int  # peewee's id accessor for the key above, declared for the type checker
    questions = TextField(default="")
    updated = UtcDateTimeField()

    class Meta:
        table_name = "therapist_note"


class ReportRow(BaseModel):
    """A summary that was written to a PDF or sent to a printer, with the days it covered."""

    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete="CASCADE", column_name="profile_id")
    profile_id: int
    generated = UtcDateTimeField(index=True)
    period_start = DateField()
    period_end = DateField()
    deidentified = BooleanField(default=False)

    class Meta:
        table_name = "report_log"


REPORT_TABLES: tuple[type[BaseModel], ...] = (TherapistNoteRow, ReportRow)
