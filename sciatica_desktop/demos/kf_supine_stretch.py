"""Keyframes of the stretches and nerve glides done lying on the back (head to the left, near = right).

Each ``_solve_*`` re-imposes the contacts on every interpolated pose: feet flat where they stand, hands on
the thigh, shin or strap; the pose key ``u`` (0 → 1) is the progress of the hands from rest to their grip.
"""

from __future__ import annotations

import math

from sciatica_desktop.demos.ik import arm_to, arms_on_floor, cross_leg, flat, floor_under, foot_flat
from sciatica_desktop.demos.skeleton import RADIUS, Pose, body_points, leg_dirs, unit
from sciatica_desktop.demos.timeline import Demo, View, one_rep, pose
from sciatica_desktop.demos.timing import TIMING

# On the back, a gentle lumbar lordosis: the pelvis tips the low back up, the thoracic spine comes back down.
SUPINE: Pose = pose({}, pelvis=175.0, thoracic=-8.0, neck=-6.0)
FEET_X = 0.34  # ankle distance from the hip joint along the floor with the knees bent, feet flat
TRUNK = ("pelvis", "lumbar", "neck_base")


def _lerp(a: tuple[float, float], b: tuple[float, float], u: float) -> tuple[float, float]:
    return a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u


def _behind_thigh(p: Pose, s: str, frac: float, gap: float = 0.0) -> tuple[float, float]:
    """A point on the back of the thigh, ``frac`` of the way from hip to knee."""
    pts = flat(p)
    thigh = leg_dirs(p, s)[0]
    hip, knee = pts[f"hip_{s}"], pts[f"knee_{s}"]
    base = _lerp(hip, knee, frac)
    back = unit(thigh - 90.0)
    off = RADIUS["knee"] + RADIUS["wrist"] + 0.004 + gap
    return base[0] + back[0] * off, base[1] + back[1] * off


def _rest_hand(p: Pose, s: str, floor: float) -> tuple[float, float]:
    shoulder = flat(p)[f"shoulder_{s}"]
    return shoulder[0] + 0.3, floor + RADIUS["wrist"] + 0.002


def _hands(p: Pose, floor: float, grip: tuple[float, float], sides: tuple[str, ...] = ("n", "f")) -> None:
    for s in sides:
        rest = _rest_hand(p, s, floor)
        target = _lerp(rest, grip, p.get("u", 0.0))
        hand = 0.0 + (math.degrees(math.atan2(grip[1] - rest[1], grip[0] - rest[0])) * p.get("u", 0.0))
        arm_to(p, s, target, hand=hand)


# --- figure four, on the back -------------------------------------------------------------------------
def crossed_ankle_target(p: Pose) -> tuple[float, float, float]:
    """Where the near ankle rests: on top of the far thigh, just above the knee."""
    pts = body_points({**p, "roll": 0.0, "tilt": 0.0})
    thigh_f = leg_dirs(p, "f")[0]
    knee = pts["knee_f"]
    up, along = unit(thigh_f + 90.0), unit(thigh_f)
    lift = RADIUS["knee"] + RADIUS["ankle"] + 0.004
    return (knee[0] - along[0] * 0.03 + up[0] * lift, knee[1] - along[1] * 0.03 + up[1] * lift, 0.025)


def _solve_figure_four(p: Pose) -> Pose:
    floor = floor_under(p, TRUNK)
    if p["u"] <= 0.0:
        foot_flat(p, "f", floor, FEET_X)
    cross_leg(p, "n", crossed_ankle_target(p))
    arms_on_floor(p, floor, sides=("n", "f"))
    if p["u"] > 0.0:
        _hands(p, floor, _behind_thigh(p, "f", 0.55))
    return p


_FF_START = pose(SUPINE, hip_f=50.0, knee_f=100.0, hip_n=90.0, knee_n=100.0, ankle_n=5.0, hrot_n=50.0,
                 abd_n=32.0, u=0.0)
_FF_END = pose(SUPINE, hip_f=92.0, knee_f=95.0, ankle_f=-10.0, hip_n=118.0, knee_n=100.0, ankle_n=5.0,
               hrot_n=50.0, abd_n=32.0, u=1.0)

FIGURE_FOUR_SUPINE = Demo(
    id="figure_four_supine",
    keys=one_rep(_FF_START, _FF_END, TIMING["figure_four_supine"]),
    solve=_solve_figure_four,
    view=View(yaw=-50.0, pitch=30.0),
    movers=("knee_f",),
    working="n",
    accent=("leg_n",),
)


