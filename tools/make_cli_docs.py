"""Write the ``matside`` man page and its bash, zsh and fish completions, from its parser.

    python tools/make_cli_docs.py OUT      (packaging/build.sh runs it, OUT = dist/matside/share)

The command line's parser (``matside.cli``) is the one source: the man page comes from
argparse-manpage, the completions from shtab, so a new subcommand or option reaches them at the
next build without a word written twice. The files are made at build time and never committed
(nothing to keep in step by hand); tests/integration/test_cli_docs.py runs this script and checks
what it writes, the completions in the real shells.

OUT gets the layout of /usr/share, so a package or ``install.sh`` copies each file to the same
place under its own root::

    man/man1/matside.1
    bash-completion/completions/matside
    zsh/vendor-completions/_matside
    fish/vendor_completions.d/matside.fish
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import shtab
from argparse_manpage.manpage import Manpage

from matside import __version__
from matside.cli import _parser

PROG = "matside"
FILES = {
    "man": Path("man/man1/matside.1"),
    "bash": Path("bash-completion/completions/matside"),
    "zsh": Path("zsh/vendor-completions/_matside"),
    "fish": Path("fish/vendor_completions.d/matside.fish"),
}
"""Each file's place under OUT (and under /usr/share)."""

ROUTINE_FILES = shtab.glob("*.json")
"""What a routine argument completes: JSON files and folders to go into."""
ANY_FILE = shtab.FILE


def _completion_parser() -> argparse.ArgumentParser:
    """The parser, each positional argument told what it completes.

    Every positional of matside's subcommands names a file: a routine (``*.json``) when its
    type is a path, otherwise any file or folder (export's ROUTINE may be a library name,
    its DEST a folder). The subcommand itself completes from the subcommand names.
    """
    parser = _parser()
    for sub in _subparsers(parser):
        for action in sub._actions:
            if action.option_strings or isinstance(action, argparse._SubParsersAction):
                continue
            action.complete = ROUTINE_FILES if action.type is Path else ANY_FILE  # type: ignore[attr-defined]
    return parser


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The subcommands' parsers."""
    return [
        sub
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for sub in action.choices.values()
    ]


def man_page() -> str:
    """The man page (roff), dated by SOURCE_DATE_EPOCH when set, for reproducible builds."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    page = Manpage(
        _parser(),
        _data={
            "project_name": "Matside",
            "version": __version__,
            "manual_title": "Matside Manual",
            "description": "a desktop interval timer with exercise cues, readable from the mat",
            "date": time.strftime("%Y-%m-%d", time.gmtime(epoch)),
        },
    )
    return str(page)


def completion(shell: str) -> str:
    """The completion script for ``shell`` (bash, zsh or fish)."""
    return str(shtab.complete(_completion_parser(), shell=shell))


def write_all(out: Path) -> list[Path]:
    """Write every file under ``out``; returns their paths."""
    written = []
    for kind, relative in FILES.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        text = man_page() if kind == "man" else completion(kind)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    """Write the files under the folder ``argv[0]``."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for path in write_all(Path(argv[0])):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
