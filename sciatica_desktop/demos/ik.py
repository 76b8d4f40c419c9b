"""Contact solving in the sagittal plane: put a foot, hand or elbow where the exercise needs it.

All positions are in the body frame (pelvis at the origin, before ``roll``/``tilt``); functions take a pose,
change only the angles of the limb they solve and return the same dict.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from sciatica_desktop.demos.skeleton import (
    FOREARM,
    SHANK,
    SOLE,
    THIGH,
    UPPER_ARM,
    Pose,
    arm_dirs,
    body_points,
    leg_dirs,
    radius,
    spine_dirs,
    wrap,
)

XY = tuple[float, float]


def flat(pose: Pose) -> dict[str, XY]:
    """Sagittal positions of every point (roll and tilt ignored)."""
    pts = body_points({**pose, "roll": 0.0, "tilt": 0.0})
    return {k: (v[0], v[1]) for k, v in pts.items()}


def floor_under(pose: Pose, names: Iterable[str]) -> float:
    """The y of a floor touching the lowest of ``names``."""
    pts = flat(pose)
    return min(pts[n][1] - radius(n) for n in names)


def _two_link(origin: XY, target: XY, l1: float, l2: float, bend: float) -> tuple[float, float]:
    """Directions (deg) of the first and second link reaching ``target``; ``bend`` ±1 picks the elbow side."""
    dx, dy = target[0] - origin[0], target[1] - origin[1]
    d = min(max(math.hypot(dx, dy), 1e-9), l1 + l2 - 1e-9)
    base = math.degrees(math.atan2(dy, dx))
    alpha = math.degrees(math.acos(max(-1.0, min(1.0, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))))
    first = base + bend * alpha
    fr = math.radians(first)
    jx, jy = origin[0] + l1 * math.cos(fr), origin[1] + l1 * math.sin(fr)
    if math.hypot(dx, dy) >= l1 + l2:
        return base, base
    return first, math.degrees(math.atan2(target[1] - jy, target[0] - jx))


def leg_to(pose: Pose, s: str, ankle: XY, foot: float | None = None) -> Pose:
    """Hip and knee angles that put the ankle of side ``s`` at ``ankle``; ``foot`` = absolute sole angle."""
    thigh, shank = _two_link((0.0, 0.0), ankle, THIGH, SHANK, +1.0)
    pose[f"hip_{s}"] = wrap(thigh - pose["pelvis"] + 180.0)
    pose[f"knee_{s}"] = wrap(thigh - shank)
    if foot is not None:
        pose[f"ankle_{s}"] = wrap(foot - shank - 90.0)
    return pose


def foot_flat(pose: Pose, s: str, floor: float, x: float, sole: float = 0.0) -> Pose:
    """Foot of side ``s`` flat on the floor at ``floor`` with the ankle at ``x`` (sole tilted by ``sole``)."""
    return leg_to(pose, s, (x, floor + SOLE), foot=sole)


def arm_to(pose: Pose, s: str, wrist: XY, hand: float | None = None, bend: float = -1.0) -> Pose:
    """Shoulder and elbow angles that put the wrist at ``wrist``; ``hand`` = absolute hand direction."""
    shoulder = flat(pose)[f"shoulder_{s}"]
    arm, fore = _two_link(shoulder, wrist, UPPER_ARM, FOREARM, bend)
    thor = spine_dirs(pose)[1]
    pose[f"sh_{s}"] = wrap(arm - thor - 180.0, -90.0)
    pose[f"elb_{s}"] = wrap(fore - arm)
    if hand is not None:
        pose[f"wr_{s}"] = wrap(hand - fore)
    return pose


def arm_dir(pose: Pose, s: str, arm: float, fore: float, hand: float | None = None) -> Pose:
    """Set the absolute directions of the upper arm, forearm (and hand)."""
    thor = spine_dirs(pose)[1]
    pose[f"sh_{s}"] = wrap(arm - thor - 180.0, -90.0)
    pose[f"elb_{s}"] = wrap(fore - arm)
    if hand is not None:
        pose[f"wr_{s}"] = wrap(hand - fore)
    return pose


def leg_dir(pose: Pose, s: str, thigh: float, shank: float, foot: float | None = None) -> Pose:
    """Set the absolute directions of the thigh, shank (and sole)."""
    pose[f"hip_{s}"] = wrap(thigh - pose["pelvis"] + 180.0)
    pose[f"knee_{s}"] = wrap(thigh - shank)
    if foot is not None:
        pose[f"ankle_{s}"] = wrap(foot - shank - 90.0)
    return pose


def arms_on_floor(pose: Pose, floor: float, toward: float = 0.0, sides: Iterable[str] = ("n", "f")) -> Pose:
    """Straight arms resting on the floor beside the body, reaching toward ``toward`` (0 = +x)."""
    pts = flat(pose)
    reach = UPPER_ARM + FOREARM
    for s in sides:
        sy = pts[f"shoulder_{s}"][1]
        drop = sy - (floor + radius("wrist") + 0.002)
        ang = math.degrees(math.asin(max(-1.0, min(1.0, drop / reach))))
        direction = toward - ang if math.cos(math.radians(toward)) >= 0 else toward + ang
        arm_dir(pose, s, direction, direction, toward)
    return pose


def cross_leg(pose: Pose, s: str, target: tuple[float, float, float]) -> Pose:
    """Turn the leg of side ``s`` out (abduction, external rotation) so its ankle rests on ``target``.

    The hip flexion stays as given; abduction is found so that the knee is one shank length from the
    target, then knee flexion and hip rotation point the shank at it (as in a figure-four).
    """
    sign = 1.0 if s == "n" else -1.0
    name = f"ankle_{s}"

    def pts(p: Pose) -> dict[str, tuple[float, float, float]]:
        return body_points({**p, "roll": 0.0, "tilt": 0.0})

    def gap(abd: float) -> float:
        knee = pts({**pose, f"abd_{s}": abd, f"hrot_{s}": 0.0, f"lroll_{s}": 0.0})[f"knee_{s}"]
        return math.dist(knee, target) - SHANK

    pose[f"lroll_{s}"] = 0.0
    pose[f"abd_{s}"] = bisect(gap, 0.0, 75.0)
    pose[f"hrot_{s}"] = 0.0
    here = pts(pose)
    hip, knee = here[f"hip_{s}"], here[f"knee_{s}"]
    thigh = _norm(_vsub(knee, hip))
    want = _vsub(target, knee)
    pose[f"knee_{s}"] = math.degrees(math.acos(max(-1.0, min(1.0, _dot(thigh, _norm(want))))))
    here = pts(pose)
    have = _vsub(here[name], here[f"knee_{s}"])
    a = _norm(_vsub(have, tuple(thigh[i] * _dot(have, thigh) for i in range(3))))
    b = _norm(_vsub(want, tuple(thigh[i] * _dot(want, thigh) for i in range(3))))
    turn = math.degrees(math.atan2(_dot(thigh, _cross(a, b)), _dot(a, b)))
    pose[f"hrot_{s}"] = sign * turn
    return pose


def _vsub(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, float, float]:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _dot(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _cross(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, float, float]:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _norm(a: tuple[float, ...]) -> tuple[float, float, float]:
    n = math.sqrt(_dot(a, a)) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def bisect(f: Callable[[float], float], lo: float, hi: float, steps: int = 40) -> float:
    """A root of ``f`` between ``lo`` and ``hi`` (f(lo) and f(hi) of opposite sign, else the nearer end)."""
    flo = f(lo)
    if flo * f(hi) > 0:
        return lo if abs(flo) < abs(f(hi)) else hi
    for _ in range(steps):
        mid = 0.5 * (lo + hi)
        fm = f(mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return 0.5 * (lo + hi)


__all__ = [
    "arm_dir",
    "arm_dirs",
    "arm_to",
    "arms_on_floor",
    "bisect",
    "cross_leg",
    "flat",
    "floor_under",
    "foot_flat",
    "leg_dir",
    "leg_dirs",
    "leg_to",
]
