"""Loading exercise files: each fault is named (file, entry, field) and only the bad entry is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from sciatica_desktop.domain.catalogue import (
    GENERAL_STOP_RULES,
    Catalogue,
    Problem,
    ProblemKind,
    bundled_content_dir,
    load_catalogue,
)
from sciatica_desktop.domain.exercise import Category, Dose, Equipment, Position, Sidedness

TEMPLATE = {
    "name": '"Test {id}"',
    "category": '"strength"',
    "sidedness": '"both"',
    "position": '"on_back"',
    "dose": "{{ sets = 2, reps = 10 }}",
    "summary": '"A test exercise."',
    "instructions": '["Do it slowly."]',
    "stop_if": '["It hurts."]',
}


def entry(ident: str, extra: str = "", **fields: str) -> str:
    """A valid entry; ``fields`` replace the template's TOML values ("" leaves the field out)."""
    values = {k: v.format(id=ident) for k, v in TEMPLATE.items()} | fields
    lines = ["[[exercise]]", f'id = "{ident}"', *(f"{k} = {v}" for k, v in values.items() if v), extra]
    return "\n".join(line for line in lines if line) + "\n\n"


def write(folder: Path, name: str, *entries: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("".join(entries), encoding="utf-8")
    return path


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


# ----- a valid file ---------------------------------------------------------------------------------------


def test_a_valid_entry_becomes_an_exercise(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("good", 'equipment = ["chair", "band"]\ntags = ["x"]'))

    result = load_catalogue([path])

    assert result.ok
    good = result.catalogue["good"]
    assert good.name == "Test good"
    assert good.category is Category.STRENGTH
    assert good.sidedness is Sidedness.BOTH
    assert good.position is Position.ON_BACK
    assert good.equipment == (Equipment.CHAIR, Equipment.BAND)
    assert good.dose == Dose(sets=2, reps=10)
    assert good.instructions == ("Do it slowly.",)
    assert good.video == ""


def test_the_general_stop_rules_come_first_on_every_exercise(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("good"))

    good = load_catalogue([path]).catalogue["good"]

    assert good.stop_if == (*GENERAL_STOP_RULES, "It hurts.")


def test_a_content_folder_reads_exercises_toml_then_the_exercises_folder(tmp_path: Path) -> None:
    write(tmp_path, "exercises.toml", entry("first"))
    write(tmp_path / "exercises", "b.toml", entry("third"))
    write(tmp_path / "exercises", "a.toml", entry("second"))

    result = load_catalogue([tmp_path])

    assert result.ok
    assert result.catalogue.ids() == ("first", "second", "third")


def test_a_missing_content_folder_is_not_a_problem_but_a_missing_file_is(tmp_path: Path) -> None:
    result = load_catalogue([tmp_path / "no-such-folder", tmp_path / "gone.toml"])

    assert len(result.catalogue) == 0
    problem = only(result.problems)
    assert problem.kind is ProblemKind.UNREADABLE
    assert str(problem) == "gone.toml: file not found"


# ----- one test per fault -------------------------------------------------------------------------------


def test_unknown_field(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("good"), entry("bad", 'colour = "red"'))

    result = load_catalogue([path])

    problem = only(result.problems)
    assert problem.kind is ProblemKind.UNKNOWN_FIELD
    assert str(problem) == "exercises.toml: exercise 'bad', field 'colour': unknown field"
    assert problem.line == 12  # the second [[exercise]] header
    assert result.catalogue.ids() == ("good",)


def test_unknown_field_inside_the_dose(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("bad", dose="{ sets = 2, reps = 10, weight = 5 }"))

    problem = only(load_catalogue([path]).problems)

    assert problem.kind is ProblemKind.UNKNOWN_FIELD
    assert (problem.entry, problem.field) == ("bad", "dose.weight")


def test_dose_out_of_range(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("good"), entry("bridge", dose="{ sets = 0, reps = 10 }"))

    result = load_catalogue([path])

    problem = only(result.problems)
    assert problem.kind is ProblemKind.BAD_VALUE
    assert str(problem) == "exercises.toml: exercise 'bridge', field 'dose.sets': 0 is outside 1–10"
    assert result.catalogue.ids() == ("good",)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("category", '"yoga"', "'yoga' is not one of"),
        ("position", '"upside_down"', "'upside_down' is not one of"),
        ("equipment", '["trampoline"]', "'trampoline' is not one of"),
        ("sidedness", "true", "expected one of"),
        ("name", "42", "expected text in quotes"),
        ("cues", "3", "expected a list of texts"),
        ("instructions", "[]", "needs at least one item"),
        ("video", '"../secret.mp4"', "file name only"),
        ("harder", '["Not An Id"]', "not a valid exercise id"),
    ],
)
def test_bad_values(tmp_path: Path, field: str, value: str, words: str) -> None:
    path = write(tmp_path, "exercises.toml", entry("good"), entry("bad", **{field: value}))

    result = load_catalogue([path])

    problem = only(result.problems)
    assert problem.kind is ProblemKind.BAD_VALUE
    assert (problem.file.name, problem.entry, problem.field) == ("exercises.toml", "bad", field)
    assert words in problem.message
    assert str(problem).startswith(f"exercises.toml: exercise 'bad', field '{field}': ")
    assert result.catalogue.ids() == ("good",)


