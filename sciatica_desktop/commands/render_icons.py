"""`make icons` (`python -m sciatica_desktop.commands.render_icons`): the window icon's PNGs, from the SVG.

The SVG (``assets/icons/sciatica-desktop.svg``) is the one drawing, for packages and desktops that scale it.
The app's window shows the PNGs drawn from it here (see ``app.ICON_SIZES``), and a test checks that they
still match the SVG, so change the SVG and run this, never the PNGs alone.
"""

from __future__ import annotations

import os
from pathlib import Path

from sciatica_desktop import APP_ID
from sciatica_desktop.app import ASSETS_ICONS, ICON_SIZES, icon_png


def draw_icon(svg: Path, size: int):  # type: ignore[no-untyped-def]  # -> QImage
    """``svg`` drawn into a transparent ``size`` × ``size`` image (a QGuiApplication must exist)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG drawing Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def render_icons(svg: Path = ASSETS_ICONS / f"{APP_ID}.svg") -> list[Path]:
    """Draw ``svg`` as one PNG per size in ``ICON_SIZES`` into ``assets/icons`` (see ``app.icon_png``);
    returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # kept alive while drawing
    written = []
    for size in ICON_SIZES:
        path = icon_png(size)
        if not draw_icon(svg, size).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in render_icons():
        print(written_path)
