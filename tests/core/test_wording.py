"""The loader's problems as sentences for the editor's fields (matside.core.wording)."""

from __future__ import annotations

import pytest

from matside.core.wording import sentence, without_value


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ('must be a number, got ""', "must be a number"),
        (
            'must be a whole number of at least 1, got "eight"',
            "must be a whole number of at least 1",
        ),
        ('must be text, got "a \\"quoted\\" word"', "must be text"),
        (
            "min must be less than max, got 4 and 3 (for a fixed count write a number)",
            "min must be less than max (for a fixed count write a number)",
        ),
        ("needs seconds or reps", "needs seconds or reps"),
    ],
)
def test_the_value_found_is_left_out(message: str, kept: str) -> None:
    assert without_value(message) == kept


def test_a_number_rule_names_the_field_and_offers_an_example() -> None:
    message = 'must be a whole number of at least 1, got "eight"'
    assert sentence(message, "Reps", 8) == "Reps must be a whole number of at least 1, like 8."
    assert sentence(message) == "Must be a whole number of at least 1."
    assert sentence(message, example=30) == "Must be a whole number of at least 1, like 30."


def test_other_rules_read_as_sentences_without_an_example() -> None:
    assert sentence('must be non-empty text, got ""', "Name", "x") == (
        "Name must be non-empty text."
    )
    assert sentence("unknown key", "Colour") == "Colour: unknown key."
    assert sentence("min must be less than max, got 4 and 3 (write a number)", "Sets", 1) == (
        "Sets: min must be less than max (write a number)"
    )
