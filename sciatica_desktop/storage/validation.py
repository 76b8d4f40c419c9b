"""What the storage boundary refuses, with messages a clinic can read.

The database has CHECK constraints for the same ranges; checking here first turns a bad value into an
:class:`OutOfRangeError` that names the field, instead of a driver error.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.exercise import DOSE_LIMITS
from sciatica_desktop.domain.records import PlannedItem, SetResult
from sciatica_desktop.storage.models import EXERCISE_ID_MAX, PROFILE_NAME_MAX, ROUTINE_NAME_MAX

MAX_REPS = 1000
MAX_SET_NUMBER = 100
MAX_SECONDS_HELD = 24 * 3600.0


def _refuse(what: str, value: object, rule: str) -> OutOfRangeError:
    return OutOfRangeError(f"Not saved: {what} is {value!r}, but it must be {rule}.")


def check_text(what: str, value: str, max_length: int) -> str:
    text = value.strip()
    if not 1 <= len(text) <= max_length:
        raise _refuse(what, value, f"between 1 and {max_length} characters")
    return text


def check_profile_name(name: str) -> str:
    return check_text("the profile name", name, PROFILE_NAME_MAX)


def check_routine_name(name: str) -> str:
    return check_text("the routine name", name, ROUTINE_NAME_MAX)


def check_int(what: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _refuse(what, value, f"a whole number from {low} to {high}")


def check_float(what: str, value: float, low: float, high: float) -> None:
    if not isinstance(value, int | float) or not math.isfinite(value) or not low <= value <= high:
        raise _refuse(what, value, f"a number from {low:g} to {high:g}")


def check_utc(what: str, value: dt.datetime) -> None:
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise _refuse(what, value, "a date and time with a time zone")


def check_plan(plan: Sequence[PlannedItem]) -> None:
    for index, item in enumerate(plan):
        check_text(f"exercise {index + 1}'s id", item.exercise_id, EXERCISE_ID_MAX)
        for name, (low, high) in DOSE_LIMITS.items():
            check_float(f"exercise {index + 1} ({item.exercise_id}) {name}", getattr(item, name), low, high)


def check_set_result(result: SetResult) -> None:
    check_text("the exercise id", result.exercise_id, EXERCISE_ID_MAX)
    check_int("the exercise index", result.exercise_index, 0, 10_000)
    check_int("the set number", result.set_number, 1, MAX_SET_NUMBER)
    check_int("the repetitions done", result.reps_done, 0, MAX_REPS)
    check_int("the target repetitions", result.target_reps, 0, MAX_REPS)
    check_float("the seconds held", result.seconds_held, 0, MAX_SECONDS_HELD)
    check_utc("the set's start", result.started)
    check_utc("the set's end", result.ended)
    if result.ended < result.started:
        after = f"after its start {result.started.isoformat()}"
        raise _refuse("the set's end", result.ended.isoformat(), after)
