"""Shared fixtures. Qt runs offscreen and user folders point at a temporary home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def matside_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own empty user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MATSIDE_HOME", str(home))
    yield home


def exercise(**fields: Any) -> dict[str, Any]:
    """A valid exercise as JSON data, with ``fields`` on top."""
    data: dict[str, Any] = {"name": "Move", "reps": 8, "tempo": 4}
    data.update(fields)
    return {k: v for k, v in data.items() if v is not None}


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
