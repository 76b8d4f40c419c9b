"""From room coordinates to the picture: projection, framing and the shapes of rounded limbs."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from sciatica_desktop.demos.skeleton import Vec
from sciatica_desktop.demos.timeline import View

Circle = tuple[float, float, float]  # screen x, y, radius


def project(p: Vec, view: View) -> tuple[float, float, float]:
    """Orthographic view: (x, y) on the picture plane (y up) and depth (larger = nearer the viewer)."""
    x, y, z = p
    cy, sy = math.cos(math.radians(view.yaw)), math.sin(math.radians(view.yaw))
    x, z = x * cy + z * sy, -x * sy + z * cy
    cp, sp = math.cos(math.radians(view.pitch)), math.sin(math.radians(view.pitch))
    return x, y * cp - z * sp, y * sp + z * cp


@dataclass(frozen=True)
class Frame:
    """Maps projected room coordinates into a pixel rectangle (uniform scale, y flipped)."""

    scale: float
    ox: float
    oy: float

    @classmethod
    def fit(cls, bounds: tuple[float, float, float, float], rect: QRectF, margin: float = 0.06) -> Frame:
        x0, y0, x1, y1 = bounds
        w, h = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
        m = margin * min(rect.width(), rect.height())
        scale = min((rect.width() - 2 * m) / w, (rect.height() - 2 * m) / h)
        ox = rect.left() + (rect.width() - w * scale) / 2 - x0 * scale
        oy = rect.top() + (rect.height() - h * scale) / 2 + y1 * scale
        return cls(scale, ox, oy)

    def pt(self, x: float, y: float) -> QPointF:
        return QPointF(self.ox + x * self.scale, self.oy - y * self.scale)

    def xy(self, x: float, y: float) -> tuple[float, float]:
        return self.ox + x * self.scale, self.oy - y * self.scale


def hull(circles: Sequence[Circle], steps: int = 20) -> QPainterPath:
    """The convex hull of a few circles as a smooth path (a capsule for two circles)."""
    pts: list[tuple[float, float]] = []
    for cx, cy, r in circles:
        for i in range(steps):
            a = 2 * math.pi * i / steps
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    pts = sorted(set(pts))
    if len(pts) < 3:
        path = QPainterPath()
        return path

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    ring = lower[:-1] + upper[:-1]
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
    path.closeSubpath()
    return path


def union(paths: Iterable[QPainterPath]) -> QPainterPath:
    out = QPainterPath()
    for p in paths:
        out = out.united(p)
    return out.simplified()
