"""Builds the Qt side of the app from the core: the backends, the pages, the window, the shell."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from sciatica_desktop import APP_ID, APP_NAME, __version__
from sciatica_desktop.app import (
    Content,
    Core,
    Options,
    clip_path,
    open_storage,
    prepare_content,
    runner_settings,
    video_dirs,
)
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.exercise import Exercise, Side
from sciatica_desktop.ui.errors import install_excepthook, show_error
from sciatica_desktop.ui.main_window import MainWindow
from sciatica_desktop.ui.today.today_page import TodayPage

if TYPE_CHECKING:  # media, services and the workout page load after the window shows (see run_gui)
    from sciatica_desktop.media.cues import CuePlayer
    from sciatica_desktop.media.player import BackendChoice, VideoPlayer
    from sciatica_desktop.media.video_view import VideoView
    from sciatica_desktop.ui.shell import Shell

log = logging.getLogger(__name__)


@dataclass
class Gui:
    window: MainWindow
    shell: Shell
    video: VideoView
    cues: CuePlayer
    backends: list[BackendChoice]  # the choice, once the first clip has been shown


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


def build_window(content: Content) -> MainWindow:
    """The window with everything that comes from files; it can show before the database is open."""
    today = TodayPage()
    today.set_routine(content.routine_name, content.routine_items)
    today.start_button.setEnabled(False)  # until the session log is open
    return MainWindow(pages={"today": today}, title=APP_NAME)


def attach_services(window: MainWindow, core: Core, options: Options, *, speech: bool = True) -> Gui:
    """Everything that needs the database or media: video backend, cues, the workout page, the shell."""
    from sciatica_desktop.media.cues import CuePlayer
    from sciatica_desktop.media.player import choose_backend, create_player, probe_backends
    from sciatica_desktop.media.video_view import VideoView
    from sciatica_desktop.services.workout_service import WorkoutService
    from sciatica_desktop.ui.history.history_page import HistoryPage
    from sciatica_desktop.ui.library.library_page import LibraryPage
    from sciatica_desktop.ui.shell import Routine, Shell
    from sciatica_desktop.ui.workout.workout_page import Clip, WorkoutPage

    chosen: list[BackendChoice] = []

    def make_player() -> VideoPlayer:
        """Probe and pick the video backend when the first clip needs it, not at start-up."""
        backend = choose_backend(options.video_backend, probe_backends())
        chosen.append(backend)
        others = "; ".join(f"{name}: {why}" for name, why in backend.reasons.items())
        log.info("video backend: %s (%s)", backend.name, others)
        if options.video_backend not in ("auto", "none", backend.name):
            window.add_notice(
                window.tr("Video: {wanted} is not available here ({why}); using {used}.").format(
                    wanted=options.video_backend,
                    why=backend.reasons.get(options.video_backend, ""),
                    used=backend.name,
                )
            )
        return create_player(backend.name)

    factory = None if options.video_backend == "none" else make_player
    video = VideoView(factory)
    cues = CuePlayer(cache_dir=core.data_dir.root / "cache", speech_engine="speechd" if speech else None)
    folders = video_dirs(core.data_dir)

    def clip_for(exercise: Exercise, side: Side) -> Clip:
        drawn = frame_source_for(exercise, side)
        source, seconds = drawn if drawn is not None else (None, 4.0)
        return Clip(clip_path(exercise, side, folders), source, seconds)

    names = {e.id: e.name for e in core.catalogue}
    library = LibraryPage()
    library.set_exercises(list(core.catalogue))
    window.add_page("library", library)
    window.add_page("history", HistoryPage(name_of=lambda i: names.get(i, i)))
    window.add_page("workout", WorkoutPage(video=video, clip_for=clip_for, cues=cues))
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
        list_sessions=lambda: core.repo.list_sessions(profile.id),
    )
    for notice in core.notices:
        window.add_notice(notice)
    video.sig_notice.connect(lambda text: log.warning("video: %s", text))
    return Gui(window=window, shell=shell, video=video, cues=cues, backends=chosen)


def build_gui(core: Core, options: Options, *, speech: bool = True) -> Gui:
    """The whole GUI at once (screenshots, tests); ``run_gui`` does the same in two steps."""
    content = Content(core.data_dir, core.catalogue, core.routine_name, core.routine_items, core.problems)
    return attach_services(build_window(content), core, options, speech=speech)


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
    """Show the window as soon as the content is loaded, then open the database and media right after.

    The session log and the video backends take a few hundred milliseconds to open; the patient sees the
    routine meanwhile, and Start is enabled once they are ready.
    """
    app = make_app()
    try:
        content = prepare_content(options)
    except KnownError as error:
        print(f"{APP_NAME}: {error.message}", file=sys.stderr)
        show_error(None, error)
        return 2
    window = build_window(content)
    install_excepthook(window)
    window.resize(1280, 800)
    window.show()
    if os.environ.get("SCIATICA_DESKTOP_EXIT_WHEN_SHOWN"):
        QTimer.singleShot(0, lambda: _report_for_bench(app))
    started: list[tuple[Core, Gui]] = []

    def finish_start() -> None:
        try:
            core = open_storage(content, options)
        except KnownError as error:
            print(f"{APP_NAME}: {error.message}", file=sys.stderr)
            show_error(window, error)
            app.exit(2)
            return
        started.append((core, attach_services(window, core, options)))

    QTimer.singleShot(0, finish_start)
    code = app.exec()
    for core, gui in started:
        gui.video.release()
        core.close()
    return code
