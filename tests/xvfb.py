"""A private Xvfb server for tests and benchmarks that need a real X display (VLC, real window timing).

``-displayfd`` makes Xvfb choose a free display number and write it once it accepts connections, so there is
neither a guessed number to collide with another server nor a sleep while waiting for it.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
from collections.abc import Iterator

START_TIMEOUT_S = 20.0  # an upper bound: Xvfb reports readiness itself


class XvfbUnavailableError(Exception):
    """No Xvfb can be started here; the message says why."""


@contextlib.contextmanager
def xvfb(screen: str = "1280x800x24") -> Iterator[str]:
    """Run Xvfb for the duration of the block; yields the display name (":N")."""
    binary = shutil.which("Xvfb")
    if binary is None:
        raise XvfbUnavailableError("Xvfb is not installed (Debian: apt-get install xvfb xauth)")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [binary, "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], START_TIMEOUT_S)
        number = os.read(read_fd, 64).decode().strip() if ready else ""
        if not number.isdigit():
            process.kill()
            _, err = process.communicate(timeout=10)
            why = err.decode(errors="replace").strip()[-300:] or "no display number"
            raise XvfbUnavailableError(f"Xvfb did not start: {why}")
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
