"""No problem the loader finds escapes translation (issue 19).

Every problem the loader reports over the hostile corpus (and the pictures in tests/data) is
made of templates; each must be in the German and the Spanish catalogues, translated, with the
same ``{fields}`` as the English, and must fill in with the problem's values. A message written
as an f-string, or a template that lupdate could not find, fails here.
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from matside.core.checks import Problem
from matside.core.i18n import TRANSLATED
from matside.core.routine import RoutineError
from matside.storage import library, paths
from matside.storage.pictures import PictureRefused, read_picture_file
from matside.storage.routine_files import image_problems, load_routine
from tests.hostile.cases import CASES

DATA = Path(__file__).resolve().parents[1] / "data"


def catalogue(language: str) -> dict[str, str]:
    """The finished translations of the context ``Problem``: English template -> translation."""
    root = ET.parse(paths.resource(f"translations/matside_{language}.ts")).getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Problem":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                found[message.findtext("source", "")] = translation.text or ""
    return found


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def problems_of(file: Path) -> list[Problem]:
    """What the loader finds in a routine file: its own problems, else its pictures'."""
    try:
        routine = load_routine(file)
    except RoutineError as error:
        untrusted: list[Problem] = []
        try:
            library.load_untrusted_routine(file)
        except RoutineError as again:
            untrusted = list(again.problems)
        return [*error.problems, *untrusted]
    return image_problems(routine, file)


def corpus_problems(folder: Path) -> list[Problem]:
    found: list[Problem] = []
    for name, build in CASES.items():
        case_folder = folder / str(len(found)) / name.replace("/", "-").replace(" ", "_")[:40]
        case_folder.mkdir(parents=True)
        case = build(case_folder)
        for file in case.files:
            found += problems_of(file)
    return found


def picture_reasons() -> list[Problem]:
    """The pictures of tests/data refused as a routine's would be, where they are refused."""
    found = []
    for file in sorted(DATA.iterdir()):
        try:
            read_picture_file(file)
        except PictureRefused as refused:
            found.append(Problem.in_file(refused.reason, refused.code))
    return found


@pytest.fixture(scope="module")
def every_problem(tmp_path_factory: pytest.TempPathFactory) -> list[Problem]:
    return corpus_problems(tmp_path_factory.mktemp("corpus")) + picture_reasons()


def test_the_corpus_makes_many_kinds_of_problem(every_problem: list[Problem]) -> None:
    templates = {part.text for p in every_problem for part in p.parts.templates()}
    assert len(templates) >= 25  # files, JSON, keys, texts, pictures, SVGs and bitmaps


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_problem_of_the_corpus_is_translated_with_its_fields(
    every_problem: list[Problem], language: str
) -> None:
    translated = catalogue(language)
    missing: set[str] = set()
    for problem in every_problem:
        for part in problem.parts.templates():
            if part.text not in translated:
                missing.add(part.text)
                continue
            words = translated[part.text]
            assert fields(words) == fields(part.text), (part.text, words)
            values = dict(part.fields)
            if part.inner is not None:
                values["problem"] = "..."
            words.format(**values)  # every field it names is given
    assert not missing, sorted(missing)
