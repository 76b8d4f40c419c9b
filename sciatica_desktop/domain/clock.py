"""Time, injected.

Every countdown in the app is computed from a deadline on a :class:`Clock`, never by counting ticks, so a
late or missed timer tick cannot make a rest or a hold drift. Tests pass a :class:`FakeClock` and move it
forward instead of sleeping.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    """What the core needs to know about time."""

    def now(self) -> float:
        """Monotonic seconds; only differences mean anything."""
        ...

    def utcnow(self) -> dt.datetime:
        """Wall-clock time as an aware UTC datetime, for records."""
        ...

    def today(self) -> dt.date:
        """The local calendar date."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> float:
        return time.monotonic()

    def utcnow(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return dt.date.today()


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(
        self,
        start: float = 1000.0,
        wall: dt.datetime | None = None,
    ) -> None:
        self._mono = start
        self._wall = wall or dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)

    def now(self) -> float:
        return self._mono

    def utcnow(self) -> dt.datetime:
        return self._wall

    def today(self) -> dt.date:
        return self._wall.date()

    def set_wall(self, wall: dt.datetime) -> None:
        """Move only the wall clock (a time sync or a patient changing the clock); monotonic time goes on."""
        self._wall = wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not run backwards")
        self._mono += seconds
        self._wall += dt.timedelta(seconds=seconds)
