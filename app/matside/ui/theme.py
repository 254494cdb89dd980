"""Colours and the application style: dark and high-contrast, readable from the mat."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from matside.core.timeline import SegmentKind
from matside.storage import paths

BACKGROUND = "#11151B"
SURFACE = "#1B222C"
SURFACE_HIGH = "#26303D"
TEXT = "#F4F7FA"
TEXT_DIM = "#A9B4C2"
ACCENT = "#FFB020"
PAUSED = "#8A94A3"

PHASE_COLOURS: dict[SegmentKind, str] = {
    SegmentKind.PREPARE: "#FFB020",
    SegmentKind.WORK: "#2BD46F",
    SegmentKind.SWITCH: "#B38CFF",
    SegmentKind.REST: "#38A8FF",
    SegmentKind.DONE: "#FF7AB6",
}

PHASE_WORDS: dict[SegmentKind, str] = {
    SegmentKind.PREPARE: "GET READY",
    SegmentKind.WORK: "WORK",
    SegmentKind.SWITCH: "SWITCH SIDES",
    SegmentKind.REST: "REST",
    SegmentKind.DONE: "DONE",
}

THEMES: dict[str, tuple[str, str, str]] = {
    # name: (background, surface, raised surface)
    "dark": (BACKGROUND, SURFACE, SURFACE_HIGH),
    "black": ("#000000", "#0E1116", "#1A2029"),
}


def _ui_icon(name: str) -> str:
    """A style sheet ``url()`` of one of the small drawings controls use (arrows, check mark)."""
    return f'url("{(paths.resources_dir() / "icons" / "ui" / name).as_posix()}")'


def style_sheet(background: str, surface: str, surface_high: str) -> str:
    """The application's style sheet in the given surface colours.

    A style sheet that restyles a spin box, a combo box or a check box takes over drawing their
    arrows and boxes too, so those are drawn here (with the small drawings in
    ``resources/icons/ui``): otherwise an unchecked box and the arrows do not show at all.
    """
    up, down, check = _ui_icon("arrow-up.svg"), _ui_icon("arrow-down.svg"), _ui_icon("check.svg")
    return f"""
QWidget {{ background: {background}; color: {TEXT}; font-family: "DejaVu Sans", sans-serif; }}
QLabel {{ background: transparent; }}
QPushButton {{
    background: {surface_high}; color: {TEXT}; border: 1px solid #3A4656; border-radius: 8px;
    padding: 8px 16px; font-size: 15px; font-weight: 600;
}}
QPushButton:hover {{ background: #31404F; }}
QPushButton:pressed {{ background: #3D4E61; }}
QPushButton:disabled {{ color: #66707D; background: {surface}; }}
QPushButton#primary {{ background: {ACCENT}; color: #14181E; border: none; }}
QPushButton#primary:hover {{ background: #FFC24D; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QScrollBar:vertical {{ background: {surface}; width: 10px; border-radius: 5px; }}
QScrollBar::handle:vertical {{ background: #3A4656; border-radius: 5px; min-height: 30px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox, QPlainTextEdit, QTextEdit {{
    background: {surface}; border: 1px solid #3A4656; border-radius: 6px; padding: 6px;
    selection-background-color: {ACCENT}; selection-color: #14181E;
}}
QFrame#card {{ background: {surface}; border-radius: 14px; }}
QFrame#card:hover {{ background: #212A35; }}
QProgressBar {{
    background: {surface_high}; border: none; border-radius: 7px; text-align: center;
}}
QToolTip {{ background: {surface_high}; color: {TEXT}; border: 1px solid #3A4656; }}
QMenuBar {{ background: {surface}; color: {TEXT}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {ACCENT}; color: #14181E; }}
QMenu {{ background: {surface_high}; color: {TEXT}; border: 1px solid #3A4656; }}
QStatusBar {{ background: {surface}; color: {ACCENT}; }}
QCheckBox {{ background: transparent; spacing: 10px; }}
QCheckBox::indicator {{
    width: 18px; height: 18px; border: 2px solid #7A8696; border-radius: 4px;
    background: {surface};
}}
QCheckBox::indicator:hover {{ border-color: {ACCENT}; }}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; image: {check}; }}
QCheckBox::indicator:disabled {{ border-color: #4A5566; }}
QCheckBox:focus {{ color: {ACCENT}; }}
QSpinBox, QDoubleSpinBox {{ padding-right: 30px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QSpinBox::down-button,
QDoubleSpinBox::down-button {{
    subcontrol-origin: border; width: 26px; background: {surface_high};
    border-left: 1px solid #3A4656;
}}
QSpinBox::up-button, QDoubleSpinBox::up-button {{
    subcontrol-position: top right; border-top-right-radius: 6px;
}}
QSpinBox::down-button, QDoubleSpinBox::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 6px;
}}
QSpinBox::up-button:hover, QDoubleSpinBox::up-button:hover, QSpinBox::down-button:hover,
QDoubleSpinBox::down-button:hover {{ background: #31404F; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: {up}; width: 12px; height: 8px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: {down}; width: 12px; height: 8px; }}
QComboBox {{ padding-right: 30px; }}
QComboBox::drop-down {{
    subcontrol-origin: border; subcontrol-position: center right; width: 28px; border: none;
    background: transparent;
}}
QComboBox::down-arrow {{ image: {down}; width: 12px; height: 8px; }}
QComboBox QAbstractItemView {{
    background: {surface_high}; color: {TEXT}; selection-background-color: {ACCENT};
    selection-color: #14181E; border: 1px solid #3A4656;
}}
QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QSlider {{ background: transparent; }}
#runScreen QLabel#hint, #runScreen QLabel#detail {{ color: {ACCENT}; }}
#runScreen QLabel#instructions, #runScreen QLabel#next {{ color: {TEXT_DIM}; }}
#runScreen QLabel#notice {{ color: {ACCENT}; font-size: 14px; }}
#runScreen QLabel#phase, #runScreen QLabel#setLabel {{ color: #10141A; }}
"""


def apply_theme(app: QApplication, name: str = "dark") -> None:
    """Give the whole app its dark, high-contrast look (``dark`` or pure ``black``)."""
    background, surface, surface_high = THEMES.get(name, THEMES["dark"])
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, background),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, surface),
        (QPalette.ColorRole.AlternateBase, surface_high),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.Button, surface_high),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, "#14181E"),
        (QPalette.ColorRole.ToolTipBase, surface_high),
        (QPalette.ColorRole.ToolTipText, TEXT),
        (QPalette.ColorRole.PlaceholderText, TEXT_DIM),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(background, surface, surface_high))
