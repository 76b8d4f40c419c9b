"""A page that is built the first time it is shown or used.

The progress page pulls in pyqtgraph and numpy (tens of megabytes), the library draws 26 cards, the workout
and check-in pages are a few megabytes each; a patient who only looks at Today should not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:  # QShowEvent's type brings QEvent.Type (about 180 enum members): not at start-up
    from PySide6.QtGui import QShowEvent


class LazyPage(QWidget):
    """Stands in for the widget ``factory`` makes; builds it on first show or first attribute use."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._page: QWidget | None = None
        self._when_built: list[Callable[[QWidget], None]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._factory()
            self._layout.addWidget(self._page)
            self.setFocusProxy(self._page)  # the window focuses the page it shows: the real one
            if self.isVisible():  # built while showing: show it now, not on the next event-loop turn
                self._page.show()
            waiting, self._when_built = self._when_built, []
            for callback in waiting:
                callback(self._page)
        return self._page

    def is_built(self) -> bool:
        return self._page is not None

    def built(self) -> QWidget | None:
        """The real page if it exists already; never builds it."""
        return self._page

    def when_built(self, callback: Callable[[QWidget], None]) -> None:
        """Call ``callback(page)`` once the page exists: now if it already does, else right once it is."""
        if self._page is not None:
            callback(self._page)
        else:
            self._when_built.append(callback)

    def showEvent(self, event: QShowEvent) -> None:
        self.page  # noqa: B018 - building is the point
        super().showEvent(event)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names QWidget does not have: they belong to the real page.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.page, name)


def when_built(widget: QWidget, callback: Callable[[QWidget], None]) -> None:
    """``callback(page)`` for a page that may be a :class:`LazyPage` or already the real widget."""
    if isinstance(widget, LazyPage):
        widget.when_built(callback)
    else:
        callback(widget)


def page_of(widget: QWidget) -> QWidget:
    """The real page, building it now if ``widget`` is a :class:`LazyPage` that was not shown yet."""
    return widget.page if isinstance(widget, LazyPage) else widget


def built_page(widget: QWidget) -> QWidget | None:
    """The real page if it has been built (a plain widget always has), else None; never builds it."""
    return widget.built() if isinstance(widget, LazyPage) else widget
