"""The one place errors reach the user (after Anki's ``aqt/errors.py``).

A :class:`KnownError` (the environment failed) gets its plain message and the app goes on. Anything else is
a bug: it is logged with its traceback and shown once per kind, so a repeating fault does not bury the
patient in dialogs.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from sciatica_desktop.domain.errors import KnownError

log = logging.getLogger(__name__)
_shown_bugs: set[str] = set()


class Errors(QObject):
    """The translation context of the error dialogs: ``Errors.tr("…")``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


def show_error(parent: QWidget | None, error: KnownError) -> None:
    log.warning("%s %s", error.message, error.detail)
    if QApplication.platformName() == "offscreen":
        return  # nobody can click a dialog here; the log has it
    from PySide6.QtWidgets import QMessageBox  # imported when needed: building its type costs ~2 ms

    from sciatica_desktop.ui.widgets.message_box import message_box

    title = Errors.tr("Something needs your attention")
    message_box(parent, QMessageBox.Icon.Warning, title, error.message).exec()


def install_excepthook(parent: QWidget | None = None) -> None:
    """Log every uncaught exception with its traceback; show each kind of bug once."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, KnownError):
            show_error(parent, value)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error:\n%s", text)
        key = f"{kind.__name__}:{traceback.extract_tb(tb)[-1:] if tb else ''}"
        if key in _shown_bugs or QApplication.platformName() == "offscreen":
            return
        _shown_bugs.add(key)
        from PySide6.QtWidgets import QMessageBox

        from sciatica_desktop.ui.widgets.message_box import message_box

        message_box(
            parent,
            QMessageBox.Icon.Critical,
            Errors.tr("Unexpected problem"),
            Errors.tr(
                "Sciatica Desktop ran into a problem it did not expect. Your finished sets are saved. "
                "Details are in the log file in the data folder's logs folder."
            ),
        ).exec()

    sys.excepthook = hook
