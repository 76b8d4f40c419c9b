"""The Today page's texts kept for the next start's first paint: used only while nothing they came from
has changed, and never a reason for the app to fail."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from sciatica_desktop.storage.first_paint import TodaySnapshot, TodayView, content_files

VIEW = TodayView(
    "Starter routine: 2 exercises, about 9 min",
    (("1.  Bridge   ·   2 × 10 reps", "Strengthening: lift your hips"), ("2.  Walk   ·   10 min", "Walking")),
)


@pytest.fixture
def layers(tmp_path: Path) -> list[Path]:
    """A bundled layer with exercises and a routine, and a clinic's layer with nothing in it yet."""
    bundled, clinic = tmp_path / "bundled", tmp_path / "clinic"
    (bundled / "exercises").mkdir(parents=True)
    (bundled / "routines").mkdir()
    (bundled / "exercises" / "strength.toml").write_text('[[exercise]]\nid = "bridge"\n', encoding="utf-8")
    (bundled / "routines" / "starter.toml").write_text('name = "Starter routine"\n', encoding="utf-8")
    (bundled / "thresholds.toml").write_text("pain = 5\n", encoding="utf-8")
    clinic.mkdir()
    return [bundled, clinic]


def snapshot(
    tmp_path: Path, layers: list[Path], *, version: str = "1.0", locale: str = "en_GB"
) -> TodaySnapshot:
    path = tmp_path / "cache" / "today.json"
    return TodaySnapshot.for_content(path, layers, version=version, locale=locale)


def test_the_texts_come_back_for_the_same_version_language_and_files(
    tmp_path: Path, layers: list[Path]
) -> None:
    assert snapshot(tmp_path, layers).read() is None  # nothing saved yet
    snapshot(tmp_path, layers).save(VIEW)
    assert snapshot(tmp_path, layers).read() == VIEW


def test_the_files_are_the_exercises_and_routines_of_each_layer(layers: list[Path]) -> None:
    bundled, clinic = layers
    (clinic / "exercises.toml").write_text("", encoding="utf-8")
    assert list(content_files(layers)) == [
        bundled / "exercises" / "strength.toml",
        bundled / "routines" / "starter.toml",
        clinic / "exercises.toml",
    ]


def test_an_edited_file_is_seen_even_with_the_same_size_and_time(tmp_path: Path, layers: list[Path]) -> None:
    snapshot(tmp_path, layers).save(VIEW)
    exercises = layers[0] / "exercises" / "strength.toml"
    stamp = exercises.stat()
    exercises.write_text('[[exercise]]\nid = "bridgf"\n', encoding="utf-8")  # same size
    os.utime(exercises, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # and the old time, as a copy may keep
    assert snapshot(tmp_path, layers).read() is None


@pytest.mark.parametrize(
    "change", ["add a clinic file", "remove the routine", "another version", "another language"]
)
def test_anything_the_texts_come_from_changing_means_they_are_not_used(
    tmp_path: Path, layers: list[Path], change: str
) -> None:
    snapshot(tmp_path, layers).save(VIEW)
    version, locale = "1.0", "en_GB"
    if change == "add a clinic file":
        (layers[1] / "routines").mkdir()
        (layers[1] / "routines" / "starter.toml").write_text('name = "Ours"\n', encoding="utf-8")
    elif change == "remove the routine":
        (layers[0] / "routines" / "starter.toml").unlink()
    elif change == "another version":
        version = "1.1"
    else:
        locale = "de_AT"
    assert snapshot(tmp_path, layers, version=version, locale=locale).read() is None


def test_a_file_that_does_not_bear_on_today_changes_nothing(tmp_path: Path, layers: list[Path]) -> None:
    snapshot(tmp_path, layers).save(VIEW)
    (layers[0] / "thresholds.toml").write_text("pain = 6\n", encoding="utf-8")
    assert snapshot(tmp_path, layers).read() == VIEW


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json {",
        "[]",
        '{"format": 99}',
        "PLACEHOLDER",  # the right key, but items that are not pairs of texts
    ],
)
def test_a_damaged_file_is_not_used_and_is_written_again(
    tmp_path: Path, layers: list[Path], text: str
) -> None:
    first = snapshot(tmp_path, layers)
    first.save(VIEW)
    if text == "PLACEHOLDER":
        document = json.loads(first.path.read_text(encoding="utf-8"))
        document["view"]["items"] = [["1.  Bridge"]]
        text = json.dumps(document)
    first.path.write_text(text, encoding="utf-8")
    again = snapshot(tmp_path, layers)
    assert again.read() is None
    again.save(VIEW)
    assert snapshot(tmp_path, layers).read() == VIEW


def test_the_same_texts_are_not_written_again(tmp_path: Path, layers: list[Path]) -> None:
    snapshot(tmp_path, layers).save(VIEW)
    kept = snapshot(tmp_path, layers)
    assert kept.read() == VIEW
    before = kept.path.stat().st_ino
    kept.save(VIEW)
    assert kept.path.stat().st_ino == before  # a save replaces the file (os.replace): a new inode
    changed = TodayView("Starter routine: 2 exercises, about 10 min", VIEW.items)
    kept.save(changed)
    assert kept.path.stat().st_ino != before
    assert snapshot(tmp_path, layers).read() == changed


def test_a_folder_that_cannot_be_written_is_logged_not_raised(
    tmp_path: Path, layers: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="sciatica_desktop.storage.first_paint"):
        snapshot(tmp_path, layers).save(VIEW)
    assert "Today page texts not saved" in caplog.text
    assert snapshot(tmp_path, layers).read() is None
    assert blocked.read_text(encoding="utf-8") == "a file where the cache folder should be"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left behind


def test_a_file_name_that_is_not_utf8_is_kept_in_the_key(tmp_path: Path, layers: list[Path]) -> None:
    odd = layers[1] / "exercises" / os.fsdecode(b"\xffours.toml")  # a byte no UTF-8 text has
    odd.parent.mkdir()
    odd.write_text("", encoding="utf-8")
    snapshot(tmp_path, layers).save(VIEW)
    assert snapshot(tmp_path, layers).read() == VIEW
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["today.json"]  # no temporary left behind
