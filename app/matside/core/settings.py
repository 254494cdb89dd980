"""The user's settings: sound, voice, which cues sound, defaults and looks.

What each setting may be, stated once (:data:`SETTINGS_FIELDS`) for the loader, the settings
dialog's ranges and the schema; reading them from JSON data keeps every good key. The file
itself is :mod:`matside.storage.settings_file`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from matside.core.checks import (
    Field,
    Problem,
    Reader,
    boolean,
    choice,
    field_of,
    integer_between,
    number_between,
    object_schema,
    optional,
    text,
    unknown_key_message,
)
from matside.core.cues import CueOptions
from matside.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP

Theme = Literal["system", "light", "dark"]
THEME_CHOICES: tuple[Theme, ...] = ("system", "light", "dark")
"""Follow the desktop's colour scheme, or always light, or always dark."""
RETIRED_VALUES = {("theme", "black"): "dark"}
"""Values earlier versions wrote that are read as their nearest current one, without a notice
(the pure black theme became the dark one when the light theme came)."""


@dataclass(frozen=True)
class Settings:
    """Everything the settings dialog can change."""

    volume: float = 0.8
    muted: bool = False
    voice: bool = True  # speak cues such as "Switch sides"
    tones: bool = True  # play tones as well as the voice
    keep_awake: bool = True  # a silent stream keeps Bluetooth outputs awake during a session
    read_instructions: bool = False  # the coach reads a move's instructions in the rest before
    voice_name: str = ""  # an engine voice; empty: the routine's language
    speech_rate: int = 165  # words a minute
    countdown: int = 3
    halfway: bool = True
    rep_ticks: bool = True
    prepare_seconds: float | None = None  # get-ready time for every routine; None: its own
    theme: Theme = "system"
    start_fullscreen: bool = False
    language: str = "system"  # a code of LANGUAGES, or follow the system's languages

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
    Field("keep_awake", boolean, default=_DEFAULTS.keep_awake),
    Field("read_instructions", boolean, default=_DEFAULTS.read_instructions),
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
    Field(
        "theme",
        choice(
            THEME_CHOICES, QT_TRANSLATE_NOOP("Problem", 'must be "system" or "light" or "dark"')
        ),
        default=_DEFAULTS.theme,
    ),
    Field("start_fullscreen", boolean, default=_DEFAULTS.start_fullscreen),
    Field(
        "language",
        choice(
            ["system", *LANGUAGES],
            QT_TRANSLATE_NOOP("Problem", 'must be "system" or "en" or "de" or "es"'),
        ),
        default=_DEFAULTS.language,
    ),
]


def setting_bounds(name: str) -> tuple[float, float]:
    """The lowest and highest value the number setting ``name`` takes (for the dialog)."""
    return field_of(SETTINGS_FIELDS, name).bounds


def settings_schema() -> dict[str, Any]:
    """JSON Schema of the settings file, from the same table the loader checks with."""
    return object_schema(SETTINGS_FIELDS, "Matside's settings")


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


def _current(key: Any, value: Any) -> Any:
    """``value``, or what replaced it if an earlier version wrote it (:data:`RETIRED_VALUES`)."""
    if isinstance(key, str) and isinstance(value, str):
        return RETIRED_VALUES.get((key, value), value)
    return value


def read_settings_data(data: Any, source: str) -> tuple[Settings, list[Problem]]:
    """Settings from JSON data, keeping every value that can be used.

    Each key is checked on its own: a bad value or an unknown key costs only itself (its
    default is used), never the other settings.

    Returns:
        The settings, and a problem for each key that was not used.

    Raises:
        ValueError: ``data`` is not an object at all.
    """
    if not isinstance(data, dict):
        reader = Reader()
        reader.read(data, SETTINGS_FIELDS)
        raise ValueError("\n".join(p.format(source) for p in reader.problems))
    data = {key: _current(key, value) for key, value in data.items()}
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for spec in SETTINGS_FIELDS:
        reader = Reader()
        checked = reader.read({k: v for k, v in data.items() if k == spec.name}, [spec])
        if checked is None:
            problems += reader.problems
        else:
            values.update(checked)
    known = {spec.name for spec in SETTINGS_FIELDS}
    for key in data:
        if key not in known:
            message = unknown_key_message(str(key), [spec.name for spec in SETTINGS_FIELDS])
            problems.append(Problem((), message, "unknown-key"))
    return Settings(**values), problems
