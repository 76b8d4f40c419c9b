"""Library: every exercise in the catalogue, searchable and filterable, each startable on its own."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sciatica_desktop.domain.exercise import Category, Exercise
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.texts import category_text, dose_text


def _html_list(title: str, lines: Sequence[str], *, ordered: bool = False) -> str:
    if not lines:
        return ""
    tag = "ol" if ordered else "ul"
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<h3>{escape(title)}</h3><{tag}>{items}</{tag}>"


class LibraryPage(QWidget):
    sig_start_exercise = Signal(object)
    """Start a workout of this one Exercise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self._exercises: list[Exercise] = []
        heading = QLabel(self.tr("Exercise library"))
        font = QFont(self.font())
        font.setPixelSize(32)
        font.setBold(True)
        heading.setFont(font)

        body = QFont(self.font())
        body.setPixelSize(18)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setMinimumHeight(44)
        self.search.setFont(body)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Filter by kind of exercise"))
        self.category.setMinimumHeight(44)
        self.category.addItem(self.tr("All kinds"), None)
        for category in Category:
            self.category.addItem(category_text(category), category)
        self.search.textChanged.connect(self._refilter)
        self.category.currentIndexChanged.connect(self._refilter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category, 1)

        self.list = QListWidget()
        self.list.setObjectName("exerciseList")
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.setFont(body)
        self.list.currentItemChanged.connect(self._show_detail)
        self.list.itemActivated.connect(lambda _item: self._start_current())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Exercise details"))
        self.detail.setFont(body)
        self.start_button = BigButton(self.tr("Start this exercise"), primary=True)
        self.start_button.clicked.connect(self._start_current)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.start_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        self._exercises = list(exercises)
        self._refilter()

    def visible_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(self.list.count())]

    def _refilter(self) -> None:
        text = self.search.text().strip().casefold()
        category = self.category.currentData()
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole).id if current is not None else None
        self.list.clear()
        for exercise in self._exercises:
            if category is not None and exercise.category is not category:
                continue
            words = (exercise.name, exercise.summary, exercise.body_area, *exercise.tags)
            haystack = " ".join(words).casefold()
            if text and text not in haystack:
                continue
            item = QListWidgetItem(f"{exercise.name}\n{category_text(exercise.category)}")
            item.setData(Qt.ItemDataRole.UserRole, exercise)
            self.list.addItem(item)
            if exercise.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.start_button.setEnabled(self.list.count() > 0)
        if not self.list.count():
            self.detail.setHtml(self.tr("<p>No exercise matches. Clear the search or the filter.</p>"))

    def _show_detail(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        e: Exercise = item.data(Qt.ItemDataRole.UserRole)
        html = (
            f"<h2>{escape(e.name)}</h2>"
            f"<p><b>{escape(category_text(e.category))}</b> · {escape(dose_text(e, e.dose))}</p>"
            f"<p>{escape(e.summary)}</p>"
            + _html_list(self.tr("How to do it"), e.instructions, ordered=True)
            + _html_list(self.tr("Tips"), e.cues)
            + _html_list(self.tr("Common mistakes"), e.mistakes)
            + _html_list(self.tr("Stop or ease off if"), e.stop_if)
        )
        self.detail.setHtml(html)

    def _start_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.sig_start_exercise.emit(item.data(Qt.ItemDataRole.UserRole))
