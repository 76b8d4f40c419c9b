"""How long each part of one demonstrated repetition lasts.

A clip shows ONE repetition and loops: move into the end position, hold it, move back, and a short rest in
the start position. Clip time therefore relates to the catalogue's dose like this:

* rep-based exercises (bridge, press-up, sliders, clamshell…): the movement runs at the catalogue tempo
  (``move + back`` ≈ ``tempo_s``) and the hold is the real hold (2 s for a bridge's two breaths, 3–5 s at
  the top of a press-up), so a looping clip paces the patient rep by rep;
* long holds (30-s stretches, 10-s bracing or bird-dog holds): the clip shows a visible hold of a few
  seconds, not the whole dose. The workout page loops the clip and its countdown, not the clip, times the
  real hold;
* alternating exercises (dead bug, bird dog, knee rolls) show both sides in one loop; walking shows two
  steps of each leg.

Values are seconds: ``move`` into the end position, ``hold`` there, ``back`` to the start, ``rest`` at the
start before the loop begins again. Clip seconds = move + hold + back + rest (× 2 for alternating ones).
"""

from __future__ import annotations

from typing import NamedTuple


class Timing(NamedTuple):
    move: float
    hold: float
    back: float
    rest: float


TIMING: dict[str, Timing] = {
    # stretches: slow ease in, a visible part of the 10–30 s hold, slow release
    "figure_four_supine": Timing(2.5, 4.0, 2.0, 0.8),
    "figure_four_seated": Timing(2.5, 4.0, 2.0, 0.8),
    "knee_to_chest": Timing(2.0, 4.0, 2.0, 0.8),
    "double_knee_to_chest": Timing(2.2, 4.0, 2.2, 0.8),
    "hamstring_stretch_supine": Timing(2.5, 4.0, 2.0, 0.8),
    "hamstring_stretch_seated": Timing(2.5, 4.0, 2.0, 0.8),
    # mobility: continuous, pain-free range
    "cat_camel": Timing(2.5, 1.0, 2.5, 1.0),  # camel → cat → camel is one rep (see keyframes)
    "knee_rolls": Timing(2.0, 2.0, 2.0, 0.6),  # per side; the clip rolls left and right
    "pelvic_tilt": Timing(1.5, 2.0, 1.5, 1.0),
    # directional preference
    "prone_lying": Timing(2.5, 0.5, 2.5, 0.5),  # one slow breath: lying still is the exercise
    "prone_on_elbows": Timing(2.5, 4.0, 2.5, 1.0),
    "prone_press_up": Timing(2.0, 3.0, 2.0, 1.0),
    "standing_back_bend": Timing(1.8, 1.5, 1.8, 0.8),
    # nerve mobility: ~5 s a cycle
    "seated_slump_slider": Timing(2.0, 0.5, 2.0, 0.5),
    "supine_nerve_slider": Timing(2.0, 0.5, 2.0, 0.5),
    "nerve_tensioner": Timing(1.5, 0.5, 1.5, 0.5),
    # strengthening
    "abdominal_bracing": Timing(1.0, 4.0, 1.0, 1.0),
    "glute_bridge": Timing(1.5, 2.0, 1.5, 0.8),
    "single_leg_bridge": Timing(1.5, 1.5, 1.5, 0.8),
    "bird_dog": Timing(1.5, 3.0, 1.5, 0.5),  # per side
    "dead_bug": Timing(1.5, 0.8, 1.5, 0.4),  # per side
    "clamshell": Timing(2.0, 0.5, 2.0, 0.5),
    "side_lying_hip_abduction": Timing(1.5, 1.0, 1.5, 0.5),
    "side_plank_knees": Timing(1.5, 4.0, 1.5, 0.8),
    "mcgill_curl_up": Timing(1.2, 4.0, 1.2, 0.8),
    "walking": Timing(0.55, 0.0, 0.55, 0.0),  # half a gait cycle each; see kf_seated_standing
}
