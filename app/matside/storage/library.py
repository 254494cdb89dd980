"""The routine library on disk: listing, importing, exporting, deleting with undo.

Plain Python, no Qt: the library page and the editor in ``matside.ui`` call these.

The user's routines are the ``*.json`` files in
:func:`matside.storage.paths.user_routines_dir`, with the pictures they use in its ``images/``
folder, referenced relatively (``images/NAME``) so that the folder can be copied anywhere. A
deleted routine goes to ``trash/`` under the user data folder so that the delete can be undone.
The editor's unsaved edits are kept in recovery files (:mod:`matside.storage.recovery`).

Saves are atomic (:func:`matside.storage.files.atomic_write_text`): a temporary
``.NAME.*.tmp`` file beside the target, renamed over it. A save killed half way leaves such a
file behind; listing ignores them and :func:`clean_temp_files` removes old ones.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any

from matside.core import wording as people
from matside.core.checks import KeyPath, Wording, wording
from matside.core.i18n import QT_TRANSLATE_NOOP, decimal, translate
from matside.core.routine import (
    MAX_NAME,
    Circuit,
    Exercise,
    Problem,
    Routine,
    RoutineError,
    routine_from_data,
    routine_to_data,
)
from matside.core.search import natural_key
from matside.core.timeline import length_text
from matside.storage import paths
from matside.storage.files import (
    MAX_PICTURE_BYTES,
    MAX_ROUTINE_BYTES,
    FileRefused,
    read_regular_file,
)
from matside.storage.pictures import (
    PICTURE_SUFFIXES,
    PictureRefused,
    read_picture_file,
)
from matside.storage.routine_files import (
    image_problems,
    leads_outside,
    picture_refused,
    routine_from_bytes,
    save_routine,
)

TEMP_FILE = re.compile(r"^\..+\.tmp$")
"""What :func:`matside.storage.files.atomic_write_text` names its temporary files."""
STALE_TEMP_SECONDS = 60.0
"""A temporary file older than this is left over from a save that never finished."""
TRASH_KEEP_SECONDS = 30 * 24 * 3600.0
"""Deleted routines are kept this long in the trash."""
IMAGES_FOLDER = "images"
_NUMBERED_NAME = re.compile(r"^(?P<base>.*?) \((?P<n>\d+)\)$")


# --------------------------------------------------------------------------------------------
# Listing


@dataclass(frozen=True)
class RoutineEntry:
    """A routine file as the library lists it: loaded, or with the reason it is not.

    Attributes:
        path: the file.
        bundled: True for the routines shipped with Matside (read-only).
        routine: the routine, or None when the file cannot be loaded.
        problems: what is wrong with a broken file, one ``FILE: PLACE: message`` line each.
        issues: the same problems as :class:`matside.core.checks.Problem` (place and message).
    """

    path: Path
    bundled: bool
    routine: Routine | None
    problems: tuple[str, ...] = ()
    issues: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def title(self) -> str:
        return self.routine.name if self.routine is not None else self.path.name

    @property
    def searched_texts(self) -> tuple[str, ...]:
        """What a search looks in: the name, the description and the exercises' names."""
        routine = self.routine
        if routine is None:
            return (self.title,)
        names = (item.name for item in routine.exercises)  # circuits by their names too
        inner = (e.name for e in routine.all_exercises())
        return (routine.name, routine.description, *dict.fromkeys((*names, *inner)))

    @property
    def broken(self) -> bool:
        return self.routine is None

    @cached_property
    def length(self) -> str:
        """How long the routine takes, e.g. ``24 min`` or ``24–31 min + pauses``."""
        return length_text(self.routine) if self.routine is not None else ""

    @cached_property
    def facts(self) -> str:
        """``24 min · 5 exercises``, or what is wrong with a broken file."""
        routine = self.routine
        if routine is None:
            if self.issues:
                first = self.issues[0]
            else:
                unopened = QT_TRANSLATE_NOOP("Problem", "cannot be opened")
                first = Problem.in_file(Wording(unopened, predicate=False), "file")
            return translate("RoutineWords", "Cannot be opened: {place}: {problem}").format(
                place=people.where(first), problem=people.words(first.parts, found=True)
            )
        count = len(routine.all_exercises())  # circuits' included
        exercises = (
            translate("RoutineWords", "1 exercise")
            if count == 1
            else translate("RoutineWords", "{count} exercises").format(count=count)
        )
        return f"{self.length}  ·  {exercises}"


