"""The main window: a shell of navigation, pages, and one line for notices. It holds no rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sciatica_desktop import APP_NAME, __version__
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.texts import educational_notice
from sciatica_desktop.ui.widgets.theme import NOTICE, NOTICE_TEXT, muted, panel

if TYPE_CHECKING:  # PySide6 builds a type the first time it is used: QCloseEvent's (its QEvent.Type enum has
    from PySide6.QtGui import QCloseEvent  # about 180 members) costs ~3 ms, so not before the first paint.

class MainWindow(QMainWindow):
    sig_page_shown = Signal(str)
    """A page became visible (its name), so its data can be refreshed."""

    PAGES = ("today", "library", "history", "workout")

    def __init__(self, *, pages: dict[str, QWidget], title: str) -> None:
        super().__init__()
        self.setWindowTitle(title)
        base = self.font()
        base.setPixelSize(16)
        self.setFont(base)
        self._pages = dict(pages)
        self.stack = QStackedWidget()
        for widget in pages.values():
            self.stack.addWidget(widget)

        nav = QVBoxLayout()
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[str, BigButton] = {}
        labels = {"today": self.tr("&Today"), "library": self.tr("&Library"), "history": self.tr("&History"),
                  "checkin": self.tr("&Check-in"), "progress": self.tr("&Progress"),
                  "reports": self.tr("&Reports")}
        for number, (name, label) in enumerate(labels.items(), start=1):
            button = BigButton(label)
            button.setToolTip(self.tr("{page} (Ctrl+{n})").format(page=label.replace("&", ""), n=number))
            button.setCheckable(True)
            button.setMinimumWidth(150)
            button.clicked.connect(lambda _c=False, n=name: self.show_page(n))
            self.nav_group.addButton(button)
            self.nav_buttons[name] = button
            nav.addWidget(button)
        nav.addStretch(1)
        self.about_button = BigButton(self.tr("About"))
        self.about_button.clicked.connect(self.show_about)
        nav.addWidget(self.about_button)
        self._about_lines: Callable[[], list[str]] = list
        self.nav_widget = QWidget()
        self.nav_widget.setLayout(nav)

        self.notice_bar = QLabel()
        self.notice_bar.setObjectName("noticeBar")
        self.notice_bar.setWordWrap(True)
        self.notice_bar.setMargin(6)
        panel(self.notice_bar, background=NOTICE, border=NOTICE_TEXT)
        self.notice_bar.setAccessibleName(self.tr("Notices"))
        self.notice_bar.hide()
        self._notices: list[str] = []

        body = QHBoxLayout()
        body.addWidget(self.nav_widget)
        body.addWidget(self.stack, 1)
        root = QVBoxLayout()
        root.addWidget(self.notice_bar)
        root.addLayout(body, 1)
        root.addWidget(self._footer())
        central = QWidget()
        central.setLayout(root)
        self.setCentralWidget(central)
        self.show_page("today")
        self._shortcuts_added = False

    def add_page_shortcuts(self) -> None:
        """Ctrl+1…6 for the pages, added with the pages they open (gui.attach_services), right after the
        first paint: PySide6 builds the QKeySequence type (~2 ms) the first time it is named."""
        if self._shortcuts_added:
            return
        from PySide6.QtGui import QKeySequence, QShortcut

        for number, name in enumerate(self.nav_buttons, start=1):
            keys = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            keys.activated.connect(lambda n=name: self._navigate(n))
        self._shortcuts_added = True

    @staticmethod
    def _footer() -> QLabel:
        footer = QLabel(educational_notice())
        footer.setObjectName("educationalNotice")
        footer.setWordWrap(True)
        muted(footer)
        small = footer.font()
        small.setPixelSize(13)  # one line at a 1024-px kiosk, so the workout keeps its height
        footer.setFont(small)
        return footer

    def add_page(self, name: str, widget: QWidget) -> None:
        """Add a page that could only be built once the database and media were ready."""
        self._pages[name] = widget
        self.stack.addWidget(widget)

    def pages(self) -> tuple[str, ...]:
        return tuple(self._pages)

    def page(self, name: str) -> QWidget:
        return self._pages[name]

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, widget in self._pages.items() if widget is current)

    def _navigate(self, name: str) -> None:
        if self.current_page() != "workout":  # during a workout the keys belong to the workout
            self.show_page(name)

    def show_page(self, name: str) -> None:
        if name not in self._pages:  # built a moment after the window first shows
            return
        self.stack.setCurrentWidget(self._pages[name])
        in_workout = name == "workout"
        self.nav_widget.setVisible(not in_workout)
        if name in self.nav_buttons:
            self.nav_buttons[name].setChecked(True)
        self._pages[name].setFocus()
        self.sig_page_shown.emit(name)

    def set_about_lines(self, lines: Callable[[], list[str]]) -> None:
        """What the About box reports about this machine (backend, data folder…), asked when it opens."""
        self._about_lines = lines

    def about_text(self) -> str:
        from html import escape  # when About opens: html loads its 2,000-entry entity table (~2 ms)

        body = [
            f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>",
            "<p>" + escape(self.tr("Guided physical-therapy exercises for sciatica.")) + "</p>",
            "<p><b>" + escape(educational_notice()) + "</b></p>",
            "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in self._about_lines()) + "</ul>",
            "<p>"
            + escape(
                self.tr(
                    "Exercise content is written in this project's own words from public sources named in "
                    "each exercise: NHS Inform, Guy's and St Thomas', McGill, Peak Physio, and others. "
                    "Your data stays on this computer; the app makes no network calls."
                )
            )
            + "</p>",
        ]
        return "".join(body)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not at start-up: the type costs ~2 ms to build

        from sciatica_desktop.ui.widgets.message_box import message_box

        title = self.tr("About {app}").format(app=APP_NAME)
        message_box(self, QMessageBox.Icon.NoIcon, title, self.about_text()).exec()

    def add_notice(self, text: str) -> None:
        """Show a one-line notice (a database moved aside, a video that fell back) until dismissed."""
        if text in self._notices:
            return
        self._notices.append(text)
        self.notice_bar.setText("\n".join(self._notices))
        self.notice_bar.show()

    def notices(self) -> list[str]:
        return list(self._notices)

    def closeEvent(self, event: QCloseEvent) -> None:
        from sciatica_desktop.ui.widgets.lazy_page import built_page

        workout = self._pages.get("workout")
        unbind = getattr(built_page(workout), "unbind", None) if workout is not None else None
        if unbind is not None:
            # Every finished set is already on disk; the session stays open so the next start can resume it.
            unbind()
        super().closeEvent(event)
