"""The summary's first page as rich text: what a clinician reads in a minute.

Order: safety answers first (boxed, when there are any), then adherence, pain change against the
meaningful-change threshold, leg symptoms, flare-ups, outcome scores, the chart, and the patient's own
questions. Black on white; emphasis by weight and borders, never by colour alone.
"""

from __future__ import annotations

from sciatica_desktop.domain.redflags import Urgency
from sciatica_desktop.reports import texts
from sciatica_desktop.reports.summary_types import Summary
from sciatica_desktop.reports.texts import Report, h

CHART_URL = "mem://chart.png"


def _row(label: str, value: str) -> str:
    return f"<tr><td width='24%' valign='top'><b>{h(label)}</b></td><td valign='top'>{value}</td></tr>"


def red_flag_html(s: Summary) -> str:
    if not s.red_flags:
        return (
            "<p style='margin-top:4px'><b>"
            + h(Report.tr("Safety questions:"))
            + "</b> "
            + h(
                Report.tr(
                    "%n screening(s) in this period; no red-flag question was answered yes.",
                    None,
                    s.screenings,
                )
            )
            + "</p>"
        )
    items = []
    for entry in s.red_flags:
        care = (
            Report.tr("; the patient confirmed seeking care on {when}").format(
                when=texts.local_text(entry.care_confirmed)
            )
            if entry.care_confirmed is not None
            else (Report.tr("; care NOT yet confirmed") if entry.urgency is Urgency.STOP_URGENT else "")
        )
        yes = h(Report.tr("yes"))
        answered = "".join(f"<li>{h(q)} — <b>{yes}</b></li>" for q in entry.yes_to)
        items.append(
            f"<p style='margin:2px 0'><b>{h(texts.local_text(entry.when))}</b>: "
            f"{h(texts.urgency_text(entry.urgency))}{h(care)}</p><ul style='margin:0'>{answered}</ul>"
        )
    heading = h(Report.tr("RED-FLAG ANSWERS: please read first"))
    return (
        "<table width='100%' border='3' cellspacing='0' cellpadding='6' style='border-collapse:collapse;"
        "border-color:#000'><tr><td>"
        f"<p style='font-size:12pt'><b>⚠ {heading}</b></p>"
        + "".join(items)
        + "</td></tr></table>"
    )


def _adherence(s: Summary) -> str:
    a = s.adherence
    percent = "–" if a.percent is None else f"{a.percent:.0f}%"
    text = Report.tr(
        "<b>{done} of {planned}</b> planned days with a workout (<b>{percent}</b> adherence)"
    ).format(done=a.days_done, planned=a.days_planned, percent=percent)
    sessions = Report.tr("%n session(s)", None, a.sessions)
    streak = Report.tr("current streak %n day(s)", None, a.streak)
    text += "; " + h(f"{sessions}, {streak}")
    extra = []
    if a.sets_skipped:
        extra.append(Report.tr("%n set(s) skipped", None, a.sets_skipped))
    if a.ended_early:
        extra.append(Report.tr("%n session(s) ended early", None, a.ended_early))
    if extra:
        text += "; " + h(", ".join(extra))
    return text


def _flares(s: Summary) -> str:
    if not s.flares:
        return h(Report.tr("none in this period"))
    parts = [
        Report.tr("{start}–{end} (worst daily mean {peak:.1f}/10)").format(
            start=texts.short_day(f.start), end=texts.short_day(f.end), peak=f.peak
        )
        for f in s.flares
    ]
    return h(Report.tr("%n flare-up(s): ", None, len(s.flares)) + "; ".join(parts))


