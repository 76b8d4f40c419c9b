"""A data folder with the 12-week demo history (made once per module), and a summary maker over it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sciatica_desktop.app import Core, Options, build_core, report_sources


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sciatica_desktop.commands.demo_data import run_demo_data

    folder = tmp_path_factory.mktemp("demo")
    assert run_demo_data(Options(data_dir=folder), profile="Me", weeks=12, seed=1) == 0
    return folder


@pytest.fixture
def demo_core(demo_folder: Path, tmp_path: Path) -> Iterator[Core]:
    """A private copy of the demo folder, so a test may add records."""
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    core = build_core(Options(data_dir=folder))
    yield core
    core.close()


@pytest.fixture
def sources(demo_core: Core) -> Any:
    return report_sources(demo_core)


@pytest.fixture
def summary_of(sources: Any, demo_core: Core) -> Callable[..., Any]:
    from sciatica_desktop.reports.assemble import make_summary

    def make(**kwargs: Any) -> Any:
        return make_summary(sources, demo_core.repo.ensure_profile("Me"), **kwargs)

    return make