def reps_words(count: int) -> str:
    """``1 rep``, ``8 reps``, in the user's language (German and Spanish, like English, have
    one form for 1 and one for every other count)."""
    if count == 1:
        return translate("RoutineWords", "1 rep")
    return translate("RoutineWords", "{count} reps").format(count=count)


def describe_exercise(exercise: Exercise) -> str:
    """``8 reps, 4 s each · each side · 3–4 sets``: an exercise in one line."""
    if exercise.seconds is not None:
        parts = [translate("RoutineWords", "{seconds} s").format(seconds=decimal(exercise.seconds))]
    elif exercise.phases is not None:
        phases = " + ".join(decimal(phase) for phase in exercise.phases)
        parts = [
            translate("RoutineWords", "{reps}, {seconds} s each").format(
                reps=reps_words(exercise.reps or 0), seconds=phases
            )
        ]
    elif exercise.rep_seconds is not None:
        parts = [
            translate("RoutineWords", "{reps}, {seconds} s each").format(
                reps=reps_words(exercise.reps or 0), seconds=decimal(exercise.rep_seconds)
            )
        ]
    else:
        parts = [
            translate("RoutineWords", "{reps} at your own pace").format(
                reps=reps_words(exercise.reps or 0)
            )
        ]
    if exercise.sides == "each":
        parts.append(translate("RoutineWords", "each side"))
    if exercise.min_sets != exercise.max_sets:
        parts.append(
            translate("RoutineWords", "{fewest}–{most} sets").format(
                fewest=exercise.min_sets, most=exercise.max_sets
            )
        )
    elif exercise.min_sets > 1:
        parts.append(translate("RoutineWords", "{count} sets").format(count=exercise.min_sets))
    if len(exercise.cues) == 1:
        parts.append(translate("RoutineWords", "1 spoken cue"))
    elif exercise.cues:
        parts.append(
            translate("RoutineWords", "{count} spoken cues").format(count=len(exercise.cues))
        )
    if exercise.optional:
        parts.append(translate("RoutineWords", "optional"))
    return "  ·  ".join(parts)


def describe_circuit(circuit: Circuit) -> str:
    """``Circuit · 2–3 rounds · optional``: a circuit's heading line."""
    if circuit.min_rounds != circuit.max_rounds:
        rounds = translate("RoutineWords", "{fewest}–{most} rounds").format(
            fewest=circuit.min_rounds, most=circuit.max_rounds
        )
    elif circuit.min_rounds == 1:
        rounds = translate("RoutineWords", "1 round")
    else:
        rounds = translate("RoutineWords", "{count} rounds").format(count=circuit.min_rounds)
    parts = [translate("RoutineWords", "Circuit"), rounds]
    if circuit.optional:
        parts.append(translate("RoutineWords", "optional"))
    return "  ·  ".join(parts)


def load_entry(path: Path, bundled: bool, *, pictures: bool = False) -> RoutineEntry:
    """Load one routine file for the list; a broken one comes back with its problems.

    The file is read as :func:`load_untrusted_routine` reads it: a FIFO, a device or a huge
    file under a routine's name is listed as broken, never waited on or read whole. With
    ``pictures`` (a file from elsewhere), a routine whose pictures are refused
    (:func:`picture_refusals`) comes back broken too, each picture's problem at its place, as
    ``validate`` and ``import`` refuse it.
    """
    try:
        routine = load_untrusted_routine(path)
        refused = picture_refusals(routine, path) if pictures else []
        if refused:
            raise RoutineError(path, refused)
    except RoutineError as error:
        return RoutineEntry(path, bundled, None, tuple(error.lines()), error.problems)
    return RoutineEntry(path, bundled, routine)


