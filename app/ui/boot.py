"""The GUI's first step, taken before the UI's own modules are imported: the QApplication.

Made this early, it lets Qt fill its font database on the machine's other core while Python
imports and builds the UI (issue 8): the first text laid out needs the database, which takes
8-12 ms to read from fontconfig, and a bare PySide6 window (the start-up bench's yardstick)
never lays out text. ``QFontDatabase`` is thread-safe, and PySide releases the interpreter
lock during the call, so the filling runs alongside the imports instead of after them.

It also imports the Qt-free modules the UI needs before PySide6 itself. Once loaded, PySide
reads the source of each module an import statement names for the first time after it
(``inspect.getsource``, about 0.2 ms a module, for its opt-in ``__feature__`` switches,
PYSIDE-2029). The UI's own import statements still name the modules listed here, but not the
standard-library modules those import in turn, nor platformdirs' own: 28 modules are read
instead of 45.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

QT_FREE_FIRST = (
    "app.audio",
    "app.awake",
    "app.clock",
    "app.cues",
    "app.model",
    "app.session",
    "app.settings",
    "app.speech",
    "app.timeline",
    "platformdirs",  # the GUI reads its settings at once; app.paths imports it when asked
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
    """The QApplication: the existing one, or a new one with the Fusion style whose font
    database starts filling on a background thread at once.

    Args:
        argv: the command line for a new application; ``sys.argv`` by default.
    """
    for name in QT_FREE_FIRST:
        importlib.import_module(name)
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([*(argv or sys.argv), *STYLE_ARGUMENTS])
    app.setProperty(_MADE_HERE, True)
    threading.Thread(target=QFontDatabase.families, name="matside-fonts", daemon=True).start()
    return app


def has_fusion_from_arguments(app: QApplication) -> bool:
    """Whether ``app`` was made by :func:`application`, with the Fusion style already."""
    return bool(app.property(_MADE_HERE))
