"""The pages after the first: the workout log, the current routine, how the numbers are worked out, and
optionally one sheet per exercise with key poses from the demonstration renderer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sciatica_desktop.domain.exercise import ExerciseId, Sidedness
from sciatica_desktop.domain.records import SessionStatus
from sciatica_desktop.reports import texts
from sciatica_desktop.reports.summary_types import LogRow, Pain, Summary
from sciatica_desktop.reports.texts import Report, h

POSE_FRACTIONS = (0.0, 0.3, 0.55)  # the start, the way there, the end position of the demo loop
TABLE = "width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'"


@dataclass(frozen=True)
class PosePicture:
    url: str
    exercise_id: ExerciseId
    fraction: float  # of the demo clip's length


def _pain(p: Pain | None) -> str:
    return "" if p is None else Report.tr("back {b}, leg {l}").format(b=p.back, l=p.leg)


def _notes(row: LogRow) -> str:
    notes = [f"“{n}”" for n in row.notes]
    if row.status is SessionStatus.ENDED_EARLY:
        notes.append(Report.tr("session ended early"))
    elif row.status is SessionStatus.IN_PROGRESS:
        notes.append(Report.tr("session not finished"))
    if row.skipped:
        notes.append(Report.tr("%n set(s) skipped", None, row.skipped))
    return h("; ".join(notes))


def log_html(s: Summary) -> str:
    head = "".join(
        f"<th align='left'>{h(t)}</th>"
        for t in (
            Report.tr("Date"),
            Report.tr("Exercise"),
            Report.tr("Done"),
            Report.tr("Pain before"),
            Report.tr("Pain after"),
            Report.tr("Notes"),
        )
    )
    body = []
    for row in s.log:
        first = row.status is not None
        date = texts.short_day(row.started.astimezone().date()) if first else ""
        body.append(
            "<tr>"
            f"<td>{h(date)}</td><td>{h(row.exercise_name)}</td>"
            f"<td>{h(texts.done_text(row.sets_done, row.sets_planned, row.reps, row.hold_s))}</td>"
            f"<td>{h(_pain(row.pain_before))}</td><td>{h(_pain(row.pain_after))}</td>"
            f"<td>{_notes(row)}</td></tr>"
        )
    # lupdate does not read inside f-strings, so every text is translated out here.
    heading = h(Report.tr("Workout log"))
    if not body:
        return f"<h2>{heading}</h2><p>" + h(Report.tr("No workouts in this period.")) + "</p>"
    note = h(
        Report.tr(
            "Pain is 0–10, back and leg, from the quick check-ins just before and after a workout "
            "(blank: not answered). A set done on each side counts as two sets."
        )
    )
    return (
        f"<h2>{heading}</h2>"
        f"<p style='font-size:8pt'>{note}</p>"
        f"<table {TABLE}><thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def routine_html(s: Summary) -> str:
    rows = "".join(
        f"<tr><td>{h(line.exercise.name)}</td>"
        f"<td>{h(texts.dose_text(line.dose, each_side=line.exercise.sidedness is Sidedness.EACH_SIDE))}</td>"
        f"<td>{h(texts.seconds_text(line.dose.rest_s))}</td></tr>"
        for line in s.routine
    )
    head = "".join(
        f"<th align='left'>{h(t)}</th>"
        for t in (Report.tr("Exercise"), Report.tr("Dose"), Report.tr("Rest between sets"))
    )
    name = s.routine_name or Report.tr("Routine")
    title = h(Report.tr("Current routine"))
    return (
        f"<h2>{title}: {h(name)}</h2>"
        f"<table {TABLE}><thead><tr>{head}</tr></thead>{rows}</table>"
    )


def definitions_html(s: Summary) -> str:
    th = s.thresholds
    items = [
        Report.tr(
            "Planned workout days = the week goal ({goal} days a week) × the days in the period ÷ 7, "
            "rounded. Done = days with at least one workout. Adherence = done ÷ planned (it can pass 100%)."
        ).format(goal=th.week_goal_days),
        Report.tr(
            "Change since the start: the mean of the first {base} days with check-ins (the start of the "
            "programme, which may be before this period) against the mean of the period's last {roll} "
            "days (at least {min} days with check-ins needed)."
        ).format(base=th.baseline_days, roll=th.rolling_days, min=th.rolling_min_days),
        Report.tr(
            "Flare-up day: the worst of back and leg pain at least {pts:g} points above the mean of the "
            "{days} days before."
        ).format(pts=th.flare_points, days=th.flare_baseline_days),
        Report.tr(
            "Leg-symptom trend: how far down the leg symptoms reach (0 none … 4 foot), the last {w} days "
            "against the {w} before; a change of {c:g} counts."
        ).format(w=th.extent_window_days, c=th.extent_change),
        Report.tr("Clinics can change these limits in the app's thresholds.toml."),
    ]
    return (
        "<h2>" + h(Report.tr("How the numbers are worked out")) + "</h2><ul>"
        + "".join(f"<li>{h(i)}</li>" for i in items)
        + "</ul>"
    )


def sheets_html(s: Summary, *, picture_width: float) -> tuple[str, list[PosePicture]]:
    """One page per routine exercise: name, dose, three key poses, the steps and the stop rules."""
    pictures: list[PosePicture] = []
    parts = []
    # lupdate does not read inside f-strings, so the headings are translated out here.
    dose_heading = h(Report.tr("Dose"))
    steps_heading = h(Report.tr("How to do it"))
    stops_heading = h(Report.tr("Stop or ease off if"))
    for line in s.routine:
        e = line.exercise
        cells = []
        for n, fraction in enumerate(POSE_FRACTIONS):
            url = f"mem://pose/{e.id}/{n}.png"
            pictures.append(PosePicture(url, e.id, fraction))
            size = f"width='{picture_width:.0f}' height='{picture_width * 9 / 16:.0f}'"
            cells.append(f"<td><img src='{url}' {size}></td>")
        steps = "".join(f"<li>{h(step)}</li>" for step in e.instructions)
        stops = "".join(f"<li>{h(x)}</li>" for x in e.stop_if)
        dose = texts.dose_text(line.dose, each_side=e.sidedness is Sidedness.EACH_SIDE)
        parts.append(
            "<div style='page-break-before:always'>"
            f"<h2>{h(e.name)}</h2><p><b>{dose_heading}:</b> {h(dose)}</p>"
            f"<table cellspacing='4'><tr>{''.join(cells)}</tr></table>"
            + (f"<p><b>{steps_heading}</b></p><ol>{steps}</ol>" if steps else "")
            + (f"<p><b>{stops_heading}</b></p><ul>{stops}</ul>" if stops else "")
            + "</div>"
        )
    return "".join(parts), pictures


def detail_html(s: Summary, *, sheets: bool, picture_width: float) -> tuple[str, list[PosePicture]]:
    html = log_html(s) + routine_html(s) + definitions_html(s)
    pictures: list[PosePicture] = []
    if sheets:
        sheet, pictures = sheets_html(s, picture_width=picture_width)
        html += sheet
    return html, pictures
