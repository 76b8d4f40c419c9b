"""Tables for symptoms (schema version 3): check-ins, red-flag screenings and their answers,
questionnaire responses and their item answers.

Deleting a check-in or a response sets ``deleted`` (a soft delete) so the patient can undo it; reads
leave deleted rows out. CHECK constraints repeat the ranges the repository checks first.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Check,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from sciatica_desktop.domain.symptoms import (
    NOTE_MAX,
    SITTING_MAX_MINUTES,
    CheckInContext,
    LegExtent,
    Numbness,
)
from sciatica_desktop.storage.models import BaseModel, ProfileRow, SessionRow, UtcDateTimeField, _one_of

ID_MAX = 100
TEXT_MAX = 1000
URGENCY_VALUES = ("clear", "see_doctor_soon", "stop_urgent")
REASON_VALUES = ("first_use", "weekly", "nerve_signs", "after_care", "manual")


def _values(kind: type[LegExtent] | type[Numbness] | type[CheckInContext]) -> tuple[str, ...]:
    return tuple(m.value for m in kind)


class CheckInRow(BaseModel):
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete="CASCADE", column_name="profile_id")
    profile_id: int
    session = ForeignKeyField(SessionRow, null=True, on_delete="SET NULL", column_name="session_id")
    session_id: int | None
    when = UtcDateTimeField(column_name="at_utc")  # "when" is an SQL keyword
    back_pain = IntegerField(constraints=[Check("back_pain BETWEEN 0 AND 10")])
    leg_pain = IntegerField(constraints=[Check("leg_pain BETWEEN 0 AND 10")])
    leg_extent = CharField(max_length=20, constraints=[_one_of("leg_extent", _values(LegExtent))])
    numbness = CharField(max_length=20, constraints=[_one_of("numbness", _values(Numbness))])
    weakness = BooleanField(default=False)
    sitting_minutes = IntegerField(
        null=True, constraints=[Check(f"sitting_minutes BETWEEN 0 AND {SITTING_MAX_MINUTES}")]
    )
    triggers = CharField(max_length=200, default="")  # sorted trigger values, comma-separated
    note = TextField(default="", constraints=[Check(f"length(note) <= {NOTE_MAX}")])
    context = CharField(max_length=20, constraints=[_one_of("context", _values(CheckInContext))])
    deleted = BooleanField(default=False)

    class Meta:
        table_name = "check_in"
        indexes = ((("profile", "when"), False),)


class ScreeningRow(BaseModel):
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete="CASCADE", column_name="profile_id")
    profile_id: int
    when = UtcDateTimeField(column_name="at_utc")  # "when" is an SQL keyword
    reason = CharField(max_length=20, constraints=[_one_of("reason", REASON_VALUES)])
    urgency = CharField(max_length=20, constraints=[_one_of("urgency", URGENCY_VALUES)])
    care_confirmed = UtcDateTimeField(null=True)

    class Meta:
        table_name = "red_flag_screening"
        indexes = ((("profile", "when"), False),)


class RedFlagAnswerRow(BaseModel):
    id = AutoField()
    screening = ForeignKeyField(ScreeningRow, on_delete="CASCADE", column_name="screening_id", index=True)
    screening_id: int
    question_id = CharField(max_length=ID_MAX)
    question_text = TextField()
    yes = BooleanField()

    class Meta:
        table_name = "red_flag_answer"


class ResponseRow(BaseModel):
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete="CASCADE", column_name="profile_id")
    profile_id: int
    questionnaire_id = CharField(max_length=ID_MAX)
    when = UtcDateTimeField(column_name="at_utc")  # "when" is an SQL keyword
    score = FloatField()
    deleted = BooleanField(default=False)

    class Meta:
        table_name = "questionnaire_response"
        indexes = ((("profile", "questionnaire_id", "when"), False),)


class ItemAnswerRow(BaseModel):
    id = AutoField()
    response = ForeignKeyField(ResponseRow, on_delete="CASCADE", column_name="response_id", index=True)
    response_id: int
    item_id = CharField(max_length=ID_MAX)
    value = IntegerField()
    label = CharField(max_length=TEXT_MAX, default="")

    class Meta:
        table_name = "questionnaire_item_answer"


class OwedScreeningRow(BaseModel):
    """Safety questions that became due and were closed unanswered, one row per profile: they are asked
    before the next workout, after a restart too, until they are answered (schema version 5). A later
    correction of the check-in does not clear them: only answers do, which errs on the safe side."""

    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete="CASCADE", column_name="profile_id", unique=True)
    profile_id: int
    reason = CharField(max_length=20, constraints=[_one_of("reason", REASON_VALUES)])
    since = UtcDateTimeField(column_name="since_utc")  # when they were first owed

    class Meta:
        table_name = "red_flag_screening_owed"


# The tables schema version 3 added. OwedScreeningRow is not among them: version 5 adds it
# (migration_v5.TABLES), so a version-3 step never creates a table that belongs to a later one.
SYMPTOM_TABLES: tuple[type[BaseModel], ...] = (
    CheckInRow,
    ScreeningRow,
    RedFlagAnswerRow,
    ResponseRow,
    ItemAnswerRow,
)