def folder_entries(folder: Path, problems: list[str] | None = None) -> list[Path]:
    """What is in one of the user's folders, sorted; nothing when there is no such folder.

    A folder that cannot be read (no permission, a file where the folder should be) is
    treated as empty, never raised: what is wrong is added to ``problems`` (when given) as a
    line for a notice, in the user's language (English on the command line), and the caller
    goes on.
    """
    try:
        with os.scandir(folder) as found:
            return sorted(folder / entry.name for entry in found)
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        reason = translate("Problem", "a file stands where the folder should be")
    except OSError as error:
        reason = error.strerror or type(error).__name__
    except ValueError:  # a NUL byte or an unencodable character in MATSIDE_HOME
        reason = translate("Problem", "the folder's name cannot be used on this system")
    if problems is not None:
        line = translate("Problem", "{folder} cannot be read: {reason}")
        problems.append(line.format(folder=folder, reason=reason))
    return []


def is_regular(path: Path) -> bool:
    """True when ``path`` is a regular file (or a link to one); False too when it cannot be
    told."""
    try:
        return path.is_file()
    except OSError:
        return False


def user_routine_files(folder: Path | None = None, problems: list[str] | None = None) -> list[Path]:
    """The routine files in the user's folder: ``*.json``, leaving out hidden and temporary ones.

    A folder that cannot be read is reported in ``problems`` (see :func:`folder_entries`).
    """
    return [
        p
        for p in folder_entries(folder or paths.user_routines_dir(), problems)
        if p.suffix == ".json" and not p.name.startswith(".") and is_regular(p)
    ]


def scan_routines(problems: list[str] | None = None) -> list[RoutineEntry]:
    """The bundled routines, then the user's, each group sorted by name.

    A broken file is listed with its problems; nothing here raises for a bad file. A user's
    folder that cannot be read is added to ``problems`` and treated as empty.
    """
    bundled = [load_entry(p, True) for p in paths.bundled_routines()]
    user = [load_entry(p, False) for p in user_routine_files(problems=problems)]
    return sorted(bundled, key=_sort_key) + sorted(user, key=_sort_key)


def _sort_key(entry: RoutineEntry) -> tuple[object, ...]:
    return (natural_key(entry.title), natural_key(entry.path.name))


def clean_temp_files(
    folder: Path | None = None,
    older_than: float = STALE_TEMP_SECONDS,
    problems: list[str] | None = None,
) -> list[Path]:
    """Remove temporary files left by saves that never finished; returns what was removed.

    Only files older than ``older_than`` seconds go, so a save running in another Matside at
    this moment keeps its file. A folder that cannot be read is added to ``problems``; a file
    that cannot be removed stays.
    """
    now = time.time()
    removed = []
    for path in folder_entries(folder or paths.user_routines_dir(), problems):
        if not TEMP_FILE.match(path.name):
            continue
        try:
            if now - path.stat().st_mtime >= older_than and path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


# --------------------------------------------------------------------------------------------
# Names


_WINDOWS_DEVICES = {"con", "prn", "aux", "nul"} | {
    f"{port}{number}" for port in ("com", "lpt") for number in range(1, 10)
}
"""Names Windows gives to devices, whatever the extension: ``con.json`` is the console."""


