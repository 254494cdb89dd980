"""A loader's problem in words for people, in their language, for the editor and the library.

The loader's messages are written for the command line, where the file and the place lead the
line and the value found closes it: ``exercises[0].reps: must be a whole number of at least 1,
got "eight"``. Beside a field the person sees what they typed, so the value found says nothing;
what helps is a sentence naming the field and, for a number, an example of one that would do:
``Reps must be a whole number of at least 1, like 8.`` The command line keeps the file-and-place
form, in English (docs/translating.md says why).

Every problem carries its words in parts (:class:`matside.core.checks.Wording`): a template
marked for the catalogues, its fields, the value found and any problem inside a part. The words
here are built from those parts, each template translated in the context ``Problem``; nothing
reads the English words of a message.
"""

from __future__ import annotations

from dataclasses import dataclass

from matside.core.checks import Problem, TextPlace, Wording, place_text
from matside.core.i18n import translate


def _translated(template: str) -> str:
    return translate("Problem", template)


def words(problem: Wording, *, found: bool = False) -> str:
    """What is wrong in the user's language: ``muss eine ganze Zahl ab 1 sein``; with the value
    found (``…, got "eight"``) if ``found``."""
    return problem.render(_translated, found=found)


def sentence(problem: Wording, subject: str = "", example: object = None) -> str:
    """What is wrong as a sentence about ``subject`` (a field's name as people say it, in the
    user's language), with ``example`` offered when the rule asks for a number.

    ``Reps must be a whole number of at least 1, like 8.``; a problem that is not said of its
    subject follows it after a colon (``Instructions: paragraph 2: ...``). Without a subject
    the sentence starts with the problem: ``Must be a whole number of at least 1.``
    """
    text = words(problem)
    if example is not None and example != "" and problem.asks_number:
        text = translate("Problem", "{problem}, like {example}").format(
            problem=text, example=example
        )
    if subject and problem.predicate:
        text = translate("Problem", "{subject} {problem}").format(subject=subject, problem=text)
    elif subject:
        text = translate("Problem", "{subject}: {problem}").format(subject=subject, problem=text)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!", ")")) else text + "."


def where(problem: Problem) -> str:
    """A problem's place in the user's language: a line and column, a byte or the file as a
    whole for the file's text; the path of keys (``exercises[2].sets.min``, the format's own
    words) for its data."""
    place = problem.text_place
    if place is None:
        if not problem.path:
            return translate("Problem", "(top level)")
        return place_text(problem.path)
    return _text_place(place)


def _text_place(place: TextPlace) -> str:
    if place.line is not None:
        return translate("Problem", "line {line}, column {column}").format(
            line=place.line, column=place.column
        )
    if place.byte is not None:
        return translate("Problem", "byte {byte}").format(byte=place.byte)
    return translate("Problem", "(file)")


def line(problem: Problem, source: object = None) -> str:
    """The problem as one line in the user's language, ``SOURCE: PLACE: what is wrong``, with
    the value found (not beside it), for a list of problems: the library's notices and
    details, the repair dialog."""
    text = f"{where(problem)}: {words(problem.parts, found=True)}"
    return f"{source}: {text}" if source is not None else text


@dataclass(frozen=True)
class Line:
    """A problem as one line of ``source``, to be said later (:class:`matside.core.i18n.Said`):
    ``SOURCE: PLACE: message`` in English, :func:`line` in the user's language."""

    problem: Problem
    source: str

    def english(self) -> str:
        return self.problem.format(self.source)

    def translated(self) -> str:
        return line(self.problem, self.source)
