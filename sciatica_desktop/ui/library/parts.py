"""Small widgets of the exercise detail view: rich text that grows, a 16:9 box, link buttons, wording."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from sciatica_desktop.services.video_probe import Refusal
from sciatica_desktop.ui.library.labels import Library
from sciatica_desktop.ui.widgets.buttons import BigButton


def refusal_text(refusal: Refusal | None) -> str:
    return {
        Refusal.MISSING: Library.tr("the file is missing"),
        Refusal.UNREADABLE: Library.tr("cannot read the file"),
        Refusal.NOT_A_VIDEO: Library.tr("not a video"),
        Refusal.NO_VIDEO_TRACK: Library.tr("no video track"),
        Refusal.UNDECODABLE: Library.tr("the video cannot be decoded"),
        Refusal.NO_PROBE: Library.tr("videos cannot be checked on this computer"),
        None: Library.tr("it could not be copied into the data folder"),
    }[refusal]


def html_list(title: str, lines: Sequence[str], *, ordered: bool = False) -> str:
    if not lines:
        return ""
    tag = "ol" if ordered else "ul"
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f"<h3>{escape(title)}</h3><{tag}>{items}</{tag}>"


class RichText(QLabel):
    """The exercise's text; grows with its content inside the scroll area."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def toPlainText(self) -> str:
        doc = QTextDocument()
        doc.setHtml(self.text())
        return doc.toPlainText()


class AspectBox(QWidget):
    """Holds the preview at 16:9, as large as fits and centred, so no black bars fill the pane."""

    def __init__(self, child: QWidget) -> None:
        super().__init__()
        self._child = child
        child.setParent(self)
        child.setMinimumSize(160, 90)
        self.setMinimumHeight(110)
        self.setMaximumHeight(320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = min(self.width(), self.height() * 16 // 9)
        height = width * 9 // 16
        self._child.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)


class LinkButton(BigButton):
    """An easier or harder version: a flat button that reads like a link."""

    def __init__(self, text: str) -> None:
        super().__init__(text, min_height=44)
        self.setObjectName("versionLink")
        self.setCursor(Qt.CursorShape.PointingHandCursor)


def clear_layout(layout: Any) -> None:
    """Empty a layout now (widgets leave at once, so nothing stale is found or focused)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().setParent(None)
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
