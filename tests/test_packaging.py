"""The wheel must carry everything the installed app needs: TCSS styles, the sample studies and
the compiled catalogs of every locale."""

from __future__ import annotations

import zipfile
from pathlib import Path

from hatchling.builders.wheel import WheelBuilder

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_every_style_and_sample_study(tmp_path: Path) -> None:
    [wheel] = list(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"]))
    names = set(zipfile.ZipFile(wheel).namelist())

    styles = sorted(p.name for p in (ROOT / "styles").glob("*.tcss"))
    assert styles, "styles/ holds no TCSS"
    for name in styles:
        assert f"koji_tui/styles/{name}" in names

    studies = sorted((ROOT / "koji_tui" / "server" / "studies").glob("*.json"))
    assert len(studies) >= 3
    for path in studies:
        assert f"koji_tui/server/studies/{path.name}" in names

    catalogs = sorted((ROOT / "koji_tui" / "locales").rglob("*.mo"))
    assert len(catalogs) >= 16  # es fr de pt × interview kiosk cli app
    for path in catalogs:
        assert path.relative_to(ROOT).as_posix() in names

    entry_points = zipfile.ZipFile(wheel).read("koji_tui-0.1.0.dist-info/entry_points.txt").decode()
    assert "koji-tui = koji_tui.cli:main" in entry_points


def test_no_tcss_outside_styles() -> None:
    stray = [p for p in (ROOT / "koji_tui").rglob("*.tcss")]
    assert stray == [], "all TCSS lives in the top-level styles/ folder"
