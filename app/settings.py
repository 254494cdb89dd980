"""The user's settings: sound, voice, which cues sound, defaults and looks.

Kept as JSON in the platformdirs config folder and checked like a routine. A file that cannot
be read is never overwritten silently: it is moved aside, defaults are used, and a one-line
notice says so.
"""

from __future__ import annotations

import json
import time
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


def load_settings(path: Path | None = None) -> LoadedSettings:
    """Load the settings; defaults when there are none.

    A file that cannot be used is renamed to ``settings.json.broken-TIMESTAMP`` (so nothing the
    user wrote is lost) and the notice says where it went.
    """
    target = path or settings_path()
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError) as error:
        return _set_aside(target, str(error))
    try:
        return LoadedSettings(parse_settings(text, target.name))
    except ValueError as error:
        return _set_aside(target, str(error).splitlines()[0])


def _set_aside(target: Path, reason: str) -> LoadedSettings:
    kept = target.with_name(f"{target.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        target.replace(kept)
        where = f"kept as {kept.name}"
    except OSError:
        where = "left in place"
    return LoadedSettings(
        Settings(), f"Settings could not be read ({reason}); using defaults, the file is {where}"
    )


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Save atomically, pretty and stably ordered."""
    text = json.dumps(asdict(settings), indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(path or settings_path(), text)
