"""The colours of the light and the dark theme, as data, and the contrast they must keep.

Each theme is one :class:`Palette` of named colours; the UI's theme module
(:mod:`matside.ui.theme`) builds the style sheet and Qt's palette from it, and every page takes
its colours from it by name. Which theme shows follows the ``theme`` setting and, when that is
``"system"``, the desktop's colour scheme (:func:`theme_for`).

The run screen's meaning colours are the same hues in both themes: get ready is amber, work
green, switch sides violet, rest blue, done pink. They fill the run screen's phase banner, with
dark words on them, so they read on a light page as on a dark one. Text colours keep WCAG AA
contrast against the surfaces they are drawn on (:data:`TEXT_PAIRS`, :func:`contrast_problems`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from matside.core.timeline import SegmentKind

THEMES = ("light", "dark")
"""The themes there are; the ``theme`` setting also takes ``"system"``."""

AA_TEXT = 4.5
"""WCAG AA's least contrast for body text."""
AA_LARGE_TEXT = 3.0
"""WCAG AA's least contrast for large text (the run screen's clock may not go below it)."""


@dataclass(frozen=True)
class Palette:
    """The named colours of one theme, as ``#RRGGBB``."""

    name: str
    background: str  # windows and pages
    surface: str  # inputs, lists, cards
    surface_high: str  # buttons, menus, the selected card
    surface_hover: str  # a button under the pointer
    surface_pressed: str  # a button held down
    card_hover: str  # a card under the pointer
    border: str  # the edges of inputs and buttons
    border_strong: str  # the edge of an unchecked box: it must show on its own
    text: str
    text_dim: str  # secondary words: labels, hints, dates
    text_disabled: str  # a control that cannot be used (WCAG exempts it)
    accent: str  # accent words and lines on the page: headings, the focus ring
    accent_fill: str  # the primary button, a checked box, the selection
    accent_fill_hover: str
    on_accent: str  # words on the accent fill
    error: str  # words and edges that say something is wrong
    ok: str  # words that say something is fine
    paused: str  # the run screen's banner while paused
    paused_text: str  # the run screen's clock while paused
    on_phase: str  # words on a phase banner
    prepare: str  # the run screen's phase colours: fills of the banner, bars of charts
    work: str
    switch: str
    rest: str
    done: str
    arrows: str  # the variant of the small arrow drawings that shows on this theme's surfaces

    def phase(self, kind: SegmentKind) -> str:
        """The colour that means ``kind`` on the run screen."""
        return {
            SegmentKind.PREPARE: self.prepare,
            SegmentKind.WORK: self.work,
            SegmentKind.SWITCH: self.switch,
            SegmentKind.REST: self.rest,
            SegmentKind.DONE: self.done,
        }[kind]


_MEANING = {  # the run screen's meaning colours, one set for both themes
    "prepare": "#FFB020",
    "work": "#2BD46F",
    "switch": "#B38CFF",
    "rest": "#38A8FF",
    "done": "#FF7AB6",
    "paused": "#8A94A3",
    "on_phase": "#10141A",
    "accent_fill": "#FFB020",
    "accent_fill_hover": "#FFC24D",
    "on_accent": "#14181E",
}

DARK = Palette(
    name="dark",
    background="#11151B",
    surface="#1B222C",
    surface_high="#26303D",
    surface_hover="#31404F",
    surface_pressed="#3D4E61",
    card_hover="#212A35",
    border="#3A4656",
    border_strong="#7A8696",
    text="#F4F7FA",
    text_dim="#A9B4C2",
    text_disabled="#66707D",
    accent="#FFB020",
    error="#FF8A80",
    ok="#2BD46F",
    paused_text="#8A94A3",
    arrows="light",
    **_MEANING,
)

LIGHT = Palette(
    name="light",
    background="#F3F5F8",
    surface="#FFFFFF",
    surface_high="#E3E8EE",
    surface_hover="#D5DCE5",
    surface_pressed="#C6CFDA",
    card_hover="#EBEFF4",
    border="#8D98A7",
    border_strong="#5F6B7A",
    text="#141A21",
    text_dim="#48525F",
    text_disabled="#8D98A7",
    accent="#8A4F00",
    error="#B3261E",
    ok="#17763A",
    paused_text="#5A6573",
    arrows="dark",
    **_MEANING,
)

PALETTES: dict[str, Palette] = {"light": LIGHT, "dark": DARK}

PHASE_NAMES = ("prepare", "work", "switch", "rest", "done")

TEXT_PAIRS: list[tuple[str, str, float]] = [
    # (words, what they are drawn on, the least contrast they need)
    *(
        (words, ground, AA_TEXT)
        for words in ("text", "text_dim")
        for ground in ("background", "surface", "surface_high", "surface_hover", "card_hover")
    ),
    *(("accent", ground, AA_TEXT) for ground in ("background", "surface", "surface_high")),
    *(
        (words, ground, AA_TEXT)
        for words in ("error", "ok")
        for ground in ("background", "surface")
    ),
    ("on_accent", "accent_fill", AA_TEXT),
    ("on_accent", "accent_fill_hover", AA_TEXT),
    *(("on_phase", phase, AA_TEXT) for phase in (*PHASE_NAMES, "paused")),
    # The run screen's clock: large text, held to body text's contrast all the same.
    ("paused_text", "background", AA_TEXT),
]
"""Every pair of text colour and background the pages draw, with the contrast it must keep."""

EDGE_PAIRS: list[tuple[str, str, float]] = [
    # WCAG 1.4.11: the edges that tell a control or the focus apart need 3:1.
    ("border_strong", "surface", AA_LARGE_TEXT),
    ("accent", "surface", AA_LARGE_TEXT),
    ("accent", "background", AA_LARGE_TEXT),
]
"""Edges that must show: an unchecked box and the focus ring."""


def _channel(value: int) -> float:
    """One sRGB channel (0–255) as linear light (WCAG 2's relative luminance)."""
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG's relative luminance of ``#RRGGBB``: 0 for black, 1 for white."""
    digits = colour.removeprefix("#")
    if len(digits) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    red, green, blue = (_channel(int(digits[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def contrast_problems(palette: Palette) -> list[str]:
    """Each pair of :data:`TEXT_PAIRS` and :data:`EDGE_PAIRS` that ``palette`` draws with too
    little contrast, in words; empty when all read."""
    problems = []
    for words, ground, least in (*TEXT_PAIRS, *EDGE_PAIRS):
        ratio = contrast_ratio(getattr(palette, words), getattr(palette, ground))
        if ratio < least:
            problems.append(
                f"{palette.name}: {words} on {ground} is {ratio:.2f}:1, below {least}:1"
            )
    return problems


def colour_names() -> list[str]:
    """The names of a palette's colours (every field but its name and its arrows)."""
    return [f.name for f in fields(Palette) if f.name not in ("name", "arrows")]


def theme_for(setting: str, system_dark: bool | None) -> Palette:
    """The palette to show for the ``theme`` setting.

    ``"light"`` and ``"dark"`` are kept to; ``"system"`` follows the desktop's colour scheme
    (``system_dark``), and is dark when the desktop does not say (``None``): Matside was
    made dark first, for a screen read across a room.
    """
    if setting in PALETTES:
        return PALETTES[setting]
    return LIGHT if system_dark is False else DARK
