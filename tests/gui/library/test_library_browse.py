"""Browsing the library: thumbnails, search and filters, the detail view with its preview and links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from sciatica_desktop.domain.exercise import Category, Equipment, Position


def choose(combo: Any, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_each_filter_and_the_search_narrow_the_list(start_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    run = start_app()
    library, catalogue = run.library, run.core.catalogue
    everything = library.visible_ids()
    assert len(everything) == len(catalogue) >= 25
    assert library.count_label.text().startswith(f"{len(everything)} of {len(everything)}")

    choose(library.category, Category.STRETCH)
    stretches = library.visible_ids()
    assert 0 < len(stretches) < len(everything)
    assert all(catalogue[i].category is Category.STRETCH for i in stretches)

    choose(library.position, Position.SITTING)
    seated = library.visible_ids()
    assert 0 < len(seated) < len(stretches)
    assert all(catalogue[i].position is Position.SITTING for i in seated)
    library.category.setCurrentIndex(0)
    library.position.setCurrentIndex(0)

    choose(library.equipment, Equipment.CHAIR)
    chair = library.visible_ids()
    assert 0 < len(chair) < len(everything)
    assert all(Equipment.CHAIR in catalogue[i].equipment for i in chair)
    library.equipment.setCurrentIndex(0)

    qtbot.keyClicks(library.search, "nerve")
    found = library.visible_ids()
    assert 0 < len(found) < len(everything)
    assert library.visible_ids() == [e.id for e in catalogue.filter(text="nerve")]
    choose(library.position, Position.ON_FRONT)  # nerve glides are not done lying on the front
    assert library.visible_ids() == []
    assert not library.start_button.isEnabled() and not library.add_button.isEnabled()
    assert "No exercise matches" in library.detail.toPlainText()


def test_every_exercise_gets_a_thumbnail(start_app) -> None:  # type: ignore[no-untyped-def]
    run = start_app()
    library = run.library
    placeholder = library.thumbnails.placeholder.cacheKey()
    icons = [library.list.item(i).icon() for i in range(library.list.count())]
    assert all(not icon.isNull() for icon in icons)
    library.thumbnails.make_all_now()
    drawn = [library.list.item(i).icon() for i in range(library.list.count())]
    assert all(icon.cacheKey() != placeholder for icon in drawn)
    image = drawn[0].pixmap(library.list.iconSize()).toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 3  # a picture, not a flat placeholder
    from sciatica_desktop.gui_pages import (
        thumbnail_for,  # a still of the drawn demonstration, not a title card
    )

    assert all(thumbnail_for(e, library.list.iconSize()) is not None for e in run.core.catalogue)


def test_the_detail_view_previews_and_links_to_easier_and_harder(start_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    run = start_app()
    run.gui.window.show_page("library")
    library, catalogue = run.library, run.core.catalogue
    library.open_exercise("glute_bridge")
    view = library.detail_view
    assert view.title.text() == catalogue["glute_bridge"].name
    text = library.detail.toPlainText()
    for heading in ("How to do it", "Tips", "Common mistakes", "Stop or ease off if"):
        assert heading in text
    assert catalogue["glute_bridge"].instructions[0] in text
    assert run.shown and run.shown[-1][0] == "preview"
    assert run.shown[-1][1] is not None and run.shown[-1][1].name == "glute_bridge.mp4"


    middle = next(e.id for e in catalogue if catalogue.easier(e.id) and catalogue.harder(e.id))
    easier, harder = catalogue.easier(middle)[0], catalogue.harder(middle)[0]
    library.open_exercise(middle)
    assert {easier.id, harder.id} <= set(view.link_buttons)
    assert "Easier version" in view.links.findChildren(type(view.title))[0].text()
    qtbot.mouseClick(view.link_buttons[harder.id], Qt.MouseButton.LeftButton)
    assert library.current_id() == harder.id
    assert view.title.text() == harder.name
    assert run.shown[-1] == ("preview", run.shown[-1][1]) and len(run.shown) >= 3

    library.open_exercise(middle)
    qtbot.keyClicks(library.search, middle)  # a search that hides the easier version
    assert library.visible_ids() == [middle]
    view.link_buttons[easier.id].setFocus()
    qtbot.keyClick(view.link_buttons[easier.id], Qt.Key.Key_Space)  # links work from the keyboard too
    assert library.current_id() == easier.id
    assert library.search.text() == "" and len(library.visible_ids()) == len(catalogue)


def test_start_this_exercise_opens_the_workout_on_it(start_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    run = start_app()
    run.gui.window.show_page("library")
    library = run.library
    library.open_exercise("bird_dog")
    qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    assert run.gui.window.current_page() == "workout"
    active = run.gui.shell.workout.active
    assert active is not None and [i.exercise.id for i in active.runner.items] == ["bird_dog"]


def test_the_keyboard_reaches_the_list_and_enter_starts(start_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    run = start_app()
    run.gui.window.show_page("library")
    library = run.library
    qtbot.keyClicks(library.search, "clamshell")
    library.list.setFocus()
    qtbot.keyClick(library.list, Qt.Key.Key_Return)
    assert run.gui.window.current_page() == "workout"
    assert [i.exercise.id for i in run.gui.shell.workout.active.runner.items] == ["clamshell"]
