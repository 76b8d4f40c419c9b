"""One exercise in full: a looping preview, how to do it, easier and harder versions, and what to do next.

The preview surface and the clinic-video service come from the composition root; this widget only asks
them (``clip_for`` picks the clip, :class:`ClinicVideos` holds every rule about attaching one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMenu, QScrollArea, QVBoxLayout, QWidget

from sciatica_desktop.domain.exercise import Exercise, Side
from sciatica_desktop.services.clinic_videos import ClinicVideoError, ClinicVideos
from sciatica_desktop.ui.library.labels import Library, equipment_text, position_text
from sciatica_desktop.ui.library.parts import (
    AspectBox,
    LinkButton,
    RichText,
    clear_layout,
    html_list,
    refusal_text,
)
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.texts import category_text, dose_text


class PreviewSurface(Protocol):
    def show_clip(self, path: Path | None, *, caption: str, frame_source: Any = None,
                  loop_seconds: float = 4.0, autoplay: bool = True) -> None: ...
    def play(self) -> None: ...
    def pause(self) -> None: ...


ClipFor = Callable[[Exercise, Side], Any]  # returns an object with path, frame_source, loop_seconds


class ExerciseDetail(QWidget):
    sig_start = Signal(object)
    """Start a workout of this one Exercise."""
    sig_add_to_today = Signal(object)
    """Add this Exercise to the profile's routine."""
    sig_open = Signal(str)
    """Show this exercise id instead (an easier or harder version was clicked)."""

    def __init__(self, *, preview: PreviewSurface | None, clip_for: ClipFor | None,
                 clinic: ClinicVideos | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._clip_pending = False  # a clip chosen while the page was hidden, to load when it shows
        self._clip_for = clip_for
        self._clinic = clinic
        self._exercise: Exercise | None = None
        self._in_today = False
        self.choose_video_file: Callable[[], Path | None] = self._ask_for_file

        self.title = QLabel()
        self.title.setObjectName("exerciseTitle")
        font = QFont(self.font())
        font.setPixelSize(22)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self._build_video_menu(clinic is not None), 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        if isinstance(preview, QWidget):
            preview.setAccessibleName(Library.tr("Preview of the exercise"))
            self.preview_box = AspectBox(preview)
            layout.addWidget(self.preview_box, 2)
        layout.addWidget(self._build_content(), 3)
        layout.addWidget(self.video_status)
        layout.addLayout(self._build_buttons())

    def _build_content(self) -> QScrollArea:
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setObjectName("exerciseMeta")
        self.detail = RichText()
        self.detail.setAccessibleName(Library.tr("Exercise details"))
        body = QFont(self.font())
        body.setPixelSize(18)
        self.detail.setFont(body)
        self.links = QWidget()
        self._links_layout = QVBoxLayout(self.links)
        self._links_layout.setContentsMargins(0, 0, 0, 0)
        self.link_buttons: dict[str, LinkButton] = {}
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.meta)
        content_layout.addWidget(self.links)
        content_layout.addWidget(self.detail)
        content_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setAccessibleName(Library.tr("Exercise details"))
        return self.scroll

    def _build_video_menu(self, with_clinic: bool) -> BigButton:
        """A clinic's video actions, kept out of the patient's way in one small menu."""
        self.video_button = BigButton(Library.tr("&Video…"), min_height=44)
        self.video_button.setToolTip(Library.tr("Use a video your clinic recorded for this exercise"))
        menu = QMenu(self.video_button)
        self.own_video_action = menu.addAction(Library.tr("Use our own video…"))
        self.remove_video_action = menu.addAction(Library.tr("Remove our video"))
        self.own_video_action.triggered.connect(self._choose_video)
        self.remove_video_action.triggered.connect(self.remove_video)
        self.video_button.setMenu(menu)
        self.video_button.setVisible(with_clinic)
        self.video_status = QLabel()
        self.video_status.setObjectName("videoStatus")
        self.video_status.setWordWrap(True)
        self.video_status.setAccessibleName(Library.tr("Video status"))
        self.video_status.hide()
        return self.video_button

    def _build_buttons(self) -> QHBoxLayout:
        self.start_button = BigButton(Library.tr("&Start this exercise"), primary=True)
        self.add_button = BigButton(Library.tr("Add to to&day"))
        self.start_button.clicked.connect(lambda: self._emit(self.sig_start))
        self.add_button.clicked.connect(lambda: self._emit(self.sig_add_to_today))
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.add_button)
        return row

    # --- public ------------------------------------------------------------------------------------
    def exercise(self) -> Exercise | None:
        return self._exercise

    def show_exercise(self, exercise: Exercise | None, *, easier: Sequence[Exercise] = (),
                      harder: Sequence[Exercise] = (), play: bool = True) -> None:
        changed = exercise is not self._exercise
        self._exercise = exercise
        for control in (self.start_button, self.add_button, self.video_button):
            control.setEnabled(exercise is not None)
        if changed:
            self.video_status.hide()
        if exercise is None:
            self.title.setText(Library.tr("No exercise matches"))
            self.meta.setText("")
            self.detail.setText(Library.tr("<p>No exercise matches. Clear the search or the filters.</p>"))
            self._set_links((), ())
            return
        e = exercise
        self.title.setText(e.name)
        equipment = ", ".join(equipment_text(x) for x in e.equipment)
        self.meta.setText(" · ".join((category_text(e.category), position_text(e.position), equipment,
                                      dose_text(e, e.dose))))
        self.detail.setText(
            f"<p>{escape(e.summary)}</p>"
            + html_list(Library.tr("How to do it"), e.instructions, ordered=True)
            + html_list(Library.tr("Tips"), e.cues)
            + html_list(Library.tr("Common mistakes"), e.mistakes)
            + html_list(Library.tr("Stop or ease off if"), e.stop_if)
        )
        self._set_links(easier, harder)
        self.set_in_today(self._in_today)
        self._refresh_video(play=play)
        if changed:
            self.scroll.verticalScrollBar().setValue(0)

    def set_in_today(self, in_today: bool) -> None:
        self._in_today = in_today
        self.add_button.set_label(
            Library.tr("In today's routine") if in_today else Library.tr("Add to to&day")
        )
        self.add_button.setEnabled(self._exercise is not None and not in_today)

    def attach_video(self, source: Path) -> bool:
        """Use ``source`` as this exercise's video (the service checks and copies it)."""
        if self._exercise is None or self._clinic is None:
            return False
        try:
            self._clinic.attach(self._exercise.id, source)
        except ClinicVideoError as error:
            self._say(Library.tr("{file} was not used: {reason}. The previous video is kept.").format(
                file=Path(source).name, reason=refusal_text(error.refusal)), problem=True)
            return False
        self._refresh_video(play=True)
        self._say(Library.tr("Your video is now used for this exercise."))
        return True

    def remove_video(self) -> None:
        if self._exercise is None or self._clinic is None:
            return
        try:
            self._clinic.detach(self._exercise.id)
        except ClinicVideoError as error:
            self._say(error.message, problem=True)
            return
        self._refresh_video(play=True)
        self._say(Library.tr("Your video was removed; the app's own demonstration is shown again."))

    def play_preview(self) -> None:
        if self._clip_pending:
            self._refresh_video(play=True)
        elif self._preview is not None:
            self._preview.play()

    def pause_preview(self) -> None:
        if self._preview is not None:
            self._preview.pause()

    def status_text(self) -> str:
        return self.video_status.text() if not self.video_status.isHidden() else ""

    # --- internals ---------------------------------------------------------------------------------
    def _emit(self, signal: Any) -> None:
        if self._exercise is not None:
            signal.emit(self._exercise)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.video_status.setProperty("problem", problem)
        self.video_status.setText(text)
        self.video_status.setAccessibleDescription(text)
        self.video_status.show()

    def _refresh_video(self, *, play: bool) -> None:
        e = self._exercise
        attached = e is not None and self._clinic is not None and self._clinic.attached(e.id) is not None
        self.remove_video_action.setEnabled(attached)
        self.video_button.set_label(Library.tr("&Video… (ours)") if attached else Library.tr("&Video…"))
        if e is None or self._preview is None or self._clip_for is None:
            return
        if not self.isVisible():
            # Loading a clip opens a video backend (tens of megabytes); wait until the page is seen.
            self._clip_pending = True
            return
        self._clip_pending = False
        clip = self._clip_for(e, Side.NONE)
        self._preview.show_clip(clip.path, caption=e.name, frame_source=clip.frame_source,
                                loop_seconds=clip.loop_seconds, autoplay=play)

    def _set_links(self, easier: Sequence[Exercise], harder: Sequence[Exercise]) -> None:
        clear_layout(self._links_layout)
        self.link_buttons = {}
        for heading, versions in (
            (Library.tr("Easier version:"), easier),
            (Library.tr("Harder version:"), harder),
        ):
            if not versions:
                continue
            row = QHBoxLayout()
            row.addWidget(QLabel(heading))
            for version in versions:
                button = LinkButton(version.name)
                button.setToolTip(Library.tr("Show {name}").format(name=version.name))
                button.clicked.connect(lambda _c=False, i=version.id: self.sig_open.emit(i))
                self.link_buttons[version.id] = button
                row.addWidget(button)
            row.addStretch(1)
            self._links_layout.addLayout(row)
        self.links.setVisible(bool(self.link_buttons))

    def _choose_video(self) -> None:
        source = self.choose_video_file()
        if source is not None:
            self.attach_video(source)

    def _ask_for_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, Library.tr("Choose your video for this exercise"), str(Path.home()),
            Library.tr("Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.avi *.ogv *.mpg *.wmv);;All files (*)"))
        return Path(name) if name else None
