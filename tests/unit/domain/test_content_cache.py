"""The parsed-content cache: the same data as parsing, and never stale once a file's text changes."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sciatica_desktop.domain.catalogue import bundled_content_dir, load_catalogue
from sciatica_desktop.domain.content_cache import FORMAT, ParsedContentCache
from sciatica_desktop.domain.content_files import Problem, ProblemKind, read_toml


def write(path: Path, text: str, *, mtime_ns: int | None = None) -> Path:
    path.write_text(text, encoding="utf-8")
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def reload(cache: ParsedContentCache) -> ParsedContentCache:
    """The cache as the next start finds it on disk."""
    return ParsedContentCache.from_json(cache.to_json())


def planted(path: Path, parsed: str) -> ParsedContentCache:
    """A cache that says ``path``'s current text parses to ``parsed`` (JSON text)."""
    text = path.read_text(encoding="utf-8")
    return ParsedContentCache.from_json(json.dumps({"format": FORMAT, "files": {str(path): [text, parsed]}}))


def test_an_unchanged_file_is_served_from_the_cache(tmp_path: Path) -> None:
    path = write(tmp_path / "a.toml", "sets = 2\n")
    # Only a cache hit can answer 99: the proof the file was not parsed again.
    assert planted(path, '{"sets": 99}').read_toml(path, []) == {"sets": 99}


def test_what_parsing_gives_is_what_the_next_start_is_served(tmp_path: Path) -> None:
    path = write(tmp_path / "a.toml", 'name = "Bridge"\nsets = 2\n')
    cache = ParsedContentCache()
    assert cache.read_toml(path, []) == {"name": "Bridge", "sets": 2}
    assert cache.changed
    again = reload(cache)
    assert again.read_toml(path, []) == {"name": "Bridge", "sets": 2}
    assert not again.changed


def test_any_change_of_text_is_parsed_again_whatever_the_time_and_size(tmp_path: Path) -> None:
    path = write(tmp_path / "a.toml", "reps = 10\n", mtime_ns=1_000_000_000)
    cache = reload(planted(path, '{"reps": 10}'))
    write(path, "reps = 12\n", mtime_ns=1_000_000_000)  # same size, same time: a copy that kept the time
    assert cache.read_toml(path, []) == {"reps": 12}


def test_a_symlink_pointed_at_another_file_is_read_through(tmp_path: Path) -> None:
    old = write(tmp_path / "v1.toml", "sets = 2\n", mtime_ns=0)
    new = write(tmp_path / "v2.toml", "sets = 3\n", mtime_ns=0)
    link = tmp_path / "exercises.toml"
    link.symlink_to(old)
    cache = ParsedContentCache()
    assert cache.read_toml(link, []) == {"sets": 2}
    link.unlink()
    link.symlink_to(new)
    assert reload(cache).read_toml(link, []) == {"sets": 3}


def test_it_matches_parsing_for_every_bundled_content_file() -> None:
    files = sorted(bundled_content_dir().rglob("*.toml"))
    assert len(files) > 5
    cache = ParsedContentCache()
    for file in files:
        cache.read_toml(file, [])
    cache = reload(cache)
    for file in files:
        assert cache.read_toml(file, []) == read_toml(file, []), file
    assert not cache.changed


def test_a_catalogue_loaded_through_the_cache_equals_one_parsed_directly() -> None:
    cache = ParsedContentCache()
    load_catalogue([bundled_content_dir()], read=cache.read_toml)
    cached = load_catalogue([bundled_content_dir()], read=reload(cache).read_toml)
    parsed = load_catalogue([bundled_content_dir()])
    assert list(cached.catalogue) == list(parsed.catalogue)
    assert cached.problems == parsed.problems == []


def test_a_broken_file_is_reported_every_time_and_never_cached(tmp_path: Path) -> None:
    path = write(tmp_path / "a.toml", "sets = = 2\n")
    cache = ParsedContentCache()
    for _ in range(2):
        problems: list[Problem] = []
        assert cache.read_toml(path, problems) is None
        assert [p.kind for p in problems] == [ProblemKind.SYNTAX]
        cache = reload(cache)
    assert '"files": {}' in cache.to_json()
    missing: list[Problem] = []
    assert cache.read_toml(tmp_path / "gone.toml", missing) is None
    assert [p.kind for p in missing] == [ProblemKind.UNREADABLE]


