"""The ``matside`` command: validate and plan routines, or start the app."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from matside import __version__
from matside.core.checks import escape_unsafe, escape_unsafe_json
from matside.core.routine import Routine, RoutineError
from matside.core.timeline import SetChoiceError, Timeline, compile_timeline, format_duration
from matside.storage.log_file import Logging, start_logging
from matside.storage.routine_files import image_problems, load_routine


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="matside",
        description=(
            "A desktop interval timer with exercise cues. Without a command, opens the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"matside {__version__}")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="write the log's lines to stderr too (the log file is in the user's log folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check routine files; one line per problem",
        description=(
            "Check routine files as the app does before it runs them, pictures included: one"
            " line per problem, naming the file and the place in it. Exit status 1 when any"
            " file has a problem."
        ),
    )
    validate.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="a routine file (.json)"
    )

    plan = commands.add_parser(
        "plan",
        help="print a routine's timeline",
        description=(
            "Print a routine's timeline, every segment with its start time and length, and the"
            " total; nothing is shown on the screen or played."
        ),
    )
    plan.add_argument("path", type=Path, metavar="PATH", help="a routine file (.json)")
    plan.add_argument("--sets", type=int, help="sets for exercises that offer a range")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")

    run = commands.add_parser(
        "run",
        help="open the run screen on a routine",
        description=(
            "Open the run screen on a routine file, read and checked first: a mistake in it is"
            " reported here, before any window opens. The app's Help menu lists the keys."
        ),
    )
    run.add_argument("path", type=Path, metavar="PATH", help="a routine file (.json)")
    run.add_argument("--sets", type=int, help="sets for exercises that offer a range")
    run.add_argument("--autostart", action="store_true", help="start without waiting for Space")
    run.add_argument(
        "--exit-when-done", action="store_true", help="quit with status 0 after the last segment"
    )
    run.add_argument("--fullscreen", action="store_true", help="start in full screen")
    run.add_argument(
        "--open-rests",
        type=_seconds,
        metavar="SECONDS",
        help=(
            'end each rest "as needed" after SECONDS, as if Space were pressed: for unattended'
            " runs with --autostart --exit-when-done (self-paced work still waits for Space)"
        ),
    )

    import_ = commands.add_parser(
        "import",
        help="copy routine files (and their pictures) into your library; one line per file",
        description=(
            "Copy routine files into your library, checked as the library page checks them:"
            " a file with problems, or with a picture that leads outside its folder or is no"
            " regular picture file, is refused and each problem named. Exit status 1 when any"
            " file was refused."
        ),
    )
    import_.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="a routine file (.json) to import"
    )

    export = commands.add_parser(
        "export",
        help="copy a routine and its pictures out of the library",
        description=(
            "Copy a routine and the pictures it uses (into images/ beside it) to DEST. An"
            " existing file is never overwritten."
        ),
    )
    export.add_argument(
        "routine",
        metavar="ROUTINE",
        help="a library routine's name (yours or bundled; any case), or a routine file",
    )
    export.add_argument(
        "dest",
        metavar="DEST",
        help="the file to write, or a folder to write NAME.json in",
    )

    open_ = commands.add_parser(
        "open",
        help="open the app on a routine file: its details, with Start and Import",
        description=(
            "Open the app showing a routine file, with Start and Import; nothing is copied"
            " into your library unless you choose Import. A file with problems is shown with"
            " each problem and its place. `matside FILE` does the same."
        ),
    )
    open_.add_argument("file", type=Path, metavar="FILE", help="the routine file (.json) to show")

    commands.add_parser(
        "self-test",
        help="check this copy of Matside offscreen (routines, sounds, windows); no window shown",
        description=(
            "Check this copy of Matside without showing a window: every bundled routine is"
            " planned, the cue sounds are loaded and one is played, and the windows are drawn"
            " offscreen. Prints what it checked, then 'self-test ok'; exit status 1 when a"
            " check fails. Your own routines and settings are not touched."
        ),
    )

    return parser


def with_open_command(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """``matside FILE`` as ``matside open FILE``: how a file manager or a desktop menu entry
    (``Exec=matside %f``) hands over a routine. A first word that is one of the parser's
    commands stays a command (a file called ``plan`` is opened as ``./plan``)."""
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    arguments = list(argv)
    for i, argument in enumerate(arguments):
        if argument == "--":
            break
        if not argument.startswith("-"):
            if argument not in commands:
                arguments.insert(i, "open")
            break
    return arguments


def _seconds(text: str) -> float:
    """A positive number of seconds, for argparse."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not seconds > 0 or math.isinf(seconds):
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (``sys.argv[1:]`` by default); returns the exit status."""
    parser = _parser()
    args = parser.parse_args(with_open_command(parser, sys.argv[1:] if argv is None else argv))
    # The app always logs to its file, opened once its window is up (see run_gui); a command
    # only with --verbose.
    app = args.command in (None, "run", "open")
    log = start_logging(args.verbose, open_file=not app) if app or args.verbose else None
    try:
        return _command(args, log)
    finally:
        if log is not None:
            log.stop()


def _command(args: argparse.Namespace, log: Logging | None) -> int:
    if args.command == "validate":
        return _validate(args.paths)
    if args.command == "plan":
        return _plan(args.path, args.sets, as_json=args.json)
    if args.command == "import":
        return _import(args.files)
    if args.command == "export":
        return _export(args.routine, args.dest)
    if args.command == "self-test":
        from matside.selftest import run_self_test

        return run_self_test()
    routine = None
    if args.command == "run":
        # Read and checked before any window system is touched: a mistake in the file is
        # reported as such, even where no display can be opened.
        timeline = _load_plan(args.path, args.sets)
        if timeline is None:
            return 1
        routine = timeline.routine
    missing = missing_display(os.environ, sys.platform)
    if missing is not None:
        print(f"matside: {missing}", file=sys.stderr)
        return 1
    return _start_app(args, routine, log)


def _start_app(args: argparse.Namespace, routine: Routine | None, log: Logging | None) -> int:
    try:  # Qt only for the app: validate, plan, import and export run without a display
        from matside.ui.main import run_gui
    except ImportError as error:  # the GUI's libraries are missing, not a bug to show
        print(f"matside: cannot start the app: {error}", file=sys.stderr)
        return 1
    if args.command == "open":
        return run_gui(open_file=args.file, log=log)
    if routine is not None:
        return run_gui(
            routine,
            routine_path=args.path,
            sets=args.sets,
            autostart=args.autostart,
            exit_when_done=args.exit_when_done,
            fullscreen=args.fullscreen,
            log=log,
            open_rests=args.open_rests,
        )
    return run_gui(log=log)


def missing_display(environ: Mapping[str, str], platform: str) -> str | None:
    """Why the app cannot open a window here, or None when it can (as far as one can tell).

    On Linux and the BSDs a window needs an X or Wayland session: without either, Qt aborts
    with a misleading word about the xcb-cursor library. ``QT_QPA_PLATFORM`` (offscreen, say)
    is the user's own choice and is left to Qt.
    """
    if platform.startswith(("win", "darwin")) or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return "Matside needs a graphical session: DISPLAY and WAYLAND_DISPLAY are unset"


def _say(line: str, stream: TextIO | None = None) -> None:
    """Print one line of the command's report (on stderr unless told), escaped: a routine's
    text or a file's name may hold escape codes, bidirectional overrides, newlines that would
    forge lines, or a lone surrogate from an undecodable name."""
    print(escape_unsafe(line), file=stream or sys.stderr)


def _validate(paths: Sequence[Path]) -> int:
    failed = False
    for path in paths:
        try:
            routine = load_routine(path)
        except RoutineError as error:
            failed = True
            for line in error.lines():
                _say(line)
            continue
        problems = image_problems(routine, path)
        for problem in problems:
            _say(problem.format(path))
        failed = failed or bool(problems)
    return 1 if failed else 0


def _load_plan(path: Path, sets: int | None) -> Timeline | None:
    try:
        routine = load_routine(path)
        return compile_timeline(routine, sets)
    except RoutineError as error:
        for line in error.lines():
            _say(line)
    except SetChoiceError as error:
        _say(f"{path}: --sets: {error}")
    return None


def _plan(path: Path, sets: int | None, *, as_json: bool) -> int:
    timeline = _load_plan(path, sets)
    if timeline is None:
        return 1
    if as_json:
        print(escape_unsafe_json(json.dumps(timeline.to_json(), indent=2, ensure_ascii=False)))
    else:
        print(format_plan(timeline))
    return 0


def format_plan(timeline: Timeline) -> str:
    """The timeline as a table with start times, for people; the routine's texts escaped."""
    rows = [("start", "length", "kind", "exercise", "set", "side", "reps")]
    clock = 0.0
    for segment in timeline.segments:
        length = "wait" if segment.seconds is None else format_duration(segment.seconds)
        rows.append(
            (
                format_duration(clock),
                length if segment.kind.value != "done" else "",
                segment.kind.value,
                escape_unsafe(segment.exercise.name) if segment.exercise is not None else "",
                f"{segment.set}/{segment.sets}" if segment.set is not None else "",
                segment.side.value if segment.side is not None else "",
                "" if segment.reps is None or segment.kind.value != "work" else str(segment.reps),
            )
        )
        clock += segment.seconds or 0.0
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    total = f"Total: {format_duration(timeline.total_seconds)}"
    if timeline.open_segments:
        waits = timeline.open_segments
        total += f", plus {waits} pause{'s' if waits != 1 else ''} that wait for you"
    return "\n".join([escape_unsafe(timeline.routine.name), "", *lines, "", total])


