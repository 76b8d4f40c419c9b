"""Questionnaires: the bundled ones load and score; a clinic's ODI/RMDQ-like file works; faults are named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sciatica_desktop.domain.catalogue import bundled_content_dir
from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.measures import (
    ItemAnswer,
    MeaningfulChange,
    Questionnaire,
    due_list,
    is_responder,
    judge_change,
    score,
)
from sciatica_desktop.domain.measures_load import load_questionnaire, load_questionnaires


@pytest.fixture(scope="module")
def bundled() -> dict[str, Questionnaire]:
    found, problems = load_questionnaires([bundled_content_dir()])
    assert problems == []
    return {q.id: q for q in found}


def test_the_four_shipped_questionnaires_load(bundled: dict[str, Questionnaire]) -> None:
    assert set(bundled) == {"nprs_back", "nprs_leg", "pgic", "psfs"}
    for q in bundled.values():
        assert q.licence and q.sources


def test_nprs_scores_the_number(bundled: dict[str, Questionnaire]) -> None:
    assert score(bundled["nprs_leg"], [ItemAnswer("pain", 7)]) == 7
    with pytest.raises(OutOfRangeError):
        score(bundled["nprs_leg"], [ItemAnswer("pain", 11)])
    assert bundled["nprs_back"].meaningful_change == MeaningfulChange(2.0, 30.0)


def test_pgic_scores_the_answer_and_marks_responders(bundled: dict[str, Questionnaire]) -> None:
    pgic = bundled["pgic"]
    assert score(pgic, [ItemAnswer("change", 2)]) == 2
    assert is_responder(pgic, 1) and is_responder(pgic, 2) and not is_responder(pgic, 3)
    with pytest.raises(OutOfRangeError):
        score(pgic, [ItemAnswer("change", 8)])


def test_psfs_is_the_mean_of_three_to_five_named_activities(bundled: dict[str, Questionnaire]) -> None:
    psfs = bundled["psfs"]
    three = [ItemAnswer(f"activity_{i}", v, f"task {i}") for i, v in ((1, 2), (2, 4), (3, 9))]
    assert score(psfs, three) == 5
    assert score(psfs, [*three, ItemAnswer("activity_4", 1, "stairs")]) == 4
    with pytest.raises(OutOfRangeError, match="activity_3"):
        score(psfs, three[:2])
    with pytest.raises(OutOfRangeError, match="named"):
        score(psfs, [ItemAnswer("activity_1", 2, " "), *three[1:]])


ODI_LIKE = """
id = "odi_like"
name = "Clinic disability index"
scoring = "percent_of_max"
higher_is_better = false
licence = "Licensed to the clinic"
sources = ["The clinic"]
meaningful_change = { points = 10, percent = 30 }
min_answered = 2
{items}
"""


def _items(kind: str, n: int) -> str:
    body = "min = 0\nmax = 5\n" if kind == "scale" else ""
    return "\n".join(
        f'[[item]]\nid = "s{i}"\ntext = "Section {i}"\nkind = "{kind}"\n{body}optional = true'
        for i in range(1, n + 1)
    )


def test_a_clinic_percent_of_max_questionnaire_scores_over_answered_sections(tmp_path: Path) -> None:
    folder = tmp_path / "questionnaires"
    folder.mkdir()
    (folder / "odi.toml").write_text(ODI_LIKE.replace("{items}", _items("scale", 10)), encoding="utf-8")
    found, problems = load_questionnaires([bundled_content_dir(), tmp_path])
    assert problems == []
    odi = next(q for q in found if q.id == "odi_like")
    # 9 of 10 sections answered, 18 points: 18 / 45 × 100 = 40
    answers = [ItemAnswer(f"s{i}", 2) for i in range(1, 10)]
    assert score(odi, answers) == pytest.approx(40.0)


def test_a_clinic_count_yes_questionnaire(tmp_path: Path) -> None:
    text = ODI_LIKE.replace("percent_of_max", "count_yes").replace("{items}", _items("yes_no", 24))
    (tmp_path / "rmdq.toml").write_text(text, encoding="utf-8")
    rmdq = load_questionnaire(tmp_path / "rmdq.toml", [])
    assert rmdq is not None
    assert score(rmdq, [ItemAnswer(f"s{i}", i % 2) for i in range(1, 25)]) == 12


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ('scoring = "percent_of_max"', "odd.toml: questionnaire 'odi_like', field 'scoring'"),
        ("higher_is_better = false", "field 'higher_is_better': missing required field"),
        ("min = 0", "field 'item #1.min': expected a whole number"),
    ],
)
def test_a_malformed_file_names_the_file_and_field(tmp_path: Path, change: str, expected: str) -> None:
    replacement = {"scoring": 'scoring = "median"', "higher_is_better": "", "min": 'min = "zero"'}
    key = change.split(" ", maxsplit=1)[0]
    text = ODI_LIKE.replace("{items}", _items("scale", 2)).replace(change, replacement[key], 1)
    problems: list = []  # type: ignore[type-arg]
    assert load_questionnaire(_write(tmp_path / "odd.toml", text), problems) is None
    assert len(problems) == 1 and expected in str(problems[0]), str(problems[0])


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("baseline", "current", "meaningful", "improved"),
    [
        (6, 4, True, True),  # 2 points
        (6, 4.5, False, True),  # 1.5 points, 25 %
        (3, 2, True, True),  # 1 point but 33 %
        (2, 4, True, False),  # worse by 2 points: meaningful, not improved
        (5, 5, False, False),
    ],
)
def test_baseline_and_percent_change_against_nprs_threshold(
    baseline: float, current: float, meaningful: bool, improved: bool
) -> None:
    change = judge_change(baseline, current, MeaningfulChange(2, 30), higher_is_better=False)
    assert change.points == current - baseline
    assert change.percent == pytest.approx((current - baseline) / baseline * 100)
    assert change.meaningful is meaningful and change.improved is improved


def test_schedule_psfs_at_baseline_then_every_four_weeks_pgic_weekly_from_week_two(
    bundled: dict[str, Questionnaire],
) -> None:
    qs = [bundled["psfs"], bundled["pgic"], bundled["nprs_back"]]
    start = dt.date(2026, 1, 5)

    def due(day: int, last: dict[str, int]) -> set[str]:
        done = {k: start + dt.timedelta(days=v) for k, v in last.items()}
        return {
            q.id for q in due_list(qs, start=start, today=start + dt.timedelta(days=day), last_done=done)
        }

    assert due(0, {}) == {"psfs"}
    assert due(7, {"psfs": 0}) == set()
    assert due(14, {"psfs": 0}) == {"pgic"}
    assert due(20, {"psfs": 0, "pgic": 14}) == set()
    assert due(21, {"psfs": 0, "pgic": 14}) == {"pgic"}
    assert due(28, {"psfs": 0, "pgic": 21}) == {"psfs", "pgic"}
