"""The progress page over ten years of data (two check-ins and one workout a day), as ratios to floors
measured in the same run:

- the query behind the page (check-ins, session starts, questionnaire scores) against a bare sqlite3
  SELECT of the same rows; goal: at most 50 ms;
- the page opening and drawing (widgets built, data computed and set, one full paint) against a bare
  pyqtgraph plot drawing the same arrays; goal: at most 1.5×.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.stats import Thresholds
from sciatica_desktop.services.checkins import SymptomContent
from sciatica_desktop.storage.datadir import prepare_data_dir
from sciatica_desktop.storage.db import OpenedDatabase, open_database
from sciatica_desktop.storage.models import SessionRow
from sciatica_desktop.storage.models_symptoms import CheckInRow
from sciatica_desktop.storage.repository import Repository
from sciatica_desktop.storage.symptom_repository import SymptomRepository
from tests.bench._util import median, report

YEARS = 10
REPEATS = 7
EXTENTS = ("none", "buttock", "thigh", "below_knee", "foot")


def _fill(folder: Path, clock: FakeClock) -> tuple[OpenedDatabase, ProfileId]:
    opened = open_database(data_dir=prepare_data_dir(folder), clock=clock)
    profile = Repository(opened.db, clock).ensure_profile()
    rng = random.Random(1)
    end = clock.utcnow()
    days = YEARS * 365
    check_ins, sessions = [], []
    for n in range(days):
        morning = end - dt.timedelta(days=days - n, hours=-8)
        level = 2 + 5 * (1 - n / days)
        for hour in (0, 11):
            check_ins.append(
                {
                    "profile": profile.id,
                    "when": morning + dt.timedelta(hours=hour),
                    "back_pain": max(0, min(10, round(level + rng.gauss(0, 1)))),
                    "leg_pain": max(0, min(10, round(level + rng.gauss(0, 1.2)))),
                    "leg_extent": EXTENTS[rng.randrange(5)],
                    "numbness": "none",
                    "context": "any",
                }
            )
        sessions.append(
            {
                "profile": profile.id,
                "routine_name": "Starter routine",
                "started": morning + dt.timedelta(hours=9),
                "ended": morning + dt.timedelta(hours=9, minutes=12),
                "status": "completed",
                "plan": "[]",
            }
        )
    with opened.db.atomic():
        for i in range(0, len(check_ins), 500):
            CheckInRow.insert_many(check_ins[i : i + 500]).execute()
        for i in range(0, len(sessions), 500):
            SessionRow.insert_many(sessions[i : i + 500]).execute()
    return opened, profile.id


def _time(action: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return median(times)


def _query_lines(
    opened: OpenedDatabase,
    store: SymptomRepository,
    content: SymptomContent,
    profile: ProfileId,
    clock: FakeClock,
) -> None:
    from sciatica_desktop.services.progress import build_progress

    def query() -> object:
        return store.pain_points(profile), store.session_starts(profile), store.responses(profile)

    raw = sqlite3.connect(opened.location)

    def bare_query() -> object:
        a = raw.execute(
            "SELECT at_utc, back_pain, leg_pain, leg_extent FROM check_in WHERE profile_id=? "
            "AND deleted=0 ORDER BY at_utc",
            (profile,),
        ).fetchall()
        b = raw.execute(
            "SELECT started FROM workout_session WHERE profile_id=? ORDER BY started", (profile,)
        ).fetchall()
        return a, b

    rows = len(store.pain_points(profile))
    ours_q, floor_q = _time(query), _time(bare_query)
    report(
        f"progress query ({rows} check-ins)",
        ours_q * 1000,
        floor_q * 1000,
        "ms",
        f"<= 50 ms (is {ours_q * 1000:.1f} ms)",
    )
    compute = _time(lambda: build_progress(store, content, profile, clock=clock))
    report("progress data (query + statistics)", compute * 1000, floor_q * 1000, "ms", "")
    raw.close()


def run() -> None:
    import numpy as np
    import pyqtgraph as pg

    from sciatica_desktop.gui import make_app
    from sciatica_desktop.services.progress import build_progress
    from sciatica_desktop.ui.progress.pain_chart import as_array, day_x
    from sciatica_desktop.ui.progress.progress_page import ProgressPage

    app = make_app()
    clock = FakeClock(wall=dt.datetime(2030, 6, 1, 12, tzinfo=dt.UTC))
    with tempfile.TemporaryDirectory() as folder:
        opened, profile = _fill(Path(folder), clock)
        store = SymptomRepository(opened.db, clock)
        content = SymptomContent(None, [], Thresholds())

        _query_lines(opened, store, content, profile, clock)

        progress = build_progress(store, content, profile, clock=clock)
        x = np.array([day_x(progress.days[0]) + i * 86400.0 for i in range(len(progress.days))])
        arrays = [as_array(v) for v in (progress.back, progress.leg, progress.back_mean, progress.leg_mean)]
        sx = np.array([day_x(d) for d in sorted(progress.sessions)])

        def ours(with_data: bool = False) -> None:
            page = ProgressPage()
            page.resize(1100, 700)
            page.set_progress(
                build_progress(store, content, profile, clock=clock) if with_data else progress
            )
            page.show()
            app.processEvents()
            page.grab()
            page.close()
            page.deleteLater()
            app.processEvents()

        def floor() -> None:
            plot = pg.PlotWidget(
                axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=None)}
            )
            plot.resize(1100, 700)
            for y, symbol in zip(arrays, ("o", "t", None, None), strict=True):
                plot.plot(x, y, symbol=symbol, connect="finite")
            plot.plot(sx, np.full(len(sx), -0.6), pen=None, symbol="s")
            plot.show()
            app.processEvents()
            plot.grab()
            plot.close()
            plot.deleteLater()
            app.processEvents()

        ours(), floor()  # warm up both (imports, fonts, caches)
        ours_t, floor_t = _time(ours), _time(floor)
        report(f"progress page open+draw ({YEARS} years)", ours_t * 1000, floor_t * 1000, "ms", "<= 1.5x")
        full = _time(lambda: ours(with_data=True))
        # Context: the same page with its database query and statistics (the query has its own goal above).
        report("progress page incl. query+statistics", full * 1000, floor_t * 1000, "ms", "none")
        opened.close()


if __name__ == "__main__":
    run()