def slug(name: str) -> str:
    """A file name stem for a routine name: ``Hip Opening!`` -> ``hip-opening``.

    Safe on every system: ASCII letters, digits and dashes, at most 60 of them, never a
    Windows device name (``CON`` -> ``con-file``).
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    text = text[:60].strip("-") or "routine"
    return f"{text}-file" if text in _WINDOWS_DEVICES else text


def unique_path(folder: Path, stem: str, suffix: str = ".json") -> Path:
    """``folder/stem.json``, or ``stem-2.json``, ``stem-3.json``… when the name is taken.

    Names are compared without regard to case, as on Windows and macOS.
    """
    taken = {p.name.casefold() for p in folder.iterdir()} if folder.is_dir() else set()
    candidate = f"{stem}{suffix}"
    number = 2
    while candidate.casefold() in taken:
        candidate = f"{stem}-{number}{suffix}"
        number += 1
    return folder / candidate


def unique_name(name: str, taken: Iterable[str]) -> str:
    """``Name``, or ``Name (2)``, ``Name (3)``… when a routine of that name exists; a name
    near the longest allowed is shortened to make room for the number."""
    used = {t.strip().casefold() for t in taken}
    if name.strip().casefold() not in used:
        return name
    match = _NUMBERED_NAME.match(name.strip())
    base = match.group("base") if match else name.strip()
    number = int(match.group("n")) + 1 if match else 2

    def numbered() -> str:
        suffix = f" ({number})"
        return base[: MAX_NAME - len(suffix)].rstrip() + suffix

    while numbered().casefold() in used:
        number += 1
    return numbered()


def routine_names() -> list[str]:
    """The names of every routine the library lists (bundled and the user's)."""
    return [e.routine.name for e in scan_routines() if e.routine is not None]


# --------------------------------------------------------------------------------------------
# Images


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    import hashlib  # here: the library's first frame needs no OpenSSL (a few ms to load)

    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def read_picture(source: Path) -> tuple[bytes, str]:
    """A picture the user chose: its bytes, checked, and the suffix its copy gets.

    Raises:
        FileRefused: missing, not a regular file, too large, not a picture, or a refused SVG.
    """
    try:
        picture = read_picture_file(source)
    except PictureRefused as refused:
        raise FileRefused(refused.reason, missing=refused.code == "picture-missing") from None
    return picture.data, picture.suffix


def _write_new_file(target: Path, data: bytes) -> bool:
    """Write ``data`` as the new file ``target``, atomically; False when the name is taken.

    The file gets ordinary permissions (0o644 less the umask), whatever the source had: it is
    made here, never copied with its mode. It is written beside the target under a temporary
    name and linked into place, so that a file of that name made meanwhile is never replaced.
    """
    temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o644)
    try:
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            try:
                os.link(temporary, target)
            except FileExistsError:
                return False
            except OSError:  # a file system without hard links: replace, if still free
                if os.path.lexists(target):
                    return False
                os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return True


def store_picture(data: bytes, suffix: str, name: str, routine_folder: Path) -> str:
    """Keep a picture's bytes in ``routine_folder/images``; returns its reference ``images/NAME``.

    The file is named from ``name`` made safe (:func:`slug`) and ``suffix``. A picture already
    there with the same bytes is reused; when the name holds another picture, the new one is
    named after its bytes too (``NAME-1a2b3c4d5e6f.png``), so that finding a free name reads
    at most two files, however many pictures share a name.

    Raises:
        OSError: the folder cannot be written.
    """
    if suffix not in PICTURE_SUFFIXES:
        raise ValueError(f"not a picture suffix: {suffix!r}")
    folder = routine_folder / IMAGES_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stem = slug(PurePosixPath(name).stem) if PurePosixPath(name).stem else "image"
    import hashlib  # here: the library's first frame needs no OpenSSL (a few ms to load)

    digest = hashlib.sha256(data).hexdigest()
    for candidate in (
        folder / f"{stem}{suffix}",
        folder / f"{stem}-{digest[:12]}{suffix}",
        folder / f"{stem}-{digest}{suffix}",
    ):
        if _write_new_file(candidate, data) or _holds(candidate, data):
            return f"{IMAGES_FOLDER}/{candidate.name}"
    raise FileExistsError(f"{folder}: no free name for a copy of {name}")