def _outcomes(s: Summary) -> str:
    if not s.outcomes:
        return h(Report.tr("no questionnaires answered"))
    lines = []
    for o in s.outcomes:
        first_day = texts.day_text(o.first[0].astimezone().date())
        latest_day = texts.day_text(o.latest[0].astimezone().date())
        if o.responder is not None:
            answer = Report.tr("latest answer {v:.0f} on {day}").format(v=o.latest[1], day=latest_day)
            if o.responder:
                verdict = Report.tr("responder (much or very much improved)")
            else:
                verdict = Report.tr("not a responder")
            lines.append(f"<b>{h(o.name)}</b>: {h(answer)}: <b>{h(verdict)}</b>")
        elif o.change is not None:
            lines.append(
                f"<b>{h(o.name)}</b>: "
                + h(
                    Report.tr("{b:.1f} ({d1}) → {c:.1f} ({d2}), {p:+.1f} points").format(
                        b=o.first[1], d1=first_day, c=o.latest[1], d2=latest_day, p=o.change.points
                    )
                )
                + f": <b>{h(texts.verdict(o.change))}</b>"
            )
        else:
            lines.append(
                f"<b>{h(o.name)}</b>: "
                + h(Report.tr("{v:.1f} on {day}").format(v=o.latest[1], day=latest_day))
            )
    return "<br>".join(lines)


def page_one_html(s: Summary, *, chart_width: float, chart_height: float, nprs_threshold: str) -> str:
    who = s.patient if s.patient is not None else Report.tr("de-identified")
    legs = Report.tr("reach: {first} (first week) → {last} (last week); trend: {trend}").format(
        first=texts.extent_words(s.extent_first),
        last=texts.extent_words(s.extent_last),
        trend=texts.trend_text(s.extent),
    )
    now = Report.tr("last 7 days: back {b}, leg {l}").format(
        b="–" if s.back_now is None else f"{s.back_now:.1f}",
        l="–" if s.leg_now is None else f"{s.leg_now:.1f}",
    )
    rows = [
        _row(Report.tr("Workouts"), _adherence(s)),
        _row(Report.tr("Back pain (0–10)"), texts.change_text(s.back_change)),
        _row(Report.tr("Leg pain (0–10)"), texts.change_text(s.leg_change)),
        _row(Report.tr("Leg symptoms"), h(legs)),
        _row(Report.tr("Flare-ups"), _flares(s)),
        _row(Report.tr("Questionnaires"), _outcomes(s)),
    ]
    questions = s.questions.strip()
    question_html = (
        "<br>".join(h(line) for line in questions.splitlines())
        if questions
        else "<i>" + h(Report.tr("(none written)")) + "</i>"
    )
    key = Report.tr(
        "Chart: back pain = dots and solid line (7-day mean); leg pain = triangles and dashed line; "
        "squares along the bottom = workout days; grey bands = flare-ups. {now}."
    ).format(now=now)
    # lupdate does not read inside f-strings, so every text is translated out here.
    title = h(Report.tr("Appointment summary"))
    meaningful = h(
        Report.tr(
            "Meaningful change in pain: {threshold} (NPRS); start = mean of the first {n} days with "
            "check-ins."
        ).format(threshold=nprs_threshold, n=s.thresholds.baseline_days)
    )
    questions_heading = h(Report.tr("Questions for my therapist"))
    return f"""
<h1 style='font-size:16pt; margin:0'>{title}: {h(who)}</h1>
<p style='margin:2px 0 6px 0'>{h(texts.period_text(s.period))}</p>
{red_flag_html(s)}
<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse;
 border-color:#000; margin-top:6px'>{"".join(rows)}</table>
<p style='font-size:8pt; margin:2px 0'>{meaningful}</p>
<p style='margin:6px 0 0 0'><img src='{CHART_URL}' width='{chart_width:.0f}' height='{chart_height:.0f}'></p>
<p style='font-size:8pt; margin:0 0 6px 0'>{h(key)}</p>
<table width='100%' border='2' cellspacing='0' cellpadding='5' style='border-collapse:collapse;
 border-color:#000'><tr><td><b>{questions_heading}</b><br>{question_html}</td></tr></table>
"""
