"""``sciatica-desktop attach-video EXERCISE_ID FILE`` and ``detach-video EXERCISE_ID``: a clinic's own videos.

The same service as the library's "Use our own video…" does the work: the file is checked by decoding it,
copied into the data folder's ``videos/``, and the original is never changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sciatica_desktop.app import Options, clinic_videos, prepare_content


def run_attach_video(options: Options, *, exercise_id: str, file: Path) -> int:
    service = clinic_videos(prepare_content(options))
    target = service.attach(exercise_id, file)  # ClinicVideoError (a KnownError) says why it was refused
    print(f"{exercise_id}: now plays {target}")
    return 0


def run_detach_video(options: Options, *, exercise_id: str) -> int:
    service = clinic_videos(prepare_content(options))
    if service.detach(exercise_id):
        print(f"{exercise_id}: the clinic video was removed; the bundled demonstration plays again")
    else:
        print(f"{exercise_id}: had no clinic video; nothing changed", file=sys.stderr)
    return 0
