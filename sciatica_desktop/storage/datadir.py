"""The data folder: where the database, backups, logs and a clinic's own videos and content live.

Failing to create or write it is an environment problem, not a bug: it becomes a
:class:`DataFolderError` whose message a patient can act on.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sciatica_desktop.domain.errors import DataFolderError

APP_NAME = "sciatica-desktop"
DATABASE_NAME = "sciatica.sqlite3"


@dataclass(frozen=True)
class DataDir:
    """A prepared data folder; every path below ``root`` exists (the database file may not yet)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def videos(self) -> Path:
        return self.root / "videos"

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def cache(self) -> Path:
        """What can be made again from the other files (spoken cues, parsed content); safe to delete."""
        return self.root / "cache"

    def folders(self) -> tuple[Path, ...]:
        return (self.root, self.backups, self.logs, self.videos, self.content)  # cache: made when needed


def resolve_data_dir(override: Path | None) -> Path:
    """The folder to use: ``override`` (from ``--data-dir``) or the platform's user data folder."""
    if override is not None:
        return Path(os.path.abspath(override.expanduser()))
    import platformdirs  # here: a kiosk started with --data-dir never needs it (about 5 ms to import)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def prepare_data_dir(path: Path) -> DataDir:
    """Create the data folder and its sub-folders, and prove the folder is writable.

    Permissions alone do not tell (root ignores them; a read-only mount or an immutable folder refuses
    even root), so a small file is actually created and deleted.
    """
    data_dir = DataDir(path)
    try:
        for folder in data_dir.folders():
            folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=data_dir.root)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DataFolderError(
            f"Sciatica Desktop cannot use the data folder {path} ({reason}). "
            "Choose another folder with --data-dir PATH, or ask for the folder to be made writable.",
            detail=repr(exc),
        ) from exc
    return data_dir
