"""Figure 6: the size of the packaged app, once ``dist/`` holds a build.

A one-folder build is ``dist/matside/``; a one-file build is a single file in ``dist/`` whose
name starts with ``matside`` (``dist/matside`` itself when no folder build sits there, or e.g.
``dist/matside-onefile``, ``dist/matside.exe``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bench.common import ROOT, Figure, Section

DIST = ROOT / "dist"
MB = 1024 * 1024


def folder_size(folder: Path) -> int:
    """Bytes in every regular file below ``folder`` (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _when(path: Path) -> str:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")


def measure_bundle() -> Section:
    section = Section("bundle")
    folder = DIST / "matside"
    one_folder = folder_size(folder) if folder.is_dir() else None
    files = (
        sorted(p for p in DIST.iterdir() if p.is_file() and p.name.startswith("matside"))
        if DIST.is_dir()
        else []
    )
    one_file = files[0].stat().st_size if files else None
    section.details = {
        "dist": str(DIST),
        "one_folder": str(folder) if one_folder is not None else "not built",
        "one_folder_bytes": one_folder,
        "one_folder_files": sum(1 for p in folder.rglob("*") if p.is_file())
        if one_folder is not None
        else None,
        "one_file": str(files[0]) if files else "not built",
        "one_file_bytes": one_file,
        "built_utc": {
            str(path.relative_to(ROOT)): _when(path)
            for path in ([folder] if one_folder is not None else []) + files[:1]
        },
    }
    section.figures = [
        Figure(
            "bundle.one_folder_mb",
            "Bundle, one folder (dist/matside/)",
            round(one_folder / MB, 1) if one_folder is not None else None,
            "MB",
            note="" if one_folder is not None else "not built",
        ),
        Figure(
            "bundle.one_file_mb",
            "Bundle, one file",
            round(one_file / MB, 1) if one_file is not None else None,
            "MB",
            note=files[0].name if files else "not built",
        ),
    ]
    return section
