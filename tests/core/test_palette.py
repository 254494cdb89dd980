"""The themes' colours as data: every text keeps WCAG AA contrast on what it is drawn on, the
run screen's colours mean the same in both, and the setting picks the theme."""

from __future__ import annotations

import pytest

from matside.core.palette import (
    DARK,
    LIGHT,
    PALETTES,
    TEXT_PAIRS,
    Palette,
    colour_names,
    contrast_problems,
    contrast_ratio,
    luminance,
    theme_for,
)
from matside.core.settings import THEME_CHOICES
from matside.core.timeline import SegmentKind


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
    # WCAG's own example: #767676 on white is the lightest grey that passes AA (4.54:1).
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#FFFFFF") < 4.5
    assert luminance("#FFFFFF") == pytest.approx(1)
    with pytest.raises(ValueError, match="not a #RRGGBB colour"):
        luminance("#FFF")


@pytest.mark.parametrize("palette", PALETTES.values(), ids=PALETTES.keys())
def test_every_text_reads_on_what_it_is_drawn_on(palette: Palette) -> None:
    assert contrast_problems(palette) == []
    # Not a check that passes by being empty: each theme's words and grounds are all checked.
    checked = {name for pair in TEXT_PAIRS for name in pair[:2]}
    assert {"text", "text_dim", "accent", "error", "ok", "on_phase", "paused_text"} <= checked


def test_a_palette_with_too_little_contrast_is_named() -> None:
    faint = Palette(**{**DARK.__dict__, "name": "faint", "text_dim": "#3A4656"})
    problems = contrast_problems(faint)
    assert problems[0].startswith("faint: text_dim on background is 1.")
    assert all("text_dim" in line for line in problems)


def test_every_colour_is_a_colour_and_the_themes_differ() -> None:
    for palette in PALETTES.values():
        for name in colour_names():
            luminance(getattr(palette, name))
    assert luminance(LIGHT.background) > 0.8 > 0.05 > luminance(DARK.background)
    assert luminance(LIGHT.text) < 0.05 < 0.8 < luminance(DARK.text)


def test_the_run_screens_colours_mean_the_same_in_both_themes() -> None:
    for kind in SegmentKind:
        assert LIGHT.phase(kind) == DARK.phase(kind)
    assert len({DARK.phase(kind) for kind in SegmentKind}) == len(SegmentKind)
    assert DARK.phase(SegmentKind.WORK) == DARK.work


def test_the_setting_picks_the_theme() -> None:
    assert THEME_CHOICES == ("system", "light", "dark")
    assert theme_for("light", system_dark=True) is LIGHT
    assert theme_for("dark", system_dark=False) is DARK
    assert theme_for("system", system_dark=False) is LIGHT
    assert theme_for("system", system_dark=True) is DARK
    assert theme_for("system", system_dark=None) is DARK  # the desktop does not say
