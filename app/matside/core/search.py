"""How the library finds and orders routines: natural order and search over what a routine says.

Natural order sorts the numbers in names by their value, so "Circuit 9" comes before
"Circuit 41", as in file managers. A search matches a routine when every word of the query is
found, ignoring case and accents, in its name, its description or the name of one of its
exercises: "clam hip" finds a routine with "Clamshell" in it whose name says "Hip".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NUMBER = re.compile(r"(\d+)")


def folded(text: str) -> str:
    """``text`` without case and accents, for comparing: ``"Écarté"`` -> ``"ecarte"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that orders runs of digits by value and the rest without case or accents.

    Every part is a ``(kind, value)`` pair so that numbers and words never meet in a comparison.
    """
    parts = _NUMBER.split(folded(text))
    return tuple((1, int(part)) if index % 2 else (0, part) for index, part in enumerate(parts))


def query_words(query: str) -> tuple[str, ...]:
    """The words of a search, folded; none for a blank query."""
    return tuple(folded(query).split())


def matches(words: tuple[str, ...], texts: Iterable[str]) -> bool:
    """Whether every word is found in one of ``texts``; no words match everything."""
    if not words:
        return True
    haystack = "\n".join(folded(text) for text in texts)
    return all(word in haystack for word in words)
