"""Keyframes sitting on a chair (facing right, near = right side) and standing or walking."""

from __future__ import annotations

from sciatica_desktop.demos.ik import (
    arm_to,
    bisect,
    cross_leg,
    flat,
    foot_flat,
    leg_dir,
)
from sciatica_desktop.demos.skeleton import RADIUS, SHOULDER_HALF, SOLE, Pose, body_points, leg_dirs, unit
from sciatica_desktop.demos.timeline import SEAT_FRONT, SEAT_Y, Demo, View, both, one_rep, pose, sequence
from sciatica_desktop.demos.timing import TIMING

SIT: Pose = pose({}, pelvis=90.0, neck=5.0)
FLOOR = -(SEAT_Y + RADIUS["pelvis"])  # floor height in the body frame when the pelvis rests on the seat
FOOT_X = 0.30


def _on_thigh(p: Pose, s: str, frac: float) -> tuple[float, float]:
    pts = flat(p)
    hip, knee = pts[f"hip_{s}"], pts[f"knee_{s}"]
    up = unit(leg_dirs(p, s)[0] + 90.0)
    lift = RADIUS["knee"] + RADIUS["wrist"] + 0.01
    x = hip[0] + (knee[0] - hip[0]) * frac + up[0] * lift
    return x, hip[1] + (knee[1] - hip[1]) * frac + up[1] * lift


def _hands_on_thighs(p: Pose, leg: str | None = None) -> None:
    for s in ("n", "f"):
        arm_to(p, s, _on_thigh(p, leg or s, 0.7), hand=leg_dirs(p, leg or s)[0])


# --- seated figure four -------------------------------------------------------------------------------
def _solve_ff_seated(p: Pose) -> Pose:
    foot_flat(p, "f", FLOOR, FOOT_X)
    pts = body_points({**p, "roll": 0.0})
    knee = pts["knee_f"]
    up = unit(leg_dirs(p, "f")[0] + 90.0)
    lift = RADIUS["knee"] + RADIUS["ankle"] + 0.004
    cross_leg(p, "n", (knee[0] - 0.03 + up[0] * lift, knee[1] + up[1] * lift, 0.025))
    # each hand rests on a thigh where it passes under the shoulder (near hand on the crossed thigh close
    # to the hip), so neither hides the ankle lying on the other knee
    pts = body_points({**p, "roll": 0.0})
    hip, kn = pts["hip_n"], pts["knee_n"]
    u = min(0.6, max(0.35, (SHOULDER_HALF - hip[2]) / ((kn[2] - hip[2]) or 1.0)))
    lift = RADIUS["knee"] + RADIUS["wrist"] + 0.01
    arm_to(p, "n", (hip[0] + (kn[0] - hip[0]) * u, hip[1] + (kn[1] - hip[1]) * u + lift), hand=-15.0)
    arm_to(p, "f", _on_thigh(p, "f", 0.55), hand=leg_dirs(p, "f")[0] - 10.0)
    return p


FIGURE_FOUR_SEATED = Demo(
    id="figure_four_seated",
    keys=one_rep(pose(SIT, hip_n=110.0, knee_n=100.0),
                 pose(SIT, pelvis=64.0, neck=-5.0, hip_n=128.0, knee_n=100.0), TIMING["figure_four_seated"]),
    solve=_solve_ff_seated,
    anchor_x=SEAT_FRONT - 0.14,
    seat=True,
    view=View(yaw=-75.0, pitch=28.0),  # from in front and to the right: the crossed shin lies across the view
    props=("chair",),
    movers=("head",),
    working="n",
    accent=("leg_n",),
)


# --- seated hamstring stretch at the chair edge --------------------------------------------------------
def _straight_leg_down(p: Pose, s: str) -> None:
    """Straight leg reaching forward-down until the heel touches the floor."""
    knee = p[f"knee_{s}"]

    def heel_gap(thigh: float) -> float:
        leg_dir(p, s, thigh, thigh - knee, foot=thigh - knee + 90.0 + p[f"ankle_{s}"])
        pts = flat(p)
        return pts[f"heel_{s}"][1] - RADIUS["heel"] - FLOOR

    ankle = p[f"ankle_{s}"]
    leg_dir(p, s, bisect(heel_gap, -80.0, 0.0), 0.0)
    thigh = leg_dirs(p, s)[0]
    leg_dir(p, s, thigh, thigh - knee, foot=thigh - knee + 90.0 + ankle)


def _solve_hs_seated(p: Pose) -> Pose:
    foot_flat(p, "f", FLOOR, FOOT_X)
    _straight_leg_down(p, "n")
    _hands_on_thighs(p, leg="n")
    return p


