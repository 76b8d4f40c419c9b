"""Audio and speech cues, always with a caption.

Every cue emits :attr:`CuePlayer.sig_caption` first, so the words are on screen whether or not a sound card,
a speech engine or the volume is there: captions are always on, sound is optional. Tones are small WAV files
written once into a cache folder (QSoundEffect plays WAV only). Without an audio device nothing is played
and nothing fails; :meth:`CuePlayer.status` says why.
"""

from __future__ import annotations

import logging
import math
import os
import struct
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

log = logging.getLogger(__name__)

SAMPLE_RATE = 22050


@dataclass(frozen=True)
class Tone:
    frequency: float
    seconds: float
    volume: float = 0.5


TONES: dict[str, Tone] = {
    "start": Tone(880.0, 0.25),
    "end": Tone(523.25, 0.45),
    "tick": Tone(1000.0, 0.06, 0.35),
}


@dataclass(frozen=True)
class CueStatus:
    audio: bool
    audio_reason: str
    speech_engine: str | None
    speech_reason: str


class Cues(QObject):
    """The translation context of the sound and speech cues: ``Cues.tr("…")``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


def write_tone_wav(
    path: Path,
    *,
    frequency: float,
    seconds: float,
    volume: float = 0.5,
    sample_rate: int = SAMPLE_RATE,
    fade_seconds: float = 0.01,
) -> Path:
    """Write a mono 16-bit sine with linear fade in/out (no clicks); atomic, deterministic."""
    frames = max(1, round(seconds * sample_rate))
    fade = max(1, min(round(fade_seconds * sample_rate), frames // 2))
    peak = max(0.0, min(volume, 1.0)) * 32767
    samples = []
    for i in range(frames):
        envelope = min(1.0, i / fade, (frames - 1 - i) / fade)
        samples.append(round(peak * envelope * math.sin(2 * math.pi * frequency * i / sample_rate)))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with wave.open(str(tmp), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(struct.pack(f"<{frames}h", *samples))
    os.replace(tmp, path)
    return path


def tone_file(kind: str, cache_dir: Path) -> Path:
    """The WAV for ``kind``, written at first use (the name carries the parameters, so edits invalidate)."""
    tone = TONES[kind]
    name = f"cue-{kind}-{tone.frequency:g}hz-{round(tone.seconds * 1000)}ms-{round(tone.volume * 100)}.wav"
    path = cache_dir / name
    if not path.is_file():
        write_tone_wav(path, frequency=tone.frequency, seconds=tone.seconds, volume=tone.volume)
    return path


def probe_audio() -> tuple[bool, str]:
    """Is there an audio output device? (the ``check`` command prints the description)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        return False, Cues.tr("QtMultimedia cannot load ({error})").format(error=exc)
    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        return False, Cues.tr("no audio output device")
    default = QMediaDevices.defaultAudioOutput()
    return True, (default if not default.isNull() else outputs[0]).description()


def probe_speech(engine: str = "speechd") -> tuple[str | None, str]:
    """Can ``engine`` speak here? Constructs one QTextToSpeech (about 25 ms without a daemon)."""
    tts, reason = _make_tts(engine)
    if tts is None:
        return None, reason
    tts.deleteLater()
    return engine, reason


def _make_tts(engine: str, parent: QObject | None = None) -> tuple[QObject | None, str]:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return None, Cues.tr("QtTextToSpeech cannot load ({error})").format(error=exc)
    if engine not in QTextToSpeech.availableEngines():
        return None, Cues.tr("speech engine '{engine}' is not installed").format(engine=engine)
    tts = QTextToSpeech(engine, parent)
    if tts.state() == QTextToSpeech.State.Error:
        reason = tts.errorString() or Cues.tr("speech engine error")
        tts.deleteLater()
        return None, Cues.tr("{engine}: {reason}").format(engine=engine, reason=reason)
    return tts, Cues.tr("{engine} ready").format(engine=engine)


class CuePlayer(QObject):
    """Beeps and spoken words for the workout, each with an on-screen caption."""

    sig_caption = Signal(str)
    """The words of a cue, for the caption line; emitted for every cue, even when muted."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        cache_dir: Path | None = None,
        speech_engine: str | None = "speechd",
        audio: bool | None = None,
    ) -> None:
        """``audio=None`` probes for a device; ``speech_engine=None`` turns speech off.

        The audio device and the speech engine are opened at the first cue, not here: they cost memory and
        start-up time that a patient who only looks at their history should not pay.
        """
        super().__init__(parent)
        self._cache_dir = cache_dir or Path(tempfile.gettempdir()) / "sciatica-desktop-cues"
        self._muted = False
        self._speech_enabled = speech_engine is not None
        self._wanted_engine = speech_engine
        self._wanted_audio = audio
        self._ready = False
        self._audio, self._audio_reason = False, Cues.tr("not opened yet")
        self._effects: dict[str, QObject] = {}
        self._tts: QObject | None = None
        self._engine: str | None = None
        self._speech_reason = Cues.tr("speech turned off")

    def _ensure_ready(self) -> None:
        if self._ready:
            return
        self._ready = True
        if self._wanted_audio is None:
            self._audio, self._audio_reason = probe_audio()
        else:
            self._audio, self._audio_reason = self._wanted_audio, Cues.tr("set by caller")
        if self._wanted_engine is not None:
            self._tts, self._speech_reason = _make_tts(self._wanted_engine, self)
            self._engine = self._wanted_engine if self._tts is not None else None

    # --- settings -----------------------------------------------------------------------------------
    @property
    def muted(self) -> bool:
        """No sound and no speech; captions go on."""
        return self._muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._muted = bool(value)
        if self._muted and self._tts is not None:
            self._tts.stop()

    @property
    def speech_enabled(self) -> bool:
        return self._speech_enabled

    @speech_enabled.setter
    def speech_enabled(self, value: bool) -> None:
        self._speech_enabled = bool(value)

    def status(self) -> CueStatus:
        self._ensure_ready()
        return CueStatus(self._audio, self._audio_reason, self._engine, self._speech_reason)

    def speech(self) -> QObject | None:
        """The QTextToSpeech in use, if any (for voice settings)."""
        self._ensure_ready()
        return self._tts

    # --- cues ---------------------------------------------------------------------------------------
    def beep(self, kind: str, caption: str | None = None) -> bool:
        """Caption, then the tone for "start", "end" or "tick". True if a sound was started."""
        if kind not in TONES:
            raise ValueError(f"unknown cue {kind!r}; expected one of {sorted(TONES)}")
        default = {
            "start": Cues.tr("[start tone]"),
            "end": Cues.tr("[end tone]"),
            "tick": Cues.tr("[tick]"),
        }[kind]
        self.sig_caption.emit(default if caption is None else caption)
        self._ensure_ready()
        if self._muted or not self._audio:
            return False
        effect = self._effect(kind)
        if effect is None:
            return False
        effect.play()
        return True

    def say(self, text: str) -> bool:
        """Caption ``text``, and speak it when speech is on. True if speech was started."""
        self.sig_caption.emit(text)
        self._ensure_ready()
        if self._muted or not self._speech_enabled or self._tts is None:
            return False
        self._tts.say(text)
        return True

    def _effect(self, kind: str) -> QObject | None:
        if kind not in self._effects:
            try:
                from PySide6.QtMultimedia import QSoundEffect

                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(tone_file(kind, self._cache_dir))))
            except (ImportError, OSError) as exc:
                log.warning("cue sound %s unavailable: %s", kind, exc)
                self._audio, self._audio_reason = False, str(exc)
                return None
            self._effects[kind] = effect
        return self._effects[kind]
