"""Keyframes of the strengthening and mobility work done lying on the back (head left, near = right)."""

from __future__ import annotations

import math

from sciatica_desktop.demos.ik import arm_to, arms_on_floor, bisect, flat, floor_under, foot_flat, leg_dir
from sciatica_desktop.demos.kf_supine_stretch import FEET_X, SUPINE, TRUNK
from sciatica_desktop.demos.skeleton import RADIUS, Pose, leg_dirs, unit
from sciatica_desktop.demos.timeline import Demo, View, both, one_rep, pose, sequence
from sciatica_desktop.demos.timing import TIMING

_NECK_BASE_X = -0.299  # neck-base x relative to the hips when lying flat (see SUPINE)


# --- bridges ------------------------------------------------------------------------------------------
def _solve_bridge(p: Pose) -> Pose:
    """Shoulders and feet stay put; ``beta`` lifts the hips about the upper back."""
    beta = p["beta"]
    p["pelvis"] = 175.0 + beta
    p["neck"] = beta - 6.0
    floor = floor_under(p, ("neck_base", "head"))
    ankle_x = flat(p)["neck_base"][0] - _NECK_BASE_X + FEET_X
    foot_flat(p, "n", floor, ankle_x)
    if p.get("single", 0.0):
        thigh = leg_dirs(p, "n")[0]
        leg_dir(p, "f", thigh, thigh, foot=thigh + 80.0)
    else:
        foot_flat(p, "f", floor, ankle_x)
    arms_on_floor(p, floor)
    return p


def _hip_line(beta: float, single: float) -> float:
    """Signed bend at the hip between the trunk line and the thigh (0 = shoulders, hips, knees in line)."""
    pts = flat(_solve_bridge(pose(SUPINE, beta=beta, single=single)))
    nb, pv, kn = pts["neck_base"], pts["pelvis"], pts["knee_n"]
    a = math.atan2(pv[1] - nb[1], pv[0] - nb[0])
    b = math.atan2(kn[1] - pv[1], kn[0] - pv[0])
    return math.degrees(a - b)


_TOP = bisect(lambda b: _hip_line(b, 0.0), 0.0, 40.0)
GLUTE_BRIDGE = Demo(
    id="glute_bridge",
    keys=one_rep(pose(SUPINE, beta=0.0), pose(SUPINE, beta=_TOP), TIMING["glute_bridge"]),
    solve=_solve_bridge,
    anchor="neck_base",
    anchor_x=-0.3,
    movers=("pelvis",),
    contacts=(("heel_n", 0.0), ("heel_f", 0.0)),
    accent=("glute",),
)

_TOP1 = bisect(lambda b: _hip_line(b, 1.0), 0.0, 40.0)
SINGLE_LEG_BRIDGE = Demo(
    id="single_leg_bridge",
    keys=one_rep(pose(SUPINE, beta=0.0, single=1.0), pose(SUPINE, beta=_TOP1, single=1.0),
                 TIMING["single_leg_bridge"]),
    solve=_solve_bridge,
    anchor="neck_base",
    anchor_x=-0.3,
    movers=("pelvis",),
    contacts=(("heel_n", 0.0),),
    working="n",
    accent=("glute",),
)


# --- hook lying: pelvic tilt and bracing --------------------------------------------------------------
def _solve_hook(p: Pose) -> Pose:
    p["thoracic"] = p["pelvis"] - p["lumbar"] - 183.0
    floor = floor_under(p, TRUNK)
    for s in ("n", "f"):
        foot_flat(p, s, floor, FEET_X)
    if p.get("belly", 0.0):
        pts = flat(p)
        lo, up = pts["pelvis"], pts["lumbar"]
        front = unit(p["pelvis"] - p["lumbar"] - 90.0)
        for s, k in (("n", 0.35), ("f", 0.75)):
            x = lo[0] + (up[0] - lo[0]) * k + front[0] * (RADIUS["lumbar"] + 0.02)
            y = lo[1] + (up[1] - lo[1]) * k + front[1] * (RADIUS["lumbar"] + 0.02)
            arm_to(p, s, (x, y), hand=0.0)
    else:
        arms_on_floor(p, floor)
    return p


