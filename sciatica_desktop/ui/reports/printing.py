"""Printing through the system (CUPS on Linux): find a named printer, or ask with a print preview."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.reports.pdf import ReportRenderer, page_layout


class Printing(QObject):
    """The translation context of printing: ``Printing.tr("…")``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


def printer_names() -> list[str]:
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def prepare(printer: QPrinter, renderer: ReportRenderer) -> QPrinter:
    printer.setPageLayout(page_layout(renderer.page_size))
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setDocName(Printing.tr("Appointment summary"))
    return printer


def print_report(renderer: ReportRenderer, name: str) -> int:
    """Send the summary to the printer called ``name``; a clear error when there is no such printer."""
    names = printer_names()
    if name not in names:
        known = ", ".join(names) if names else Printing.tr("none (is CUPS installed and running?)")
        raise KnownError(
            Printing.tr("There is no printer called {name!r}. Printers: {known}.").format(
                name=name, known=known
            )
        )
    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    return renderer.paint(prepare(printer, renderer))


def print_to_file(renderer: ReportRenderer, path: str) -> int:
    """The print path with a printer whose output is a PDF file (tests, and "print to file")."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    return renderer.paint(prepare(printer, renderer))


def preview_and_print(parent: QWidget | None, renderer: ReportRenderer) -> bool:
    """Show the print preview; printing from it goes to the printer the patient picks. True: printed."""
    printer = prepare(QPrinter(QPrinter.PrinterMode.HighResolution), renderer)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(Printing.tr("Print my summary"))
    preview.paintRequested.connect(renderer.paint)
    return preview.exec() == QDialog.DialogCode.Accepted
