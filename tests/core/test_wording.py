"""The loader's problems in words for people (matside.core.wording): built from the parts,
translated template by template, never from the English line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from matside.core import i18n
from matside.core.checks import Problem, Wording, wording
from matside.core.wording import line, sentence, where, words

WHOLE = wording("must be a whole number of at least {minimum}", '"eight"', asks_number=True,
                minimum=1)  # fmt: skip


def test_the_value_found_is_left_out_and_kept_for_the_command_line() -> None:
    assert words(WHOLE) == "must be a whole number of at least 1"
    assert WHOLE.render() == 'must be a whole number of at least 1, got "eight"'
    inner = wording("paragraph {number}: {problem}", inner=WHOLE, predicate=False, number=2)
    assert words(inner) == "paragraph 2: must be a whole number of at least 1"
    assert inner.render() == 'paragraph 2: must be a whole number of at least 1, got "eight"'
    assert inner.value_of("number") == 2
    assert [part.text for part in inner.templates()] == [inner.text, WHOLE.text]


def test_a_number_rule_names_the_field_and_offers_an_example() -> None:
    assert sentence(WHOLE, "Reps", 8) == "Reps must be a whole number of at least 1, like 8."
    assert sentence(WHOLE) == "Must be a whole number of at least 1."
    assert sentence(WHOLE, example=30) == "Must be a whole number of at least 1, like 30."


def test_other_rules_read_as_sentences_without_an_example() -> None:
    assert sentence(Wording("must be non-empty text", found='""'), "Name", "x") == (
        "Name must be non-empty text."
    )
    assert sentence(Wording("unknown key", predicate=False), "Colour") == "Colour: unknown key."
    order = wording("min must be less than max", "4 and 3", remark="(write a number)",
                    predicate=False)  # fmt: skip
    assert sentence(order, "Sets", 1) == "Sets: min must be less than max (write a number)"
    assert order.render() == "min must be less than max, got 4 and 3 (write a number)"
    assert words(order, found=True) == order.render()


def test_places_and_lines_in_words() -> None:
    assert where(Problem.in_file("bad", "not-json", line=3, column=7)) == "line 3, column 7"
    assert where(Problem.in_file("bad", "text-encoding", byte=13)) == "byte 13"
    assert where(Problem.in_file("bad", "file")) == "(file)"
    assert where(Problem((), "bad", "unknown-key")) == "(top level)"
    reps = Problem(("exercises", 0, "reps"), WHOLE, "value")
    assert line(reps) == reps.format()  # in English, the command line's own line
    assert line(reps, "a.json") == reps.format("a.json")


GERMAN = {
    "must be a whole number of at least {minimum}": "muss eine ganze Zahl ab {minimum} sein",
    "{problem}, like {example}": "{problem}, z. B. {example}",
    "{subject} {problem}": "{subject}: {problem}",
    "{problem}, got {found}": "{problem}, gefunden: {found}",
}


@pytest.fixture
def german() -> Iterator[None]:
    """A translator for a few of the templates, as a catalogue would give them."""
    i18n.use_translator(
        lambda context, text: GERMAN.get(text, text) if context == "Problem" else text
    )
    yield
    i18n.use_translator(None)


def test_each_template_is_translated_and_the_english_line_stays(german: None) -> None:
    assert sentence(WHOLE, "Wiederholungen", 8) == (
        "Wiederholungen: muss eine ganze Zahl ab 1 sein, z. B. 8."
    )
    assert line(Problem(("reps",), WHOLE, "value")) == (
        'reps: muss eine ganze Zahl ab 1 sein, gefunden: "eight"'
    )
    assert Problem(("reps",), WHOLE, "value").message == (
        'must be a whole number of at least 1, got "eight"'
    )


def test_a_decimal_is_written_the_locales_way_for_people_and_with_a_point_in_english() -> None:
    phase = wording("must be a number of seconds at least {minimum}", "-1", minimum=0.5)
    i18n.use_decimal_point(",")
    try:
        assert words(phase) == "must be a number of seconds at least 0,5"
        assert phase.render() == "must be a number of seconds at least 0.5, got -1"
    finally:
        i18n.use_decimal_point(".")
