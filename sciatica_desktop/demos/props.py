"""Room and props: floor, mat, chair, pillow, strap, the movement arrow and the hold ring."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from sciatica_desktop.demos.camera import Frame, project
from sciatica_desktop.demos.skeleton import Vec
from sciatica_desktop.demos.timeline import SEAT_DEPTH, SEAT_FRONT, SEAT_Y, View

BACKGROUND = QColor("#eef3f6")
FLOOR = QColor("#dde5ea")
FLOOR_LINE = QColor("#aebdc7")
MAT = QColor("#8fc1b5")
MAT_SIDE = QColor("#6fa396")
WOOD = QColor("#c49a6c")
WOOD_DARK = QColor("#9c7650")
STRAP = QColor("#d9822b")
ARROW = QColor("#e0703a")
PILLOW = QColor("#f7f1e3")


def paint_room(painter: QPainter, rect: QRectF, frame: Frame, view: View) -> None:
    painter.fillRect(rect, BACKGROUND)
    back = project((0.0, 0.0, -0.45), view)[1]
    y = frame.xy(0.0, back)[1]
    painter.fillRect(QRectF(rect.left(), y, rect.width(), rect.bottom() - y), FLOOR)
    painter.setPen(QPen(FLOOR_LINE, max(1.0, frame.scale * 0.004)))
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


def paint_box(painter: QPainter, frame: Frame, view: View, lo: Vec, hi: Vec, *, top: QColor, side: QColor,
              ) -> None:
    """A box, drawing only the faces that face the viewer (lighter on top)."""
    faces = []
    for axis in range(3):
        for sign, bound in ((-1, lo), (1, hi)):
            normal = [0.0, 0.0, 0.0]
            normal[axis] = float(sign)
            if project((normal[0], normal[1], normal[2]), view)[2] <= 1e-6:
                continue
            corners = []
            for a, b in ((0, 0), (1, 0), (1, 1), (0, 1)):
                p = [0.0, 0.0, 0.0]
                p[axis] = bound[axis]
                o1, o2 = [i for i in range(3) if i != axis]
                p[o1] = (lo, hi)[a][o1]
                p[o2] = (lo, hi)[b][o2]
                x, y, _ = project((p[0], p[1], p[2]), view)
                corners.append(frame.pt(x, y))
            faces.append((top if axis == 1 and sign > 0 else side, corners))
    painter.setPen(QPen(side.darker(125), max(1.0, frame.scale * 0.003)))
    for colour, corners in faces:
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF(corners))


def paint_mat(painter: QPainter, frame: Frame, view: View, x0: float, x1: float) -> None:
    paint_box(painter, frame, view, (x0, -0.014, -0.2), (x1, 0.0, 0.2), top=MAT, side=MAT_SIDE)


def paint_chair(painter: QPainter, frame: Frame, view: View) -> None:
    back = SEAT_FRONT - SEAT_DEPTH
    for z in (-0.19, 0.17):
        for x in (back, SEAT_FRONT - 0.025):
            paint_box(painter, frame, view, (x, 0.0, z), (x + 0.025, SEAT_Y - 0.03, z + 0.02),
                      top=WOOD_DARK, side=WOOD_DARK)
        paint_box(painter, frame, view, (back - 0.03, SEAT_Y, z), (back - 0.005, SEAT_Y + 0.3, z + 0.02),
                  top=WOOD_DARK, side=WOOD_DARK)
    paint_box(painter, frame, view, (back - 0.03, SEAT_Y + 0.2, -0.19), (back - 0.005, SEAT_Y + 0.3, 0.19),
              top=WOOD, side=WOOD_DARK)
    paint_box(painter, frame, view, (back, SEAT_Y - 0.03, -0.2), (SEAT_FRONT, SEAT_Y, 0.2),
              top=WOOD, side=WOOD_DARK)


def paint_pillow(painter: QPainter, frame: Frame, view: View, head: Vec) -> None:
    x, _, _ = project((head[0], 0.0, head[2]), view)
    _, top, _ = project((head[0], head[1] - 0.05, head[2]), view)
    _, bottom, _ = project((head[0], 0.0, head[2]), view)
    w = 0.12 * frame.scale
    p0 = frame.pt(x, top)
    p1 = frame.pt(x, bottom)
    painter.setPen(QPen(PILLOW.darker(115), max(1.0, frame.scale * 0.003)))
    painter.setBrush(PILLOW)
    painter.drawRoundedRect(QRectF(p0.x() - w, p0.y(), 2 * w, max(p1.y() - p0.y(), 2.0)), w * 0.4, w * 0.4)


def paint_strap(painter: QPainter, frame: Frame, view: View, pts: Mapping[str, Vec]) -> None:
    heel, toe = pts["heel_n"], pts["toe_n"]
    sole = tuple(h + (t - h) * 0.6 for h, t in zip(heel, toe, strict=True))
    x, y, _ = project(sole, view)  # type: ignore[arg-type]
    pen = QPen(STRAP, max(2.0, frame.scale * 0.014))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for s in ("n", "f"):
        hx, hy, _ = project(pts[f"hand_{s}"], view)
        painter.drawLine(frame.pt(hx, hy), frame.pt(x, y))


def paint_arrow(painter: QPainter, frame: Frame, path_xy: Sequence[tuple[float, float]], alpha: float,
                ) -> None:
    """A soft curved arrow along ``path_xy`` (screen pixels), head at the last point."""
    if len(path_xy) < 2 or alpha <= 0.01:
        return
    colour = QColor(ARROW)
    colour.setAlphaF(0.7 * alpha)
    width = max(2.0, frame.scale * 0.012)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    line = QPainterPath(QPointF(*path_xy[0]))
    for p in path_xy[1:]:
        line.lineTo(QPointF(*p))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(line)
    (x0, y0), (x1, y1) = path_xy[-2], path_xy[-1]
    ang = math.atan2(y1 - y0, x1 - x0)
    size = width * 3.2
    head = QPolygonF([
        QPointF(x1 + math.cos(ang) * size * 0.6, y1 + math.sin(ang) * size * 0.6),
        QPointF(x1 + math.cos(ang + 2.5) * size, y1 + math.sin(ang + 2.5) * size),
        QPointF(x1 + math.cos(ang - 2.5) * size, y1 + math.sin(ang - 2.5) * size),
    ])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(head)


def paint_hold(painter: QPainter, rect: QRectF, progress: float) -> None:
    """A small ring in the top right corner that fills while the end position is held."""
    r = min(rect.width(), rect.height()) * 0.055
    c = QPointF(rect.right() - r * 1.9, rect.top() + r * 1.9)
    box = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#c9d5dd"), r * 0.28))
    painter.drawEllipse(box)
    pen = QPen(ARROW, r * 0.28)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawArc(box, 90 * 16, -round(360 * 16 * max(0.0, min(1.0, progress))))
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(8, round(r * 0.62)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#47606f"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "hold")
