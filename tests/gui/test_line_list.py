"""The Today page's list of exercises: lines of plain text with tooltips, read by a screen reader, and
scrolled by the keyboard when there are more than fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QLabel

from sciatica_desktop.ui.widgets.line_list import PLAIN_TEXT, LineList

LINES = [
    ("1.  Bridge   ·   2 × 10 reps", "Strengthening: lift your hips"),
    ("2.  Walk   ·   10 min", "Walking"),
]


def _visible_labels(lines: LineList) -> list[str]:
    return [label.text() for label in lines.widget().findChildren(QLabel) if label.isVisibleTo(lines)]


def test_the_lines_replace_the_ones_shown_before_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    lines = LineList(QFont())
    qtbot.addWidget(lines)
    lines.set_lines([*LINES, ("3.  Cat–cow   ·   10 reps", "Mobility")])
    lines.set_lines(LINES)  # no event processed in between: the third label must not show meanwhile
    assert _visible_labels(lines) == [text for text, _ in LINES]
    assert (lines.texts(), lines.tooltips()) == ([t for t, _ in LINES], [t for _, t in LINES])
    lines.set_lines([])
    assert (lines.count(), _visible_labels(lines)) == (0, [])


def test_a_name_from_a_content_file_is_shown_as_written_not_as_markup(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert Qt.TextFormat.PlainText.value == PLAIN_TEXT
    lines = LineList(QFont())
    qtbot.addWidget(lines)
    lines.set_lines([("1.  Knee <b>to</b> chest", "")])
    (label,) = lines.labels()
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_a_screen_reader_reads_every_line_when_the_list_takes_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    lines = LineList(QFont())
    lines.setAccessibleName("Exercises in today's routine")
    qtbot.addWidget(lines)
    lines.set_lines([*LINES, ("3.  Cat–cow   ·   10 reps", "Mobility")])
    lines.set_lines(LINES)
    lines.show()
    spoken = QAccessible.queryAccessibleInterface(lines)
    assert spoken.text(QAccessible.Text.Name) == "Exercises in today's routine"
    assert spoken.text(QAccessible.Text.Description) == "\n".join(text for text, _ in LINES)
    for label, (text, tooltip) in zip(lines.labels(), LINES, strict=True):
        spoken = QAccessible.queryAccessibleInterface(label)
        assert spoken.text(QAccessible.Text.Name) == text
        assert spoken.text(QAccessible.Text.Description) == tooltip


def test_a_long_list_scrolls_from_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    lines = LineList(QFont())
    qtbot.addWidget(lines)
    lines.set_lines([(f"{n}.  Exercise {n}", "") for n in range(1, 31)])
    lines.resize(400, 200)
    lines.show()
    qtbot.waitExposed(lines)
    assert lines.focusPolicy() == Qt.FocusPolicy.StrongFocus
    bar = lines.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    lines.setFocus()
    qtbot.keyClick(lines, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(lines, Qt.Key.Key_Down)
    moved = bar.value()
    qtbot.keyClick(lines, Qt.Key.Key_PageUp)
    assert bar.value() < moved


def test_a_long_line_wraps_instead_of_running_off_the_edge(qtbot) -> None:  # type: ignore[no-untyped-def]
    lines = LineList(QFont())
    qtbot.addWidget(lines)
    lines.set_lines([("1.  " + "A very long exercise name " * 8, "")])
    lines.resize(300, 400)
    lines.show()
    qtbot.waitExposed(lines)
    (label,) = lines.labels()
    assert label.width() <= lines.viewport().width()
    assert label.height() > 2 * label.fontMetrics().height()
    assert lines.horizontalScrollBar().maximum() == 0


def test_the_list_shows_the_thick_focus_ring_while_it_has_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from sciatica_desktop.ui.widgets.buttons import FOCUS_RING
    from sciatica_desktop.ui.widgets.theme import ACCENT

    window = QWidget()
    qtbot.addWidget(window)
    lines = LineList(QFont())
    lines.set_lines(LINES)
    other = QPushButton("Other")
    column = QVBoxLayout(window)
    column.addWidget(lines)
    column.addWidget(other)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)

    def left_edge_is_accent() -> bool:
        image = lines.grab().toImage()
        middle = image.height() // 2
        accent = QColor(ACCENT)
        return all(image.pixelColor(x, middle) == accent for x in range(1, FOCUS_RING))

    assert not left_edge_is_accent()
    lines.setFocus()
    qtbot.waitUntil(lines.hasFocus)
    qtbot.waitUntil(left_edge_is_accent)
    other.setFocus()
    qtbot.waitUntil(lambda: not left_edge_is_accent())
