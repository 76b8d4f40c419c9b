"""``python -m sciatica_desktop``."""

from sciatica_desktop.cli import run

raise SystemExit(run())
