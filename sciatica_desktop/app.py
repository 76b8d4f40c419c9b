"""The composition root: opens the data folder and database, loads content, picks the media backends, and
builds the window. Nothing else in the app creates these things; everything else receives them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sciatica_desktop import APP_ID, APP_NAME, __version__
from sciatica_desktop.domain.bundled import bundled_content_dir
from sciatica_desktop.storage.cache_files import replace_file
from sciatica_desktop.storage.datadir import DataDir, prepare_data_dir, resolve_data_dir
from sciatica_desktop.storage.first_paint import TodaySnapshot

if TYPE_CHECKING:
    # The content model loads with the content (load_content), which can come after the first paint when
    # the last start's Today texts still hold (storage/first_paint.py). The database modules and the
    # runner load after the window shows (see gui.run_gui).
    from sciatica_desktop.domain.catalogue import Catalogue, Problem
    from sciatica_desktop.domain.clock import Clock
    from sciatica_desktop.domain.content_cache import ParsedContentCache
    from sciatica_desktop.domain.content_files import TomlReader
    from sciatica_desktop.domain.exercise import Exercise, Side, WorkoutItem
    from sciatica_desktop.domain.workout import RunnerSettings
    from sciatica_desktop.reports.assemble import ReportSources
    from sciatica_desktop.services.clinic_videos import ClinicVideos
    from sciatica_desktop.services.video_probe import VideoProbe
    from sciatica_desktop.storage.db import OpenedDatabase
    from sciatica_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

# Bundled demonstration clips live beside the package in a source checkout or an installed bundle.
ASSETS_VIDEOS = Path(__file__).resolve().parent.parent / "assets" / "videos"
ASSETS_ICONS = ASSETS_VIDEOS.parent / "icons"
# The window icon, drawn from the SVG once (`make icons`) at the sizes window managers use; Qt scales between
# them. Drawing the SVG at start-up would load QtSvg and keep every size it drew: ~1.2 MiB for the app's life.
ICON_SIZES = (16, 32, 64, 128)


def icon_png(size: int) -> Path:
    return ASSETS_ICONS / f"{APP_ID}-{size}.png"
STARTER_ROUTINE = "starter.toml"


@dataclass
class Options:
    data_dir: Path | None = None
    database: str | None = None
    video_backend: str = "auto"
    profile: str = "Me"


@dataclass
class Core:
    """Everything the app needs that knows no Qt."""

    data_dir: DataDir
    opened: OpenedDatabase
    repo: Repository
    catalogue: Catalogue
    routine_name: str
    routine_items: tuple[WorkoutItem, ...]
    clock: Clock
    notices: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    parsed: ParsedContentCache | None = None  # the content files' parses, for the symptom content too

    def close(self) -> None:
        self.opened.close()


def setup_logging(logs: Path | None) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_sciatica", False) for h in root.handlers):
        return
    root.setLevel(logging.INFO)
    if logs is not None:
        from sciatica_desktop.storage.logfile import RollingFileHandler

        handler = RollingFileHandler(logs / "sciatica-desktop.log", max_bytes=1_000_000, backups=3)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._sciatica = True  # type: ignore[attr-defined]
        root.addHandler(handler)


def content_layers(data_dir: DataDir) -> list[Path]:
    """Bundled content first, then the clinic's own files, which may add exercises or change doses."""
    return [bundled_content_dir(), data_dir.content]


def report_sources(core: Core) -> ReportSources:
    """What the appointment summary is made from: the database, the content and the starter routine."""
    from sciatica_desktop.reports.assemble import ReportSources  # the reports load when first asked for

    return ReportSources(
        core.opened.db,
        core.clock,
        content_layers(core.data_dir),
        core.catalogue,
        core.routine_name,
        core.routine_items,
    )


def video_dirs(data_dir: DataDir) -> list[Path]:
    return [data_dir.videos, ASSETS_VIDEOS]


@dataclass
class Content:
    """The exercises and routine, ready before the database is open (they come from files)."""

    data_dir: DataDir
    catalogue: Catalogue
    routine_name: str
    routine_items: tuple[WorkoutItem, ...]
    problems: list[Problem]
    parsed: ParsedContentCache | None = None  # what the files parsed to, saved once the window shows

    def notices(self) -> list[str]:
        if not self.problems:
            return []
        return [
            f"{len(self.problems)} problem(s) in the exercise content were skipped; see the log, "
            f"or run 'sciatica-desktop check'. First: {self.problems[0]}"
        ]


def content_cache_path(data_dir: DataDir) -> Path:
    return data_dir.cache / "parsed-content.json"


def today_snapshot_path(data_dir: DataDir) -> Path:
    return data_dir.cache / "today-view.json"


def today_snapshot(data_dir: DataDir, locale: str) -> TodaySnapshot:
    """The Today texts the last start saved, valid while this version, ``locale`` and the content files are
    the same."""
    return TodaySnapshot.for_content(
        today_snapshot_path(data_dir), content_layers(data_dir), version=__version__, locale=locale
    )


def open_data_dir(options: Options) -> DataDir:
    """Find (and create) the data folder; raises DataFolderError if it is unusable."""
    return prepare_data_dir(resolve_data_dir(options.data_dir))


def prepare_content(options: Options) -> Content:
    """Find (and create) the data folder and load the content; raises DataFolderError if unusable."""
    return load_content(open_data_dir(options))


