"""Loading the clinic-changeable thresholds (traffic lights, flare-ups, trends, week goal) from TOML.

``content/thresholds.toml`` ships the defaults; a clinic's ``content/thresholds.toml`` in the data folder
changes any of the keys it gives. A bad value is reported (file and field) and the earlier value kept.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from sciatica_desktop.domain.content_files import Problem, ProblemKind, TomlReader, read_toml
from sciatica_desktop.domain.stats import Thresholds

THRESHOLDS_FILE = "thresholds.toml"
_LIMITS: dict[str, tuple[float, float]] = {
    "green_max": (0, 10),
    "amber_max": (0, 10),
    "flare_points": (0.5, 10),
    "flare_baseline_days": (1, 60),
    "flare_min_days": (1, 60),
    "rolling_days": (1, 60),
    "rolling_min_days": (1, 60),
    "baseline_days": (1, 28),
    "extent_window_days": (2, 60),
    "extent_change": (0.1, 4),
    "week_goal_days": (1, 7),
}
_FLOATS = {"flare_points", "extent_change"}


def load_thresholds(
    layers: Sequence[Path], *, read: TomlReader = read_toml
) -> tuple[Thresholds, list[Problem]]:
    problems: list[Problem] = []
    values: dict[str, float | int] = {}
    for layer in layers:
        file = layer / THRESHOLDS_FILE
        if not file.is_file():
            continue
        data = read(file, problems)
        for key, value in (data or {}).items():
            if key not in _LIMITS:
                problems.append(Problem(file, None, key, "unknown field", ProblemKind.UNKNOWN_FIELD))
                continue
            low, high = _LIMITS[key]
            whole = key not in _FLOATS
            ok_type = isinstance(value, int) if whole else isinstance(value, int | float)
            if isinstance(value, bool) or not ok_type or not low <= value <= high:  # type: ignore[operator]
                kind = "a whole number" if whole else "a number"
                problems.append(
                    Problem(
                        file,
                        None,
                        key,
                        f"{value!r} is not {kind} from {low:g} to {high:g}",
                        ProblemKind.BAD_VALUE,
                    )
                )
                continue
            values[key] = value if whole else float(value)  # type: ignore[assignment,arg-type]
    th = dataclasses.replace(Thresholds(), **values)  # type: ignore[arg-type]
    if th.amber_max < th.green_max:
        problems.append(
            Problem(
                Path(THRESHOLDS_FILE),
                None,
                "amber_max",
                "must not be below green_max",
                ProblemKind.BAD_VALUE,
            )
        )
        th = dataclasses.replace(th, amber_max=th.green_max)
    return th, problems
