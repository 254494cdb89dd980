"""A loader's problem in words for people, for the editor's fields (issue 19).

The loader's messages are written for the command line, where the file and the place lead the
line and the value found closes it: ``exercises[0].reps: must be a whole number of at least 1,
got "eight"``. Beside a field the person sees what they typed, so the value found says nothing;
what helps is a sentence naming the field and, for a number, an example of one that would do:
``Reps must be a whole number of at least 1, like 8.`` The command line keeps the file-and-place
form.
"""

from __future__ import annotations

import re

_GOT = re.compile(r', got (?:"(?:[^"\\]|\\.)*"|[^(]*?)(?= \(|$)')
"""The ``, got VALUE`` the loader adds, up to a closing remark in brackets or the end."""

_NUMBER_RULE = re.compile(r"^must be a (?:whole )?number")


def without_value(message: str) -> str:
    """``must be text, got 5`` -> ``must be text``; a remark in brackets stays."""
    return _GOT.sub("", message)


def sentence(message: str, subject: str = "", example: object = None) -> str:
    """The loader's ``message`` as a sentence about ``subject`` (a field's name as people say
    it), with ``example`` offered when the message asks for a number.

    ``sentence('must be a number, got ""', "Reps", 8)`` -> ``"Reps must be a number, like 8."``
    Without a subject the sentence starts with the message: ``"Must be a number, like 8."``.
    """
    text = without_value(message).strip()
    if example is not None and example != "" and _NUMBER_RULE.match(text) and "(" not in text:
        text = f"{text}, like {example}"
    if subject:
        verbs = ("must ", "needs ", "is ", "cannot ")
        text = f"{subject} {text}" if text.startswith(verbs) else f"{subject}: {text}"
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!", ")")) else text + "."
