"""Style rules the library and the editor share, on top of the app's theme (``theme.py``).

Colours come from the theme's palette, so the light and the dark theme both apply.
"""

from __future__ import annotations

from matside.core.palette import Palette

WIDGET_SIZE_MAX = (1 << 24) - 1
"""Qt's QWIDGETSIZE_MAX (no limit), which PySide6 does not export: the widest or tallest a
widget may be, to lift a limit set for another layout."""


def page_style(p: Palette) -> str:
    """The pages' shared rules in the colours of ``p`` (give it with ``theme.style``)."""
    return f"""
QFrame#panel {{ background: palette(base); border-radius: 14px; }}
QWidget#clear {{ background: transparent; }}
QLabel#section {{
    color: {p.text_dim}; font-size: 13px; font-weight: 700; letter-spacing: 1px;
}}
QCheckBox {{ spacing: 8px; color: {p.text}; }}
QCheckBox::indicator {{
    width: 18px; height: 18px; border: 2px solid {p.border_strong}; border-radius: 5px;
    background: palette(base);
}}
QCheckBox::indicator:hover {{ border-color: {p.accent}; }}
QCheckBox::indicator:checked {{ background: {p.accent_fill}; border-color: {p.accent_fill}; }}
QCheckBox::indicator:disabled {{ border-color: {p.border}; }}
QLineEdit[problem="true"], QPlainTextEdit[problem="true"] {{ border: 2px solid {p.error}; }}
QLineEdit:disabled {{ color: {p.text_disabled}; }}
QComboBox {{ padding: 6px 10px; }}
QPushButton#primary:disabled {{
    background: palette(base); color: {p.text_disabled}; border: 1px solid {p.border};
}}
QComboBox QAbstractItemView {{
    background: palette(alternate-base); selection-background-color: {p.accent_fill};
    selection-color: {p.on_accent};
}}
"""