# --- hamstring stretch with a strap -------------------------------------------------------------------
def _solve_hamstring(p: Pose) -> Pose:
    floor = floor_under(p, TRUNK)
    foot_flat(p, "f", floor, FEET_X)
    pts = flat(p)
    sole = _lerp(pts["heel_n"], pts["toe_n"], 0.55)
    for s in ("n", "f"):
        shoulder = pts[f"shoulder_{s}"]
        d = math.hypot(sole[0] - shoulder[0], sole[1] - shoulder[1])
        k = 0.28 / d
        grip = (shoulder[0] + (sole[0] - shoulder[0]) * k, shoulder[1] + (sole[1] - shoulder[1]) * k)
        direction = math.degrees(math.atan2(sole[1] - shoulder[1], sole[0] - shoulder[0]))
        arm_to(p, s, grip, hand=direction)
    return p


_HS_START = pose(SUPINE, hip_n=45.0, knee_n=35.0, ankle_n=0.0)
_HS_END = pose(SUPINE, hip_n=78.0, knee_n=4.0, ankle_n=10.0)

HAMSTRING_STRETCH_SUPINE = Demo(
    id="hamstring_stretch_supine",
    keys=one_rep(_HS_START, _HS_END, TIMING["hamstring_stretch_supine"]),
    solve=_solve_hamstring,
    props=("mat", "strap_n"),
    movers=("ankle_n",),
    working="n",
    accent=("leg_n",),
)


# --- nerve slider and tensioner: hip at 90°, hands behind the knee ------------------------------------
def _solve_nerve(p: Pose) -> Pose:
    floor = floor_under(p, TRUNK)
    foot_flat(p, "f", floor, FEET_X)
    grip = _behind_thigh(p, "n", 0.62)
    for s in ("n", "f"):
        arm_to(p, s, grip, hand=leg_dirs(p, "n")[0] - 100.0)
    return p


_NS_START = pose(SUPINE, hip_n=95.0, knee_n=95.0, ankle_n=15.0)
_NS_END = pose(SUPINE, hip_n=95.0, knee_n=25.0, ankle_n=-30.0)

SUPINE_NERVE_SLIDER = Demo(
    id="supine_nerve_slider",
    keys=one_rep(_NS_START, _NS_END, TIMING["supine_nerve_slider"]),
    solve=_solve_nerve,
    movers=("ankle_n", "toe_n"),
    working="n",
    accent=("leg_n",),
)

_NT_START = pose(SUPINE, hip_n=90.0, knee_n=18.0, ankle_n=-30.0)
_NT_END = pose(SUPINE, hip_n=90.0, knee_n=18.0, ankle_n=18.0)

NERVE_TENSIONER = Demo(
    id="nerve_tensioner",
    keys=one_rep(_NT_START, _NT_END, TIMING["nerve_tensioner"]),
    solve=_solve_nerve,
    movers=("toe_n",),
    working="n",
    accent=("leg_n",),
)


# --- knee to chest, single and double -----------------------------------------------------------------
def _solve_k2c(p: Pose) -> Pose:
    floor = floor_under(p, TRUNK)
    pulled = ("n", "f") if p.get("double", 0.0) else ("n",)
    for s in ("n", "f"):
        if s not in pulled or p["u"] <= 0.0:
            foot_flat(p, s, floor, FEET_X)
    arms_on_floor(p, floor)
    if p["u"] > 0.0:
        pts = flat(p)
        for s in ("n", "f"):
            leg = pulled[0] if len(pulled) == 1 else s
            shank = leg_dirs(p, leg)[1]
            knee = pts[f"knee_{leg}"]
            front = unit(shank + 90.0)
            along = unit(shank)
            shin = (knee[0] + along[0] * 0.06 + front[0] * 0.055,
                    knee[1] + along[1] * 0.06 + front[1] * 0.055)
            rest = _rest_hand(p, s, floor)
            arm_to(p, s, _lerp(rest, shin, p["u"]))
    return p


_K_START = pose(SUPINE, u=0.0)
_K_END = pose(SUPINE, hip_n=122.0, knee_n=120.0, ankle_n=-15.0, u=1.0)
KNEE_TO_CHEST = Demo(
    id="knee_to_chest",
    keys=one_rep(_K_START, _K_END, TIMING["knee_to_chest"]),
    solve=_solve_k2c,
    movers=("knee_n",),
    working="n",
    accent=("leg_n",),
)

_DK_START = pose(SUPINE, u=0.0, double=1.0)
_DK_END = pose(
    SUPINE, pelvis=188.0, lumbar=10.0, thoracic=-2.0, neck=-6.0, hip_n=112.0, knee_n=120.0, ankle_n=-15.0,
    hip_f=112.0, knee_f=120.0, ankle_f=-15.0, u=1.0, double=1.0,
)
DOUBLE_KNEE_TO_CHEST = Demo(
    id="double_knee_to_chest",
    keys=one_rep(_DK_START, _DK_END, TIMING["double_knee_to_chest"]),
    solve=_solve_k2c,
    movers=("knee_n",),
)

DEMOS = (
    FIGURE_FOUR_SUPINE, HAMSTRING_STRETCH_SUPINE, SUPINE_NERVE_SLIDER, NERVE_TENSIONER, KNEE_TO_CHEST,
    DOUBLE_KNEE_TO_CHEST,
)
