"""The window's size and place are kept between runs; a bad file is never an error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from matside.storage import window_state


def test_geometry_comes_back_as_it_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "state" / "window.json"
    geometry = bytes(range(256)) * 2
    window_state.save_geometry(geometry, path)
    assert window_state.load_geometry(path) == geometry


def test_the_default_place_is_in_the_users_state_folder() -> None:
    window_state.save_geometry(b"abc")
    assert window_state.window_state_path().is_file()
    assert window_state.load_geometry() == b"abc"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"geometry": 5}',
        b'{"geometry": "not base64!"}',
        b'{"geometry": ""}',
        b'{"other": "AAAA"}',
        b'{"geometry": "' + b"A" * 20000 + b'"}',
        b"[" * 5000 + b"]" * 5000,  # nested deeper than Python's parser goes
    ],
)
def test_a_damaged_or_huge_file_means_nothing_remembered(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "window.json"
    path.write_bytes(content)
    assert window_state.load_geometry(path) is None


def test_no_file_or_a_fifo_means_nothing_remembered(tmp_path: Path) -> None:
    assert window_state.load_geometry(tmp_path / "missing.json") is None
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    assert window_state.load_geometry(fifo) is None  # and does not wait for a writer
