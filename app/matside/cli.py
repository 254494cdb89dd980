"""The ``matside`` command: validate and plan routines, or start the app."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from matside import __version__
from matside.core.checks import escape_unsafe, escape_unsafe_json
from matside.core.routine import Routine, RoutineError
from matside.core.timeline import SetChoiceError, Timeline, compile_timeline, format_duration
from matside.core.training import CSV_FIELDS, LoggedSession, history_json, outcome_text
from matside.storage.log_file import Logging, start_logging
from matside.storage.routine_files import image_problems, load_routine

if TYPE_CHECKING:
    from matside.storage.logbook import Logbook


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
    choice = plan.add_mutually_exclusive_group()
    choice.add_argument("--sets", type=int, help="sets for exercises that offer a range")
    choice.add_argument(
        "--fit",
        type=_duration,
        metavar="TIME",
        help=(
            "the longest plan that fits TIME (15m, 90s, 1h30m, 14:30): set and round counts"
            " from their ranges, optional moves left out"
        ),
    )
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")

    run = commands.add_parser(
        "run",
        help="open the run screen on a routine",
        description=(
            "Open the run screen on a routine file, read and checked first: a mistake in it is"
            " reported here, before any window opens. The app's Help menu lists the keys."
        ),
    )
    run.add_argument("path", type=Path, metavar="PATH", nargs="?", help="a routine file (.json)")
    run.add_argument(
        "--resume",
        action="store_true",
        help="pick up the latest session that Matside was closed during (instead of PATH)",
    )
    run.add_argument("--sets", type=int, help="sets for exercises that offer a range")
    run.add_argument("--autostart", action="store_true", help="start without waiting for Space")
    run.add_argument(
        "--exit-when-done",
        action="store_true",
        help="quit with status 0 after the last segment (unattended: an unexpected error is"
        " printed and ends the run with status 1, with no message box)",
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

    history = commands.add_parser(
        "history",
        help="list the sessions you did, newest first; or delete them all",
        description=(
            "The training log: every session, newest first. --json and --csv are for"
            " programs and spreadsheets (redirect them to a file to export the history)."
            " --delete --yes deletes the whole history."
        ),
    )
    shape = history.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print the sessions as JSON")
    shape.add_argument("--csv", action="store_true", help="print the sessions as CSV")
    shape.add_argument(
        "--delete", action="store_true", help="delete the whole history (needs --yes)"
    )
    history.add_argument("--yes", action="store_true", help="with --delete: yes, delete it")

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
    if args.command == "plan" and args.fit is not None:
        return _plan_fit(args.path, args.fit, as_json=args.json)
    if args.command == "plan":
        return _plan(args.path, args.sets, as_json=args.json)
    if args.command == "import":
        return _import(args.files)
    if args.command == "export":
        return _export(args.routine, args.dest)
    if args.command == "history":
        return _history(as_json=args.json, as_csv=args.csv, delete=args.delete, yes=args.yes)
    if args.command == "self-test":
        from matside.selftest import run_self_test

        return run_self_test()
    routine = None
    if args.command == "run":
        checked = _check_run(args)
        if isinstance(checked, int):
            return checked
        routine = checked
    missing = missing_display(os.environ, sys.platform)
    if missing is not None:
        print(f"matside: {missing}", file=sys.stderr)
        return 1
    return _start_app(args, routine, log)


def _check_run(args: argparse.Namespace) -> Routine | int | None:
    """The routine ``matside run`` is to run (None: ``--resume``), or the exit status of a
    mistake. Read and checked before any window system is touched: a mistake in the file is
    reported as such, even where no display can be opened."""
    if args.resume:
        if args.path is not None:
            _say("matside run: give a routine or --resume, not both")
            return 2
        if _resumable() is None:
            _say("matside run --resume: no session to pick up (none was cut off)")
            return 1
        return None
    if args.path is None:
        _say("matside run: give a routine file, or --resume")
        return 2
    timeline = _load_plan(args.path, args.sets)
    return 1 if timeline is None else timeline.routine


def _start_app(args: argparse.Namespace, routine: Routine | None, log: Logging | None) -> int:
    try:  # Qt only for the app: validate, plan, import and export run without a display
        from matside.ui.main import run_gui
    except ImportError as error:  # the GUI's libraries are missing, not a bug to show
        print(f"matside: cannot start the app: {error}", file=sys.stderr)
        return 1
    if args.command == "open":
        return run_gui(open_file=args.file, log=log)
    if args.command == "run":
        return run_gui(
            routine,
            routine_path=args.path,
            sets=args.sets,
            autostart=args.autostart,
            exit_when_done=args.exit_when_done,
            fullscreen=args.fullscreen,
            resume=args.resume,
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


def _duration(text: str) -> float:
    """``--fit``'s value in seconds; argparse reports a ValueError's words."""
    from matside.core.fit import parse_duration  # plan --fit's: `matside run` needs none of it

    try:
        return parse_duration(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _plan_fit(path: Path, budget: float, *, as_json: bool) -> int:
    """The longest plan that fits ``budget`` seconds, said in one line; 1 when none fits."""
    try:
        routine = load_routine(path)
    except RoutineError as error:
        for line in error.lines():
            _say(line)
        return 1
    from matside.core.fit import fit_routine  # plan --fit's, as in _duration

    fit = fit_routine(routine, budget)
    timeline = fit.timeline()
    if as_json:
        data = {**timeline.to_json(), "fit": fit.to_json()}
        print(escape_unsafe_json(json.dumps(data, indent=2, ensure_ascii=False)))
    else:
        print(f"{escape_unsafe(fit.explanation())}\n\n{format_plan(timeline)}")
    return 0 if fit.fits else 1


def format_plan(timeline: Timeline) -> str:
    """The timeline as a table with start times, for people; the routine's texts escaped."""
    rows = [("start", "length", "kind", "exercise", "set", "round", "side", "reps")]
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
                f"{segment.round}/{segment.rounds}" if segment.round is not None else "",
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
        pauses = "1 pause that waits" if waits == 1 else f"{waits} pauses that wait"
        total += f", plus {pauses} for you"
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


