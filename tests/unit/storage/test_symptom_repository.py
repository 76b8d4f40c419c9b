"""Check-ins, screenings and questionnaire responses round-trip on SQLite and PostgreSQL; undo; ranges."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import peewee
import pytest

from sciatica_desktop.domain.catalogue import bundled_content_dir
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.measures import ItemAnswer, Questionnaire
from sciatica_desktop.domain.measures_load import load_questionnaires
from sciatica_desktop.domain.records import Profile, SessionStatus
from sciatica_desktop.domain.redflags import Answer, ScreeningReason, Urgency, blocking
from sciatica_desktop.domain.stats import PainPoint
from sciatica_desktop.domain.symptoms import CheckIn, CheckInContext, LegExtent, Numbness, Trigger
from sciatica_desktop.storage.db import OpenedDatabase
from sciatica_desktop.storage.models_symptoms import CheckInRow
from sciatica_desktop.storage.repository import Repository
from sciatica_desktop.storage.symptom_repository import SymptomRepository


@pytest.fixture
def symptoms(opened: OpenedDatabase, clock: FakeClock) -> SymptomRepository:
    return SymptomRepository(opened.db, clock)


@pytest.fixture
def me(repo: Repository) -> Profile:
    return repo.ensure_profile()


@pytest.fixture(scope="module")
def questionnaires() -> dict[str, Questionnaire]:
    return {q.id: q for q in load_questionnaires([bundled_content_dir()])[0]}


def full_check_in(clock: FakeClock, **changes: object) -> CheckIn:
    base = CheckIn(
        when=clock.utcnow(),
        back_pain=4,
        leg_pain=7,
        leg_extent=LegExtent.BELOW_KNEE,
        numbness=Numbness.SOME,
        weakness=True,
        sitting_minutes=25,
        triggers=frozenset({Trigger.SITTING, Trigger.DRIVING}),
        note="  bad night  ",
        context=CheckInContext.ANY,  # a full check-in; the quick workout prompts ask only pain
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_check_in_round_trips_every_field(
    symptoms: SymptomRepository, me: Profile, clock: FakeClock
) -> None:
    entry = full_check_in(clock, when=clock.utcnow().astimezone(dt.timezone(dt.timedelta(hours=-5))))
    saved = symptoms.add_check_in(me.id, entry)
    loaded = symptoms.get_check_in(saved.id)
    assert loaded is not None
    assert loaded.entry == replace(entry, note="bad night")
    assert loaded.entry.when.tzinfo == dt.UTC and loaded.profile_id == me.id and not loaded.deleted
    quick = symptoms.add_check_in(me.id, CheckIn(when=clock.utcnow(), back_pain=0, leg_pain=10))
    assert symptoms.get_check_in(quick.id).entry.sitting_minutes is None  # type: ignore[union-attr]


def test_a_check_in_links_to_its_workout(
    symptoms: SymptomRepository,
    repo: Repository,
    me: Profile,
    clock: FakeClock,
    *,
    plan: tuple,
    make_set,  # type: ignore[no-untyped-def]
) -> None:
    session = repo.start_session(me.id, "Starter", plan)
    repo.record_set(session.id, make_set())
    saved = symptoms.add_check_in(me.id, full_check_in(clock), session_id=session.id)
    assert symptoms.get_check_in(saved.id).session_id == session.id  # type: ignore[union-attr]
    assert symptoms.session_starts(me.id) == [session.started]


def test_edit_then_delete_then_undo(symptoms: SymptomRepository, me: Profile, clock: FakeClock) -> None:
    first = symptoms.add_check_in(me.id, full_check_in(clock))
    clock.advance(3600)
    second = symptoms.add_check_in(me.id, full_check_in(clock, back_pain=1))
    edited = symptoms.update_check_in(first.id, replace(first.entry, leg_pain=2, note="edited"))
    assert edited.entry.leg_pain == 2 and symptoms.get_check_in(first.id).entry.note == "edited"  # type: ignore[union-attr]

    gone = symptoms.delete_check_in(first.id)
    assert gone.entry == edited.entry
    assert [c.id for c in symptoms.check_ins(me.id)] == [second.id]
    assert symptoms.pain_points(me.id) == [PainPoint(second.entry.when, 1, 7, LegExtent.BELOW_KNEE.rank)]

    symptoms.restore_check_in(first.id)
    assert [c.id for c in symptoms.check_ins(me.id)] == [first.id, second.id]
    assert [c.id for c in symptoms.check_ins(me.id, newest_first=True, limit=1)] == [second.id]
    assert len(symptoms.pain_points(me.id)) == 2


def test_out_of_range_check_ins_are_refused_at_the_boundary(
    symptoms: SymptomRepository, me: Profile, clock: FakeClock
) -> None:
    entry = full_check_in(clock)
    for name, bad in (
        ("back_pain", 11),
        ("leg_pain", -1),
        ("sitting_minutes", 99_999),
        ("note", "x" * 5000),
    ):
        sneaky = full_check_in(clock)
        object.__setattr__(sneaky, name, bad)  # a caller that bypassed the dataclass's own check
        with pytest.raises(OutOfRangeError):
            symptoms.add_check_in(me.id, sneaky)
    assert symptoms.check_ins(me.id) == []
    saved = symptoms.add_check_in(me.id, entry)
    object.__setattr__(entry, "leg_pain", 12)
    with pytest.raises(OutOfRangeError):
        symptoms.update_check_in(saved.id, entry)
    assert symptoms.get_check_in(saved.id).entry.leg_pain == 7  # type: ignore[union-attr]


def test_the_database_refuses_what_slips_past(opened: OpenedDatabase, me: Profile, clock: FakeClock) -> None:
    with pytest.raises(peewee.IntegrityError), opened.db.atomic():
        CheckInRow.create(
            profile=me.id,
            when=clock.utcnow(),
            back_pain=11,
            leg_pain=0,
            leg_extent="none",
            numbness="none",
            context="any",
        )


def test_a_screening_round_trips_and_blocks_until_care_is_confirmed(
    symptoms: SymptomRepository, me: Profile, clock: FakeClock
) -> None:
    answers = (Answer("both_legs", "Both legs?", True), Answer("cancer", "Cancer?", False))
    urgent = symptoms.record_screening(
        me.id,
        when=clock.utcnow(),
        reason=ScreeningReason.FIRST_USE,
        urgency=Urgency.STOP_URGENT,
        answers=answers,
    )
    assert urgent.answers == answers and urgent.care_confirmed is None
    assert blocking(symptoms.screenings(me.id)) == urgent
    clock.advance(7200)
    confirmed = symptoms.confirm_care(urgent.id)
    assert confirmed.care_confirmed == clock.utcnow()
    assert blocking(symptoms.screenings(me.id)) is None
    assert symptoms.screenings(me.id) == [confirmed]
    with pytest.raises(OutOfRangeError):
        symptoms.record_screening(
            me.id, when=clock.utcnow(), reason=ScreeningReason.WEEKLY, urgency=Urgency.CLEAR, answers=()
        )


def test_responses_round_trip_with_undo_and_refuse_bad_answers(
    symptoms: SymptomRepository, me: Profile, clock: FakeClock, questionnaires: dict[str, Questionnaire]
) -> None:
    psfs, pgic = questionnaires["psfs"], questionnaires["pgic"]
    answers = (
        ItemAnswer("activity_1", 3, "sitting at work"),
        ItemAnswer("activity_2", 5, "gardening"),
        ItemAnswer("activity_3", 7, "driving"),
    )
    first = symptoms.add_response(me.id, psfs, answers, when=clock.utcnow())
    assert first.response.score == 5 and first.response.answers == answers
    clock.advance(86400)
    second = symptoms.add_response(me.id, pgic, [ItemAnswer("change", 2)], when=clock.utcnow())
    assert [r.id for r in symptoms.responses(me.id)] == [first.id, second.id]
    assert [r.id for r in symptoms.responses(me.id, "pgic")] == [second.id]
    assert symptoms.last_responses(me.id) == {"psfs": first.response.when, "pgic": second.response.when}
    symptoms.delete_response(first.id)
    assert [r.id for r in symptoms.responses(me.id)] == [second.id]
    symptoms.restore_response(first.id)
    assert symptoms.responses(me.id, "psfs") == [first]
    with pytest.raises(OutOfRangeError):
        symptoms.add_response(me.id, pgic, [ItemAnswer("change", 9)], when=clock.utcnow())
    with pytest.raises(OutOfRangeError):
        symptoms.add_response(me.id, pgic, [ItemAnswer("change", 1)], when=dt.datetime(2026, 1, 1))
    assert len(symptoms.responses(me.id)) == 2


def test_session_starts_count_only_sessions_with_a_finished_set(
    symptoms: SymptomRepository,
    repo: Repository,
    me: Profile,
    clock: FakeClock,
    *,
    plan,
    make_set,  # type: ignore[no-untyped-def]
) -> None:
    """A session opened and ended at once, or with only a part-done set, does not keep a streak alive."""
    empty = repo.start_session(me.id, "r", plan)
    repo.finish_session(empty.id, SessionStatus.ENDED_EARLY)
    clock.advance(3600)
    partial = repo.start_session(me.id, "r", plan)
    repo.record_set(partial.id, make_set(skipped=True, reps_done=3))
    clock.advance(3600)
    real = repo.start_session(me.id, "r", plan)
    repo.record_set(real.id, make_set())
    assert symptoms.session_starts(me.id) == [real.started]


def test_safety_questions_owed_are_kept_until_answered(
    symptoms: SymptomRepository, me: Profile, clock: FakeClock, opened: OpenedDatabase
) -> None:
    assert symptoms.owed_screening(me.id) is None
    symptoms.owe_screening(me.id, ScreeningReason.WEEKLY, when=clock.utcnow())
    assert symptoms.owed_screening(me.id) is ScreeningReason.WEEKLY
    symptoms.owe_screening(me.id, ScreeningReason.NERVE_SIGNS, when=clock.utcnow())
    symptoms.owe_screening(me.id, ScreeningReason.WEEKLY, when=clock.utcnow())  # never a milder reason
    assert SymptomRepository(opened.db, clock).owed_screening(me.id) is ScreeningReason.NERVE_SIGNS
    symptoms.record_screening(
        me.id, when=clock.utcnow(), reason=ScreeningReason.NERVE_SIGNS, urgency=Urgency.CLEAR,
        answers=[Answer("q1", "Numbness around the groin?", False)],
    )
    assert symptoms.owed_screening(me.id) is None  # answered


def test_owed_questions_refuse_a_naive_time_or_an_unknown_profile(
    symptoms: SymptomRepository, me: Profile, clock: FakeClock
) -> None:
    with pytest.raises(OutOfRangeError):
        symptoms.owe_screening(me.id, ScreeningReason.WEEKLY, when=dt.datetime(2026, 1, 1))
    with pytest.raises(KeyError, match="no profile"):
        symptoms.owe_screening(me.id + 999, ScreeningReason.WEEKLY, when=clock.utcnow())  # type: ignore[operator]
    assert symptoms.owed_screening(me.id) is None
