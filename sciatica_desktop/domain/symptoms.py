"""A symptom check-in, as a plain value that cannot hold an impossible answer.

Pain is the 0–10 numeric rating scale (NPRS), back and leg scored apart. Leg extent is ordered from the
spine outwards, so a falling rank over time means symptoms retreat toward the back (centralising).
Times are aware UTC; the screen turns them into local time.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import NewType

from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.records import ProfileId, SessionId

CheckInId = NewType("CheckInId", int)

PAIN_MIN, PAIN_MAX = 0, 10
SITTING_MAX_MINUTES = 24 * 60
NOTE_MAX = 2000


class LegExtent(enum.Enum):
    """How far down the leg the symptoms reach, nearest the spine first."""

    NONE = "none"
    BUTTOCK = "buttock"
    THIGH = "thigh"
    BELOW_KNEE = "below_knee"
    FOOT = "foot"

    @property
    def rank(self) -> int:
        return list(LegExtent).index(self)


class Numbness(enum.Enum):
    NONE = "none"
    SOME = "some"
    A_LOT = "a_lot"

    @property
    def rank(self) -> int:
        return list(Numbness).index(self)


class Trigger(enum.Enum):
    SITTING = "sitting"
    DRIVING = "driving"
    BENDING = "bending"
    LIFTING = "lifting"
    STANDING = "standing"
    WALKING = "walking"
    SLEEP = "sleep"


class CheckInContext(enum.Enum):
    ANY = "any"  # any time of day
    PRE_WORKOUT = "pre_workout"
    POST_WORKOUT = "post_workout"


def _refuse(what: str, value: object, rule: str) -> OutOfRangeError:
    return OutOfRangeError(f"Not saved: {what} is {value!r}, but it must be {rule}.")


def check_pain(what: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not PAIN_MIN <= value <= PAIN_MAX:
        raise _refuse(what, value, f"a whole number from {PAIN_MIN} to {PAIN_MAX}")
    return value


def check_aware(what: str, value: object) -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise _refuse(what, value, "a date and time with a time zone")
    return value


@dataclass(frozen=True)
class CheckIn:
    """One check-in. Construction validates every field and raises :class:`OutOfRangeError`."""

    when: dt.datetime
    back_pain: int
    leg_pain: int
    leg_extent: LegExtent = LegExtent.NONE
    numbness: Numbness = Numbness.NONE
    weakness: bool = False  # "my leg feels weak": new weakness prompts the red-flag questions
    sitting_minutes: int | None = None  # None: not answered (quick pre/post-workout prompts)
    triggers: frozenset[Trigger] = field(default_factory=frozenset)
    note: str = ""
    context: CheckInContext = CheckInContext.ANY

    @property
    def asks_symptoms(self) -> bool:
        """A full check-in asks about leg extent, numbness and weakness; a quick workout prompt asks
        only pain, so its stored defaults for the rest say nothing and must not count as answers."""
        return self.context is CheckInContext.ANY

    @property
    def extent_rank(self) -> int | None:
        return self.leg_extent.rank if self.asks_symptoms else None

    def __post_init__(self) -> None:
        validate_check_in(self)
        # Stored as UTC whatever zone it came in, so equality and ordering never depend on the zone.
        object.__setattr__(self, "when", self.when.astimezone(dt.UTC))
        object.__setattr__(self, "triggers", frozenset(self.triggers))


def validate_check_in(c: CheckIn) -> None:
    """Raise :class:`OutOfRangeError` naming the first field that is out of range."""
    check_aware("the check-in time", c.when)
    check_pain("the back pain", c.back_pain)
    check_pain("the leg pain", c.leg_pain)
    for what, value, kind in (
        ("the leg extent", c.leg_extent, LegExtent),
        ("the numbness", c.numbness, Numbness),
        ("the check-in context", c.context, CheckInContext),
    ):
        if not isinstance(value, kind):
            raise _refuse(what, value, "one of " + ", ".join(m.value for m in kind))
    if not isinstance(c.weakness, bool):
        raise _refuse("the weakness answer", c.weakness, "yes or no")
    minutes = c.sitting_minutes
    if minutes is not None and (
        isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= SITTING_MAX_MINUTES
    ):
        raise _refuse("the sitting time", minutes, f"whole minutes from 0 to {SITTING_MAX_MINUTES}")
    if not all(isinstance(t, Trigger) for t in c.triggers):
        allowed = ", ".join(t.value for t in Trigger)
        raise _refuse("the triggers", sorted(map(str, c.triggers)), f"among {allowed}")
    if not isinstance(c.note, str) or len(c.note) > NOTE_MAX:
        raise _refuse("the note", f"{len(c.note)} characters long", f"at most {NOTE_MAX} characters")


@dataclass(frozen=True)
class LoggedCheckIn:
    """A check-in as stored: its id, whose it is, and (for pre/post-workout prompts) which session."""

    id: CheckInId
    profile_id: ProfileId
    entry: CheckIn
    session_id: SessionId | None = None
    deleted: bool = False


def worsened_nerve_signs(previous: CheckIn | None, current: CheckIn) -> bool:
    """True when numbness is new or worse, or weakness is new, compared with the previous check-in."""
    if previous is None:
        return current.numbness is not Numbness.NONE or current.weakness
    return current.numbness.rank > previous.numbness.rank or (current.weakness and not previous.weakness)
