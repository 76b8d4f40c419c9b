"""The bundled exercise library: complete, consistent, and linked to the sources a clinician can check."""

from __future__ import annotations

import re

import pytest

from sciatica_desktop.domain.catalogue import (
    GENERAL_STOP_RULES,
    Catalogue,
    bundled_content_dir,
    load_catalogue,
)
from sciatica_desktop.domain.exercise import Category, Exercise, Sidedness

IDS = {
    "figure_four_supine", "figure_four_seated", "knee_to_chest", "double_knee_to_chest",
    "hamstring_stretch_supine", "hamstring_stretch_seated", "cat_camel", "knee_rolls", "pelvic_tilt",
    "prone_lying", "prone_on_elbows", "prone_press_up", "standing_back_bend", "seated_slump_slider",
    "supine_nerve_slider", "nerve_tensioner", "abdominal_bracing", "glute_bridge", "single_leg_bridge",
    "bird_dog", "dead_bug", "clamshell", "side_lying_hip_abduction", "side_plank_knees", "mcgill_curl_up",
    "walking",
}  # fmt: skip
SOURCES = ("NHS Inform", "Guy's and St Thomas'", "McGill", "Peak Physio", "Ellis 2012", "Bandy 1997",
           "Pocovi 2024")
# Words that would turn education into diagnosis or prescription.
FORBIDDEN = re.compile(r"\b(you have|diagnos\w*|cure[sd]?|must|guarantee\w*|herniat\w*|disc bulge)\b", re.I)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    result = load_catalogue([bundled_content_dir()])
    assert result.problems == []
    return result.catalogue


def exercises() -> list[Exercise]:
    return list(load_catalogue([bundled_content_dir()]).catalogue)


def test_bundled_catalogue_loads_without_problems_and_has_the_26_exercises(catalogue: Catalogue) -> None:
    assert set(catalogue.ids()) == IDS
    assert len(catalogue) == 26


@pytest.mark.parametrize("exercise", exercises(), ids=lambda e: e.id)
def test_every_exercise_is_complete(exercise: Exercise) -> None:
    assert exercise.name and exercise.body_area
    assert exercise.summary.endswith(".") and ". " not in exercise.summary  # one sentence
    assert 3 <= len(exercise.instructions) <= 6
    assert exercise.cues and exercise.mistakes
    assert exercise.stop_if[: len(GENERAL_STOP_RULES)] == GENERAL_STOP_RULES
    assert len(exercise.stop_if) > len(GENERAL_STOP_RULES), "needs a stop rule of its own"
    assert exercise.sources and all(s.startswith(SOURCES) for s in exercise.sources)
    assert exercise.video == f"{exercise.id}.mp4"


@pytest.mark.parametrize("exercise", exercises(), ids=lambda e: e.id)
def test_text_stays_plain_and_never_diagnoses(exercise: Exercise) -> None:
    texts = [exercise.summary, *exercise.instructions, *exercise.cues, *exercise.mistakes, *exercise.stop_if]
    for text in texts:
        assert not FORBIDDEN.search(text), text
        words = text.split()
        assert len(words) <= 40, text  # short sentences for a reading age of about 12


def test_links_resolve_and_never_contradict(catalogue: Catalogue) -> None:
    for exercise in catalogue:
        linked = set(exercise.easier) | set(exercise.harder)
        assert linked <= set(catalogue.ids())
        assert exercise.id not in linked
        assert not set(exercise.easier) & set(exercise.harder)
        for harder in exercise.harder:
            assert exercise.id not in catalogue[harder].harder, (exercise.id, harder)
        for easier in exercise.easier:
            assert exercise.id not in catalogue[easier].easier, (exercise.id, easier)


@pytest.mark.parametrize(
    ("easier", "harder"),
    [
        ("figure_four_seated", "figure_four_supine"),
        ("knee_to_chest", "double_knee_to_chest"),
        ("pelvic_tilt", "abdominal_bracing"),
        ("abdominal_bracing", "dead_bug"),
        ("prone_lying", "prone_on_elbows"),
        ("prone_on_elbows", "prone_press_up"),
        ("supine_nerve_slider", "nerve_tensioner"),
        ("seated_slump_slider", "nerve_tensioner"),
        ("glute_bridge", "single_leg_bridge"),
        ("clamshell", "side_lying_hip_abduction"),
    ],
)
def test_progressions_go_both_ways(catalogue: Catalogue, easier: str, harder: str) -> None:
    assert harder in catalogue[easier].harder
    assert easier in catalogue[harder].easier


def test_a_burning_hamstring_stretch_points_to_the_nerve_glide(catalogue: Catalogue) -> None:
    for ident, glide in (("hamstring_stretch_supine", "supine_nerve_slider"),
                         ("hamstring_stretch_seated", "seated_slump_slider")):
        stretch = catalogue[ident]
        assert any("burning or tingling" in s and "nerve" in s for s in stretch.stop_if)
        assert stretch.easier == (glide,)


def test_categories_and_sides(catalogue: Catalogue) -> None:
    by_category = {c: {e.id for e in catalogue.filter(category=c)} for c in Category}
    assert len(by_category[Category.STRETCH]) == 6
    assert by_category[Category.NERVE] == {"seated_slump_slider", "supine_nerve_slider", "nerve_tensioner"}
    assert by_category[Category.AEROBIC] == {"walking"}
    one_leg = {"figure_four_supine", "hamstring_stretch_supine", "supine_nerve_slider", "single_leg_bridge",
               "clamshell", "side_plank_knees"}
    assert all(catalogue[i].sidedness is Sidedness.EACH_SIDE for i in one_leg)
    assert catalogue["glute_bridge"].sidedness is Sidedness.BOTH


def test_doses_follow_the_clinical_defaults(catalogue: Catalogue) -> None:
    figure_four = catalogue["figure_four_supine"].dose
    assert (figure_four.reps, figure_four.hold_s) == (3, 30)
    bridge = catalogue["glute_bridge"].dose
    assert (bridge.sets, bridge.reps, bridge.hold_s) == (2, 10, 2)
    assert catalogue["hamstring_stretch_supine"].dose.hold_s <= 30  # longer holds add nothing
    clamshell = catalogue["clamshell"].dose
    assert (clamshell.reps, clamshell.tempo_s) == (20, 4)
    walking = catalogue["walking"].dose
    assert (walking.sets, walking.reps, walking.hold_s) == (1, 1, 600)
