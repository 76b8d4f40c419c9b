"""MediaOnDemand: each video surface and the cue player are made once, when first asked for."""

from __future__ import annotations

from sciatica_desktop.media.cues import CuePlayer
from sciatica_desktop.media.fake_player import FakePlayer
from sciatica_desktop.media.on_demand import MediaOnDemand


def test_nothing_is_made_until_asked_then_each_surface_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    made: list[str] = []

    def cues() -> CuePlayer:
        made.append("cues")
        return CuePlayer(speech_engine=None, audio=False)

    media = MediaOnDemand({"workout": FakePlayer, "preview": None}, cues)
    assert media.built_views() == [] and made == []
    workout = media.view("workout")
    qtbot.addWidget(workout)
    assert media.view("workout") is workout  # the same surface every time
    assert media.built_views() == [workout]
    preview = media.view("preview")
    qtbot.addWidget(preview)
    assert preview is not workout and media.built_views() == [workout, preview]
    assert media.cues is media.cues and made == ["cues"]


def _recording_media(tmp_path):  # type: ignore[no-untyped-def]
    """Media whose surfaces both make FakePlayers (listed as made), and a clip file a player would load."""
    made: list[FakePlayer] = []

    def player() -> FakePlayer:
        made.append(FakePlayer())
        return made[-1]

    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"not empty")
    media = MediaOnDemand({"workout": player, "preview": player}, lambda: CuePlayer(speech_engine=None))
    return media, made, clip


def test_release_stops_the_players_made_so_far(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    media, players, clip = _recording_media(tmp_path)
    view = media.view("workout")
    qtbot.addWidget(view)
    view.show_clip(clip, caption="Bridge")
    assert len(players) == 1 and players[0].playing
    media.release()
    assert players[0].closed and not players[0].playing
    assert len(players) == 1  # the preview was never asked for, so never made


def test_after_release_a_new_surface_starts_no_player(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    media, made, clip = _recording_media(tmp_path)
    media.release()  # the window is closing
    preview = media.view("preview")
    qtbot.addWidget(preview)
    preview.show_clip(clip, caption="Bridge")
    assert made == []  # the drawn demonstration only


def test_a_surface_that_falls_back_says_so_in_the_log(qtbot, tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    media = MediaOnDemand({"workout": FakePlayer, "preview": None}, lambda: CuePlayer(speech_engine=None))
    view = media.view("workout")
    qtbot.addWidget(view)
    view.show_clip(tmp_path / "missing.mp4", caption="Bridge")  # no such file: the drawing shows instead
    assert "video (workout)" in caplog.text and "missing.mp4" in caplog.text
