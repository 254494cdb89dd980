"""The core's words: which language is picked, and translation handed in from outside."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from matside.core import i18n


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.use_translator(None)


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("de", ["en-US"], "de"),  # a choice wins over the system
        ("en", ["de-DE"], "en"),
        ("system", ["es_ES", "en"], "es"),  # Qt's tags come with - or _
        ("system", ["fr-FR", "de-AT", "es"], "de"),  # the first language Matside speaks
        ("system", ["fr-FR", "ja"], "en"),  # none: English
        ("system", [], "en"),
        ("klingon", ["ES-mx"], "es"),  # a value the settings table refuses falls to the system
    ],
)
def test_the_language_is_the_choice_else_the_first_of_the_system_s(
    choice: str, system: list[str], expected: str
) -> None:
    assert i18n.pick_language(choice, system) == expected


def test_text_stays_english_until_a_translator_is_handed_in() -> None:
    assert i18n.translate("Coach", "Switch sides") == "Switch sides"
    seen: list[tuple[str, str]] = []

    def german(context: str, text: str) -> str:
        seen.append((context, text))
        return {"Switch sides": "Seite wechseln"}.get(text, text)

    i18n.use_translator(german)
    assert i18n.translate("Coach", "Switch sides") == "Seite wechseln"
    assert seen == [("Coach", "Switch sides")]
    i18n.use_translator(None)
    assert i18n.translate("Coach", "Switch sides") == "Switch sides"


def test_a_marked_text_is_left_as_it_is_until_used() -> None:
    i18n.use_translator(lambda _context, _text: "übersetzt")
    assert i18n.QT_TRANSLATE_NOOP("Keys", "Next") == "Next"


def test_every_language_is_named_in_itself_and_english_is_not_a_catalogue() -> None:
    assert i18n.LANGUAGES["de"] == "Deutsch"
    assert "en" not in i18n.TRANSLATED
    assert set(i18n.TRANSLATED) | {"en"} == set(i18n.LANGUAGES)


@pytest.mark.parametrize(
    ("interface", "routine", "expected"),
    [("en", "en-GB", "en-GB"), ("en", "en", "en"), ("de", "en", "de"), ("es", "es_MX", "es_MX")],
)
def test_the_voice_speaks_the_interface_s_language_in_the_routine_s_variety(
    interface: str, routine: str, expected: str
) -> None:
    assert i18n.spoken_language(interface, routine) == expected


def test_decimals_take_the_locale_s_point_and_stay_short() -> None:
    assert i18n.decimal(2.5) == "2.5"
    assert i18n.decimal(10.0) == "10"
    i18n.use_decimal_point(",")
    try:
        assert i18n.decimal(2.5) == "2,5"
        assert i18n.decimal(0.25) == "0,25"
        assert i18n.decimal(30.0) == "30"
    finally:
        i18n.use_decimal_point(".")
    assert i18n.decimal(2.5) == "2.5"


def test_words_kept_in_parts_are_english_for_the_log_and_translated_when_shown() -> None:
    inner = i18n.Words.of("Logbook", "cannot be opened: {reason}", reason="disk full")
    outer = i18n.Words.of("Logbook", "{problem}. Not logged.", problem=inner)
    assert outer.english() == str(outer) == "cannot be opened: disk full. Not logged."
    german = {
        "cannot be opened: {reason}": "lässt sich nicht öffnen: {reason}",
        "{problem}. Not logged.": "{problem}. Nicht protokolliert.",
    }
    i18n.use_translator(lambda _context, text: german.get(text, text))
    assert outer.translated() == "lässt sich nicht öffnen: disk full. Nicht protokolliert."
    assert outer.english() == "cannot be opened: disk full. Not logged."  # the log stays English
