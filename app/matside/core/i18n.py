"""Words in the user's language, for the layers that have no Qt.

The user interface translates with Qt's translation system: ``self.tr`` and
``QCoreApplication.translate`` in :mod:`matside.ui`, catalogues made with ``pyside6-lupdate`` and
``pyside6-lrelease`` (``tools/make_translations.py``). The core has no Qt, yet it words what is
shown and spoken (the coach's phrases, the keys' descriptions, problems in plain words). It calls
:func:`translate` with a context and an English text; lupdate finds those calls by name as it finds
Qt's own, so they land in the same catalogues; the user interface hands its translator in with
:func:`use_translator` once it has loaded the catalogue. Until then, and in the command line,
every text stays English.

Texts that are written once at import time (tables of names) are marked with
:func:`QT_TRANSLATE_NOOP`, which lupdate also finds, and translated where they are used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

Translator = Callable[[str, str], str]
"""``(context, english) -> text in the user's language``."""


def _english(context: str, text: str) -> str:
    return text


_translator: Translator = _english


def use_translator(translator: Translator | None) -> None:
    """Translate from now on with ``translator`` (None: back to English)."""
    global _translator  # one catalogue per process, as with gettext's install
    _translator = translator or _english


def translate(context: str, text: str) -> str:
    """``text`` (English, maybe with ``{name}`` fields to fill in after) in the user's language."""
    return _translator(context, text)


_decimal_point = "."


def use_decimal_point(mark: str) -> None:
    """Write decimals with ``mark`` from now on (the locale's: ``,`` in German and Spanish)."""
    global _decimal_point  # one locale per process, as with the translator
    _decimal_point = mark or "."


def decimal(value: float) -> str:
    """``value`` as shortly as it reads exactly, in the user's locale: ``10``, ``2.5``
    (``2,5`` in German)."""
    return f"{value:g}".replace(".", _decimal_point)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for the catalogues without translating it yet (see the module's text)."""
    return text


@runtime_checkable
class Said(Protocol):
    """Words that can be said in English (the log's) or in the user's language (a window's):
    :class:`Words`, or a routine's problem as a line (:class:`matside.core.wording.Line`)."""

    def english(self) -> str: ...

    def translated(self) -> str: ...


@dataclass(frozen=True)
class Words:
    """A sentence kept in parts until it is shown, for text made where the language is not
    known yet or by code that must not choose it (storage, the log): ``text`` is English with
    named ``{fields}``, marked for the catalogues with :func:`QT_TRANSLATE_NOOP` (in
    ``context``) where it is written; ``fields`` are the values to fill in, which may be
    words of their own (anything :class:`Said`)."""

    context: str
    text: str
    fields: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, context: str, text: str, **fields: Any) -> Words:
        """``Words.of("Logbook", "cannot be written: {reason}", reason=...)``."""
        return cls(context, text, tuple(fields.items()))

    def english(self) -> str:
        """In English, as the log and the command line write it."""
        values = {k: v.english() if isinstance(v, Said) else v for k, v in self.fields}
        return self.text.format(**values)

    def translated(self) -> str:
        """In the user's language, as a window shows it (a field that is words itself too)."""
        values = {k: v.translated() if isinstance(v, Said) else v for k, v in self.fields}
        return translate(self.context, self.text).format(**values)

    def __str__(self) -> str:
        return self.english()


LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español"}
"""The languages Matside speaks, each named in itself (as a language menu shows them)."""

TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
"""The languages with a catalogue; English is the code's own."""


def primary_language(tag: str) -> str:
    """``de-AT``, ``es_MX``, ``EN`` -> ``de``, ``es``, ``en``: the language without its region."""
    return tag.replace("_", "-").split("-")[0].lower()


def pick_language(choice: str, system_languages: list[str]) -> str:
    """The language to use: ``choice`` when it is one of :data:`LANGUAGES`, else ("system") the
    first of the system's languages (as Qt lists them: ``de-DE``, ``es_ES``, ``en``) that Matside
    speaks, else English."""
    if choice in LANGUAGES:
        return choice
    for tag in system_languages:
        code = primary_language(tag)
        if code in LANGUAGES:
            return code
    return "en"


def spoken_language(interface: str, routine: str) -> str:
    """The language tag the coach's voice takes: the coach's phrases are in the interface's
    language, so its voice is too; the routine's own tag is kept when it is a variety of that
    language (an ``en-GB`` routine in an English window keeps its British voice)."""
    if primary_language(routine) == interface:
        return routine
    return interface
