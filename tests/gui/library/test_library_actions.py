"""What the library changes: "Add to today" (kept across restarts) and a clinic's own video."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from sciatica_desktop.cli import main as cli_main
from tests.media_fixtures import make_corrupt_clip, make_test_clip


def today_texts(run) -> list[str]:  # type: ignore[no-untyped-def]
    today = run.gui.shell.today
    return today.exercises.texts()


def test_add_to_today_is_kept_across_a_restart_and_can_be_removed(start_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    run = start_app()
    run.gui.window.show_page("library")
    library = run.library
    library.open_exercise("bird_dog")
    qtbot.mouseClick(library.add_button, Qt.MouseButton.LeftButton)
    assert not library.add_button.isEnabled() and "today" in library.add_button.text().lower()
    texts = today_texts(run)
    assert len(texts) == 5 and "Bird" in texts[-1]
    assert list(run.gui.shell.today.extras.remove_buttons) == ["bird_dog"]

    run = start_app()  # a new core and GUI on the same data folder
    assert len(today_texts(run)) == 5 and "Bird" in today_texts(run)[-1]
    run.library.open_exercise("bird_dog")
    assert not run.library.add_button.isEnabled()
    run.gui.window.show_page("today")
    qtbot.mouseClick(run.gui.shell.today.start_button, Qt.MouseButton.LeftButton)
    active = run.gui.shell.workout.active
    assert active is not None and active.runner.items[-1].exercise.id == "bird_dog"
    run.gui.shell.workout.unbind()
    run.gui.window.show_page("today")

    remove = run.gui.shell.today.extras.remove_buttons["bird_dog"]
    assert remove.accessibleName() and remove.height() >= 44
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert len(today_texts(run)) == 4 and run.gui.shell.today.extras.isHidden()
    run.library.open_exercise("bird_dog")
    assert run.library.add_button.isEnabled()
    run = start_app()
    assert len(today_texts(run)) == 4


def test_an_exercise_already_in_the_routine_cannot_be_added_twice(start_app) -> None:  # type: ignore[no-untyped-def]
    run = start_app()
    first = run.core.routine_items[0].exercise.id
    run.library.open_exercise(first)
    assert not run.library.add_button.isEnabled()


def workout_clip(run, qtbot, exercise_id: str) -> Path | None:  # type: ignore[no-untyped-def]
    """Start the exercise from the library and return the clip the workout page asked to play."""
    run.gui.window.show_page("library")
    run.library.open_exercise(exercise_id)
    qtbot.mouseClick(run.library.start_button, Qt.MouseButton.LeftButton)
    clips = [path for surface, path in run.shown if surface == "workout"]
    run.gui.shell.workout.unbind()
    assert clips, "the workout showed no clip"
    return clips[-1]


def test_a_clinic_video_plays_in_the_workout_and_survives_a_restart(  # type: ignore[no-untyped-def]
    start_app, qtbot, tmp_path: Path, bundled: Path
) -> None:
    own = make_test_clip(tmp_path / "clinic" / "our bridge.mp4", width=160, height=90, seconds=0.5)
    original = hashlib.sha256(own.read_bytes()).hexdigest()
    run = start_app()
    assert workout_clip(run, qtbot, "glute_bridge") == bundled / "glute_bridge.mp4"

    run.gui.window.show_page("library")
    run.library.open_exercise("glute_bridge")
    view = run.library.detail_view
    assert not view.remove_video_action.isEnabled()
    assert view.video_button.isVisible() and view.video_button.height() >= 44
    view.choose_video_file = lambda: own  # what the file dialog would return
    view.own_video_action.trigger()
    stored = run.core.data_dir.videos / "glute_bridge.mp4"
    assert "now used" in view.status_text()
    assert view.remove_video_action.isEnabled() and "ours" in view.video_button.text()
    assert run.shown[-1] == ("preview", stored)  # the preview shows it at once
    assert hashlib.sha256(own.read_bytes()).hexdigest() == original
    assert workout_clip(run, qtbot, "glute_bridge") == stored

    run = start_app()
    assert workout_clip(run, qtbot, "glute_bridge") == stored
    run.gui.window.show_page("library")
    run.library.open_exercise("glute_bridge")
    view = run.library.detail_view
    view.remove_video_action.trigger()
    assert "removed" in view.status_text() and not view.remove_video_action.isEnabled()
    assert not stored.exists() and own.is_file()
    assert workout_clip(run, qtbot, "glute_bridge") == bundled / "glute_bridge.mp4"


def test_a_bad_file_is_refused_in_the_library_and_the_old_video_stays(  # type: ignore[no-untyped-def]
    start_app, qtbot, tmp_path: Path
) -> None:
    run = start_app()
    run.gui.window.show_page("library")
    run.library.open_exercise("glute_bridge")
    view = run.library.detail_view
    good = make_test_clip(tmp_path / "good.mp4", width=160, height=90, seconds=0.5)
    assert view.attach_video(good)
    stored = run.core.data_dir.videos / "glute_bridge.mp4"
    kept = stored.read_bytes()

    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a video", encoding="utf-8")
    for bad, reason in ((make_corrupt_clip(tmp_path / "junk.mp4"), "not a video"),
                        (text_file, "not a video"),
                        (tmp_path / "gone.mp4", "the file is missing")):
        view.choose_video_file = lambda bad=bad: bad
        view.own_video_action.trigger()
        message = view.status_text()
        assert bad.name in message and reason in message and "previous video is kept" in message
        assert stored.read_bytes() == kept
    assert sorted(p.name for p in run.core.data_dir.videos.iterdir()) == ["glute_bridge.mp4"]

    view.choose_video_file = lambda: None  # the dialog was cancelled
    view.own_video_action.trigger()
    assert stored.read_bytes() == kept


def test_the_command_line_attaches_and_detaches(tmp_path: Path, capsys, bundled: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "cli-data"
    own = make_test_clip(tmp_path / "ours.mp4", width=160, height=90, seconds=0.5)
    assert cli_main(["attach-video", "clamshell", str(own), "--data-dir", str(data)]) == 0
    assert (data / "videos" / "clamshell.mp4").read_bytes() == own.read_bytes()
    junk = make_corrupt_clip(tmp_path / "junk.mp4")
    assert cli_main(["attach-video", "clamshell", str(junk), "--data-dir", str(data)]) == 2
    assert "not a video" in capsys.readouterr().err
    assert (data / "videos" / "clamshell.mp4").read_bytes() == own.read_bytes()
    assert cli_main(["attach-video", "no_such_exercise", str(own), "--data-dir", str(data)]) == 2
    assert cli_main(["detach-video", "clamshell", "--data-dir", str(data)]) == 0
    assert not (data / "videos" / "clamshell.mp4").exists()
