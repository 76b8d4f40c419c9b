"""Cues always caption; tones are valid WAV files; no audio device or speech daemon is never an error."""

from __future__ import annotations

import struct
import wave
from pathlib import Path

import pytest

from sciatica_desktop.media import cues
from sciatica_desktop.media.cues import TONES, CuePlayer, probe_audio, probe_speech, tone_file, write_tone_wav


def read_samples(path: Path) -> tuple[wave._wave_params, list[int]]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        data = wav.readframes(params.nframes)
    return params, list(struct.unpack(f"<{params.nframes}h", data))


def test_wav_header_and_length(tmp_path: Path) -> None:
    path = write_tone_wav(tmp_path / "a.wav", frequency=880, seconds=0.25, volume=0.5, sample_rate=22050)
    params, samples = read_samples(path)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 22050)
    assert params.nframes == round(0.25 * 22050) == len(samples)
    assert path.read_bytes()[:4] == b"RIFF" and path.read_bytes()[8:12] == b"WAVE"
    assert path.stat().st_size == 44 + 2 * params.nframes


def test_wav_fades_in_and_out_and_respects_volume(tmp_path: Path) -> None:
    _, samples = read_samples(write_tone_wav(tmp_path / "a.wav", frequency=440, seconds=0.2, volume=0.5))
    assert samples[0] == 0 and abs(samples[-1]) < 200
    assert max(abs(s) for s in samples[:20]) < max(abs(s) for s in samples[1000:1200])
    assert 0.45 * 32767 < max(samples) <= 0.5 * 32767 + 1


def test_tone_files_are_written_once_and_deterministic(tmp_path: Path) -> None:
    first = {kind: tone_file(kind, tmp_path).read_bytes() for kind in TONES}
    mtimes = {kind: tone_file(kind, tmp_path).stat().st_mtime_ns for kind in TONES}
    assert {kind: tone_file(kind, tmp_path).stat().st_mtime_ns for kind in TONES} == mtimes
    other = tmp_path / "other"
    assert {kind: tone_file(kind, other).read_bytes() for kind in TONES} == first
    assert len(set(first.values())) == 3


@pytest.fixture
def cue(qtbot, tmp_path: Path) -> CuePlayer:
    return CuePlayer(cache_dir=tmp_path, speech_engine=None, audio=False)


def test_every_cue_emits_a_caption(qtbot, cue: CuePlayer) -> None:
    captions: list[str] = []
    cue.sig_caption.connect(captions.append)
    cue.beep("start")
    cue.beep("tick")
    cue.beep("end", caption="Set complete")
    cue.say("Lift your hips")
    assert captions == ["[start tone]", "[tick]", "Set complete", "Lift your hips"]


def test_captions_stay_on_when_muted(cue: CuePlayer) -> None:
    captions: list[str] = []
    cue.sig_caption.connect(captions.append)
    cue.muted = True
    assert cue.beep("start") is False
    assert cue.say("Rest") is False
    assert captions == ["[start tone]", "Rest"]


def test_no_audio_device_plays_nothing_but_reports(cue: CuePlayer, tmp_path: Path) -> None:
    assert cue.beep("start") is False
    status = cue.status()
    assert status.audio is False
    assert status.speech_engine is None
    assert list(tmp_path.iterdir()) == []  # not even a file was needed


def test_with_audio_the_tone_is_generated_and_played(qtbot, tmp_path: Path) -> None:
    cue = CuePlayer(cache_dir=tmp_path, speech_engine=None, audio=True)
    assert cue.beep("tick") is True
    assert any(p.name.startswith("cue-tick-") for p in tmp_path.iterdir())


def test_unknown_beep_is_a_bug(cue: CuePlayer) -> None:
    with pytest.raises(ValueError, match="unknown cue"):
        cue.beep("siren")


def test_speech_goes_to_the_engine(qtbot, tmp_path: Path) -> None:
    cue = CuePlayer(cache_dir=tmp_path, speech_engine="mock", audio=False)
    assert cue.status().speech_engine == "mock"
    tts = cue.speech()
    with qtbot.waitSignal(tts.stateChanged, timeout=1000):
        assert cue.say("Breathe out") is True
    cue.speech_enabled = False
    assert cue.say("Breathe in") is False


def test_missing_engine_is_reported_not_raised(qtbot, tmp_path: Path) -> None:
    cue = CuePlayer(cache_dir=tmp_path, speech_engine="no-such-engine", audio=False)
    status = cue.status()
    assert status.speech_engine is None
    assert "no-such-engine" in status.speech_reason
    assert cue.say("Hello") is False


def test_speechd_probe_answers_without_a_daemon(qapp) -> None:
    """With no speech-dispatcher running the probe returns a reason instead of raising or hanging."""
    engine, reason = probe_speech("speechd")
    assert engine in ("speechd", None)
    assert reason


def test_probe_audio_answers(qapp) -> None:
    available, description = probe_audio()
    assert isinstance(available, bool)
    assert description


def test_default_cache_dir_is_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp) -> None:
    monkeypatch.setattr(cues.tempfile, "gettempdir", lambda: str(tmp_path))
    cue = CuePlayer(speech_engine=None, audio=True)
    cue.beep("end")
    assert (tmp_path / "sciatica-desktop-cues").is_dir()
