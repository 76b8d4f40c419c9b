"""Small helpers shared by the benchmarks."""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import sys
from collections.abc import Iterator, Sequence

from tests.xvfb import xvfb


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def report(name: str, ours: float, floor: float, unit: str, goal: str) -> None:
    ratio = ours / floor if floor > 0 else float("inf")
    print(
        f"{name:<38} {ours:10.2f} {unit:<3} floor {floor:10.2f} {unit:<3} ratio {ratio:6.2f}x   goal {goal}"
    )


@contextlib.contextmanager
def virtual_display() -> Iterator[dict[str, str]]:
    """An Xvfb screen when there is one to be had (so both sides start like a real app), else offscreen."""
    env = dict(os.environ)
    if not shutil.which("Xvfb") or os.environ.get("BENCH_OFFSCREEN"):
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env
        return
    with xvfb() as display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        yield env


def python() -> str:
    return sys.executable
