"""The exercise demos by id, and the pose of each at any time.

Keyframes live in the ``kf_*`` modules, one per starting position; their timing in ``timing.TIMING``.
"""

from __future__ import annotations

import functools

from sciatica_desktop.demos import (
    kf_prone_quadruped,
    kf_seated_standing,
    kf_side_lying,
    kf_supine_core,
    kf_supine_stretch,
)
from sciatica_desktop.demos.skeleton import Pose, Vec
from sciatica_desktop.demos.timeline import Demo, place, raw_pose, solved

# The fixed ids shared with the catalogue; the first four are the article's examples.
EXERCISE_IDS: tuple[str, ...] = (
    "figure_four_supine", "hamstring_stretch_supine", "glute_bridge", "supine_nerve_slider",
    "figure_four_seated", "knee_to_chest", "double_knee_to_chest", "hamstring_stretch_seated", "cat_camel",
    "knee_rolls", "pelvic_tilt", "prone_lying", "prone_on_elbows", "prone_press_up", "standing_back_bend",
    "seated_slump_slider", "nerve_tensioner", "abdominal_bracing", "single_leg_bridge", "bird_dog",
    "dead_bug", "clamshell", "side_lying_hip_abduction", "side_plank_knees", "mcgill_curl_up", "walking",
)

_MODULES = (kf_supine_stretch, kf_supine_core, kf_prone_quadruped, kf_seated_standing, kf_side_lying)
DEMOS: dict[str, Demo] = {d.id: d for m in _MODULES for d in m.DEMOS}


def demo(exercise_id: str) -> Demo:
    """The demo for ``exercise_id``; ``KeyError`` names the id when there is none."""
    try:
        return DEMOS[exercise_id]
    except KeyError:
        raise KeyError(f"no demonstration for exercise {exercise_id!r}") from None


def clip_seconds(exercise_id: str) -> float:
    """Length of one demonstrated repetition (the loop), in seconds."""
    return demo(exercise_id).seconds


def pose_at(exercise_id: str, t: float) -> Pose:
    """Joint angles at ``t`` seconds into the loop (looping), contacts solved."""
    return dict(_solved_pose(exercise_id, t))


@functools.lru_cache(maxsize=4096)
def _solved_pose(exercise_id: str, t: float) -> tuple[tuple[str, float], ...]:
    # Some contacts are solved numerically (the side plank's elbow and knees); a looping figure asks for the
    # same frame times over and over, so each is solved once.
    d = demo(exercise_id)
    return tuple(solved(d, raw_pose(d, t)).items())


def world_points(exercise_id: str, pose: Pose) -> dict[str, Vec]:
    """Where each body point of ``pose`` is in the room (floor at y = 0, units of body height)."""
    return place(demo(exercise_id), pose)
