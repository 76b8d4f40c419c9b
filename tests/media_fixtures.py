"""Small, real, deterministic video clips for media tests.

The clips are encoded with PyAV (libx264, one thread, constant QP, frames converted to YUV in numpy), so
the same arguments give the same bytes: CRF rate control and swscale were both seen to vary from one
encode to the next within a process.

Every frame differs from the previous one: a bright box sweeps across a slowly changing background, and a
bar at the bottom grows with the frame number. That lets a test tell "the picture moves" from "a still
frame is shown" by comparing two grabs.
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

DEFAULT_SIZE = (320, 180)


def render_test_frame(index: int, *, width: int, height: int, frame_count: int) -> np.ndarray:
    """The RGB picture for frame ``index`` (a pure function of its arguments)."""
    phase = index / max(frame_count, 1)
    ys, xs = np.mgrid[0:height, 0:width]
    rgb = np.empty((height, width, 3), dtype=np.uint8)
    rgb[..., 0] = (40 + 60 * xs / width + 80 * phase).astype(np.uint8)
    rgb[..., 1] = (70 + 90 * ys / height).astype(np.uint8)
    rgb[..., 2] = int(140 - 60 * phase)
    box = max(height // 3, 8)
    left = int(phase * (width - box))
    top = (height - box) // 2
    rgb[top : top + box, left : left + box] = (250, 230, 40)
    cy, cx, r = height // 4, width - 1 - left, max(height // 10, 4)
    rgb[(ys - cy) ** 2 + (xs - cx) ** 2 <= r * r] = (230, 40, 60)
    bar = int((index + 1) / max(frame_count, 1) * width)
    rgb[height - 8 :, :bar] = (255, 255, 255)
    return rgb


def _rgb_to_yuv420p(rgb: np.ndarray) -> np.ndarray:
    """BT.601 limited-range conversion in numpy.

    Done here rather than by swscale, whose first conversion in a process can differ in the low bits and
    would make the encoded bytes vary from run to run.
    """
    f = rgb.astype(np.float32)
    r, g, b = f[..., 0], f[..., 1], f[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    h, w = y.shape

    def half(plane: np.ndarray) -> np.ndarray:
        return plane.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))

    planes = [y.ravel(), half(u).ravel(), half(v).ravel()]
    packed = np.concatenate(planes).reshape(h * 3 // 2, w)
    return np.clip(np.rint(packed), 0, 255).astype(np.uint8)


def make_test_clip(
    path: Path,
    *,
    width: int = DEFAULT_SIZE[0],
    height: int = DEFAULT_SIZE[1],
    fps: int = 24,
    seconds: float = 2.0,
) -> Path:
    """Write an H.264 MP4 clip with moving shapes to ``path`` and return ``path``.

    ``width`` and ``height`` must be even (4:2:0 chroma).
    """
    frame_count = max(1, round(fps * seconds))
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), mode="w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width = width
        stream.height = height
        stream.pix_fmt = "yuv420p"
        stream.codec_context.options = {"preset": "veryfast", "qp": "23", "threads": "1"}
        for index in range(frame_count):
            rgb = render_test_frame(index, width=width, height=height, frame_count=frame_count)
            frame = av.VideoFrame.from_ndarray(_rgb_to_yuv420p(rgb), format="yuv420p")
            frame.pts = index
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def make_corrupt_clip(path: Path, size: int = 64 * 1024) -> Path:
    """Write deterministic junk bytes under a video file name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(1234)
    path.write_bytes(rng.integers(0, 256, size=size, dtype=np.uint8).tobytes())
    return path
