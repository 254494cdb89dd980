"""Start-up probe: time from process start to the first painted frame, then exit at once.

``python -m bench.probes.startup bare --out FILE``: a bare PySide6 window.
``python -m bench.probes.startup run ROUTINE --out FILE``: ``matside run ROUTINE`` itself,
through :func:`app.cli.main`, with one change: the run screen class is a subclass that notes its
first paint.
``python -m bench.probes.startup home --out FILE``: bare ``matside`` (the library), the same
way: the library page's class is a subclass that notes its first paint.

With ``--linger S`` the app keeps running S seconds after its first frame (the warm-up start
uses it, so that helpers such as the speech renderer fill their caches as in everyday use).

With ``--breakdown`` it also counts, up to the first frame, what the timed starts cannot show:
the cyclic garbage collector's runs and their time, the dataclasses made and the Python enums
made (PySide makes one for each enum of a Qt class the first time the class is used), with
their time, and the modules loaded. Its hooks cost time of their own, so a start with them is
never one of the timed ones.

Both note ``time.monotonic()`` (one clock for every process on Linux) at the first paint event of
the window that matters and again when control is back in the event loop, that is once the whole
frame has been painted; the parent subtracts the moment it started the process. Nothing is
imported before it is needed, so the bare window pays only for PySide6.
"""

from __future__ import annotations

import time

_BEGUN = time.monotonic()  # the probe's first line: interpreter start-up is behind us

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

# PySide6 is imported inside bare() and run(), each in the order its program takes: `matside`
# imports its own Qt-free modules first, and PySide reads the source of every module imported
# after it, so importing it here first would charge the app for what it does not do.

_marks: dict[str, float] = {"probe_started": _BEGUN}
_counted: dict[str, float] = {}


def _count_what_start_up_makes() -> None:
    """Hooks for ``--breakdown``: each adds to ``_counted`` as the start goes on."""
    import dataclasses
    import enum
    import gc
    from typing import Any

    def add(what: str, seconds: float) -> None:
        _counted[what] = _counted.get(what, 0) + 1
        _counted[what + "_ms"] = _counted.get(what + "_ms", 0.0) + seconds * 1000

    collecting = [0.0]

    def collector(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        else:
            add("gc_runs", time.perf_counter() - collecting[0])

    gc.callbacks.append(collector)
    make_dataclass = dataclasses.dataclass

    def counted_dataclass(cls: Any = None, /, **options: Any) -> Any:
        decorate = make_dataclass(**options)

        def timed(made: Any) -> Any:
            began = time.perf_counter()
            try:
                return decorate(made)
            finally:
                add("dataclasses", time.perf_counter() - began)

        return timed if cls is None else timed(cls)

    dataclasses.dataclass = counted_dataclass
    make_enum = enum.EnumType.__new__

    def counted_enum(*args: Any, **options: Any) -> Any:
        began = time.perf_counter()
        try:
            return make_enum(*args, **options)
        finally:
            add("enums", time.perf_counter() - began)

    enum.EnumType.__new__ = counted_enum  # type: ignore[method-assign]


def _write_and_exit(out: Path) -> None:
    _marks.setdefault("frame_done", time.monotonic())
    written: dict[str, object] = dict(_marks)
    if _counted:
        written["counted"] = {**_counted, "modules": len(sys.modules)}
    out.write_text(json.dumps(written))
    # Exit now: tearing the app down is not part of start-up.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


_linger = 0.0


def _first_paint(out: Path) -> None:
    from PySide6.QtCore import QTimer

    if "first_paint" in _marks:
        return
    _marks["first_paint"] = time.monotonic()
    if _linger:
        _marks["frame_done"] = time.monotonic()
        QTimer.singleShot(int(_linger * 1000), lambda: _write_and_exit(out))
    else:
        QTimer.singleShot(0, lambda: _write_and_exit(out))


def bare(out: Path) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    class Window(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            _first_paint(out)
            super().paintEvent(event)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.setWindowTitle("Bare")
    window.resize(1280, 800)
    window.show()
    app.exec()


def run(routine: str, out: Path) -> None:
    # `matside run ROUTINE`, with the run screen swapped for a subclass that notes its first
    # paint (in its own module: the window imports it from there when it opens one).
    from matside.cli import main
    from matside.ui.run import screen
    from matside.ui.run.screen import RunScreen

    class Screen(RunScreen):
        def paintEvent(self, event: QPaintEvent) -> None:
            _first_paint(out)
            super().paintEvent(event)

    screen.RunScreen = Screen  # type: ignore[misc]
    main(["run", routine])


def home(out: Path) -> None:
    # `matside`, with the library page swapped for a subclass that notes its first paint. The
    # page's module is imported here, where the app would import it a moment later anyway.
    from matside.cli import main
    from matside.ui.library import page

    class Home(page.HomePage):
        def paintEvent(self, event: QPaintEvent) -> None:
            _first_paint(out)
            super().paintEvent(event)

    page.HomePage = Home  # type: ignore[misc]
    main([])


def _main(argv: list[str]) -> None:
    global _linger
    *args, flag, out = argv
    if args and args[-1] == "--breakdown":
        args = args[:-1]
        _count_what_start_up_makes()
    if len(args) >= 2 and args[-2] == "--linger":
        _linger = float(args[-1])
        args = args[:-2]
    if flag != "--out" or not args or args[0] not in ("bare", "run", "home"):
        raise SystemExit(
            "usage: python -m bench.probes.startup bare|home|run [ROUTINE] [--linger S] "
            "[--breakdown] --out FILE"
        )
    if args[0] == "bare":
        bare(Path(out))
    elif args[0] == "home":
        home(Path(out))
    else:
        run(args[1], Path(out))
    raise SystemExit("the window closed before it was painted")


if __name__ == "__main__":
    _main(sys.argv[1:])
