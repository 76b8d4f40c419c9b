"""``sciatica-desktop report``: write the appointment summary to a PDF, or send it to a named printer,
without a window (kiosks and scripts).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sciatica_desktop.app import Options, build_core, report_sources
from sciatica_desktop.domain.errors import KnownError


def parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise KnownError(f"{text!r} is not a date; write it as YYYY-MM-DD, such as 2026-03-01.") from None


def run_report(
    options: Options,
    *,
    out: Path | None,
    printer: str | None,
    profile: str | None,
    since: str | None,
    until: str | None,
    deidentified: bool,
    paper: str | None,
    sheets: bool,
) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sciatica_desktop.gui import make_app
    from sciatica_desktop.reports.assemble import find_profile, make_summary, note_report
    from sciatica_desktop.ui.reports.printing import print_report
    from sciatica_desktop.ui.reports.renderer import make_renderer, paper_size

    if (out is None) == (printer is None):
        raise KnownError("Give either --out FILE.pdf or --printer NAME.")
    start, end = (None if since is None else parse_day(since)), (None if until is None else parse_day(until))
    make_app()
    core = build_core(options)
    try:
        sources = report_sources(core)
        who = find_profile(core.repo, profile)
        summary = make_summary(sources, who, since=start, until=end, deidentified=deidentified)
        renderer = make_renderer(summary, sheets=sheets, paper=paper_size(paper))
        if out is not None:
            pages = renderer.write_pdf(out)
            where = str(out)
        else:
            assert printer is not None
            pages = print_report(renderer, printer)
            where = f"printer {printer!r}"
        note_report(sources, summary, who)
        print(
            f"Summary {summary.period.start} to {summary.period.end} "
            f"({'de-identified' if summary.patient is None else summary.patient}): {pages} pages to {where}."
        )
        return 0
    finally:
        core.close()


def run_list_printers() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sciatica_desktop.gui import make_app
    from sciatica_desktop.ui.reports.printing import printer_names

    make_app()
    names = printer_names()
    if not names:
        print("No printers found (is CUPS running, with a printer set up?).")
        return 1
    for name in names:
        print(name)
    return 0
