"""Scale probe: many routine files, one very big routine, the home window on a big library.

``python -m bench.probes.scale write N --out FILE``: write N routines into the user's folder.
``python -m bench.probes.scale files --out FILE``: load and plan every one of them.
``python -m bench.probes.scale big N --out FILE``: validate and plan an N-exercise routine.
``python -m bench.probes.scale home --out FILE``: open the main window on its home page, to its
first frame.
"""

from __future__ import annotations

import time

_BEGUN = time.monotonic()  # the home figure counts from here: the imports are part of opening

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from bench.probes.output import finish  # noqa: E402
from bench.routines import big_routine, write_library  # noqa: E402
from matside.core.clock import FakeClock  # noqa: E402
from matside.core.cues import plan_cues  # noqa: E402
from matside.core.routine import routine_from_data  # noqa: E402
from matside.core.session import Session  # noqa: E402
from matside.core.timeline import compile_timeline  # noqa: E402
from matside.storage import paths  # noqa: E402
from matside.storage.routine_files import load_routine  # noqa: E402

PASSES = 3
PLAN_REPEATS = 20


def write(count: int) -> dict[str, Any]:
    written = write_library(paths.user_routines_dir(), count)
    return {
        "folder": str(paths.user_routines_dir()),
        "files": len(written),
        "bytes": sum(path.stat().st_size for path in written),
    }


def files() -> dict[str, Any]:
    found = sorted(paths.user_routines_dir().glob("*.json"))
    passes = []
    for _ in range(PASSES):
        load = plan = 0.0
        for path in found:
            began = time.perf_counter()
            routine = load_routine(path)
            loaded = time.perf_counter()
            compile_timeline(routine)
            load += loaded - began
            plan += time.perf_counter() - loaded
        passes.append((load + plan, load, plan))
    first = passes[0]
    return {
        "files": len(found),
        "repeats": PASSES,
        # The first pass is the one the app makes; later ones only show the spread.
        "load_and_plan_s": first[0],
        "load_s": first[1],
        "plan_s": first[2],
        "passes_s": [round(total, 4) for total, _, _ in passes],
    }


def big(exercises: int) -> dict[str, Any]:
    data = big_routine(exercises)
    began = time.perf_counter()
    routine = routine_from_data(data)
    validate = time.perf_counter() - began
    plans, with_cues, sessions = [], [], []
    segments = 0
    for _ in range(PLAN_REPEATS):
        began = time.perf_counter()
        timeline = compile_timeline(routine)
        planned = time.perf_counter()
        plan_cues(timeline)
        cued = time.perf_counter()
        Session(timeline, FakeClock())
        sessions.append(time.perf_counter() - cued)
        plans.append(planned - began)
        with_cues.append(cued - began)
        segments = len(timeline.segments)
    plans.sort()
    with_cues.sort()
    return {
        "exercises": exercises,
        "segments": segments,
        "validate_ms": validate * 1000,
        "plan_ms": plans[len(plans) // 2] * 1000,
        "plan_max_ms": plans[-1] * 1000,
        "plan_and_cues_ms": with_cues[len(with_cues) // 2] * 1000,
        "session_ms": sorted(sessions)[len(sessions) // 2] * 1000,
    }


def home() -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from matside.backends.audio import NullPlayer
    from matside.backends.awake import NullScreenAwake
    from matside.ui.main import MainWindow, make_application

    app = make_application(sys.argv[:1])
    marks: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in marks:
                marks["paint"] = time.perf_counter()
                QTimer.singleShot(0, frame_done)
            return False

    def frame_done() -> None:
        marks["frame"] = time.perf_counter()
        marks["frame_monotonic"] = time.monotonic()
        app.quit()

    watcher = FirstPaint()
    began = time.perf_counter()
    window = MainWindow(NullPlayer(), NullScreenAwake())
    # As run_gui opens the app without a routine: the home page may be built only when shown.
    show_home = getattr(window, "show_home", None)
    if callable(show_home):
        show_home()
    constructed = time.perf_counter()
    window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    home = getattr(window, "home", None)
    listed = getattr(home, "entries", None)
    if listed is None:
        listed = getattr(home, "cards", None)
    return {
        "construct": constructed - began,
        "to_frame": marks["frame"] - began,
        "from_start": marks["frame_monotonic"] - _BEGUN,
        "cards": len(listed) if listed is not None else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench.probes.scale")
    parser.add_argument("what", choices=["write", "files", "big", "home"])
    parser.add_argument("count", nargs="?", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    result = {
        "write": lambda: write(args.count),
        "files": files,
        "big": lambda: big(args.count),
        "home": home,
    }[args.what]()
    finish(args.out, result)


if __name__ == "__main__":
    sys.exit(main())