# --------------------------------------------------------------------------------------------
# import and export


def _import(files: Sequence[Path]) -> int:
    from matside.storage.library import import_routines  # the library: only for its commands

    result = import_routines(files)
    for source, outcome in result.outcomes:
        if isinstance(outcome, Path):
            _say(f"imported {source} as {outcome}", sys.stdout)
        else:
            for line in outcome.lines():
                _say(f"refused: {line}", sys.stderr)
    return 1 if result.refused else 0


def _export(name: str, dest: str) -> int:
    from matside.storage.library import export_routine, scan_routines, slug

    def fail(message: str) -> int:
        _say(f"matside export: {message}", sys.stderr)
        return 1

    wanted = name.strip().casefold()
    found = [e for e in scan_routines() if e.routine and e.routine.name.casefold() == wanted]
    if len(found) > 1:
        files = ", ".join(str(e.path) for e in found)
        return fail(f"{len(found)} routines are called {name!r} ({files}); give the file instead")
    if found:
        source, title = found[0].path, found[0].title
    else:
        source, title = Path(name), Path(name).stem
    try:
        target = Path(dest)
        if target.is_dir() or dest.endswith(("/", os.sep)):
            target = target / f"{slug(title)}.json"
        if os.path.lexists(target):
            return fail(f"{target} already exists; nothing was overwritten")
        export_routine(source, target)
    except RoutineError as error:
        if not found and [p.code for p in error.problems] == ["file-missing"]:
            return fail(f"no routine called {name!r} in the library, and no such file")
        for line in error.lines():
            fail(line)
        return 1
    except OSError as error:
        return fail(f"cannot write {dest}: {error.strerror or error}")
    except ValueError:  # a NUL byte or an unencodable character in DEST
        return fail(f"{dest}: the file name cannot be used on this system")
    _say(f"exported {source} to {target}", sys.stdout)
    return 0
