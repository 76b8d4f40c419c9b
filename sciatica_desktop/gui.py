"""Builds the Qt side of the app from the core: the backends, the pages, the window, the shell."""

from __future__ import annotations

import gc
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from sciatica_desktop import APP_ID, APP_NAME, __version__
from sciatica_desktop.app import (
    ASSETS_ICONS,
    ICON_SIZES,
    Content,
    Core,
    Options,
    clip_path,
    icon_png,
    load_content,
    open_data_dir,
    open_storage,
    runner_settings,
    save_content_cache,
    setup_logging,
    today_snapshot,
    video_dirs,
)
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.gui_pages import (
    attach_reports,
    attach_symptoms,
    frame_source_for,
    library_page,
    today_service,
)
from sciatica_desktop.storage.first_paint import TodayView
from sciatica_desktop.ui.errors import install_excepthook, show_error
from sciatica_desktop.ui.main_window import MainWindow
from sciatica_desktop.ui.today.today_page import TodayPage
from sciatica_desktop.ui.widgets.theme import apply_palette, fusion_arguments, use_fusion

if TYPE_CHECKING:  # media, services and the workout page load after the window shows (see run_gui)
    from PySide6.QtGui import QIcon

    from sciatica_desktop.domain.exercise import Exercise, Side
    from sciatica_desktop.media.cues import CuePlayer
    from sciatica_desktop.media.on_demand import MediaOnDemand
    from sciatica_desktop.media.player import BackendChoice, VideoPlayer
    from sciatica_desktop.media.video_view import VideoView
    from sciatica_desktop.storage.datadir import DataDir
    from sciatica_desktop.storage.first_paint import TodaySnapshot
    from sciatica_desktop.ui.shell import Shell
    from sciatica_desktop.ui.workout.workout_page import Clip

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).parent / "translations"  # `make translations` writes the .ts and .qm files


@dataclass
class Gui:
    window: MainWindow
    shell: Shell
    media: MediaOnDemand  # the video surfaces and the cues, made when a page first needs them
    backends: list[BackendChoice]  # the choice, once the first clip has been shown

    @property
    def video(self) -> VideoView:
        """The workout's video surface."""
        return self.media.view("workout")

    @property
    def preview(self) -> VideoView:
        """The library's looping preview."""
        return self.media.view("preview")

    @property
    def cues(self) -> CuePlayer:
        return self.media.cues

    def release_media(self) -> None:
        """Stop and free every player (before the window closes: VLC draws into our native children)."""
        self.media.release()


def load_translation(locale: QLocale) -> QTranslator | None:
    """The translation for ``locale``, or else the English one: it gives the plurals their English forms
    ("%n set(s)" reads "1 set", "8 sets"). None when neither file is there."""
    translator = QTranslator()
    folder = str(TRANSLATIONS)
    if translator.load(locale, "sciatica_desktop", "_", folder):  # sciatica_desktop_de_AT.qm, then _de.qm...
        return translator
    return translator if translator.load("sciatica_desktop_en", folder) else None


def install_translator(app: QCoreApplication) -> QTranslator | None:
    """Translate into the user's language (or English), once per app: one small file, read at start-up."""
    installed: QTranslator | None = getattr(app, "translator", None)
    if installed is not None:
        return installed
    translator = load_translation(QLocale())
    if translator is None:
        log.warning("no translation in %s: plurals read like '1 set(s)'", TRANSLATIONS)
        return None
    translator.setParent(app)
    app.installTranslator(translator)
    app.translator = translator  # type: ignore[attr-defined]  # kept alive, and found by a second call
    return translator


