"""``python -m sciatica_desktop``."""

from sciatica_desktop.cli import main

raise SystemExit(main())
