"""The app's log file in the data folder, kept to a few files of a fixed size.

The standard library's ``RotatingFileHandler`` does this, but it lives in :mod:`logging.handlers`, whose
import also loads :mod:`pickle`, :mod:`queue` and their C parts for the socket and queue handlers beside
it: about 0.6 MiB, held for the whole run of an app that only ever writes one local file (measured with
``make bench``). This handler keeps its naming: when a record would take ``NAME.log`` past ``max_bytes``,
the file becomes ``NAME.log.1``, an older ``.1`` becomes ``.2`` and so on, the oldest beyond ``backups`` is
dropped, and a new ``NAME.log`` is started.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


class RollingFileHandler(logging.FileHandler):
    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        if max_bytes <= 0 or backups < 1:
            raise ValueError(f"a log needs room and at least one old file: {max_bytes=}, {backups=}")
        super().__init__(path, encoding="utf-8", delay=True)  # the file is opened by the first record
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._roll_over()
        except Exception:  # logging's own rule: a log that fails must not stop the app
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)  # where the next line goes, whatever else appended meanwhile
        size = self.stream.tell()
        # An empty file takes the record whatever its length: a line longer than the cap is kept, not lost.
        return size > 0 and size + len(self.format(record)) + len(self.terminator) > self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler's own idiom for "closed"
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):  # .2 -> .3 first, so nothing is overwritten unread
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")  # replaces (drops) the oldest
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()
