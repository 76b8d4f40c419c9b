"""One questionnaire, drawn from its definition file: scales, choices, yes/no items, and the patient's
own activity names (PSFS). The domain scores and checks the answers; this dialog only collects them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from sciatica_desktop.domain.measures import Item, ItemAnswer, ItemKind, Questionnaire
from sciatica_desktop.ui.widgets.buttons import BigButton
from sciatica_desktop.ui.widgets.choice_bar import ChoiceBar
from sciatica_desktop.ui.widgets.labels import wrapped_label
from sciatica_desktop.ui.widgets.theme import alert


def _text(text: str, px: int = 17, *, bold: bool = False) -> QLabel:
    return wrapped_label(text, px, bold=bold)


class QuestionnaireDialog(QDialog):
    sig_done = Signal(str, object)
    """The questionnaire's id and the answers given (a list of ItemAnswer)."""

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.setWindowTitle(questionnaire.name)
        self.bars: dict[str, ChoiceBar] = {}
        self.labels: dict[str, QLineEdit] = {}
        body = QVBoxLayout()
        body.addWidget(_text(questionnaire.name, 22, bold=True))
        if questionnaire.instructions:
            body.addWidget(_text(questionnaire.instructions))
        for item in questionnaire.items:
            self._add_item(body, item)
        body.addWidget(_text(self.tr("Source: {s}").format(s="; ".join(questionnaire.sources)), 12))
        inner = QWidget()
        inner.setLayout(body)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error = _text("")
        alert(self.error)
        self.done_button = BigButton(self.tr("Save answers"), primary=True)
        self.done_button.clicked.connect(self._done)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.done_button)
        self.resize(820, 600)

    def _add_item(self, body: QVBoxLayout, item: Item) -> None:
        body.addWidget(_text(item.text, 18, bold=True))
        if item.ask_label:
            edit = QLineEdit()
            edit.setMinimumHeight(44)
            edit.setPlaceholderText(self.tr("Name the activity"))
            edit.setAccessibleName(self.tr("{item}: activity").format(item=item.text))
            self.labels[item.id] = edit
            body.addWidget(edit)
        if item.kind is ItemKind.CHOICE:
            choices = [(o.value, o.text) for o in item.options]
            bar = ChoiceBar(item.text, choices, button_height=44, font_px=17, vertical=True)
        elif item.kind is ItemKind.YES_NO:
            bar = ChoiceBar(item.text, [(1, self.tr("Yes")), (0, self.tr("No"))], button_height=44)
        else:
            bar = ChoiceBar(item.text, [(v, str(v)) for v in range(item.min, item.max + 1)], button_height=48)
        self.bars[item.id] = bar
        body.addWidget(bar)
        if item.kind is ItemKind.SCALE and (item.min_label or item.max_label):
            anchors = self.tr("{min} = {min_label}    ·    {max} = {max_label}").format(
                min=item.min, min_label=item.min_label, max=item.max, max_label=item.max_label
            )
            body.addWidget(_text(anchors, 13))

    def answers(self) -> list[ItemAnswer]:
        out = []
        for item in self.questionnaire.items:
            value = self.bars[item.id].value()
            label = self.labels[item.id].text().strip() if item.id in self.labels else ""
            if value is not None:
                out.append(ItemAnswer(item.id, int(value), label))
        return out

    def _done(self) -> None:
        self.sig_done.emit(self.questionnaire.id, self.answers())

    def show_problem(self, message: str) -> None:
        self.error.setText(message)
