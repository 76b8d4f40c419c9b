"""The app's content at start-up: parsed once, then served from the cache until a file changes."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from sciatica_desktop.app import Content, Options, content_cache_path, prepare_content, save_content_cache


def start(data: Path) -> tuple[Content, bool]:
    """What one start of the app does with the content: load it, then (after the first paint) save."""
    content = prepare_content(Options(data_dir=data))
    assert content.parsed is not None
    changed = content.parsed.changed
    save_content_cache(content)
    return content, changed


def test_the_second_start_parses_nothing_and_sees_the_same_content(tmp_path: Path) -> None:
    first, first_changed = start(tmp_path)
    second, second_changed = start(tmp_path)
    assert (first_changed, second_changed) == (True, False)
    assert content_cache_path(first.data_dir).is_file()
    assert list(second.catalogue) == list(first.catalogue)
    assert second.routine_items == first.routine_items


@pytest.mark.parametrize("minutes_ago", [0, 10], ids=["edited-just-now", "edited-earlier"])
def test_a_clinic_edit_after_the_cache_was_written_is_seen_at_the_next_start(
    tmp_path: Path, minutes_ago: int
) -> None:
    start(tmp_path)
    clinic = tmp_path / "content" / "exercises.toml"
    for sets, reps in ((3, 12), (2, 8), (4, 8)):  # the last edit keeps the file's size
        entry = f'[[exercise]]\nid = "glute_bridge"\ndose = {{ sets = {sets}, reps = {reps} }}\n'
        clinic.write_text(entry, encoding="utf-8")
        if minutes_ago:
            stamp = time.time_ns() - minutes_ago * 60 * 10**9 + sets  # a different time for each edit
            os.utime(clinic, ns=(stamp, stamp))
        content, _ = start(tmp_path)
        dose = content.catalogue["glute_bridge"].dose
        assert (dose.sets, dose.reps) == (sets, reps)


def test_a_corrupt_cache_is_rebuilt(tmp_path: Path) -> None:
    first, _ = start(tmp_path)
    path = content_cache_path(first.data_dir)
    path.write_bytes(b"\x00\xffnot json")
    content, changed = start(tmp_path)
    assert changed and list(content.catalogue) == list(first.catalogue)
    assert path.read_text(encoding="utf-8").startswith('{"format": 1')


def test_a_cache_that_cannot_be_written_costs_only_the_parsing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "cache").write_text("a file where the cache folder would go", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="sciatica_desktop.app"):
        first, first_changed = start(tmp_path)
        second, second_changed = start(tmp_path)
    assert first_changed and second_changed  # parsed both times, and started both times
    assert list(second.catalogue) == list(first.catalogue)
    assert "parsed-content cache not saved" in caplog.text
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
