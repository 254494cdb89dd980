"""The man page and the shell completions, made as the build makes them, read as people read them.

tools/make_cli_docs.py writes them from the command line's parser at build time (they are never
committed); here it runs as packaging/build.sh runs it, and each file is tried where it is used:
the man page through man(1), each completion in its own shell, with a folder of routine files to
complete.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from matside.cli import _parser

REPOSITORY = Path(__file__).resolve().parents[2]
MAKE = REPOSITORY / "tools" / "make_cli_docs.py"

pytestmark = pytest.mark.slow


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser's subcommands by name."""
    return {
        name: sub
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name, sub in action.choices.items()
    }


def arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The parser's own arguments, its -h and its subcommands' action left out."""
    return [
        action
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction | argparse._SubParsersAction)
    ]


@pytest.fixture(scope="module")
def share(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The files, made into a fresh folder by the build's own command."""
    out = tmp_path_factory.mktemp("share")
    env = {**os.environ, "PYTHONPATH": str(REPOSITORY / "app"), "SOURCE_DATE_EPOCH": "0"}
    subprocess.run([sys.executable, str(MAKE), str(out)], check=True, env=env, timeout=120)
    return out


@pytest.fixture
def routines_folder(tmp_path: Path) -> Path:
    """A folder to complete in: two routines, a text file and a subfolder."""
    (tmp_path / "hips.json").write_text("{}", encoding="utf-8")
    (tmp_path / "hamstrings.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    (tmp_path / "holidays").mkdir()
    return tmp_path


def test_every_subcommand_and_argument_explains_itself() -> None:
    parser = _parser()
    assert parser.description
    undocumented = [f"matside {a.dest}" for a in arguments(parser) if not a.help]
    for name, sub in subcommands(parser).items():
        if not sub.description:
            undocumented.append(f"matside {name} (no description)")
        undocumented += [f"matside {name} {a.dest}" for a in arguments(sub) if not a.help]
    assert undocumented == []


def test_the_man_page_shows_every_subcommand_and_option(share: Path) -> None:
    page = share / "man" / "man1" / "matside.1"
    result = subprocess.run(
        ["man", "--warnings", "-E", "UTF-8", "-l", str(page)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "MANWIDTH": "100"},
        timeout=60,
    )
    assert result.stderr == ""  # groff's warnings: a malformed page
    text = re.sub(".\b", "", result.stdout)  # bold and underline, as a terminal overstrikes
    assert text.startswith("MATSIDE(1)")
    assert "matside - a desktop interval timer with exercise cues" in text
    parser = _parser()
    for name, sub in subcommands(parser).items():
        assert f"COMMAND 'matside {name}'" in text
        assert " ".join(str(sub.description).split()[:6]) in " ".join(text.split())
        for action in arguments(sub):
            for flag in action.option_strings or [str(action.metavar)]:
                assert flag in text, (name, flag)
    assert "--version" in text
    assert "1970-01-01" in text  # dated by SOURCE_DATE_EPOCH: the same build, the same page


def bash_complete(share: Path, folder: Path, line: str) -> list[str]:
    """What bash offers for ``line`` (completing its last word), as Tab would."""
    script = share / "bash-completion" / "completions" / "matside"
    program = (
        f"source {script}\n"
        f"read -ra COMP_WORDS <<< {line!r}\n"
        f"[[ {line!r} == *' ' ]] && COMP_WORDS+=('')\n"
        "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
        f"COMP_LINE={line!r}; COMP_POINT=${{#COMP_LINE}}\n"
        "_shtab_matside matside\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    result = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", program],
        capture_output=True,
        text=True,
        check=True,
        cwd=folder,
        timeout=60,
    )
    return sorted(filter(None, result.stdout.splitlines()))


def test_bash_completes_commands_options_and_routine_files(
    share: Path, routines_folder: Path
) -> None:
    assert bash_complete(share, routines_folder, "matside pl") == ["plan"]
    assert bash_complete(share, routines_folder, "matside s") == ["self-test"]
    assert "--exit-when-done" in bash_complete(share, routines_folder, "matside run --")
    # A routine: JSON files and folders to go into, not the text file.
    assert bash_complete(share, routines_folder, "matside plan h") == [
        "hamstrings.json",
        "hips.json",
        "holidays",
    ]
    assert "notes.txt" not in bash_complete(share, routines_folder, "matside validate ")
    # export's ROUTINE may be a library name or any file.
    assert "notes.txt" in bash_complete(share, routines_folder, "matside export ")


def test_fish_completes_commands_options_and_routine_files(
    share: Path, routines_folder: Path
) -> None:
    script = share / "fish" / "vendor_completions.d" / "matside.fish"

    def offered(line: str) -> list[str]:
        result = subprocess.run(
            ["fish", "--no-config", "-c", f"source {script}; complete -C {line!r}"],
            capture_output=True,
            text=True,
            check=True,
            cwd=routines_folder,
            timeout=60,
        )
        return sorted(row.split("\t")[0] for row in result.stdout.splitlines())

    assert offered("matside pl") == ["plan"]
    assert "--autostart" in offered("matside run --")
    assert offered("matside plan h") == ["hamstrings.json", "hips.json", "holidays/"]


def test_zsh_finds_the_completion_where_the_package_puts_it(share: Path) -> None:
    folder = share / "zsh" / "vendor-completions"
    program = (
        f"fpath=({folder} $fpath); autoload -Uz compinit; compinit -u -d {share}/zcompdump;"
        " print -r -- $_comps[matside]"
    )
    result = subprocess.run(
        ["zsh", "-f", "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "_matside"
    text = (folder / "_matside").read_text(encoding="utf-8")
    for name in subcommands(_parser()):
        assert name in text
    subprocess.run(["zsh", "-n", str(folder / "_matside")], check=True, timeout=60)
