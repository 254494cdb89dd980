"""Colours and the application style: dark and high-contrast, readable from the mat."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.timeline import SegmentKind

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

STYLE_SHEET = f"""
QWidget {{ background: {BACKGROUND}; color: {TEXT}; font-family: "DejaVu Sans", sans-serif; }}
QLabel {{ background: transparent; }}
QPushButton {{
    background: {SURFACE_HIGH}; color: {TEXT}; border: 1px solid #3A4656; border-radius: 8px;
    padding: 8px 16px; font-size: 15px; font-weight: 600;
}}
QPushButton:hover {{ background: #31404F; }}
QPushButton:pressed {{ background: #3D4E61; }}
QPushButton:disabled {{ color: #66707D; background: {SURFACE}; }}
QPushButton#primary {{ background: {ACCENT}; color: #14181E; border: none; }}
QPushButton#primary:hover {{ background: #FFC24D; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QScrollBar:vertical {{ background: {SURFACE}; width: 10px; border-radius: 5px; }}
QScrollBar::handle:vertical {{ background: #3A4656; border-radius: 5px; min-height: 30px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox, QPlainTextEdit, QTextEdit {{
    background: {SURFACE}; border: 1px solid #3A4656; border-radius: 6px; padding: 6px;
    selection-background-color: {ACCENT}; selection-color: #14181E;
}}
QFrame#card {{ background: {SURFACE}; border-radius: 14px; }}
QFrame#card:hover {{ background: #212A35; }}
QProgressBar {{
    background: {SURFACE_HIGH}; border: none; border-radius: 7px; text-align: center;
}}
QToolTip {{ background: {SURFACE_HIGH}; color: {TEXT}; border: 1px solid #3A4656; }}
"""


def apply_theme(app: QApplication) -> None:
    """Give the whole app the dark, high-contrast look."""
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.AlternateBase, SURFACE_HIGH),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.Button, SURFACE_HIGH),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, "#14181E"),
        (QPalette.ColorRole.ToolTipBase, SURFACE_HIGH),
        (QPalette.ColorRole.ToolTipText, TEXT),
        (QPalette.ColorRole.PlaceholderText, TEXT_DIM),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