PELVIC_TILT = Demo(
    id="pelvic_tilt",
    keys=one_rep(pose(SUPINE, pelvis=173.0), pose(SUPINE, pelvis=184.0), TIMING["pelvic_tilt"]),
    solve=_solve_hook,
    movers=("lumbar",),
    accent=("trunk",),
)

ABDOMINAL_BRACING = Demo(
    id="abdominal_bracing",
    keys=one_rep(pose(SUPINE, belly=1.0, u=0.0), pose(SUPINE, pelvis=181.0, belly=1.0, u=1.0),
                 TIMING["abdominal_bracing"]),
    solve=_solve_hook,
    props=("mat", "brace"),
    accent=("trunk",),
)


# --- knee rolls: both knees fall to one side, feet stay planted ----------------------------------------
_KR = pose(SUPINE)
_kr = TIMING["knee_rolls"]
KNEE_ROLLS = Demo(
    id="knee_rolls",
    keys=sequence(_KR, [
        (pose(_KR, lroll_n=42.0, lroll_f=-42.0), _kr.move, _kr.hold),
        (_KR, _kr.back, _kr.rest),
        (pose(_KR, lroll_n=-42.0, lroll_f=42.0), _kr.move, _kr.hold),
        (_KR, _kr.back, _kr.rest),
    ]),
    solve=_solve_hook,
    view=View(yaw=0.0, pitch=75.0),
    movers=("knee_n",),
)


# --- dead bug: tabletop, opposite arm and leg reach out -----------------------------------------------
def _solve_flat_back(p: Pose) -> Pose:
    return p


_TABLE = pose(SUPINE, pelvis=179.0, thoracic=-4.0, neck=-4.0, **both(hip=90.0, knee=90.0, sh=90.0))
_db = TIMING["dead_bug"]
DEAD_BUG = Demo(
    id="dead_bug",
    keys=sequence(_TABLE, [
        (pose(_TABLE, sh_f=172.0, hip_n=28.0, knee_n=8.0, ankle_n=-10.0), _db.move, _db.hold),
        (_TABLE, _db.back, _db.rest),
        (pose(_TABLE, sh_n=172.0, hip_f=28.0, knee_f=8.0, ankle_f=-10.0), _db.move, _db.hold),
        (_TABLE, _db.back, _db.rest),
    ]),
    solve=_solve_flat_back,
    movers=("ankle_n", "ankle_f", "hand_n", "hand_f"),
)


# --- McGill curl-up: one knee bent, hands under the low back, head and shoulders lift a little --------
def _solve_curl(p: Pose) -> Pose:
    floor = floor_under(p, ("pelvis", "lumbar"))
    foot_flat(p, "n", floor, FEET_X)
    lumbar = flat(p)["lumbar"]
    for s in ("n", "f"):
        arm_to(p, s, (lumbar[0] + 0.02, floor + RADIUS["wrist"] + 0.003), hand=0.0)
    return p


_CURL = pose(SUPINE, ankle_f=-20.0, **both(aroll=80.0))
MCGILL_CURL_UP = Demo(
    id="mcgill_curl_up",
    keys=one_rep(_CURL, pose(_CURL, thoracic=6.0, neck=-2.0), TIMING["mcgill_curl_up"]),
    solve=_solve_curl,
    movers=("head",),
    accent=("trunk",),
)

DEMOS = (
    GLUTE_BRIDGE, SINGLE_LEG_BRIDGE, PELVIC_TILT, ABDOMINAL_BRACING, KNEE_ROLLS, DEAD_BUG, MCGILL_CURL_UP,
)
