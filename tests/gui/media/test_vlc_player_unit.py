"""VlcPlayer logic against a fake python-vlc module: no libvlc is loaded in the offscreen suite."""

from __future__ import annotations

import sys
import types
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from sciatica_desktop.media import vlc_player
from sciatica_desktop.media.vlc_player import VlcPlayer, load_vlc, probe


class State(Enum):
    NothingSpecial = 0
    Playing = 3
    Paused = 4
    Stopped = 5
    Ended = 6


class EventType(Enum):
    MediaPlayerPlaying = 260
    MediaPlayerEndReached = 265
    MediaPlayerEncounteredError = 266


class TrackType(Enum):
    audio = 0
    video = 1


class FakeMedia:
    def __init__(self, path: str) -> None:
        self.path, self.options = path, []

    def parse(self) -> None:
        pass

    def tracks_get(self) -> list[Any]:
        kind = TrackType.audio if "audio-only" in self.path else TrackType.video
        return [types.SimpleNamespace(type=kind)]

    def add_option(self, option: str) -> None:
        self.options.append(option)

    def release(self) -> None:
        pass


class FakeEventManager:
    def __init__(self) -> None:
        self.callbacks: dict[Any, Any] = {}

    def event_attach(self, kind: Any, callback: Any, *args: Any) -> None:
        self.callbacks[kind] = (callback, args)

    def event_detach(self, kind: Any) -> None:
        self.callbacks.pop(kind, None)

    def fire(self, kind: Any) -> None:
        callback, args = self.callbacks[kind]
        callback(object(), *args)


class FakeMediaPlayer:
    def __init__(self) -> None:
        self.media: FakeMedia | None = None
        self.state = State.NothingSpecial
        self.time_ms = -1
        self.vout = 0
        self.window: int | None = None
        self.inputs: list[tuple[str, bool]] = []
        self.manager = FakeEventManager()
        self.released = False

    def video_set_mouse_input(self, on: bool) -> None:
        self.inputs.append(("mouse", on))

    def video_set_key_input(self, on: bool) -> None:
        self.inputs.append(("key", on))

    def event_manager(self) -> FakeEventManager:
        return self.manager

    def set_media(self, media: FakeMedia | None) -> None:
        self.media = media

    def get_media(self) -> FakeMedia | None:
        return self.media

    def get_state(self) -> State:
        return self.state

    def set_xwindow(self, handle: int) -> None:
        self.window = handle

    def play(self) -> int:
        self.state = State.Playing
        return 0

    def set_pause(self, on: int) -> None:
        self.state = State.Paused if on else State.Playing

    def stop(self) -> None:
        self.state = State.Stopped

    def is_playing(self) -> bool:
        return self.state == State.Playing

    def has_vout(self) -> int:
        return self.vout

    def get_time(self) -> int:
        return self.time_ms

    def release(self) -> None:
        self.released = True


class FakeInstance:
    def __init__(self) -> None:
        self.player = FakeMediaPlayer()
        self.released = False

    def media_player_new(self) -> FakeMediaPlayer:
        return self.player

    def media_new_path(self, path: str) -> FakeMedia:
        return FakeMedia(path)

    def release(self) -> None:
        self.released = True


def fake_vlc(instance: FakeInstance | None) -> types.SimpleNamespace:
    return types.SimpleNamespace(
        Instance=lambda *args: instance,
        State=State,
        EventType=EventType,
        TrackType=TrackType,
        libvlc_get_version=lambda: b"3.0.99 Fake",
    )


class Clock:
    t = 10.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def instance() -> FakeInstance:
    return FakeInstance()


@pytest.fixture
def player(qtbot, instance: FakeInstance) -> VlcPlayer:
    player = VlcPlayer(vlc_module=fake_vlc(instance), now=Clock(), startup_timeout_ms=50)
    qtbot.addWidget(player.widget())
    yield player
    player.close()


def test_clicks_and_keys_are_left_to_qt(player: VlcPlayer, instance: FakeInstance) -> None:
    assert ("mouse", False) in instance.player.inputs
    assert ("key", False) in instance.player.inputs


def test_load_loops_seamlessly_and_play_embeds(
    player: VlcPlayer, instance: FakeInstance, test_clip: Path
) -> None:
    player.load(test_clip)
    assert instance.player.media.options == ["input-repeat=65535"]
    player.play()
    assert instance.player.window == int(player.widget().winId())
    player.set_loop(False)
    assert instance.player.media.options == []
    assert instance.player.is_playing()  # rebuilt media and went on playing


