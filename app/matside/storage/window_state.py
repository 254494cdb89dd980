"""The window's size and place, remembered between runs.

Qt writes the geometry as opaque bytes (``QWidget.saveGeometry``) and checks them when they
come back, moving a window that would land off every screen; here they are only kept, base64 in
a small JSON file written atomically. A missing, unreadable or damaged file means "no size
remembered": the window then opens at its first size, and nothing is reported.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from matside.storage import paths
from matside.storage.files import FileRefused, atomic_write_text, read_regular_file

MAX_BYTES = 16 * 1024
"""The file's largest size; Qt's geometry takes under a hundred bytes."""


def window_state_path() -> Path:
    """The file that keeps the window's geometry."""
    return paths.user_state_dir() / "window.json"


def load_geometry(path: Path | None = None) -> bytes | None:
    """The geometry saved last, or None when there is none to use."""
    try:
        raw = read_regular_file(path or window_state_path(), MAX_BYTES)
        data = json.loads(raw.decode("utf-8"))
        text = data["geometry"] if isinstance(data, dict) else None
        if not isinstance(text, str):
            return None
        return base64.b64decode(text.encode("ascii"), validate=True) or None
    except (OSError, FileRefused, ValueError, KeyError, binascii.Error, RecursionError):
        return None


def save_geometry(geometry: bytes, path: Path | None = None) -> None:
    """Keep ``geometry`` for the next start; raises OSError when it cannot be written."""
    target = path or window_state_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"geometry": base64.b64encode(geometry).decode("ascii")})
    atomic_write_text(target, text + "\n")
