"""What the Today page last showed, kept so that the next start can paint it before the content loads.

The Today page is made from the exercise and routine files. Loading them means importing the exercise
model, the catalogue and the routine loader and checking every entry: about 15 ms, a tenth of a bare
window's start, on every start, for texts that change only when a clinic edits a file, the app is updated or
the language changes. So once the content has loaded, the texts the page showed are written to the cache
folder with a key: the app's version, the language, and each content file's size and CRC-32 (of its bytes,
not its time stamp: a copy that kept an old time, or an install that stamps every file alike, still
counts as a change). The next start that finds the same key shows those texts at once, loads the content
right after the first paint, and puts the freshly made texts on the page, so texts that are somehow stale
show for one event-loop turn at most. Start stays off until then in either case, and if the content cannot
be loaded the app says so and ends (gui.run_gui).

The file is JSON (data, never code). One that is missing, unreadable, of another format or of another key
is simply not used, and is written again once the content has loaded.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sciatica_desktop.storage.cache_files import replace_file

log = logging.getLogger(__name__)

FORMAT = 1


@dataclass(frozen=True)
class TodayView:
    """The Today page's texts: the routine's line, and each exercise's line and its tooltip."""

    routine: str
    items: tuple[tuple[str, str], ...]


def content_files(layers: Sequence[Path]) -> Iterator[Path]:
    """The files the Today page is made from, in each layer (a content folder): the exercises and routines."""
    for layer in layers:
        single = layer / "exercises.toml"
        if single.is_file():
            yield single
        for folder in ("exercises", "routines"):
            yield from sorted((layer / folder).glob("*.toml"))


def fingerprint(layers: Sequence[Path]) -> list[list[str | int]]:
    """Each content file with its size and the CRC-32 of its bytes (-1, -1 when it cannot be read)."""
    files: list[list[str | int]] = []
    for path in content_files(layers):
        try:
            data = path.read_bytes()
        except OSError:
            files.append([str(path), -1, -1])
        else:
            files.append([str(path), len(data), zlib.crc32(data)])
    return files


class TodaySnapshot:
    """The saved Today texts at ``path``, valid only for ``key`` (see :meth:`for_content`)."""

    def __init__(self, path: Path, key: dict[str, object]) -> None:
        self.path = path
        self.key = key
        self._found: TodayView | None = None  # what read() served: saving the same again is skipped

    @classmethod
    def for_content(cls, path: Path, layers: Sequence[Path], *, version: str, locale: str) -> TodaySnapshot:
        return cls(path, {"version": version, "locale": locale, "files": fingerprint(layers)})

    def read(self) -> TodayView | None:
        """The texts saved for this key; None when there are none (or they cannot be read)."""
        try:
            document = json.loads(self.path.read_bytes())
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            return None
        if document.get("key") != self.key:
            return None
        view = _view(document.get("view"))
        self._found = view
        return view

    def save(self, view: TodayView) -> None:
        """Keep ``view`` for the next start with the same key (unless it is what was read). Never fatal: a
        read-only data folder only means the next start loads the content before its first paint."""
        if view == self._found:
            return
        document = {
            "format": FORMAT,
            "key": self.key,
            "view": {"routine": view.routine, "items": [list(item) for item in view.items]},
        }
        try:
            # ASCII, escapes and all: a path with bytes that are not UTF-8 (a clinic's file name) survives
            # as the escaped text Python gave it, and the key read back is the same.
            replace_file(self.path, json.dumps(document), encoding="ascii")
        except (OSError, ValueError) as exc:
            log.info("Today page texts not saved (%s); the next start loads the content first", exc)
        else:
            self._found = view


def _view(value: object) -> TodayView | None:
    if not isinstance(value, dict):
        return None
    routine, items = value.get("routine"), value.get("items")
    if not isinstance(routine, str) or not isinstance(items, list):
        return None
    kept: list[tuple[str, str]] = []
    for item in items:
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(part, str) for part in item)):
            return None
        kept.append((item[0], item[1]))
    return TodayView(routine, tuple(kept))
