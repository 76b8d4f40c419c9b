"""The figure as flat, rounded shapes, far side darker and behind, painted back to front."""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QRadialGradient

from sciatica_desktop.demos.camera import Circle, Frame, hull, project, union
from sciatica_desktop.demos.skeleton import HEAD_R, Vec
from sciatica_desktop.demos.timeline import View

BODY = {"n": QColor("#3d7fb0"), "c": QColor("#336f9c"), "f": QColor("#24557a")}
ACCENT = {"n": QColor("#e58a5c"), "f": QColor("#b8643e")}
SKIN = QColor("#f0c9a6")
SKIN_FAR = QColor("#d9ad88")
OUTLINE = QColor("#1d3b52")
HAIR = QColor("#4b3629")

_CHAINS = {"leg": (("hip", "knee"), ("knee", "ankle"), ("ankle", "heel", "toe")),
           "arm": (("shoulder", "elbow"), ("elbow", "wrist"), ("wrist", "hand"))}
_R = {"hip": 0.055, "knee": 0.036, "ankle": 0.024, "heel": 0.02, "toe": 0.012,
      "shoulder": 0.036, "elbow": 0.025, "wrist": 0.019, "hand": 0.017}


def _circle(frame: Frame, view: View, p: Vec, r: float) -> tuple[Circle, float]:
    x, y, d = project(p, view)
    sx, sy = frame.xy(x, y)
    return (sx, sy, r * frame.scale), d


def _limb(frame: Frame, view: View, pts: Mapping[str, Vec], kind: str, s: str) -> tuple[QPainterPath, float]:
    parts, depths = [], []
    for chain in _CHAINS[kind]:
        circles = []
        for name in chain:
            c, d = _circle(frame, view, pts[f"{name}_{s}"], _R[name])
            circles.append(c)
            depths.append(d)
        parts.append(hull(circles))
    return union(parts), sum(depths) / len(depths)


def _torso(frame: Frame, view: View, pts: Mapping[str, Vec]) -> tuple[QPainterPath, float]:
    """Pelvis, waist and chest as one rounded shape; the waist has width, so a torso seen from the front
    (side-lying, side plank) tapers from the shoulders to the waist instead of pinching to a point."""
    def c(name: str, r: float) -> Circle:
        return _circle(frame, view, pts[name], r)[0]

    side = _unit(_vsub(pts["shoulder_n"], pts["shoulder_f"]))
    lum, top = pts["lumbar"], pts["neck_base"]
    ribs_at = tuple(a + (b - a) * 0.45 for a, b in zip(lum, top, strict=True))

    def pair(at: Vec, half: float, r: float) -> list[Circle]:
        return [_circle(frame, view, _vadd(at, side, k * half), r)[0] for k in (1.0, -1.0)]

    waist = pair(lum, 0.036, 0.052)
    ribs = pair(ribs_at, 0.058, 0.056)  # type: ignore[arg-type]
    chest = pair(top, 0.08, 0.05)
    lower = hull([c("hip_n", 0.062), c("hip_f", 0.062), c("pelvis", 0.064), c("lumbar", 0.056), *waist])
    middle = hull([*waist, *ribs])
    upper = hull([*ribs, *chest, c("neck_base", 0.058), c("shoulder_n", 0.04), c("shoulder_f", 0.04)])
    neck = hull([c("neck_base", 0.03), c("neck_top", 0.028)])
    return union([lower, middle, upper, neck]), project(pts["lumbar"], view)[2]


def _vsub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _vadd(a: Vec, d: Vec, k: float) -> Vec:
    return (a[0] + d[0] * k, a[1] + d[1] * k, a[2] + d[2] * k)


