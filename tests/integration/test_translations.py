"""The translation catalogues: current with the code, complete, and safe to fill in.

A message whose translation lost one of its ``{fields}`` (or gained one) would raise KeyError
where the app fills it in; one that lost its ``&`` loses a menu's keyboard access.
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


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a catalogue."""
    root = ET.parse(CATALOGUES / f"matside_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{language}: {name}: a message without translation"
            found.append((name, message.findtext("source", ""), translation))
    return found


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
    for context, source, translation in found:
        place = f"{language}: {context}: {source!r}"
        assert translation.get("type") != "unfinished", f"not translated: {place}"
        text = translation.text or ""
        assert text.strip(), f"empty: {place}"
        assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(source)), place
        assert ("&" in text) == ("&" in source), f"keyboard accelerator: {place}"
