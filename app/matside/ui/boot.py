"""The GUI's first step, taken before the UI's own modules are imported: the QApplication.

It imports the Qt-free modules the UI needs before PySide6 itself, and then tells PySide
that none of the modules loaded so far selects a ``__feature__`` (see
:func:`_no_features_in_loaded_modules`): once loaded, PySide reads the source of each module an
import statement names for the first time after it: 26 modules and about 3 ms of `matside run`.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

QT_FREE_FIRST = (
    "matside.backends.audio",
    "matside.backends.awake",
    "matside.core.clock",
    "matside.core.cues",
    "matside.core.routine",
    "matside.core.session",
    "matside.core.settings",
    "matside.backends.speech",
    "matside.core.timeline",
    "platformdirs",  # the GUI reads its settings at once; storage.paths imports it when asked
)
"""The Qt-free modules the UI imports, imported before PySide6 (see above)."""

STYLE_ARGUMENTS = ["-style", "fusion"]
"""Arguments that give a new QApplication the Fusion style from its first moment.

Cheaper than ``setStyle("Fusion")`` at start-up: that call returns the style to Python, and
PySide then builds the Python classes for QStyle's 14 enums and their 585 values (about 6 ms),
which nothing else before the first frame needs.
"""

_MADE_HERE = "matsideFusionFromArguments"


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication: the existing one, or a new one with the Fusion style.

    No thread fills Qt's font database ahead of the first text (as one did until issue 8's
    third session): ``QFontDatabase.families`` keeps the interpreter lock while fontconfig
    reads, so the UI's imports waited for it all the same, 6 ms in ``Thread.start``.

    Args:
        argv: the command line for a new application; ``sys.argv`` by default.
    """
    for name in QT_FREE_FIRST:
        importlib.import_module(name)
    from PySide6.QtWidgets import QApplication

    _no_features_in_loaded_modules()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([*(argv or sys.argv), *STYLE_ARGUMENTS])
    app.setProperty(_MADE_HERE, True)
    return app


def has_fusion_from_arguments(app: QApplication) -> bool:
    """Whether ``app`` was made by :func:`application`, with the Fusion style already."""
    return bool(app.property(_MADE_HERE))


def _no_features_in_loaded_modules() -> None:
    """Give PySide, for the modules loaded so far, the answer it would read their sources for.

    PySide6 replaces ``__import__`` (PYSIDE-2029): after every import statement it looks up
    the module named in ``__feature__.pyside_feature_dict`` and, the first time, reads the
    module's whole source (``inspect.getsource``) to see whether it mentions PySide6, which
    decides whether the module may switch to the opt-in ``snake_case`` and ``true_property``
    APIs: 0 for "uses PySide, no feature selected", -1 for "ignore". Matside selects no
    feature, so the answer changes nothing but the time spent reading: the UI's import
    statements name 26 modules that are loaded already (typing, logging, pathlib, the
    Qt-free core...), some 3 ms of start-up. The same cost is reported from other PySide6
    apps (napari issue 8584).

    The table is not a documented API: where it is missing, nothing is done and PySide reads
    as before. ``tests/test_startup.py`` notices when that starts to happen.
    """
    table = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in list(sys.modules):
        uses_pyside = name.startswith(("PySide6", "shiboken6", "matside.ui"))
        table.setdefault(name, 0 if uses_pyside else -1)
