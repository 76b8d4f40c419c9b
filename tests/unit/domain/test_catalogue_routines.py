"""Routine files, and the starter routine the app opens with."""

from __future__ import annotations

from pathlib import Path

import pytest

from sciatica_desktop.domain.catalogue import Catalogue, ProblemKind, bundled_content_dir, load_catalogue
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.exercise import Dose
from sciatica_desktop.domain.routine import (
    RoutineError,
    RoutineItem,
    load_routine,
    load_routines,
)
from sciatica_desktop.domain.workout import Pacing, RunnerSettings, WorkoutRunner
from sciatica_desktop.domain.workout_events import Phase

STARTER = bundled_content_dir() / "routines" / "starter.toml"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue([bundled_content_dir()]).catalogue


def write(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_starter_routine_has_the_four_article_exercises_in_order(catalogue: Catalogue) -> None:
    routine = load_routine(STARTER, catalogue)

    assert routine.problems == ()
    assert (routine.id, routine.name) == ("starter", "Starter routine")
    assert [i.exercise_id for i in routine.items] == [
        "figure_four_supine",
        "hamstring_stretch_supine",
        "glute_bridge",
        "supine_nerve_slider",
    ]
    assert routine.description and "\n" not in routine.description


def test_starter_doses_suit_a_beginner(catalogue: Catalogue) -> None:
    doses = {w.exercise.id: w.dose for w in load_routine(STARTER, catalogue).workout_items(catalogue)}

    assert doses["figure_four_supine"].hold_s == 30 and 2 <= doses["figure_four_supine"].reps <= 3
    assert doses["hamstring_stretch_supine"].hold_s == 30 and 2 <= doses["hamstring_stretch_supine"].reps <= 3
    assert doses["glute_bridge"] == Dose(sets=2, reps=10, hold_s=2, rest_s=30, tempo_s=3)
    assert (doses["supine_nerve_slider"].sets, doses["supine_nerve_slider"].reps) == (1, 10)


def test_a_first_session_takes_about_ten_minutes(catalogue: Catalogue) -> None:
    routine = load_routine(STARTER, catalogue)
    clock = FakeClock()
    runner = WorkoutRunner(routine.workout_items(catalogue), clock=clock,
                           settings=RunnerSettings(pacing=Pacing.PACED))
    runner.start()
    start = clock.now()
    while runner.phase is not Phase.FINISHED:
        clock.advance(0.25)
        runner.tick()
    minutes = (clock.now() - start) / 60

    assert 8 <= minutes <= 12
    assert abs(routine.estimated_seconds(catalogue) / 60 - minutes) < 1


def test_an_item_dose_changes_only_what_it_names(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(tmp_path, 'name = "Mine"\n[[item]]\nexercise = "glute_bridge"\ndose = { sets = 1 }\n'
                           '[[item]]\nexercise = "walking"\n')

    routine = load_routine(path, catalogue)

    assert routine.id == "mine"  # from the file name
    bridge, walking = routine.items
    assert bridge.dose == catalogue["glute_bridge"].dose.with_changes(sets=1)
    assert walking == RoutineItem(catalogue["walking"].id, None)
    assert walking.dose_for(catalogue["walking"]) == catalogue["walking"].dose


def test_bad_items_are_dropped_and_named(tmp_path: Path, catalogue: Catalogue) -> None:
    path = write(
        tmp_path,
        'name = "Mine"\ncolour = "red"\n'
        '[[item]]\nexercise = "glute_bridge"\n'
        '[[item]]\nexercise = "moon_walk"\n'
        '[[item]]\nexercise = "bird_dog"\ndose = { sets = 0 }\n'
        '[[item]]\nexercise = "walking"\nnote = "slowly"\n'
        '[[item]]\ndose = { sets = 1 }\n',
    )

    routine = load_routine(path, catalogue)

    assert [i.exercise_id for i in routine.items] == ["glute_bridge"]
    assert [str(p) for p in routine.problems] == [
        "mine.toml: field 'colour': unknown field",
        "mine.toml: item 'moon_walk', field 'exercise': no exercise has the id 'moon_walk'; item dropped",
        "mine.toml: item 'bird_dog', field 'dose.sets': 0 is outside 1–10",
        "mine.toml: item 'walking', field 'note': unknown field",
        "mine.toml: item #5, field 'exercise': missing required field",
    ]
    assert routine.problems[1].kind is ProblemKind.UNKNOWN_LINK
    assert routine.problems[2].line == 7  # its [[item]] header


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('[[item]]\nexercise = "walking"\n', "field 'name': missing required field"),
        ('name = "Empty"\n', "no exercise that can be used"),
        ('name = "Lost"\n[[item]]\nexercise = "moon_walk"\n', "moon_walk"),
        ('name = "Broken\n', "line 1: TOML syntax error"),
    ],
)
def test_an_unusable_routine_raises_with_its_problems(
    tmp_path: Path, catalogue: Catalogue, text: str, words: str
) -> None:
    path = write(tmp_path, text)

    with pytest.raises(RoutineError) as caught:
        load_routine(path, catalogue)

    assert any(words in str(p) for p in caught.value.problems), [str(p) for p in caught.value.problems]
    assert "mine.toml" in caught.value.message
    assert caught.value.detail == "\n".join(str(p) for p in caught.value.problems)


def test_a_clinic_routine_replaces_the_bundled_one(tmp_path: Path, catalogue: Catalogue) -> None:
    clinic = tmp_path / "clinic"
    (clinic / "routines").mkdir(parents=True)
    ours = 'id = "starter"\nname = "Our start"\n[[item]]\nexercise = "walking"\n'
    write(clinic / "routines", ours, "s.toml")
    write(clinic / "routines", 'name = "Broken"\n', "t.toml")

    routines, problems = load_routines([bundled_content_dir(), clinic], catalogue)

    assert [(r.id, r.name) for r in routines] == [("starter", "Our start")]
    assert [p.file.name for p in problems] == ["t.toml"]
