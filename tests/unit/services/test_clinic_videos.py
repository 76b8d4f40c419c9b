"""A clinic's own videos: checked by decoding, copied in atomically, the original untouched, removable."""

from __future__ import annotations

import hashlib
from pathlib import Path

import av
import pytest

from sciatica_desktop.app import clip_path
from sciatica_desktop.domain.catalogue import Catalogue
from sciatica_desktop.domain.exercise import Category, Dose, Exercise, ExerciseId, Side, Sidedness
from sciatica_desktop.services.clinic_videos import ClinicVideoError, ClinicVideos
from sciatica_desktop.services.video_probe import Refusal, pyav_probe
from tests.media_fixtures import make_corrupt_clip, make_test_clip

BRIDGE = Exercise(ExerciseId("glute_bridge"), "Bridge", Category.STRENGTH, Sidedness.BOTH, Dose(),
                  video="glute_bridge.mp4")
CLAM = Exercise(ExerciseId("clamshell"), "Clamshell", Category.STRENGTH, Sidedness.EACH_SIDE, Dose(),
                video="clamshell.mp4")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """(the clinic's videos folder, a bundled folder holding the app's own clips)."""
    clinic, bundled = tmp_path / "data" / "videos", tmp_path / "assets"
    clinic.mkdir(parents=True)
    make_test_clip(bundled / "glute_bridge.mp4", seconds=0.5)
    make_test_clip(bundled / "clamshell_left.mp4", seconds=0.5)
    return clinic, bundled


@pytest.fixture
def service(folders: tuple[Path, Path]) -> ClinicVideos:
    return ClinicVideos(videos_dir=folders[0], catalogue=Catalogue([BRIDGE, CLAM]), probe=pyav_probe)


@pytest.fixture
def own_clip(tmp_path: Path) -> Path:
    return make_test_clip(tmp_path / "from the clinic" / "Bridge demo.MP4", width=160, height=90, seconds=0.5)


def test_an_attached_video_is_copied_in_and_plays_instead_of_the_bundled_one(
    service: ClinicVideos, folders: tuple[Path, Path], own_clip: Path
) -> None:
    clinic, bundled = folders
    before = digest(own_clip)
    assert clip_path(BRIDGE, Side.NONE, [clinic, bundled]) == bundled / "glute_bridge.mp4"

    stored = service.attach("glute_bridge", own_clip)

    assert stored == clinic / "glute_bridge.mp4"
    assert digest(stored) == before and digest(own_clip) == before  # a copy; the original is as it was
    assert service.attached("glute_bridge") == stored
    assert clip_path(BRIDGE, Side.NONE, [clinic, bundled]) == stored
    assert sorted(p.name for p in clinic.iterdir()) == ["glute_bridge.mp4"]  # no temporary file left


def test_the_attached_video_wins_over_bundled_per_side_clips(
    service: ClinicVideos, folders: tuple[Path, Path], own_clip: Path
) -> None:
    clinic, bundled = folders
    assert clip_path(CLAM, Side.LEFT, [clinic, bundled]) == bundled / "clamshell_left.mp4"
    stored = service.attach("clamshell", own_clip)
    assert clip_path(CLAM, Side.LEFT, [clinic, bundled]) == stored
    assert clip_path(CLAM, Side.RIGHT, [clinic, bundled]) == stored


def test_another_container_keeps_its_suffix_and_replaces_the_previous_video(
    service: ClinicVideos, folders: tuple[Path, Path], own_clip: Path, tmp_path: Path
) -> None:
    clinic, bundled = folders
    service.attach("glute_bridge", own_clip)
    mov = tmp_path / "second.mov"
    mov.write_bytes(make_test_clip(tmp_path / "second.mp4", seconds=0.25).read_bytes())

    stored = service.attach("glute_bridge", mov)

    assert stored == clinic / "glute_bridge.mov"
    assert sorted(p.name for p in clinic.iterdir()) == ["glute_bridge.mov"]
    assert clip_path(BRIDGE, Side.NONE, [clinic, bundled]) == stored


