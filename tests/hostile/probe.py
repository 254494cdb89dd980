"""Show hostile routines on every page a person would see them on, offscreen, then exit.

Run as ``python -m tests.hostile.probe FILE...`` with ``MATSIDE_HOME`` set: the library (with
whatever the user's folder holds, the files imported before), the details of every entry, the
editor on every routine of the user's, and the run screen of every FILE that loads, stepped
through its first segments on a fake clock. Every page is painted (``grab``), the run screen
again once its picture has been drawn on its worker thread. It prints
``probe ok`` at the end; a hang, a crash or a traceback is what the hostile tests look for.
"""

from __future__ import annotations

import sys
from pathlib import Path

from matside.backends.audio import NullPlayer
from matside.backends.awake import NullScreenAwake
from matside.core.clock import FakeClock
from matside.core.routine import RoutineError
from matside.core.timeline import compile_timeline
from matside.storage.routine_files import load_routine
from matside.ui.main import MainWindow, make_application

STEPS = 12
"""Segments of each run screen that are shown (pictures change with them)."""
PICTURE_SECONDS = 10.0
"""How long each step waits for its picture, drawn on a worker thread (the slowest that the
checks let through takes under half a second)."""


def main(arguments: list[str]) -> int:
    files = [Path(argument) for argument in arguments]
    app = make_application(["probe"])
    clock = FakeClock()
    window = MainWindow(NullPlayer(), NullScreenAwake(), clock, ask=lambda _question, _verb: False)
    window.editor.choose = lambda _question, _options: None  # no one to click a message box
    window.resize(1280, 800)
    window.show_home()
    window.show()
    app.processEvents()
    home = window.home
    for entry in home.entries:
        home.select(entry.path)
        app.processEvents()
        window.grab()
    for entry in home.entries:
        if entry.bundled or entry.broken:
            continue
        window.open_editor(entry.path)
        app.processEvents()
        window.grab()
    for file in files:
        try:
            routine = load_routine(file)
        except RoutineError:
            continue
        screen = window.open_run_screen(compile_timeline(routine), file)
        screen.start()
        for _ in range(STEPS):
            app.processEvents()
            window.grab()
            # SVGs are drawn on a worker thread: wait for this one, then paint it too.
            if screen.picture.wait_drawn(PICTURE_SECONDS):
                window.grab()
            segment = screen.session.segment
            # Through the segment with the precise timer firing when it was aimed to.
            end = clock.now() + (segment.seconds if segment.seconds is not None else 1.0)
            while (wake := screen.session.expected_wake) is not None and wake < end:
                clock.set(wake)
                screen._on_timer()
            clock.set(end)
            screen._on_timer()
        window.grab()
    print("probe ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
