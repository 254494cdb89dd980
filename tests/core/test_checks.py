"""The field checks' edges that routines alone do not reach (settings use them too)."""

from __future__ import annotations

import pytest

from matside.core.checks import Invalid, boolean, describe, place_text


def test_a_value_json_cannot_write_is_described_by_its_repr() -> None:
    assert describe({1, 2}) == "{1, 2}"


def test_places_join_keys_and_indexes() -> None:
    assert place_text(()) == "(top level)"
    assert place_text(("name",)) == "name"
    assert place_text(("exercises", 2, "reps")) == "exercises[2].reps"


def test_a_boolean_is_true_or_false_only() -> None:
    assert boolean(True) is True
    with pytest.raises(Invalid, match="must be true or false, got 1"):
        boolean(1)
