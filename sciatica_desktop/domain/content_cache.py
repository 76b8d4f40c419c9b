"""Parsed content files, kept between starts so that the first paint need not parse TOML again.

Every start reads the same exercise and routine files, which change only when the app is updated or a clinic
edits them. Parsing them with :mod:`tomllib` costs about 6 ms and importing the parser 3 ms, a twentieth of
a bare window's start. The cache keeps each file's text beside what it parsed to, and serves the parsed data
only while the file's text is exactly the same: reading seven small files takes a fraction of a millisecond,
and no time stamp, size or checksum can then let an edited dose through (a clinic's symlink pointed at a new
file, a copy that kept the old time, an install that stamps every file with the same time). Only parsing is
skipped; every entry is still checked on every start, so a problem in a file is reported the same either
way. The cache is JSON (data, never code); an entry or a cache that cannot be read is parsed again and
rewritten.
"""

from __future__ import annotations

import json
from pathlib import Path

from sciatica_desktop.domain.content_files import Problem, parse_toml, read_text

FORMAT = 2


class ParsedContentCache:
    """A ``read_toml`` that remembers what it parsed; :meth:`to_json` is what the next start reads."""

    def __init__(self, files: dict[str, tuple[str, str]] | None = None) -> None:
        # file path -> (the file's text, what it parsed to as JSON text)
        self._files = dict(files or {})
        self._dirty = False  # an entry was added, replaced or dropped since the cache was read

    @classmethod
    def from_json(cls, text: str | bytes) -> ParsedContentCache:
        """The cache in ``text``; an empty cache when it is not one this version wrote."""
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):
            return cls()
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            return cls()
        files = document.get("files")
        if not isinstance(files, dict):
            return cls()
        kept = {}
        for name, value in files.items():
            if isinstance(value, list) and len(value) == 2 and all(isinstance(part, str) for part in value):
                kept[name] = (value[0], value[1])
        return cls(kept)

    @classmethod
    def from_file(cls, path: Path) -> ParsedContentCache:
        try:
            return cls.from_json(path.read_bytes())
        except OSError:  # no cache yet, or one we may not read: parse the files
            return cls()

    def read_toml(self, file: Path, problems: list[Problem]) -> dict[str, object] | None:
        """What :func:`content_files.read_toml` returns, from the cache while the file's text is unchanged."""
        key = str(file)
        text = read_text(file, problems)
        if text is None:
            self._drop(key)
            return None
        cached = self._files.get(key)
        if cached is not None and cached[0] == text:
            try:
                served = json.loads(cached[1])  # a fresh copy: loaders may change what they are given
            except (ValueError, RecursionError):
                served = None
            if isinstance(served, dict):
                return served
        self._drop(key)
        data = parse_toml(file, text, problems)
        if data is not None:
            try:
                self._files[key] = (text, json.dumps(data, ensure_ascii=False))
            except (TypeError, ValueError):  # a TOML date or time: JSON has none, so parse it each time
                pass
            else:
                self._dirty = True
        return data

    def _drop(self, key: str) -> None:
        if self._files.pop(key, None) is not None:
            self._dirty = True

    def _kept(self) -> list[str]:
        """The entries worth keeping: every file still there, read this run or not (the symptom files are
        read at the first workout, after the cache is first saved)."""
        return sorted(name for name in self._files if Path(name).is_file())

    @property
    def changed(self) -> bool:
        """Whether the cache on disk should be rewritten: a file was parsed or dropped, or one is gone."""
        return self._dirty or len(self._kept()) != len(self._files)

    def saved(self) -> None:
        """The cache was written (what :meth:`to_json` gave is on disk): nothing changed since."""
        self._files = {name: self._files[name] for name in self._kept()}
        self._dirty = False

    def to_json(self) -> str:
        """Every entry whose file is still there (a deleted file's entry goes)."""
        files = {name: list(self._files[name]) for name in self._kept()}
        return json.dumps({"format": FORMAT, "files": files}, ensure_ascii=False)
