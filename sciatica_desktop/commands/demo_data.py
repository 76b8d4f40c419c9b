"""``sciatica-desktop demo-data``: fill a profile with a made-up, reproducible history (see
:mod:`sciatica_desktop.services.demo_history`) for demonstrations and screenshots.
"""

from __future__ import annotations

import datetime as dt

from sciatica_desktop.app import Options, build_core, content_layers
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.records import SessionStatus
from sciatica_desktop.domain.redflags import Answer, ScreeningReason, Urgency
from sciatica_desktop.services.checkins import load_symptom_content
from sciatica_desktop.services.demo_history import generate
from sciatica_desktop.storage.repository import Repository
from sciatica_desktop.storage.symptom_repository import SymptomRepository


class _SetClock:
    """A wall clock the writer moves to each record's time (the repository stamps times from its clock)."""

    def __init__(self, wall: dt.datetime) -> None:
        self.wall = wall

    def now(self) -> float:
        return self.wall.timestamp()

    def utcnow(self) -> dt.datetime:
        return self.wall

    def today(self) -> dt.date:
        return self.wall.astimezone().date()


def run_demo_data(options: Options, *, profile: str, weeks: int, seed: int) -> int:
    if not 1 <= weeks <= 520:
        raise KnownError(f"--weeks must be from 1 to 520, not {weeks}.")
    core = build_core(options)
    try:
        content = load_symptom_content(content_layers(core.data_dir))
        now = core.clock.utcnow()
        history = generate(
            today=now.astimezone().date(), weeks=weeks, seed=seed, routine=core.routine_items, now=now
        )
        clock = _SetClock(history.start)
        repo = Repository(core.opened.db, clock)
        symptoms = SymptomRepository(core.opened.db, clock)
        who = repo.ensure_profile(profile)
        if symptoms.check_ins(who.id, limit=1) or repo.list_sessions(who.id, limit=1):
            raise KnownError(
                f"The profile {who.name!r} already has records; demo data goes into an empty profile. "
                "Choose another --profile or --data-dir."
            )
        flags = content.red_flags
        for when in history.screenings:
            if flags is not None:
                answers = [Answer(q.id, q.text, False) for q in flags.questions]
                reason = (
                    ScreeningReason.FIRST_USE if when == history.screenings[0] else ScreeningReason.WEEKLY
                )
                symptoms.record_screening(
                    who.id, when=when, reason=reason, urgency=Urgency.CLEAR, answers=answers
                )
        for entry in history.check_ins:
            symptoms.add_check_in(who.id, entry)
        for workout in history.workouts:
            clock.wall = workout.started
            if workout.before is not None:
                symptoms.add_check_in(who.id, workout.before)
            session = repo.start_session(who.id, core.routine_name or "Starter routine", workout.plan)
            for result in workout.sets:
                repo.record_set(session.id, result)
            clock.wall = workout.ended
            repo.finish_session(session.id, SessionStatus.COMPLETED)
            if workout.after is not None:
                symptoms.add_check_in(who.id, workout.after, session_id=session.id)
        for response in history.responses:
            q = content.questionnaire(response.questionnaire_id)
            if q is not None:
                symptoms.add_response(who.id, q, response.answers, when=response.when)
        total_checkins = len(history.check_ins) + sum(
            (w.before is not None) + (w.after is not None) for w in history.workouts
        )
        print(
            f"Profile {who.name!r}: {weeks} weeks, {total_checkins} check-ins, "
            f"{len(history.workouts)} workouts "
            f"({sum(len(w.sets) for w in history.workouts)} sets), {len(history.responses)} questionnaires, "
            f"{len(history.screenings)} safety screenings. Data folder: {core.data_dir.root}"
        )
        return 0
    finally:
        core.close()
