"""The README's tree of the code is the tree of the code."""

from __future__ import annotations

import re
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]


def test_the_readme_lists_every_package_folder_and_no_other() -> None:
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^(app/matside/(?:[a-z_]+/)*)\s", readme, re.MULTILINE))
    folders = {
        f"{path.parent.relative_to(REPOSITORY).as_posix()}/"
        for path in (REPOSITORY / "app" / "matside").rglob("__init__.py")
    }
    assert listed == folders


def test_app_holds_only_the_matside_package() -> None:
    kept = {p.name for p in (REPOSITORY / "app").iterdir() if p.name != "__pycache__"}
    assert kept == {"matside"}
