"""An installed wheel carries resources/ and routines/ inside the package, and finds them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_wheel_ships_the_data_and_paths_finds_it_there(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "dist"),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("matside-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(site)
    assert "matside/resources/routine.schema.json" in names
    assert "matside/routines/hip-opening.json" in names
    assert "matside/resources/sounds/work_start.wav" in names
    assert "matside/core/routine.py" in names
    assert not any(name.startswith("app/") for name in names)  # no top-level `app` package
    # Run from the unpacked wheel, away from the checkout, as an installed copy runs.
    probe = (
        "import json; from matside.storage import paths; "
        "print(json.dumps([str(paths.resources_dir()), len(paths.bundled_routines())]))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    resources, count = json.loads(result.stdout)
    assert resources == str(site / "matside" / "resources")
    assert count == len(list((REPO / "routines").glob("*.json")))
