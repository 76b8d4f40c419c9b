"""Parsed content files, kept between starts so that the first paint need not parse TOML again.

Every start reads the same exercise and routine files, which change only when the app is updated or a clinic
edits them. Parsing them with :mod:`tomllib` costs about 6 ms and importing the parser 3 ms, a twentieth of a
bare window's start. The cache keeps each file's parsed data beside the file's size and modification time in
nanoseconds, the test Python's own ``.pyc`` files rely on: a file whose size or time differs is parsed again.
A file changed in the last two seconds is not kept: file systems stamp times in steps of a few milliseconds,
so a second edit of the same size within one step would look unchanged (git calls such entries "racy" and
treats them the same way). Only parsing is skipped; every entry is still checked on every start, so a problem
in a file is reported the same either way. The cache is JSON (data, never code), and a cache that cannot be
read, or was written by another format, is simply rebuilt.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from sciatica_desktop.domain.content_files import Problem, read_toml

FORMAT = 1
SETTLED_NS = 2_000_000_000  # a file younger than this may still change within its time stamp's step


class ParsedContentCache:
    """A ``read_toml`` that remembers what it parsed; :meth:`to_json` holds what this start used."""

    def __init__(self, files: dict[str, tuple[int, int, str]] | None = None) -> None:
        # file path -> (mtime_ns, size, the parsed data as JSON text)
        self._files = dict(files or {})
        self._used: set[str] = set()
        self._parsed: set[str] = set()

    @classmethod
    def from_json(cls, text: str | bytes) -> ParsedContentCache:
        """The cache in ``text``; an empty cache when it is not one this version wrote."""
        try:
            document = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            return cls()
        files = document.get("files")
        if not isinstance(files, dict):
            return cls()
        kept = {}
        for name, value in files.items():
            if (
                isinstance(value, list)
                and len(value) == 3
                and all(isinstance(number, int) for number in value[:2])
                and isinstance(value[2], str)
            ):
                kept[name] = (value[0], value[1], value[2])
        return cls(kept)

    @classmethod
    def from_file(cls, path: Path) -> ParsedContentCache:
        try:
            return cls.from_json(path.read_bytes())
        except OSError:  # no cache yet, or one we may not read: parse the files
            return cls()

    def read_toml(self, file: Path, problems: list[Problem]) -> dict[str, object] | None:
        """What :func:`content_files.read_toml` returns, from the cache while the file is unchanged."""
        key = str(file)
        try:
            info = os.stat(file)
        except OSError:
            return read_toml(file, problems)  # which says why the file cannot be read
        stamp = (info.st_mtime_ns, info.st_size)
        cached = self._files.get(key)
        if cached is not None and cached[:2] == stamp:
            served = json.loads(cached[2])  # a fresh copy: loaders may change what they are given
            if isinstance(served, dict):
                self._used.add(key)
                return served
        data = read_toml(file, problems)
        self._files.pop(key, None)
        if data is not None and time.time_ns() - info.st_mtime_ns >= SETTLED_NS:
            try:
                self._files[key] = (*stamp, json.dumps(data, ensure_ascii=False))
            except (TypeError, ValueError):  # a TOML date or time: JSON has none, so parse it each time
                pass
            else:
                self._used.add(key)
                self._parsed.add(key)
        return data

    @property
    def changed(self) -> bool:
        """Whether the cache on disk should be rewritten: a file was parsed, or one it holds went unused."""
        return bool(self._parsed) or set(self._files) != self._used

    def to_json(self) -> str:
        """The files this start read, and nothing else (a deleted file's entry goes)."""
        files = {name: list(self._files[name]) for name in sorted(self._used) if name in self._files}
        return json.dumps({"format": FORMAT, "files": files}, ensure_ascii=False)
