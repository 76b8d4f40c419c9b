"""A daily copy of the SQLite database in ``backups/``, keeping the newest few.

The copy uses SQLite's online backup API, which reads a consistent snapshot even while the database is
in WAL mode with un-checkpointed changes (a plain file copy would miss them or catch a torn page). It is
written under a temporary name and renamed, so a backup file is either whole or absent.
PostgreSQL servers are backed up by whoever runs the server, not by each kiosk.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, cast

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import DataFolderError
from sciatica_desktop.storage.datadir import DataDir
from sciatica_desktop.storage.db import OpenedDatabase

PREFIX = "sciatica-"
SUFFIX = ".sqlite3"


def backup_name(day: str) -> str:
    return f"{PREFIX}{day}{SUFFIX}"


def list_backups(data_dir: DataDir) -> list[Path]:
    """Backups, oldest first (the date in the name sorts as text)."""
    return sorted(
        p for p in data_dir.backups.glob(f"{PREFIX}*{SUFFIX}") if p.is_file() and _day_of(p) is not None
    )


def daily_backup(opened: OpenedDatabase, data_dir: DataDir, clock: Clock, keep: int = 7) -> Path | None:
    """Back up once per calendar day; return the new file, or None when there was nothing to do."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    if opened.engine != "sqlite":
        return None
    target = data_dir.backups / backup_name(clock.today().isoformat())
    if target.exists():
        return None
    partial = target.with_name(target.name + ".partial")
    try:
        data_dir.backups.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        source = cast(Any, opened.db).connection()
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=delete")  # one self-contained file
        finally:
            dest.close()
        os.replace(partial, target)
        _rotate(data_dir, keep)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DataFolderError(
            f"Today's backup could not be written to {data_dir.backups} ({reason}). "
            "Your data is still in the database; free some space or check the folder.",
            detail=repr(exc),
        ) from exc
    return target


def _rotate(data_dir: DataDir, keep: int) -> None:
    backups = list_backups(data_dir)
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink()


def _day_of(path: Path) -> str | None:
    day = path.name[len(PREFIX) : -len(SUFFIX)]
    return day if len(day) == 10 and day[4] == "-" and day[7] == "-" else None