def _holds(path: Path, data: bytes) -> bool:
    try:
        return read_regular_file(path, MAX_PICTURE_BYTES) == data
    except FileRefused:
        return False


def copy_image(source: Path, routine_folder: Path) -> str:
    """Copy a picture into ``routine_folder/images`` and return its reference, ``images/NAME``.

    Only a regular file of at most :data:`~matside.storage.files.MAX_PICTURE_BYTES` whose
    bytes are a picture is copied, as a new file with ordinary permissions and a safe name
    (see :func:`store_picture`).

    Raises:
        FileRefused: the source is not such a file; the message says why.
        OSError: the folder cannot be written.
    """
    data, suffix = read_picture(source)
    return store_picture(data, suffix, source.name, routine_folder)


def _picture_places(routine: Routine) -> Iterator[tuple[KeyPath, KeyPath, int, str]]:
    """Each picture reference: its place, its exercise's place, its number there, the text."""
    for where, exercise in routine.exercise_places():
        for j, reference in enumerate(exercise.images):
            yield (*where, "images", j), where, j, reference


def picture_refusals(routine: Routine, routine_file: Path | None) -> list[Problem]:
    """What refuses a routine from elsewhere: pictures that lead outside its folder, are not
    regular files, are too large, or are SVGs that are refused
    (:func:`matside.storage.routine_files.image_problems`).

    A picture that is simply missing is not among them: the routine is still worth having, and
    shows a placeholder there (the file cannot leak anything that does not exist).
    """
    return [p for p in image_problems(routine, routine_file) if p.code != "picture-missing"]


def adopt_images(routine: Routine, source_file: Path | None, folder: Path) -> dict[str, Any]:
    """Copy the pictures a routine names into ``folder/images`` and point the routine at them.

    The routine comes from elsewhere, so nothing is copied unless every picture passes
    :func:`matside.storage.routine_files.image_problems`: inside the routine's own folder
    (symlinks resolved), a regular file of at most
    :data:`~matside.storage.files.MAX_PICTURE_BYTES`, a picture (PNG, JPEG, GIF or SVG) by
    its bytes. Each distinct file is then read once more, confined to the folder and checked
    again, and those very bytes are what is copied: a file swapped after the check is caught
    then. Bundled pictures (``resource:``) are left as they are; so is a picture that is
    simply missing (the routine shows a placeholder there), which does not refuse the routine.

    Args:
        routine: the routine, as loaded.
        source_file: where the routine was read from (relative references start there).
        folder: the folder the routine is going to.

    Returns:
        The routine as JSON data with the new references.

    Raises:
        RoutineError: naming each refused picture's place.
        OSError: ``folder`` cannot be written (some pictures may have been copied).
    """
    problems = picture_refusals(routine, source_file)
    if problems:
        raise RoutineError(source_file, problems)
    result = routine_to_data(routine)
    copies: dict[Path, str | None] = {}  # each file once: its new reference, None if gone
    for place, exercise_place, j, reference in _picture_places(routine):
        if reference.startswith(paths.RESOURCE_SCHEME):
            continue
        image = paths.resolve_image(reference, source_file)
        if image is None:
            problem = Problem(place, leads_outside(reference), "picture-outside")
            raise RoutineError(source_file, [problem])
        if image not in copies:
            try:
                picture = read_picture_file(image, paths.picture_folder(reference, source_file))
            except PictureRefused as refused:
                if refused.code != "picture-missing":
                    problem = Problem(place, picture_refused(reference, refused), refused.code)
                    raise RoutineError(source_file, [problem]) from None
                copies[image] = None
            else:
                copies[image] = store_picture(picture.data, picture.suffix, reference, folder)
        copy = copies[image]
        if copy is not None:
            exercise_data: Any = result
            for key in exercise_place:
                exercise_data = exercise_data[key]
            exercise_data["images"][j] = copy
    return result


# --------------------------------------------------------------------------------------------
# Creating, importing, exporting


