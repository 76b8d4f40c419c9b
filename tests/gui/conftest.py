"""Widget tests run offscreen, never on a real screen, and never load libvlc."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
