"""``matside FILE``: the routine is shown in the library with Start and Import, and is not
copied into the library until Import; a bad file is shown with its problems and their places."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from matside import APP_ID
from matside.backends.audio import RecordingPlayer
from matside.backends.awake import RecordingScreenAwake
from matside.core.clock import FakeClock
from matside.storage import library, paths
from matside.ui.main import MainWindow, make_application, qt_arguments
from tests.conftest import exercise, routine
from tests.ui.test_library import user_file

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def themed_app(qapp: Any) -> None:
    make_application()


def window(qtbot: QtBot) -> MainWindow:
    main = MainWindow(RecordingPlayer(), RecordingScreenAwake(), FakeClock())
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show_home()
    main.show()
    return main


def outside_file(folder: Path, data: dict[str, Any] | str) -> Path:
    path = folder / "from-a-friend.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def mine() -> list[Path]:
    folder = paths.user_routines_dir()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_a_file_is_shown_with_start_and_import_and_not_imported(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = outside_file(tmp_path, routine(exercise(name="Deep squat"), name="Friend's squats"))
    main = window(qtbot)
    main.home.show_file(path)
    details = main.home.details
    assert details.title.text() == "Friend's squats"
    assert str(path) in details.kind_label.text()
    assert "Deep squat" in details.body.text()
    shown = [b.text() for b in details.findChildren(type(details.start_button)) if b.isVisible()]
    assert shown == ["Start", "Import"]
    assert main.home.current_entry() is None  # nothing of the library's is chosen
    assert mine() == []  # not copied in by being opened

    qtbot.mouseClick(details.start_button, CLICK)
    screen = main.run_screen
    assert screen is not None
    assert screen.timeline.routine.name == "Friend's squats"
    assert mine() == []


def test_import_copies_it_in_and_chooses_the_copy(qtbot: QtBot, tmp_path: Path) -> None:
    path = outside_file(tmp_path, routine(name="Friend's squats"))
    main = window(qtbot)
    main.home.show_file(path)
    qtbot.mouseClick(main.home.details.import_button, CLICK)
    [copy] = mine()
    chosen = main.home.current_entry()
    assert chosen is not None
    assert chosen.path == copy
    assert main.home.details.title.text() == "Friend's squats"
    assert main.home.details.edit_button.isVisible()  # now it is the user's own
    assert not main.home.details.import_button.isVisible()
    assert main.home.notice.isVisible()
    assert path.is_file()  # the original stays where it was


def test_a_bad_file_is_shown_with_its_problems_and_places(qtbot: QtBot, tmp_path: Path) -> None:
    path = outside_file(tmp_path, routine(exercise(reps=0)))
    main = window(qtbot)
    main.home.show_file(path)
    details = main.home.details
    assert details.title.text() == path.name
    assert details.kind_label.text() == str(path)
    assert details.facts.text() == "This file cannot be opened"
    assert "exercises[0].reps" in details.body.text()
    for button in (
        details.start_button,
        details.import_button,
        details.repair_button,  # repairing is for the library's own files
        details.delete_button,
        details.edit_button,
    ):
        assert not button.isVisible()


def test_a_refused_picture_is_shown_at_its_place_as_import_would_refuse_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A routine whose SVG has a script loads, but ``validate`` and Import refuse it: opened,
    it is shown with the picture's problem at its place, like the loader's problems."""
    (tmp_path / "images").mkdir()
    script = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    (tmp_path / "images" / "trap.svg").write_text(script, encoding="utf-8")
    path = outside_file(tmp_path, routine(exercise(images=["images/trap.svg"])))
    main = window(qtbot)
    main.home.show_file(path)
    details = main.home.details
    assert details.facts.text() == "This file cannot be opened"
    body = details.body.text()
    assert "exercises[0].images[0]" in body
    assert "picture images/trap.svg has a &lt;script&gt; element" in body
    assert not details.start_button.isVisible()
    assert not details.import_button.isVisible()
    assert mine() == []


def test_a_missing_file_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    main = window(qtbot)
    main.home.show_file(tmp_path / "nope.json")
    assert main.home.details.facts.text() == "This file cannot be opened"
    assert "no such file" in main.home.details.body.text()


def test_a_file_of_the_library_is_chosen_in_the_list(qtbot: QtBot) -> None:
    own = user_file("own.json", routine(name="My own"))
    bundled = library.scan_routines()[0]
    main = window(qtbot)
    for path, title in ((own, "My own"), (bundled.path, bundled.title)):
        main.home.show_file(path)
        chosen = main.home.current_entry()
        assert chosen is not None
        assert chosen.path == path
        assert main.home.details.title.text() == title
        assert not main.home.details.import_button.isVisible()


def test_the_app_id_is_the_desktop_file_name(qapp: Any) -> None:
    # On Wayland this is the window's app ID: the desktop finds the menu entry and icon by it.
    assert make_application().desktopFileName() == APP_ID


@pytest.mark.slow
def test_a_file_name_that_is_not_utf8_does_not_crash_qt(tmp_path: Path) -> None:
    # `matside run` on a file whose name is not UTF-8 (Python reads its bytes as lone
    # surrogates): PySide crashed converting the command line for QApplication.
    assert qt_arguments(["matside", "run", "a\udcff.json"]) == ["matside"]
    assert qt_arguments(["/opt/m\udcffx/matside"]) == ["/opt/m\ufffdx/matside"]
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from matside.ui.main import make_application;"
            " sys.argv = ['matside', 'run', 'a\\udcff.json']; make_application(); print('up')",
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATSIDE_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (child.returncode, child.stdout) == (0, "up\n")
