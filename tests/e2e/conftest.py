"""End-to-end fixtures: a private Xvfb server, and a check that libvlc really loads.

The pytest process keeps its own Qt platform (offscreen, fixed when QApplication was created); e2e tests
run their Qt code in a subprocess pointed at this Xvfb display with ``QT_QPA_PLATFORM=xcb``.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

XVFB_START_TIMEOUT_S = 20.0  # an upper bound: Xvfb reports readiness itself through -displayfd


def _skip(reason: str) -> None:
    print(f"\n[e2e skipped] {reason}", file=sys.stderr)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """Start ``Xvfb -screen 0 1280x800x24`` on a free display; yields ":N"; stops it at the end.

    ``-displayfd`` makes Xvfb choose a free display number and write it once it accepts connections, so
    there is neither a guessed number to collide with another engineer's server nor a sleep.
    """
    binary = shutil.which("Xvfb")
    if binary is None:
        _skip("Xvfb is not installed (Debian: apt-get install xvfb xauth)")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [binary, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], XVFB_START_TIMEOUT_S)
        number = os.read(read_fd, 64).decode().strip() if ready else ""
        if not number.isdigit():
            process.kill()
            _, err = process.communicate(timeout=10)
            _skip(f"Xvfb did not start: {err.decode(errors='replace').strip()[-300:] or 'no display number'}")
        yield f":{number}"
    finally:
        os.close(read_fd)
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


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
