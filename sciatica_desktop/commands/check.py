"""``sciatica-desktop check``: one line for each thing the app depends on; exit 0 when the app can run.

Video, speech and audio fall back gracefully, so only the data folder and the database decide the exit
status; the other lines say what a patient will get (video or drawn figure, speech or captions only).
"""

from __future__ import annotations

import os

from sciatica_desktop import APP_NAME, __version__
from sciatica_desktop.app import Core, Options, build_core, content_layers
from sciatica_desktop.domain.errors import KnownError


def run_check(options: Options) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    from PySide6.QtWidgets import QApplication

    from sciatica_desktop.media.cues import probe_audio, probe_speech
    from sciatica_desktop.media.player import choose_backend, probe_backends
    from sciatica_desktop.storage.db import integrity

    app = QApplication.instance() or QApplication([APP_NAME])  # probes need Qt's platform plugins
    ok = True
    print(f"{APP_NAME} {__version__}")

    probes = probe_backends()
    choice = choose_backend(options.video_backend, probes)
    others = "; ".join(f"{name}: {why}" for name, why in choice.reasons.items())
    print(f"Video: {choice.name}" + (f" (not the others: {others})" if others else ""))

    engine, reason = probe_speech()
    print(f"Speech: {engine} ({reason})" if engine else f"Speech: none, captions only ({reason})")

    has_audio, description = probe_audio()
    print(f"Audio: {description}" if has_audio else f"Audio: none, captions only ({description})")

    try:
        core = build_core(options)
    except KnownError as error:
        print(f"Database: cannot open ({error.message})")
        ok = False
    else:
        try:
            state = integrity(core.opened.db)
            print(f"Database: {core.opened.engine} at {core.opened.location}, integrity {state}")
            ok = ok and state == "ok"
            print(f"Data folder: {core.data_dir.root} (writable)")
            for notice in core.notices:
                print(f"Notice: {notice}")
            print(f"Content: {len(core.catalogue)} exercises, {len(core.problems)} problem(s)")
            for problem in core.problems:
                print(f"  {problem}")
            print(symptom_content_line(core))
        finally:
            core.close()
    del app
    print("Ready: the app can run." if ok else "Not ready: see the lines above.")
    return 0 if ok else 1


def symptom_content_line(core: Core) -> str:
    """The safety questions, questionnaires and thresholds: the app loads them at the first workout, so a
    clinic checking its set-up learns of a broken file here."""
    from sciatica_desktop.services.checkins import load_symptom_content

    content = load_symptom_content(content_layers(core.data_dir))
    flags = "loaded" if content.red_flags is not None else "NOT LOADED, so they will not be asked"
    lines = [
        f"Safety content: red-flag questions {flags}, {len(content.questionnaires)} questionnaire(s), "
        f"{len(content.problems)} problem(s)",
        *(f"  {problem}" for problem in content.problems),
    ]
    return "\n".join(lines)
