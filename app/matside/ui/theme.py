"""The app's look: a light and a dark theme, following the desktop's colour scheme or a setting.

The colours are data in :mod:`matside.core.palette` (one :class:`Palette` per theme, with the
contrast each pair of them keeps); this module makes Qt's palette and the application's style
sheet from the palette in use, and restyles every open window when it changes: when the
setting changes, or, with the setting at ``"system"``, when the desktop switches between light
and dark (Qt 6.5+ reports it: ``QStyleHints.colorScheme`` and ``colorSchemeChanged``).

Pages take their colours from here, never as hex values of their own:

- a widget's own style sheet is given with :func:`style`, as a function of the palette, and is
  made again with every change;
- what is painted (charts, list cards, the picture's placeholder) reads :func:`colours` as it
  paints; a change repaints every window;
- what shows colours in its text (rich text) connects to :func:`changed` and sets it again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from matside.core.i18n import QT_TRANSLATE_NOOP
from matside.core.palette import DARK, Palette, theme_for
from matside.core.timeline import SegmentKind
from matside.storage import paths

PHASE_WORDS: dict[SegmentKind, str] = {
    SegmentKind.PREPARE: QT_TRANSLATE_NOOP("RunScreen", "GET READY"),
    SegmentKind.WORK: QT_TRANSLATE_NOOP("RunScreen", "WORK"),
    SegmentKind.SWITCH: QT_TRANSLATE_NOOP("RunScreen", "SWITCH SIDES"),
    SegmentKind.REST: QT_TRANSLATE_NOOP("RunScreen", "REST"),
    SegmentKind.DONE: QT_TRANSLATE_NOOP("RunScreen", "DONE"),
}
"""The banner's word for each phase, in English: the run screen shows it translated."""

Sheet = Callable[[Palette], str]
"""A widget's own style sheet, made from the palette in use."""

_SHEET_ATTRIBUTE = "_matside_sheet"


