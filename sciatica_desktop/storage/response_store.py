"""Storage for questionnaire responses (mixed into :class:`~.symptom_repository.SymptomRepository`).

A response is scored by the domain against its questionnaire before it is written, so a stored score
always matches its answers; deletes are soft so they can be undone.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Any, cast

from peewee import Database, fn

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.measures import (
    ItemAnswer,
    LoggedResponse,
    Questionnaire,
    Response,
    ResponseId,
    score,
)
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.symptoms import check_aware
from sciatica_desktop.storage.models import ProfileRow
from sciatica_desktop.storage.models_symptoms import TEXT_MAX, ItemAnswerRow, ResponseRow
from sciatica_desktop.storage.repository import _storage_errors


class ResponseStore:
    _db: Database
    _clock: Clock

    def add_response(
        self,
        profile_id: ProfileId,
        questionnaire: Questionnaire,
        answers: Sequence[ItemAnswer],
        *,
        when: dt.datetime,
    ) -> LoggedResponse:
        """Score and save a response; answers are checked against the questionnaire's items."""
        check_aware("the response time", when)
        value = score(questionnaire, answers)  # raises OutOfRangeError on a bad answer
        if not math.isfinite(value):
            raise OutOfRangeError(f"Not saved: the {questionnaire.short_name} score is not a number.")
        for a in answers:
            if len(a.label) > TEXT_MAX:
                raise OutOfRangeError(f"Not saved: the activity name is longer than {TEXT_MAX} characters.")
        with _storage_errors("save the answers"), self._db.atomic():
            _require(ProfileRow, profile_id, "profile")
            row = ResponseRow.create(
                profile=profile_id, questionnaire_id=questionnaire.id, when=when, score=value
            )
            ItemAnswerRow.insert_many(
                [
                    {"response": row.id, "item_id": a.item_id, "value": a.value, "label": a.label.strip()}
                    for a in answers
                ]
            ).execute()
        return self._responses([row])[0]

    def delete_response(self, response_id: ResponseId) -> LoggedResponse:
        return self._set_response_deleted(response_id, True)

    def restore_response(self, response_id: ResponseId) -> LoggedResponse:
        return self._set_response_deleted(response_id, False)

    def _set_response_deleted(self, response_id: ResponseId, deleted: bool) -> LoggedResponse:
        with _storage_errors("change the answers"), self._db.atomic():
            row = _require(ResponseRow, response_id, "response")
            row.deleted = deleted
            row.save()
        return self._responses([row])[0]

    def responses(self, profile_id: ProfileId, questionnaire_id: str | None = None) -> list[LoggedResponse]:
        """The profile's responses (not deleted), oldest first."""
        query = ResponseRow.select().where(
            (ResponseRow.profile == profile_id) & (ResponseRow.deleted == False)  # noqa: E712
        )
        if questionnaire_id is not None:
            query = query.where(ResponseRow.questionnaire_id == questionnaire_id)
        with _storage_errors("read the answers"):
            return self._responses(list(query.order_by(ResponseRow.when, ResponseRow.id)))

    def last_responses(self, profile_id: ProfileId) -> dict[str, dt.datetime]:
        """When each questionnaire was last answered."""
        query = (
            ResponseRow.select(ResponseRow.questionnaire_id, fn.MAX(ResponseRow.when).alias("last"))
            .where((ResponseRow.profile == profile_id) & (ResponseRow.deleted == False))  # noqa: E712
            .group_by(ResponseRow.questionnaire_id)
        )
        with _storage_errors("read the answers"):
            return {qid: _utc(last) for qid, last in _raw(self._db, query)}

    def _responses(self, rows: list[ResponseRow]) -> list[LoggedResponse]:
        answers: dict[int, list[ItemAnswer]] = {r.id: [] for r in rows}
        if rows:
            for a in (
                ItemAnswerRow.select()
                .where(ItemAnswerRow.response.in_(list(answers)))
                .order_by(ItemAnswerRow.id)
            ):
                answers[a.response_id].append(ItemAnswer(a.item_id, a.value, a.label))
        return [
            LoggedResponse(
                ResponseId(r.id),
                ProfileId(r.profile_id),
                Response(r.questionnaire_id, r.when, tuple(answers[r.id]), r.score),
            )
            for r in rows
        ]


def _require(model: Any, key: int, what: str) -> Any:
    row = model.get_or_none(model.id == key)
    if row is None:
        raise KeyError(f"no {what} with id {key}")
    return row


def _raw(db: Database, query: Any) -> Iterable[tuple[Any, ...]]:
    sql, params = query.sql()
    return cast(Iterable[tuple[Any, ...]], cast(Any, db).execute_sql(sql, params).fetchall())


def _utc(value: Any) -> dt.datetime:
    """A stored UTC time (SQLite text, or a naive PostgreSQL timestamp) as an aware datetime."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if not isinstance(value, dt.datetime):
        raise TypeError(f"not a stored time: {value!r}")
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
