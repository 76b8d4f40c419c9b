"""What the reports page can do, for one profile: each method is one call into the back end the command
line uses (``commands/report.py``, ``commands/transfer.py``), so the window and the CLI make the same PDF,
the same files and the same import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from sciatica_desktop.domain.measures_load import load_questionnaires
from sciatica_desktop.domain.records import Profile
from sciatica_desktop.domain.stats import local_date
from sciatica_desktop.reports.assemble import ReportSources, make_summary, note_report
from sciatica_desktop.reports.export import export_csv, export_fhir, export_json, import_json
from sciatica_desktop.reports.pdf import ReportRenderer
from sciatica_desktop.reports.summary import Period, choose_period
from sciatica_desktop.storage.profile_restore import RestoreResult
from sciatica_desktop.storage.report_repository import ReportRepository

FORMATS = ("csv", "json", "fhir")


class ReportActionTexts(QObject):
    """The translation context of what the report actions say: ``ReportActionTexts.tr("…")``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


def import_text(result: RestoreResult) -> str:
    """What an import did, table by table, in words: the first line, then one indented line per table.

    The window's own wording of :func:`sciatica_desktop.reports.export.result_text` (which the command
    line prints), through Qt's translation system.
    """
    if result.created_profile:
        head = ReportActionTexts.tr("Imported into a new profile {name!r}:")
    else:
        head = ReportActionTexts.tr("Imported into the existing profile {name!r}:")
    lines = [head.format(name=result.profile.name)]
    for table, added in result.added.items():
        skipped = result.skipped.get(table, 0)
        if added or skipped:
            lines.append(
                "  "
                + ReportActionTexts.tr("{table}: {added} added, {skipped} already present (skipped)").format(
                    table=table, added=added, skipped=skipped
                )
            )
    if len(lines) == 1:
        lines.append("  " + ReportActionTexts.tr("the file holds no records."))
    return "\n".join(lines)


@dataclass
class ReportActions:
    sources: ReportSources
    profile: Profile
    make_renderer: Callable[..., ReportRenderer] | None = None  # None: the app's chart and locale paper

    @property
    def _reports(self) -> ReportRepository:
        return ReportRepository(self.sources.db, self.sources.clock)

    def default_period(self) -> Period:
        """The range a summary covers when none is chosen: since the last report, or the last 4 weeks."""
        last = self._reports.last_report(self.profile.id)
        return choose_period(
            local_date(self.sources.clock.utcnow(), None),
            since=None,
            until=None,
            last_report=None if last is None else local_date(last.generated, None),
        )

    def questions(self) -> str:
        return self._reports.questions(self.profile.id)

    def save_questions(self, text: str) -> str:
        return self._reports.set_questions(self.profile.id, text)

    def renderer(self, start: dt.date, end: dt.date, *, deidentified: bool) -> ReportRenderer:
        """The summary for the chosen days, ready to print or save (the default days keep their reason)."""
        default = self.default_period()
        chosen = (start, end) != (default.start, default.end)
        summary = make_summary(
            self.sources,
            self.profile,
            since=start if chosen else None,
            until=end if chosen else None,
            deidentified=deidentified,
        )
        if self.make_renderer is None:
            from sciatica_desktop.ui.reports.renderer import make_renderer  # pyqtgraph, for the chart

            return make_renderer(summary)
        return self.make_renderer(summary)

    def note(self, renderer: ReportRenderer) -> None:
        """Remember the report, so the next one starts from here (as ``sciatica-desktop report`` does)."""
        note_report(self.sources, renderer.summary, self.profile)

    def save_pdf(self, renderer: ReportRenderer, path: Path) -> int:
        pages = renderer.write_pdf(path)
        self.note(renderer)
        return pages

    def export(self, fmt: str, out: Path, *, deidentified: bool) -> str:
        """Write the profile in ``fmt`` (csv: a folder of files; json: a backup; fhir: an R4 bundle)."""
        db, clock, who = self.sources.db, self.sources.clock, self.profile
        if fmt == "csv":
            files = export_csv(db, who, out, clock=clock, deidentified=deidentified)
            return ReportActionTexts.tr("Saved {n} CSV files to {path}").format(n=len(files), path=out)
        if fmt == "json":
            rows = export_json(db, who, out, clock=clock, deidentified=deidentified)
            return ReportActionTexts.tr("Saved a backup ({n} records) to {path}").format(n=rows, path=out)
        questionnaires, _ = load_questionnaires(self.sources.layers)
        count = export_fhir(
            db, who, out, clock=clock, questionnaires=questionnaires, deidentified=deidentified
        )
        return ReportActionTexts.tr("Saved a FHIR R4 bundle ({n} resources) to {path}").format(
            n=count, path=out
        )

    def import_backup(self, path: Path) -> str:
        """Restore a JSON backup; what was added and what was skipped, in words."""
        return import_text(import_json(self.sources.db, path, clock=self.sources.clock))
