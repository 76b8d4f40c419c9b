"""The window icon: PNGs drawn from the SVG (make icons), which must still match it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from sciatica_desktop import APP_ID
from sciatica_desktop.app import ASSETS_ICONS, ICON_SIZES, icon_png
from sciatica_desktop.commands.render_icons import draw_icon
from sciatica_desktop.gui import window_icon

SVG = ASSETS_ICONS / f"{APP_ID}.svg"


def _largest_difference(a: QImage, b: QImage) -> int:
    # Premultiplied, so a nearly transparent edge pixel counts by what it shows: unpremultiplied, one step
    # of alpha rounding there can swing its colour by a hundred levels.
    a = a.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    b = b.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            worst = max(worst, *(abs((pa >> s & 0xFF) - (pb >> s & 0xFF)) for s in (0, 8, 16, 24)))
    return worst


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_the_svg_drawn_at_its_size(qapp, size: int) -> None:  # type: ignore[no-untyped-def]
    png = QImage(str(icon_png(size)))
    assert not png.isNull(), f"{icon_png(size)} is missing: run `make icons`"
    # A few levels of rounding between Qt versions' rasterisers; an edited SVG changes far more than that.
    assert _largest_difference(png, draw_icon(SVG, size)) <= 8, "the SVG changed: run `make icons`"


def test_the_comparison_sees_a_changed_drawing(qapp) -> None:  # type: ignore[no-untyped-def]
    other = draw_icon(SVG, 32)
    other.setPixel(16, 16, 0xFFFF0000)
    assert _largest_difference(QImage(str(icon_png(32))), other) > 8


def test_the_window_icon_offers_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = window_icon()
    assert icon is not None
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    assert icon.pixmap(QSize(64, 64)).toImage().pixelColor(32, 32).alpha() == 255  # drawn, not blank


def test_without_its_pngs_the_window_takes_the_themes_icon_or_none(  # type: ignore[no-untyped-def]
    qapp, tmp_path, monkeypatch, caplog
) -> None:
    import logging

    from PySide6.QtGui import QIcon

    from sciatica_desktop import gui

    monkeypatch.setattr(gui, "icon_png", lambda size: tmp_path / f"missing-{size}.png")
    themed = QIcon(str(icon_png(64)))
    monkeypatch.setattr(QIcon, "fromTheme", lambda name: themed if name == APP_ID else QIcon())
    assert gui.window_icon() is themed  # a package installed it in the desktop's icon theme
    monkeypatch.setattr(QIcon, "fromTheme", lambda name: QIcon())
    with caplog.at_level(logging.INFO):
        assert gui.window_icon() is None
    assert "no window icon" in caplog.text