class _Theme(QObject):
    """The palette in use, the setting it came from, and the signal that it changed."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.palette: Palette = DARK
        self.setting = "dark"
        self.following: QApplication | None = None  # whose colour scheme changes are followed


_theme: _Theme | None = None


def _state() -> _Theme:
    global _theme  # one theme per process, made when first asked for
    if _theme is None:
        _theme = _Theme()
    return _theme


def colours() -> Palette:
    """The palette in use."""
    return _state().palette


def changed() -> SignalInstance:
    """The signal sent after the theme changed and every window was restyled."""
    signal: SignalInstance = _state().changed
    return signal


def style(widget: QWidget, sheet: Sheet) -> None:
    """Give ``widget`` the style sheet ``sheet`` makes from the palette, now and after every
    change of theme."""
    setattr(widget, _SHEET_ATTRIBUTE, sheet)
    made = sheet(colours())
    if widget.styleSheet() != made:  # setting a style sheet re-polishes the widget
        widget.setStyleSheet(made)


def _ui_icon(name: str) -> str:
    """A style sheet ``url()`` of one of the small drawings controls use (arrows, check mark)."""
    return f'url("{(paths.resources_dir() / "icons" / "ui" / name).as_posix()}")'


def style_sheet(p: Palette) -> str:
    """The application's style sheet in the colours of ``p``.

    A style sheet that restyles a spin box, a combo box or a check box takes over drawing their
    arrows and boxes too, so those are drawn here (with the small drawings in
    ``resources/icons/ui``, in the variant that shows on the theme's surfaces): otherwise an
    unchecked box and the arrows do not show at all.
    """
    up = _ui_icon(f"arrow-up-{p.arrows}.svg")
    down = _ui_icon(f"arrow-down-{p.arrows}.svg")
    check = _ui_icon("check.svg")
    return f"""
QWidget {{ background: {p.background}; color: {p.text}; font-family: "DejaVu Sans", sans-serif; }}
QLabel {{ background: transparent; }}
QPushButton {{
    background: {p.surface_high}; color: {p.text}; border: 1px solid {p.border};
    border-radius: 8px; padding: 8px 16px; font-size: 15px; font-weight: 600;
}}
QPushButton:hover {{ background: {p.surface_hover}; }}
QPushButton:pressed {{ background: {p.surface_pressed}; }}
QPushButton:disabled {{ color: {p.text_disabled}; background: {p.surface}; }}
QPushButton#primary {{ background: {p.accent_fill}; color: {p.on_accent}; border: none; }}
QPushButton#primary:hover {{ background: {p.accent_fill_hover}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QWidget#qt_scrollarea_vcontainer, QWidget#qt_scrollarea_hcontainer {{ background: transparent; }}
QScrollBar:vertical {{ background: {p.surface}; width: 10px; border-radius: 5px; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 5px; min-height: 30px; }}
QScrollBar:horizontal {{ background: {p.surface}; height: 10px; border-radius: 5px; }}
QScrollBar::handle:horizontal {{ background: {p.border}; border-radius: 5px; min-width: 30px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox, QPlainTextEdit, QTextEdit {{
    background: {p.surface}; border: 1px solid {p.border}; border-radius: 6px; padding: 6px;
    selection-background-color: {p.accent_fill}; selection-color: {p.on_accent};
}}
QFrame#card {{ background: {p.surface}; border-radius: 14px; }}
QFrame#card:hover {{ background: {p.card_hover}; }}
QProgressBar {{
    background: {p.surface_high}; border: none; border-radius: 7px; text-align: center;
}}
QToolTip {{ background: {p.surface_high}; color: {p.text}; border: 1px solid {p.border}; }}
QMenuBar {{ background: {p.surface}; color: {p.text}; }}
QMenuBar::item:selected, QMenu::item:selected {{
    background: {p.accent_fill}; color: {p.on_accent};
}}
QMenu {{ background: {p.surface_high}; color: {p.text}; border: 1px solid {p.border}; }}
QStatusBar {{ background: {p.surface}; color: {p.accent}; }}
QCheckBox {{ background: transparent; spacing: 10px; }}
QCheckBox::indicator {{
    width: 18px; height: 18px; border: 2px solid {p.border_strong}; border-radius: 4px;
    background: {p.surface};
}}
QCheckBox::indicator:hover {{ border-color: {p.accent}; }}
QCheckBox::indicator:checked {{
    background: {p.accent_fill}; border-color: {p.accent_fill}; image: {check};
}}
QCheckBox::indicator:disabled {{ border-color: {p.border}; }}
QCheckBox:focus {{ color: {p.accent}; }}
QSpinBox, QDoubleSpinBox {{ padding-right: 30px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QSpinBox::down-button,
QDoubleSpinBox::down-button {{
    subcontrol-origin: border; width: 26px; background: {p.surface_high};
    border-left: 1px solid {p.border};
}}
QSpinBox::up-button, QDoubleSpinBox::up-button {{
    subcontrol-position: top right; border-top-right-radius: 6px;
}}
QSpinBox::down-button, QDoubleSpinBox::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 6px;
}}
QSpinBox::up-button:hover, QDoubleSpinBox::up-button:hover, QSpinBox::down-button:hover,
QDoubleSpinBox::down-button:hover {{ background: {p.surface_hover}; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: {up}; width: 12px; height: 8px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: {down}; width: 12px; height: 8px; }}
QComboBox {{ padding-right: 30px; }}
QComboBox::drop-down {{
    subcontrol-origin: border; subcontrol-position: center right; width: 28px; border: none;
    background: transparent;
}}
QComboBox::down-arrow {{ image: {down}; width: 12px; height: 8px; }}
QComboBox QAbstractItemView {{
    background: {p.surface_high}; color: {p.text}; selection-background-color: {p.accent_fill};
    selection-color: {p.on_accent}; border: 1px solid {p.border};
}}
QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus {{ border: 2px solid {p.accent}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QSlider {{ background: transparent; }}
QSlider:horizontal {{ min-height: 28px; }}
QSlider::groove:horizontal {{
    height: 6px; background: {p.surface_high}; border: 1px solid {p.border}; border-radius: 4px;
}}
QSlider::sub-page:horizontal {{ background: {p.accent_fill}; border-radius: 4px; }}
QSlider::handle:horizontal {{
    width: 14px; margin: -6px 0; border-radius: 9px; background: {p.surface};
    border: 2px solid {p.border_strong};
}}
QSlider::handle:horizontal:focus {{ border-color: {p.accent}; }}
#runScreen QLabel#hint, #runScreen QLabel#detail {{ color: {p.accent}; }}
#runScreen QLabel#instructions, #runScreen QLabel#next {{ color: {p.text_dim}; }}
#runScreen QLabel#notice {{ color: {p.accent}; font-size: 14px; }}
#runScreen QLabel#phase, #runScreen QLabel#setLabel {{ color: {p.on_phase}; }}
#runScreen QLabel#sideBadge {{ background: {p.accent_fill}; color: {p.on_accent}; }}
"""


def qt_palette(p: Palette) -> QPalette:
    """Qt's palette in the colours of ``p``, for what the style sheet does not cover."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, p.background),
        (QPalette.ColorRole.WindowText, p.text),
        (QPalette.ColorRole.Base, p.surface),
        (QPalette.ColorRole.AlternateBase, p.surface_high),
        (QPalette.ColorRole.Text, p.text),
        (QPalette.ColorRole.Button, p.surface_high),
        (QPalette.ColorRole.ButtonText, p.text),
        (QPalette.ColorRole.Highlight, p.accent_fill),
        (QPalette.ColorRole.HighlightedText, p.on_accent),
        (QPalette.ColorRole.ToolTipBase, p.surface_high),
        (QPalette.ColorRole.ToolTipText, p.text),
        (QPalette.ColorRole.PlaceholderText, p.text_dim),
        (QPalette.ColorRole.Link, p.accent),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def system_is_dark(app: QApplication) -> bool | None:
    """Whether the desktop's colour scheme is dark; None when it does not say."""
    return _scheme_is_dark(app.styleHints().colorScheme())


def _scheme_is_dark(scheme: Qt.ColorScheme) -> bool | None:
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return None


def apply_theme(app: QApplication, setting: str = "dark") -> Palette:
    """Show the theme the ``theme`` setting asks for (``"light"``, ``"dark"`` or ``"system"``)
    in every window, and keep following the desktop's colour scheme while it is ``"system"``.

    Returns:
        The palette now in use.
    """
    state = _state()
    state.setting = setting
    if state.following is not app:
        app.styleHints().colorSchemeChanged.connect(_scheme_changed)
        state.following = app
    return _show(app, theme_for(setting, system_is_dark(app)))


def _scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The desktop switched between light and dark: follow it if the setting says so."""
    state = _state()
    if state.following is not None and state.setting == "system":
        _show(state.following, theme_for("system", _scheme_is_dark(scheme)))


def _show(app: QApplication, palette: Palette) -> Palette:
    state = _state()
    app_sheet = style_sheet(palette)
    if palette == state.palette and app.styleSheet() == app_sheet:
        return palette  # as it is: restyling every widget would only cost time
    state.palette = palette
    app.setStyle("Fusion")
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(app_sheet)
    for widget in app.allWidgets():
        sheet: Sheet | None = getattr(widget, _SHEET_ATTRIBUTE, None)
        if sheet is not None:
            made = sheet(palette)
            if widget.styleSheet() != made:
                widget.setStyleSheet(made)
    for window in app.topLevelWidgets():
        window.update()
    state.changed.emit()
    return palette
