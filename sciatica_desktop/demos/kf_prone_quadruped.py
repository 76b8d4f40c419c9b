"""Keyframes face down (head to the right, near = right side) and on hands and knees.

Prone work keeps the pelvis on the floor while the spine extends (lumbar 60 %, thoracic 40 %); the hands
or elbows stay where they were put. On hands and knees the hips stay over the knees and the hands under the
shoulders; only the limbs being lifted leave the floor.
"""

from __future__ import annotations

import math

from sciatica_desktop.demos.ik import arm_dir, arm_to, bisect, flat, floor_under, leg_dir
from sciatica_desktop.demos.skeleton import FOREARM, RADIUS, THIGH, UPPER_ARM, Pose
from sciatica_desktop.demos.timeline import Demo, both, one_rep, pose, sequence
from sciatica_desktop.demos.timing import TIMING

PRONE: Pose = pose({}, pelvis=0.0, neck=12.0, **both(knee=10.0, ankle=-60.0))


def _extend(p: Pose) -> None:
    """Share the extension ``ext`` between the low back and the thoracic spine; keep the face level."""
    e = p["ext"]
    p["lumbar"], p["thoracic"] = -0.6 * e, -0.4 * e
    p["neck"] = 12.0 - 0.7 * e


def _solve_prone(p: Pose) -> Pose:
    _extend(p)
    floor = floor_under(p, ("pelvis",))
    for s in ("n", "f"):
        leg_dir(p, s, 180.0, 170.0, foot=180.0 + 35.0)
    if p.get("elbows", 0.0):
        for s in ("n", "f"):
            sh = flat(p)[f"shoulder_{s}"]
            dy = max(0.0, min(UPPER_ARM, sh[1] - (floor + RADIUS["elbow"])))
            elbow_x = sh[0] - math.sqrt(UPPER_ARM**2 - dy**2)
            arm = math.degrees(math.atan2(-dy, elbow_x - sh[0]))
            arm_dir(p, s, arm, 0.0, 0.0)
    elif p.get("hands", 0.0):
        for s in ("n", "f"):
            arm_to(p, s, (_HAND_X, floor + RADIUS["wrist"] + 0.002), hand=0.0)
    else:
        for s in ("n", "f"):
            sh = flat(p)[f"shoulder_{s}"]
            drop = sh[1] - (floor + RADIUS["wrist"] + 0.002)
            ang = math.degrees(math.asin(max(-1.0, min(1.0, drop / (UPPER_ARM + FOREARM)))))
            arm_dir(p, s, 180.0 + ang, 180.0 + ang, 180.0)
    return p


_HAND_X = flat(pose(PRONE))["shoulder_n"][0] + 0.12


def _shoulder_height(e: float) -> float:
    p = pose(PRONE, ext=e)
    _extend(p)
    pts = flat(p)
    return pts["shoulder_n"][1] - (pts["pelvis"][1] - RADIUS["pelvis"])


# Resting on the forearms with the chest low: the lowest the shoulders can be with the elbow at 145°.
_LOW_SHOULDER = UPPER_ARM * math.sin(math.radians(35.0)) + RADIUS["elbow"]
_ELBOWS_LOW = bisect(lambda e: _shoulder_height(e) - _LOW_SHOULDER, 0.0, 60.0)
_ELBOWS_UP = bisect(lambda e: _shoulder_height(e) - (UPPER_ARM + RADIUS["elbow"]), 0.0, 60.0)


def _press_reach(e: float) -> float:
    p = pose(PRONE, ext=e)
    _extend(p)
    pts = flat(p)
    floor = pts["pelvis"][1] - RADIUS["pelvis"]
    sh = pts["shoulder_n"]
    return math.hypot(_HAND_X - sh[0], floor + RADIUS["wrist"] - sh[1]) - 0.97 * (UPPER_ARM + FOREARM)


_PRESS_UP = min(55.0, bisect(_press_reach, 0.0, 60.0))

