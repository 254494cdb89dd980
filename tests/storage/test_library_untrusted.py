"""Routine files from strangers: importing, exporting and duplicating copy only real pictures
from inside the routine's folder, and one bad file never costs the rest of a batch."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from matside.core.routine import RoutineError
from matside.storage import library, paths, routine_files
from matside.storage.routine_files import load_routine
from tests.conftest import exercise, routine

T = TypeVar("T")

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
SECRET = b"-----BEGIN OPENSSH PRIVATE KEY-----\nnot for strangers\n"


def finishes(action: Callable[[], T]) -> T:
    """``action()``, run so that a hang fails the test instead of holding the suite."""
    outcome: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as error:  # noqa: BLE001 - handed to the test's own thread
            errors.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "hung (opened a FIFO and waited for a writer?)"
    if errors:
        raise errors[0]
    return outcome[0]


def routine_file(folder: Path, name: str, *images: str, title: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    data = routine(exercise(images=list(images)), name=title or path.stem.title())
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def all_bytes_under(folder: Path) -> Iterator[bytes]:
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            yield path.read_bytes()


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "ssh" / "id_ed25519"
    path.parent.mkdir()
    path.write_bytes(SECRET)
    path.chmod(0o600)
    return path


def test_a_symlink_to_a_secret_outside_the_folder_refuses_the_import(
    downloads: Path, secret: Path
) -> None:
    (downloads / "pose.png").symlink_to(secret)
    source = routine_file(downloads, "evil.json", "pose.png")
    result = library.import_routines([source])
    assert result.imported == ()
    assert result.problem_lines() == [
        f"{source}: exercises[0].images[0]: picture pose.png leads outside the routine's folder"
    ]
    assert SECRET not in list(all_bytes_under(paths.user_data_dir()))
    assert not list(paths.user_routines_dir().glob("*.json"))


def test_a_symlinked_folder_leading_outside_is_refused_too(downloads: Path, secret: Path) -> None:
    (downloads / "pics").symlink_to(secret.parent, target_is_directory=True)
    source = routine_file(downloads, "evil.json", "pics/id_ed25519")
    result = library.import_routines([source])
    assert result.imported == ()
    assert "leads outside" in result.problem_lines()[0]
    assert SECRET not in list(all_bytes_under(paths.user_data_dir()))


def test_a_file_inside_the_folder_that_is_no_picture_is_not_copied(downloads: Path) -> None:
    # a routine saved in the home folder may name .ssh/..., which lies inside its folder
    (downloads / ".ssh").mkdir()
    (downloads / ".ssh" / "id_ed25519.png").write_bytes(SECRET)
    source = routine_file(downloads, "home.json", ".ssh/id_ed25519.png")
    result = library.import_routines([source])
    assert result.imported == ()
    assert result.problem_lines() == [
        f"{source}: exercises[0].images[0]: picture .ssh/id_ed25519.png is not a picture"
        " (PNG, JPEG, GIF or SVG)"
    ]
    assert SECRET not in list(all_bytes_under(paths.user_data_dir()))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_picture_is_refused_without_waiting_for_a_writer(downloads: Path) -> None:
    os.mkfifo(downloads / "pose.png")
    source = routine_file(downloads, "fifo.json", "pose.png")
    result = finishes(lambda: library.import_routines([source]))
    assert result.imported == ()
    assert result.problem_lines() == [
        f"{source}: exercises[0].images[0]: picture pose.png is not a regular file"
        " (a device, pipe or socket)"
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_routine_file_is_refused_without_waiting(downloads: Path) -> None:
    fifo = downloads / "routine.json"
    os.mkfifo(fifo)
    result = finishes(lambda: library.import_routines([fifo]))
    assert result.problem_lines() == [
        f"{fifo}: (file): is not a regular file (a device, pipe or socket)"
    ]


def test_a_private_picture_is_copied_as_a_new_ordinary_file(downloads: Path) -> None:
    picture = downloads / "My Pose!.PNG"
    picture.write_bytes(PNG)
    picture.chmod(0o600)
    source = routine_file(downloads, "mine.json", "My Pose!.PNG")
    old_mask = os.umask(0o022)
    try:
        [target] = library.import_routines([source]).imported
    finally:
        os.umask(old_mask)
    assert load_routine(target).all_exercises()[0].images == ["images/my-pose.png"]
    copy = target.parent / "images" / "my-pose.png"
    assert copy.read_bytes() == PNG
    assert stat.S_IMODE(copy.stat().st_mode) == 0o644
    assert not copy.is_symlink()
    assert copy.stat().st_nlink == 1
    assert [p.name for p in copy.parent.iterdir()] == ["my-pose.png"]  # no temporary left


def test_the_copy_is_named_by_what_the_bytes_are(downloads: Path) -> None:
    (downloads / "pose").write_bytes(b"\xff\xd8\xff\xe0" + bytes(32))
    (downloads / "diagram.txt").write_text("<?xml version='1.0'?>\n<svg/>", encoding="utf-8")
    source = routine_file(downloads, "r.json", "pose", "diagram.txt")
    [target] = library.import_routines([source]).imported
    assert load_routine(target).all_exercises()[0].images == [
        "images/pose.jpg",
        "images/diagram.svg",
    ]


def test_a_missing_picture_does_not_refuse_the_routine(downloads: Path) -> None:
    source = routine_file(downloads, "r.json", "gone.png", "resource:images/clamshell-1.svg")
    [target] = library.import_routines([source]).imported
    assert load_routine(target).all_exercises()[0].images == [
        "gone.png",
        "resource:images/clamshell-1.svg",
    ]


def test_every_problem_of_a_refused_routine_is_named_and_nothing_is_copied(
    downloads: Path, secret: Path
) -> None:
    (downloads / "good.png").write_bytes(PNG)
    (downloads / "key.png").symlink_to(secret)
    (downloads / "big.png").write_bytes(PNG)
    os.truncate(downloads / "big.png", 21 * 1024 * 1024)
    source = routine_file(downloads, "r.json", "good.png", "key.png", "big.png", "gone.png")
    result = library.import_routines([source])
    assert result.problem_lines() == [
        f"{source}: exercises[0].images[1]: picture key.png leads outside the routine's folder",
        f"{source}: exercises[0].images[2]: picture big.png is too large (21 MB; at most 20 MB)",
    ]
    assert not (paths.user_routines_dir() / "images").exists()


def test_a_bad_file_in_the_middle_of_a_batch_costs_nothing_else(
    downloads: Path, secret: Path
) -> None:
    (downloads / "a.png").write_bytes(PNG)
    first = routine_file(downloads, "first.json", "a.png", title="First")
    (downloads / "key.png").symlink_to(secret)
    middle = routine_file(downloads, "middle.json", "key.png", title="Middle")
    last = routine_file(downloads, "last.json", "a.png", title="Last")
    result = library.import_routines([first, middle, downloads / "nothing.json", last])
    assert [load_routine(p).name for p in result.imported] == ["First", "Last"]
    assert [str(e.source) for e in result.refused] == [str(middle), str(downloads / "nothing.json")]
    assert result.problem_lines()[1] == f"{downloads / 'nothing.json'}: (file): no such file"


def test_a_file_that_cannot_be_written_is_refused_and_the_batch_goes_on(
    downloads: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (downloads / "a.png").write_bytes(PNG)
    (downloads / "b.png").write_bytes(PNG + b"other")
    sources = [routine_file(downloads, f"{n}.json", f"{n}.png") for n in ("a", "b")]
    sources.insert(1, routine_file(downloads, "c.json"))
    real_store = library.store_picture

    def store(data: bytes, suffix: str, name: str, folder: Path) -> str:
        if name == "a.png":
            raise OSError(28, "No space left on device")
        return real_store(data, suffix, name, folder)

    monkeypatch.setattr(library, "store_picture", store)
    result = library.import_routines(sources)
    assert [p.name for p in result.imported] == ["c.json", "b.json"]
    assert result.problem_lines() == [
        f"{sources[0]}: (file): cannot be written to your library: No space left on device"
    ]


def test_export_refuses_a_picture_leading_outside_and_writes_nothing(
    tmp_path: Path, secret: Path
) -> None:
    images = paths.user_routines_dir() / "images"
    images.mkdir(parents=True)
    (images / "pose.png").symlink_to(secret)
    source = routine_file(paths.user_routines_dir(), "mine.json", "images/pose.png")
    target = tmp_path / "usb" / "mine.json"
    with pytest.raises(RoutineError) as caught:
        library.export_routine(source, target)
    assert caught.value.lines() == [
        f"{source}: exercises[0].images[0]: picture images/pose.png leads outside the"
        " routine's folder"
    ]
    assert not target.parent.exists()


def test_duplicate_refuses_a_routine_whose_picture_leads_outside(secret: Path) -> None:
    images = paths.user_routines_dir() / "images"
    images.mkdir(parents=True)
    (images / "pose.png").symlink_to(secret)
    source = routine_file(paths.user_routines_dir(), "mine.json", "images/pose.png")
    with pytest.raises(RoutineError):
        library.duplicate_routine(source)
    assert [p.name for p in paths.user_routines_dir().glob("*.json")] == ["mine.json"]


def test_a_picture_already_in_the_folder_is_reused_and_a_different_one_kept(
    downloads: Path,
) -> None:
    (downloads / "pose.png").write_bytes(PNG)
    source = routine_file(downloads, "r.json", "pose.png")
    library.import_routines([source, source])
    (downloads / "pose.png").write_bytes(PNG + b"changed")
    [third] = library.import_routines([source]).imported
    folder = paths.user_routines_dir() / "images"
    # The second picture named pose.png is named after its bytes too: finding a free name
    # reads at most two files, however many pictures share one (it was quadratic).
    other = f"pose-{hashlib.sha256(PNG + b'changed').hexdigest()[:12]}.png"
    assert sorted(p.name for p in folder.iterdir()) == sorted([other, "pose.png"])
    assert load_routine(third).all_exercises()[0].images == [f"images/{other}"]
    assert (folder / "pose.png").read_bytes() == PNG
    [fourth] = library.import_routines([source]).imported  # the same bytes again: reused
    assert load_routine(fourth).all_exercises()[0].images == [f"images/{other}"]
    assert len(list(folder.iterdir())) == 2


def test_a_library_file_that_is_a_fifo_is_listed_as_broken_not_waited_on() -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.json")
    assert library.user_routine_files() == []  # not a file: not listed at all
    entry = finishes(lambda: library.load_entry(folder / "pipe.json", False))
    assert entry.broken
    assert entry.facts == (
        "Cannot be opened: (file): is not a regular file (a device, pipe or socket)"
    )


def test_odd_names_in_the_library_folder_are_listed_not_raised(tmp_path: Path) -> None:
    folder = paths.user_routines_dir()
    folder.mkdir(parents=True)
    (folder / "a folder.json").mkdir()
    (folder / "bad\udcff.json").write_text("{", encoding="utf-8")
    (folder / ("b" * 240 + ".json")).write_text(json.dumps(routine(name="Long")), encoding="utf-8")
    entries = [e for e in library.scan_routines() if not e.bundled]
    assert sorted(e.title for e in entries) == ["Long", "bad\udcff.json"]
    assert all(len(line.splitlines()) == 1 for e in entries for line in e.problems)


def test_export_to_a_name_the_system_refuses_is_an_os_error(tmp_path: Path) -> None:
    source = routine_file(tmp_path / "r", "r.json")
    for target in (tmp_path / "bad\ud800.json", tmp_path / "a\x00b.json"):
        with pytest.raises(OSError, match="the file name cannot be used on this system"):
            library.export_routine(source, target)


@pytest.mark.parametrize(
    ("name", "stem"),
    [("CON", "con-file"), ("nul", "nul-file"), ("Com1", "com1-file"), ("Console", "console")],
)
def test_file_names_are_never_windows_device_names(name: str, stem: str) -> None:
    from matside.storage.library import slug

    assert slug(name) == stem


def test_a_compact_file_too_large_once_written_out_is_refused_unwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stranger's compact file within the limit is written out pretty: larger, it was saved
    # where neither the library nor the editor could read it again.
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps(routine(exercise(name="A" * 80)), separators=(",", ":")))
    limit = compact.stat().st_size + 20
    monkeypatch.setattr(routine_files, "MAX_ROUTINE_BYTES", limit)
    result = library.import_routines([compact])
    assert result.imported == ()
    [line] = result.problem_lines()
    assert line.endswith(
        ": (file): would be too large to be read again (0.502 KB; at most 0.261 KB)"
    )
    assert not list(paths.user_routines_dir().glob("*.json"))
