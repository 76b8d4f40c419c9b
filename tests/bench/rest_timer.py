"""Rest-timer accuracy: a long rest on a real Qt event loop with the CPU kept busy.

The floor is a bare single-shot ``QTimer`` armed for the same deadline in the same loop: it shows how late
the machine lets any timer be. Set ``BENCH_REST_SECONDS`` to shorten the 10-minute rest for a quick look.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from sciatica_desktop.domain.clock import SystemClock
from sciatica_desktop.domain.exercise import Category, Dose, Exercise, ExerciseId, Sidedness, WorkoutItem
from sciatica_desktop.domain.workout import RunnerSettings, WorkoutRunner
from sciatica_desktop.domain.workout_events import Phase, SetStarted
from tests.bench._util import report


def run() -> None:
    rest = float(os.environ.get("BENCH_REST_SECONDS", "600"))
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    from sciatica_desktop.ui.workout.controller import WorkoutController

    clock = SystemClock()
    ex = Exercise(ExerciseId("b"), "B", Category.STRENGTH, Sidedness.BOTH, Dose(sets=2, reps=1, rest_s=rest))
    runner = WorkoutRunner([WorkoutItem(ex, ex.dose)], clock=clock, settings=RunnerSettings(get_ready_s=0))
    controller = WorkoutController(runner)
    seen: dict[str, float] = {}

    def on_event(event: object) -> None:
        if isinstance(event, SetStarted) and event.set_number == 2:
            seen["runner"] = clock.now()
            QTimer.singleShot(50, app.quit)

    runner.subscribe(on_event)
    runner.start()
    controller.start_ticking()
    runner.count_rep()  # set 1 done: the rest begins now
    assert runner.phase is Phase.REST
    deadline = clock.now() + rest
    floor_timer = QTimer()
    floor_timer.setSingleShot(True)
    floor_timer.setTimerType(Qt.TimerType.PreciseTimer)
    floor_timer.timeout.connect(lambda: seen.setdefault("floor", clock.now()))
    floor_timer.start(int(rest * 1000))

    # Each burner spins only while its parent lives: if this benchmark dies (it once did, on a bad Qt
    # build), the burners stop by themselves instead of loading the machine for hours.
    spin = f"import os\nwhile os.getppid() == {os.getpid()}: pass"
    burners = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(os.cpu_count() or 2)]

    def busy_ui() -> None:  # the UI thread itself is busy 40 ms in every 50
        end = time.perf_counter() + 0.04
        while time.perf_counter() < end:
            pass

    busy = QTimer()
    busy.timeout.connect(busy_ui)
    busy.start(50)
    try:
        app.exec()
    finally:
        for b in burners:
            b.kill()
        busy.stop()
        controller.stop_ticking()
    late = (seen["runner"] - deadline) * 1000
    floor = (seen.get("floor", seen["runner"]) - deadline) * 1000
    report(
        f"{rest:.0f}-s rest: lateness at its deadline",
        late,
        max(floor, 0.001),
        "ms",
        f"<= 50 ms (is {late:.1f} ms)",
    )


if __name__ == "__main__":
    run()
