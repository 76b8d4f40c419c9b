"""The reports page: choose the days, write questions for the therapist, print or save the appointment
summary, export the profile, restore a backup. Each button collects what the patient chose, makes one call
on :class:`ReportActions` and shows the result; the rules live in the back end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.reports.summary_types import RangeReason
from sciatica_desktop.ui.errors import show_error
from sciatica_desktop.ui.reports.actions import ReportActions
from sciatica_desktop.ui.widgets.buttons import MIN_TOUCH, BigButton
from sciatica_desktop.ui.widgets.labels import wrapped_label

PrintFunction = Callable[[QWidget | None, Any], bool]


def _preview_and_print(parent: QWidget | None, renderer: Any) -> bool:
    from sciatica_desktop.ui.reports.printing import preview_and_print  # QtPrintSupport, when first used

    return preview_and_print(parent, renderer)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the summary is laid out and written (well under a second)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _sized(widget: QWidget, px: int = 17) -> None:
    font = widget.font()
    font.setPixelSize(px)
    widget.setFont(font)
    widget.setMinimumHeight(MIN_TOUCH)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ReportsPage(QWidget):
    def __init__(
        self,
        backend: ReportActions,
        *,
        file_dialog: Any = QFileDialog,
        print_report: PrintFunction = _preview_and_print,
        home: Callable[[], Path] = Path.home,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.backend = backend
        self.file_dialog = file_dialog  # QFileDialog's static functions; tests put their own answers here
        self.print_function = print_report
        self.home = home
        self._loaded: str | None = None  # the questions as last loaded or saved; None: not loaded yet

        title = wrapped_label(self.tr("Appointment summary"), 24, bold=True)
        self.since, self.until = self._date_edit(self.tr("From")), self._date_edit(self.tr("Until"))
        self.deidentified = QCheckBox(self.tr("De-identified (no name)"))
        self.deidentified.setAccessibleName(self.tr("De-identified summary, without your name"))
        self.deidentified.setStyleSheet("QCheckBox::indicator { width: 22px; height: 22px; }")
        _sized(self.deidentified)
        self.period_hint = wrapped_label("", 14)
        self.print_button = BigButton(self.tr("Pri&nt my summary…"), primary=True)
        self.pdf_button = BigButton(self.tr("Save as P&DF…"))
        self.print_button.clicked.connect(self.print_summary)
        self.pdf_button.clicked.connect(self.save_pdf)

        self.questions = QPlainTextEdit()
        self.questions.setTabChangesFocus(True)
        self.questions.setAccessibleName(self.tr("Questions for my therapist"))
        self.questions.setPlaceholderText(self.tr("Write what you want to ask at your next appointment."))
        _sized(self.questions)
        self.questions.setMinimumHeight(96)
        self.questions.setMaximumHeight(200)
        self.save_questions_button = BigButton(self.tr("Save &questions"), min_height=MIN_TOUCH)
        self.save_questions_button.clicked.connect(self.save_questions)

        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Export format"))
        _sized(self.format)
        for key, label in (
            ("csv", self.tr("CSV files (a folder)")),
            ("json", self.tr("JSON backup")),
            ("fhir", self.tr("FHIR R4 bundle")),
        ):
            self.format.addItem(label, key)
        self.export_button = BigButton(self.tr("&Export…"), min_height=MIN_TOUCH)
        self.import_button = BigButton(self.tr("&Import backup…"), min_height=MIN_TOUCH)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_backup)

        self.status = wrapped_label("", 16, bold=True, selectable=True)
        self.status.setAccessibleName(self.tr("Last result"))
        self.details = wrapped_label("", 15, selectable=True)
        self.details.setAccessibleName(self.tr("What the import did"))
        self._lay_out(title)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        _sized(edit)
        edit.setMinimumWidth(160)
        edit.setAccessibleName(self.tr("{which} date").format(which=name))
        return edit

    def _lay_out(self, title: QLabel) -> None:
        period = QHBoxLayout()
        for text, edit in ((self.tr("&From"), self.since), (self.tr("&Until"), self.until)):
            label = wrapped_label(text, 17)
            label.setBuddy(edit)
            period.addWidget(label)
            period.addWidget(edit)
        period.addSpacing(12)
        period.addWidget(self.deidentified)
        period.addStretch(1)
        make = QHBoxLayout()
        make.addWidget(self.print_button)
        make.addWidget(self.pdf_button)
        make.addStretch(1)
        transfer = QHBoxLayout()
        transfer.addWidget(self.format)
        transfer.addWidget(self.export_button)
        transfer.addSpacing(12)
        transfer.addWidget(self.import_button)
        transfer.addStretch(1)

        asked = wrapped_label(self.tr("Questions for my therapist"), 18, bold=True)
        asked.setBuddy(self.questions)
        kept = wrapped_label(self.tr("Kept for your next appointment and printed on the summary."), 14)
        grid = QGridLayout()
        grid.addWidget(wrapped_label(self.tr("Days the summary covers"), 18, bold=True), 0, 0)
        grid.addLayout(period, 1, 0)
        grid.addWidget(self.period_hint, 2, 0)
        grid.addWidget(asked, 3, 0)
        grid.addWidget(kept, 4, 0)
        grid.addWidget(self.questions, 5, 0)
        grid.addWidget(self.save_questions_button, 6, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addLayout(make, 7, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, 8, 0)
        grid.addWidget(wrapped_label(self.tr("Export or restore your records"), 18, bold=True), 9, 0)
        grid.addLayout(transfer, 10, 0)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self._frame(content)

    def _frame(self, content: QWidget) -> None:
        self.scroll_area = scroll = QScrollArea()  # a long import report stays readable on a 600-pixel screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.status.setContentsMargins(9, 0, 9, 4)  # in line with the page above
        outer.addWidget(scroll, 1)
        outer.addWidget(self.status)  # the last result stays in view; its details scroll with the page

    # ----- showing and leaving ---------------------------------------------------------------------

    def on_shown(self) -> None:
        """The window showed this page: load the days and questions the first time."""
        if self._loaded is None:
            self.load()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._loaded is not None and self.questions.toPlainText().strip() != self._loaded:
            self.save_questions()  # leaving the page keeps what was typed
        super().hideEvent(event)

    def load(self) -> None:
        """The default days (since the last report, or the last 4 weeks) and the saved questions."""
        try:
            period, text = self.backend.default_period(), self.backend.questions()
        except KnownError as error:
            self._failed(error)
            return
        self.since.setDate(_qdate(period.start))
        self.until.setDate(_qdate(period.end))
        hints = {
            RangeReason.SINCE_LAST_REPORT: self.tr("Since your last summary. Choose any other days above."),
            RangeReason.LAST_4_WEEKS: self.tr("The last 4 weeks. Choose any other days above."),
        }
        self.period_hint.setText(hints.get(period.reason, ""))
        self.questions.setPlainText(text)
        self._loaded = text

    # ----- the slots ----------------------------------------------------------------------------------

    def save_questions(self) -> None:
        try:
            self._loaded = self.backend.save_questions(self.questions.toPlainText())
        except KnownError as error:
            self._failed(error)
            return
        self._say(self.tr("Saved your questions for the therapist."))

    def _renderer(self) -> Any:
        self.save_questions()  # the summary prints what is on the page now
        return self.backend.renderer(
            _pydate(self.since.date()), _pydate(self.until.date()), deidentified=self.deidentified.isChecked()
        )

    def print_summary(self) -> None:
        try:
            with busy():
                renderer = self._renderer()
            if self.print_function(self.window(), renderer):
                self.backend.note(renderer)
                self._say(self.tr("Sent your summary to the printer."))
        except KnownError as error:
            self._failed(error)

    def save_pdf(self) -> None:
        default = self.home() / f"sciatica-summary-{_pydate(self.until.date()).isoformat()}.pdf"
        path, _ = self.file_dialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"), str(default), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            with busy():
                pages = self.backend.save_pdf(self._renderer(), Path(path))
        except KnownError as error:
            self._failed(error)
            return
        self._say(self.tr("Saved to {path} (%n pages).", None, pages).format(path=path))

    def export(self) -> None:
        fmt = str(self.format.currentData())
        day = _pydate(self.until.date()).isoformat()
        if fmt == "csv":
            path = self.file_dialog.getExistingDirectory(
                self, self.tr("Choose a folder for the CSV files"), str(self.home())
            )
        else:
            kinds = {"json": self.tr("JSON backup (*.json)"), "fhir": self.tr("FHIR R4 bundle (*.json)")}
            default = self.home() / f"sciatica-{'backup' if fmt == 'json' else 'fhir'}-{day}.json"
            path, _ = self.file_dialog.getSaveFileName(self, self.tr("Export"), str(default), kinds[fmt])
        if not path:
            return
        try:
            with busy():
                said = self.backend.export(fmt, Path(path), deidentified=self.deidentified.isChecked())
        except KnownError as error:
            self._failed(error)
            return
        self._say(said)

    def import_backup(self) -> None:
        path, _ = self.file_dialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(self.home()), self.tr("JSON backup (*.json)")
        )
        if not path:
            return
        try:
            with busy():
                said = self.backend.import_backup(Path(path))
        except KnownError as error:
            self._failed(error)
            return
        first, _, rest = said.partition("\n")
        self._say(first.rstrip(":"), details=rest)
        try:  # the questions may have come with the backup
            self._loaded = self.backend.questions()
        except KnownError as error:
            self._failed(error)
            return
        self.questions.setPlainText(self._loaded)

    # ----- results ------------------------------------------------------------------------------------

    def _say(self, text: str, *, details: str = "") -> None:
        self.status.setText(text)
        self.details.setText(details)
        if details:
            self.scroll_area.ensureWidgetVisible(self.details)

    def _failed(self, error: KnownError) -> None:
        self._say(error.message.partition("\n")[0], details=error.message.partition("\n")[2])
        show_error(self.window(), error)
