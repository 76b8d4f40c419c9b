"""A page that is built the first time it is shown or used.

The progress page pulls in pyqtgraph and numpy (tens of megabytes); a patient who only exercises should not
pay for them at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Stands in for the widget ``factory`` makes; builds it on first show or first attribute use."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._factory()
            self._layout.addWidget(self._page)
        return self._page

    def is_built(self) -> bool:
        return self._page is not None

    def showEvent(self, event: QShowEvent) -> None:
        self.page  # noqa: B018 - building is the point
        super().showEvent(event)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names QWidget does not have: they belong to the real page.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.page, name)
