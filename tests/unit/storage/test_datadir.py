"""The data folder is created, and a folder that cannot be written is refused with a plain message."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from sciatica_desktop.domain.errors import DataFolderError
from sciatica_desktop.storage.datadir import prepare_data_dir, resolve_data_dir


def test_override_wins_and_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir(Path("mine")) == tmp_path / "mine"


def test_default_is_the_platform_user_data_folder() -> None:
    expected = Path(platformdirs.user_data_dir("sciatica-desktop", appauthor=False))
    assert resolve_data_dir(None) == expected


def test_prepare_creates_every_folder(tmp_path: Path) -> None:
    data = prepare_data_dir(tmp_path / "a" / "b")
    assert data.root == tmp_path / "a" / "b"
    assert data.database == data.root / "sciatica.sqlite3"
    for folder in (data.root, data.backups, data.logs, data.videos, data.content):
        assert folder.is_dir()
    assert sorted(p.name for p in data.root.iterdir()) == ["backups", "content", "logs", "videos"]


def test_a_path_under_a_regular_file_is_refused(tmp_path: Path) -> None:
    # Fails for root too: no permission bit is involved, a file simply cannot hold a folder.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    target = blocker / "data"
    with pytest.raises(DataFolderError) as caught:
        prepare_data_dir(target)
    assert str(target) in caught.value.message
    assert "--data-dir" in caught.value.message
    assert "Traceback" not in caught.value.message


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write to. As root, permission bits do not stop writes, so the folder is
    made immutable with ``chattr +i`` (root cannot write there either); skipped if that is impossible."""
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: cannot make a folder unwritable for root")
    done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"running as root and chattr +i failed ({done.stderr.strip()})")
    try:
        yield folder
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_a_read_only_folder_is_refused(read_only_dir: Path) -> None:
    with pytest.raises(DataFolderError) as caught:
        prepare_data_dir(read_only_dir)
    message = caught.value.message
    assert str(read_only_dir) in message
    assert "--data-dir" in message
    assert list(read_only_dir.iterdir()) == []  # nothing was left behind


def test_an_existing_read_only_data_folder_is_refused(tmp_path: Path) -> None:
    """A folder prepared once and later made read-only (the probe write, not mkdir, must catch it)."""
    data = prepare_data_dir(tmp_path / "data")
    if os.geteuid() != 0:
        data.root.chmod(0o500)
        cleanup = ["chmod", "700", str(data.root)]
    else:
        chattr = shutil.which("chattr")
        if chattr is None or subprocess.run([chattr, "+i", str(data.root)], check=False).returncode != 0:
            pytest.skip("running as root and cannot make the folder immutable")
        cleanup = [chattr, "-i", str(data.root)]
    try:
        with pytest.raises(DataFolderError, match="cannot use the data folder"):
            prepare_data_dir(data.root)
    finally:
        subprocess.run(cleanup, check=True)
