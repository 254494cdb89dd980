"""Style rules the library and the editor share, on top of the app's theme (``theme.py``).

Surfaces come from the palette (``palette(base)`` is the theme's surface), so the dark and the
black theme both apply.
"""

from __future__ import annotations

from matside.ui import theme

WIDGET_SIZE_MAX = (1 << 24) - 1
"""Qt's QWIDGETSIZE_MAX (no limit), which PySide6 does not export: the widest or tallest a
widget may be, to lift a limit set for another layout."""

ERROR = "#FF8A80"
"""Text and borders that say something is wrong."""
OK = "#2BD46F"

PAGE_STYLE = f"""
QFrame#panel {{ background: palette(base); border-radius: 14px; }}
QWidget#clear {{ background: transparent; }}
QLabel#section {{
    color: {theme.TEXT_DIM}; font-size: 13px; font-weight: 700; letter-spacing: 1px;
}}
QCheckBox {{ spacing: 8px; color: {theme.TEXT}; }}
QCheckBox::indicator {{
    width: 18px; height: 18px; border: 2px solid #5A6676; border-radius: 5px;
    background: palette(base);
}}
QCheckBox::indicator:hover {{ border-color: {theme.ACCENT}; }}
QCheckBox::indicator:checked {{ background: {theme.ACCENT}; border-color: {theme.ACCENT}; }}
QCheckBox::indicator:disabled {{ border-color: #3A4656; }}
QLineEdit[problem="true"], QPlainTextEdit[problem="true"] {{ border: 2px solid {ERROR}; }}
QLineEdit:disabled {{ color: #66707D; }}
QComboBox {{ padding: 6px 10px; }}
QPushButton#primary:disabled {{
    background: palette(base); color: #66707D; border: 1px solid #3A4656;
}}
QComboBox QAbstractItemView {{
    background: palette(alternate-base); selection-background-color: {theme.ACCENT};
    selection-color: #14181E;
}}
"""
