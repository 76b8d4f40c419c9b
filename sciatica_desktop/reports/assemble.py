"""Gather a summary straight from an open database and the content folders (for the command line and
the window alike): the routine with the profile's added exercises, thresholds and questionnaires.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from peewee import Database

from sciatica_desktop.domain.catalogue import Catalogue
from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.exercise import WorkoutItem
from sciatica_desktop.domain.measures_load import load_questionnaires
from sciatica_desktop.domain.records import Profile
from sciatica_desktop.domain.thresholds import load_thresholds
from sciatica_desktop.domain.today import today_plan
from sciatica_desktop.reports.summary import Summary, build_summary
from sciatica_desktop.storage.report_repository import ReportRepository
from sciatica_desktop.storage.repository import Repository
from sciatica_desktop.storage.routine_repository import RoutineRepository
from sciatica_desktop.storage.symptom_repository import SymptomRepository


@dataclass(frozen=True)
class ReportSources:
    """What a summary is made from; built once by the composition root."""

    db: Database
    clock: Clock
    layers: Sequence[Path]  # content folders: bundled first, then the clinic's
    catalogue: Catalogue
    routine_name: str
    routine: tuple[WorkoutItem, ...]


def find_profile(repo: Repository, name: str | None) -> Profile:
    """The named profile (or the only/default one); a clear error naming the profiles there are."""
    profiles = repo.list_profiles()
    if name is None:
        if len(profiles) == 1:
            return profiles[0]
        return repo.ensure_profile()
    found = next((p for p in profiles if p.name == name.strip()), None)
    if found is None:
        names = ", ".join(repr(p.name) for p in profiles) or "none"
        raise KnownError(f"There is no profile called {name!r} (profiles: {names}).")
    return found


def make_summary(
    sources: ReportSources,
    profile: Profile,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    deidentified: bool = False,
    tz: dt.tzinfo | None = None,
) -> Summary:
    db, clock = sources.db, sources.clock
    thresholds, _ = load_thresholds(sources.layers)
    questionnaires, _ = load_questionnaires(sources.layers)
    extras = RoutineRepository(db, clock).list_extras(profile.id)
    plan = today_plan(sources.routine_name, sources.routine, extras, sources.catalogue)
    try:
        return build_summary(
            repo=Repository(db, clock),
            symptoms=SymptomRepository(db, clock),
            reports=ReportRepository(db, clock),
            profile=profile,
            catalogue=sources.catalogue,
            routine_name=plan.name,
            routine=plan.items,
            thresholds=thresholds,
            questionnaires=questionnaires,
            now=clock.utcnow(),
            since=since,
            until=until,
            deidentified=deidentified,
            tz=tz,
        )
    except ValueError as exc:
        raise KnownError(f"Cannot make the summary: {exc}.") from exc


def note_report(sources: ReportSources, summary: Summary, profile: Profile) -> None:
    """Remember that a summary was made, so the next one starts from here by default."""
    ReportRepository(sources.db, sources.clock).record_report(
        profile.id,
        start=summary.period.start,
        end=summary.period.end,
        deidentified=summary.patient is None,
    )
