"""Start the real app on an X server, begin the starter routine, and report whether VLC's picture moves
inside the workout page. Prints one JSON line. Run by ``test_workout_vlc.py`` with ``QT_QPA_PLATFORM=xcb``.

    python tests/e2e/workout_vlc_script.py --data-dir DIR --out DIR
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from sciatica_desktop.app import Options, build_core, clip_path, video_dirs
from sciatica_desktop.domain.exercise import Side
from sciatica_desktop.gui import build_gui, make_app
from tests.e2e.vlc_play_script import grab_video, to_array, wait_until


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    app = make_app()
    options = Options(data_dir=args.data_dir, video_backend="vlc")
    core = build_core(options)
    gui = build_gui(core, options, speech=False)
    gui.shell.before_start = gui.shell.after_workout = None  # the symptom gate: tests/gui/checkin
    window = gui.window
    window.resize(1280, 800)
    window.show()
    wait_until(lambda: window.windowHandle() is not None and window.windowHandle().isExposed(), 10)
    first = core.routine_items[0].exercise
    clip = clip_path(first, Side.LEFT, video_dirs(core.data_dir))
    gui.shell.start_routine()
    runner = gui.shell.workout.active.runner  # type: ignore[union-attr]
    runner.start()
    view = gui.video
    playing = wait_until(lambda: view.active_backend_name() == "vlc" and view.position() > 0.3, 20)
    args.out.mkdir(parents=True, exist_ok=True)
    before = grab_video(window, view)
    start = view.position()
    wait_until(lambda: view.position() > start + 1.0 or view.position() < start, 10)  # 1 s on, or looped
    after = grab_video(window, view)
    before.save(str(args.out / "workout_vlc_1.png"))
    after.save(str(args.out / "workout_vlc_2.png"))
    window.screen().grabWindow(int(window.winId())).save(str(args.out / "workout_vlc_window.png"))
    a, b = to_array(before).astype(int), to_array(after).astype(int)
    changed = float((np.abs(a - b).sum(axis=2) > 30).mean())
    nonblack = float((a.sum(axis=2) > 40).mean())
    print(
        json.dumps(
            {
                "clip": str(clip),
                "backend": view.active_backend_name(),
                "notice": view.notice(),
                "playing": playing,
                "changed_fraction": changed,
                "nonblack_fraction": nonblack,
                "surface": [before.width(), before.height()],
                "page": window.current_page(),
            }
        ),
        flush=True,
    )
    gui.shell.workout.unbind()
    view.release()
    window.close()
    core.close()
    app.quit()


if __name__ == "__main__":
    main()