@pytest.mark.parametrize(
    ("dose", "field", "words"),
    [
        ('{ sets = 2, reps = "ten" }', "dose.reps", "expected a whole number"),
        ("{ sets = 2.5, reps = 10 }", "dose.sets", "expected a whole number"),
        ("{ sets = 2, reps = 10, hold_s = true }", "dose.hold_s", "expected a number of seconds"),
        ("{ sets = 2, reps = 10, tempo_s = 0.1 }", "dose.tempo_s", "0.1 is outside 0.5–60"),
        ("{ sets = 2 }", "dose.reps", "missing required field"),
        ('"lots"', "dose", "expected a table"),
    ],
)
def test_bad_doses(tmp_path: Path, dose: str, field: str, words: str) -> None:
    path = write(tmp_path, "exercises.toml", entry("bad", dose=dose))

    problem = only(load_catalogue([path]).problems)

    assert (problem.entry, problem.field) == ("bad", field)
    assert words in problem.message


def test_every_faulty_field_of_an_entry_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("bad", category='"yoga"', dose="{ sets = 0, reps = 10 }"))

    result = load_catalogue([path])

    assert sorted(p.field or "" for p in result.problems) == ["category", "dose.sets"]
    assert len(result.catalogue) == 0


def test_unknown_fields_are_reported_before_values_are_checked(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("bad", 'colour = "red"', category='"yoga"'))

    assert [p.field for p in load_catalogue([path]).problems] == ["colour"]


def test_missing_required_field(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("good"), entry("nameless", name=""))

    result = load_catalogue([path])

    problem = only(result.problems)
    assert problem.kind is ProblemKind.MISSING_FIELD
    assert str(problem) == "exercises.toml: exercise 'nameless', field 'name': missing required field"
    assert result.catalogue.ids() == ("good",)


def test_missing_id_names_the_entry_by_its_position(tmp_path: Path) -> None:
    nameless = entry("x").replace('id = "x"\n', "")
    path = write(tmp_path, "exercises.toml", entry("good"), nameless)

    result = load_catalogue([path])

    problem = only(result.problems)
    assert str(problem) == "exercises.toml: exercise #2, field 'id': missing required field"
    assert result.catalogue.ids() == ("good",)


def test_duplicate_id_in_one_file(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("twin"), entry("other"), entry("twin", 'tags = ["2nd"]'))

    result = load_catalogue([path])

    problem = only(result.problems)
    assert problem.kind is ProblemKind.DUPLICATE_ID
    assert (problem.file.name, problem.entry, problem.field) == ("exercises.toml", "twin", "id")
    assert "exercise 'twin', field 'id'" in str(problem)
    assert result.catalogue.ids() == ("twin", "other")
    assert result.catalogue["twin"].tags == ()  # the first one wins


