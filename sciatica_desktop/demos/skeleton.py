"""A jointed figure: segment lengths, joint angles and forward kinematics.

Units are body heights (1.0 ≈ 1.70 m); proportions follow Winter's anthropometric table. The figure is
built in its own sagittal plane (x, y) with a lateral depth z: the near side (+z, toward the viewer in a
side view) is always the person's right side, because the body frame is a proper rotation of a person
facing +x with the head up. ``roll`` and ``tilt`` then turn the whole body (side-lying, side plank), and
a few out-of-plane angles (hip abduction, leg and arm roll, trunk side bend) move parts off the sagittal
plane.

Angles are in degrees, relative to the parent segment, with anatomical signs: flexion positive; hip
abduction (``abd``), external rotation (``hrot``) and leg roll about the hip–ankle line (``lroll``, knee
moving outward) positive; ``side`` bends the trunk sideways over the pelvis (toward the right, near side,
positive), as the waist sags at the start of a side plank.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

Vec = tuple[float, float, float]
Pose = dict[str, float]

LUMBAR = 0.12
THORACIC = 0.18
SHOULDER_AT = 0.92  # shoulder joints sit this far up the thoracic segment
NECK = 0.055
HEAD_R = 0.062
HIP_HALF = 0.055
SHOULDER_HALF = 0.115
THIGH = 0.245
SHANK = 0.246
UPPER_ARM = 0.186
FOREARM = 0.146
HAND = 0.085
SOLE = 0.04  # ankle centre above the sole of a flat foot

RADIUS: dict[str, float] = {
    "pelvis": 0.062, "lumbar": 0.056, "neck_base": 0.062, "neck_top": 0.03, "head": HEAD_R,
    "hip": 0.062, "knee": 0.036, "ankle": 0.024, "heel": 0.02, "toe": 0.012,
    "shoulder": 0.045, "elbow": 0.026, "wrist": 0.019, "hand": 0.016,
}

# Joint limits (degrees) for every angle a pose may hold; "sides" share a limit. ``hrot`` allows 90° because
# the pelvis here is rigid: in a figure-four a real pelvis rolls and tilts and takes part of the rotation
# that this model must give to the hip.
LIMITS: dict[str, tuple[float, float]] = {
    "lumbar": (-40, 50), "thoracic": (-30, 45), "neck": (-60, 60), "side": (-35, 35),
    "hip": (-30, 135), "knee": (-3, 150), "ankle": (-65, 30),
    "abd": (-30, 60), "lroll": (-75, 75), "hrot": (-40, 90),
    "sh": (-65, 185), "elb": (-3, 150), "wr": (-90, 90), "aroll": (-90, 90), "sabd": (-10, 100),
}

SIDES = ("n", "f")
NEUTRAL: Pose = {
    "pelvis": 90.0, "roll": 0.0, "tilt": 0.0, "side": 0.0, "lumbar": 0.0, "thoracic": 0.0, "neck": 0.0,
    **{f"{j}_{s}": 0.0 for s in SIDES for j in ("hip", "knee", "ankle", "abd", "lroll", "hrot")},
    **{f"{j}_{s}": 0.0 for s in SIDES for j in ("sh", "elb", "wr", "aroll", "sabd")},
}

# Drawn segments: (name, start point, end point); limbs carry the side suffix.
LIMB_SEGMENTS = (
    ("thigh", "hip", "knee"), ("shank", "knee", "ankle"), ("foot", "heel", "toe"),
    ("upper_arm", "shoulder", "elbow"), ("forearm", "elbow", "wrist"), ("hand", "wrist", "hand"),
)
SEGMENT_LENGTHS: dict[str, float] = {
    "thigh": THIGH, "shank": SHANK, "upper_arm": UPPER_ARM, "forearm": FOREARM, "hand": HAND,
}


def unit(deg: float) -> tuple[float, float]:
    r = math.radians(deg)
    return math.cos(r), math.sin(r)


def wrap(deg: float, low: float = -180.0) -> float:
    """``deg`` brought into [low, low + 360)."""
    return (deg - low) % 360.0 + low


def _add(p: Vec, d: tuple[float, float], k: float) -> Vec:
    return (p[0] + d[0] * k, p[1] + d[1] * k, p[2])


def _rotate_about(p: Vec, origin: Vec, axis: Vec, deg: float) -> Vec:
    """Rodrigues' rotation of ``p`` about the line through ``origin`` along ``axis``."""
    n = math.sqrt(sum(a * a for a in axis)) or 1.0
    k = (axis[0] / n, axis[1] / n, axis[2] / n)
    v = (p[0] - origin[0], p[1] - origin[1], p[2] - origin[2])
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    cross = (k[1] * v[2] - k[2] * v[1], k[2] * v[0] - k[0] * v[2], k[0] * v[1] - k[1] * v[0])
    dot = k[0] * v[0] + k[1] * v[1] + k[2] * v[2]
    return tuple(origin[i] + v[i] * c + cross[i] * s + k[i] * dot * (1 - c) for i in range(3))  # type: ignore[return-value]


