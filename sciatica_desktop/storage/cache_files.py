"""Writing a file in the data folder's cache whole or not at all."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def replace_file(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary beside it and ``os.replace``: a reader, or a second
    instance starting at the same time, sees the old file or the new one, never half of one. Raises OSError
    (or ValueError when ``text`` cannot be encoded) and then leaves no temporary behind."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(text, encoding=encoding)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
