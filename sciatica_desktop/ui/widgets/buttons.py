"""Large, labelled, keyboard-reachable buttons (touch targets of at least 44 px, WCAG 2.5.5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QSizePolicy, QWidget

from sciatica_desktop.ui.widgets.theme import (
    ACCENT,
    CHOSEN,
    PRIMARY,
    PRIMARY_DISABLED,
    PRIMARY_DISABLED_TEXT,
    PRIMARY_EDGE,
    colour,
)

if TYPE_CHECKING:  # built by PySide6 at first use (~2 ms): only the workout's buttons take a shortcut
    from PySide6.QtGui import QKeySequence

MIN_TOUCH = 44
FOCUS_RING = 3  # px: a keyboard user sees where they are from a distance (WCAG 2.4.7, 2.4.13)

# Qt.FocusPolicy.StrongFocus (TabFocus | ClickFocus | 0x8), set through Qt's property system: naming the
# enum would build PySide6's whole Qt namespace (93 enums, ~15 ms) before the first paint (ui/qt_imports.py).
# tests/gui/test_first_paint.py checks the number against the enum.
STRONG_FOCUS = 11


def take_strong_focus(widget: QWidget) -> None:
    """Tab and click both focus ``widget``, whatever its style would give (macOS's and some Linux styles
    give buttons Tab focus only, and with keyboard navigation off Tab then skips them)."""
    widget.setProperty("focusPolicy", STRONG_FOCUS)


class ShowsFocusRing:
    """For a widget that shows the app's thick focus ring while it has focus (ui/widgets/focus_ring.py).

    List it before the Qt class in the bases, and call :func:`follow_focus` once one is made."""

    _ring: QWidget | None = None  # made at the first focus: most widgets are never focused by Tab

    def focus_rings(self) -> list[tuple[str, int]]:
        """``(colour, width)`` pairs, outermost first."""
        return [(ACCENT, FOCUS_RING)]

    def show_focus_ring(self, shown: bool) -> None:
        if self._ring is None:
            if not shown:
                return
            from sciatica_desktop.ui.widgets.focus_ring import FocusRing  # QPainter and Qt's namespace

            self._ring = FocusRing(self, self.focus_rings())  # type: ignore[arg-type]  # a QWidget (above)
        self._ring.setVisible(shown)
        if shown:
            self._ring.raise_()  # over the children the widget has (a scroll area's scroll bars)


class BigButton(ShowsFocusRing, QPushButton):
    """A push button no smaller than a fingertip, with its accessible name set from its text."""

    def __init__(
        self,
        text: str,
        *,
        shortcut: QKeySequence | None = None,
        primary: bool = False,
        min_height: int = 56,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setText(text)  # not QPushButton(text): picking its overload builds PySide6's QPixmap type
        self.setMinimumHeight(max(MIN_TOUCH, min_height))
        self.setMinimumWidth(MIN_TOUCH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        take_strong_focus(self)
        self.setAccessibleName(text.replace("&", ""))
        self._primary = primary
        if primary:  # the one thing to press next: white on a flat dark teal face
            colour(self, QPalette.ColorRole.Button, PRIMARY, disabled=PRIMARY_DISABLED)
            colour(self, QPalette.ColorRole.ButtonText, "white", disabled=PRIMARY_DISABLED_TEXT)
            # Flat and filled rather than bevelled: Fusion keeps each bevelled face it draws as an image of
            # the button's size for the app's life (the wide Start button's ~0.3 MiB; `make bench`'s idle
            # memory). A flat button fills its rectangle with the face colour; Fusion still draws the
            # pressed-in face while it is held down. It gives up Fusion's hover shading.
            self.setFlat(True)
            self.setAutoFillBackground(True)
        font = self.font()
        font.setPixelSize(19)
        font.setBold(primary)
        self.setFont(font)
        self._resting: QPalette | None = None  # what it showed before it was checked
        self.toggled.connect(self._show_checked)
        follow_focus()
        if shortcut is not None:
            from PySide6.QtGui import QKeySequence

            self.setShortcut(shortcut)
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            self.setToolTip(self.tr("{label} ({keys})").format(label=text.replace("&", ""), keys=keys))

    def _show_checked(self, checked: bool) -> None:
        """A checked button (the page shown, a chosen option) is tinted and bold, not only pressed in: the
        weight tells it apart without colour."""
        if checked:
            # A copy (QPalette(…) would build Qt's namespace), a caller's own colours included.
            self._resting = self.palette()
            if not self._primary:
                colour(self, QPalette.ColorRole.Button, CHOSEN)
        elif self._resting is not None:
            self.setPalette(self._resting)
        font = self.font()
        font.setBold(checked or self._primary)
        self.setFont(font)

    def focus_rings(self) -> list[tuple[str, int]]:
        # A primary face is dark: a white ring inside the dark edge shows on it, and the edge on the page.
        return [(PRIMARY_EDGE, FOCUS_RING), ("white", 2)] if self._primary else [(ACCENT, FOCUS_RING)]

    def set_label(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text.replace("&", ""))


_following: list[QApplication] = []  # the application whose focus changes move the rings (one per process)


def follow_focus() -> None:
    """Show the focus ring of whichever :class:`ShowsFocusRing` widget has focus, from now on."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app in _following:
        return
    app.focusChanged.connect(_focus_moved)
    _following.append(app)


def _focus_moved(old: QWidget | None, new: QWidget | None) -> None:
    if isinstance(old, ShowsFocusRing):
        old.show_focus_ring(False)
    if isinstance(new, ShowsFocusRing):
        new.show_focus_ring(True)
