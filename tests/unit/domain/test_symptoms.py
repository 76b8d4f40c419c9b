"""Check-ins refuse impossible answers; nerve signs that are new or worse are spotted."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.symptoms import CheckIn, LegExtent, Numbness, Trigger, worsened_nerve_signs

WHEN = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


def test_a_valid_check_in_is_kept_in_utc() -> None:
    plus2 = dt.timezone(dt.timedelta(hours=2))
    c = CheckIn(
        when=dt.datetime(2026, 3, 1, 10, 0, tzinfo=plus2),
        back_pain=3,
        leg_pain=0,
        triggers=frozenset({Trigger.SITTING}),
        sitting_minutes=30,
    )
    assert c.when == WHEN and c.when.tzinfo is dt.UTC


@pytest.mark.parametrize(
    "changes",
    [
        {"back_pain": 11},
        {"back_pain": -1},
        {"leg_pain": 10.5},
        {"leg_pain": True},
        {"sitting_minutes": -5},
        {"sitting_minutes": 24 * 60 + 1},
        {"note": "x" * 2001},
        {"when": dt.datetime(2026, 3, 1, 8, 0)},
        {"leg_extent": "foot"},
        {"triggers": frozenset({"sitting"})},
    ],
)
def test_out_of_range_values_are_refused(changes: dict[str, object]) -> None:
    base = CheckIn(when=WHEN, back_pain=2, leg_pain=2)
    with pytest.raises(OutOfRangeError):
        replace(base, **changes)  # type: ignore[arg-type]


def test_new_or_worse_numbness_or_weakness_is_spotted() -> None:
    calm = CheckIn(when=WHEN, back_pain=2, leg_pain=2)
    some = replace(calm, numbness=Numbness.SOME)
    assert worsened_nerve_signs(calm, some)
    assert worsened_nerve_signs(some, replace(calm, numbness=Numbness.A_LOT))
    assert not worsened_nerve_signs(some, some)
    assert not worsened_nerve_signs(some, calm)
    assert worsened_nerve_signs(calm, replace(calm, weakness=True))
    assert worsened_nerve_signs(None, some) and not worsened_nerve_signs(None, calm)
    assert LegExtent.FOOT.rank > LegExtent.THIGH.rank > LegExtent.NONE.rank
