"""Reading questionnaire files: each fault becomes a :class:`Problem` naming the file and the field.

A questionnaire with any fault is left out whole (a half-read questionnaire would score wrongly); the
others load. A clinic file with the id of a bundled questionnaire replaces it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from sciatica_desktop.domain.content_files import (
    FieldError,
    Problem,
    ProblemKind,
    TomlReader,
    check_fields,
    parse_choice,
    parse_id,
    parse_text,
    parse_texts,
    read_entries,
    read_toml,
)
from sciatica_desktop.domain.measures import (
    Item,
    ItemKind,
    MeaningfulChange,
    Option,
    Questionnaire,
    Schedule,
    Scoring,
)

QUESTIONNAIRES_DIR = "questionnaires"
_TOP = {
    "id",
    "name",
    "short_name",
    "instructions",
    "scoring",
    "higher_is_better",
    "licence",
    "sources",
    "meaningful_change",
    "schedule",
    "min_answered",
    "item",
}
_REQUIRED_TOP = ("id", "name", "scoring", "higher_is_better", "licence", "sources", "item")
_ITEM = {"id", "text", "kind", "min", "max", "min_label", "max_label", "options", "ask_label", "optional"}
NOUN = "questionnaire"


def load_questionnaires(
    layers: Sequence[Path], *, read: TomlReader = read_toml
) -> tuple[list[Questionnaire], list[Problem]]:
    """Every questionnaire in ``<layer>/questionnaires/*.toml`` for each content folder, in name order."""
    problems: list[Problem] = []
    by_id: dict[str, Questionnaire] = {}
    for layer in layers:
        folder = layer / QUESTIONNAIRES_DIR
        if not folder.is_dir():
            continue
        for file in sorted(folder.glob("*.toml")):
            q = load_questionnaire(file, problems, read=read)
            if q is not None:
                by_id[q.id] = q
    return list(by_id.values()), problems


def load_questionnaire(
    file: Path, problems: list[Problem], *, read: TomlReader = read_toml
) -> Questionnaire | None:
    data = read(file, problems)
    if data is None:
        return None
    raw_id = data.get("id")
    qid = raw_id if isinstance(raw_id, str) else None
    try:
        return _questionnaire(file, data, problems)
    except FieldError as err:
        problems.append(Problem(file, qid, err.field, err.message, err.kind, noun=NOUN))
        return None


def _questionnaire(file: Path, data: Mapping[str, object], problems: list[Problem]) -> Questionnaire | None:
    check_fields(data, _TOP, _REQUIRED_TOP)
    qid = parse_id("id", data["id"])
    items: list[Item] = []
    before = len(problems)
    for index, raw, line in read_entries(file, data, problems, noun="item", table="item"):
        try:
            items.append(_item(raw))
        except FieldError as err:
            problems.append(
                Problem(file, qid, f"item #{index}.{err.field}", err.message, err.kind, line, noun=NOUN)
            )
    if len(problems) > before:
        return None
    if not items:
        raise FieldError("item", "needs at least one [[item]]", ProblemKind.MISSING_FIELD)
    if len({i.id for i in items}) != len(items):
        raise FieldError("item", "two items share an id", ProblemKind.DUPLICATE_ID)
    scoring = parse_choice("scoring", data["scoring"], Scoring)
    if scoring is Scoring.COUNT_YES and any(i.kind is not ItemKind.YES_NO for i in items):
        raise FieldError("scoring", "'count_yes' needs every item to be kind = \"yes_no\"")
    required = sum(1 for i in items if not i.optional)
    min_answered = _int("min_answered", data.get("min_answered", max(1, required)), 1, len(items))
    return Questionnaire(
        id=qid,
        name=parse_text("name", data["name"]),
        short_name=parse_text("short_name", data.get("short_name", data["name"])),
        instructions=parse_text("instructions", data["instructions"]) if "instructions" in data else "",
        items=tuple(items),
        scoring=scoring,
        higher_is_better=_bool("higher_is_better", data["higher_is_better"]),
        meaningful_change=_change(data.get("meaningful_change", {})),
        licence=parse_text("licence", data["licence"]),
        sources=parse_texts("sources", data["sources"], required=True),
        schedule=_schedule(data.get("schedule", {})),
        min_answered=min_answered,
    )


def _item(raw: Mapping[str, object]) -> Item:
    check_fields(raw, _ITEM, ("id", "text", "kind"))
    item_id = parse_id("id", raw["id"])
    kind = parse_choice("kind", raw["kind"], ItemKind)
    options: tuple[Option, ...] = ()
    low, high = 0, 10
    if kind is ItemKind.SCALE:
        low = _int("min", raw.get("min", 0), -100, 100)
        high = _int("max", raw.get("max", 10), -100, 100)
        if high <= low:
            raise FieldError("max", f"{high} should be above min ({low})")
    elif kind is ItemKind.CHOICE:
        options = _options(raw.get("options"))
    elif "options" in raw:
        raise FieldError("options", 'only kind = "choice" items have options')
    return Item(
        id=item_id,
        text=parse_text("text", raw["text"]),
        kind=kind,
        min=low,
        max=high,
        min_label=str(raw.get("min_label", "")),
        max_label=str(raw.get("max_label", "")),
        options=options,
        ask_label=_bool("ask_label", raw.get("ask_label", False)),
        optional=_bool("optional", raw.get("optional", False)),
    )


def _options(raw: object) -> tuple[Option, ...]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise FieldError("options", 'expected a list of at least two { value = 1, text = "…" } tables')
    out = []
    for n, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict) or set(entry) != {"value", "text"}:
            raise FieldError(f"options #{n}", 'expected { value = 1, text = "…" }')
        out.append(
            Option(
                _int(f"options #{n}.value", entry["value"], -100, 100),
                parse_text(f"options #{n}.text", entry["text"]),
            )
        )
    if len({o.value for o in out}) != len(out):
        raise FieldError("options", "two options share a value")
    return tuple(out)


def _change(raw: object) -> MeaningfulChange:
    if not isinstance(raw, dict):
        raise FieldError("meaningful_change", "expected a table like { points = 2, percent = 30 }")
    for key in raw:
        if key not in ("points", "percent", "responder_values"):
            raise FieldError(f"meaningful_change.{key}", "unknown field", ProblemKind.UNKNOWN_FIELD)
    points = _number("meaningful_change.points", raw["points"]) if "points" in raw else None
    percent = _number("meaningful_change.percent", raw["percent"]) if "percent" in raw else None
    values = raw.get("responder_values", [])
    if not isinstance(values, list) or any(isinstance(v, bool) or not isinstance(v, int) for v in values):
        raise FieldError("meaningful_change.responder_values", "expected a list of whole numbers")
    return MeaningfulChange(points, percent, tuple(values))


def _schedule(raw: object) -> Schedule:
    if not isinstance(raw, dict):
        raise FieldError("schedule", "expected a table like { at_baseline = true, every_weeks = 4 }")
    for key in raw:
        if key not in ("at_baseline", "every_weeks", "from_week"):
            raise FieldError(f"schedule.{key}", "unknown field", ProblemKind.UNKNOWN_FIELD)
    return Schedule(
        at_baseline=_bool("schedule.at_baseline", raw.get("at_baseline", False)),
        every_weeks=_int("schedule.every_weeks", raw.get("every_weeks", 0), 0, 52),
        from_week=_int("schedule.from_week", raw.get("from_week", 0), 0, 520),
    )


def _int(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(name, f"expected a whole number, got {value!r}")
    if not low <= value <= high:
        raise FieldError(name, f"{value} is outside {low}–{high}")
    return value


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1000:
        raise FieldError(name, f"expected a number above 0, got {value!r}")
    return float(value)


def _bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise FieldError(name, f"expected true or false, got {value!r}")
    return value
