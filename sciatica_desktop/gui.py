"""Builds the Qt side of the app from the core: the backends, the pages, the window, the shell."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from sciatica_desktop import APP_ID, APP_NAME, __version__
from sciatica_desktop.app import Core, Options, build_core, clip_path, runner_settings, video_dirs
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.exercise import Exercise, Side
from sciatica_desktop.media.cues import CuePlayer
from sciatica_desktop.media.player import BackendChoice, choose_backend, create_player, probe_backends
from sciatica_desktop.media.video_view import VideoView
from sciatica_desktop.services.workout_service import WorkoutService
from sciatica_desktop.ui.errors import install_excepthook, show_error
from sciatica_desktop.ui.history.history_page import HistoryPage
from sciatica_desktop.ui.library.library_page import LibraryPage
from sciatica_desktop.ui.main_window import MainWindow
from sciatica_desktop.ui.shell import Routine, Shell
from sciatica_desktop.ui.today.today_page import TodayPage
from sciatica_desktop.ui.workout.workout_page import Clip, WorkoutPage

log = logging.getLogger(__name__)


@dataclass
class Gui:
    window: MainWindow
    shell: Shell
    video: VideoView
    cues: CuePlayer
    backend: BackendChoice


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def frame_source_for(exercise: Exercise, side: Side) -> tuple[Any, float] | None:
    """The pose-drawn animation for the fallback player, when the demos package can draw this exercise."""
    try:
        from sciatica_desktop.demos.draw import clip_seconds, frame_source
    except ImportError:
        return None
    try:
        return frame_source(exercise.id, QSize(640, 360)), clip_seconds(exercise.id)
    except KeyError:  # no pose data for this exercise (a clinic's own, say): the title card shows instead
        return None


def build_gui(core: Core, options: Options, *, speech: bool = True) -> Gui:
    probes = probe_backends()
    backend = choose_backend("none" if options.video_backend == "none" else options.video_backend, probes)
    log.info(
        "video backend: %s (%s)", backend.name, "; ".join(f"{k}: {v}" for k, v in backend.reasons.items())
    )
    factory = None if backend.name == "fallback" else (lambda: create_player(backend.name))
    video = VideoView(factory)
    cues = CuePlayer(cache_dir=core.data_dir.root / "cache", speech_engine="speechd" if speech else None)
    folders = video_dirs(core.data_dir)

    def clip_for(exercise: Exercise, side: Side) -> Clip:
        drawn = frame_source_for(exercise, side)
        source, seconds = drawn if drawn is not None else (None, 4.0)
        return Clip(clip_path(exercise, side, folders), source, seconds)

    names = {e.id: e.name for e in core.catalogue}
    pages = {
        "today": TodayPage(),
        "library": LibraryPage(),
        "history": HistoryPage(name_of=lambda i: names.get(i, i)),
        "workout": WorkoutPage(video=video, clip_for=clip_for, cues=cues),
    }
    window = MainWindow(pages=pages, title=APP_NAME)
    profile = core.repo.ensure_profile()
    service = WorkoutService(
        store=core.repo,
        exercises=core.catalogue,
        clock=core.clock,
        settings=runner_settings,
        on_error=lambda error: show_error(window, error),
    )
    shell = Shell(
        window=window,
        workouts=service,
        profile=profile,
        routine=Routine(core.routine_name, core.routine_items),
        exercises=list(core.catalogue),
        list_sessions=lambda: core.repo.list_sessions(profile.id),
    )
    for notice in core.notices:
        window.add_notice(notice)
    if options.video_backend not in ("auto", "none", backend.name):
        window.add_notice(
            window.tr("Video: {wanted} is not available here ({why}); using {used}.").format(
                wanted=options.video_backend,
                why=backend.reasons.get(options.video_backend, ""),
                used=backend.name,
            )
        )
    video.sig_notice.connect(lambda text: log.warning("video: %s", text))
    return Gui(window=window, shell=shell, video=video, cues=cues, backend=backend)


def _report_for_bench(app: QApplication) -> None:
    """For `make bench`: say when the window is on screen, then the memory in use after an idle second."""
    print("shown", flush=True)

    def idle() -> None:
        with open("/proc/self/status", encoding="ascii") as status:
            rss = next(line for line in status if line.startswith("VmRSS")).split()[1]
        print("rss", rss, flush=True)
        app.quit()

    QTimer.singleShot(1000, idle)


def run_gui(options: Options) -> int:
    app = make_app()
    try:
        core = build_core(options)
    except KnownError as error:
        show_error(None, error)
        print(f"{APP_NAME}: {error.message}", file=sys.stderr)
        return 2
    gui = build_gui(core, options)
    install_excepthook(gui.window)
    gui.window.resize(1280, 800)
    gui.window.show()
    if os.environ.get("SCIATICA_DESKTOP_EXIT_WHEN_SHOWN"):
        QTimer.singleShot(0, lambda: _report_for_bench(app))
    code = app.exec()
    gui.video.release()
    core.close()
    return code
