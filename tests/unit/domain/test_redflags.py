"""The red-flag decision table, every row; when to ask; the bundled file; a malformed file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sciatica_desktop.domain.catalogue import bundled_content_dir
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.redflags import (
    RED_FLAGS_FILE,
    Question,
    Screening,
    ScreeningId,
    ScreeningReason,
    Urgency,
    blocking,
    decide,
    load_red_flags,
    screening_due,
)
from sciatica_desktop.domain.symptoms import CheckIn, Numbness

Q = (
    Question("both_legs", "Both legs?", Urgency.STOP_URGENT),
    Question("saddle", "Saddle numbness?", Urgency.STOP_URGENT),
    Question("cancer", "Cancer?", Urgency.SEE_DOCTOR_SOON),
    Question("fever", "Fever?", Urgency.SEE_DOCTOR_SOON),
)
NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


def answers(*yes: str) -> dict[str, bool]:
    return {q.id: q.id in yes for q in Q}


@pytest.mark.parametrize(
    ("yes", "urgency"),
    [
        ((), Urgency.CLEAR),
        (("both_legs",), Urgency.STOP_URGENT),
        (("saddle",), Urgency.STOP_URGENT),
        (("both_legs", "saddle"), Urgency.STOP_URGENT),
        (("cancer",), Urgency.SEE_DOCTOR_SOON),
        (("cancer", "fever"), Urgency.SEE_DOCTOR_SOON),
        (("saddle", "cancer"), Urgency.STOP_URGENT),  # the emergency wins over the other answers
        (("both_legs", "saddle", "cancer", "fever"), Urgency.STOP_URGENT),
    ],
)
def test_decision_table(yes: tuple[str, ...], urgency: Urgency) -> None:
    decision = decide(Q, answers(*yes))
    assert decision.urgency is urgency
    assert decision.yes_to == tuple(q.id for q in Q if q.id in yes)


def test_an_unanswered_or_unknown_question_is_refused() -> None:
    partial = answers()
    del partial["fever"]
    with pytest.raises(ValueError, match="fever"):
        decide(Q, partial)
    with pytest.raises(ValueError, match="made_up"):
        decide(Q, {**answers(), "made_up": False})


def screening(urgency: Urgency, when: dt.datetime = NOW, confirmed: dt.datetime | None = None) -> Screening:
    return Screening(ScreeningId(1), ProfileId(1), when, ScreeningReason.MANUAL, urgency, (), confirmed)


def test_when_to_ask() -> None:
    assert screening_due(last=None, now=NOW, recheck_days=7) is ScreeningReason.FIRST_USE
    clear = screening(Urgency.CLEAR, NOW - dt.timedelta(days=6))
    assert screening_due(last=clear, now=NOW, recheck_days=7) is None
    old = screening(Urgency.CLEAR, NOW - dt.timedelta(days=7))
    assert screening_due(last=old, now=NOW, recheck_days=7) is ScreeningReason.WEEKLY
    before = CheckIn(when=NOW - dt.timedelta(days=1), back_pain=2, leg_pain=3)
    numb = CheckIn(when=NOW, back_pain=2, leg_pain=3, numbness=Numbness.SOME)
    assert screening_due(last=clear, now=NOW, recheck_days=7, previous=before, current=numb) is (
        ScreeningReason.NERVE_SIGNS
    )
    same = CheckIn(when=NOW, back_pain=2, leg_pain=3)
    assert screening_due(last=clear, now=NOW, recheck_days=7, previous=before, current=same) is None
    confirmed = screening(Urgency.STOP_URGENT, NOW - dt.timedelta(hours=3), confirmed=NOW)
    assert screening_due(last=confirmed, now=NOW, recheck_days=7) is ScreeningReason.AFTER_CARE


def test_an_urgent_answer_blocks_until_care_is_confirmed() -> None:
    assert blocking([screening(Urgency.CLEAR), screening(Urgency.SEE_DOCTOR_SOON)]) is None
    urgent = screening(Urgency.STOP_URGENT)
    assert blocking([screening(Urgency.CLEAR), urgent]) is urgent
    assert blocking([screening(Urgency.STOP_URGENT, confirmed=NOW)]) is None


def test_the_bundled_questions_load() -> None:
    flags, problems = load_red_flags([bundled_content_dir() / RED_FLAGS_FILE])
    assert problems == [] and flags is not None
    urgent = [q for q in flags.questions if q.urgency is Urgency.STOP_URGENT]
    assert len(urgent) == 4 and len(flags.questions) >= 8
    assert set(flags.messages) == set(Urgency) and flags.recheck_days == 7 and flags.sources


def test_a_broken_clinic_file_is_named_and_the_bundled_one_is_kept(tmp_path: Path) -> None:
    clinic = tmp_path / "red_flags.toml"
    bundled = bundled_content_dir() / RED_FLAGS_FILE
    text = bundled.read_text(encoding="utf-8")
    clinic.write_text(text.replace('\nurgency = "stop_urgent"', '\nurgency = "soon"', 1), encoding="utf-8")
    flags, problems = load_red_flags([bundled, clinic])
    assert flags is not None and len(flags.questions) == 10
    assert len(problems) == 1
    assert "red_flags.toml: question 'both_legs', field 'urgency'" in str(problems[0])