def load_content(data_dir: DataDir) -> Content:
    """The exercises and the starter routine from the bundled and the clinic's content files."""
    from sciatica_desktop.domain.catalogue import load_catalogue
    from sciatica_desktop.domain.content_cache import ParsedContentCache

    parsed = ParsedContentCache.from_file(content_cache_path(data_dir))
    load = load_catalogue(content_layers(data_dir), video_dirs=video_dirs(data_dir), read=parsed.read_toml)
    routine_name, items, routine_problems = starter_routine(load.catalogue, data_dir, read=parsed.read_toml)
    problems = [*load.problems, *routine_problems]
    return Content(data_dir, load.catalogue, routine_name, items, problems, parsed)


def save_content_cache(content: Content) -> None:
    """Keep what the content files parsed to for the next start (when it changed). Never fatal: without
    the cache the next start parses the files again."""
    save_parsed(content.parsed, content.data_dir)


def save_parsed(parsed: ParsedContentCache | None, data_dir: DataDir) -> None:
    """:func:`save_content_cache` for a cache read later in the run too (the symptom files)."""
    if parsed is None or not parsed.changed:
        return
    try:
        replace_file(content_cache_path(data_dir), parsed.to_json())
    except (OSError, ValueError) as exc:  # ValueError: a file name that is not UTF-8 cannot be written
        log.info("parsed-content cache not saved (%s); the next start parses the files", exc)
    else:
        parsed.saved()


def open_storage(content: Content, options: Options, *, clock: Clock | None = None) -> Core:
    """Open the database (and take the day's backup) for already-loaded content."""
    from sciatica_desktop.domain.clock import SystemClock
    from sciatica_desktop.storage.backup import daily_backup
    from sciatica_desktop.storage.db import open_database
    from sciatica_desktop.storage.repository import Repository

    clock = clock or SystemClock()
    data_dir = content.data_dir
    setup_logging(data_dir.logs)
    log.info("%s %s starting; data folder %s", APP_NAME, __version__, data_dir.root)
    for problem in content.problems:
        log.warning("content problem: %s", problem)
    opened = open_database(data_dir=None if options.database else data_dir, url=options.database, clock=clock)
    try:
        if opened.engine == "sqlite":
            daily_backup(opened, data_dir, clock)
    except OSError as exc:  # a backup that fails must not stop a workout
        log.warning("daily backup failed: %s", exc)
    return Core(
        data_dir=data_dir,
        opened=opened,
        repo=Repository(opened.db, clock),
        catalogue=content.catalogue,
        routine_name=content.routine_name,
        routine_items=content.routine_items,
        clock=clock,
        notices=[*opened.notices, *content.notices()],
        problems=content.problems,
        parsed=content.parsed,
    )


def build_core(options: Options, *, clock: Clock | None = None) -> Core:
    """Open everything; raises KnownError (with a message for the user) when the environment fails."""
    return open_storage(prepare_content(options), options, clock=clock)


def starter_routine(
    catalogue: Catalogue, data_dir: DataDir, *, read: TomlReader | None = None
) -> tuple[str, tuple[WorkoutItem, ...], list[Problem]]:
    """The clinic's starter routine if it put one in its content folder, else the bundled one.

    A broken clinic routine is reported and the bundled one is used, so the patient can still exercise.
    ``read`` reads a content file (content_files.read_toml unless given).
    """
    from sciatica_desktop.domain.content_files import read_toml
    from sciatica_desktop.domain.routine import RoutineError, load_routine

    read = read or read_toml
    bundled = bundled_content_dir() / "routines" / STARTER_ROUTINE
    clinic = data_dir.content / "routines" / STARTER_ROUTINE
    problems: list[Problem] = []
    for path in (clinic, bundled):
        if not path.is_file():
            continue
        try:
            routine = load_routine(path, catalogue, read=read)
        except RoutineError as error:
            problems.extend(error.problems)
            continue
        problems.extend(routine.problems)
        return routine.name, routine.workout_items(catalogue), problems
    return "", (), problems


def runner_settings() -> RunnerSettings:
    from sciatica_desktop.domain.workout import RunnerSettings

    return RunnerSettings()


def clip_path(exercise: Exercise, side: Side, dirs: list[Path]) -> Path | None:
    """The clip to play: a clinic's own video first, then the bundled one; a per-side clip if there is one."""
    from sciatica_desktop.domain.exercise import Side

    stem = Path(exercise.video).stem if exercise.video else exercise.id
    names = []
    if side is not Side.NONE:
        names.append(f"{stem}_{side.value}.mp4")
    names.append(exercise.video or f"{stem}.mp4")
    from sciatica_desktop.services.clinic_videos import clinic_clip_names

    names += [n for n in clinic_clip_names(exercise) if n not in names]  # an attached clip of another kind
    for folder in dirs:
        for name in names:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def clinic_videos(core: Core | Content, probe: VideoProbe | None = None) -> ClinicVideos:
    """The service that attaches a clinic's own videos; checks files with PyAV unless told otherwise."""
    from sciatica_desktop.services.clinic_videos import ClinicVideos
    from sciatica_desktop.services.video_probe import default_probe

    return ClinicVideos(
        videos_dir=core.data_dir.videos, catalogue=core.catalogue, probe=probe or default_probe()
    )