def test_events_from_the_vlc_thread_arrive_queued(qtbot, player: VlcPlayer, instance: FakeInstance) -> None:
    started: list[bool] = []
    player.sig_started.connect(lambda: started.append(True))
    instance.player.manager.fire(EventType.MediaPlayerPlaying)
    assert started == []  # never delivered inside the libvlc callback
    qtbot.waitUntil(lambda: started == [True], timeout=1000)


def test_encountered_error_becomes_sig_error(
    qtbot, player: VlcPlayer, instance: FakeInstance, test_clip: Path
) -> None:
    player.load(test_clip)
    with qtbot.waitSignal(player.sig_error, timeout=1000) as blocker:
        instance.player.manager.fire(EventType.MediaPlayerEncounteredError)
    assert test_clip.name in blocker.args[0]


def test_file_without_video_is_an_error(qtbot, player: VlcPlayer, tmp_path: Path) -> None:
    sound = tmp_path / "audio-only.mp4"
    sound.write_bytes(b"x")
    with qtbot.waitSignal(player.sig_error, timeout=1000) as blocker:
        player.load(sound)
    assert "no video" in blocker.args[0]
    player.play()  # nothing to play, and no crash


def test_no_picture_after_start_is_an_error(
    qtbot, player: VlcPlayer, instance: FakeInstance, test_clip: Path
) -> None:
    player.load(test_clip)
    with qtbot.waitSignal(player.sig_error, timeout=1000) as blocker:
        player.play()  # the fake never creates a video output; the watchdog fires after 50 ms
    assert "no picture" in blocker.args[0]


def test_picture_present_means_no_error(
    qtbot, player: VlcPlayer, instance: FakeInstance, test_clip: Path
) -> None:
    instance.player.vout = 1
    player.load(test_clip)
    player.play()
    assert player._watchdog.isActive()
    with qtbot.assertNotEmitted(player.sig_error):
        player._watchdog.timeout.emit()  # the moment the watchdog looks


def test_position_is_interpolated(player: VlcPlayer, instance: FakeInstance, test_clip: Path) -> None:
    clock = player._interp._now
    player.load(test_clip)
    player.play()
    instance.player.time_ms = 500
    assert player.position() == pytest.approx(0.5)
    clock.t += 0.2
    assert player.position() == pytest.approx(0.7)


def test_close_detaches_and_releases(instance: FakeInstance, qtbot) -> None:
    player = VlcPlayer(vlc_module=fake_vlc(instance))
    player.close()
    player.close()
    assert instance.player.manager.callbacks == {}
    assert instance.player.released and instance.released


def test_instance_returning_none_refuses_to_build(qapp) -> None:
    with pytest.raises(RuntimeError, match="refused"):
        VlcPlayer(vlc_module=fake_vlc(None))


def test_probe_refuses_platforms_where_vlc_cannot_draw() -> None:
    for platform in ("offscreen", "wayland", "minimal"):
        result = probe(platform, loader=lambda: pytest.fail("must not load libvlc"))
        assert not result.available
        assert platform in result.reason


def test_probe_reports_instance_failure() -> None:
    result = probe("xcb", loader=lambda: (fake_vlc(None), ""))
    assert not result.available
    assert "refused" in result.reason
    ok = probe("xcb", loader=lambda: (fake_vlc(FakeInstance()), ""))
    assert ok.available
    assert "3.0.99" in ok.reason


def test_probe_reports_missing_libvlc_by_name_error() -> None:
    module = fake_vlc(None)

    def no_libvlc_new(*_args: str) -> None:
        raise NameError("no function 'libvlc_new'")

    module.Instance = no_libvlc_new
    result = probe("xcb", loader=lambda: (module, ""))
    assert not result.available
    assert "libvlc_new" in result.reason


@pytest.mark.parametrize(
    "failure",
    [
        SystemExit(1),
        NotImplementedError("Cannot find libvlc lib"),
        OSError("libvlc.so.5"),
        ImportError("vlc"),
    ],
)
def test_importing_vlc_never_raises_or_exits(monkeypatch: pytest.MonkeyPatch, failure: BaseException) -> None:
    class Finder:
        @staticmethod
        def find_spec(name: str, *_args: Any) -> None:
            if name == "vlc":
                raise failure

    monkeypatch.delitem(sys.modules, "vlc", raising=False)
    monkeypatch.setattr(sys, "meta_path", [Finder(), *sys.meta_path])
    module, reason = load_vlc()
    assert module is None
    assert reason


def test_module_does_not_import_vlc_at_import_time() -> None:
    assert "vlc" not in vars(vlc_player)