def test_duplicate_id_across_files_of_the_same_content_folder(tmp_path: Path) -> None:
    write(tmp_path / "exercises", "a.toml", entry("twin"))
    write(tmp_path / "exercises", "b.toml", entry("twin"), entry("other"))

    result = load_catalogue([tmp_path])

    problem = only(result.problems)
    assert problem.kind is ProblemKind.DUPLICATE_ID
    assert problem.file.name == "b.toml"
    assert result.catalogue.ids() == ("twin", "other")


def test_unknown_easier_or_harder_link_is_dropped_and_the_exercise_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "exercises.toml",
        entry("base", 'harder = ["next", "nowhere"]'),
        entry("next", 'easier = ["base"]'),
    )

    result = load_catalogue([path])

    problem = only(result.problems)
    assert problem.kind is ProblemKind.UNKNOWN_LINK
    assert (problem.file.name, problem.entry, problem.field) == ("exercises.toml", "base", "harder")
    assert "'nowhere'" in str(problem)
    assert result.catalogue["base"].harder == ("next",)
    assert result.catalogue["next"].easier == ("base",)
    assert [e.id for e in result.catalogue.harder("base")] == ["next"]


def test_a_link_to_itself_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", entry("loop", 'easier = ["loop"]'))

    result = load_catalogue([path])

    assert only(result.problems).field == "easier"
    assert result.catalogue["loop"].easier == ()


def test_missing_video_is_reported_and_the_exercise_kept(tmp_path: Path) -> None:
    videos = tmp_path / "videos"
    videos.mkdir()
    (videos / "here.mp4").write_bytes(b"")
    filmed, unfilmed = entry("filmed", video='"here.mp4"'), entry("unfilmed", video='"gone.mp4"')
    path = write(tmp_path, "exercises.toml", filmed, unfilmed)

    result = load_catalogue([path], video_dirs=[tmp_path / "elsewhere", videos])

    problem = only(result.problems)
    assert problem.kind is ProblemKind.MISSING_VIDEO
    assert (problem.file.name, problem.entry, problem.field) == ("exercises.toml", "unfilmed", "video")
    assert "'gone.mp4'" in str(problem)
    assert result.catalogue.ids() == ("filmed", "unfilmed")
    assert load_catalogue([path]).ok  # videos are checked only when asked


def test_toml_syntax_error_names_the_file_and_line_and_other_files_still_load(tmp_path: Path) -> None:
    write(tmp_path / "exercises", "a_good.toml", entry("good"))
    write(tmp_path / "exercises", "b_broken.toml", '[[exercise]]\nid = "broken"\nname = "no closing quote\n')

    result = load_catalogue([tmp_path])

    problem = only(result.problems)
    assert problem.kind is ProblemKind.SYNTAX
    assert problem.line == 3
    assert str(problem).startswith("b_broken.toml, line 3: TOML syntax error: ")
    assert result.catalogue.ids() == ("good",)


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[[exercise]]\nid = "caf\u00e9"\n'.encode("latin-1"))

    problem = only(load_catalogue([path]).problems)

    assert problem.kind is ProblemKind.UNREADABLE
    assert "UTF-8" in str(problem)


def test_a_single_bracket_table_and_stray_top_level_keys_are_explained(tmp_path: Path) -> None:
    path = write(tmp_path, "exercises.toml", 'version = 2\n[exercise]\nid = "x"\n')

    result = load_catalogue([path])

    assert sorted((p.field, p.kind.value) for p in result.problems) == [
        ("exercise", "bad_value"),
        ("version", "unknown_field"),
    ]
    assert any("two square brackets" in str(p) for p in result.problems)


# ----- layers: a clinic's content after the bundled content ----------------------------------------------