def load_untrusted_routine(path: Path) -> Routine:
    """Load a routine file that came from somebody else: a regular file of at most
    :data:`~matside.storage.files.MAX_ROUTINE_BYTES`, opened without blocking (a FIFO or a device is
    refused, not waited on).

    Raises:
        RoutineError: the file cannot be read or is not a valid routine; every problem is named.
    """
    try:
        raw = read_regular_file(path, MAX_ROUTINE_BYTES)  # opened and read once
    except FileRefused as refused:
        code = "file-missing" if refused.missing else "file"
        raise RoutineError(path, [Problem.in_file(refused.reason, code)]) from None
    return routine_from_bytes(raw, path)


def _cannot_write(source: Path | None, error: OSError) -> RoutineError:
    reason = error.strerror or type(error).__name__
    template = QT_TRANSLATE_NOOP("Problem", "cannot be written to your library: {reason}")
    problem = Problem.in_file(wording(template, predicate=False, reason=reason), "file-write")
    return RoutineError(source, [problem])


def save_new_routine(data: dict[str, Any], stem: str | None = None) -> Path:
    """Save a routine as a new file in the user's folder; returns the file.

    Raises:
        RoutineError: the data is not a valid routine, or its file would be too large to be
            read again.
        OSError: the folder cannot be written.
    """
    routine = routine_from_data(data)
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = unique_path(folder, stem or slug(routine.name))
    save_routine(routine, target)
    return target


