"""The desktop entry and AppStream metadata agree with the app, and validate where the tools exist."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sciatica_desktop import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "sciatica-desktop.desktop"
METAINFO = ROOT / "packaging" / "io.github.sciatica_desktop.metainfo.xml"


def test_desktop_entry_matches_the_app() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == APP_NAME
    assert section["StartupWMClass"] == APP_ID
    assert section["Exec"].split()[0] == "sciatica-desktop"
    assert (ROOT / "assets" / "icons" / f"{section['Icon']}.svg").is_file()


def test_metainfo_names_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("name") == APP_NAME
    versions = [r.get("version") for r in root.iter("release")]
    assert __version__ in versions
    assert root.findtext("launchable") == DESKTOP.name


@pytest.mark.parametrize(
    ("tool", "args", "path"),
    [("desktop-file-validate", [], DESKTOP), ("appstreamcli", ["validate", "--no-net"], METAINFO)],
)
def test_validators_accept_the_files(tool: str, args: list[str], path: Path) -> None:
    binary = shutil.which(tool)
    if binary is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream)")
    result = subprocess.run([binary, *args, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