def make_app(argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """The application, in Fusion with the app's palette and translation. ``icon=False`` leaves the window
    icon to the caller (``run_gui`` gives it once the window shows: ``set_window_icon``)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        use_fusion(existing)
        apply_palette(existing)
        install_translator(existing)
        return existing
    app = QApplication([*(argv if argv is not None else sys.argv[:1]), *fusion_arguments()])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    apply_palette(app)
    if icon:
        set_window_icon(app)
    install_translator(app)
    return app


def set_window_icon(app: QApplication) -> None:
    """Give every window the app's icon (when there is one); a window already shown takes it at once."""
    icon = window_icon()
    if icon is not None:
        app.setWindowIcon(icon)


def window_icon() -> QIcon | None:
    """The app's icon from its PNGs (see app.ICON_SIZES), else from the icon theme; None without either."""
    from PySide6.QtGui import QIcon  # once the window shows (run_gui): PySide6 builds the type at first use

    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_png(size)
        if path.is_file():
            # Qt reads the size from the file; passing it builds PySide6's QSize type (~0.1 MiB).
            icon.addFile(str(path))
    if icon.isNull():  # installed without assets/: the icon a package put in the desktop's icon theme
        icon = QIcon.fromTheme(APP_ID)
    if icon.isNull():
        log.info("no window icon in %s or in the icon theme", ASSETS_ICONS)
        return None
    return icon


def build_window(content: Content | TodayView) -> MainWindow:
    """The window with the Today page, made from the content or from the texts the last start saved
    (storage/first_paint.py); it can show before the database is open."""
    today = TodayPage()
    if isinstance(content, TodayView):
        today.show_view(content)
    else:
        today.set_routine(content.routine_name, content.routine_items)
    today.start_button.setEnabled(False)  # until the session log is open
    return MainWindow(pages={"today": today}, title=APP_NAME)


@dataclass
class FirstWindow:
    """The window as it first shows, and what is needed to finish the Today page once it has."""

    window: MainWindow
    data_dir: DataDir
    snapshot: TodaySnapshot
    content: Content | None  # None while the Today page shows the texts the last start saved
    _made: TodayView | None = None  # the texts made from the content, once it is loaded

    @property
    def today(self) -> TodayPage:
        return self.window.page("today")  # type: ignore[return-value]

    def load_content(self) -> Content:
        """The content (loaded now if the page showed saved texts, which it then replaces if they differ).
        Start stays off: the database is not open yet."""
        if self.content is None:
            self.content = load_content(self.data_dir)
        today = self.today
        view = today.view_for(self.content.routine_name, self.content.routine_items)
        if view != today.view:
            today.show_view(view)
            today.start_button.setEnabled(False)
        self._made = view
        return self.content

    def save_texts(self) -> None:
        """Keep the texts made from the content (not the exercises a profile added) for the next start."""
        if self._made is not None:
            self.snapshot.save(self._made)


def first_window(options: Options) -> FirstWindow:
    """The window with the Today page, from the texts the last start saved when this version, language
    and content files are the same, else from the content loaded now. Raises KnownError (the data folder)."""
    data_dir = open_data_dir(options)
    snapshot = today_snapshot(data_dir, ",".join(QLocale().uiLanguages()))  # what the translation follows
    view = snapshot.read()
    if view is not None:
        return FirstWindow(build_window(view), data_dir, snapshot, content=None)
    content = load_content(data_dir)
    return FirstWindow(build_window(content), data_dir, snapshot, content)


def about_lines(core: Core, options: Options, media: MediaOnDemand, chosen: list[BackendChoice]) -> list[str]:
    """What the About box says about this machine: data folder, database, video, speech, sound, content."""
    status = media.cues.status()
    if chosen:
        reasons = "; ".join(f"{name}: {why}" for name, why in chosen[-1].reasons.items())
        video_line = MainWindow.tr("Video: {backend} ({reasons})").format(
            backend=chosen[-1].name, reasons=reasons
        )
    elif options.video_backend == "none":
        video_line = MainWindow.tr("Video: turned off; the drawn demonstration is shown")
    else:
        video_line = MainWindow.tr("Video: chosen when the first clip plays")
    captions_only = MainWindow.tr("none, captions only")
    return [
        MainWindow.tr("Data folder: {path}").format(path=core.data_dir.root),
        MainWindow.tr("Database: {engine} at {where}").format(
            engine=core.opened.engine, where=core.opened.location
        ),
        video_line,
        MainWindow.tr("Speech: {engine} ({why})").format(
            engine=status.speech_engine or captions_only, why=status.speech_reason
        ),
        MainWindow.tr("Sound: {state} ({why})").format(
            state=MainWindow.tr("on") if status.audio else captions_only, why=status.audio_reason
        ),
        MainWindow.tr("Content: {exercises} exercises, %n problem(s)", None, len(core.problems)).format(
            exercises=len(core.catalogue)
        ),
    ]


def add_session_pages(window: MainWindow, *, media: MediaOnDemand, clip_for: Any, name_of: Any) -> None:
    """The history and workout pages, each built the first time it is used (a few MiB for the workout
    page): a patient who only reads Today, or only checks in, never pays for them."""
    from sciatica_desktop.ui.widgets.lazy_page import LazyPage

    def history_page() -> QWidget:
        from sciatica_desktop.ui.history.history_page import HistoryPage

        return HistoryPage(name_of=name_of)

    def workout_page() -> QWidget:
        from sciatica_desktop.ui.workout.workout_page import WorkoutPage

        return WorkoutPage(video=media.view("workout"), clip_for=clip_for, cues=media.cues)

    window.add_page("history", LazyPage(history_page))
    window.add_page("workout", LazyPage(workout_page))  # built at the first Start or resume


def attach_services(window: MainWindow, core: Core, options: Options, *, speech: bool = True) -> Gui:
    """Everything that needs the database or media: video backend, cues, the workout page, the shell."""
    from sciatica_desktop.media.on_demand import MediaOnDemand
    from sciatica_desktop.services.workout_service import WorkoutService
    from sciatica_desktop.ui.shell import Routine, Shell
    from sciatica_desktop.ui.widgets.lazy_page import LazyPage

    chosen: list[BackendChoice] = []

    def make_player() -> VideoPlayer:
        """Probe and pick the video backend when the first clip needs it, not at start-up."""
        from sciatica_desktop.media.player import choose_backend, create_player, probe_backends

        backend = choose_backend(options.video_backend, probe_backends())
        chosen.append(backend)
        others = "; ".join(f"{name}: {why}" for name, why in backend.reasons.items())
        log.info("video backend: %s (%s)", backend.name, others)
        if options.video_backend not in ("auto", "none", backend.name):
            window.add_notice(
                MainWindow.tr("Video: {wanted} is not available here ({why}); using {used}.").format(
                    wanted=options.video_backend,
                    why=backend.reasons.get(options.video_backend, ""),
                    used=backend.name,
                )
            )
        return create_player(backend.name)

    def make_cues() -> CuePlayer:
        from sciatica_desktop.media.cues import CuePlayer

        return CuePlayer(cache_dir=core.data_dir.cache, speech_engine="speechd" if speech else None)

    folders = video_dirs(core.data_dir)

    def clip_for(exercise: Exercise, side: Side) -> Clip:
        from sciatica_desktop.ui.workout.workout_page import Clip  # loaded with the page that asks

        drawn = frame_source_for(exercise, side)
        source, seconds = drawn if drawn is not None else (None, 4.0)
        return Clip(clip_path(exercise, side, folders), source, seconds)

    names = {e.id: e.name for e in core.catalogue}

    def preview_player() -> VideoPlayer:  # the library's preview reuses the workout's choice
        from sciatica_desktop.media.player import create_player

        return create_player(chosen[0].name) if chosen else make_player()

    off = options.video_backend == "none"  # the drawn demonstration only
    media = MediaOnDemand(
        {"workout": None if off else make_player, "preview": None if off else preview_player}, make_cues
    )
    window.add_page(
        "library", LazyPage(lambda: library_page(core, video=media.view("preview"), clip_for=clip_for))
    )
    add_session_pages(window, media=media, clip_for=clip_for, name_of=lambda i: names.get(i, i))
    window.add_page_shortcuts()
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
        today_plan=today_service(core),
    )
    start = shell.today.start_button
    ready = start.isEnabled()
    start.setEnabled(False)  # not before the safety gate is attached below: red flags win over plans
    for notice in core.notices:
        window.add_notice(notice)

    window.set_about_lines(lambda: about_lines(core, options, media, chosen))
    attach_symptoms(window, core, shell, profile)
    attach_reports(window, core, profile)
    start.setEnabled(ready)
    return Gui(window=window, shell=shell, media=media, backends=chosen)