def duplicate_routine(path: Path) -> Path:
    """Copy a routine (bundled or the user's) into the user's folder as ``Name (2)``.

    Its pictures come along as :func:`adopt_images` copies them.

    Raises:
        RoutineError: the file cannot be loaded, or a picture is refused.
        OSError: the user's folder cannot be written.
    """
    routine = load_untrusted_routine(path)
    folder = paths.user_routines_dir()
    data = adopt_images(routine, path, folder)
    data["name"] = unique_name(routine.name, routine_names())
    return save_new_routine(data, slug(data["name"]))


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the files made, and the files refused with their problems."""

    imported: tuple[Path, ...]
    refused: tuple[RoutineError, ...]
    outcomes: tuple[tuple[Path, Path | RoutineError], ...] = ()
    """Each source in the order given, with the file it became or why it was refused."""

    def problem_lines(self) -> list[str]:
        """Every problem of every refused file, ``FILE: PLACE: message``."""
        return [line for error in self.refused for line in error.lines()]


def import_routines(sources: Sequence[Path]) -> ImportResult:
    """Copy routine files into the user's folder, checking each with the loader.

    A routine whose name is taken is renamed ``Name (2)``; a taken file name becomes
    ``name-2.json``. Pictures the routine names are copied into ``images/`` as
    :func:`adopt_images` allows; a picture that leads outside the routine's folder, or is not a
    regular file, too large or no picture refuses the routine (a missing one does not).

    Every file is either imported or refused with its problems: one bad file never stops the
    rest of the batch, whatever is wrong with it (even the library folder refusing the copy).
    """
    outcomes: list[tuple[Path, Path | RoutineError]] = []
    names = routine_names()
    folder = paths.user_routines_dir()
    for source in sources:
        try:
            routine = load_untrusted_routine(source)
            data = adopt_images(routine, source, folder)
            data["name"] = unique_name(routine.name, names)
            target = save_new_routine(data, slug(source.stem))
        except RoutineError as error:
            outcomes.append((source, error))
            continue
        except OSError as error:
            outcomes.append((source, _cannot_write(source, error)))
            continue
        names.append(data["name"])
        outcomes.append((source, target))
    return ImportResult(
        tuple(o for _, o in outcomes if isinstance(o, Path)),
        tuple(o for _, o in outcomes if isinstance(o, RoutineError)),
        tuple(outcomes),
    )


def export_routine(path: Path, target: Path) -> Path:
    """Save a routine under another name (Save As), with its pictures in ``images/`` beside it.

    The pictures are copied as :func:`adopt_images` allows: one that leads outside the
    routine's folder, or is not a regular file, too large or no picture refuses the export
    before anything is written (a missing one is passed on as it is written).

    Raises:
        RoutineError: the routine cannot be loaded, a picture is refused, or its file would be
            too large to be read again (a compact file written out pretty).
        OSError: the target cannot be written (its name too, as EINVAL).
    """
    routine = load_untrusted_routine(path)
    try:
        data = adopt_images(routine, path, target.parent)
        save_routine(routine_from_data(data), target)
    except ValueError:  # a NUL byte or a lone surrogate in the target's name
        raise OSError(
            errno.EINVAL, "the file name cannot be used on this system", str(target)
        ) from None
    return target


# --------------------------------------------------------------------------------------------
# Deleting, with undo


@dataclass(frozen=True)
class TrashItem:
    """A deleted routine: where it was, and where it waits to be restored."""

    original: Path
    trashed: Path


def trash_dir() -> Path:
    return paths.user_data_dir() / "trash"


def delete_routine(path: Path) -> TrashItem:
    """Move a routine file to the trash, so that the delete can be undone."""
    folder = trash_dir()
    folder.mkdir(parents=True, exist_ok=True)
    trashed = unique_path(folder, f"{time.time_ns()}-{path.stem}", path.suffix)
    shutil.move(path, trashed)
    return TrashItem(path, trashed)


def restore_routine(item: TrashItem) -> Path:
    """Put a deleted routine back; under a numbered file name if its own was taken since."""
    target = item.original
    if target.exists():
        target = unique_path(target.parent, target.stem, target.suffix)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(item.trashed, target)
    return target


_TRASHED_NAME = re.compile(r"^(?P<ns>\d{18,20})-")  # time.time_ns() of the delete


def deleted_at(trashed: Path) -> float:
    """When a routine in the trash was deleted (seconds since the epoch).

    :func:`delete_routine` starts the trashed name with the time of the delete in nanoseconds;
    a name without it (from an older Matside) falls back to the file's modification time.
    A moment in the future (a clock set back since) counts as now.
    """
    match = _TRASHED_NAME.match(trashed.name)
    when = int(match.group("ns")) / 1e9 if match else trashed.stat().st_mtime
    return min(when, time.time())


def empty_old_trash(
    older_than: float = TRASH_KEEP_SECONDS, problems: list[str] | None = None
) -> None:
    """Forget routines deleted longer ago than ``older_than`` seconds.

    The age is counted from the delete (:func:`deleted_at`), not from the routine's last change:
    a routine last edited months ago and deleted today is kept its full time. A trash folder
    that cannot be read is added to ``problems``; a file that cannot be removed stays.
    """
    now = time.time()
    for path in folder_entries(trash_dir(), problems):
        try:
            if path.is_file() and now - deleted_at(path) > older_than:
                path.unlink()
        except OSError:
            continue


# --------------------------------------------------------------------------------------------
# Telling whether a file changed


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like when it was read, to notice changes made by others later."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        """The file's stamp, or None when there is no such file."""
        try:
            status = path.stat()
            return cls(status.st_mtime_ns, status.st_size, file_digest(path))
        except FileNotFoundError:
            return None


def changed_since(path: Path, stamp: FileStamp | None) -> bool:
    """True when ``path`` no longer holds what it held when ``stamp`` was taken.

    A file only touched (same bytes, new time) has not changed.
    """
    try:
        status = path.stat()
    except FileNotFoundError:
        return stamp is not None
    if stamp is None:
        return True
    if (status.st_mtime_ns, status.st_size) == (stamp.mtime_ns, stamp.size):
        return False
    return file_digest(path) != stamp.digest


def same_file(a: Path | None, b: Path | None) -> bool:
    """True when both name the same file (even if one is relative)."""
    if a is None or b is None:
        return False
    return os.path.abspath(a) == os.path.abspath(b)
