"""A clinic's broken safety file is shown where the clinic will see it, and the patient is told plainly."""

from __future__ import annotations

from pathlib import Path

from sciatica_desktop.app import Options, build_core
from sciatica_desktop.domain.clock import FakeClock


def test_a_broken_red_flag_file_is_a_standing_notice(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from sciatica_desktop.gui import build_gui

    safety = tmp_path / "content" / "safety"
    safety.mkdir(parents=True)
    (safety / "red_flags.toml").write_text("this is = not [valid toml", encoding="utf-8")
    options = Options(data_dir=tmp_path, video_backend="none")
    core = build_core(options, clock=FakeClock())
    try:
        built = build_gui(core, options, speech=False)
        qtbot.addWidget(built.window)
        notices = "\n".join(built.window.notices())
        assert "red_flags.toml" in notices
        built.release_media()
    finally:
        core.close()