def test_an_entry_that_cannot_be_read_is_parsed_again_and_replaced(tmp_path: Path) -> None:
    path = write(tmp_path / "a.toml", "sets = 2\n")
    for broken in ('{"sets": 2', "[1, 2]", "[" * 100_000):
        cache = planted(path, broken)
        assert cache.read_toml(path, []) == {"sets": 2}
        assert cache.changed
        assert reload(cache).read_toml(path, []) == {"sets": 2}


def test_what_a_loader_changes_does_not_change_the_cache(tmp_path: Path) -> None:
    path = write(tmp_path / "a.toml", "items = [1, 2]\n")
    cache = ParsedContentCache()
    cache.read_toml(path, [])
    cache = reload(cache)
    data = cache.read_toml(path, [])
    assert data is not None
    data["items"] = "changed by a loader"
    assert cache.read_toml(path, []) == {"items": [1, 2]}
    assert reload(cache).read_toml(path, []) == {"items": [1, 2]}


def test_values_json_cannot_hold_are_parsed_each_time_and_still_returned(tmp_path: Path) -> None:
    path = write(tmp_path / "a.toml", "reviewed = 2026-11-25\nrepeat = 1.0\n")
    cache = ParsedContentCache()
    data = cache.read_toml(path, [])
    assert data is not None and str(data["reviewed"]) == "2026-11-25" and isinstance(data["repeat"], float)
    assert '"files": {}' in cache.to_json()


def test_a_float_stays_a_float_and_text_stays_exact(tmp_path: Path) -> None:
    path = write(tmp_path / "a.toml", 'hold = 30.0\nreps = 10\nname = "Ischias-Übung “Brücke”"\n')
    cache = ParsedContentCache()
    cache.read_toml(path, [])
    data = reload(cache).read_toml(path, [])
    assert data == {"hold": 30.0, "reps": 10, "name": "Ischias-Übung “Brücke”"}
    assert isinstance(data["hold"], float) and isinstance(data["reps"], int)


def test_an_unreadable_or_foreign_cache_is_an_empty_one(tmp_path: Path) -> None:
    path = write(tmp_path / "a.toml", "sets = 2\n")
    for text in ("", "not json", "[]", '{"format": 99, "files": {}}', '{"format": 2, "files": []}',
                 '{"format": 2, "files": {"' + str(path) + '": [1, "{}"]}}', "[" * 100_000):
        cache = ParsedContentCache.from_json(text)
        assert cache.read_toml(path, []) == {"sets": 2}
    assert ParsedContentCache.from_file(tmp_path / "no-cache.json").to_json() == '{"format": 2, "files": {}}'


def test_it_needs_saving_only_when_something_changed(tmp_path: Path) -> None:
    a = write(tmp_path / "a.toml", "sets = 2\n")
    b = write(tmp_path / "b.toml", "sets = 3\n")
    cache = ParsedContentCache()
    cache.read_toml(a, [])
    cache.read_toml(b, [])
    assert cache.changed  # parsed
    cache = reload(cache)
    cache.read_toml(a, [])
    cache.read_toml(b, [])
    assert not cache.changed  # all served
    write(b, "sets = 4\n")
    cache = reload(cache)
    cache.read_toml(b, [])
    assert cache.changed  # b parsed again
    saved = cache.to_json()
    b.unlink()
    cache = ParsedContentCache.from_json(saved)
    cache.read_toml(a, [])
    assert cache.changed  # b's entry is stale
    assert str(b) not in cache.to_json() and str(a) in cache.to_json()


def test_a_file_not_read_yet_keeps_its_entry(tmp_path: Path) -> None:
    """The symptom files are read at the first workout, after the start has saved the cache."""
    a = write(tmp_path / "a.toml", "sets = 2\n")
    later = write(tmp_path / "red_flags.toml", "sets = 3\n")
    cache = ParsedContentCache()
    cache.read_toml(a, [])
    cache.read_toml(later, [])
    cache = reload(cache)
    cache.read_toml(a, [])
    assert not cache.changed
    assert str(later) in cache.to_json()
    assert planted(later, '{"sets": 99}').read_toml(later, []) == {"sets": 99}  # served when read (same text)
    write(later, "sets = 5\n")
    assert reload(cache).read_toml(later, []) == {"sets": 5}  # and never stale
