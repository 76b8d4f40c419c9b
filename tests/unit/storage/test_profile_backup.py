"""JSON backup and restore of a profile: every table round-trips; bad files change nothing and say why.

Runs on SQLite and PostgreSQL (the ``opened`` fixture).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.measures import (
    Item,
    ItemAnswer,
    ItemKind,
    MeaningfulChange,
    Questionnaire,
    Scoring,
)
from sciatica_desktop.domain.records import SessionStatus
from sciatica_desktop.domain.redflags import Answer, ScreeningReason, Urgency
from sciatica_desktop.domain.symptoms import CheckIn, CheckInContext, LegExtent, Numbness, Trigger
from sciatica_desktop.storage.migrations import MIGRATIONS, migrate, schema_version
from sciatica_desktop.storage.models_reports import REPORT_TABLES
from sciatica_desktop.storage.profile_backup import SPECS, dump_profile
from sciatica_desktop.storage.profile_restore import BackupError, restore
from sciatica_desktop.storage.report_repository import ReportRepository
from sciatica_desktop.storage.repository import Repository
from sciatica_desktop.storage.routine_repository import RoutineRepository
from sciatica_desktop.storage.symptom_repository import SymptomRepository

PSFS = Questionnaire(
    id="psfs",
    name="PSFS",
    short_name="PSFS",
    instructions="",
    scoring=Scoring.MEAN,
    higher_is_better=True,
    items=(
        Item("a1", "Activity 1", ItemKind.SCALE, ask_label=True),
        Item("a2", "Activity 2", ItemKind.SCALE),
    ),
    meaningful_change=MeaningfulChange(points=2),
    licence="free",
    sources=("Stratford 1995",),
)


def fill(opened: Any, clock: FakeClock, plan: Any, make_set: Any) -> int:
    """One profile with rows in every table of a backup, soft-deleted ones included."""
    repo, symptoms = Repository(opened.db, clock), SymptomRepository(opened.db, clock)
    me = repo.ensure_profile("Ada")
    session = repo.start_session(me.id, "Starter routine", plan)
    repo.record_set(session.id, make_set())
    repo.record_set(session.id, make_set(set_number=2, skipped=True, reps_done=0))
    repo.finish_session(session.id, SessionStatus.ENDED_EARLY)
    RoutineRepository(opened.db, clock).add_extra(me.id, "bird_dog")
    entry = CheckIn(
        when=clock.utcnow(),
        back_pain=4,
        leg_pain=6,
        leg_extent=LegExtent.BELOW_KNEE,
        numbness=Numbness.SOME,
        weakness=True,
        sitting_minutes=30,
        triggers=frozenset({Trigger.SITTING}),
        note="Ätsch, “quoted”, 痛い",
    )
    symptoms.add_check_in(me.id, entry)
    symptoms.add_check_in(
        me.id, CheckIn(clock.utcnow(), 3, 2, context=CheckInContext.POST_WORKOUT), session_id=session.id
    )
    gone = symptoms.add_check_in(me.id, CheckIn(clock.utcnow() - dt.timedelta(hours=5), 9, 9))
    symptoms.delete_check_in(gone.id)
    screening = symptoms.record_screening(
        me.id,
        when=clock.utcnow(),
        reason=ScreeningReason.FIRST_USE,
        urgency=Urgency.STOP_URGENT,
        answers=[Answer("both_legs", "Both legs?", True), Answer("cancer", "Cancer?", False)],
    )
    symptoms.confirm_care(screening.id)
    symptoms.owe_screening(me.id, ScreeningReason.NERVE_SIGNS, when=clock.utcnow())  # closed unanswered
    symptoms.add_response(
        me.id, PSFS, [ItemAnswer("a1", 3, "Socks"), ItemAnswer("a2", 5)], when=clock.utcnow()
    )
    reports = ReportRepository(opened.db, clock)
    reports.set_questions(me.id, "Can I run again?\nIs driving OK?")
    reports.record_report(me.id, start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 5), deidentified=False)
    return me.id


def comparable(dump: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The dump with ids replaced by each row's position in its table, so two databases compare."""
    position = {name: {row["id"]: n for n, row in enumerate(rows)} for name, rows in dump["tables"].items()}
    position["profile"] = {dump["profile"]["id"]: 0}
    out: dict[str, list[dict[str, Any]]] = {"profile": [{**dump["profile"], "id": 0}]}
    for spec in SPECS:
        refs = {
            f.column_name: str(f.rel_model._meta.table_name) for f in spec.fields() if hasattr(f, "rel_model")
        }
        rows = []
        for row in dump["tables"][spec.name]:
            new = {**row, "id": position[spec.name][row["id"]]}
            for column, table in refs.items():
                if new[column] is not None:
                    new[column] = position[table][new[column]]
            rows.append(new)
        out[spec.name] = rows
    return out


@pytest.fixture
def filled(opened, clock, plan, make_set):  # type: ignore[no-untyped-def]
    return fill(opened, clock, plan, make_set)


def test_every_table_has_rows_and_round_trips_into_a_new_profile(opened, clock, filled) -> None:  # type: ignore[no-untyped-def]
    dump = dump_profile(opened.db, filled, clock)
    assert all(dump["tables"][s.name] for s in SPECS), [s.name for s in SPECS if not dump["tables"][s.name]]
    result = restore(opened.db, json.dumps(dump), clock=clock, into="Copy of Ada")
    assert result.created_profile and sum(result.skipped.values()) == 0
    again = comparable(dump_profile(opened.db, result.profile.id, clock))
    original = comparable(dump)
    original["profile"][0]["name"] = "Copy of Ada"
    assert again == original


