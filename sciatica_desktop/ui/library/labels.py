"""Words for the library's filters: positions and equipment, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sciatica_desktop.domain.exercise import Equipment, Position


class Library(QObject):
    """The translation context of the library's words: ``Library.tr("…")``.

    A class, not a ``tr()`` function: pyside6-lupdate files a bare ``tr()`` under no context, and Qt
    looks the text up under the class name, so only ``Class.tr`` puts both in the same place."""


def position_text(position: Position) -> str:
    return {
        Position.ON_BACK: Library.tr("Lying on your back"),
        Position.ON_FRONT: Library.tr("Lying on your front"),
        Position.SIDE_LYING: Library.tr("Lying on your side"),
        Position.HANDS_KNEES: Library.tr("On hands and knees"),
        Position.SITTING: Library.tr("Sitting"),
        Position.STANDING: Library.tr("Standing"),
    }[position]


def equipment_text(equipment: Equipment) -> str:
    return {
        Equipment.NONE: Library.tr("No equipment"),
        Equipment.CHAIR: Library.tr("Chair"),
        Equipment.STRAP: Library.tr("Towel or strap"),
        Equipment.BAND: Library.tr("Exercise band"),
        Equipment.WEIGHTS: Library.tr("Light weights"),
    }[equipment]
