"""How one exercise looks in the library list: thumbnail, name (up to two lines), and a quieter subtitle."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 6

_Index = QModelIndex | QPersistentModelIndex


class ExerciseItemDelegate(QStyledItemDelegate):
    def __init__(self, icon_size: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = icon_size

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        name = QFont(option.font)  # type: ignore[attr-defined]
        name.setPixelSize(17)
        name.setBold(True)
        sub = QFont(option.font)  # type: ignore[attr-defined]
        sub.setPixelSize(14)
        return name, sub

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        name, sub = self._fonts(option)
        text = QFontMetrics(name).height() * 2 + QFontMetrics(sub).height() + PAD
        return QSize(self._icon.width() + 120, max(self._icon.height(), text) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        top = rect.top() + (rect.height() - self._icon.height()) // 2
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left() + PAD, top, self._icon.width(), self._icon.height()))
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        left = rect.left() + self._icon.width() + 2 * PAD
        area = QRect(left, rect.top() + PAD, rect.right() - left - PAD, rect.height() - 2 * PAD)
        name_font, sub_font = self._fonts(option)
        painter.setPen(colour)
        painter.setFont(name_font)
        metrics = QFontMetrics(name_font)
        lines = _two_lines(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), metrics, area.width())
        y = area.top()
        for line in lines:
            painter.drawText(QRect(area.left(), y, area.width(), metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
            y += metrics.height()
        painter.setFont(sub_font)
        sub_metrics = QFontMetrics(sub_font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText).darker(130))
        subtitle = sub_metrics.elidedText(str(index.data(SUBTITLE_ROLE) or ""), Qt.TextElideMode.ElideRight,
                                          area.width())
        painter.drawText(QRect(area.left(), y + 2, area.width(), sub_metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), subtitle)
        painter.restore()


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Wrap at word boundaries into at most two lines, eliding the second."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first and words:  # one word wider than the column
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    if not rest:
        return [first]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