HAMSTRING_STRETCH_SEATED = Demo(
    id="hamstring_stretch_seated",
    keys=one_rep(pose(SIT, knee_n=4.0, ankle_n=10.0),
                 pose(SIT, pelvis=60.0, neck=-8.0, knee_n=4.0, ankle_n=10.0),
                 TIMING["hamstring_stretch_seated"]),
    solve=_solve_hs_seated,
    anchor_x=SEAT_FRONT - 0.07,
    seat=True,
    props=("chair",),
    movers=("head",),
    working="n",
    accent=("leg_n",),
)


# --- seated slump slider: knee straightens as the head looks up --------------------------------------
def _solve_slump(p: Pose) -> Pose:
    foot_flat(p, "f", FLOOR, FOOT_X)
    if p["u"] <= 0.0:
        foot_flat(p, "n", FLOOR, FOOT_X)
    _hands_on_thighs(p, leg="f")
    return p


_SLUMP = pose(SIT, pelvis=100.0, lumbar=14.0, thoracic=22.0, neck=35.0, u=0.0)
SEATED_SLUMP_SLIDER = Demo(
    id="seated_slump_slider",
    keys=one_rep(_SLUMP, pose(_SLUMP, neck=-20.0, hip_n=80.0, knee_n=12.0, ankle_n=5.0, u=1.0),
                 TIMING["seated_slump_slider"]),
    solve=_solve_slump,
    anchor_x=SEAT_FRONT - 0.14,
    seat=True,
    props=("chair",),
    movers=("ankle_n", "head"),
    working="n",
    accent=("leg_n",),
)


# --- standing back bend: hands on the low back, hips forward, trunk and head lean back ---------------
# Feet hip-width and planted, knees straight. At the end the hips have moved ~7° forward over the feet and
# the low back extends ~25° (lumbar 18°, lower thoracic 8°), so the shoulders and head lean back behind the
# pelvis; the neck follows the trunk only a little (no cranking the head back). Hands on the low back and
# buttocks, fingers pointing down, elbows back.
def _solve_back_bend(p: Pose) -> Pose:
    fwd = p.get("fwd", 0.0)  # the pelvis moves forward over the feet as the back bends
    for s in ("n", "f"):
        leg_dir(p, s, -90.0 - 7.0 * fwd, -90.0 - 7.0 * fwd, foot=0.0)
    pts = flat(p)
    lo, up = pts["pelvis"], pts["lumbar"]
    back = unit(p["pelvis"] + 90.0)
    off = RADIUS["lumbar"] + RADIUS["wrist"] + 0.01
    target = (lo[0] + (up[0] - lo[0]) * 0.25 + back[0] * off, lo[1] + (up[1] - lo[1]) * 0.25 + back[1] * off)
    for s in ("n", "f"):
        arm_to(p, s, target, hand=p["pelvis"] + 175.0)  # fingers down, along the buttock
    return p


_STAND = pose({}, pelvis=90.0, **both(aroll=55.0))
BACK_BEND_END = pose(_STAND, pelvis=92.0, lumbar=-18.0, thoracic=-8.0, neck=-6.0, fwd=1.0)
STANDING_BACK_BEND = Demo(
    id="standing_back_bend",
    keys=one_rep(_STAND, BACK_BEND_END, TIMING["standing_back_bend"]),
    solve=_solve_back_bend,
    anchor="heel_n",
    props=(),
    movers=("head",),
)


# --- walking: a gait cycle on the spot, the floor slides underneath -----------------------------------
# (phase, hip, knee, ankle) of one leg through a cycle (after Winter's gait data, rounded)
_GAIT = ((25, 3, 0), (20, 15, -5), (6, 6, 5), (-8, 6, 10), (-12, 35, -15), (8, 58, -10), (25, 35, 0),
         (28, 6, 0))


def _gait_pose(i: int) -> Pose:
    n = len(_GAIT)
    near, far = _GAIT[i % n], _GAIT[(i + n // 2) % n]
    return pose(
        {}, pelvis=90.0, thoracic=-2.0, neck=-2.0,
        hip_n=near[0], knee_n=near[1], ankle_n=near[2], hip_f=far[0], knee_f=far[1], ankle_f=far[2],
        sh_n=0.6 * (far[0] - 8.0), sh_f=0.6 * (near[0] - 8.0), elb_n=20.0, elb_f=20.0,
    )


_CYCLE = TIMING["walking"].move + TIMING["walking"].back
_STEP = _CYCLE / len(_GAIT)
_START = _gait_pose(0)
WALKING = Demo(
    id="walking",
    keys=sequence(_START, [*((_gait_pose(i), _STEP, 0.0) for i in range(1, 2 * len(_GAIT))),
                           (_START, _STEP, 0.0)]),
    props=("scroll",),
    movers=(),
    smooth=True,
    extra={"cycle": _CYCLE, "sole": SOLE},
)

DEMOS = (FIGURE_FOUR_SEATED, HAMSTRING_STRETCH_SEATED, SEATED_SLUMP_SLIDER, STANDING_BACK_BEND, WALKING)
