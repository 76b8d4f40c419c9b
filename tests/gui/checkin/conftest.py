"""The whole GUI over a temporary database, for the symptom pages and the workout gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from sciatica_desktop.domain.clock import FakeClock
from tests.gui_app import running_gui


@pytest.fixture
def app_gui(tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    with running_gui(qtbot, tmp_path, clock=FakeClock()) as running:
        yield running
