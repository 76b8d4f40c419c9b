"""The app's colours through palettes (ui/widgets/theme.py): what a button shows when chosen, focused or
primary, and secondary text that stays readable on a light or a dark desktop."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from sciatica_desktop.gui import make_app
from sciatica_desktop.ui.widgets.buttons import FOCUS_RING, BigButton
from sciatica_desktop.ui.widgets.theme import ACCENT, BUTTON, CHOSEN, PRIMARY, muted

BUTTON_ROLE = QPalette.ColorRole.Button


def _face(button: BigButton) -> str:
    return button.palette().color(BUTTON_ROLE).name()


def test_the_app_palette_gives_buttons_and_highlights_the_house_colours(qapp: QApplication) -> None:
    make_app()  # applies the palette to the application the tests share
    palette = QApplication.palette()
    assert palette.color(BUTTON_ROLE).name() == BUTTON
    assert palette.color(QPalette.ColorRole.Highlight).name() == ACCENT


def test_a_checked_button_is_tinted_and_bold_and_goes_back_when_unchecked(qtbot) -> None:  # type: ignore[no-untyped-def]
    make_app()
    button = BigButton("Library")
    qtbot.addWidget(button)
    button.setCheckable(True)
    resting = _face(button)
    assert not button.font().bold()
    button.setChecked(True)
    assert (_face(button), button.font().bold()) == (CHOSEN, True)
    button.setChecked(False)
    assert (_face(button), button.font().bold()) == (resting, False)


def test_a_primary_button_keeps_its_colour_and_weight_when_checked(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = BigButton("Start", primary=True)
    qtbot.addWidget(button)
    button.setCheckable(True)
    assert button.palette().color(QPalette.ColorRole.ButtonText).name() == "#ffffff"
    for checked in (True, False):
        button.setChecked(checked)
        assert (_face(button), button.font().bold()) == (PRIMARY, True)


def test_the_focused_button_shows_a_thick_ring(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    first, second = BigButton("First"), BigButton("Second")
    layout = QVBoxLayout(window)
    layout.addWidget(first)
    layout.addWidget(second)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    def ring_pixels(button: BigButton) -> int:
        image = button.grab().toImage()
        middle = image.height() // 2
        accent = QColor(ACCENT)
        return sum(1 for x in range(FOCUS_RING) if _close(image.pixelColor(x, middle), accent))

    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    unfocused = ring_pixels(first)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert unfocused == 0
    assert ring_pixels(first) >= FOCUS_RING - 1  # antialiasing may soften the outermost pixel


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in pairs)


def test_muted_text_lies_between_the_text_and_the_background_on_light_and_dark_desktops(qtbot) -> None:  # type: ignore[no-untyped-def]
    for text, back in (("#000000", "#efefef"), ("#f0f0f0", "#202020")):
        parent = QWidget()
        qtbot.addWidget(parent)
        palette = parent.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(QPalette.ColorRole.Window, QColor(back))
        parent.setPalette(palette)
        label = QLabel("Stop if pain spreads", parent)
        muted(label)
        got = label.palette().color(QPalette.ColorRole.WindowText)
        t, b = QColor(text), QColor(back)
        assert got.name() not in (text, back)
        assert min(t.red(), b.red()) < got.red() < max(t.red(), b.red())
        assert abs(got.red() - t.red()) < abs(got.red() - b.red())  # nearer the text: still readable
