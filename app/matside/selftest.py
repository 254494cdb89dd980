"""``matside self-test``: prove that this copy of Matside works, without showing a window.

It does the real work of a session, from the files this copy carries (the checkout's, the
wheel's or a frozen bundle's):

- loads and plans every bundled routine (with every set count it offers) and finds every
  picture it names;
- loads every cue sound and plays one through the normal sound path (``make_player``); a
  machine without a sound device is reported, not failed;
- says at which priority the cue thread would run (real-time where the system allows it);
- builds the home window and a run screen on the offscreen Qt platform and renders a frame of
  each (a session is started for the second one, and its picture, drawn on a worker thread,
  waited for: the frame shows it).

The user's data is never touched: the checks run with the user folders pointed at an empty
temporary folder (see ``_apart_from_user_data``).

It prints what it checked and ``self-test ok`` on standard output and returns 0, or one line per
failure on standard error and returns 1. Nothing here imports Qt directly: the Qt side is
reached through ``matside.ui``, imported only when the user-interface check runs.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import traceback
import wave
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from matside import __version__
from matside.backends.audio import NO_DEVICE, NO_LIBRARY, SOUND_NAMES, load_sound, make_player
from matside.backends.cuethread import RTKIT_TIMEOUT, Priority, ask_for_real_time
from matside.core.cues import CueKind
from matside.core.routine import RoutineError
from matside.core.timeline import SetChoiceError, Timeline, compile_timeline
from matside.storage import paths
from matside.storage.routine_files import image_problems, load_routine

OK_LINE = "self-test ok"
CUE_PLAYED = CueKind.REP.value
"""The cue the self-test sounds: the rep tick, a 60 ms click, over before the test ends."""
WINDOW_SIZE = (1280, 800)
PICTURE_SECONDS = 10.0
"""How long the run screen's picture may take to be drawn (a bundled one takes milliseconds)."""


@dataclass
class Report:
    """What the checks found: notes for people, failures that make the self-test fail."""

    notes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    timelines: list[tuple[Timeline, Path]] = field(default_factory=list)

    def note(self, text: str) -> None:
        self.notes.append(text)

    def fail(self, area: str, text: str) -> None:
        self.failures.append(f"{area}: {' '.join(text.split())}")


