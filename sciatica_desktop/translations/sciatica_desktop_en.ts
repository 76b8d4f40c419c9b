<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../ui/checkin/dialogs.py" line="151"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BigButton</name>
    <message>
        <location filename="../ui/widgets/buttons.py" line="102"/>
        <source>{label} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="85"/>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="90"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="91"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="93"/>
        <source>How far down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="96"/>
        <location filename="../ui/checkin/checkin_page.py" line="143"/>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="98"/>
        <source>My leg feels weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="100"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="101"/>
        <source>2 h or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="102"/>
        <source>How long you can sit, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="109"/>
        <source>Made worse by: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="116"/>
        <source>Anything else (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="117"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="118"/>
        <location filename="../ui/checkin/checkin_page.py" line="233"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="119"/>
        <source>Save check-in (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="120"/>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="124"/>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="125"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="128"/>
        <location filename="../ui/checkin/checkin_page.py" line="161"/>
        <source>Recent check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="130"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="131"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="141"/>
        <source>How far down the leg do symptoms reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="149"/>
        <source>How many minutes can you sit before it hurts more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="153"/>
        <source>What made it worse today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="178"/>
        <source>Questionnaires due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="242"/>
        <source>Choose a number for {what} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="284"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="294"/>
        <source>Saved at {when}. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="299"/>
        <source>Deleted the check-in from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="309"/>
        <source>Restored the check-in from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/checkin_page.py" line="333"/>
        <source>Answer {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceBar</name>
    <message>
        <location filename="../ui/widgets/choice_bar.py" line="58"/>
        <location filename="../ui/widgets/choice_bar.py" line="92"/>
        <source>{name}: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/choice_bar.py" line="94"/>
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
        <location filename="../ui/workout/workout_page.py" line="79"/>
        <source>Repetition counter: tap to count a repetition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../media/cues.py" line="99"/>
        <source>QtMultimedia cannot load ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="102"/>
        <source>no audio output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="120"/>
        <source>QtTextToSpeech cannot load ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="122"/>
        <source>speech engine &apos;{engine}&apos; is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="125"/>
        <source>speech engine error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="127"/>
        <source>{engine}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="128"/>
        <source>{engine} ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="157"/>
        <source>not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="161"/>
        <source>speech turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="170"/>
        <source>set by caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="210"/>
        <source>[start tone]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="211"/>
        <source>[end tone]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/cues.py" line="212"/>
        <source>[tick]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ui/errors.py" line="39"/>
        <source>Something needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="63"/>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="65"/>
        <source>Sciatica Desktop ran into a problem it did not expect. Your finished sets are saved. Details are in the log file in the data folder&apos;s logs folder.</source>
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
    <name>Library</name>
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
        <location filename="../ui/library/detail.py" line="234"/>
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
        <location filename="../ui/library/detail.py" line="177"/>
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
        <location filename="../ui/library/detail.py" line="177"/>
        <source>In today&apos;s routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="188"/>
        <source>{file} was not used: {reason}. The previous video is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="192"/>
        <source>Your video is now used for this exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="204"/>
        <source>Your video was removed; the app&apos;s own demonstration is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="234"/>
        <source>&amp;Video… (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="250"/>
        <source>Easier version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="251"/>
        <source>Harder version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="259"/>
        <source>Show {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="274"/>
        <source>Choose your video for this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/detail.py" line="275"/>
        <source>Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.ogv *.mpg *.wmv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="19"/>
        <source>Lying on your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="20"/>
        <source>Lying on your front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="21"/>
        <source>Lying on your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="22"/>
        <source>On hands and knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="23"/>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="24"/>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="30"/>
        <source>No equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="31"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="32"/>
        <source>Towel or strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="33"/>
        <source>Exercise band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/labels.py" line="34"/>
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
        <location filename="../ui/library/library_page.py" line="197"/>
        <source>{name}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/library_page.py" line="203"/>
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
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../gui_pages.py" line="122"/>
        <source>%n problem(s) in the safety, questionnaire or threshold files; first: {first}</source>
        <translation>
            <numerusform>%n problem in the safety, questionnaire or threshold files; first: {first}</numerusform>
            <numerusform>%n problems in the safety, questionnaire or threshold files; first: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui_pages.py" line="130"/>
        <source>The safety questions could not be loaded, so they will not be asked. Ask your clinic to check content/safety/red_flags.toml. If you have new numbness around the groin, trouble controlling your bladder or bowels, or weakness in both legs, seek emergency care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="288"/>
        <source>Video: {wanted} is not available here ({why}); using {used}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="224"/>
        <source>Video: {backend} ({reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="228"/>
        <source>Video: turned off; the drawn demonstration is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="230"/>
        <source>Video: chosen when the first clip plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="231"/>
        <source>none, captions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="233"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="234"/>
        <source>Database: {engine} at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="238"/>
        <source>Speech: {engine} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="241"/>
        <source>Sound: {state} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui.py" line="242"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../gui.py" line="244"/>
        <source>Content: {exercises} exercises, %n problem(s)</source>
        <translation>
            <numerusform>Content: {exercises} exercises, %n problem</numerusform>
            <numerusform>Content: {exercises} exercises, %n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="47"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="47"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="47"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="48"/>
        <source>&amp;Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="48"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="49"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="52"/>
        <source>{page} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="60"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="72"/>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151"/>
        <source>Guided physical-therapy exercises for sciatica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="157"/>
        <source>Exercise content is written in this project&apos;s own words from public sources named in each exercise: NHS Inform, Guy&apos;s and St Thomas&apos;, McGill, Peak Physio, and others. Your data stays on this computer; the app makes no network calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../media/player.py" line="116"/>
        <location filename="../media/player.py" line="129"/>
        <source>always available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/player.py" line="141"/>
        <location filename="../media/player.py" line="155"/>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/player.py" line="143"/>
        <source>{name} was requested but is unavailable ({why}); using {chosen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/player.py" line="153"/>
        <source>video playback is turned off in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/player.py" line="159"/>
        <source>available, but {chosen} was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/player.py" line="161"/>
        <source>available, but {chosen} ranks higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/qt_player.py" line="31"/>
        <source>QtMultimedia cannot load ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/qt_player.py" line="33"/>
        <source>QtMultimedia (FFmpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/qt_player.py" line="101"/>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/qt_player.py" line="114"/>
        <source>invalid media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/qt_player.py" line="133"/>
        <location filename="../media/vlc_player.py" line="231"/>
        <source>file missing: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/vlc_player.py" line="39"/>
        <source>python-vlc could not load libvlc (PYTHON_VLC_LIB_PATH is invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/vlc_player.py" line="41"/>
        <source>libvlc is not installed or cannot be loaded ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/vlc_player.py" line="50"/>
        <source>libvlc failed to start ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/vlc_player.py" line="52"/>
        <source>libvlc refused to start (missing plugins or an unknown option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/vlc_player.py" line="78"/>
        <source>Qt runs on the &apos;{platform}&apos; platform, where VLC cannot embed its video (needs xcb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/vlc_player.py" line="94"/>
        <source>libvlc {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/vlc_player.py" line="185"/>
        <source>VLC could not play {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/vlc_player.py" line="202"/>
        <source>VLC shows no picture for {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/vlc_player.py" line="213"/>
        <source>no video in {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainAdvice</name>
    <message>
        <location filename="../ui/checkin/advice.py" line="22"/>
        <source>Your pain is high right now ({pain}/10). On a day like this, do less: a shorter, gentler session, or rest and try again tomorrow. Do you want to start a gentle session anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/advice.py" line="31"/>
        <source>Your pain is {pain}/10 after exercising. That is acceptable if it settles within a day. If it has not settled by tomorrow morning, do less next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/advice.py" line="36"/>
        <source>Your pain is {pain}/10 after exercising: more than these exercises should cause. Next time, reduce or skip the exercises that brought it on, and try again the next day. If pain keeps getting worse over several days, or spreads further down your leg, contact your physical therapist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainAdviceDialog</name>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="163"/>
        <location filename="../ui/checkin/dialogs.py" line="166"/>
        <source>About your pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="164"/>
        <source>Advice about your pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="171"/>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="172"/>
        <source>Start a gentle session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="179"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="36"/>
        <source>Back pain: dots, solid line = 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="38"/>
        <source>Leg pain: triangles, dashed line = 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="39"/>
        <source>session done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="40"/>
        <source>flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="55"/>
        <source>Pain chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="60"/>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="77"/>
        <source>Back pain (daily)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="86"/>
        <source>Leg pain (daily)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="89"/>
        <source>Back pain, 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="94"/>
        <source>Leg pain, 7-day mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/pain_chart.py" line="102"/>
        <source>Session done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../ui/widgets/choice_bar.py" line="139"/>
        <source>0 = No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/choice_bar.py" line="139"/>
        <source>10 = Worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../ui/reports/printing.py" line="27"/>
        <source>Appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/printing.py" line="35"/>
        <source>none (is CUPS installed and running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/printing.py" line="37"/>
        <source>There is no printer called {name!r}. Printers: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/printing.py" line="57"/>
        <source>Print my summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../ui/progress/progress_page.py" line="62"/>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="65"/>
        <source>2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="66"/>
        <source>12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="67"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="75"/>
        <source>Show {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="82"/>
        <source>Values on the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="83"/>
        <source>Point at a day on the chart to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="95"/>
        <source>Questionnaire to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="103"/>
        <source>Questionnaire scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="130"/>
        <source>Chart key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="158"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="159"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress/progress_page.py" line="161"/>
        <source>Flare-ups (shaded): %n day(s)</source>
        <translation>
            <numerusform>Flare-ups (shaded): %n day</numerusform>
            <numerusform>Flare-ups (shaded): %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress/progress_page.py" line="162"/>
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Current streak: %n day</numerusform>
            <numerusform>Current streak: %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="164"/>
        <source>This week: {done} of {goal} days with a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="180"/>
        <source>No questionnaires answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progress/progress_page.py" line="189"/>
        <source>{name}: {first:.1f} → {latest:.1f} (%n answers)</source>
        <translation>
            <numerusform>{name}: {first:.1f} → {latest:.1f} (%n answer)</numerusform>
            <numerusform>{name}: {first:.1f} → {latest:.1f} (%n answers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/progress/progress_page.py" line="201"/>
        <source>{day}: back {b}, leg {l} · 7-day mean back {mb}, leg {ml} · sessions {s}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="37"/>
        <source>Source: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="46"/>
        <source>Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="59"/>
        <source>Name the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="60"/>
        <source>{item}: activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="67"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="67"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/questionnaire_dialog.py" line="73"/>
        <source>{min} = {min_label}    ·    {max} = {max_label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPainDialog</name>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="196"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="197"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="198"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="199"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="39"/>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="43"/>
        <source>Before your first session, please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="46"/>
        <source>It has been a week: please answer the safety questions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="49"/>
        <source>You reported new or worse numbness or weakness. Please answer these safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="51"/>
        <source>Welcome back. Please answer the safety questions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="52"/>
        <source>Safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="59"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="59"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="71"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../reports/detail_pages.py" line="27"/>
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
    <message numerus="yes">
        <location filename="../reports/detail_pages.py" line="37"/>
        <location filename="../reports/page_one.py" line="73"/>
        <source>%n set(s) skipped</source>
        <translation>
            <numerusform>%n set skipped</numerusform>
            <numerusform>%n sets skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="45"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="46"/>
        <location filename="../reports/detail_pages.py" line="90"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="47"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="48"/>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="49"/>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="50"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="65"/>
        <source>Workout log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="67"/>
        <source>No workouts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="70"/>
        <source>Pain is 0–10, back and leg, from the quick check-ins just before and after a workout (blank: not answered). A set done on each side counts as two sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="90"/>
        <location filename="../reports/detail_pages.py" line="134"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="90"/>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="92"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="93"/>
        <source>Current routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="104"/>
        <source>Planned workout days = the week goal ({goal} days a week) × the days in the period ÷ 7, rounded. Done = days with at least one workout. Adherence = done ÷ planned (it can pass 100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="108"/>
        <source>Change since the start: the mean of the first {base} days with check-ins (the start of the programme, which may be before this period) against the mean of the period&apos;s last {roll} days (at least {min} days with check-ins needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="113"/>
        <source>Flare-up day: the worst of back and leg pain at least {pts:g} points above the mean of the {days} days before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="117"/>
        <source>Leg-symptom trend: how far down the leg symptoms reach (0 none … 4 foot), the last {w} days against the {w} before; a change of {c:g} counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="120"/>
        <source>Clinics can change these limits in the app&apos;s thresholds.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="123"/>
        <source>How the numbers are worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="135"/>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/detail_pages.py" line="136"/>
        <source>Stop or ease off if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="26"/>
        <source>Safety questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/page_one.py" line="30"/>
        <source>%n screening(s) in this period; no red-flag question was answered yes.</source>
        <translation>
            <numerusform>%n screening in this period; no red-flag question was answered yes.</numerusform>
            <numerusform>%n screenings in this period; no red-flag question was answered yes.</numerusform>
        </translation>
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
        <location filename="../reports/page_one.py" line="46"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="52"/>
        <source>RED-FLAG ANSWERS: please read first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="66"/>
        <source>&lt;b&gt;{done} of {planned}&lt;/b&gt; planned days with a workout (&lt;b&gt;{percent}&lt;/b&gt; adherence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/page_one.py" line="68"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/page_one.py" line="69"/>
        <source>current streak %n day(s)</source>
        <translation>
            <numerusform>current streak %n day</numerusform>
            <numerusform>current streak %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/page_one.py" line="75"/>
        <source>%n session(s) ended early</source>
        <translation>
            <numerusform>%n session ended early</numerusform>
            <numerusform>%n sessions ended early</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="83"/>
        <source>none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="85"/>
        <source>{start}–{end} (worst daily mean {peak:.1f}/10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/page_one.py" line="90"/>
        <source>%n flare-up(s): </source>
        <translation>
            <numerusform>%n flare-up: </numerusform>
            <numerusform>%n flare-ups: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="95"/>
        <source>no questionnaires answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="101"/>
        <source>latest answer {v:.0f} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="103"/>
        <source>responder (much or very much improved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="105"/>
        <source>not a responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="111"/>
        <source>{b:.1f} ({d1}) → {c:.1f} ({d2}), {p:+.1f} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="120"/>
        <source>{v:.1f} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="126"/>
        <location filename="../reports/pdf.py" line="187"/>
        <source>de-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="127"/>
        <source>reach: {first} (first week) → {last} (last week); trend: {trend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="132"/>
        <source>last 7 days: back {b}, leg {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="137"/>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="138"/>
        <source>Back pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="139"/>
        <source>Leg pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="140"/>
        <source>Leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="141"/>
        <source>Flare-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="142"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="148"/>
        <source>(none written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="151"/>
        <source>Chart: back pain = dots and solid line (7-day mean); leg pain = triangles and dashed line; squares along the bottom = workout days; grey bands = flare-ups. {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="158"/>
        <source>Meaningful change in pain: {threshold} (NPRS); start = mean of the first {n} days with check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="162"/>
        <source>Questions for my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="154"/>
        <source>Could not start drawing the summary (the file or printer refused it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="191"/>
        <source>{app}: appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="195"/>
        <source>{who} · {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="208"/>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="209"/>
        <source>Made {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="229"/>
        <source>Could not write the summary to {path}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/page_one.py" line="155"/>
        <location filename="../reports/pdf.py" line="237"/>
        <source>Appointment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="239"/>
        <source>Appointment summary: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="45"/>
        <source>{start} to {end} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="49"/>
        <source>chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="50"/>
        <source>since the previous summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="51"/>
        <source>the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="59"/>
        <source>{p:g} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="61"/>
        <source>{p:g}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="62"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="62"/>
        <source>none defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="67"/>
        <source>meaningful improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="69"/>
        <source>meaningfully worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="71"/>
        <source>better, below the meaningful-change threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="73"/>
        <source>worse, below the meaningful-change threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="74"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="79"/>
        <source>not enough check-ins to compare with the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="80"/>
        <source>, {p:+.0f}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="82"/>
        <source>{b:.1f} at the start → {c:.1f} now ({d:+.1f} points{percent}): &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="90"/>
        <source>no check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="92"/>
        <source>not in the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="93"/>
        <source>buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="94"/>
        <source>thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="95"/>
        <source>below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="96"/>
        <source>foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="104"/>
        <source>centralising (reaching less far down the leg than the week before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="106"/>
        <source>spreading further down the leg than the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="107"/>
        <source>stable over the last two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="108"/>
        <source>too few check-ins in the last two weeks to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="115"/>
        <source>URGENT: the app told the patient to stop exercising and seek care now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="117"/>
        <source>the app advised seeing a doctor soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="118"/>
        <source>no warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="125"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="126"/>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="132"/>
        <source>{sets} × {reps} holds of {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="136"/>
        <source>{sets} × {reps} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="138"/>
        <source>, {hold} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="139"/>
        <source>, each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="144"/>
        <source>{n} × {hold} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="146"/>
        <source>{n} reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="148"/>
        <source>{done} of {planned} sets ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reports/texts.py" line="155"/>
        <source>For education only, not medical advice. Made by the patient with Sciatica Desktop from their own entries; it does not diagnose. Follow the treating clinician&apos;s judgement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActionTexts</name>
    <message>
        <location filename="../ui/reports/actions.py" line="42"/>
        <source>Imported into a new profile {name!r}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="44"/>
        <source>Imported into the existing profile {name!r}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="51"/>
        <source>{table}: {added} added, {skipped} already present (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="56"/>
        <source>the file holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="117"/>
        <source>Saved {n} CSV files to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="120"/>
        <source>Saved a backup ({n} records) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/actions.py" line="125"/>
        <source>Saved a FHIR R4 bundle ({n} resources) to {path}</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/checkin/flow.py" line="150"/>
        <source>Saved {name}: score {score:.1f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/flow.py" line="250"/>
        <source>Before you start: how is your pain now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/flow.py" line="252"/>
        <source>Well done. How is your pain now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomTexts</name>
    <message>
        <location filename="../ui/checkin/texts.py" line="22"/>
        <source>Not in the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="23"/>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="24"/>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="25"/>
        <source>Below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="26"/>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="32"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="33"/>
        <source>Some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="34"/>
        <source>A lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="40"/>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="41"/>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="42"/>
        <source>Bending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="43"/>
        <source>Lifting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="44"/>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="45"/>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="46"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="53"/>
        <source>back {b}, leg {l}</source>
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
        <location filename="../ui/checkin/texts.py" line="74"/>
        <source>Leg symptoms: not enough check-ins in the last two weeks to see a trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="81"/>
        <source>{what}: not enough check-ins yet to compare with your start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="84"/>
        <source> ({p:+.0f}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="85"/>
        <source>{what}: {b:.1f} → {c:.1f}, {d:+.1f} points{percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="88"/>
        <source>{change}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="94"/>
        <source>a meaningful improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="96"/>
        <source>meaningfully worse: talk to your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="98"/>
        <source>better, but not yet by a meaningful amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/texts.py" line="99"/>
        <source>no meaningful change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../ui/widgets/texts.py" line="37"/>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="39"/>
        <source>ddd d MMM</source>
        <comment>QLocale date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="51"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <comment>QLocale date and time format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="53"/>
        <source>ddd d MMM, HH:mm</source>
        <comment>QLocale date and time format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/texts.py" line="65"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="67"/>
        <source>{m} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="68"/>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="75"/>
        <source>{sets} × {hold} hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/texts.py" line="77"/>
        <source>%n holds</source>
        <translation>
            <numerusform>%n hold</numerusform>
            <numerusform>%n holds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="78"/>
        <source>{sets} × {holds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="79"/>
        <source>{holds} of {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/texts.py" line="81"/>
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="82"/>
        <source>{sets} × {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="84"/>
        <source>{reps}, {hold} hold at the end of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="88"/>
        <source>{dose}, each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="95"/>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="95"/>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="102"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="103"/>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="104"/>
        <source>Directional movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="105"/>
        <source>Nerve glide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="106"/>
        <source>Strengthening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="107"/>
        <source>Walking and fitness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="113"/>
        <source>For education only, not medical advice. Follow your physical therapist&apos;s plan, and ask your healthcare provider before starting or changing exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/texts.py" line="120"/>
        <source>Stop and ease off if pain spreads further down your leg, if numbness, tingling or weakness is new or worse, or if pain rises past what your therapist agreed with you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../ui/today/extras_box.py" line="33"/>
        <source>Added by you from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/extras_box.py" line="65"/>
        <source>{name}   ·   {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/extras_box.py" line="68"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/extras_box.py" line="69"/>
        <source>Remove {name} from today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../ui/today/today_page.py" line="41"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="168"/>
        <source>Resume that session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="169"/>
        <source>Finish it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="58"/>
        <source>Exercises in today&apos;s routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="60"/>
        <source>Start today&apos;s routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/today/today_page.py" line="107"/>
        <source>{name}: %n exercise(s), about {minutes} min</source>
        <translation>
            <numerusform>{name}: %n exercise, about {minutes} min</numerusform>
            <numerusform>{name}: %n exercises, about {minutes} min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="112"/>
        <source>{number}.  {name}   ·   {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/today/today_page.py" line="115"/>
        <source>{category}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/today/today_page.py" line="148"/>
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
        <location filename="../ui/checkin/dialogs.py" line="113"/>
        <source>Exercise is paused because of an earlier answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="120"/>
        <source>When you have contacted a doctor or an emergency service, press the button below. The app will ask the safety questions again before your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="127"/>
        <source>I have contacted a doctor or emergency service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checkin/dialogs.py" line="128"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../media/video_view.py" line="30"/>
        <source>file missing: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/video_view.py" line="32"/>
        <source>not a file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/video_view.py" line="34"/>
        <source>file unreadable: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/video_view.py" line="36"/>
        <source>file empty: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/video_view.py" line="109"/>
        <source>video player unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/video_view.py" line="178"/>
        <source>Video could not be played ({reason}); showing the drawn demonstration instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../media/video_view.py" line="181"/>
        <source>Video could not be played ({reason}); showing the exercise name instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workout</name>
    <message>
        <location filename="../ui/workout/workout_page.py" line="369"/>
        <source>Stop or ease off if: {rules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="22"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="23"/>
        <source>{done} / {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="27"/>
        <source>Set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="29"/>
        <source>{set} · {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="33"/>
        <source>Exercise {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="38"/>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="39"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="40"/>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="41"/>
        <source>Switch side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="42"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="43"/>
        <source>Next rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="49"/>
        <source>set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="51"/>
        <source>{name}, {set}, {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="52"/>
        <source>{name}, {set}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="58"/>
        <source>Paused. Press Space or Start to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="61"/>
        <source>Press Start when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="63"/>
        <source>Get into position: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="66"/>
        <source>Move with the count: one repetition every {s} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="68"/>
        <source>Do one repetition, then press Enter or tap the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="70"/>
        <source>Hold gently and keep breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="72"/>
        <source>Relax. Next hold coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="74"/>
        <source>Switch sides: now the {side}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="76"/>
        <source>Rest. Next: {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="79"/>
        <source>Session ended. Every finished set is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="80"/>
        <source>Well done: session complete. Every set is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="88"/>
        <source>Next exercise: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/captions.py" line="92"/>
        <source>Hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <location filename="../ui/workout/workout_page.py" line="137"/>
        <source>Count reps for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="141"/>
        <source>My symptoms are worse: stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="157"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="175"/>
        <source>When to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="179"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="180"/>
        <location filename="../ui/workout/workout_page.py" line="312"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="181"/>
        <source>Count rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="182"/>
        <location filename="../ui/workout/workout_page.py" line="316"/>
        <source>Skip rest →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="183"/>
        <source>+15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="184"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="185"/>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="186"/>
        <source>Back to Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="312"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="312"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="316"/>
        <source>Skip →</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workout/workout_page.py" line="361"/>
        <source>%n set(s) saved</source>
        <translation>
            <numerusform>%n set saved</numerusform>
            <numerusform>%n sets saved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="377"/>
        <source>End this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workout/workout_page.py" line="378"/>
        <source>Every set you finished is already saved. End the session now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
