"""Two kinds of failure, kept apart (after qutebrowser's KnownError/BugError).

:class:`KnownError` means the environment failed: a file is corrupt, a folder is read-only, a backend is
missing. It carries a message written for the patient or clinic, and the app goes on where it can.
Anything else that escapes is a bug: it is logged with its traceback and shown once.
"""

from __future__ import annotations


class KnownError(Exception):
    """The environment failed; ``message`` is fit to show to a user as it is."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class DataFolderError(KnownError):
    """The data folder cannot be created or written."""


class DatabaseError(KnownError):
    """The database cannot be opened or written."""


class ContentError(KnownError):
    """A content file (exercises, routines, questionnaires) is malformed."""


class OutOfRangeError(KnownError, ValueError):
    """A value is outside what the app accepts (a pain score of 11, a dose of 0 sets)."""
