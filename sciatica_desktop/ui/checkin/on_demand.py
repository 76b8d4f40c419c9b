"""The symptom flow, loaded at its first use.

The safety gate, the pain prompts and the check-in and progress pages need the red-flag questions, the
questionnaires and the thresholds, with the domain, storage and service modules behind them: about 0.9 MiB
of a process that otherwise sits on Today (a kiosk between patients, a laptop left open). This stands in
for :class:`~sciatica_desktop.ui.checkin.flow.SymptomFlow` from the start, so every hook is in place before
Start is enabled, and builds the real flow the first time one is called: the first Start or Resume, or the
first visit to the check-in or progress page. Red flags still win: a start waits for the flow, and a flow
that cannot be built raises, so no workout begins without the gate.

It is a plain Python object, not a QObject: a Qt subclass costs a Python type of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sciatica_desktop.domain.records import WorkoutSession
    from sciatica_desktop.ui.checkin.flow import SymptomFlow

# The pages whose showing needs the flow (the others are no business of it).
SYMPTOM_PAGES = ("checkin", "progress")


class SymptomsOnDemand:
    """The workout hooks and page hook of a :class:`SymptomFlow` that ``build`` makes when first needed."""

    def __init__(self, build: Callable[[], SymptomFlow]) -> None:
        self._build = build
        self._flow: SymptomFlow | None = None

    @property
    def flow(self) -> SymptomFlow:
        if self._flow is None:
            self._flow = self._build()
        return self._flow

    def is_built(self) -> bool:
        return self._flow is not None

    def before_start(self, proceed: Callable[[], None]) -> None:
        self.flow.before_start(proceed)

    def before_resume(self, proceed: Callable[[], None]) -> None:
        self.flow.before_resume(proceed)

    def after_workout(self, session: WorkoutSession) -> None:
        self.flow.after_workout(session)

    def on_page_shown(self, name: str) -> None:
        if name in SYMPTOM_PAGES:
            self.flow.on_page_shown(name)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names this class does not have: they belong to the flow (page, dialog, owed...).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.flow, name)
