"""A session repeated many times in one window: resident memory after each.

``python -m bench.probes.repeat ROUTINE --sessions 100 --out FILE``

The app's window (:class:`matside.ui.main.MainWindow`, offscreen, with the real sound player
writing into ALSA capture files, a cue thread per run screen and the cue process as the app
has, and a null screen-awake) opens the routine's run screen,
starts it, steps through every segment as the Next key does (each segment drawn, its picture
too, and its cues played), goes back home, and lets Qt delete the screen, as a person doing the
same routine again and again in one sitting would. ``VmRSS`` is read after each session, and
the bytes malloc has handed out and not had back (glibc's ``mallinfo2``: every arena's
``uordblks`` plus the ``hblkhd`` of large blocks), which tells memory still in use from memory
freed but kept by the allocator. The cue process's ``VmRSS`` is read too.
"""

from __future__ import annotations

import argparse
import ctypes
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from bench.common import rss_bytes
from bench.probes.output import finish
from matside.backends.audio import make_player
from matside.backends.awake import NullScreenAwake
from matside.core.session import State
from matside.core.timeline import compile_timeline
from matside.storage import paths
from matside.storage.routine_files import load_routine
from matside.ui.main import MainWindow, make_application, make_cue_process

PICTURE_SECONDS = 5.0


class _MallocInfo(ctypes.Structure):
    """glibc's ``struct mallinfo2`` (glibc 2.33 and later)."""

    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def heap_in_use() -> int | None:
    """Bytes malloc has handed out and not had back, in every arena; None without glibc 2.33+."""
    try:
        info = ctypes.CDLL(None).mallinfo2
    except (AttributeError, OSError):
        return None
    info.restype = _MallocInfo
    counts = info()
    return int(counts.uordblks + counts.hblkhd)


def settle() -> None:
    """Let queued work run and deleted widgets go, as the event loop would between sessions."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.probes.repeat")
    parser.add_argument("routine", type=Path)
    parser.add_argument("--sessions", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    make_application(sys.argv[:1])
    player = make_player(paths.resource("sounds"))
    window = MainWindow(  # as run_gui makes it
        player, NullScreenAwake(), cue_thread=True, cue_process=make_cue_process
    )
    window.resize(1280, 800)
    window.show()
    window.start_cue_process()  # as after the app's first frame
    process = window.cue_process
    if process is None or not process.wait_ready():
        raise SystemExit("the cue process did not start")
    settle()  # the window hears that it is ready
    routine = load_routine(args.routine)
    rss: list[int] = []
    heap: list[int | None] = []
    player_rss: list[int] = []
    segments = 0
    for _ in range(args.sessions):
        screen = window.open_run_screen(compile_timeline(routine), args.routine)
        screen.start()
        while screen.session.state is not State.FINISHED:
            settle()
            screen.picture.wait_drawn(PICTURE_SECONDS)
            screen.next()
            segments += 1
        del screen  # as the app holds none once it is home
        settle()
        window.show_home()
        settle()
        rss.append(rss_bytes())
        heap.append(heap_in_use())
        child = process.pid
        if child is None:
            raise SystemExit("the cue process ended")
        player_rss.append(rss_bytes(child))
    finish(
        args.out,
        {
            "routine": args.routine.name,
            "rss_bytes": rss,
            "heap_bytes": heap,
            "cue_player_rss_bytes": player_rss,
            "segments": segments,
            "plays": None,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