def _audio_only(path: Path) -> Path:
    with av.open(str(path), mode="w", format="mp4") as container:
        stream = container.add_stream("aac", rate=8000)
        frame = av.AudioFrame(format="fltp", layout="mono", samples=1024)
        for plane in frame.planes:
            plane.update(bytes(plane.buffer_size))
        frame.sample_rate = 8000
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            container.mux(packet)
    return path


def _text_file(path: Path) -> Path:
    path.write_text("Bridge: 10 reps, hold 3 s at the top.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make_bad", "refusal"),
    [
        (lambda d: make_corrupt_clip(d / "junk.mp4"), Refusal.NOT_A_VIDEO),
        (lambda d: _text_file(d / "notes.txt"), Refusal.NOT_A_VIDEO),
        (lambda d: d / "not there.mp4", Refusal.MISSING),
        (lambda d: d, Refusal.UNREADABLE),  # a folder
        (lambda d: (d / "empty.mp4").write_bytes(b"") or d / "empty.mp4", Refusal.NOT_A_VIDEO),
        (lambda d: _audio_only(d / "sound.m4a"), Refusal.NO_VIDEO_TRACK),
    ],
    ids=["junk-bytes", "text-file", "missing", "folder", "empty", "audio-only"],
)
def test_a_bad_file_is_refused_with_a_reason_and_the_previous_video_stays(  # noqa: PLR0917
    service: ClinicVideos, folders: tuple[Path, Path], own_clip: Path, tmp_path: Path, make_bad, refusal
) -> None:  # type: ignore[no-untyped-def]
    clinic, _bundled = folders
    previous = service.attach("glute_bridge", own_clip)
    kept = digest(previous)
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = make_bad(bad_dir)

    with pytest.raises(ClinicVideoError) as caught:
        service.attach("glute_bridge", bad)

    assert caught.value.refusal is refusal
    assert refusal.value in caught.value.message and "previous video is kept" in caught.value.message
    assert service.attached("glute_bridge") == previous and digest(previous) == kept
    assert sorted(p.name for p in clinic.iterdir()) == ["glute_bridge.mp4"]


def test_detach_restores_the_bundled_video(
    service: ClinicVideos, folders: tuple[Path, Path], own_clip: Path
) -> None:
    clinic, bundled = folders
    service.attach("glute_bridge", own_clip)
    assert service.detach("glute_bridge") is True
    assert service.attached("glute_bridge") is None
    assert clip_path(BRIDGE, Side.NONE, [clinic, bundled]) == bundled / "glute_bridge.mp4"
    assert service.detach("glute_bridge") is False  # nothing left to remove
    assert own_clip.is_file()


def test_an_unknown_exercise_is_refused(service: ClinicVideos, own_clip: Path) -> None:
    with pytest.raises(ClinicVideoError, match="no exercise called 'nope'"):
        service.attach("nope", own_clip)


def test_without_a_way_to_check_videos_nothing_is_attached(
    folders: tuple[Path, Path], own_clip: Path
) -> None:
    service = ClinicVideos(videos_dir=folders[0], catalogue=Catalogue([BRIDGE]), probe=None)
    with pytest.raises(ClinicVideoError) as caught:
        service.attach("glute_bridge", own_clip)
    assert caught.value.refusal is Refusal.NO_PROBE
    assert service.attached("glute_bridge") is None


def test_a_copy_that_fails_leaves_no_partial_file(
    service: ClinicVideos, folders: tuple[Path, Path], own_clip: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clinic, _bundled = folders
    previous = service.attach("glute_bridge", own_clip)
    kept = digest(previous)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("sciatica_desktop.services.clinic_videos.shutil.copyfileobj", disk_full)
    with pytest.raises(ClinicVideoError, match="No space left on device"):
        service.attach("glute_bridge", own_clip)
    assert sorted(p.name for p in clinic.iterdir()) == ["glute_bridge.mp4"]
    assert digest(previous) == kept
