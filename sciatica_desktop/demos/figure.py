"""The figure as flat, rounded shapes, far side darker and behind, painted back to front."""

from __future__ import annotations

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
    def c(name: str, r: float) -> Circle:
        return _circle(frame, view, pts[name], r)[0]

    lower = hull([c("hip_n", 0.062), c("hip_f", 0.062), c("pelvis", 0.064), c("lumbar", 0.056)])
    upper = hull([c("lumbar", 0.056), c("neck_base", 0.058), c("shoulder_n", 0.05), c("shoulder_f", 0.05)])
    neck = hull([c("neck_base", 0.03), c("neck_top", 0.028)])
    return union([lower, upper, neck]), project(pts["lumbar"], view)[2]


def paint_figure(
    painter: QPainter, frame: Frame, view: View, pts: Mapping[str, Vec], *, accent: tuple[str, ...] = (),
    glow: float = 0.0,
) -> None:
    """Paint the figure; ``accent`` limbs ("leg_n"…) in the warm colour, ``glow`` (0–1) on the muscles."""
    items: list[tuple[float, int, QPainterPath, QColor]] = []
    for kind in ("leg", "arm"):
        for s in ("n", "f"):
            path, depth = _limb(frame, view, pts, kind, s)
            colour = ACCENT[s] if f"{kind}_{s}" in accent else BODY[s]
            items.append((depth, len(items), path, colour))
    torso, tdepth = _torso(frame, view, pts)
    items.append((tdepth, len(items), torso, BODY["c"]))
    (hx, hy, hr), hdepth = _circle(frame, view, pts["head"], HEAD_R)
    head = QPainterPath()
    head.addEllipse(QPointF(hx, hy), hr, hr)
    (nx, ny, nr), _ = _circle(frame, view, pts["nose"], 0.02)
    nose = QPainterPath()
    nose.addEllipse(QPointF(nx, ny), nr, nr)
    items.append((hdepth, len(items), head.united(nose), SKIN))

    pen = QPen(OUTLINE, max(1.0, frame.scale * 0.004))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for _, _, path, colour in sorted(items, key=lambda item: (item[0], item[1])):
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