def _unit(a: Vec) -> Vec:
    n = math.sqrt(a[0] ** 2 + a[1] ** 2 + a[2] ** 2) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def _head(frame: Frame, view: View, pts: Mapping[str, Vec]) -> list[tuple[QPainterPath, QColor]]:
    """Head with the cues that tell which way it points: hair on the crown and back, a nose, an ear.

    The face direction is the nose's offset from the head centre made square to the neck; the hair is the
    head disc minus a skin disc shifted toward the face (and down), so it is a crescent at the back in
    profile, a cap on top seen from the front and nearly the whole head seen from behind.
    """
    head, r = pts["head"], HEAD_R
    up = _unit(_vsub(pts["neck_top"], pts["neck_base"]))
    raw = _vsub(pts["nose"], head)
    k = sum(raw[i] * up[i] for i in range(3))
    face = _unit(_vadd(raw, up, -k))
    side = _unit(_vsub(pts["shoulder_n"], pts["shoulder_f"]))
    (hx, hy, hr), hdepth = _circle(frame, view, head, r)
    disc = QPainterPath()
    disc.addEllipse(QPointF(hx, hy), hr, hr)
    fx, fy, fd = project(face, view)
    ux, uy, _ = project(up, view)
    away = max(0.0, -fd)  # 1 when the face points straight away from the viewer
    skin_r = hr * (0.93 - 0.55 * away)
    skin = QPainterPath()
    centre = QPointF(hx + (fx * 0.42 - ux * 0.2) * hr, hy - (fy * 0.42 - uy * 0.2) * hr)
    skin.addEllipse(centre, skin_r, skin_r)
    parts: list[tuple[QPainterPath, QColor]] = []
    ear = _vadd(_vadd(head, side, r * 0.9 if project(side, view)[2] >= 0 else -r * 0.9), face, 0.02 * r)
    (ex, ey, er), edepth = _circle(frame, view, ear, 0.016)
    if fd > -0.45:
        tip = _vadd(_vadd(head, face, r + 0.016), up, -0.15 * r)
        base = _vadd(_vadd(head, face, 0.72 * r), up, -0.12 * r)
        nose = hull([_circle(frame, view, base, 0.022)[0], _circle(frame, view, tip, 0.011)[0]])
        parts.append((nose, SKIN))
    parts.append((disc, SKIN))
    parts.append((disc.subtracted(skin), HAIR))
    if edepth > hdepth + 0.6 * r:
        lobe = QPainterPath()
        lobe.addEllipse(QPointF(ex, ey), er * 0.8, er)
        parts.append((lobe, SKIN))
    return parts


def paint_figure(
    painter: QPainter, frame: Frame, view: View, pts: Mapping[str, Vec], *, accent: tuple[str, ...] = (),
    glow: float = 0.0,
) -> None:
    """Paint the figure; ``accent`` limbs ("leg_n"…) in the warm colour, ``glow`` (0–1) on the muscles."""
    items: list[tuple[float, int, list[tuple[QPainterPath, QColor]]]] = []
    for kind in ("leg", "arm"):
        for s in ("n", "f"):
            path, depth = _limb(frame, view, pts, kind, s)
            colour = ACCENT[s] if f"{kind}_{s}" in accent else BODY[s]
            items.append((depth, len(items), [(path, colour)]))
    torso, tdepth = _torso(frame, view, pts)
    items.append((tdepth, len(items), [(torso, BODY["c"])]))
    items.append((project(pts["head"], view)[2], len(items), _head(frame, view, pts)))

    pen = QPen(OUTLINE, max(1.0, frame.scale * 0.004))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for _, _, parts in sorted(items, key=lambda item: (item[0], item[1])):
        for path, colour in parts:
            painter.setPen(pen)
            painter.setBrush(colour)
            painter.drawPath(path)
    if glow > 0.01:
        _glow(painter, frame, view, pts, accent=accent, amount=glow)


def _glow(painter: QPainter, frame: Frame, view: View, pts: Mapping[str, Vec], *, accent: tuple[str, ...],
          amount: float) -> None:
    """A soft warm patch over the working muscles (glutes or abdominals) that grows with the effort."""
    if "glute" in accent:
        where = pts["pelvis"]
    elif "trunk" in accent:
        lo, up = pts["pelvis"], pts["lumbar"]
        where = tuple((a + b) / 2 for a, b in zip(lo, up, strict=True))  # type: ignore[assignment]
    else:
        return
    (x, y, _), _ = _circle(frame, view, where, 0.0)
    r = 0.075 * frame.scale
    grad = QRadialGradient(QPointF(x, y), r)
    warm = QColor("#ffb36b")
    warm.setAlphaF(0.75 * amount)
    clear = QColor(warm)
    clear.setAlphaF(0.0)
    grad.setColorAt(0.0, warm)
    grad.setColorAt(1.0, clear)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(grad))
    painter.drawEllipse(QPointF(x, y), r, r)


__all__ = ["SKIN_FAR", "paint_figure"]
