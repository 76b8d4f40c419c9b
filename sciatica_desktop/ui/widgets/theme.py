"""The app's colours, given to Qt's style through palettes rather than a style sheet.

A window-wide Qt style sheet makes every widget in the window go through QStyleSheetStyle: each one is
matched against the rules and polished when it joins the window. For this app that was about 10 ms of the
first paint and 30 ms before Start was enabled (`make bench`'s start-up, same-run A/B). Palettes carry the
same colours through Qt's Fusion style (``use_fusion``) without that pass.

A dialog or widget that needs more than colours (a thick red frame, say) keeps a small style sheet of its
own; it only touches its own children.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QWidget

ACCENT = "#1f6f8b"  # the focus ring, chosen pages, highlights: 5.6:1 on white
PRIMARY = "#0f4a5e"  # a primary button's flat face: white text on it at 9.7:1
PRIMARY_EDGE = "#0b2f3c"  # the focus ring on a primary button
PRIMARY_DISABLED = "#c5cfd5"  # a primary button that cannot be pressed yet: still a visible button shape
PRIMARY_DISABLED_TEXT = "#38424b"  # 6.5:1 on that face
BUTTON = "#f4f6f8"
BUTTON_TEXT = "#1b232b"
TEXT_ON_LIGHT = BUTTON_TEXT  # text inside a panel that has its own light background
CHOSEN = "#b7dbe8"  # a checked button (the page shown, a chosen option)
DISABLED_TEXT = "#5f6770"  # over 4.5:1 on the disabled face as Fusion draws it
DISABLED_BUTTON = "#eceff1"
ALERT_ON_LIGHT = "#b3261e"  # error text: 5.9:1 on white
ALERT_ON_DARK = "#ff8a80"  # and on a dark desktop: 5.4:1 on Fusion's dark window (#353535)
NOTICE = "#fff4d6"
NOTICE_TEXT = "#4a3600"
PANEL = "#eef6f9"

# For the few widgets that keep a style sheet of their own (ChoiceBar, message boxes): their buttons' face.
BUTTON_RULE = (
    f"padding: 6px 14px; border: 1px solid #8a9aa6; border-radius: 8px; background: {BUTTON}; "
    f"color: {BUTTON_TEXT};"
)

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def fusion_arguments() -> list[str]:
    """QApplication arguments that make it draw with Qt's Fusion style on every desktop, unless the user
    named a style (``QT_STYLE_OVERRIDE``).

    The colours here are measured as Fusion draws them (a primary button's white text keeps 4.5:1 on its
    shaded face), and Fusion honours palettes. A desktop's own style may not: the native Windows and macOS
    styles, or Kvantum, could show a primary button as white text on a light face. An argument rather than
    ``QApplication.setStyle``: that returns a QStyle, and PySide6 would build the QStyle type and its 600-odd
    enum members (~0.6 MiB for the app's life) just to hand it back."""
    return [] if os.environ.get("QT_STYLE_OVERRIDE") else ["-style", "fusion"]


def use_fusion(app: QApplication) -> None:
    """For an application that already exists (the tests' shared one): Fusion, as ``fusion_arguments``
    gives a new one. Restyles only when it must, since every widget is then polished again."""
    if os.environ.get("QT_STYLE_OVERRIDE") or app.style().name().lower() == "fusion":
        return
    app.setStyle("Fusion")


def apply_palette(app: QApplication) -> None:
    """Buttons, highlight and disabled colours for the whole app; window and text colours stay the
    desktop's, so a dark desktop keeps its dark pages."""
    palette = app.palette()
    for group in (_Group.Active, _Group.Inactive):
        palette.setColor(group, _Role.Button, QColor(BUTTON))
        palette.setColor(group, _Role.ButtonText, QColor(BUTTON_TEXT))
        palette.setColor(group, _Role.Highlight, QColor(ACCENT))
        palette.setColor(group, _Role.HighlightedText, QColor("white"))
    palette.setColor(_Group.Disabled, _Role.Button, QColor(DISABLED_BUTTON))
    palette.setColor(_Group.Disabled, _Role.ButtonText, QColor(DISABLED_TEXT))
    app.setPalette(palette)


def colour(widget: QWidget, role: QPalette.ColorRole, value: str, *, disabled: str | None = None) -> None:
    """Give ``widget`` (and its children) one colour of its own; the other roles still follow the app.
    ``disabled``: its colour in that role while it is disabled (else the app's)."""
    palette = widget.palette()
    for group in (_Group.Active, _Group.Inactive):
        palette.setColor(group, role, QColor(value))
    if disabled is not None:
        palette.setColor(_Group.Disabled, role, QColor(disabled))
    widget.setPalette(palette)


def muted(widget: QWidget) -> None:
    """Secondary text (the educational notice, stop rules): a quarter of the way from the text colour to the
    background, so it reads as secondary on a light or a dark desktop and keeps its contrast."""
    palette = widget.palette()
    text, back = palette.color(_Role.WindowText), palette.color(_Role.Window)
    mixed = QColor(
        round(text.red() * 0.75 + back.red() * 0.25),
        round(text.green() * 0.75 + back.green() * 0.25),
        round(text.blue() * 0.75 + back.blue() * 0.25),
    )
    colour(widget, _Role.WindowText, mixed.name())


def alert(widget: QWidget) -> None:
    """Error text (an answer missing, a value refused): red that keeps 4.5:1 on the desktop's own background,
    dark red on a light window and light red on a dark one. A fixed dark red was 2.2:1 on a dark desktop."""
    back = widget.palette().color(_Role.Window)
    colour(widget, _Role.WindowText, ALERT_ON_DARK if back.lightnessF() < 0.5 else ALERT_ON_LIGHT)


def panel(frame: QFrame, *, background: str, border: str, width: int = 1) -> None:
    """A filled box with a plain border: the notice line, the offer to resume a session. Qt draws a plain
    frame in the text colour, so text inside is ``border``-coloured unless a child sets its own."""
    frame.setAutoFillBackground(True)
    colour(frame, _Role.Window, background)
    colour(frame, _Role.WindowText, border)
    frame.setFrameShape(QFrame.Shape.Box)
    frame.setFrameShadow(QFrame.Shadow.Plain)
    frame.setLineWidth(width)
