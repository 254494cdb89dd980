"""Steady-state probe: ``matside run ROUTINE --autostart``, paused by itself after a while.

``python -m bench.probes.steady ROUTINE --pause-after SECONDS``

The app runs exactly as the command line starts it; the only addition is a timer that presses
Space once (``RunScreen.toggle``) ``SECONDS`` after the session started, and two lines on
stdout, ``started T`` and ``paused T`` (``time.monotonic()``), for the parent measuring from
outside. The parent ends the process.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def _run_screen() -> Any:
    for widget in QApplication.topLevelWidgets():
        screen = getattr(widget, "run_screen", None)
        if screen is not None:
            return screen
    return None


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench.probes.steady")
    parser.add_argument("routine")
    parser.add_argument("--pause-after", type=float, required=True)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])

    def pause() -> None:
        screen = _run_screen()
        if screen is None:
            print("error no run screen", flush=True)
            return
        screen.toggle()
        print(f"paused {time.monotonic()}", flush=True)

    def started() -> None:
        print(f"started {time.monotonic()}", flush=True)
        QTimer.singleShot(int(args.pause_after * 1000), pause)

    QTimer.singleShot(0, started)  # runs once the event loop has begun: the session is running
    from matside.cli import main as matside

    # The app's own code takes this instance over: make_application reuses it.
    status = matside(["run", args.routine, "--autostart"])
    app.processEvents()
    return status


if __name__ == "__main__":
    sys.exit(main())
