"""Nerve signs are compared between full check-ins: a quick workout prompt neither hides nor invents them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from sciatica_desktop.domain.catalogue import bundled_content_dir
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.redflags import ScreeningReason
from sciatica_desktop.domain.symptoms import CheckIn, CheckInContext, LegExtent, Numbness
from sciatica_desktop.services.checkins import CheckInService, Logged, load_symptom_content
from sciatica_desktop.storage.datadir import prepare_data_dir
from sciatica_desktop.storage.db import open_database
from sciatica_desktop.storage.repository import Repository
from sciatica_desktop.storage.symptom_repository import SymptomRepository


@pytest.fixture
def checkins(tmp_path: Path) -> Iterator[tuple[CheckInService, ProfileId, FakeClock]]:
    """The check-in service over a fresh database, with the bundled content, and the profile 'Me'."""
    clock = FakeClock()
    opened = open_database(data_dir=prepare_data_dir(tmp_path), clock=clock)
    try:
        me = Repository(opened.db, clock).ensure_profile().id
        service = CheckInService(
            store=SymptomRepository(opened.db, clock),
            content=load_symptom_content([bundled_content_dir()]),
            clock=clock,
        )
        yield service, me, clock
    finally:
        opened.close()


def test_a_workout_prompt_between_full_check_ins_does_not_retrigger_screening(
    checkins: tuple[CheckInService, ProfileId, FakeClock],
) -> None:
    service, me, clock = checkins
    some = {"numbness": Numbness.SOME, "leg_extent": LegExtent.BELOW_KNEE}
    first = service.log(me, CheckIn(when=clock.utcnow(), back_pain=3, leg_pain=5, **some))
    assert first.ask_red_flags is ScreeningReason.FIRST_USE
    all_no = {q.id: False for q in service.content.red_flags.questions}  # type: ignore[union-attr]
    service.submit_screening(me, all_no, ScreeningReason.FIRST_USE)
    clock.advance(3600)
    prompt = CheckIn(when=clock.utcnow(), back_pain=3, leg_pain=4, context=CheckInContext.PRE_WORKOUT)
    assert service.log(me, prompt).ask_red_flags is None
    clock.advance(3600)
    # the same 'some numbness' as before the prompt: nothing new, nothing to ask
    assert (
        service.log(me, CheckIn(when=clock.utcnow(), back_pain=3, leg_pain=4, **some)).ask_red_flags
        is None
    )
    clock.advance(dt.timedelta(hours=1).total_seconds())
    worse = {"numbness": Numbness.A_LOT, "leg_extent": LegExtent.BELOW_KNEE}
    logged = service.log(me, CheckIn(when=clock.utcnow(), back_pain=3, leg_pain=4, **worse))
    assert logged.ask_red_flags is ScreeningReason.NERVE_SIGNS


def _screened_check_in(
    service: CheckInService, me: ProfileId, clock: FakeClock
) -> tuple[CheckIn, Logged, dict[str, bool]]:
    """A first check-in without nerve signs, its first-use questions answered all "no"."""
    none = CheckIn(when=clock.utcnow(), back_pain=3, leg_pain=4, leg_extent=LegExtent.BELOW_KNEE)
    first = service.log(me, none)
    all_no = {q.id: False for q in service.content.red_flags.questions}  # type: ignore[union-attr]
    service.submit_screening(me, all_no, first.ask_red_flags)  # type: ignore[arg-type]
    return none, first, all_no


def test_correcting_a_check_in_to_worse_nerve_signs_asks_the_safety_questions_again(
    checkins: tuple[CheckInService, ProfileId, FakeClock],
) -> None:
    service, me, clock = checkins
    none, first, _all_no = _screened_check_in(service, me, clock)
    clock.advance(60)
    # a correction that changes only the pain score: nothing new to ask
    assert service.edit(first.check_in.id, replace(none, leg_pain=5)).ask_red_flags is None
    # "no numbness" corrected to "a lot": asked, as if it had been logged that way
    worse = replace(none, numbness=Numbness.A_LOT)
    edited = service.edit(first.check_in.id, worse)
    assert edited.ask_red_flags is ScreeningReason.NERVE_SIGNS
    assert edited.check_in.entry.numbness is Numbness.A_LOT
    # new weakness is a nerve sign too
    assert service.edit(first.check_in.id, replace(worse, weakness=True)).ask_red_flags is (
        ScreeningReason.NERVE_SIGNS
    )
    # easing it back is not
    assert service.edit(first.check_in.id, none).ask_red_flags is None


def test_worse_nerve_signs_left_unscreened_are_asked_at_the_next_start(
    checkins: tuple[CheckInService, ProfileId, FakeClock],
) -> None:
    """Closing the questions without answering must not lose them, nor may a second, equally bad check-in."""
    service, me, clock = checkins
    none, _first, all_no = _screened_check_in(service, me, clock)
    assert service.gate_reason(me) is None
    clock.advance(3600)
    a_lot = replace(none, when=clock.utcnow(), numbness=Numbness.A_LOT)
    assert service.log(me, a_lot).ask_red_flags is ScreeningReason.NERVE_SIGNS  # and closed unanswered
    assert service.gate_reason(me) is ScreeningReason.NERVE_SIGNS
    clock.advance(3600)
    # the same 'a lot' again is not worse than the check-in before it, but still worse than when screened
    assert service.log(me, replace(a_lot, when=clock.utcnow())).ask_red_flags is None
    assert service.gate_reason(me) is ScreeningReason.NERVE_SIGNS
    clock.advance(60)
    service.submit_screening(me, all_no, ScreeningReason.NERVE_SIGNS)
    assert service.gate_reason(me) is None


def test_a_corrected_check_in_whose_questions_were_closed_is_asked_after_a_restart(
    checkins: tuple[CheckInService, ProfileId, FakeClock],
) -> None:
    """The newest check-in itself corrected to worse, after it was screened: nothing on disk but the owed
    questions says so, and a restart (a new service on the same database) must still ask them."""
    service, me, clock = checkins
    none, first, all_no = _screened_check_in(service, me, clock)
    clock.advance(60)
    edited = service.edit(first.check_in.id, replace(none, numbness=Numbness.A_LOT))
    assert edited.ask_red_flags is ScreeningReason.NERVE_SIGNS
    assert service.gate_reason(me) is None  # what the records alone say: screened at this check-in
    service.owe_screening(me, ScreeningReason.NERVE_SIGNS)  # the questions were shown and closed (Esc)
    restarted = CheckInService(store=service._store, content=service.content, clock=clock)
    assert restarted.gate_reason(me) is ScreeningReason.NERVE_SIGNS
    clock.advance(8 * 86400)  # the weekly re-check is due as well: the nerve signs are the reason given
    assert restarted.gate_reason(me) is ScreeningReason.NERVE_SIGNS
    restarted.submit_screening(me, all_no, ScreeningReason.NERVE_SIGNS)
    assert restarted.gate_reason(me) is None and restarted.owed_screening(me) is None


def test_owed_questions_are_not_asked_when_no_questions_could_be_loaded(
    checkins: tuple[CheckInService, ProfileId, FakeClock],
) -> None:
    service, me, clock = checkins
    service.owe_screening(me, ScreeningReason.NERVE_SIGNS)
    no_questions = replace(service.content, red_flags=None)
    without = CheckInService(store=service._store, content=no_questions, clock=clock)
    assert without.gate_reason(me) is None  # the notice tells the patient; the gate never blocks on it
