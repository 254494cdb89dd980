"""packaging/linux/install.sh puts the build in the menus, whatever the home folder is called."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from matside import APP_ID

REPOSITORY = Path(__file__).resolve().parents[2]
INSTALL = REPOSITORY / "packaging" / "linux" / "install.sh"


def fake_build(folder: Path) -> Path:
    """A folder shaped like dist/matside/: the program and its icons."""
    icons = folder / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    (icons / "matside-16.png").write_bytes(b"png")
    (icons / "matside.svg").write_text("<svg/>", encoding="utf-8")
    program = folder / "matside"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    return folder


def desktop_value(text: str, key: str) -> str:
    """A key's value with the Desktop Entry string escapes undone (\\\\ and \\s)."""
    (line,) = [line for line in text.splitlines() if line.startswith(f"{key}=")]
    value = line.split("=", 1)[1]
    return value.replace("\\s", " ").replace("\\\\", "\\")


def exec_arguments(value: str) -> list[str]:
    """Exec's arguments as the Desktop Entry spec reads them: split at spaces, a double-quoted
    argument may hold spaces, and inside it a backslash escapes " ` $ and itself."""
    arguments: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for character in value:
        if escaped:
            current.append(character)
            escaped = False
        elif quoted and character == "\\":
            escaped = True
        elif character == '"':
            quoted = not quoted
        elif character == " " and not quoted:
            if current:
                arguments.append("".join(current))
            current = []
        else:
            current.append(character)
    if current:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def test_the_menu_entry_runs_the_installed_program_from_a_home_with_spaces_and_quotes(
    tmp_path: Path,
) -> None:
    home = tmp_path / 'My "home" $HOME `x` 100% \\odd'
    home.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    built = fake_build(tmp_path / "dist" / "matside")
    share = home / ".local" / "share"
    old_entry = share / "applications" / "matside.desktop"  # from an install.sh before APP_ID
    old_entry.parent.mkdir(parents=True)
    old_entry.write_text("[Desktop Entry]\nName=Matside\n", encoding="utf-8")
    subprocess.run(["sh", str(INSTALL), str(built)], env=env, check=True, capture_output=True)
    target = share / "matside" / "app" / "matside"
    assert target.is_file()
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    # Exec: quoted per the spec (double quotes, backslash escapes, %% for a percent sign),
    # read back the way a launcher reads it, with the file a file manager passes (%f).
    assert exec_arguments(desktop_value(entry, "Exec")) == [str(target), "%f"]
    assert desktop_value(entry, "TryExec") == str(target)
    assert "Name=Matside" in entry
    assert f"Icon={APP_ID}" in entry
    assert not old_entry.exists()
    installed = [
        share / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
    ]
    assert all(path.is_file() for path in installed)

    subprocess.run(["sh", str(INSTALL), "--uninstall"], env=env, check=True, capture_output=True)
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not any(path.exists() for path in installed)
    assert not target.exists()
