"""Drawing one frame of a demo with QPainter, and a looping frame source for the live fallback player.

The same functions draw the bundled videos (``render``) and the figure player, so both always agree.
Sided exercises are drawn with the working limb nearest the viewer (the person's right side); ``mirror``
flips the picture, which shows the same movement done with the left side.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPen

from sciatica_desktop.demos import props
from sciatica_desktop.demos.camera import Frame, project
from sciatica_desktop.demos.figure import paint_figure
from sciatica_desktop.demos.poses import clip_seconds, demo, pose_at, world_points
from sciatica_desktop.demos.skeleton import Pose, radius
from sciatica_desktop.demos.timeline import SEAT_FRONT, SEAT_Y, raw_pose, segment_at

__all__ = ["clip_seconds", "draw_frame", "frame_source"]

LIVE_FPS = 24



@dataclass(frozen=True)
class _Layout:
    bounds: tuple[float, float, float, float]
    mat: tuple[float, float]
    reach: float  # largest distance of any keyframe from the start pose (for the muscle glow)
    scroll: float  # floor speed for walking (units per second), 0 otherwise
    spacing: float


def _distance(a: Pose, b: Pose) -> float:
    return math.sqrt(sum((a[k] - b[k]) ** 2 for k in a if k in b))


@lru_cache(maxsize=64)
def _layout(exercise_id: str) -> _Layout:
    d = demo(exercise_id)
    xs: list[float] = []
    ys: list[float] = [-0.06, 0.0]
    bx: list[float] = []
    samples = 36
    heel: list[float] = []
    for i in range(samples):
        pts = world_points(exercise_id, pose_at(exercise_id, d.seconds * i / samples))
        heel.append(pts["heel_n"][0])
        for name, p in pts.items():
            x, y, _ = project(p, d.view)
            r = radius(name) + 0.07
            xs += [x - r, x + r]
            ys += [y - r, y + r]
            bx.append(p[0])
    if "chair" in d.props:
        xs += [SEAT_FRONT - 0.33, SEAT_FRONT + 0.02]
        ys += [SEAT_Y + 0.33]
    mat = (min(bx) - 0.1, max(bx) + 0.1)
    if "mat" in d.props:
        for x in mat:
            for z in (-0.2, 0.2):
                px, py, _ = project((x, 0.0, z), d.view)
                xs.append(px)
                ys.append(py - 0.02)
    start = d.solved_keys[0]
    reach = max(_distance(k, start) for k in d.solved_keys) or 1.0
    scroll = spacing = 0.0
    if "scroll" in d.props:
        stride = max(heel) - min(heel)
        travel = stride * 2 * (d.seconds / (2 * d.extra.get("cycle", d.seconds / 2)))
        scroll = travel / d.seconds
        spacing = travel / max(1, round(travel / 0.3))
    return _Layout((min(xs), min(ys), max(xs), max(ys)), mat, reach, scroll, spacing)


@lru_cache(maxsize=256)
def _mover_path(exercise_id: str, segment: int) -> tuple[tuple[float, float, float], ...]:
    """Room positions of the point that moves most during keyframe interval ``segment``."""
    d = demo(exercise_id)
    t0, t1 = d.keys[segment][0], d.keys[segment + 1][0]
    frames = [world_points(exercise_id, pose_at(exercise_id, t0 + (t1 - t0) * i / 14)) for i in range(15)]
    best = max(d.movers or ("pelvis",), key=lambda m: math.dist(frames[0][m], frames[-1][m]))
    return tuple(f[best] for f in frames)


def _is_hold(exercise_id: str, segment: int) -> bool:
    d = demo(exercise_id)
    a, b = d.solved_keys[segment], d.solved_keys[segment + 1]
    return _distance(a, b) < 1e-9 and _distance(a, d.solved_keys[0]) > 1e-6


def _arrow(painter: QPainter, frame: Frame, exercise_id: str, segment: int, u: float) -> None:
    d = demo(exercise_id)
    world = _mover_path(exercise_id, segment)
    if math.dist(world[0], world[-1]) < 0.02:
        return
    pts = [frame.xy(*project(p, d.view)[:2]) for p in world]
    ax, ay = pts[0]
    bx, by = pts[-1]
    mx, my = pts[len(pts) // 2]
    nx, ny = -(by - ay), bx - ax
    n = math.hypot(nx, ny) or 1.0
    nx, ny = nx / n, ny / n
    cx, cy = frame.xy(*project(world_points(exercise_id, d.solved_keys[0])["pelvis"], d.view)[:2])
    if (mx - cx) * nx + (my - cy) * ny < 0:
        nx, ny = -nx, -ny
    off = 0.075 * frame.scale
    shifted = [(x + nx * off, y + ny * off) for x, y in pts[2:-2]]
    props.paint_arrow(painter, frame, shifted, math.sin(math.pi * u) ** 0.5)


def draw_frame(painter: QPainter, rect: QRectF, pose: Pose, exercise_id: str, t_fraction: float, *,
               mirror: bool = False) -> None:
    """Paint ``pose`` of ``exercise_id`` into ``rect``: room, props, figure, movement arrow, hold ring.

    ``t_fraction`` (0–1) is where the frame lies in the loop; it places the arrow and the hold ring.
    """
    d = demo(exercise_id)
    lay = _layout(exercise_id)
    frame = Frame.fit(lay.bounds, rect)
    pts = world_points(exercise_id, pose)
    t = (t_fraction % 1.0) * d.seconds
    segment, u = segment_at(d, t)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setClipRect(rect)
    if mirror:
        painter.translate(rect.left() + rect.right(), 0.0)
        painter.scale(-1.0, 1.0)
    props.paint_room(painter, rect, frame, d.view)
    if "scroll" in d.props and lay.spacing > 0:
        _floor_marks(painter, rect, frame, lay, t)
    if "mat" in d.props:
        props.paint_mat(painter, frame, d.view, *lay.mat)
    if "chair" in d.props:
        props.paint_chair(painter, frame, d.view)
    if "pillow" in d.props:
        props.paint_pillow(painter, frame, d.view, pts["head"])
    glow = _distance(raw_pose(d, t), d.solved_keys[0]) / lay.reach if d.accent else 0.0
    paint_figure(painter, frame, d.view, pts, accent=_accent(d.accent, d.working), glow=glow)
    if "strap_n" in d.props:
        props.paint_strap(painter, frame, d.view, pts)
    hold = _is_hold(exercise_id, segment)
    if not hold:
        _arrow(painter, frame, exercise_id, segment, u)
    painter.restore()
    if hold:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        props.paint_hold(painter, rect, u)
        painter.restore()


def _accent(accent: tuple[str, ...], working: str | None) -> tuple[str, ...]:
    return accent if working else tuple(a for a in accent if not a.startswith(("leg_", "arm_")))


def _floor_marks(painter: QPainter, rect: QRectF, frame: Frame, lay: _Layout, t: float) -> None:
    painter.setPen(QPen(props.FLOOR_LINE, max(1.0, frame.scale * 0.006)))
    offset = (t * lay.scroll) % lay.spacing
    x = lay.bounds[0] - lay.spacing - offset
    while x < lay.bounds[2] + lay.spacing:
        a, b = frame.pt(x, -0.01), frame.pt(x - 0.04, -0.05)
        painter.drawLine(a, b)
        x += lay.spacing


def render_image(exercise_id: str, t: float, size: QSize, *, mirror: bool = False) -> QImage:
    """The frame at ``t`` seconds (looping) as an RGB image of ``size``."""
    d = demo(exercise_id)
    image = QImage(size, QImage.Format.Format_RGB888)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        t = t % d.seconds
        draw_frame(painter, QRectF(0, 0, size.width(), size.height()), pose_at(exercise_id, t), exercise_id,
                   t / d.seconds, mirror=mirror)
    finally:
        painter.end()
    return image


def frame_source(exercise_id: str, size: QSize, *, mirror: bool = False) -> Callable[[float], QImage]:
    """A function from seconds to the looping demo frame, for the live figure player."""
    demo(exercise_id)  # fail now, with the id, rather than on the first frame

    def frame_at(t: float) -> QImage:
        # Whole frames of the clip rate: the figure moves as smoothly as the video, and every loop reuses
        # the poses solved in the first one.
        d = demo(exercise_id)
        return render_image(exercise_id, round((t % d.seconds) * LIVE_FPS) / LIVE_FPS, size, mirror=mirror)

    return frame_at
