"""Where the content shipped with the app lives.

A module of its own so that finding the folder does not load the catalogue: the first paint can come from
the texts the last start saved (storage/first_paint.py), and only needs to know which files they came from.
"""

from __future__ import annotations

from pathlib import Path


def bundled_content_dir() -> Path:
    """The content folder shipped inside the package (exercises, routines, this format's README)."""
    return Path(__file__).resolve().parent.parent / "content"
