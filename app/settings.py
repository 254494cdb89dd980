"""The user's settings: sound, voice, which cues sound, defaults and looks.

Kept as JSON in the platformdirs config folder and checked like a routine. A file that cannot
be read is never overwritten silently: it is moved aside, defaults are used, and a one-line
notice says so.
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
from typing import Any, Literal

from app import paths
from app.checks import (
    Field,
    Reader,
    boolean,
    choice,
    integer_between,
    number_between,
    object_schema,
    optional,
    text,
    unknown_key_message,
)
from app.cues import CueOptions
from app.model import atomic_write_text

SETTINGS_FILE = "settings.json"
Theme = Literal["dark", "black"]


@dataclass(frozen=True)
class Settings:
    """Everything the settings dialog can change."""

    volume: float = 0.8
    muted: bool = False
    voice: bool = True  # speak cues such as "Switch sides"
    tones: bool = True  # play tones as well as the voice
    voice_name: str = ""  # an engine voice; empty: the routine's language
    speech_rate: int = 165  # words a minute
    countdown: int = 3
    halfway: bool = True
    rep_ticks: bool = True
    prepare_seconds: float | None = None  # get-ready time for every routine; None: its own
    theme: Theme = "dark"
    start_fullscreen: bool = False

    def cue_options(self) -> CueOptions:
        """Which cues to plan."""
        return CueOptions(countdown=self.countdown, halfway=self.halfway, reps=self.rep_ticks)


_DEFAULTS = Settings()
SETTINGS_FIELDS: list[Field] = [
    Field(
        "volume",
        number_between(0, 1),
        default=_DEFAULTS.volume,
    ),
    Field("muted", boolean, default=_DEFAULTS.muted),
    Field("voice", boolean, default=_DEFAULTS.voice),
    Field("tones", boolean, default=_DEFAULTS.tones),
    Field("voice_name", text(required=False, max_length=200), default=_DEFAULTS.voice_name),
    Field(
        "speech_rate",
        integer_between(80, 400),
        default=_DEFAULTS.speech_rate,
    ),
    Field(
        "countdown",
        integer_between(0, 5),
        default=_DEFAULTS.countdown,
    ),
    Field("halfway", boolean, default=_DEFAULTS.halfway),
    Field("rep_ticks", boolean, default=_DEFAULTS.rep_ticks),
    Field(
        "prepare_seconds",
        optional(number_between(0, 600)),
        default=None,
    ),
    Field("theme", choice(["dark", "black"]), default=_DEFAULTS.theme),
    Field("start_fullscreen", boolean, default=_DEFAULTS.start_fullscreen),
]


def settings_schema() -> dict[str, Any]:
    """JSON Schema of the settings file, from the same table the loader checks with."""
    return object_schema(SETTINGS_FIELDS, "Matside's settings")


@dataclass(frozen=True)
class LoadedSettings:
    """Settings as loaded, with the notice to show when the file could not be used."""

    settings: Settings
    notice: str | None = None


def settings_path() -> Path:
    return paths.user_config_dir() / SETTINGS_FILE


def parse_settings(text: str, source: str) -> Settings:
    """Parse settings JSON.

    Raises:
        ValueError: one line per problem, ``SOURCE: PLACE: message``.
    """
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as bad:
        raise ValueError(
            f"{source}: line {bad.lineno}, column {bad.colno}: not valid JSON: {bad.msg}"
        ) from None
    except (ValueError, RecursionError) as bad:
        raise ValueError(f"{source}: (file): not valid JSON: {type(bad).__name__}") from None
    reader = Reader()
    values = reader.read(data, SETTINGS_FIELDS)
    if values is None:
        raise ValueError("\n".join(p.format(source) for p in reader.problems))
    return Settings(**values)


def read_settings_data(data: Any, source: str) -> tuple[Settings, list[str]]:
    """Settings from JSON data, keeping every value that can be used.

    Each key is checked on its own: a bad value or an unknown key costs only itself (its
    default is used), never the other settings.

    Returns:
        The settings, and one ``SOURCE: PLACE: message`` line per key that was not used.

    Raises:
        ValueError: ``data`` is not an object at all.
    """
    if not isinstance(data, dict):
        reader = Reader()
        reader.read(data, SETTINGS_FIELDS)
        raise ValueError("\n".join(p.format(source) for p in reader.problems))
    values: dict[str, Any] = {}
    problems: list[str] = []
    for spec in SETTINGS_FIELDS:
        reader = Reader()
        checked = reader.read({k: v for k, v in data.items() if k == spec.name}, [spec])
        if checked is None:
            problems += [p.format(source) for p in reader.problems]
        else:
            values.update(checked)
    known = {spec.name for spec in SETTINGS_FIELDS}
    for key in data:
        if key not in known:
            message = unknown_key_message(str(key), [spec.name for spec in SETTINGS_FIELDS])
            problems.append(f"{source}: (top level): {message}")
    return Settings(**values), problems


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
        raw = target.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as error:
        return _set_aside(target, None, error.strerror or str(error))
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
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return LoadedSettings(
        settings,
        f"Some settings could not be used ({problems[0]}{more}); they are back to their"
        f" defaults, the others are kept; your file as it was is {where}",
    )


def _aside_names(target: Path) -> Iterator[Path]:
    stem = f"{target.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}"
    yield target.with_name(stem)
    for number in itertools.count(2):
        yield target.with_name(f"{stem}-{number}")


def _keep_copy(target: Path, raw: bytes) -> str:
    """Write ``raw`` to a new ``settings.json.broken-…`` file; says where it went."""
    for kept in _aside_names(target):
        try:
            descriptor = os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        except OSError:
            return "not kept (the folder cannot be written)"
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(raw)
        except OSError:
            kept.unlink(missing_ok=True)
            return "not kept (the folder cannot be written)"
        return f"kept as {kept.name}"
    raise AssertionError("unreachable")


def _set_aside(target: Path, raw: bytes | None, reason: str) -> LoadedSettings:
    """Defaults, with the unusable file moved aside under a name of its own."""
    where = "left in place"
    if raw is not None:
        where = _keep_copy(target, raw)
        if where.startswith("kept"):
            try:
                target.unlink()
            except OSError:
                where = "left in place"
    else:  # it cannot be read, so it cannot be copied: rename it, if a free name is found
        for kept in _aside_names(target):
            if os.path.lexists(kept):
                continue
            try:
                target.rename(kept)
                where = f"kept as {kept.name}"
            except OSError:
                pass
            break
    return LoadedSettings(
        Settings(), f"Settings could not be read ({reason}); using defaults, the file is {where}"
    )


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Save atomically, pretty and stably ordered."""
    text = json.dumps(asdict(settings), indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(path or settings_path(), text)
