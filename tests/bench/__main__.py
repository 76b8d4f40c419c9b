"""``make bench``: run every benchmark and print one line each, as a ratio to its floor.

Each benchmark runs in its own process: they need different Qt application objects, and one cannot leave
state (caches, a loaded libvlc, a busy CPU) behind for the next.
"""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = ("startup", "commit_latency", "rest_timer", "progress", "reports")


def main() -> int:
    print(f"{'benchmark':<38} {'ours':>14} {'floor':>20} {'ratio':>12}", flush=True)
    failed = []
    for name in BENCHMARKS:
        if subprocess.run([sys.executable, "-m", f"tests.bench.{name}"], check=False).returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
