<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../gui.py" line="303"/>
        <source>Video: {backend} ({reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="305"/>
        <source>Video: turned off; the drawn demonstration is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="307"/>
        <source>Video: chosen when the first clip plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="308"/>
        <source>none, captions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="310"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="311"/>
        <source>Database: {engine} at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="313"/>
        <source>Speech: {engine} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="316"/>
        <source>Sound: {state} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="317"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="27"/>
        <location filename="../ui/checkin/texts.py" line="53"/>
        <source>back {b}, leg {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="33"/>
        <source>session ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="35"/>
        <source>session not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="44"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="44"/>
        <location filename="../reports/detail_pages.py" line="74"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="44"/>
        <location filename="../ui/workout/captions.py" line="19"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="44"/>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="44"/>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="44"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="74"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="74"/>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="76"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="87"/>
        <source>Planned workout days = the week goal ({goal} days a week) × the days in the period ÷ 7, rounded. Done = days with at least one workout. Adherence = done ÷ planned (it can pass 100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="91"/>
        <source>Change since the start: the mean of the first {base} days with check-ins (the start of the programme, which may be before this period) against the mean of the period&apos;s last {roll} days (at least {min} days with check-ins needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="96"/>
        <source>Flare-up day: the worst of back and leg pain at least {pts:g} points above the mean of the {days} days before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="100"/>
        <source>Leg-symptom trend: how far down the leg symptoms reach (0 none … 4 foot), the last {w} days against the {w} before; a change of {c:g} counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="103"/>
        <source>Clinics can change these limits in the app&apos;s thresholds.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="26"/>
        <source>Safety questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="40"/>
        <source>; the patient confirmed seeking care on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="44"/>
        <source>; care NOT yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="64"/>
        <source>&lt;b&gt;{done} of {planned}&lt;/b&gt; planned days with a workout (&lt;b&gt;{percent}&lt;/b&gt; adherence); {sessions} sessions, current streak {streak} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="79"/>
        <source>none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="81"/>
        <source>{start}–{end} (worst daily mean {peak:.1f}/10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="91"/>
        <source>no questionnaires answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="97"/>
        <source>latest answer {v:.0f} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="98"/>
        <source>responder (much or very much improved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="98"/>
        <source>not a responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="104"/>
        <source>{b:.1f} ({d1}) → {c:.1f} ({d2}), {p:+.1f} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="112"/>
        <source>{v:.1f} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="118"/>
        <location filename="../reports/pdf.py" line="185"/>
        <source>de-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="119"/>
        <source>reach: {first} (first week) → {last} (last week); trend: {trend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="124"/>
        <source>last 7 days: back {b}, leg {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="129"/>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="130"/>
        <source>Back pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="131"/>
        <source>Leg pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="132"/>
        <source>Leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="133"/>
        <source>Flare-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="134"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="143"/>
        <source>Chart: back pain = dots and solid line (7-day mean); leg pain = triangles and dashed line; squares along the bottom = workout days; grey bands = flare-ups. {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="153"/>
        <source>Could not start drawing the summary (the file or printer refused it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="189"/>
        <source>{app}: appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="193"/>
        <source>{who} · {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="206"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="207"/>
        <source>Made {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="227"/>
        <source>Could not write the summary to {path}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="233"/>
        <location filename="../ui/reports/printing.py" line="24"/>
        <source>Appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="235"/>
        <source>Appointment summary: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="49"/>
        <source>{start} to {end} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="53"/>
        <source>chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="54"/>
        <source>since the previous summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="55"/>
        <source>the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="63"/>
        <source>{p:g} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="65"/>
        <source>{p:g}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="66"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="66"/>
        <source>none defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="71"/>
        <source>meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="73"/>
        <source>meaningfully worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="75"/>
        <source>better, below the meaningful-change threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="77"/>
        <source>worse, below the meaningful-change threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="78"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="83"/>
        <source>not enough check-ins to compare with the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="84"/>
        <source>, {p:+.0f}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="85"/>
        <source>{b:.1f} at the start → {c:.1f} now ({d:+.1f} points{percent}): &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="92"/>
        <source>no check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="93"/>
        <source>not in the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="93"/>
        <source>buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="93"/>
        <source>thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="93"/>
        <source>below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="93"/>
        <source>foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="99"/>
        <source>centralising (reaching less far down the leg than the week before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="100"/>
        <source>spreading further down the leg than the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="101"/>
        <source>stable over the last two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="102"/>
        <source>too few check-ins in the last two weeks to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="108"/>
        <source>URGENT: the app told the patient to stop exercising and seek care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="109"/>
        <source>the app advised seeing a doctor soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="110"/>
        <source>no warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="117"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="118"/>
        <location filename="../ui/widgets/texts.py" line="59"/>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="124"/>
        <source>{sets} × {reps} holds of {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="128"/>
        <source>{sets} × {reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="130"/>
        <source>, {hold} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="131"/>
        <source>, each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="136"/>
        <source>{n} × {hold} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="138"/>
        <source>{n} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="140"/>
        <source>{done} of {planned} sets ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="145"/>
        <source>For education only, not medical advice. Made by the patient with Sciatica Desktop from their own entries; it does not diagnose. Follow the treating clinician&apos;s judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/advice.py" line="19"/>
        <source>Your pain is high right now ({pain}/10). On a day like this, do less: a shorter, gentler session, or rest and try again tomorrow. Do you want to start a gentle session anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/advice.py" line="28"/>
        <source>Your pain is {pain}/10 after exercising. That is acceptable if it settles within a day. If it has not settled by tomorrow morning, do less next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/advice.py" line="33"/>
        <source>Your pain is {pain}/10 after exercising: more than these exercises should cause. Next time, reduce or skip the exercises that brought it on, and try again the next day. If pain keeps getting worse over several days, or spreads further down your leg, contact your physical therapist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="21"/>
        <source>Not in the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="22"/>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="23"/>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="24"/>
        <source>Below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="25"/>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="30"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="30"/>
        <source>Some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="30"/>
        <source>A lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="35"/>
        <location filename="../ui/library/labels.py" line="20"/>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="36"/>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="37"/>
        <source>Bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="38"/>
        <source>Lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="39"/>
        <location filename="../ui/library/labels.py" line="21"/>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="40"/>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="41"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="57"/>
        <source>numbness: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="59"/>
        <source>“{note}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="66"/>
        <source>Leg symptoms: centralising — they reach less far down the leg than the week before. A good sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="69"/>
        <source>Leg symptoms: spreading further down the leg than the week before. Ease off, and tell your therapist if it goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="72"/>
        <source>Leg symptoms: about as far down the leg as the week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="73"/>
        <source>Leg symptoms: not enough check-ins in the last two weeks to see a trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="79"/>
        <source>{what}: not enough check-ins yet to compare with your start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="80"/>
        <source> ({p:+.0f}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="81"/>
        <source>{what}: {b:.1f} → {c:.1f}, {d:+.1f} points{percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="84"/>
        <source>{change}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="90"/>
        <source>a meaningful improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="92"/>
        <source>meaningfully worse: talk to your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="94"/>
        <source>better, but not yet by a meaningful amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="95"/>
        <source>no meaningful change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="76"/>
        <source>Preview of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="88"/>
        <location filename="../ui/library/detail.py" line="107"/>
        <source>Exercise details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="112"/>
        <location filename="../ui/library/detail.py" line="232"/>
        <source>&amp;Video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="113"/>
        <source>Use a video your clinic recorded for this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="115"/>
        <source>Use our own video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="116"/>
        <source>Remove our video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="124"/>
        <source>Video status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="129"/>
        <source>&amp;Start this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="130"/>
        <location filename="../ui/library/detail.py" line="176"/>
        <source>Add to to&amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="151"/>
        <source>No exercise matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="153"/>
        <source>&lt;p&gt;No exercise matches. Clear the search or the filters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="163"/>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="164"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="165"/>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="166"/>
        <source>Stop or ease off if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="176"/>
        <source>In today&apos;s routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="186"/>
        <source>{file} was not used: {reason}. The previous video is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="190"/>
        <source>Your video is now used for this exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="202"/>
        <source>Your video was removed; the app&apos;s own demonstration is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="232"/>
        <source>&amp;Video… (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="247"/>
        <source>Easier version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="247"/>
        <source>Harder version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="254"/>
        <source>Show {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="269"/>
        <source>Choose your video for this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="270"/>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.ogv *.mpg *.wmv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="16"/>
        <source>Lying on your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="17"/>
        <source>Lying on your front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="18"/>
        <source>Lying on your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="19"/>
        <source>On hands and knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="27"/>
        <source>No equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="28"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="29"/>
        <source>Towel or strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="30"/>
        <source>Exercise band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="31"/>
        <source>Light weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="60"/>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="101"/>
        <location filename="../ui/library/library_page.py" line="102"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="106"/>
        <source>Filter by kind of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="106"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="108"/>
        <source>Filter by position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="108"/>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="110"/>
        <source>Filter by equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="110"/>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="123"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="189"/>
        <source>{category} · {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="195"/>
        <source>{name}, {subtitle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="196"/>
        <source>{name}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="201"/>
        <source>{shown} of {total} exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/parts.py" line="20"/>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/parts.py" line="21"/>
        <source>cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/parts.py" line="22"/>
        <source>not a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/parts.py" line="23"/>
        <source>no video track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/parts.py" line="24"/>
        <source>the video cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/parts.py" line="25"/>
        <source>videos cannot be checked on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/parts.py" line="26"/>
        <source>it could not be copied into the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="40"/>
        <source>Back pain: dots, solid line = 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="41"/>
        <source>Leg pain: triangles, dashed line = 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="42"/>
        <source>session done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="43"/>
        <source>flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="58"/>
        <source>Pain chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="63"/>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="80"/>
        <source>Back pain (daily)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="89"/>
        <source>Leg pain (daily)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="92"/>
        <source>Back pain, 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="95"/>
        <source>Leg pain, 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="103"/>
        <source>Session done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="39"/>
        <source>Imported into a new profile {name!r}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="41"/>
        <source>Imported into the existing profile {name!r}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="48"/>
        <source>{table}: {added} added, {skipped} already present (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="53"/>
        <source>the file holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="114"/>
        <source>Saved {n} CSV files to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="117"/>
        <source>Saved a backup ({n} records) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="122"/>
        <source>Saved a FHIR R4 bundle ({n} resources) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/printing.py" line="32"/>
        <source>none (is CUPS installed and running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/printing.py" line="34"/>
        <source>There is no printer called {name!r}. Printers: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/printing.py" line="52"/>
        <source>Print my summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/extras_box.py" line="30"/>
        <source>Added by you from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/extras_box.py" line="62"/>
        <source>{name}   ·   {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/extras_box.py" line="65"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/extras_box.py" line="66"/>
        <source>Remove {name} from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="32"/>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="32"/>
        <source>ddd d MMM</source>
        <comment>QLocale date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="42"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>QLocale date and time format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="44"/>
        <source>ddd d MMM, HH:mm</source>
        <comment>QLocale date and time format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="58"/>
        <source>{m} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="66"/>
        <source>{sets} × {hold} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="69"/>
        <source>{sets} × {holds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="70"/>
        <source>{holds} of {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="73"/>
        <source>{sets} × {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="75"/>
        <source>{reps}, {hold} hold at the end of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="77"/>
        <source>{dose}, each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="82"/>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="82"/>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="87"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="88"/>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="89"/>
        <source>Directional movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="90"/>
        <source>Nerve glide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="91"/>
        <source>Strengthening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="92"/>
        <source>Walking and fitness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="98"/>
        <source>For education only, not medical advice. Follow your physical therapist&apos;s plan, and ask your healthcare provider before starting or changing exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="105"/>
        <source>Stop and ease off if pain spreads further down your leg, if numbness, tingling or weakness is new or worse, or if pain rises past what your therapist agreed with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="20"/>
        <source>{done} / {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="24"/>
        <source>Set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="26"/>
        <source>{set} · {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="30"/>
        <source>Exercise {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="35"/>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="36"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="37"/>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="38"/>
        <source>Switch side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="39"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="40"/>
        <source>Next rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="46"/>
        <source>set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="48"/>
        <source>{name}, {set}, {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="49"/>
        <source>{name}, {set}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="55"/>
        <source>Paused. Press Space or Start to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="58"/>
        <source>Press Start when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="60"/>
        <source>Get into position: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="63"/>
        <source>Move with the count: one repetition every {s} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="65"/>
        <source>Do one repetition, then press Enter or tap the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="67"/>
        <source>Hold gently and keep breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="69"/>
        <source>Relax. Next hold coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="71"/>
        <source>Switch sides: now the {side}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="73"/>
        <source>Rest. Next: {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="76"/>
        <source>Session ended. Every finished set is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="77"/>
        <source>Well done: session complete. Every set is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="85"/>
        <source>Next exercise: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="89"/>
        <source>Hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdherenceMap</name>
    <message numerus="yes">
        <location filename="../ui/progress/heatmap.py" line="33"/>
        <source>Sessions per day, last %n weeks</source>
        <translation>
            <numerusform>Sessions per day, last %n week</numerusform>
            <numerusform>Sessions per day, last %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/progress/heatmap.py" line="47"/>
        <source>{total} sessions on {days} days in the last {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/heatmap.py" line="65"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/heatmap.py" line="66"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/heatmap.py" line="67"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/heatmap.py" line="68"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress/heatmap.py" line="107"/>
        <source>{day}: %n session(s)</source>
        <translation>
            <numerusform>{day}: %n session</numerusform>
            <numerusform>{day}: %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviceDialog</name>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="147"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigButton</name>
    <message>
        <location filename="../ui/widgets/buttons.py" line="38"/>
        <source>{label} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="84"/>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="89"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="90"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="92"/>
        <source>How far down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="95"/>
        <location filename="../ui/checkin/checkin_page.py" line="142"/>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="97"/>
        <source>My leg feels weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="99"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="100"/>
        <source>2 h or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="101"/>
        <source>How long you can sit, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="108"/>
        <source>Made worse by: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="115"/>
        <source>Anything else (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="116"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="117"/>
        <location filename="../ui/checkin/checkin_page.py" line="232"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="118"/>
        <source>Save check-in (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="119"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="123"/>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="124"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="127"/>
        <location filename="../ui/checkin/checkin_page.py" line="160"/>
        <source>Recent check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="129"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="130"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="140"/>
        <source>How far down the leg do symptoms reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="148"/>
        <source>How many minutes can you sit before it hurts more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="152"/>
        <source>What made it worse today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="177"/>
        <source>Questionnaires due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="241"/>
        <source>Choose a number for {what} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="283"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="293"/>
        <source>Saved at {when}. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="298"/>
        <source>Deleted the check-in from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="308"/>
        <source>Restored the check-in from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="332"/>
        <source>Answer {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceBar</name>
    <message>
        <location filename="../ui/widgets/choice_bar.py" line="56"/>
        <location filename="../ui/widgets/choice_bar.py" line="90"/>
        <source>{name}: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/choice_bar.py" line="92"/>
        <source>Use the arrow keys, Home and End, or a number key to choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../ui/widgets/countdown_ring.py" line="27"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterButton</name>
    <message>
        <location filename="../ui/workout/workout_page.py" line="77"/>
        <source>Repetition counter: tap to count a repetition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/history/history_page.py" line="19"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="24"/>
        <source>No sessions yet. Your finished sets will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="27"/>
        <source>Past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="28"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="28"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="28"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="53"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="54"/>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="55"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_page.py" line="63"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="72"/>
        <source>{exercise} · {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_page.py" line="75"/>
        <source>Set {number}: {reps} / %n holds, {held}</source>
        <translation>
            <numerusform>Set {number}: {reps} / %n hold, {held}</numerusform>
            <numerusform>Set {number}: {reps} / %n holds, {held}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_page.py" line="79"/>
        <source>Set {number}: {reps} / %n reps</source>
        <translation>
            <numerusform>Set {number}: {reps} / %n rep</numerusform>
            <numerusform>Set {number}: {reps} / %n reps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/history_page.py" line="83"/>
        <source>Stopped part-way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../gui.py" line="163"/>
        <source>%n problem(s) in the safety, questionnaire or threshold files; first: {first}</source>
        <translation>
            <numerusform>%n problem in the safety, questionnaire or threshold files; first: {first}</numerusform>
            <numerusform>%n problems in the safety, questionnaire or threshold files; first: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui.py" line="319"/>
        <source>Content: {exercises} exercises, %n problem(s)</source>
        <translation>
            <numerusform>Content: {exercises} exercises, %n problem</numerusform>
            <numerusform>Content: {exercises} exercises, %n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="58"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="58"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="58"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="59"/>
        <source>&amp;Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="59"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="60"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="65"/>
        <source>{page} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="73"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="83"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="140"/>
        <source>Guided physical-therapy exercises for sciatica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>Exercise content is written in this project&apos;s own words from public sources named in each exercise: NHS Inform, Guy&apos;s and St Thomas&apos;, McGill, Peak Physio, and others. Your data stays on this computer; the app makes no network calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="156"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainAdviceDialog</name>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="159"/>
        <location filename="../ui/checkin/dialogs.py" line="162"/>
        <source>About your pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="160"/>
        <source>Advice about your pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="167"/>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="168"/>
        <source>Start a gentle session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="175"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../ui/widgets/choice_bar.py" line="137"/>
        <source>0 = No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/choice_bar.py" line="137"/>
        <source>10 = Worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../ui/progress/progress_page.py" line="60"/>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="63"/>
        <source>2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="64"/>
        <source>12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="65"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="73"/>
        <source>Show {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="80"/>
        <source>Values on the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="81"/>
        <source>Point at a day on the chart to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="93"/>
        <source>Questionnaire to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="101"/>
        <source>Questionnaire scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="128"/>
        <source>Chart key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="156"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="157"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress/progress_page.py" line="159"/>
        <source>Flare-ups (shaded): %n day(s)</source>
        <translation>
            <numerusform>Flare-ups (shaded): %n day</numerusform>
            <numerusform>Flare-ups (shaded): %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress/progress_page.py" line="160"/>
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Current streak: %n day</numerusform>
            <numerusform>Current streak: %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="162"/>
        <source>This week: {done} of {goal} days with a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="178"/>
        <source>No questionnaires answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress/progress_page.py" line="184"/>
        <source>{name}: {first:.1f} → {latest:.1f} (%n answers)</source>
        <translation>
            <numerusform>{name}: {first:.1f} → {latest:.1f} (%n answer)</numerusform>
            <numerusform>{name}: {first:.1f} → {latest:.1f} (%n answers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="196"/>
        <source>{day}: back {b}, leg {l} · 7-day mean back {mb}, leg {ml} · sessions {s}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="36"/>
        <source>Source: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="45"/>
        <source>Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="58"/>
        <source>Name the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="59"/>
        <source>{item}: activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="66"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="66"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="72"/>
        <source>{min} = {min_label}    ·    {max} = {max_label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPainDialog</name>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="192"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="193"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="194"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="195"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="35"/>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="39"/>
        <source>Before your first session, please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="42"/>
        <source>It has been a week: please answer the safety questions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="45"/>
        <source>You reported new or worse numbness or weakness. Please answer these safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="47"/>
        <source>Welcome back. Please answer the safety questions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="48"/>
        <source>Safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="55"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="55"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="67"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../reports/detail_pages.py" line="37"/>
        <location filename="../reports/page_one.py" line="69"/>
        <source>%n set(s) skipped</source>
        <translation>
            <numerusform>%n set skipped</numerusform>
            <numerusform>%n sets skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/page_one.py" line="30"/>
        <source>%n screening(s) in this period; no red-flag question was answered yes.</source>
        <translation>
            <numerusform>%n screening in this period; no red-flag question was answered yes.</numerusform>
            <numerusform>%n screenings in this period; no red-flag question was answered yes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/page_one.py" line="71"/>
        <source>%n session(s) ended early</source>
        <translation>
            <numerusform>%n session ended early</numerusform>
            <numerusform>%n sessions ended early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/page_one.py" line="86"/>
        <source>%n flare-up(s): </source>
        <translation>
            <numerusform>%n flare-up: </numerusform>
            <numerusform>%n flare-ups: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/reports/reports_page.py" line="91"/>
        <source>Appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="92"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="92"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="93"/>
        <source>De-identified (no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="94"/>
        <source>De-identified summary, without your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="98"/>
        <source>Pri&amp;nt my summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="99"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="105"/>
        <location filename="../ui/reports/reports_page.py" line="163"/>
        <source>Questions for my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="106"/>
        <source>Write what you want to ask at your next appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="110"/>
        <source>Save &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="114"/>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="117"/>
        <source>CSV files (a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="118"/>
        <source>JSON backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="119"/>
        <source>FHIR R4 bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="122"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="123"/>
        <source>&amp;Import backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="128"/>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="130"/>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="139"/>
        <source>{which} date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="144"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="144"/>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="165"/>
        <source>Kept for your next appointment and printed on the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="167"/>
        <source>Days the summary covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="178"/>
        <source>Export or restore your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="222"/>
        <source>Since your last summary. Choose any other days above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="223"/>
        <source>The last 4 weeks. Choose any other days above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="237"/>
        <source>Saved your questions for the therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="251"/>
        <source>Sent your summary to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="258"/>
        <source>Save the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="258"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/reports_page.py" line="268"/>
        <source>Saved to {path} (%n pages).</source>
        <translation>
            <numerusform>Saved to {path} (%n page).</numerusform>
            <numerusform>Saved to {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="275"/>
        <source>Choose a folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="278"/>
        <location filename="../ui/reports/reports_page.py" line="293"/>
        <source>JSON backup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="278"/>
        <source>FHIR R4 bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="280"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reports_page.py" line="293"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomFlow</name>
    <message>
        <location filename="../ui/checkin/flow.py" line="134"/>
        <source>Saved {name}: score {score:.1f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/flow.py" line="217"/>
        <source>Before you start: how is your pain now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/flow.py" line="219"/>
        <source>Well done. How is your pain now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <location filename="../ui/widgets/texts.py" line="56"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/texts.py" line="68"/>
        <source>%n holds</source>
        <translation>
            <numerusform>%n hold</numerusform>
            <numerusform>%n holds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/texts.py" line="72"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../ui/today/today_page.py" line="34"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="51"/>
        <source>Resume that session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="52"/>
        <source>Finish it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="65"/>
        <source>Exercises in today&apos;s routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="70"/>
        <source>Start today&apos;s routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/today/today_page.py" line="89"/>
        <source>{name}: %n exercise(s), about {minutes} min</source>
        <translation>
            <numerusform>{name}: %n exercise, about {minutes} min</numerusform>
            <numerusform>{name}: %n exercises, about {minutes} min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="95"/>
        <source>{number}.  {name}   ·   {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="100"/>
        <source>{category}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/today/today_page.py" line="124"/>
        <source>Your session from {when} was interrupted. %n finished set(s) are saved. Carry on where you stopped, or finish it as it is?</source>
        <translation>
            <numerusform>Your session from {when} was interrupted. %n finished set is saved. Carry on where you stopped, or finish it as it is?</numerusform>
            <numerusform>Your session from {when} was interrupted. %n finished sets are saved. Carry on where you stopped, or finish it as it is?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrgentDialog</name>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="109"/>
        <source>Exercise is paused because of an earlier answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="116"/>
        <source>When you have contacted a doctor or an emergency service, press the button below. The app will ask the safety questions again before your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="123"/>
        <source>I have contacted a doctor or emergency service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="124"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workout</name>
    <message>
        <location filename="../ui/workout/workout_page.py" line="363"/>
        <source>Stop or ease off if: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <location filename="../ui/workout/workout_page.py" line="135"/>
        <source>Count reps for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="139"/>
        <source>My symptoms are worse: stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="155"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="168"/>
        <source>When to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="173"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="174"/>
        <location filename="../ui/workout/workout_page.py" line="306"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="175"/>
        <source>Count rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="176"/>
        <location filename="../ui/workout/workout_page.py" line="310"/>
        <source>Skip rest →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="177"/>
        <source>+15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="178"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="179"/>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="180"/>
        <source>Back to Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="306"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="306"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="310"/>
        <source>Skip →</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workout/workout_page.py" line="355"/>
        <source>%n set(s) saved</source>
        <translation>
            <numerusform>%n set saved</numerusform>
            <numerusform>%n sets saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../ui/workout/workout_page.py" line="371"/>
        <source>End this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="372"/>
        <source>Every set you finished is already saved. End the session now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../gui.py" line="171"/>
        <source>The safety questions could not be loaded, so they will not be asked. Ask your clinic to check content/safety/red_flags.toml. If you have new numbness around the groin, trouble controlling your bladder or bowels, or weakness in both legs, seek emergency care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="251"/>
        <source>Video: {wanted} is not available here ({why}); using {used}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
