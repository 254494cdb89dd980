"""The settings file: read at start, written atomically, and never overwritten silently.

Kept as JSON in the platformdirs config folder and checked like a routine
(:mod:`matside.core.settings`). A file that cannot be read is moved aside, defaults are used,
and a one-line notice says so.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from matside.core.i18n import QT_TRANSLATE_NOOP, Words
from matside.core.settings import Settings, read_settings_data
from matside.core.wording import Line
from matside.storage import paths
from matside.storage.files import FileRefused, atomic_write_text, read_regular_file

SETTINGS_FILE = "settings.json"
MAX_BYTES = 1024 * 1024
"""The largest settings file read; Matside's own take under 2 KB. A larger one is set aside
unread, as is a pipe or a device in its place (it would hold or fill the start)."""

CONTEXT = "SettingsFile"
"""The translation context of the words here."""
KEPT = QT_TRANSLATE_NOOP("SettingsFile", "kept as {name}")
LEFT = QT_TRANSLATE_NOOP("SettingsFile", "left in place")
NOT_KEPT = QT_TRANSLATE_NOOP("SettingsFile", "not kept (the folder cannot be written)")
SOME_UNUSED = QT_TRANSLATE_NOOP(
    "SettingsFile",
    "Some settings could not be used ({problem}{more}); they are back to their defaults,"
    " the others are kept; your file as it was is {where}",
)
MORE = QT_TRANSLATE_NOOP("SettingsFile", " (and {count} more)")
UNREADABLE = QT_TRANSLATE_NOOP(
    "SettingsFile", "Settings could not be read ({reason}); using defaults, the file is {where}"
)


@dataclass(frozen=True)
class LoadedSettings:
    """Settings as loaded, with what to say when the file could not be used."""

    settings: Settings
    said: Words | None = None
    """What the window says when the file could not be used, in parts: the settings choose
    the language, so they are read before it is known, and the words are said when shown."""

    @property
    def notice(self) -> str | None:
        """The notice in English (for the log), or None when all went well."""
        return self.said.english() if self.said is not None else None


def settings_path() -> Path:
    return paths.user_config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Load the settings; defaults when there are none.

    Nothing the user wrote is lost. A file that cannot be used at all is moved aside as
    ``settings.json.broken-TIMESTAMP`` and defaults are used. A file with some bad or unknown
    keys keeps every other setting: a copy of it as it was is kept aside the same way, and the
    settings that could be used are written back, so the next start is clean. The notice says
    what was not used and where the file went. A second set-aside in the same second gets its
    own name (``-2``, ``-3``…), never the first one's.
    """
    target = path or settings_path()
    try:
        raw = read_regular_file(target, MAX_BYTES)
    except FileRefused as refused:
        if refused.missing:
            return LoadedSettings(Settings())
        return _set_aside(target, None, refused.reason.render())
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return _set_aside(target, raw, "not UTF-8 text")
    except json.JSONDecodeError as bad:
        reason = f"{target.name}: line {bad.lineno}, column {bad.colno}: not valid JSON: {bad.msg}"
        return _set_aside(target, raw, reason)
    except (ValueError, RecursionError) as bad:
        reason = f"{target.name}: (file): not valid JSON: {type(bad).__name__}"
        return _set_aside(target, raw, reason)
    try:
        settings, problems = read_settings_data(data, target.name)
    except ValueError as error:
        return _set_aside(target, raw, str(error).splitlines()[0])
    if not problems:
        return LoadedSettings(settings)
    where = _keep_copy(target, raw)
    with contextlib.suppress(OSError):  # then the file stays as it was, and so does the notice
        save_settings(settings, target)
    more = Words.of(CONTEXT, MORE, count=len(problems) - 1) if len(problems) > 1 else ""
    problem = Line(problems[0], target.name)
    return LoadedSettings(
        settings, Words.of(CONTEXT, SOME_UNUSED, problem=problem, more=more, where=where)
    )


def _aside_names(target: Path) -> Iterator[Path]:
    stem = f"{target.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}"
    yield target.with_name(stem)
    for number in itertools.count(2):
        yield target.with_name(f"{stem}-{number}")


def _keep_copy(target: Path, raw: bytes) -> Words:
    """Write ``raw`` to a new ``settings.json.broken-…`` file; says where it went."""
    for kept in _aside_names(target):
        try:
            descriptor = os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        except OSError:
            return Words.of(CONTEXT, NOT_KEPT)
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(raw)
        except OSError:
            kept.unlink(missing_ok=True)
            return Words.of(CONTEXT, NOT_KEPT)
        return Words.of(CONTEXT, KEPT, name=kept.name)
    raise AssertionError("unreachable")


def _set_aside(target: Path, raw: bytes | None, reason: str) -> LoadedSettings:
    """Defaults, with the unusable file moved aside under a name of its own."""
    where = Words.of(CONTEXT, LEFT)
    if raw is not None:
        where = _keep_copy(target, raw)
        if where.text == KEPT:
            try:
                target.unlink()
            except OSError:
                where = Words.of(CONTEXT, LEFT)
    else:  # it cannot be read, so it cannot be copied: rename it, if a free name is found
        for kept in _aside_names(target):
            if os.path.lexists(kept):
                continue
            try:
                target.rename(kept)
                where = Words.of(CONTEXT, KEPT, name=kept.name)
            except OSError:
                pass
            break
    return LoadedSettings(Settings(), Words.of(CONTEXT, UNREADABLE, reason=reason, where=where))


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Save atomically, pretty and stably ordered."""
    text = json.dumps(asdict(settings), indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(path or settings_path(), text)
