"""The running app's pages that need the open database, wired by ``gui.attach_services``: the library, the
symptom flow (the check-in and progress pages, the safety gate and pain prompts around every workout) and the
reports page. Each loads its modules the first time it is used, so importing this costs nothing at start-up.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from sciatica_desktop.app import Core, report_sources
from sciatica_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QWidget

    from sciatica_desktop.domain.exercise import Exercise, Side

log = logging.getLogger(__name__)


def frame_source_for(exercise: Exercise, side: Side, size: QSize | None = None) -> tuple[Any, float] | None:
    """The pose-drawn animation for the fallback player, when the demos package can draw this exercise."""
    try:
        from sciatica_desktop.demos.draw import clip_seconds, frame_source
    except ImportError:
        return None
    try:
        from PySide6.QtCore import QSize

        return frame_source(exercise.id, size or QSize(640, 360)), clip_seconds(exercise.id)
    except KeyError:  # no pose data for this exercise (a clinic's own, say): the title card shows instead
        return None


def thumbnail_for(exercise: Exercise, size: QSize) -> Any:
    """A still from the middle of the drawn demonstration, or None (the library then draws a title card)."""
    from sciatica_desktop.domain.exercise import Side  # loaded with the content, after the first paint

    drawn = frame_source_for(exercise, Side.NONE, size)
    if drawn is None:
        return None
    source, seconds = drawn
    return source(seconds / 2)


def library_page(core: Core, *, video: Any, clip_for: Any) -> Any:
    """The library with its own preview surface and the clinic-video service."""
    from sciatica_desktop.app import clinic_videos
    from sciatica_desktop.ui.library.library_page import LibraryPage

    library = LibraryPage(
        preview=video, clip_for=clip_for, clinic=clinic_videos(core), draw_thumbnail=thumbnail_for
    )
    library.set_exercises(core.catalogue)
    return library


def today_service(core: Core) -> Any:
    from sciatica_desktop.services.today_service import TodayService
    from sciatica_desktop.storage.routine_repository import RoutineRepository

    store = RoutineRepository(core.opened.db, core.clock)
    return TodayService(
        store=store, catalogue=core.catalogue, routine_name=core.routine_name, routine=core.routine_items
    )


def attach_symptoms(window: MainWindow, core: Core, shell: Any, profile: Any) -> Any:
    """The check-in and progress pages, and the safety gate and pain prompts around every workout.

    The pages and the hooks are in place at once; the flow behind them loads at its first use (see
    ui/checkin/on_demand.py), and with it any notice about the safety, questionnaire or threshold files.
    """
    from sciatica_desktop.ui.checkin.on_demand import SymptomsOnDemand
    from sciatica_desktop.ui.widgets.lazy_page import LazyPage

    def make_progress_page() -> QWidget:
        from sciatica_desktop.ui.progress.progress_page import ProgressPage  # pyqtgraph, numpy

        return ProgressPage()

    def make_checkin_page() -> QWidget:
        from sciatica_desktop.ui.checkin.checkin_page import CheckInPage

        return CheckInPage(now=core.clock.utcnow)

    page, progress = LazyPage(make_checkin_page), LazyPage(make_progress_page)
    window.add_page("checkin", page)
    window.add_page("progress", progress)
    symptoms = SymptomsOnDemand(lambda: symptom_flow(window, core, profile, page, progress))
    shell.before_start, shell.before_resume = symptoms.before_start, symptoms.before_resume
    shell.after_workout = symptoms.after_workout
    window.sig_page_shown.connect(symptoms.on_page_shown)
    shell.symptoms = symptoms
    return symptoms


def symptom_flow(window: MainWindow, core: Core, profile: Any, page: QWidget, progress: QWidget) -> Any:
    """The symptom content, its store and service, and the flow that joins them to the pages."""
    from sciatica_desktop.app import content_layers, save_parsed
    from sciatica_desktop.domain.content_files import read_toml
    from sciatica_desktop.services.checkins import CheckInService, load_symptom_content
    from sciatica_desktop.storage.symptom_repository import SymptomRepository
    from sciatica_desktop.ui.checkin.flow import SymptomFlow

    def progress_now() -> Any:
        from sciatica_desktop.services.progress import build_progress  # when the progress page shows

        return build_progress(store, content, profile.id, clock=core.clock)

    store = SymptomRepository(core.opened.db, core.clock)
    read = core.parsed.read_toml if core.parsed is not None else read_toml
    content = load_symptom_content(content_layers(core.data_dir), read=read)
    save_parsed(core.parsed, core.data_dir)  # the safety files' parses, for the next first workout
    for problem in content.problems:
        log.warning("content problem: %s", problem)
    if content.problems:
        window.add_notice(
            MainWindow.tr(
                "%n problem(s) in the safety, questionnaire or threshold files; first: {first}",
                None,
                len(content.problems),
            ).format(first=content.problems[0])
        )
    if content.red_flags is None:
        window.add_notice(
            MainWindow.tr(
                "The safety questions could not be loaded, so they will not be asked. Ask your clinic to "
                "check content/safety/red_flags.toml. If you have new numbness around the groin, trouble "
                "controlling your bladder or bowels, or weakness in both legs, seek emergency care."
            )
        )
    return SymptomFlow(
        window=window,
        service=CheckInService(store=store, content=content, clock=core.clock),
        profile=profile,
        page=page,
        progress_page=progress,
        build_progress=progress_now,
        now=core.clock.utcnow,
    )


def attach_reports(window: MainWindow, core: Core, profile: Any) -> None:
    """The reports page: the appointment summary, export and restore, through the CLI's back end."""
    from sciatica_desktop.ui.widgets.lazy_page import LazyPage

    def make_reports_page() -> QWidget:
        from sciatica_desktop.ui.reports.actions import ReportActions  # the PDF layout, export, restore
        from sciatica_desktop.ui.reports.reports_page import ReportsPage

        sources = report_sources(core)
        return ReportsPage(ReportActions(sources, profile))

    page = LazyPage(make_reports_page)
    window.add_page("reports", page)
    window.sig_page_shown.connect(lambda name: page.on_shown() if name == "reports" else None)
