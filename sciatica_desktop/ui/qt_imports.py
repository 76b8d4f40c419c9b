"""Importing PySide6 without its per-module source scan.

When ``PySide6.QtCore`` loads, it replaces ``builtins.__import__`` with a hook that serves
``from __feature__ import snake_case, true_property``. As a side effect the hook reads the whole source of
every module imported afterwards (``inspect.getsource``) to see whether it mentions PySide6, and the
source stays in ``linecache``. For this app that is about 30 ms of start-up and 7 MiB of memory for a
feature it never uses (PYSIDE-2029; the same tax is discussed in napari/napari#8584).

``skip_feature_scan`` puts back the import function that was there before the feature hook (in PySide6
6.11 that is PySide6's own ``__lazy_import__``, which loads its types on first use; that keeps working).
Modules then use PySide6 with its default spelling, which is what every module here is written in.

The second start-up cost of PySide6 is that it builds each Python type, with all of its enums, the first
time the type is used. Most cost a millisecond or two, but the ``Qt`` namespace holds 93 enums and costs
about 15 ms, a tenth of a bare window's start. So nothing before the first paint uses ``Qt``: buttons take
StrongFocus through Qt's property system (``ui/widgets/buttons.py``), ``setFocus()`` takes its default
reason, and dialogs import ``QMessageBox`` when they open. ``tests/gui/test_first_paint.py``
fails if ``Qt``, the session runner or the database load before the window shows.
"""

from __future__ import annotations

import builtins
import linecache


def skip_feature_scan() -> bool:
    """Put back the import PySide6's feature hook wrapped, if that hook is installed, and empty linecache
    of what the hook read; True when it was installed."""
    import PySide6.QtCore  # noqa: F401  (loading QtCore is what installs the hook)

    hook = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if hook is None or original is None or builtins.__import__ is not hook:
        return False  # a PySide6 without the hook, or someone else's import hook: leave it alone
    builtins.__import__ = original
    # What the hook read while PySide6 itself loaded (enum.py, ~200 KiB) is not needed; linecache reads
    # a file again when a traceback asks for it.
    linecache.clearcache()
    return True
