"""The user's settings: sound, voice, which cues sound, defaults and looks.

Kept as JSON in the platformdirs config folder and checked like a routine. A file that cannot
be read is never overwritten silently: it is moved aside, defaults are used, and a one-line
notice says so.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app import paths
from app.cues import CueOptions
from app.model import Problem, atomic_write_text, problems_from_validation

SETTINGS_FILE = "settings.json"


class Settings(BaseModel):
    """Everything the settings dialog can change."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    volume: Annotated[float, Field(ge=0, le=1)] = 0.8
    muted: bool = False
    voice: bool = Field(default=True, description="Speak cues such as 'Switch sides'.")
    tones: bool = Field(default=True, description="Play tones as well as the voice.")
    voice_name: str = Field(
        default="", description="An engine voice; empty: the routine's language."
    )
    speech_rate: Annotated[int, Field(ge=80, le=400)] = 165
    countdown: Annotated[int, Field(ge=0, le=5)] = 3
    halfway: bool = True
    rep_ticks: bool = True
    prepare_seconds: Annotated[float, Field(ge=0, le=600)] | None = Field(
        default=None, description="Get-ready time for every routine; null: the routine's own."
    )
    theme: Literal["dark", "black"] = "dark"
    start_fullscreen: bool = False

    def cue_options(self) -> CueOptions:
        """Which cues to plan."""
        return CueOptions(countdown=self.countdown, halfway=self.halfway, reps=self.rep_ticks)


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
    if not isinstance(data, dict):
        raise ValueError(f"{source}: (top level): must be an object")
    try:
        return Settings.model_validate(data)
    except ValidationError as error:
        known = {"": list(Settings.model_fields)}
        problems: list[Problem] = problems_from_validation(error, known)
        raise ValueError("\n".join(p.format(source) for p in problems)) from None


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
    text = json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(path or settings_path(), text)
