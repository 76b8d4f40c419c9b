"""Backend ranking: vlc > qt > fallback; a refused preference falls back and says why."""

from __future__ import annotations

import pytest

from sciatica_desktop.media.player import BackendProbe, choose_backend, create_player, probe_backends

VLC_OK = BackendProbe("vlc", True, "libvlc 3.0")
VLC_NO = BackendProbe("vlc", False, "libvlc is not installed")
QT_OK = BackendProbe("qt", True, "QtMultimedia")
QT_NO = BackendProbe("qt", False, "libpulse missing")
FB = BackendProbe("fallback", True, "always available")


@pytest.mark.parametrize(
    ("preference", "probes", "chosen"),
    [
        ("auto", [VLC_OK, QT_OK, FB], "vlc"),
        ("auto", [VLC_NO, QT_OK, FB], "qt"),
        ("auto", [VLC_NO, QT_NO, FB], "fallback"),
        ("auto", [VLC_NO, QT_NO], "fallback"),
        ("vlc", [VLC_OK, QT_OK, FB], "vlc"),
        ("vlc", [VLC_NO, QT_OK, FB], "qt"),
        ("vlc", [VLC_NO, QT_NO, FB], "fallback"),
        ("qt", [VLC_OK, QT_OK, FB], "qt"),
        ("qt", [VLC_OK, QT_NO, FB], "vlc"),
        ("none", [VLC_OK, QT_OK, FB], "fallback"),
    ],
)
def test_choice_table(preference: str, probes: list[BackendProbe], chosen: str) -> None:
    choice = choose_backend(preference, probes)
    assert choice.name == chosen
    assert set(choice.reasons) == {"vlc", "qt", "fallback"} - {chosen}
    assert all(choice.reasons.values())


def test_auto_without_vlc_gives_vlcs_reason() -> None:
    name, reasons = choose_backend("auto", [VLC_NO, QT_OK, FB])
    assert name == "qt"
    assert reasons["vlc"] == "libvlc is not installed"
    assert "ranks higher" in reasons["fallback"]


def test_explicit_vlc_unavailable_falls_back_to_qt_and_says_why() -> None:
    name, reasons = choose_backend("vlc", [VLC_NO, QT_OK, FB])
    assert name == "qt"
    assert "requested" in reasons["vlc"]
    assert "libvlc is not installed" in reasons["vlc"]
    assert "using qt" in reasons["vlc"]


def test_none_turns_video_off_for_every_real_backend() -> None:
    name, reasons = choose_backend("none", [VLC_OK, QT_OK, FB])
    assert name == "fallback"
    assert "turned off" in reasons["vlc"]
    assert "turned off" in reasons["qt"]


def test_unknown_preference_is_a_bug() -> None:
    with pytest.raises(ValueError, match="preference"):
        choose_backend("gstreamer", [FB])


def test_probe_backends_offscreen_refuses_vlc_without_loading_it(qapp) -> None:
    probes = {p.name: p for p in probe_backends()}
    assert list(probes) == ["vlc", "qt", "fallback"]
    assert not probes["vlc"].available
    assert "offscreen" in probes["vlc"].reason
    assert probes["qt"].available
    assert probes["fallback"].available
    assert choose_backend("auto", list(probes.values())).name == "qt"


def test_create_player_builds_each_backend_by_name(qapp) -> None:
    for name in ("qt", "fallback"):
        player = create_player(name)
        assert player.name == name
        player.close()
    with pytest.raises(ValueError, match="unknown"):
        create_player("gstreamer")