class _Collect(logging.Handler):
    """Keeps warnings logged during the self-test, so they become notes, not stray stderr."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = f"{record.name}: {' '.join(record.getMessage().split())}"
        if message not in self.messages:  # the UI check's player repeats the sound check's
            self.messages.append(message)


@contextmanager
def _collected_warnings() -> Iterator[_Collect]:
    handler = _Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@contextmanager
def _apart_from_user_data() -> Iterator[None]:
    """Point Matside's user folders (``MATSIDE_HOME``) at an empty temporary folder meanwhile.

    The checks build the library as the app does, and the library tidies the user's folders as
    it starts (it empties old trash, removes broken recovery files and old temporary files):
    the self-test proves this copy of Matside and must not touch the user's data at all, not
    even read their routines or settings.
    """
    import tempfile

    before = os.environ.get("MATSIDE_HOME")
    with tempfile.TemporaryDirectory(prefix="matside-self-test-") as home:
        os.environ["MATSIDE_HOME"] = home
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("MATSIDE_HOME", None)
            else:
                os.environ["MATSIDE_HOME"] = before


def _describe(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _where(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "unknown place"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno}"


def check_routines(report: Report) -> None:
    """Load and plan every bundled routine with every set count; find every picture."""
    schema = paths.resource("routine.schema.json")
    try:
        json.loads(schema.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        report.fail("schema", f"{schema}: {_describe(error)}")
    files = paths.bundled_routines()
    if not files:
        report.fail("routines", f"no bundled routines in {paths.routines_dir()}")
        return
    planned = 0
    missing_pictures = 0
    for path in files:
        try:
            routine = load_routine(path)
        except RoutineError as error:
            for line in error.lines():
                report.fail("routines", line)
            continue
        problems = image_problems(routine, path)
        missing_pictures += len(problems)
        for problem in problems:
            report.fail("routines", problem.format(path))
        choices = routine.set_choices()
        try:
            for sets in [None, *(choices or ())]:
                timeline = compile_timeline(routine, sets)
                if not timeline.segments:
                    raise SetChoiceError(f"{sets} sets give an empty plan")
        except SetChoiceError as error:
            report.fail("routines", f"{path}: cannot be planned: {error}")
            continue
        report.timelines.append((compile_timeline(routine), path))
        planned += 1
    pictures = f"{missing_pictures} pictures missing" if missing_pictures else "every picture found"
    report.note(f"routines: {planned} of {len(files)} loaded and planned; {pictures}")


def check_sounds(report: Report) -> None:
    """Load every cue sound and play one through the normal sound path."""
    folder = paths.resource("sounds")
    loaded: list[str] = []
    for name in SOUND_NAMES:
        path = folder / f"{name}.wav"
        try:
            load_sound(path)
        except (OSError, EOFError, wave.Error, ValueError) as error:
            report.fail("sounds", f"{path}: {_describe(error)}")
            continue
        loaded.append(name)
    player = make_player(folder)
    if player.problem == NO_LIBRARY:
        try:
            import simpleaudio  # noqa: F401  (only to name why it cannot be loaded)
        except ImportError as error:
            report.fail("sounds", f"the sound library cannot be loaded: {_describe(error)}")
        else:
            report.fail("sounds", NO_LIBRARY)
        return
    counted = f"sounds: {len(loaded)} of {len(SOUND_NAMES)} loaded"
    if not loaded:
        report.note(f"{counted}; none to play")
        return
    cue = CUE_PLAYED if CUE_PLAYED in loaded else loaded[0]
    player.play(cue)
    outcome = "played"
    if player.problem == NO_DEVICE:
        outcome = "no sound device, so it played in silence (not a failure)"
    elif player.problem is not None:
        report.fail("sounds", player.problem)
        outcome = "not played"
    report.note(f"{counted}; cue {cue!r}: {outcome}")


def _stop_sounds() -> None:
    """Make sure nothing still sounds when the self-test returns and the process ends."""
    try:
        import simpleaudio

        simpleaudio.stop_all()
    except Exception:  # nothing was playing, or there is no library: nothing to stop
        return


def check_ui(report: Report) -> None:
    """Build the home window and a run screen offscreen and render a frame of each."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from matside.backends.awake import NullScreenAwake
        from matside.ui.main import MainWindow, make_application
    except ImportError as error:
        report.fail("ui", f"the GUI libraries cannot be loaded: {_describe(error)}")
        return
    app = make_application([sys.argv[0] if sys.argv else "matside"])
    platform = app.platformName()
    player = make_player(paths.resource("sounds"), muted=True)
    window = MainWindow(player, NullScreenAwake(), ask=lambda _question, _verb: True)
    player.muted = True  # the window applies the settings' volume; the sound check played already
    try:
        window.resize(*WINDOW_SIZE)
        # Only the bundled routines are listed (the user's folders are set apart meanwhile).
        cards = [card for card in window.home.cards if card.entry.bundled]
        broken = [card.entry.path.name for card in cards if card.entry.routine is None]
        if broken:
            report.fail("ui", f"the home window cannot open {', '.join(broken)}")
        if not cards:
            report.fail("ui", "the home window lists no bundled routines")
        home_frame = window.grab()
        if home_frame.isNull() or home_frame.width() <= 0:
            report.fail("ui", "the home window rendered an empty frame")
        if not report.timelines:
            report.fail("ui", "no routine could be planned, so no run screen was built")
            return
        timeline, routine_file = report.timelines[0]
        screen = window.open_run_screen(timeline, routine_file)
        screen.start()
        app.processEvents()
        window.grab()  # lays the screen out: its picture is drawn on a worker thread, at its size
        if not screen.picture.wait_drawn(PICTURE_SECONDS):
            report.fail("ui", f"the run screen's picture was not drawn in {PICTURE_SECONDS:g} s")
        run_frame = window.grab()
        if run_frame.isNull() or run_frame.width() <= 0:
            report.fail("ui", "the run screen rendered an empty frame")
        exercise = screen.session.segment.exercise
        if exercise is not None and exercise.images and screen.picture.showing_placeholder:
            report.fail("ui", f"the run screen cannot draw the picture of {exercise.name!r}")
        report.note(
            f"ui: home window ({len(cards)} bundled routines) and run screen"
            f" ({timeline.routine.name!r}) rendered at {run_frame.width()}x{run_frame.height()}"
            f" on Qt platform {platform!r}"
        )
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def check_cue_thread(report: Report) -> None:
    """Say how the cue thread runs on this machine: at real-time priority where allowed."""
    said: list[Priority] = []
    thread = threading.Thread(target=lambda: said.append(ask_for_real_time()), name="cue-thread")
    thread.start()
    thread.join(RTKIT_TIMEOUT * 4)  # a few calls to RealtimeKit at most
    report.note(f"cue thread: {said[0].how if said else 'no answer about its priority yet'}")


def check_cue_player(report: Report) -> None:
    """Start the cue process as the app does (the frozen bundle starts itself again) and wait
    until it is ready; the app would play its cues from its own thread without it."""
    from matside.backends.cueprocess import READY_TIMEOUT, CueProcess

    process = CueProcess()
    try:
        if not process.start() or not process.wait_ready(READY_TIMEOUT * 4):
            report.fail("cue player", "the cue process did not start (the cue thread would play)")
            return
        report.note(f"cue player: ready, {process.how or 'priority not said'}")
    finally:
        process.close()


CHECKS: tuple[tuple[str, Callable[[Report], None]], ...] = (
    ("routines", check_routines),
    ("sounds", check_sounds),
    ("cue thread", check_cue_thread),
    ("cue player", check_cue_player),
    ("ui", check_ui),
)


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check; print the outcome.

    Args:
        out: where notes and ``self-test ok`` go; standard output by default.
        err: where failures go, one line each; standard error by default.

    Returns:
        0 when every check passed, else 1.
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    kind = "frozen bundle" if getattr(sys, "frozen", False) else f"Python {sys.version.split()[0]}"
    print(
        f"self-test: matside {__version__} ({kind}), data in {paths.resources_dir().parent}",
        file=out,
    )
    report = Report()
    with _collected_warnings() as warnings, _apart_from_user_data():
        for area, check in CHECKS:
            try:
                check(report)
            except Exception as error:  # a bug, not a finding: say where, in one line
                report.fail(area, f"{_describe(error)} (at {_where(error)})")
    _stop_sounds()
    for note in report.notes:
        print(f"self-test: {note}", file=out)
    for message in warnings.messages:
        print(f"self-test: logged: {message}", file=out)
    out.flush()
    if report.failures:
        for failure in report.failures:
            print(f"self-test FAILED: {failure}", file=err)
        err.flush()
        return 1
    print(OK_LINE, file=out)
    out.flush()
    return 0
