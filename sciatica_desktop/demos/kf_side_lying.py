"""Keyframes lying on the side: on the right side (near = right = underneath), facing the viewer.

The body is built as if on the back (head left) and then rolled exactly 90° about its long axis, so the far
(left) limbs are on top and the shoulders and hips stay stacked (the pelvis does not roll back). ``tilt``
then inclines the whole body in the picture plane: lying, the shoulders are broader than the hips, so the
trunk rises a little toward the head until the shoulder and the hip both rest on the mat; in the side plank
the body pivots on the elbow and the knees. The camera looks from in front and a little above; the clamshell
has its own camera (see ``CLAMSHELL_VIEW``).
"""

from __future__ import annotations

import math

from sciatica_desktop.demos.ik import bisect
from sciatica_desktop.demos.skeleton import Pose, body_points, radius
from sciatica_desktop.demos.timeline import Demo, View, both, one_rep, pose
from sciatica_desktop.demos.timing import TIMING

_VIEW = View(yaw=0.0, pitch=35.0)
# Lower arm bent forward on the mat (hand by the face); upper hand on the hip (it feels the pelvis stay
# stacked), elbow pointing back.
_HAND_ON_HIP = {"sh_f": -30.0, "elb_f": 90.0, "wr_f": -65.0, "sabd_f": 5.0}
SIDE: Pose = pose({}, pelvis=180.0, roll=90.0, sh_n=90.0, elb_n=110.0, wr_n=-20.0, **_HAND_ON_HIP)
_LEG = ("knee", "ankle", "heel", "toe")


def _bottom(p: Pose, name: str) -> float:
    return body_points(p)[name][1] - radius(name)


def _leg_bottom(p: Pose, s: str) -> float:
    pts = body_points(p)
    return min(pts[f"{j}_{s}"][1] - radius(j) for j in _LEG)


def lie(p: Pose) -> Pose:
    """Shoulder and hip both on the mat; the lower leg lowered until it rests on the mat too."""
    p["tilt"] = bisect(lambda t: _bottom({**p, "tilt": t}, "shoulder_n") - _bottom({**p, "tilt": t}, "hip_n"),
                       -25.0, 0.0)
    floor = _bottom(p, "hip_n")
    p["abd_n"] = bisect(lambda a: _leg_bottom({**p, "abd_n": a}, "n") - floor, -25.0, 25.0)
    return p


def _gap(p: Pose, joint: str) -> float:
    """Distance between the surfaces of the near and the far ``joint`` (negative when they overlap)."""
    pts = body_points(p)
    return math.dist(pts[f"{joint}_n"], pts[f"{joint}_f"]) - 2 * radius(joint)


def _stack_legs(p: Pose) -> Pose:
    """Clamshell start: the top leg rests on the lower one, foot on foot and knee on knee.

    Adducting the top leg brings its ankle down onto the lower ankle; rolling it about the hip–ankle line
    (the ankle stays put) then lifts the knee until it just rests on the lower knee.
    """
    p["abd_f"] = bisect(lambda a: _gap({**p, "abd_f": a}, "ankle"), -25.0, 0.0)
    p["lroll_f"] = bisect(lambda r: _gap({**p, "lroll_f": r}, "knee"), 0.0, 30.0)
    return p


# --- clamshell: hips 45°, knees 90°, knees and feet together; the top knee opens -----------------------
# The opening is a roll of the top leg about its hip–ankle line: the knee keeps its 90° and the feet stay
# together, while the hip rotates outward (≈ 27° of thigh swing, about 19 cm between the knees); the pelvis,
# rigid and stacked, does not roll back.
CLAM_OPEN = 38.0
# Seen from the front at mat level the opening knee swings toward the camera, and looking down ~35° the top
# leg's plane turns edge-on at the end, so the bent leg reads as a straight one. From in front, toward the
# feet and well above (~58° down), both knees show their right angle throughout and the top knee visibly
# lifts away from the lower one while the feet stay together.
CLAMSHELL_VIEW = View(yaw=-35.0, pitch=58.0)
_CLAM = _stack_legs(lie(pose(SIDE, **both(hip=45.0, knee=90.0))))
CLAMSHELL = Demo(
    id="clamshell",
    keys=one_rep(_CLAM, pose(_CLAM, lroll_f=_CLAM["lroll_f"] + CLAM_OPEN), TIMING["clamshell"]),
    view=CLAMSHELL_VIEW,
    props=("mat", "pillow"),
    movers=("knee_f",),
    working="f",
    accent=("leg_f",),
)