_pl = TIMING["prone_lying"]
PRONE_LYING = Demo(
    id="prone_lying",
    keys=one_rep(pose(PRONE, ext=0.0), pose(PRONE, ext=-4.0), _pl),
    solve=_solve_prone,
    movers=("lumbar",),
)

PRONE_ON_ELBOWS = Demo(
    id="prone_on_elbows",
    keys=one_rep(pose(PRONE, ext=_ELBOWS_LOW, elbows=1.0), pose(PRONE, ext=_ELBOWS_UP, elbows=1.0),
                 TIMING["prone_on_elbows"]),
    solve=_solve_prone,
    movers=("neck_base",),
)

PRONE_PRESS_UP = Demo(
    id="prone_press_up",
    keys=one_rep(pose(PRONE, ext=0.0, hands=1.0), pose(PRONE, ext=_PRESS_UP, hands=1.0),
                 TIMING["prone_press_up"]),
    solve=_solve_prone,
    movers=("neck_base",),
)


# --- hands and knees ----------------------------------------------------------------------------------
_QUAD: Pose = pose({}, pelvis=10.0, neck=-20.0, **both(hip=90.0, knee=114.0, ankle=14.0, sh=90.0, wr=90.0))
_NEUTRAL_NECK_Y = flat(_QUAD)["neck_base"][1]
_WRIST_X = flat(_QUAD)["shoulder_n"][0]


def _solve_quad(p: Pose) -> Pose:
    def level(pelvis: float) -> float:
        return flat({**p, "pelvis": pelvis})["neck_base"][1] - _NEUTRAL_NECK_Y

    if p["lumbar"] or p["thoracic"]:
        p["pelvis"] = bisect(level, -40.0, 40.0)
    floor = -(THIGH + RADIUS["knee"])
    for s in ("n", "f"):
        if p.get(f"up_leg_{s}", 0.0) <= 0.0:
            leg_dir(p, s, -90.0, 156.0, foot=-100.0)
        if p.get(f"up_arm_{s}", 0.0) <= 0.0:
            arm_to(p, s, (_WRIST_X, floor + RADIUS["wrist"] + 0.002), hand=0.0)
    return p


_cc = TIMING["cat_camel"]
_CAT = pose(_QUAD, lumbar=16.0, thoracic=14.0, neck=25.0)
_CAMEL = pose(_QUAD, lumbar=-14.0, thoracic=-8.0, neck=-30.0)
CAT_CAMEL = Demo(
    id="cat_camel",
    keys=sequence(_QUAD, [(_CAT, _cc.move, _cc.hold), (_QUAD, _cc.back, 0.2), (_CAMEL, _cc.move, _cc.hold),
                          (_QUAD, _cc.back, _cc.rest)]),
    solve=_solve_quad,
    props=("mat",),
    movers=("lumbar",),
)

_bd = TIMING["bird_dog"]
_REACH_N = pose(_QUAD, sh_n=180.0, elb_n=0.0, wr_n=0.0, hip_f=0.0, knee_f=0.0, ankle_f=0.0, up_arm_n=1.0,
                up_leg_f=1.0)
_REACH_F = pose(_QUAD, sh_f=180.0, elb_f=0.0, wr_f=0.0, hip_n=0.0, knee_n=0.0, ankle_n=0.0, up_arm_f=1.0,
                up_leg_n=1.0)
BIRD_DOG = Demo(
    id="bird_dog",
    keys=sequence(_QUAD, [(_REACH_N, _bd.move, _bd.hold), (_QUAD, _bd.back, _bd.rest),
                          (_REACH_F, _bd.move, _bd.hold), (_QUAD, _bd.back, _bd.rest)]),
    solve=_solve_quad,
    movers=("hand_n", "hand_f", "ankle_n", "ankle_f"),
)

DEMOS = (PRONE_LYING, PRONE_ON_ELBOWS, PRONE_PRESS_UP, CAT_CAMEL, BIRD_DOG)
