"""The GUI's first step, taken before the UI's own modules are imported: the QApplication.

Made this early, it lets Qt fill its font database on the machine's other core while Python
imports and builds the UI (issue 8): the first text laid out needs the database, which takes
8-12 ms to read from fontconfig, and a bare PySide6 window (the start-up bench's yardstick)
never lays out text. ``QFontDatabase`` is thread-safe, and PySide releases the interpreter
lock during the call, so the filling runs alongside the imports instead of after them.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

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
