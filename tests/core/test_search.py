"""Natural order and search over a routine's texts (matside.core.search)."""

from __future__ import annotations

from matside.core.search import folded, matches, natural_key, query_words


def test_numbers_sort_by_value() -> None:
    names = ["Circuit 41", "circuit 9", "Circuit 10", "Abs", "Circuit 9b"]
    assert sorted(names, key=natural_key) == [
        "Abs",
        "circuit 9",
        "Circuit 9b",
        "Circuit 10",
        "Circuit 41",
    ]


def test_names_with_and_without_leading_numbers_sort_without_error() -> None:
    names = ["10 minutes", "Hips", "2 minutes", ""]
    assert sorted(names, key=natural_key) == ["", "2 minutes", "10 minutes", "Hips"]


def test_folding_drops_case_and_accents() -> None:
    assert folded("Écarté STRASSE") == "ecarte strasse"
    assert natural_key("Épaule 2") == natural_key("epaule 2")


def test_every_word_must_be_found_somewhere() -> None:
    texts = ["Hip Opening", "Five standing moves", "Clamshell"]
    assert matches(query_words("clam hip"), texts)
    assert matches(query_words("  STANDING  "), texts)
    assert not matches(query_words("clam shoulder"), texts)


def test_a_blank_query_matches_everything() -> None:
    assert query_words("   ") == ()
    assert matches((), [])
