"""Keyframes lying on the side: on the right side (near = right = underneath), facing the viewer.

The body is built as if on the back (head left) and then rolled 90° about its long axis, so the far (left)
limbs are on top; the camera looks from in front and a little above.
"""

from __future__ import annotations

from sciatica_desktop.demos.ik import bisect
from sciatica_desktop.demos.skeleton import Pose, body_points, radius
from sciatica_desktop.demos.timeline import Demo, View, both, one_rep, pose
from sciatica_desktop.demos.timing import TIMING

_VIEW = View(yaw=0.0, pitch=35.0)
SIDE: Pose = pose({}, pelvis=180.0, roll=90.0, sh_n=170.0, elb_n=20.0, sh_f=80.0, elb_f=40.0, wr_f=-40.0)

# --- clamshell: hips 45°, knees 90°, feet together; the top knee opens --------------------------------
_CLAM = pose(SIDE, **both(hip=45.0, knee=90.0))
CLAMSHELL = Demo(
    id="clamshell",
    keys=one_rep(_CLAM, pose(_CLAM, lroll_f=38.0), TIMING["clamshell"]),
    view=_VIEW,
    props=("mat", "pillow"),
    movers=("knee_f",),
    working="f",
    accent=("leg_f",),
)

# --- side-lying hip abduction: bottom knee bent, top leg straight and a little behind, lifts -----------
_ABD = pose(SIDE, hip_n=25.0, knee_n=40.0, hip_f=-8.0, ankle_f=-5.0)
SIDE_LYING_HIP_ABDUCTION = Demo(
    id="side_lying_hip_abduction",
    keys=one_rep(_ABD, pose(_ABD, abd_f=35.0), TIMING["side_lying_hip_abduction"]),
    view=_VIEW,
    props=("mat", "pillow"),
    movers=("ankle_f",),
    working="f",
    accent=("leg_f",),
)


# --- side plank from the knees: forearm under the shoulder, hips lift until knees–hips–shoulders align --
def _solve_plank(p: Pose) -> Pose:
    def gap(lift: float) -> float:
        q = {**p, "tilt": -lift, "sabd_n": 90.0 - lift}
        pts = body_points(q)
        return (pts["elbow_n"][1] - radius("elbow_n")) - (pts["knee_n"][1] - radius("knee_n"))

    lift = bisect(gap, 0.0, 45.0)
    p["tilt"], p["sabd_n"] = -lift, 90.0 - lift
    return p


_PLANK = pose({}, pelvis=180.0, roll=90.0, sh_n=0.0, elb_n=90.0, sh_f=0.0, **both(hip=10.0, knee=90.0))
SIDE_PLANK_KNEES = Demo(
    id="side_plank_knees",
    keys=one_rep(pose(_PLANK, abd_n=-20.0, abd_f=20.0), _PLANK, TIMING["side_plank_knees"]),
    solve=_solve_plank,
    view=View(yaw=0.0, pitch=25.0),
    movers=("pelvis",),
    working="n",
    accent=("trunk",),
)

DEMOS = (CLAMSHELL, SIDE_LYING_HIP_ABDUCTION, SIDE_PLANK_KNEES)
