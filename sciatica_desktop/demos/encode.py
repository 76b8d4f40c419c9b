"""H.264 MP4 writing with PyAV, made byte-for-byte repeatable.

Repeatable means: one encoder thread, constant quantiser (CRF's rate control was seen to vary in the low
bits between runs in one process), RGB → YUV done here in numpy (swscale's first conversion in a process
can differ), no timestamps or tool versions beyond the libraries' own, and ``+faststart`` so a player can
start before the whole file is read. av and numpy are imported only when a clip is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

FPS = 24
SIZE = (854, 480)
QP = 26  # flat shapes on a plain background: sharp edges, small files
X264_OPTIONS = {
    "preset": "medium",
    "tune": "animation",
    "profile": "high",
    "qp": str(QP),
    "threads": "1",
    "g": "240",
    "bf": "2",
}


def image_to_yuv420p(image: QImage) -> Any:
    """BT.601 limited-range YUV 4:2:0 planes of ``image`` (even width and height), as one uint8 array."""
    import numpy as np

    rgb_image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = rgb_image.width(), rgb_image.height()
    stride = rgb_image.bytesPerLine()
    buf = np.frombuffer(rgb_image.constBits(), dtype=np.uint8, count=stride * h).reshape(h, stride)
    f = buf[:, : w * 3].reshape(h, w, 3).astype(np.float32)
    r, g, b = f[..., 0], f[..., 1], f[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b

    def half(plane: Any) -> Any:
        return plane.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))

    packed = np.concatenate([y.ravel(), half(u).ravel(), half(v).ravel()]).reshape(h * 3 // 2, w)
    return np.clip(np.rint(packed), 0, 255).astype(np.uint8)


def write_mp4(path: Path, frames: Iterable[QImage], *, fps: int = FPS) -> Path:
    """Encode ``frames`` (all one even size) to an H.264 yuv420p MP4 at ``path``; returns ``path``."""
    import av

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    stream = None
    with av.open(str(tmp), mode="w", format="mp4", options={"movflags": "+faststart"}) as container:
        container.metadata.clear()
        for index, image in enumerate(frames):
            if stream is None:
                stream = container.add_stream("libx264", rate=fps)
                stream.width, stream.height = image.width(), image.height()
                stream.pix_fmt = "yuv420p"
                stream.codec_context.options = dict(X264_OPTIONS)
            frame = av.VideoFrame.from_ndarray(image_to_yuv420p(image), format="yuv420p")
            frame.pts = index
            for packet in stream.encode(frame):
                container.mux(packet)
        if stream is None:
            raise ValueError("no frames to encode")
        for packet in stream.encode():
            container.mux(packet)
    tmp.replace(path)
    return path
