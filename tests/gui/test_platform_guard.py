"""Guards against known-bad Qt bindings (see pyproject.toml's PySide6 exclusions)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 (PEP 683)")
def test_void_qt_calls_do_not_leak_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; a workout then aborts
    with 'none_dealloc' within minutes. This fails fast if such a build is ever installed again."""
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.setPen(QPen(QColor("red")))
        label.setText("x")
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 100, f"None lost {before - after} references over 4000 void calls"