# --------------------------------------------------------------------------------------------
# the training log


def _resumable() -> LoggedSession | None:
    from matside.storage.logbook import Logbook, LogbookError

    try:
        logbook = Logbook()
    except LogbookError as error:
        _say(f"matside run --resume: {error}")
        return None
    try:
        if logbook.kept is not None and logbook.notice:
            _say(f"matside run --resume: {logbook.notice}")
        return logbook.resumable()
    except LogbookError as error:
        _say(f"matside run --resume: {error}")
        return None
    finally:
        logbook.close()


def _history(*, as_json: bool, as_csv: bool, delete: bool, yes: bool) -> int:
    """``matside history``: exit status 1 when the log cannot be read, or was found damaged
    (and set aside: then what it held is in the file kept, not in what is printed)."""
    from matside.storage.logbook import Logbook, LogbookError

    try:
        logbook = Logbook()
    except LogbookError as error:
        _say(f"matside history: {error}")
        return 1
    try:
        if logbook.notice:
            _say(f"matside history: {logbook.notice}")
        if logbook.kept is not None:
            return 1
        if delete:
            return _delete_history(logbook, yes=yes)
        sessions = logbook.sessions()
        if logbook.left_out_notice is not None:
            _say(f"matside history: {logbook.left_out_notice}")
    except LogbookError as error:
        _say(f"matside history: {error}")
        return 1
    finally:
        logbook.close()
    if as_json:
        print(escape_unsafe_json(history_json(sessions)))
    elif as_csv:
        import csv  # history --csv's alone

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_FIELDS)
        for session in sessions:
            writer.writerow([escape_unsafe(cell) for cell in session.csv_row()])
    else:
        print(format_history(sessions))
    return 0


def _delete_history(logbook: Logbook, *, yes: bool) -> int:
    from matside.storage.logbook import LogbookError

    try:
        count = logbook.session_count()  # those it cannot show included: all go
    except LogbookError as error:
        _say(f"matside history --delete: {error}")
        return 1
    if not yes:
        _say(
            f"matside history --delete: this deletes all {count} sessions for good;"
            " add --yes to do it (export first with: matside history --json > history.json)"
        )
        return 1
    try:
        count = logbook.delete_all()
    except LogbookError as error:
        _say(f"matside history --delete: {error}")
        return 1
    _say(f"deleted {count} session{'s' if count != 1 else ''}", sys.stdout)
    return 0


def format_history(sessions: Sequence[LoggedSession]) -> str:
    """The sessions as lines for people, newest first; the routines' names escaped."""
    if not sessions:
        return "No sessions yet."
    lines = []
    for session in sessions:
        when = time.strftime("%a %d %b %Y %H:%M", time.localtime(session.started))
        spent = format_duration(session.active_seconds)
        status = outcome_text(session)
        if session.resumable:
            status += " (matside run --resume picks it up)"
        lines.append(f"{when}  {spent:>8}  {escape_unsafe(session.routine)}  {status}")
        lines.extend(_felt_and_noted(session))
    return "\n".join(lines)


def _felt_and_noted(session: LoggedSession) -> list[str]:
    """Under a session's line, indented: how each rated exercise's sides felt, then the notes
    (``    B: left 2, right 5``, ``    note on B: Left hip tight``)."""
    felt: dict[str, list[str]] = {}
    for rating in session.ratings:
        felt.setdefault(rating.exercise, []).append(f"{rating.side} {rating.score}")
    lines = [
        f"    {escape_unsafe(exercise)}: {', '.join(scores)}" for exercise, scores in felt.items()
    ]
    lines += [
        f"    note on {escape_unsafe(note.exercise)}: {escape_unsafe(note.text)}"
        for note in session.notes
    ]
    return lines