def test_clinic_content_changes_a_dose_and_adds_an_exercise(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    write(
        clinic,
        "exercises.toml",
        '[[exercise]]\nid = "glute_bridge"\ndose = { sets = 3, rest_s = 60 }\n\n',
        entry("wall_sit", 'easier = ["glute_bridge"]'),
    )

    bundled = load_catalogue([bundled_content_dir()]).catalogue
    result = load_catalogue([bundled_content_dir(), clinic])

    assert result.ok, [str(p) for p in result.problems]
    bridge = result.catalogue["glute_bridge"]
    before = bundled["glute_bridge"]
    assert bridge.dose == before.dose.with_changes(sets=3, rest_s=60)
    assert (bridge.name, bridge.harder, bridge.stop_if) == (before.name, before.harder, before.stop_if)
    assert result.catalogue["wall_sit"].easier == ("glute_bridge",)
    assert len(result.catalogue) == len(bundled) + 1
    assert [i for i in result.catalogue.ids() if i in bundled] == list(bundled.ids())  # order kept


def test_a_bad_clinic_override_keeps_the_bundled_version(tmp_path: Path) -> None:
    clinic = write(tmp_path, "clinic.toml", '[[exercise]]\nid = "glute_bridge"\ndose = { sets = 0 }\n')

    result = load_catalogue([bundled_content_dir(), clinic])

    problem = only(result.problems)
    assert str(problem) == "clinic.toml: exercise 'glute_bridge', field 'dose.sets': 0 is outside 1–10"
    bundled = load_catalogue([bundled_content_dir()]).catalogue
    assert result.catalogue["glute_bridge"] == bundled["glute_bridge"]


def test_links_are_checked_after_every_layer_has_loaded(tmp_path: Path) -> None:
    first = write(tmp_path, "a.toml", entry("base", 'harder = ["later"]'))
    second = write(tmp_path, "b.toml", entry("later"))

    result = load_catalogue([first, second])

    assert result.ok
    assert result.catalogue["base"].harder == ("later",)


# ----- the Catalogue itself ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> Catalogue:
    return load_catalogue([bundled_content_dir()]).catalogue


def test_catalogue_lookup(bundled: Catalogue) -> None:
    assert bundled.get("glute_bridge") is bundled["glute_bridge"]
    assert bundled.get("no_such_thing") is None
    assert "walking" in bundled
    assert len(bundled) == len(bundled.ids()) == len(list(bundled))
    with pytest.raises(KeyError):
        bundled["no_such_thing"]


def test_catalogue_is_in_category_order(bundled: Catalogue) -> None:
    order = list(Category)
    positions = [order.index(e.category) for e in bundled]
    assert positions == sorted(positions)


def test_search_matches_every_word_in_any_order_and_case(bundled: Catalogue) -> None:
    assert {e.id for e in bundled.search("BRIDGE")} == {"glute_bridge", "single_leg_bridge"}
    assert {e.id for e in bundled.search("bridge single")} == {"single_leg_bridge"}
    assert {e.id for e in bundled.search("figure four")} == {"figure_four_supine", "figure_four_seated"}
    assert {e.id for e in bundled.search("nerve glide")} >= {"supine_nerve_slider", "seated_slump_slider"}
    assert bundled.search("piriformis")  # tags count
    assert bundled.search("no such words here") == ()
    assert len(bundled.search("  ")) == len(bundled)


def test_filter_narrows_by_each_criterion(bundled: Catalogue) -> None:
    nerve = bundled.filter(category=Category.NERVE)
    assert {e.id for e in nerve} == {"seated_slump_slider", "supine_nerve_slider", "nerve_tensioner"}
    assert {e.id for e in bundled.filter(category=Category.NERVE, position=Position.SITTING)} == {
        "seated_slump_slider"
    }
    chair = bundled.filter(equipment=Equipment.CHAIR)
    assert chair and all(Equipment.CHAIR in e.equipment for e in chair)
    assert {e.id for e in bundled.filter(equipment=Equipment.STRAP)} == {"hamstring_stretch_supine"}
    on_front = bundled.filter(position=Position.ON_FRONT)
    assert {e.id for e in on_front} == {"prone_lying", "prone_on_elbows", "prone_press_up"}
    assert {e.id for e in bundled.filter(category=Category.STRETCH, text="hamstring")} == {
        "hamstring_stretch_supine",
        "hamstring_stretch_seated",
    }
    assert len(bundled.filter()) == len(bundled)
