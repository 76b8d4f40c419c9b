"""Run by test_crash_resume: do part of the starter routine for real, then wait to be killed."""

from __future__ import annotations

import sys
from pathlib import Path

from sciatica_desktop.app import Options, build_core
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.workout import RunnerSettings
from sciatica_desktop.services.workout_service import WorkoutService


def main() -> None:
    clock = FakeClock()
    core = build_core(Options(data_dir=Path(sys.argv[1])), clock=clock)
    profile = core.repo.ensure_profile()
    service = WorkoutService(
        store=core.repo, exercises=core.catalogue, clock=clock, settings=lambda: RunnerSettings(get_ready_s=0)
    )
    active = service.start(profile_id=profile.id, routine_name=core.routine_name, items=core.routine_items)
    runner = active.runner
    runner.start()
    wanted = int(sys.argv[2])
    while len(active.saved) < wanted:
        clock.advance(0.5)
        runner.tick()
    clock.advance(5)  # part-way into the next set: this is the work that may be lost
    runner.tick()
    print("ready", len(active.saved), runner.snapshot().phase.value, flush=True)
    sys.stdin.readline()  # killed here


if __name__ == "__main__":
    main()
