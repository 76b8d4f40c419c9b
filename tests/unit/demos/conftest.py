"""Demo tests draw with QPainter (text included), which needs a QGuiApplication: pytest-qt's ``qapp``."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _gui(qapp: object) -> None:
    return None
