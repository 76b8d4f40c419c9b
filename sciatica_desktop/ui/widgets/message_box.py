"""Qt's message boxes with the app's buttons: large enough to touch, with the same thick focus ring.

Their buttons are plain QPushButtons made by Qt, not BigButtons, so a small style sheet of their own gives
them the look; it touches only the box (see ui/widgets/theme.py for why the window has none).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sciatica_desktop.ui.widgets.theme import ACCENT, BUTTON_RULE

TEXT_PX = 16  # as the main window's text; Qt's default (about 12 px) is small to read at arm's length

STYLE = f"""
QMessageBox QPushButton {{ {BUTTON_RULE} min-height: 32px; min-width: 80px; font-size: {TEXT_PX}px; }}
QMessageBox QPushButton:focus {{ border: 3px solid {ACCENT}; }}
"""


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box ready to ``exec()``; with ``icon`` NoIcon it shows the app's icon, as About boxes do."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setStyleSheet(STYLE)
    font = box.font()  # a dialog is a window of its own: it does not take the main window's 16 px
    font.setPixelSize(TEXT_PX)
    box.setFont(font)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    if icon == QMessageBox.Icon.NoIcon and not QApplication.windowIcon().isNull():
        box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
    return box


def ask(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """Yes or No; True for Yes. Closing the box counts as No."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = message_box(
        parent, QMessageBox.Icon.Question, title, text, buttons=yes | no, default=yes if default_yes else no
    )
    box.exec()
    return box.standardButton(box.clickedButton()) == yes
