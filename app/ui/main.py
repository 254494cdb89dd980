"""Starting the graphical app."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(
    routine_path: Path | None = None,
    sets: int | None = None,
    autostart: bool = False,
    exit_when_done: bool = False,
    fullscreen: bool = False,
) -> int:
    """Open the app; returns the exit status."""
    print(
        "matside: the run screen is not built yet; `matside plan PATH` prints a routine's timeline",
        file=sys.stderr,
    )
    return 1