# --- side-lying hip abduction: bottom knee bent, top leg straight and a little behind, lifts -----------
_ABD = lie(pose(SIDE, hip_n=25.0, knee_n=40.0, hip_f=-8.0, ankle_f=-5.0))
SIDE_LYING_HIP_ABDUCTION = Demo(
    id="side_lying_hip_abduction",
    keys=one_rep(_ABD, pose(_ABD, abd_f=35.0), TIMING["side_lying_hip_abduction"]),
    view=_VIEW,
    props=("mat", "pillow"),
    movers=("ankle_f",),
    working="f",
    accent=("leg_f",),
)


# Bisection steps for the per-frame contact solves: 2**-18 of an 80-degree range is under 0.001 degrees,
# far below a pixel, and keeps a frame's solve to a few hundred body-point evaluations.
SOLVE_STEPS = 18


# --- side plank from the knees: forearm on the mat, elbow under the shoulder, knees bent 90° ------------
# The hips start on the mat (the waist sags: trunk bent sideways, legs angled down); lifting them
# straightens the line from the head through the hips to the knees while the elbow and the knees stay down.
def _arm_vertical(p: Pose) -> Pose:
    """Shoulder abduction that puts the elbow straight under the shoulder."""
    def gap(a: float) -> float:
        pts = body_points({**p, "sabd_n": a})
        return pts["elbow_n"][0] - pts["shoulder_n"][0]

    p["sabd_n"] = bisect(gap, 20.0, 100.0, steps=SOLVE_STEPS)
    return p


def _solve_plank(p: Pose) -> Pose:
    def gap(lift: float) -> float:
        q = _arm_vertical({**p, "tilt": -lift})
        return _bottom(q, "elbow_n") - _bottom(q, "knee_n")

    p["tilt"] = -bisect(gap, 0.0, 60.0, steps=SOLVE_STEPS)
    return _arm_vertical(p)


def _sagging(a: float) -> Pose:
    """The waist sags by ``a`` degrees: 60 % side bend of the trunk, 40 % at the hips (legs together)."""
    return pose(_PLANK, side=-0.6 * a, abd_n=-0.4 * a, abd_f=0.4 * a)


def _hip_gap(a: float) -> float:
    q = _solve_plank(_sagging(a))
    return _bottom(q, "hip_n") - _bottom(q, "knee_n")


# feet pointed, resting on the mat behind the knees; upper arm resting along the side
_PLANK = pose({}, pelvis=180.0, roll=90.0, sh_n=0.0, elb_n=90.0, sh_f=6.0, elb_f=6.0, sabd_f=5.0,
              **both(hip=5.0, knee=90.0, ankle=-63.0))
# The sag at the start is the angle at which the hips just touch the mat: the root of _hip_gap, solved once
# offline (a nested solve, seconds of work) and kept as a number; a test checks it still is the root.
SAG = 34.385579448232875
SIDE_PLANK_KNEES = Demo(
    id="side_plank_knees",
    keys=one_rep(_sagging(SAG), _PLANK, TIMING["side_plank_knees"]),
    solve=_solve_plank,
    view=View(yaw=-25.0, pitch=15.0),
    movers=("pelvis",),
    working="n",
    accent=("trunk",),
)

DEMOS = (CLAMSHELL, SIDE_LYING_HIP_ABDUCTION, SIDE_PLANK_KNEES)
