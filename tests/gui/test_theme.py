"""The app's colours through palettes (ui/widgets/theme.py): what a button shows when chosen, focused or
primary, and secondary text that stays readable on a light or a dark desktop."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from sciatica_desktop.domain.redflags import Message
from sciatica_desktop.gui import make_app
from sciatica_desktop.ui.checkin.dialogs import UrgentDialog
from sciatica_desktop.ui.main_window import MainWindow
from sciatica_desktop.ui.today.today_page import TodayPage
from sciatica_desktop.ui.widgets.buttons import FOCUS_RING, MIN_TOUCH, BigButton
from sciatica_desktop.ui.widgets.message_box import ask, message_box
from sciatica_desktop.ui.widgets.theme import (
    ACCENT,
    BUTTON,
    CHOSEN,
    NOTICE,
    NOTICE_TEXT,
    PANEL,
    PRIMARY,
    PRIMARY_DISABLED,
    PRIMARY_DISABLED_TEXT,
    TEXT_ON_LIGHT,
    alert,
    colour,
    muted,
)

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


def _corner_pixel(button: BigButton) -> str:
    """The face colour where no text is drawn (a few px in from the top left corner)."""
    return button.grab().toImage().pixelColor(6, 6).name()


def test_a_primary_button_is_a_flat_fill_that_still_shows_when_pressed_or_disabled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Flat, so Fusion keeps no image of its face (the wide Start button's ~0.3 MiB); filled with the primary
    colour, pressed in while held, and a visible, readable shape while it cannot be pressed."""
    make_app()
    button = BigButton("Start today's routine", primary=True, min_height=72)
    qtbot.addWidget(button)
    button.resize(900, 72)
    assert button.isFlat() and button.autoFillBackground()
    assert _corner_pixel(button) == PRIMARY
    button.setDown(True)
    pressed = _corner_pixel(button)
    button.setDown(False)
    assert pressed != PRIMARY
    button.setEnabled(False)
    assert _corner_pixel(button) == PRIMARY_DISABLED
    text = button.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert text.name() == PRIMARY_DISABLED_TEXT
    assert _contrast(text, QColor(PRIMARY_DISABLED)) >= 4.5
    assert _contrast(QColor("white"), QColor(PRIMARY)) >= 7


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
    assert ring_pixels(first) == FOCUS_RING


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


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = colour.redF(), colour.greenF(), colour.blueF()
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_error_text_keeps_its_contrast_on_light_and_dark_desktops(qtbot) -> None:  # type: ignore[no-untyped-def]
    for back in ("#ffffff", "#efefef", "#353535", "#202020"):
        parent = QWidget()
        qtbot.addWidget(parent)
        palette = parent.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(back))
        parent.setPalette(palette)
        label = QLabel("Please answer every question", parent)
        alert(label)
        red = label.palette().color(QPalette.ColorRole.WindowText)
        assert red.red() > red.green() and red.red() > red.blue()  # still reads as an error
        assert _contrast(red, QColor(back)) >= 4.5, back


def test_a_checked_button_gives_back_a_colour_its_caller_set(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = BigButton("Worse: stop")
    qtbot.addWidget(button)
    button.setCheckable(True)
    colour(button, BUTTON_ROLE, "#b3261e")
    button.setChecked(True)
    button.setChecked(False)
    assert _face(button) == "#b3261e"


def test_the_ring_lets_clicks_through_and_follows_the_button_when_it_resizes(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    button = BigButton("Start", primary=True)
    layout = QVBoxLayout(window)
    layout.addWidget(button)
    window.resize(300, 120)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    ring = button.findChild(QWidget)
    assert ring is not None and ring.isVisible()
    assert window.childAt(button.geometry().center()) is button  # the ring takes no clicks
    window.resize(500, 160)
    qtbot.waitUntil(lambda: button.width() > 400)
    qtbot.waitUntil(lambda: ring.geometry() == button.rect())
    button.clearFocus()
    qtbot.waitUntil(lambda: not ring.isVisible())


def test_panels_fill_their_own_background_and_set_their_own_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(pages={"today": TodayPage()}, title="t")
    qtbot.addWidget(window)
    bar = window.notice_bar
    assert bar.autoFillBackground()
    assert bar.palette().color(QPalette.ColorRole.Window).name() == NOTICE
    assert bar.palette().color(QPalette.ColorRole.WindowText).name() == NOTICE_TEXT
    today = window.page("today")
    assert isinstance(today, TodayPage)
    assert today.resume_box.palette().color(QPalette.ColorRole.Window).name() == PANEL
    assert today.resume_box.message.palette().color(QPalette.ColorRole.WindowText).name() == TEXT_ON_LIGHT


def test_the_urgent_message_stays_dark_on_its_light_background_on_a_dark_desktop(qtbot) -> None:  # type: ignore[no-untyped-def]
    dark = QWidget()
    qtbot.addWidget(dark)
    palette = dark.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    dark.setPalette(palette)
    dialog = UrgentDialog(Message("Get help now", "Call 999."), blocked_start=False, parent=dark)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.message.palette().color(QPalette.ColorRole.WindowText).name() == TEXT_ON_LIGHT


def test_message_box_text_is_as_large_as_the_windows(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(pages={"today": TodayPage()}, title="t")
    qtbot.addWidget(window)
    box = message_box(window, QMessageBox.Icon.Warning, "Not saved", "The database is locked; try again.")
    qtbot.addWidget(box)
    text = box.findChild(QLabel, "qt_msgbox_label")
    assert text is not None and text.text().startswith("The database")
    assert text.font().pixelSize() == window.font().pixelSize() == 16
    box.show()
    qtbot.waitExposed(box)
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert ok.font().pixelSize() == 16


def test_message_boxes_have_large_buttons_with_the_thick_focus_ring(qtbot) -> None:  # type: ignore[no-untyped-def]
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = message_box(None, QMessageBox.Icon.Question, "End?", "End now?", buttons=yes | no, default=no)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    button = box.button(no)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert button.height() >= MIN_TOUCH
    image = button.grab().toImage()
    accent = QColor(ACCENT)
    middle = image.height() // 2
    assert sum(1 for x in range(FOCUS_RING) if _close(image.pixelColor(x, middle), accent)) >= FOCUS_RING - 1


def test_ask_is_true_only_for_yes(qtbot) -> None:  # type: ignore[no-untyped-def]
    def answer(which: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(which).click()

    for which, expected in ((QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)):
        QTimer.singleShot(50, lambda w=which: answer(w))
        assert ask(None, "End?", "End the session?") is expected


def _style_of_a_new_app(extra_env: dict[str, str]) -> str:
    script = (
        "from sciatica_desktop.gui import make_app\n"
        "app = make_app(['sciatica-desktop', '-style', 'windows'])  # a desktop with another style\n"
        "print(app.style().name())\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", **extra_env}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip().lower()


def test_the_app_draws_with_fusion_whatever_the_desktop_style_unless_the_user_names_one() -> None:
    assert _style_of_a_new_app({}) == "fusion"  # the colours in theme.py are measured as Fusion draws them
    assert _style_of_a_new_app({"QT_STYLE_OVERRIDE": "windows"}) == "windows"
