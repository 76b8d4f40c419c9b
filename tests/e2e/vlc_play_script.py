"""Run real VLC inside a VideoView on an X server and print what happened as one JSON line.

Started by ``test_vlc_plays.py`` in a subprocess with ``DISPLAY=:N QT_QPA_PLATFORM=xcb``, because the
pytest process's QApplication is fixed to the offscreen platform, where VLC cannot draw.

    python tests/e2e/vlc_play_script.py --clip good.mp4 --width 480 --height 270 --corrupt junk.mp4 --out DIR
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEventLoop, QPoint, QRect, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from sciatica_desktop.media import vlc_player
from sciatica_desktop.media.player import fit_rect
from sciatica_desktop.media.video_view import VideoView


def wait_until(predicate: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``predicate`` holds; ``timeout_s`` is only an upper bound."""
    if predicate():
        return True
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: (predicate() or time.monotonic() > deadline) and loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    return predicate()


def to_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
    return raw[:, : width * 3].reshape(height, width, 3).copy()


def grab_video(window: QWidget, view: VideoView) -> QImage:
    """Grab the screen pixels of the video surface (VLC draws into a native child: widget.grab() is black)."""
    surface = view.active_player().widget()
    origin = surface.mapTo(window, QPoint(0, 0))
    screen = window.screen()
    return screen.grabWindow(
        int(window.winId()), origin.x(), origin.y(), surface.width(), surface.height()
    ).toImage()


def compare(first: QImage, second: QImage, clip_w: int, clip_h: int) -> dict[str, object]:
    """Pixel statistics of two grabs of the surface, inside the picture and in the letterbox bars.

    VLC letterboxes the picture inside the surface and may round its edges differently from us, so 3 px
    either side of the computed edge belong to neither region.
    """
    placed = fit_rect(clip_w, clip_h, QRect(0, 0, first.width(), first.height()))
    picture = placed.adjusted(3, 3, -3, -3)
    grown = placed.adjusted(-3, -3, 3, 3)
    full_a = to_array(first)
    inside = np.zeros(full_a.shape[:2], dtype=bool)
    inside[picture.top() : picture.bottom() + 1, picture.left() : picture.right() + 1] = True
    near = np.zeros(full_a.shape[:2], dtype=bool)
    near[max(grown.top(), 0) : grown.bottom() + 1, max(grown.left(), 0) : grown.right() + 1] = True
    outside = full_a[~near] if (~near).any() else np.zeros((1, 3), dtype=np.uint8)
    a = full_a[inside].reshape(picture.height(), picture.width(), 3)
    b = to_array(second)[inside].reshape(picture.height(), picture.width(), 3)
    return {
        "grab_size": [first.width(), first.height()],
        "picture_rect": [picture.x(), picture.y(), picture.width(), picture.height()],
        "letterbox_black_fraction": float((outside.max(axis=1) <= 24).mean()),
        "diff_fraction": float((np.abs(a.astype(int) - b.astype(int)).max(axis=2) > 24).mean()),
        "nonblack_fraction": float((a.max(axis=2) > 24).mean()),
        "mean_value": float(a.mean()),
    }


def play_and_grab(window: QWidget, view: VideoView, args: argparse.Namespace) -> dict[str, object]:
    """Play the good clip; grab the picture at one position and again one second of playback later."""
    result: dict[str, object] = {}
    view.show_clip(args.clip, caption="Test clip")
    result["backend"] = view.active_backend_name()
    result["started"] = wait_until(lambda: view.position() > 0.5, 15)
    first_position = view.position()
    first = grab_video(window, view)
    positions = [first_position]

    def later() -> bool:
        positions.append(view.position())
        return positions[-1] >= first_position + 1.0

    result["advanced"] = wait_until(later, 15)
    second = grab_video(window, view)
    first.save(str(args.out / "vlc-grab-1.png"))
    second.save(str(args.out / "vlc-grab-2.png"))
    window.screen().grabWindow(int(window.winId())).save(str(args.out / "vlc-window.png"))
    result.update(compare(first, second, args.width, args.height))
    result["positions"] = [round(p, 3) for p in positions[:: max(1, len(positions) // 20)]]
    result["monotonic"] = all(y >= x for x, y in pairwise(positions))
    result["notice"] = view.notice()
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clip", type=Path, required=True)
    parser.add_argument("--corrupt", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--width", type=int, required=True, help="the clip's width in pixels")
    parser.add_argument("--height", type=int, required=True, help="the clip's height in pixels")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    result: dict[str, object] = {"platform": app.platformName()}

    probe = vlc_player.probe()
    if not probe.available:
        print(json.dumps({**result, "status": "skip", "reason": probe.reason}))
        return 0
    result["libvlc"] = probe.reason

    window = QWidget()
    window.setWindowTitle("VLC e2e")
    view = VideoView(vlc_player.VlcPlayer)
    QVBoxLayout(window).addWidget(view)
    window.resize(660, 420)
    window.show()
    result["exposed"] = wait_until(lambda: window.windowHandle().isExposed(), 10)
    result.update(play_and_grab(window, view, args))

    view.show_clip(args.corrupt, caption="Figure-four stretch")
    result["corrupt_fell_back"] = wait_until(lambda: bool(view.notice()), 15)
    result["corrupt_backend"] = view.active_backend_name()
    result["corrupt_notice"] = view.notice()
    window.screen().grabWindow(int(window.winId())).save(str(args.out / "vlc-corrupt-window.png"))

    view.release()
    window.close()
    result["status"] = "ok"
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
