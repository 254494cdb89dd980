"""The one place that knows where Matside's files live.

Bundled data (``resources/`` and ``routines/``) is found in three layouts:

- a frozen PyInstaller bundle: both folders sit under ``sys._MEIPASS``;
- an installed wheel: both folders are shipped inside the ``matside`` package;
- a source checkout: both folders sit at the top of the repository, beside ``app/``.

User data goes to the platform's folders (platformdirs); tests and portable set-ups can move
all of it with the ``MATSIDE_HOME`` environment variable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from matside import APP_NAME

RESOURCE_SCHEME = "resource:"

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # matside/, the package


def _data_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    if (_PACKAGE_DIR / "resources").is_dir():
        return _PACKAGE_DIR  # an installed wheel
    return _PACKAGE_DIR.parents[1]  # a checkout: app/matside/ -> the repository


def resources_dir() -> Path:
    """The folder of bundled images, sounds, icons and the schema."""
    return _data_root() / "resources"


def routines_dir() -> Path:
    """The folder of the bundled routine files."""
    return _data_root() / "routines"


def resource(relative: str) -> Path:
    """A bundled resource by its path below ``resources/``."""
    return resources_dir() / relative


def bundled_routines() -> list[Path]:
    """The bundled routine files, sorted by file name."""
    return sorted(routines_dir().glob("*.json"))


def resolve_image(reference: str, routine_file: Path | None) -> Path | None:
    """The file a picture reference names, or None when it may not be shown.

    A reference is ``resource:images/NAME`` (a bundled picture) or a path relative to the
    routine's own folder (see :func:`matside.core.routine.picture_reference_problem`). Once
    resolved, symlinks included, the file must still lie inside the bundled images or the
    routine's folder (:func:`picture_folder`): a reference that reaches anywhere else gives
    None, as does any reference of a routine never saved (it has no folder yet) unless it is
    bundled. Read the file with ``read_regular_file(path, limit, inside=picture_folder(...))``
    so that it is still inside when it is opened.

    Args:
        reference: the reference as written in the routine.
        routine_file: the routine's own file, or None for a routine not yet saved.
    """
    from matside.core.routine import picture_reference_problem

    base = picture_folder(reference, routine_file)
    if base is None or picture_reference_problem(reference) is not None:
        return None
    relative = reference
    if reference.startswith(RESOURCE_SCHEME):
        relative = reference[len(RESOURCE_SCHEME + "images/") :]
    try:
        real_base = base.resolve()
        real = (base / relative).resolve()
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a name the system refuses
        return None
    return real if real.is_relative_to(real_base) and real != real_base else None


def picture_folder(reference: str, routine_file: Path | None) -> Path | None:
    """The folder a picture reference must stay inside: the bundled images for
    ``resource:images/NAME``, else the routine's own folder (None for a routine never saved)."""
    if reference.startswith(RESOURCE_SCHEME):
        return resources_dir() / "images"
    if routine_file is None:
        return None
    return Path(os.path.abspath(routine_file)).parent


def _user_dir(kind: str) -> Path:
    home = os.environ.get("MATSIDE_HOME")
    if home:
        return Path(home) / kind
    finder = {
        "data": platformdirs.user_data_path,
        "config": platformdirs.user_config_path,
        "cache": platformdirs.user_cache_path,
        "state": platformdirs.user_state_path,
        "log": platformdirs.user_log_path,
    }[kind]
    return Path(finder(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    """Where the user's data lives (their routines are in its ``routines`` folder)."""
    return _user_dir("data")


def user_routines_dir() -> Path:
    """The folder of the user's own routines."""
    return user_data_dir() / "routines"


def logbook_path() -> Path:
    """The training log, an SQLite database in the user data folder."""
    return user_data_dir() / "logbook.sqlite3"


def user_config_dir() -> Path:
    """Where settings are kept."""
    return _user_dir("config")


def user_cache_dir() -> Path:
    """Where rendered speech and other rebuildable files are kept."""
    return _user_dir("cache")


def user_state_dir() -> Path:
    """Where the app keeps what it remembers between runs that is not a setting (the window's
    size and place)."""
    return _user_dir("state")


def user_log_dir() -> Path:
    """Where the log file is kept (Help ▸ Open log folder shows it)."""
    return _user_dir("log")
