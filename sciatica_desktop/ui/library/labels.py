"""Words for the library's filters: positions and equipment, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sciatica_desktop.domain.exercise import Equipment, Position


def tr(text: str) -> str:
    return QCoreApplication.translate("Library", text)


def position_text(position: Position) -> str:
    return {
        Position.ON_BACK: tr("Lying on your back"),
        Position.ON_FRONT: tr("Lying on your front"),
        Position.SIDE_LYING: tr("Lying on your side"),
        Position.HANDS_KNEES: tr("On hands and knees"),
        Position.SITTING: tr("Sitting"),
        Position.STANDING: tr("Standing"),
    }[position]


def equipment_text(equipment: Equipment) -> str:
    return {
        Equipment.NONE: tr("No equipment"),
        Equipment.CHAIR: tr("Chair"),
        Equipment.STRAP: tr("Towel or strap"),
        Equipment.BAND: tr("Exercise band"),
        Equipment.WEIGHTS: tr("Light weights"),
    }[equipment]
