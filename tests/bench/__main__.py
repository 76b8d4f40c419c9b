"""``make bench``: run every benchmark and print one line each, as a ratio to its floor."""

from __future__ import annotations

from tests.bench import commit_latency, progress, reports, rest_timer, startup


def main() -> None:
    print(f"{'benchmark':<38} {'ours':>14} {'floor':>20} {'ratio':>12}")
    startup.run()
    commit_latency.run()
    rest_timer.run()
    progress.run()
    reports.run()


if __name__ == "__main__":
    main()
