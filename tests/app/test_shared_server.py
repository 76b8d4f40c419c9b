"""Clinic kiosks share one PostgreSQL server through ``--database URL``: the same app, the same models."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sciatica_desktop.app import Options, build_core
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.records import SessionStatus
from sciatica_desktop.domain.workout import RunnerSettings
from sciatica_desktop.services.workout_service import WorkoutService
from tests.pg_server import PgServer

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_check_reports_the_shared_server(pg_server: PgServer, tmp_path: Path) -> None:
    with pg_server.fresh_database() as name:
        url = pg_server.url(name)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "sciatica_desktop",
                "check",
                "--data-dir",
                str(tmp_path),
                "--database",
                url,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Database: postgresql at postgresql://" in result.stdout
    assert "integrity ok" in result.stdout


def test_two_kiosks_see_each_others_sessions(pg_server: PgServer, tmp_path: Path) -> None:
    with pg_server.fresh_database() as name:
        options = Options(data_dir=tmp_path / "kiosk-a", database=pg_server.url(name))
        clock = FakeClock()
        kiosk_a = build_core(options, clock=clock)
        kiosk_b = build_core(Options(data_dir=tmp_path / "kiosk-b", database=pg_server.url(name)))
        try:
            profile = kiosk_a.repo.ensure_profile("Pat")
            service = WorkoutService(
                store=kiosk_a.repo,
                exercises=kiosk_a.catalogue,
                clock=clock,
                settings=lambda: RunnerSettings(get_ready_s=0),
            )
            active = service.start(
                profile_id=profile.id, routine_name="Starter", items=kiosk_a.routine_items[:1]
            )
            active.runner.start()
            while not active.saved:  # the first set (three 30-s holds) ends and is saved
                clock.advance(1)
                active.runner.tick()
            seen = kiosk_b.repo.unfinished_sessions(kiosk_b.repo.ensure_profile("Pat").id)
            assert [s.id for s in seen] == [active.session.id]
            assert seen[0].status is SessionStatus.IN_PROGRESS and len(seen[0].sets) == 1
        finally:
            kiosk_a.close()
            kiosk_b.close()
