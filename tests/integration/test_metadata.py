"""The app's identity written once and used everywhere it belongs: the app ID, the version, the
project's addresses and licence, as the desktop file, the AppStream metadata, the macOS bundle
and the Python package say them. (The validators run in CI: packaging/check-metadata.sh.)"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from matside import APP_ID, APP_NAME, __version__

REPOSITORY = Path(__file__).resolve().parents[2]
LINUX = REPOSITORY / "packaging" / "linux"
PYPROJECT: dict[str, Any] = tomllib.loads((REPOSITORY / "pyproject.toml").read_text("utf-8"))
PROJECT: dict[str, Any] = PYPROJECT["project"]


def desktop_entry() -> dict[str, str]:
    text = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def test_the_desktop_file_is_named_and_iconed_by_the_app_id_and_takes_a_file() -> None:
    assert sorted(p.name for p in LINUX.glob("*.desktop")) == [f"{APP_ID}.desktop"]
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == f"{next(iter(PROJECT['scripts']))} %f"
    # X11 matches a window by its WM_CLASS class, which Qt sets to the application's name.
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Name"] == APP_NAME


def test_appstream_names_the_app_its_launcher_binary_and_version() -> None:
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert [b.text for b in root.iterfind("provides/binary")] == list(PROJECT["scripts"])
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.findtext("summary") is not None
    keywords = {k.text for k in root.iterfind("keywords/keyword")}
    desktop_keywords = set(desktop_entry()["Keywords"].strip(";").split(";"))
    assert keywords <= desktop_keywords
    assert [c.text for c in root.iterfind("categories/category")] == (
        desktop_entry()["Categories"].strip(";").split(";")
    )


def test_appstream_addresses_are_the_projects_and_its_screenshots_exist() -> None:
    urls = PROJECT["urls"]
    root = metainfo()
    found = {u.get("type"): u.text for u in root.iterfind("url")}
    assert found == {
        "homepage": urls["Homepage"],
        "bugtracker": urls["Issues"],
        "vcs-browser": urls["Source"],
    }
    raw = urls["Source"].replace("https://github.com/", "https://raw.githubusercontent.com/")
    images = [i.text or "" for i in root.iterfind("screenshots/screenshot/image")]
    assert images
    for image in images:
        assert image.startswith(f"{raw}/main/docs/screenshots/")
        assert (REPOSITORY / image.removeprefix(f"{raw}/main/")).is_file()


def test_the_macos_bundle_and_the_licence_agree() -> None:
    spec = (REPOSITORY / "packaging" / "matside.spec").read_text(encoding="utf-8")
    assert re.findall(r'bundle_identifier="([^"]+)"', spec) == [APP_ID]
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert (REPOSITORY / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
