"""Bring the translation catalogues up to date with the code, then compile them.

    python tools/make_translations.py          # lupdate, then lrelease
    python tools/make_translations.py --check  # exit 1 if a catalogue is out of date

``pyside6-lupdate`` reads every module of ``app/matside`` for ``self.tr``, ``translate(...)`` and
``QT_TRANSLATE_NOOP`` (see :mod:`matside.core.i18n`) and updates
``resources/translations/matside_LANG.ts``, keeping every translation already made;
``pyside6-lrelease`` compiles each into the ``.qm`` the app loads. Both catalogues are committed:
the ``.ts`` is what translators edit, the ``.qm`` is what a clean clone runs with; a test fails
while either is behind the code.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from matside.core.i18n import TRANSLATED

REPOSITORY = Path(__file__).resolve().parent.parent
SOURCES = REPOSITORY / "app" / "matside"
CATALOGUES = REPOSITORY / "resources" / "translations"


def tool(name: str) -> str:
    """A PySide6 tool, from the Python that runs this script's environment first."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def update(catalogues: Path) -> None:
    """lupdate every language's .ts in ``catalogues`` from the code, then lrelease it."""
    modules = sorted(str(path) for path in SOURCES.rglob("*.py"))
    for language in TRANSLATED:
        ts = catalogues / f"matside_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
             "-target-language", language, *modules, "-ts", str(ts)],
            check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def out_of_date() -> list[str]:
    """The catalogue files that ``update`` would change."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for path in CATALOGUES.glob("matside_*"):
            shutil.copy2(path, copy / path.name)
        update(copy)
        return [
            path.name
            for path in sorted(copy.iterdir())
            if not (CATALOGUES / path.name).exists()
            or not filecmp.cmp(path, CATALOGUES / path.name, shallow=False)
        ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say what is out of date")
    if parser.parse_args().check:
        stale = out_of_date()
        for name in stale:
            print(f"out of date: resources/translations/{name}")
        return 1 if stale else 0
    CATALOGUES.mkdir(exist_ok=True)
    update(CATALOGUES)
    print(f"updated {CATALOGUES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
