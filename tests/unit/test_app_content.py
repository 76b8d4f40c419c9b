"""The app's content at start-up: parsed once, then served from the cache until a file changes."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from sciatica_desktop.app import Content, Options, content_cache_path, prepare_content, save_content_cache
from sciatica_desktop.storage import cache_files


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


def test_a_clinic_edit_after_the_cache_was_written_is_seen_at_the_next_start(tmp_path: Path) -> None:
    start(tmp_path)
    clinic = tmp_path / "content" / "exercises.toml"
    for sets, reps in ((3, 12), (2, 8), (4, 8)):  # the last edit keeps the file's size, and its time:
        entry = f'[[exercise]]\nid = "glute_bridge"\ndose = {{ sets = {sets}, reps = {reps} }}\n'
        clinic.write_text(entry, encoding="utf-8")
        os.utime(clinic, ns=(1_000_000_000, 1_000_000_000))  # as a copy that keeps the old time would
        content, _ = start(tmp_path)
        dose = content.catalogue["glute_bridge"].dose
        assert (dose.sets, dose.reps) == (sets, reps)


def test_a_corrupt_cache_is_rebuilt(tmp_path: Path) -> None:
    first, _ = start(tmp_path)
    path = content_cache_path(first.data_dir)
    path.write_bytes(b"\x00\xffnot json")
    content, changed = start(tmp_path)
    assert changed and list(content.catalogue) == list(first.catalogue)
    assert path.read_text(encoding="utf-8").startswith('{"format": 2')


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


def test_a_cache_write_that_fails_half_way_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_files.os, "replace", refuse)
    content, changed = start(tmp_path)
    assert changed and len(content.catalogue) > 0
    assert list((tmp_path / "cache").iterdir()) == []


def test_the_symptom_content_is_served_from_the_same_cache(tmp_path: Path) -> None:
    """Red flags, questionnaires and thresholds load after the first paint through the same cache, and are
    saved with it, so a second start parses no content file at all."""
    from sciatica_desktop.app import content_layers, open_storage
    from sciatica_desktop.domain.clock import FakeClock
    from sciatica_desktop.services.checkins import load_symptom_content

    loaded = []
    for _ in range(2):
        options = Options(data_dir=tmp_path)
        content = prepare_content(options)
        core = open_storage(content, options, clock=FakeClock())
        try:
            assert core.parsed is content.parsed is not None
            symptoms = load_symptom_content(content_layers(core.data_dir), read=core.parsed.read_toml)
            loaded.append((symptoms, core.parsed.changed))
            save_content_cache(content)
        finally:
            core.close()
    (first, first_changed), (second, second_changed) = loaded
    assert (first_changed, second_changed) == (True, False)
    assert second == first and second.red_flags is not None and second.problems == []
    cached = content_cache_path(content.data_dir).read_text(encoding="utf-8")
    assert "red_flags.toml" in cached and "thresholds.toml" in cached
