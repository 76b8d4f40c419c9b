"""``sciatica-desktop render-demos``: draw the demonstration clips from the pose data, deterministically."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from sciatica_desktop.app import ASSETS_VIDEOS
from sciatica_desktop.domain.errors import KnownError


def run_render_demos(*, out: Path | None, contact_sheet: Path | None, only: Sequence[str] | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from sciatica_desktop.demos import render
    except ImportError as exc:  # PyAV and numpy come with the 'render' extra
        raise KnownError(
            f"Rendering needs the 'render' extra (pip install 'sciatica-desktop[render]'): {exc}"
        ) from exc
    from sciatica_desktop.demos.poses import EXERCISE_IDS

    unknown = sorted(set(only or ()) - set(EXERCISE_IDS))
    if unknown:
        raise KnownError(f"No pose data for: {', '.join(unknown)}. Known: {', '.join(EXERCISE_IDS)}")
    if contact_sheet is not None:
        print(render.contact_sheet(contact_sheet, only=only))
    if out is not None or contact_sheet is None:
        folder = out or ASSETS_VIDEOS
        folder.mkdir(parents=True, exist_ok=True)
        for path in render.render_all(folder, only=only):
            print(path)
    return 0
