"""Format-2 routines as files: the pictures of exercises inside circuits are checked where
they lead and copied on import like any other."""

from __future__ import annotations

import json
from pathlib import Path

from matside.core.routine import Circuit
from matside.storage import library
from matside.storage.routine_files import image_problems, load_routine
from tests.conftest import exercise, routine
from tests.storage.test_library_untrusted import PNG, SECRET


def circuit_file(folder: Path, *images: str) -> Path:
    data = routine(
        exercise(name="Alone", images=["resource:images/clamshell-1.svg"]),
        {
            "circuit": "Warm-up",
            "rounds": 2,
            "exercises": [exercise(name="Plain"), exercise(name="Pictured", images=list(images))],
        },
        format=2,
    )
    path = folder / "circuit.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_picture_inside_a_circuit_is_copied_and_pointed_at(tmp_path: Path) -> None:
    (tmp_path / "pose.png").write_bytes(PNG)
    [target] = library.import_routines([circuit_file(tmp_path, "pose.png")]).imported
    imported = load_routine(target)
    item = imported.exercises[1]
    assert isinstance(item, Circuit)
    assert item.exercises[1].images == ["images/pose.png"]
    assert (target.parent / "images" / "pose.png").read_bytes() == PNG
    assert imported.all_exercises()[0].images == ["resource:images/clamshell-1.svg"]


def test_a_picture_inside_a_circuit_that_leads_outside_is_named_at_its_place(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "secret"
    secret.write_bytes(SECRET)
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "pose.png").symlink_to(secret)
    path = circuit_file(folder, "pose.png", "gone.png")
    problems = image_problems(load_routine(path), path)
    assert [(p.place, p.code) for p in problems] == [
        ("exercises[1].exercises[1].images[0]", "picture-outside"),
        ("exercises[1].exercises[1].images[1]", "picture-missing"),
    ]
    result = library.import_routines([path])
    assert result.imported == ()
    assert (
        "exercises[1].exercises[1].images[0]: picture pose.png leads outside"
        in (result.problem_lines()[0])
    )
