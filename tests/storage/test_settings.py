"""Settings: saved and read back, bad files set aside, never silently overwritten."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from matside.core.cues import CueOptions
from matside.core.settings import Settings, parse_settings
from matside.storage.settings_file import load_settings, save_settings, settings_path


def test_defaults_when_there_is_no_file() -> None:
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.notice is None


def test_round_trip_is_identity_and_the_file_is_pretty() -> None:
    chosen = Settings(
        volume=0.35,
        voice=False,
        countdown=5,
        rep_ticks=False,
        prepare_seconds=15,
        theme="light",
        start_fullscreen=True,
    )
    save_settings(chosen)
    text = settings_path().read_text(encoding="utf-8")
    assert text.startswith('{\n  "volume": 0.35,')
    loaded = load_settings()
    assert loaded.settings == chosen
    assert loaded.notice is None
    assert chosen.cue_options() == CueOptions(countdown=5, halfway=True, reps=False)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"volume": ', "line 1, column 12: not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8 text"),
        ("[1]", "(top level): must be an object"),
        ("[" * 100_000, "(file): not valid JSON: RecursionError"),
    ],
)
def test_a_bad_file_falls_back_to_defaults_and_is_kept_aside(
    text: str | bytes, reason: str
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    path.write_bytes(raw)
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.notice is not None
    assert reason in loaded.notice
    kept = list(path.parent.glob("settings.json.broken-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == raw
    assert not path.exists()
    assert f"the file is kept as {kept[0].name}" in loaded.notice


@pytest.mark.parametrize("kind", ["pipe", "device", "too large"])
def test_a_pipe_a_device_or_a_huge_file_is_set_aside_unread(kind: str) -> None:
    # Each held the start for ever (a pipe no one writes to), or read without end
    # (/dev/zero), or read gigabytes and copied them aside.
    path = settings_path()
    path.parent.mkdir(parents=True)
    if kind == "pipe":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")
    else:
        with path.open("wb") as sparse:
            sparse.truncate(3 * 1024**3)
    loaded = load_settings()
    assert loaded.settings == Settings()
    assert loaded.notice is not None
    reason = "is too large" if kind == "too large" else "is not a regular file"
    assert reason in loaded.notice
    assert not os.path.lexists(path)  # renamed aside, never copied
    (kept,) = path.parent.glob("settings.json.broken-*")
    assert f"the file is kept as {kept.name}" in loaded.notice


def test_parse_names_every_problem() -> None:
    with pytest.raises(ValueError, match=r"settings\.json: ") as caught:
        parse_settings(json.dumps({"countdown": 9, "theme": "pink"}), "settings.json")
    lines = str(caught.value).splitlines()
    assert [line.split(":")[1].strip() for line in lines] == ["countdown", "theme"]


def test_saving_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    save_settings(Settings(), target)
    save_settings(Settings(volume=0.1), target)
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            '{"volume": 2, "countdown": 5}',
            "settings.json: volume: must be a number from 0 to 1, got 2",
        ),
        (
            '{"volum": 0.5, "countdown": 5}',
            'settings.json: (top level): unknown key "volum" (did you mean "volume"?)',
        ),
    ],
)
def test_one_bad_key_costs_only_itself_and_the_file_is_kept_as_it_was(
    text: str, reason: str
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    loaded = load_settings()
    assert loaded.settings == Settings(countdown=5)
    [kept] = path.parent.glob("settings.json.broken-*")
    assert kept.read_text(encoding="utf-8") == text
    assert loaded.notice == (
        f"Some settings could not be used ({reason}); they are back to their defaults, the"
        f" others are kept; your file as it was is kept as {kept.name}"
    )
    again = load_settings()  # the good settings were written back: the next start is clean
    assert again == type(again)(Settings(countdown=5), None)


def test_the_retired_black_theme_is_read_as_dark_without_a_notice() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"theme": "black", "countdown": 4}), encoding="utf-8")
    loaded = load_settings()
    assert loaded.settings == Settings(theme="dark", countdown=4)
    assert loaded.notice is None
    assert Settings().theme == "system"


def test_every_bad_key_is_named_and_every_good_one_kept() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"volume": 0.2, "countdown": 9, "theme": "pink", "extra": 1, "muted": True}),
        encoding="utf-8",
    )
    loaded = load_settings()
    assert loaded.settings == Settings(volume=0.2, muted=True)
    assert loaded.notice is not None
    assert "(and 2 more)" in loaded.notice


def test_a_second_set_aside_in_the_same_second_keeps_the_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "matside.storage.settings_file.time.strftime", lambda _format: "20260101-120000"
    )
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("first {", encoding="utf-8")
    load_settings()
    path.write_text("second {", encoding="utf-8")
    second = load_settings()
    kept = sorted(path.parent.glob("settings.json.broken-*"))
    assert [p.name for p in kept] == [
        "settings.json.broken-20260101-120000",
        "settings.json.broken-20260101-120000-2",
    ]
    assert [p.read_text(encoding="utf-8") for p in kept] == ["first {", "second {"]
    assert second.notice is not None
    assert second.notice.endswith("the file is kept as settings.json.broken-20260101-120000-2")


def test_the_dialogs_ranges_are_the_settings_rules(qtbot: Any) -> None:
    from matside.core.settings import setting_bounds
    from matside.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    volume = setting_bounds("volume")
    assert (dialog.volume.minimum(), dialog.volume.maximum()) == (volume[0] * 100, volume[1] * 100)
    assert (dialog.rate.minimum(), dialog.rate.maximum()) == setting_bounds("speech_rate")
    assert (dialog.countdown.minimum(), dialog.countdown.maximum()) == setting_bounds("countdown")
    low, high = setting_bounds("prepare_seconds")
    assert (dialog.prepare.minimum(), dialog.prepare.maximum()) == (low - 1, high)
