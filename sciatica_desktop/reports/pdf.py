"""Drawing a :class:`~.summary.Summary` onto paged devices: a PDF file (QPdfWriter) or a printer (QPrinter).

Page 1 is always exactly one page: its text is laid out on its own and, if it would run over, set in a
smaller font and at last scaled to fit. The detail pages flow on from page 2. Every page gets a header
(whose summary, which days) and a footer (the educational notice, page n of N), painted here.

Layout happens in 96-dpi units against a reference device and the painter is scaled to the real
device, as ``QTextDocument.print`` does, so the same layout serves a 300-dpi PDF and a 600-dpi printer.
Images keep their own resolution in the PDF: the chart is drawn at several pixels per unit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from sciatica_desktop import APP_NAME
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.reports import texts
from sciatica_desktop.reports.detail_pages import PosePicture, detail_html
from sciatica_desktop.reports.page_one import CHART_URL, page_one_html
from sciatica_desktop.reports.summary_types import Summary
from sciatica_desktop.reports.texts import Report

UNITS_DPI = 96.0
MARGINS_MM = QMarginsF(14, 12, 14, 12)
HEADER, FOOTER, GAP = 30.0, 40.0, 8.0
FONT_FAMILY = "DejaVu Sans"
PAGE_ONE_POINTS = (9.5, 9.0, 8.5, 8.0)
CHART_MIN, CHART_MAX = 0.25, 0.5  # chart height ÷ width on page 1
PICTURE_SCALE = 3  # image pixels per layout unit (about 290 dpi on paper)

ChartRenderer = Callable[[QSize], QImage]


@dataclass(frozen=True)
class Layout:
    width: float  # the printable width, in layout units
    height: float

    @property
    def body(self) -> float:
        return self.height - HEADER - FOOTER - 2 * GAP


def report_font(*, points: float | None = None, pixels: int | None = None) -> QFont:
    """The report's font without ligatures: the PDF's text then searches and copies as typed."""
    font = QFont(FONT_FAMILY)
    if points is not None:
        font.setPointSizeF(points)
    if pixels is not None:
        font.setPixelSize(pixels)
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def page_layout(page_size: QPageSize) -> QPageLayout:
    return QPageLayout(page_size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


def _reference_device() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    per_metre = round(UNITS_DPI / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    return image


class ReportRenderer:
    """Lays a summary out once; :meth:`paint` draws it on any paged device (a PDF, a printer)."""

    def __init__(
        self,
        summary: Summary,
        chart: ChartRenderer,
        *,
        page_size: QPageSize,
        sheets: bool = False,
        poses: Callable[[PosePicture, QSize], QImage] | None = None,
    ) -> None:
        self.summary = summary
        self.page_size = page_size
        rect = page_layout(page_size).paintRect(QPageLayout.Unit.Inch)
        self.layout = Layout(rect.width() * UNITS_DPI, rect.height() * UNITS_DPI)
        self._reference = _reference_device()
        self.first, self.first_scale = self._page_one(chart)
        html, pictures = detail_html(summary, sheets=sheets, picture_width=(self.layout.width - 24) / 3)
        self.detail = self._document(html, 9.0)
        for picture in pictures if poses is not None else ():
            width = round((self.layout.width - 24) / 3 * PICTURE_SCALE)
            image = poses(picture, QSize(width, width * 9 // 16)) if poses else QImage()
            self.detail.addResource(QTextDocument.ResourceType.ImageResource, QUrl(picture.url), image)
        self.detail.setPageSize(QSizeF(self.layout.width, self.layout.body))

    def _document(self, html: str, points: float) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self._reference)
        doc.setDefaultFont(report_font(points=points))
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet("h2 { font-size: 12pt; } th { background-color: #e6e6e6; }")
        doc.setHtml(html)
        doc.setTextWidth(self.layout.width)
        return doc

    def _page_one(self, chart: ChartRenderer) -> tuple[QTextDocument, float]:
        """Page 1 in the largest font that fits; the chart then takes the room left, within limits."""
        width, body = self.layout.width, self.layout.body
        threshold = texts.threshold_text(self.summary.pain_threshold)

        def laid_out(points: float, chart_height: float) -> QTextDocument:
            html = page_one_html(
                self.summary, chart_width=width, chart_height=chart_height, nprs_threshold=threshold
            )
            return self._document(html, points)

        low, high = width * CHART_MIN, width * CHART_MAX
        points, doc = PAGE_ONE_POINTS[-1], QTextDocument()
        for points in PAGE_ONE_POINTS:
            doc = laid_out(points, low)
            if doc.size().height() <= body:
                break
        height = max(low, min(high, low + body - doc.size().height() - 2))
        if height > low:
            doc = laid_out(points, height)
        image = chart(QSize(round(width * PICTURE_SCALE), round(height * PICTURE_SCALE)))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
        return doc, min(1.0, body / max(1.0, doc.size().height()))

    @property
    def page_count(self) -> int:
        return 1 + (self.detail.pageCount() if not self.detail.isEmpty() else 0)

    # ----- painting ---------------------------------------------------------------------------------

    def paint(self, device: QPagedPaintDevice) -> int:
        """Draw every page on ``device`` (its page layout already set); returns the number of pages."""
        painter = QPainter()
        if not painter.begin(device):
            raise KnownError(
                Report.tr("Could not start drawing the summary (the file or printer refused it).")
            )
        try:
            scale_x = device.logicalDpiX() / UNITS_DPI
            scale_y = device.logicalDpiY() / UNITS_DPI
            painter.scale(scale_x, scale_y)
            total = self.page_count
            self._frame(painter, 1, total)
            painter.save()
            painter.translate(0, HEADER + GAP)
            painter.scale(self.first_scale, self.first_scale)
            self.first.drawContents(painter, QRectF(0, 0, self.layout.width / self.first_scale, 1e6))
            painter.restore()
            body = self.layout.body
            for index in range(total - 1):
                device.newPage()
                self._frame(painter, index + 2, total)
                painter.save()
                painter.translate(0, HEADER + GAP - index * body)
                self.detail.drawContents(painter, QRectF(0, index * body, self.layout.width, body))
                painter.restore()
        finally:
            painter.end()
        return total

    def _frame(self, painter: QPainter, page: int, total: int) -> None:
        """The header and footer of one page, in black."""
        width, height = self.layout.width, self.layout.height
        s = self.summary
        painter.setPen(Qt.GlobalColor.black)
        font = report_font(pixels=12)
        font.setBold(True)
        painter.setFont(font)
        who = s.patient if s.patient is not None else Report.tr("de-identified")
        painter.drawText(
            QRectF(0, 0, width * 0.6, HEADER - 6),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            Report.tr("{app}: appointment summary").format(app=APP_NAME),
        )
        font.setBold(False)
        painter.setFont(font)
        right = Report.tr("{who} · {start} to {end}").format(
            who=who, start=texts.day_text(s.period.start), end=texts.day_text(s.period.end)
        )
        painter.drawText(
            QRectF(width * 0.4, 0, width * 0.6, HEADER - 6),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            right,
        )
        painter.drawLine(0, round(HEADER - 2), round(width), round(HEADER - 2))
        top = height - FOOTER
        painter.drawLine(0, round(top), round(width), round(top))
        font.setPixelSize(10)
        painter.setFont(font)
        page_text = Report.tr("Page {n} of {total}").format(n=page, total=total)
        made = Report.tr("Made {when}").format(when=texts.local_text(s.generated))
        painter.drawText(
            QRectF(0, top + 3, width * 0.78, FOOTER - 3),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            texts.educational_notice(),
        )
        painter.drawText(
            QRectF(width * 0.78, top + 3, width * 0.22, FOOTER - 3),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            f"{page_text}\n{made}",
        )

    def write_pdf(self, path: Path) -> int:
        """Write the PDF to ``path``; returns the number of pages. Raises KnownError if it cannot."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "ab"):
                pass  # fail here, with the reason, rather than inside Qt with none
        except OSError as exc:
            raise KnownError(
                Report.tr("Could not write the summary to {path}: {why}.").format(
                    path=path, why=exc.strerror or exc
                )
            ) from exc
        writer = QPdfWriter(str(path))
        writer.setPageLayout(page_layout(self.page_size))
        writer.setResolution(300)
        writer.setTitle(
            Report.tr("Appointment summary")
            if self.summary.patient is None
            else Report.tr("Appointment summary: {who}").format(who=self.summary.patient)
        )
        writer.setCreator(APP_NAME)
        return self.paint(writer)
