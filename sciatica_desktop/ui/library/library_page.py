"""Library: every exercise with a thumbnail, searchable and filterable, each previewed, added or started.

Filtering is the catalogue's rule (:meth:`Catalogue.filter`); this page only collects the choices and
shows the result. Thumbnails are drawn lazily (:mod:`.thumbnails`) so the page opens at once.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sciatica_desktop.domain.catalogue import Catalogue
from sciatica_desktop.domain.exercise import Category, Equipment, Exercise, Position
from sciatica_desktop.services.clinic_videos import ClinicVideos
from sciatica_desktop.ui.library.detail import ClipFor, ExerciseDetail, PreviewSurface
from sciatica_desktop.ui.library.labels import Library, equipment_text, position_text
from sciatica_desktop.ui.library.list_delegate import SUBTITLE_ROLE, ExerciseItemDelegate
from sciatica_desktop.ui.library.thumbnails import DrawThumbnail, Thumbnails
from sciatica_desktop.ui.widgets.texts import category_text

ID_ROLE = Qt.ItemDataRole.UserRole


class LibraryPage(QWidget):
    sig_start_exercise = Signal(object)
    """Start a workout of this one Exercise."""
    sig_add_to_today = Signal(object)
    """Add this Exercise to the profile's routine (kept until removed on the Today page)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        preview: PreviewSurface | None = None,
        clip_for: ClipFor | None = None,
        clinic: ClinicVideos | None = None,
        draw_thumbnail: DrawThumbnail | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self._catalogue = Catalogue(())
        self._in_today: set[str] = set()
        self._split_sized = False
        self.thumbnails = Thumbnails(draw_thumbnail, parent=self)
        self.thumbnails.sig_ready.connect(self._set_icon)

        heading = QLabel(Library.tr("Exercise library"))
        font = QFont(self.font())
        font.setPixelSize(28)
        font.setBold(True)
        heading.setFont(font)
        body = QFont(self.font())
        body.setPixelSize(18)

        filters = self._build_filters(body)
        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        self.list = self._build_list(body)

        self.detail_view = ExerciseDetail(preview=preview, clip_for=clip_for, clinic=clinic)
        self.detail = self.detail_view.detail
        self.start_button = self.detail_view.start_button
        self.add_button = self.detail_view.add_button
        self.detail_view.sig_start.connect(self.sig_start_exercise.emit)
        self.detail_view.sig_add_to_today.connect(self.sig_add_to_today.emit)
        self.detail_view.sig_open.connect(self.open_exercise)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.list, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.detail_view)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 7)
        self.splitter = split

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

    def _build_filters(self, body: QFont) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText(Library.tr("Search exercises"))
        self.search.setAccessibleName(Library.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(44)
        self.search.setFont(body)
        self.category = self._combo(Library.tr("Filter by kind of exercise"), Library.tr("All kinds"),
                                    ((c, category_text(c)) for c in Category))
        self.position = self._combo(Library.tr("Filter by position"), Library.tr("Any position"),
                                    ((p, position_text(p)) for p in Position))
        self.equipment = self._combo(Library.tr("Filter by equipment"), Library.tr("Any equipment"),
                                     ((q, equipment_text(q)) for q in Equipment))
        self.search.textChanged.connect(self._refilter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.category, self.position, self.equipment):
            combo.currentIndexChanged.connect(self._refilter)
            filters.addWidget(combo, 2)
        return filters

    def _build_list(self, body: QFont) -> QListWidget:
        exercises = QListWidget()
        exercises.setObjectName("exerciseList")
        exercises.setAccessibleName(Library.tr("Exercises"))
        exercises.setFont(body)
        exercises.setIconSize(self.thumbnails.size())
        exercises.setSpacing(1)
        exercises.setUniformItemSizes(True)
        exercises.setItemDelegate(ExerciseItemDelegate(self.thumbnails.size(), exercises))
        exercises.setMinimumWidth(300)
        exercises.currentItemChanged.connect(self._on_current_changed)
        exercises.itemActivated.connect(lambda _item: self._start_current())
        return exercises

    def _combo(self, name: str, everything: str, choices: Iterable[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setMinimumHeight(44)
        combo.addItem(everything, None)
        for value, text in choices:
            combo.addItem(text, value)
        return combo

    # --- public ------------------------------------------------------------------------------------
    def set_exercises(self, exercises: Iterable[Exercise]) -> None:
        self._catalogue = exercises if isinstance(exercises, Catalogue) else Catalogue(exercises)
        self._refilter()

    def set_in_today(self, exercise_ids: Iterable[str]) -> None:
        """Which exercises today's routine already has (their Add button says so)."""
        self._in_today = set(exercise_ids)
        current = self.detail_view.exercise()
        self.detail_view.set_in_today(current is not None and current.id in self._in_today)

    def visible_ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def open_exercise(self, exercise_id: str) -> None:
        """Select an exercise, clearing the search and filters if they hide it."""
        if exercise_id not in self._catalogue:
            return
        if exercise_id not in self.visible_ids():
            for widget in (self.search, self.category, self.position, self.equipment):
                widget.blockSignals(True)
            self.search.clear()
            for combo in (self.category, self.position, self.equipment):
                combo.setCurrentIndex(0)
            for widget in (self.search, self.category, self.position, self.equipment):
                widget.blockSignals(False)
            self._refilter()
        row = self.visible_ids().index(exercise_id)
        self.list.setCurrentRow(row)
        self.list.scrollToItem(self.list.item(row))

    # --- internals ---------------------------------------------------------------------------------
    def _refilter(self) -> None:
        keep = self.current_id()
        shown = self._catalogue.filter(
            self.category.currentData(), self.position.currentData(), self.equipment.currentData(),
            text=self.search.text(),
        )
        self.list.blockSignals(True)
        self.list.clear()
        for exercise in shown:
            subtitle = Library.tr("{category} · {position}").format(
                category=category_text(exercise.category), position=position_text(exercise.position))
            item = QListWidgetItem(self.thumbnails.icon(exercise), exercise.name)
            item.setData(ID_ROLE, exercise.id)
            item.setData(SUBTITLE_ROLE, subtitle)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         Library.tr("{name}, {subtitle}").format(name=exercise.name, subtitle=subtitle))
            item.setToolTip(
                Library.tr("{name}: {summary}").format(name=exercise.name, summary=exercise.summary)
            )
            self.list.addItem(item)
        ids = [e.id for e in shown]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.list.blockSignals(False)
        self.count_label.setText(Library.tr("{shown} of {total} exercises").format(
            shown=len(shown), total=len(self._catalogue)))
        self._on_current_changed(self.list.currentItem())

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        exercise = None if item is None else self._catalogue.get(str(item.data(ID_ROLE)))
        if exercise is not None and exercise is self.detail_view.exercise():
            return
        if exercise is None:
            self.detail_view.show_exercise(None)
            return
        self.detail_view.set_in_today(exercise.id in self._in_today)
        self.detail_view.show_exercise(exercise, easier=self._catalogue.easier(exercise.id),
                                       harder=self._catalogue.harder(exercise.id), play=self.isVisible())

    def _set_icon(self, exercise_id: str, icon: QIcon) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == exercise_id:
                item.setIcon(icon)

    def _start_current(self) -> None:
        exercise = self.detail_view.exercise()
        if exercise is not None:
            self.sig_start_exercise.emit(exercise)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_sized:  # the list gets five twelfths until the patient moves the divider
            width = self.splitter.width()
            self.splitter.setSizes([width * 5 // 12, width - width * 5 // 12])
            self._split_sized = True
        self.thumbnails.set_active(True)
        if self.detail_view.exercise() is not None:
            self.detail_view.play_preview()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.thumbnails.set_active(False)
        self.detail_view.pause_preview()
