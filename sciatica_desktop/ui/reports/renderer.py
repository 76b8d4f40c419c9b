"""A ready :class:`ReportRenderer` for a summary: the app's chart, the demo poses, the locale's paper."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter

from sciatica_desktop.reports.detail_pages import PosePicture
from sciatica_desktop.reports.pdf import ReportRenderer
from sciatica_desktop.reports.summary_types import Summary
from sciatica_desktop.ui.reports.chart_image import render_chart

# Territories on US Letter although some of them measure in metric.
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.PuertoRico,
}


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    """US Letter where the locale uses it, A4 everywhere else."""
    loc = locale or QLocale.system()
    letter = (
        loc.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        or loc.territory() in LETTER_TERRITORIES
    )
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def paper_size(name: str | None) -> QPageSize:
    """'a4', 'letter', or None for the locale's paper."""
    if name is None:
        return locale_page_size()
    ids = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    return QPageSize(ids[name.lower()])


def pose_image(picture: PosePicture, size: QSize) -> QImage:
    """A key pose from the demonstration renderer, in greys; a plain frame for an exercise it cannot draw."""
    try:
        from sciatica_desktop.demos.draw import render_image
        from sciatica_desktop.demos.poses import clip_seconds

        seconds = clip_seconds(picture.exercise_id)
        image = render_image(picture.exercise_id, picture.fraction * seconds, size)
        return image.convertToFormat(QImage.Format.Format_Grayscale8)
    except (ImportError, KeyError):
        image = QImage(size, QImage.Format.Format_Grayscale8)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setPen(QColor(0, 0, 0))
        painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
        painter.end()
        return image


def make_renderer(
    summary: Summary, *, sheets: bool = False, paper: QPageSize | None = None
) -> ReportRenderer:
    return ReportRenderer(
        summary,
        lambda size: render_chart(summary.chart, size),
        page_size=paper or locale_page_size(),
        sheets=sheets,
        poses=pose_image,
    )