def test_owed_safety_questions_survive_a_backup_and_restore(opened, clock, filled) -> None:  # type: ignore[no-untyped-def]
    result = restore(opened.db, json.dumps(dump_profile(opened.db, filled, clock)), clock=clock, into="Copy")
    restored = SymptomRepository(opened.db, clock).owed_screening(result.profile.id)
    assert restored is ScreeningReason.NERVE_SIGNS


def test_a_backup_written_before_owed_questions_existed_is_still_read(opened, clock, filled) -> None:  # type: ignore[no-untyped-def]
    dump = dump_profile(opened.db, filled, clock)
    del dump["tables"]["red_flag_screening_owed"]  # as a file from schema version 4 has it
    result = restore(opened.db, json.dumps(dump), clock=clock, into="From an older file")
    assert result.created_profile
    assert SymptomRepository(opened.db, clock).owed_screening(result.profile.id) is None


def test_importing_twice_skips_everything_already_present(opened, clock, filled) -> None:  # type: ignore[no-untyped-def]
    text = json.dumps(dump_profile(opened.db, filled, clock))
    result = restore(opened.db, text, clock=clock)  # into the file's own profile, "Ada"
    assert not result.created_profile
    assert sum(result.added.values()) == 0
    assert result.skipped["set_log"] == 2 and result.skipped["check_in"] == 3


def _mutations() -> dict[str, Any]:
    def wrong_version(d: dict[str, Any]) -> None:
        d["version"] = 99

    def wrong_type(d: dict[str, Any]) -> None:
        d["tables"]["check_in"][0]["back_pain"] = "seven"

    def out_of_range(d: dict[str, Any]) -> None:
        d["tables"]["check_in"][0]["leg_pain"] = 11

    def duplicate_id(d: dict[str, Any]) -> None:
        d["tables"]["set_log"][1]["id"] = d["tables"]["set_log"][0]["id"]

    def dangling(d: dict[str, Any]) -> None:
        d["tables"]["set_log"][0]["session_id"] = 999

    def naive_time(d: dict[str, Any]) -> None:
        d["tables"]["workout_session"][0]["started"] = "2026-01-05T09:00:00"

    return {
        "version 99": wrong_version,
        "back_pain": wrong_type,
        "leg pain": out_of_range,
        "used twice": duplicate_id,
        "points at no workout_session": dangling,
        "UTC offset": naive_time,
    }


@pytest.mark.parametrize("expected", list(_mutations()))
def test_a_bad_file_changes_nothing_and_says_what_is_wrong(opened, clock, filled, expected: str) -> None:  # type: ignore[no-untyped-def]
    dump = dump_profile(opened.db, filled, clock)
    bad = copy.deepcopy(dump)
    _mutations()[expected](bad)
    before = {
        p.name: dump_profile(opened.db, p.id, clock) for p in Repository(opened.db, clock).list_profiles()
    }
    for into in (None, "Brand new"):
        with pytest.raises(BackupError) as caught:
            restore(opened.db, json.dumps(bad), clock=clock, into=into)
        assert expected in caught.value.message and "Nothing was imported" in caught.value.message
    after = {
        p.name: dump_profile(opened.db, p.id, clock) for p in Repository(opened.db, clock).list_profiles()
    }
    assert after == before


def test_a_truncated_file_changes_nothing(opened, clock, filled) -> None:  # type: ignore[no-untyped-def]
    text = json.dumps(dump_profile(opened.db, filled, clock))
    with pytest.raises(BackupError, match="not complete JSON"):
        restore(opened.db, text[: len(text) // 2], clock=clock, into="Half")
    assert [p.name for p in Repository(opened.db, clock).list_profiles()] == ["Ada"]


def test_a_failure_while_writing_rolls_back_every_row(opened, clock, filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sciatica_desktop.storage import profile_restore

    text = json.dumps(dump_profile(opened.db, filled, clock))
    real = profile_restore._import_table

    def failing(spec, rows, ids, result):  # type: ignore[no-untyped-def]
        if spec.name == "report_log":  # the last table: everything before it was inserted
            raise profile_restore.BackupError(["simulated failure"])
        real(spec, rows, ids, result)

    monkeypatch.setattr(profile_restore, "_import_table", failing)
    with pytest.raises(BackupError):
        restore(opened.db, text, clock=clock, into="Rolled back")
    assert [p.name for p in Repository(opened.db, clock).list_profiles()] == ["Ada"]


def test_a_v3_database_gets_the_report_tables(db_url, data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    from playhouse.db_url import connect

    db = connect(db_url) if db_url else connect(f"sqlite:///{data_dir.database}")
    try:
        assert migrate(db, migrations=MIGRATIONS[:3], clock=clock) == 3
        names = {t._meta.table_name for t in REPORT_TABLES}
        assert not names & set(db.get_tables())
        assert migrate(db, migrations=MIGRATIONS[:4], clock=clock) == schema_version(db) == 4
        assert set(db.get_tables()) >= names
    finally:
        db.close()


def test_questions_for_the_therapist_are_kept_per_profile(opened, clock) -> None:  # type: ignore[no-untyped-def]
    repo, reports = Repository(opened.db, clock), ReportRepository(opened.db, clock)
    a, b = repo.ensure_profile("A"), repo.ensure_profile("B")
    assert reports.questions(a.id) == ""
    reports.set_questions(a.id, "  Can I cycle?  ")
    reports.set_questions(a.id, "Can I swim?")
    assert reports.questions(a.id) == "Can I swim?" and reports.questions(b.id) == ""
    assert reports.last_report(a.id) is None
    reports.record_report(a.id, start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 28), deidentified=True)
    last = reports.last_report(a.id)
    assert last is not None and last.period_end == dt.date(2026, 1, 28) and last.deidentified