# Absolute directions of segments in the sagittal plane (degrees, counter-clockwise from +x).
def spine_dirs(p: Mapping[str, float]) -> tuple[float, float, float]:
    lumbar = p["pelvis"] - p["lumbar"]
    thoracic = lumbar - p["thoracic"]
    return lumbar, thoracic, thoracic - p["neck"]


def leg_dirs(p: Mapping[str, float], s: str) -> tuple[float, float, float]:
    thigh = p["pelvis"] - 180.0 + p[f"hip_{s}"]
    shank = thigh - p[f"knee_{s}"]
    return thigh, shank, shank + 90.0 + p[f"ankle_{s}"]


def arm_dirs(p: Mapping[str, float], s: str) -> tuple[float, float, float]:
    arm = spine_dirs(p)[1] + 180.0 + p[f"sh_{s}"]
    fore = arm + p[f"elb_{s}"]
    return arm, fore, fore + p[f"wr_{s}"]


def body_points(pose: Mapping[str, float]) -> dict[str, Vec]:
    """Forward kinematics in the body's own frame, pelvis (hip-joint centre) at the origin."""
    p = {**NEUTRAL, **pose}
    lum_d, tho_d, neck_d = spine_dirs(p)
    pts: dict[str, Vec] = {"pelvis": (0.0, 0.0, 0.0)}
    pts["lumbar"] = _add(pts["pelvis"], unit(lum_d), LUMBAR)
    pts["neck_base"] = _add(pts["lumbar"], unit(tho_d), THORACIC)
    pts["neck_top"] = _add(pts["neck_base"], unit(neck_d), NECK)
    head = _add(pts["neck_top"], unit(neck_d), HEAD_R * 0.8)
    pts["head"] = _add(head, unit(neck_d - 90.0), 0.012)
    pts["nose"] = _add(pts["head"], unit(neck_d - 75.0), HEAD_R + 0.004)
    shoulder2d = _add(pts["lumbar"], unit(tho_d), THORACIC * SHOULDER_AT)
    for s, sign in (("n", 1.0), ("f", -1.0)):
        hip = (0.0, 0.0, sign * HIP_HALF)
        thigh, shank, foot = leg_dirs(p, s)
        knee = _add(hip, unit(thigh), THIGH)
        ankle = _add(knee, unit(shank), SHANK)
        fd, up = unit(foot), unit(foot + 90.0)
        heel = _add(_add(ankle, fd, -0.028), up, -(SOLE - RADIUS["heel"]))
        toe = _add(_add(ankle, fd, 0.115), up, -(SOLE - RADIUS["toe"]))
        leg = {"knee": knee, "ankle": ankle, "heel": heel, "toe": toe}
        if p[f"hrot_{s}"]:  # hip rotation about the thigh's long axis (external rotation positive)
            axis = _sub(knee, hip)
            leg = {k: v if k == "knee" else _rotate_about(v, hip, axis, sign * p[f"hrot_{s}"])
                   for k, v in leg.items()}
        if p[f"lroll_{s}"]:
            leg = {k: _rotate_about(v, hip, _sub(ankle, hip), sign * p[f"lroll_{s}"]) for k, v in leg.items()}
        if p[f"abd_{s}"]:  # about the floating axis ⊥ thigh and the hip's flexion axis (Grood & Suntay)
            td = unit(thigh)
            axis = (-td[1], td[0], 0.0)
            leg = {k: _rotate_about(v, hip, axis, -sign * p[f"abd_{s}"]) for k, v in leg.items()}
        pts[f"hip_{s}"] = hip
        pts.update({f"{k}_{s}": v for k, v in leg.items()})

        shoulder = (shoulder2d[0], shoulder2d[1], sign * SHOULDER_HALF)
        arm, fore, hand = arm_dirs(p, s)
        elbow = _add(shoulder, unit(arm), UPPER_ARM)
        wrist = _add(elbow, unit(fore), FOREARM)
        limb = {"elbow": elbow, "wrist": wrist, "hand": _add(wrist, unit(hand), HAND)}
        if p[f"sabd_{s}"]:  # shoulder abduction about the floating axis, as at the hip
            ad = unit(arm)
            axis = (-ad[1], ad[0], 0.0)
            limb = {k: _rotate_about(v, shoulder, axis, -sign * p[f"sabd_{s}"]) for k, v in limb.items()}
        if p[f"aroll_{s}"]:
            limb = {k: _rotate_about(v, shoulder, _sub(wrist, shoulder), sign * p[f"aroll_{s}"])
                    for k, v in limb.items()}
        pts[f"shoulder_{s}"] = shoulder
        pts.update({f"{k}_{s}": v for k, v in limb.items()})
    if p["side"]:  # lateral flexion about the pelvis's front-to-back axis; the legs stay
        axis = (*unit(p["pelvis"] - 90.0), 0.0)
        pts = {k: v if k.startswith(_PELVIC) else _rotate_about(v, pts["pelvis"], axis, p["side"])
               for k, v in pts.items()}
    return _turn_body(pts, p["roll"], p["tilt"])


