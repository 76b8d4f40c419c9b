"""End-to-end fixtures: a private Xvfb server, and a check that libvlc really loads.

The pytest process keeps its own Qt platform (offscreen, fixed when QApplication was created); e2e tests
run their Qt code in a subprocess pointed at this Xvfb display with ``QT_QPA_PLATFORM=xcb``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.xvfb import XvfbUnavailableError, xvfb

ROOT = Path(__file__).resolve().parents[2]



def _skip(reason: str) -> None:
    print(f"\n[e2e skipped] {reason}", file=sys.stderr)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """A private Xvfb (``-screen 0 1280x800x24``) for the session; yields ":N"; skips if none can start."""
    try:
        with xvfb() as display:
            yield display
    except XvfbUnavailableError as exc:
        _skip(str(exc))


@pytest.fixture(scope="session")
def libvlc_available() -> str:
    """The libvlc version, or skip with the reason libvlc cannot load (never exits, never raises)."""
    from sciatica_desktop.media.vlc_player import create_instance, load_vlc

    vlc, why = load_vlc()
    if vlc is None:
        _skip(why)
    instance, why = create_instance(vlc, ("--quiet", "--vout=dummy", "--aout=dummy"))
    if instance is None:
        _skip(why)
    instance.release()
    return vlc.libvlc_get_version().decode(errors="replace")
