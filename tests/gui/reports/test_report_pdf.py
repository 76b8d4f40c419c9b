"""The appointment summary as a clinician gets it: a PDF whose first page is exactly one page, with the key
figures, the chart image and (when there are any) the red-flag answers; the same pages through a printer.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from sciatica_desktop.domain.redflags import Answer, ScreeningReason, Urgency
from sciatica_desktop.storage.report_repository import ReportRepository
from sciatica_desktop.storage.symptom_repository import SymptomRepository


def text_of(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext"]
    if first is not None:
        args += ["-f", str(first), "-l", str(last or first)]
    out = subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())  # words in reading order; line breaks and column spacing do not matter


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def images_on(pdf: Path, page: int) -> list[str]:
    out = subprocess.run(
        ["pdfimages", "-list", "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line for line in out.splitlines()[2:] if line.strip()]


def write(summary: Any, path: Path, **kwargs: Any) -> Any:
    from sciatica_desktop.ui.reports.renderer import make_renderer

    renderer = make_renderer(summary, paper=QPageSize(QPageSize.PageSizeId.A4), **kwargs)
    assert renderer.write_pdf(path) == renderer.page_count == pages_of(path)
    return renderer


def test_page_one_holds_the_key_figures_and_the_chart(qapp, summary_of, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = summary_of()
    pdf = tmp_path / "summary.pdf"
    renderer = write(summary, pdf)
    first = text_of(pdf, 1)
    a = summary.adherence
    assert f"{a.days_done} of {a.days_planned}" in first and f"{a.percent:.0f}% adherence" in first
    flat = " ".join(first.split())
    sessions = f"{a.sessions} session" + ("" if a.sessions == 1 else "s")
    streak = f"current streak {a.streak} day" + ("" if a.streak == 1 else "s")
    assert f"{sessions}, {streak}" in flat and "(s)" not in flat  # English plural forms, from the .qm
    assert "Back pain (0–10)" in first and "at the start" in first and "meaningful improvement" in first
    assert "Appointment summary: Me" in first and "Questions for my therapist" in first
    assert "no red-flag question was answered yes" in first and "RED-FLAG" not in first
    assert "For education only" in first and "Page 1 of" in first
    assert renderer.first_scale == 1.0  # the demo page fits without shrinking
    assert len(images_on(pdf, 1)) == 1, "the chart image is on page 1"
    # Page 1 is exactly one page: the detail starts on page 2, and page 1's last block is on page 1.
    assert text_of(pdf, 2).split(" to ", 1)[1].split(" ", 3)[3].startswith("Workout log")


def test_one_session_and_a_one_day_streak_read_in_the_singular(qapp, summary_of) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from sciatica_desktop.reports.page_one import _adherence

    summary = summary_of()
    one = replace(summary, adherence=replace(summary.adherence, sessions=1, streak=1))
    assert "1 session, current streak 1 day" in _adherence(one)


def test_every_page_carries_the_notice_and_its_number(qapp, summary_of, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "summary.pdf"
    renderer = write(summary_of(), pdf)
    assert renderer.page_count >= 3
    for page in range(1, renderer.page_count + 1):
        text = text_of(pdf, page)
        assert "For education only, not medical advice" in text
        assert f"Page {page} of {renderer.page_count}" in text


def test_red_flag_answers_are_shown_first_and_page_one_still_fits(
    qapp, summary_of, demo_core, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    store = SymptomRepository(demo_core.opened.db, demo_core.clock)
    me = demo_core.repo.ensure_profile("Me")
    for question, urgency in (
        ("Have you lost weight without trying?", Urgency.SEE_DOCTOR_SOON),
        ("Is there numbness around your genitals or back passage?", Urgency.STOP_URGENT),
    ):
        store.record_screening(
            me.id,
            when=demo_core.clock.utcnow() - dt.timedelta(hours=2),
            reason=ScreeningReason.MANUAL,
            urgency=urgency,
            answers=[Answer("q", question, True), Answer("r", "Fever?", False)],
        )
    long_questions = "\n".join(f"Question {n}: is it fine to do this and that every day?" for n in range(25))
    ReportRepository(demo_core.opened.db, demo_core.clock).set_questions(me.id, long_questions)
    pdf = tmp_path / "flags.pdf"
    write(summary_of(), pdf)
    first = text_of(pdf, 1)
    assert "RED-FLAG ANSWERS: please read first" in first
    assert "URGENT: the app told the patient to stop exercising and seek care now" in first
    assert "care NOT yet confirmed" in first and "lost weight without trying? — yes" in first
    assert "Fever?" not in first  # only the yes answers
    assert first.index("RED-FLAG") < first.index("Workouts")
    assert "Question 24" in first  # page 1 still holds all of it on one page
    assert "Workout log" in text_of(pdf, 2)


def test_deidentified_summary_has_no_name(qapp, summary_of, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "anon.pdf"
    write(summary_of(deidentified=True), pdf)
    text = text_of(pdf)
    assert "de-identified" in text and "summary: Me" not in text and "Me ·" not in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Me" not in next(line for line in info.splitlines() if line.startswith("Title:"))


def test_exercise_sheets_add_a_page_per_exercise_with_pictures(qapp, summary_of, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = summary_of()
    plain, sheets = tmp_path / "plain.pdf", tmp_path / "sheets.pdf"
    without = write(summary, plain).page_count
    with_sheets = write(summary, sheets, sheets=True).page_count
    assert with_sheets >= without + len(summary.routine)
    last = text_of(sheets, with_sheets)
    assert summary.routine[-1].exercise.name in last
    assert len(images_on(sheets, with_sheets)) == 3


def test_printing_goes_through_a_qprinter_to_a_file(qapp, summary_of, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sciatica_desktop.ui.reports.printing import print_to_file
    from sciatica_desktop.ui.reports.renderer import make_renderer

    renderer = make_renderer(summary_of(), paper=QPageSize(QPageSize.PageSizeId.Letter))
    out = tmp_path / "printed.pdf"
    assert print_to_file(renderer, str(out)) == renderer.page_count == pages_of(out)
    assert (
        "612 x 792 pts (letter)"
        in subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    )
    assert "Appointment summary: Me" in text_of(out, 1) and len(images_on(out, 1)) == 1


def test_a_missing_printer_is_a_clear_error(qapp, summary_of) -> None:  # type: ignore[no-untyped-def]
    from sciatica_desktop.domain.errors import KnownError
    from sciatica_desktop.ui.reports.printing import print_report
    from sciatica_desktop.ui.reports.renderer import make_renderer

    with pytest.raises(KnownError, match="no printer called 'Nowhere'"):
        print_report(make_renderer(summary_of()), "Nowhere")


@pytest.mark.parametrize(
    ("locale", "paper"),
    [("en_US", "Letter"), ("en_CA", "Letter"), ("en_GB", "A4"), ("de_DE", "A4"), ("fr_CA", "Letter")],
)
def test_the_paper_follows_the_locale(qapp, locale: str, paper: str) -> None:  # type: ignore[no-untyped-def]
    from sciatica_desktop.ui.reports.renderer import locale_page_size

    expected = {"Letter": QPageSize.PageSizeId.Letter, "A4": QPageSize.PageSizeId.A4}[paper]
    assert locale_page_size(QLocale(locale)).id() == expected


def test_the_default_period_is_four_weeks_or_since_the_last_summary(
    qapp, summary_of, sources, demo_core
) -> None:  # type: ignore[no-untyped-def]
    from sciatica_desktop.reports.assemble import note_report
    from sciatica_desktop.reports.summary_types import RangeReason

    first = summary_of()
    assert first.period.reason is RangeReason.LAST_4_WEEKS and first.period.days == 28
    me = demo_core.repo.ensure_profile("Me")
    ReportRepository(demo_core.opened.db, demo_core.clock).record_report(
        me.id, start=first.period.start, end=first.period.end, deidentified=False
    )
    again = summary_of()  # a summary made today: too recent to start from, so 4 weeks again
    assert again.period.reason is RangeReason.LAST_4_WEEKS
    chosen = summary_of(since=dt.date(2026, 1, 1), until=dt.date(2026, 1, 31))
    assert (chosen.period.days, chosen.period.reason) == (31, RangeReason.CHOSEN)
    assert note_report is not None
