"""The translation catalogues: current with the code, complete, and safe to fill in.

A message whose translation lost one of its ``{fields}`` (or gained one) would raise KeyError
where the app fills it in; one that lost its ``&`` loses a menu's keyboard access. A message with
a count (``tr("%n routine(s)", "", n)``) has one form per plural form of the language, each
with the count in it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from matside.core.i18n import TRANSLATED

REPOSITORY = Path(__file__).resolve().parents[2]
CATALOGUES = REPOSITORY / "resources" / "translations"
FIELD = re.compile(r"\{(\w*)\}")

pytestmark = pytest.mark.slow


PLURAL_FORMS = {"de": 2, "es": 2}
"""How many plural forms each language has (one, other), as Qt's numerus rules give them."""


def messages(language: str) -> list[tuple[str, str, ET.Element, bool]]:
    """(context, source, translation element, whether it has plural forms) for every message
    of a catalogue."""
    root = ET.parse(CATALOGUES / f"matside_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{language}: {name}: a message without translation"
            numerus = message.get("numerus") == "yes"
            found.append((name, message.findtext("source", ""), translation, numerus))
    return found


def texts_of(translation: ET.Element, numerus: bool) -> list[str]:
    """A translation's text, or each of its plural forms."""
    if numerus:
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def test_the_catalogues_are_current_with_the_code() -> None:
    done = subprocess.run(
        [sys.executable, str(REPOSITORY / "tools" / "make_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr + "run: tools/make_translations.py"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_keeping_its_fields_and_accelerator(language: str) -> None:
    found = messages(language)
    assert len(found) > 20
    assert any(numerus for *_, numerus in found)
    for context, source, translation, numerus in found:
        place = f"{language}: {context}: {source!r}"
        assert translation.get("type") != "unfinished", f"not translated: {place}"
        texts = texts_of(translation, numerus)
        if numerus:
            assert len(texts) == PLURAL_FORMS[language], f"plural forms: {place}"
        for text in texts:
            assert text.strip(), f"empty: {place}"
            assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(source)), place
            assert ("&" in text) == ("&" in source), f"keyboard accelerator: {place}"
            assert ("%n" in text) == numerus, f"the count: {place}"
            # Qt would take a text with markup for rich text where the source is plain.
            assert "<" not in text or "<" in source, f"markup: {place}"