def build_gui(core: Core, options: Options, *, speech: bool = True) -> Gui:
    """The whole GUI at once (screenshots, tests); ``run_gui`` does the same in two steps."""
    content = Content(core.data_dir, core.catalogue, core.routine_name, core.routine_items, core.problems)
    return attach_services(build_window(content), core, options, speech=speech)


def _report_for_bench(app: QApplication) -> None:
    """For `make bench`: say when the window is on screen, then the memory in use after an idle second."""
    print("shown", "gc", "on" if gc.isenabled() else "off", flush=True)

    def idle() -> None:
        with open("/proc/self/status", encoding="ascii") as status:
            rss = next(line for line in status if line.startswith("VmRSS")).split()[1]
        print("rss", rss, "gc", "on" if gc.isenabled() else "off", flush=True)
        app.quit()

    QTimer.singleShot(1000, idle)


def resume_gc() -> None:
    """Turn Python's cycle collector back on if the command line paused it for the start (cli.run)."""
    if not gc.isenabled():
        gc.enable()


def run_gui(options: Options) -> int:
    """Show the window with the Today page first, then load the content (when the page came from the texts
    the last start saved) and open the database and media right after.

    The session log and the video backends take a few hundred milliseconds to open; the patient sees the
    routine meanwhile, and Start is enabled once they are ready.
    """
    app = make_app(icon=False)  # the icon once the window shows: PySide6 builds QIcon's type first (~2 ms)
    try:
        first = first_window(options)
    except KnownError as error:
        print(f"{APP_NAME}: {error.message}", file=sys.stderr)
        set_window_icon(app)
        show_error(None, error)
        return 2
    window = first.window
    install_excepthook(window)
    window.resize(1280, 800)
    window.show()
    if os.environ.get("SCIATICA_DESKTOP_EXIT_WHEN_SHOWN"):
        QTimer.singleShot(0, lambda: _report_for_bench(app))
    QTimer.singleShot(0, lambda: set_window_icon(app))
    started: list[tuple[Core, Gui]] = []

    def finish_start() -> None:
        setup_logging(first.data_dir.logs)  # first: a problem below goes to the log the dialogs point to
        try:
            content = first.load_content()
            core = open_storage(content, options)
        except KnownError as error:
            print(f"{APP_NAME}: {error.message}", file=sys.stderr)
            show_error(window, error)
            app.exit(2)
            return
        except Exception:  # a bug: logged with its traceback and shown; the app cannot go on without these
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
            app.exit(1)
            return
        finally:
            resume_gc()
        started.append((core, attach_services(window, core, options)))
        save_content_cache(content)  # what the content files parsed to, for the next start
        first.save_texts()  # and the Today texts they made
        if os.environ.get("SCIATICA_DESKTOP_EXIT_WHEN_SHOWN"):
            print("ready", flush=True)  # for `make bench`: Start is enabled, every page can open

    QTimer.singleShot(0, finish_start)
    code = app.exec()
    for core, gui in started:
        gui.release_media()
        core.close()
    return code
