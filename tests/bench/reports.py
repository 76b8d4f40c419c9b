"""A 12-week appointment summary, PDF included (query, statistics, chart, layout, writing), as a ratio to
writing a one-page QPdfWriter document holding the same chart image; goal: under 1.5 s absolute.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench._util import median, report

REPEATS = 5


def _time(action: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return median(times)


def run() -> None:
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from sciatica_desktop.app import Options, build_core, report_sources
    from sciatica_desktop.commands.demo_data import run_demo_data
    from sciatica_desktop.gui import make_app
    from sciatica_desktop.reports.assemble import make_summary
    from sciatica_desktop.reports.pdf import page_layout
    from sciatica_desktop.ui.reports.chart_image import render_chart
    from sciatica_desktop.ui.reports.renderer import make_renderer

    make_app()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        run_demo_data(Options(data_dir=root / "data"), profile="Me", weeks=12, seed=1)
        core = build_core(Options(data_dir=root / "data"))
        sources = report_sources(core)
        me = core.repo.ensure_profile("Me")
        paper = QPageSize(QPageSize.PageSizeId.A4)

        def ours() -> None:
            summary = make_summary(sources, me, since=core.clock.today() - dt.timedelta(days=83))
            make_renderer(summary, paper=paper).write_pdf(root / "summary.pdf")

        image = render_chart(make_summary(sources, me).chart, QSize(2040, 690))

        def floor() -> None:
            writer = QPdfWriter(str(root / "floor.pdf"))
            writer.setPageLayout(page_layout(paper))
            writer.setResolution(300)
            painter = QPainter(writer)
            painter.drawImage(QRectF(0, 0, writer.width(), writer.width() * 690 / 2040), image)
            painter.end()

        ours(), floor()  # warm up both (imports, fonts)
        ours_t, floor_t = _time(ours), _time(floor)
        report(
            "12-week summary incl. PDF",
            ours_t * 1000,
            floor_t * 1000,
            "ms",
            f"< 1500 ms (is {ours_t * 1000:.0f} ms)",
        )
        core.close()


if __name__ == "__main__":
    run()
