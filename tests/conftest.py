"""Shared fixtures. Qt runs offscreen and user folders point at a temporary home."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from matside.core.routine import RoutineError, routine_from_data

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def matside_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MATSIDE_HOME", str(home))
    return home


def exercise(**fields: Any) -> dict[str, Any]:
    """A valid exercise as JSON data, with ``fields`` on top."""
    data: dict[str, Any] = {"name": "Move", "reps": 8, "tempo": 4}
    data.update(fields)
    return {k: v for k, v in data.items() if v is not None}


def problems_of(data: Any) -> list[str]:
    """The lines of every problem the loader finds in ``data``, read as ``my.json``."""
    with pytest.raises(RoutineError) as caught:
        routine_from_data(data, "my.json")
    return caught.value.lines()


def routine(*exercises: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A valid routine as JSON data, with ``fields`` on top."""
    data: dict[str, Any] = {
        "format": 1,
        "name": "Test routine",
        "prepare_seconds": 10,
        "switch_seconds": 5,
        "rest_between_sets": 30,
        "rest_after_exercise": 30,
        "exercises": list(exercises) or [exercise()],
    }
    data.update(fields)
    return data


@pytest.fixture(autouse=True)
def collect_qt_garbage() -> Iterator[None]:
    """Destroy what a test left in reference cycles before the next test starts.

    A widget without a parent belongs to its Python object; when that object sits in a
    reference cycle (a run screen and the session that calls it back), only the cyclic garbage
    collector destroys the widget, at whatever moment it next runs. If that moment falls inside
    another window's painting, Qt paints through a freed paint engine: a segfault in
    QPainter::setPen, seen in ExercisePicture's placeholder after test_startup.py's run screen.
    Collecting here, between tests, is a safe moment. (The app itself deletes its screens with
    deleteLater, at the event loop's safe point.)
    """
    yield
    gc.collect()
