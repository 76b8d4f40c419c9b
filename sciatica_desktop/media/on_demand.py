"""The workout's and the library's video surfaces and the workout's cues, each made the first time it is used.

A video surface loads the media modules and builds Qt's ``Qt`` namespace, and the cues load the sound
modules: about 1.5 MiB together, which a patient who only reads Today, checks in or looks at their history
never needs. The pages that use them (workout, library) are built on first use too (``LazyPage``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sciatica_desktop.media.cues import CuePlayer
    from sciatica_desktop.media.video_view import PlayerFactory, VideoView

log = logging.getLogger(__name__)


class MediaOnDemand:
    """Named video surfaces ("workout", "preview") and one cue player, built when first asked for."""

    def __init__(self, players: dict[str, PlayerFactory | None], cues: Callable[[], CuePlayer]) -> None:
        """``players``: for each surface, what makes its video player (None: the drawn demonstration only);
        ``cues``: what makes the cue player."""
        self._players = dict(players)
        self._make_cues = cues
        self._views: dict[str, VideoView] = {}
        self._cues: CuePlayer | None = None

    def view(self, name: str) -> VideoView:
        """The surface called ``name``, made now if it does not exist yet."""
        view = self._views.get(name)
        if view is None:
            from sciatica_desktop.media.video_view import VideoView

            view = self._views[name] = VideoView(self._players[name])
            view.sig_notice.connect(lambda text: log.warning("video (%s): %s", name, text))
        return view

    def built_views(self) -> list[VideoView]:
        """The surfaces made so far (the others hold no player to release)."""
        return list(self._views.values())

    @property
    def cues(self) -> CuePlayer:
        """The cue player, made now if it does not exist yet (it opens no device until the first cue)."""
        if self._cues is None:
            self._cues = self._make_cues()
        return self._cues

    def release(self) -> None:
        """Stop and free every player made so far; a surface asked for later draws the demonstration only
        (the window is closing: no new player may start drawing into it)."""
        for view in self._views.values():
            view.release()
        self._players = dict.fromkeys(self._players)