_PELVIC = ("pelvis", "hip", "knee", "ankle", "heel", "toe")


def _sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _turn_body(pts: dict[str, Vec], roll: float, tilt: float) -> dict[str, Vec]:
    if not roll and not tilt:
        return pts
    cr, sr = math.cos(math.radians(roll)), math.sin(math.radians(roll))
    ct, st = math.cos(math.radians(tilt)), math.sin(math.radians(tilt))
    out: dict[str, Vec] = {}
    for k, (x0, y0, z0) in pts.items():
        y1, z1 = y0 * cr - z0 * sr, y0 * sr + z0 * cr
        out[k] = (x0 * ct - y1 * st, x0 * st + y1 * ct, z1)
    return out


def radius(name: str) -> float:
    return RADIUS.get(name.rsplit("_", 1)[0] if name.endswith(("_n", "_f")) else name, 0.02)


def lowest(points: Mapping[str, Vec]) -> float:
    """The lowest surface point of the body (y of a joint minus its radius)."""
    return min(v[1] - radius(k) for k, v in points.items() if k != "nose")


def joint_angle(a: Vec, b: Vec, c: Vec) -> float:
    """Bend at ``b`` in degrees: 0 when a, b, c are in a straight line."""
    u, v = _sub(b, a), _sub(c, b)
    nu = math.sqrt(sum(x * x for x in u))
    nv = math.sqrt(sum(x * x for x in v))
    cos = sum(x * y for x, y in zip(u, v, strict=True)) / (nu * nv)
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def distance(a: Vec, b: Vec) -> float:
    return math.dist(a, b)


def limit_for(key: str) -> tuple[float, float] | None:
    base = key[:-2] if key.endswith(("_n", "_f")) else key
    return LIMITS.get(base)
