"""One demonstrated repetition: keyframes in time, easing, contact solving and placement in the room."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from sciatica_desktop.demos.skeleton import NEUTRAL, Pose, Vec, body_points, lowest, radius
from sciatica_desktop.demos.timing import Timing

SEAT_Y = 0.265  # chair seat height (≈ 45 cm for a 1.70 m person)
SEAT_FRONT = 0.12  # x of the seat's front edge; the seat runs back from here
SEAT_DEPTH = 0.26

Solve = Callable[[Pose], Pose]


@dataclass(frozen=True)
class View:
    """An orthographic camera: yaw about the vertical, then pitch down from above (degrees)."""

    yaw: float = 0.0
    pitch: float = 0.0


@dataclass(frozen=True)
class Demo:
    """Everything needed to animate one exercise.

    ``keys`` are (time in seconds, pose) with the first at 0 and the last equal to the first, so the clip
    loops without a jump. ``solve`` re-imposes contacts (feet planted, hands on the knee…) on every
    interpolated pose. The body is then moved so that point ``anchor`` sits at x = ``anchor_x`` and, when
    ``seat`` is false, its lowest surface rests on the floor (y = 0); seated figures rest their pelvis on
    the chair seat instead. ``contacts`` are points that touch a surface throughout (checked by tests).
    ``working`` is the side that works or stretches ("n" near, "f" far) for sided exercises.
    """

    id: str
    keys: tuple[tuple[float, Pose], ...]
    solve: Solve | None = None
    anchor: str = "pelvis"
    anchor_x: float = 0.0
    seat: bool = False
    view: View = View()
    props: tuple[str, ...] = ("mat",)
    movers: tuple[str, ...] = ()
    contacts: tuple[tuple[str, float], ...] = ()
    working: str | None = None
    accent: tuple[str, ...] = ()
    smooth: bool = False
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return self.keys[-1][0]

    @property
    def sided(self) -> bool:
        return self.working is not None

    @cached_property
    def solved_keys(self) -> tuple[Pose, ...]:
        """The keyframes with their contacts solved: what the animation interpolates between."""
        return tuple(solved(self, p) for _, p in self.keys)


def pose(base: Pose, **changes: float) -> Pose:
    """A full pose: ``NEUTRAL`` updated by ``base`` and then by ``changes``."""
    return {**NEUTRAL, **base, **changes}


def both(**angles: float) -> dict[str, float]:
    """The same joint angles for the near and the far limb: ``both(hip=45)`` → hip_n, hip_f."""
    return {f"{k}_{s}": v for k, v in angles.items() for s in ("n", "f")}


def one_rep(start: Pose, end: Pose, t: Timing) -> tuple[tuple[float, Pose], ...]:
    """start → end (move) → hold → start (back) → rest: a seamless loop."""
    return sequence(start, [(end, t.move, t.hold), (start, t.back, t.rest)])


def sequence(start: Pose, steps: Sequence[tuple[Pose, float, float]]) -> tuple[tuple[float, Pose], ...]:
    """Keyframes from ``start`` through ``steps`` of (target, seconds to get there, seconds held)."""
    keys: list[tuple[float, Pose]] = [(0.0, start)]
    now = 0.0
    for target, move, hold in steps:
        now += move
        keys.append((now, target))
        if hold > 0:
            now += hold
            keys.append((now, target))
    if keys[-1][1] != start:
        raise ValueError("a repetition must end where it started")
    return tuple(keys)


def ease(u: float) -> float:
    """Ease-in-out (cosine): zero speed at both ends of a movement."""
    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, u)))


def segment_at(demo: Demo, t: float) -> tuple[int, float]:
    """Index of the keyframe interval holding ``t`` (looped) and the linear fraction within it."""
    keys = demo.keys
    t = t % demo.seconds
    for i in range(len(keys) - 1):
        t0, t1 = keys[i][0], keys[i + 1][0]
        if t < t1 or i == len(keys) - 2:
            return i, (t - t0) / (t1 - t0) if t1 > t0 else 1.0
    raise AssertionError("unreachable")


def raw_pose(demo: Demo, t: float) -> Pose:
    """Interpolated angles at ``t`` seconds, before contacts are solved."""
    i, u = segment_at(demo, t)
    if demo.smooth:
        return _catmull_rom(demo, i, u)
    a, b = demo.solved_keys[i], demo.solved_keys[i + 1]
    w = ease(u)
    return {k: a.get(k, 0.0) + (b.get(k, 0.0) - a.get(k, 0.0)) * w for k in a.keys() | b.keys()}


def _catmull_rom(demo: Demo, i: int, u: float) -> Pose:
    """Periodic Catmull–Rom through the keyframes (for cyclic movement such as gait)."""
    poses = list(demo.solved_keys[:-1])
    n = len(poses)
    p0, p1, p2, p3 = (poses[(i + k) % n] for k in (-1, 0, 1, 2))
    u2, u3 = u * u, u * u * u
    return {
        k: 0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * u + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * u2
                  + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * u3)
        for k in p1
    }


def solved(demo: Demo, angles: Pose) -> Pose:
    """``angles`` with the demo's contacts imposed (a new dict)."""
    return demo.solve(dict(angles)) if demo.solve else dict(angles)


def place(demo: Demo, angles: Pose) -> dict[str, Vec]:
    """World points of a solved pose: anchored in x, resting on the floor or on the chair seat."""
    pts = body_points(angles)
    dx = demo.anchor_x - pts[demo.anchor][0]
    dy = SEAT_Y - (pts["pelvis"][1] - radius("pelvis")) if demo.seat else -lowest(pts)
    return {k: (x + dx, y + dy, z) for k, (x, y, z) in pts.items()}
