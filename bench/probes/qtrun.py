"""Running a probe's Qt event loop the way the timing figures need it."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication


def run_from_random_moment(app: QApplication, begin: Callable[[], None], seconds: float) -> None:
    """Run the event loop; call ``begin`` once 1-2 s have passed, then quit ``seconds`` + 30 s in.

    The pause lets the window settle (shown, laid out, painted), and its random length starts
    the run at no particular phase of the clock, as a person pressing Start would: a coarse
    timer started on one of Qt's preferred boundaries would hide its own rounding. The quit at
    the end is a safety net for a run that never finishes.
    """
    settle = QTimer()
    settle.setSingleShot(True)
    settle.setTimerType(Qt.TimerType.PreciseTimer)
    settle.timeout.connect(begin)
    settle.start(1000 + random.randrange(1000))
    QTimer.singleShot(int((seconds + 30) * 1000), app.quit)
    app.exec()
