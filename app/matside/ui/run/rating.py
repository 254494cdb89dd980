"""The rating prompt: "How did the left side feel? 1–5", small, over the run screen.

It floats over the bottom of the screen's picture (it is not part of the screen's layout, so a
change of that layout leaves it alone), and says what
:meth:`matside.core.ratings.SideRatings.prompt` says: the question and the scores given, or
nothing. It never takes the focus or a click: the digits reach the run screen, and nothing
waits for an answer.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from matside.ui import theme
from matside.ui.text import plain_label

HEIGHT_SHARE = 0.038
"""The prompt's letter height as a share of the run screen's height (less where a line would
not fit the picture's width, down to :data:`MINIMUM_PIXELS`)."""
MINIMUM_PIXELS = 16
MARGINS = 2 * (16 + 2) + 4
"""The label's padding and border, both sides, and a little to spare."""


class RatingPrompt:
    """A one-line label over ``parent``, placed by :meth:`place` in a given area.

    Args:
        parent: the run screen.
    """

    def __init__(self, parent: QWidget) -> None:
        self._over = parent
        self.label: QLabel = plain_label(parent=parent)
        self.label.setObjectName("ratingPrompt")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)  # a narrow picture column wraps a long line
        self.label.setStyleSheet(
            f"QLabel#ratingPrompt {{ background: {theme.SURFACE_HIGH}; color: {theme.ACCENT};"
            f" border: 2px solid {theme.ACCENT}; border-radius: 12px; padding: 6px 16px; }}"
        )
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.hide()

    def show_text(self, text: str | None, area: QRect) -> None:
        """Show ``text`` centred at the bottom of ``area`` (the screen's coordinates); hide
        when None."""
        if text is None:
            self.label.hide()
            return
        if self.label.text() != text:
            self.label.setText(text)
        pixels = max(MINIMUM_PIXELS, int(max(self._over.height(), 400) * HEIGHT_SHARE))
        font = QFont(self.label.font())
        font.setBold(True)
        font.setPixelSize(pixels)
        widest = max(QFontMetrics(font).horizontalAdvance(line) for line in text.splitlines())
        room = area.width() - MARGINS
        if widest > room:  # smaller type rather than a line broken in two
            pixels = max(MINIMUM_PIXELS, pixels * room // widest)
            font.setPixelSize(pixels)
            widest = max(QFontMetrics(font).horizontalAdvance(line) for line in text.splitlines())
        if self.label.font() != font:  # (the screen refreshes every second)
            self.label.setFont(font)
        width = min(area.width(), widest + MARGINS)
        height = self.label.heightForWidth(width)
        self.label.setGeometry(
            area.x() + (area.width() - width) // 2, area.bottom() - height, width, height
        )
        self.label.show()
        self.label.raise_()

    @property
    def text(self) -> str | None:
        """What the prompt says, or None while hidden."""
        return self.label.text() if not self.label.isHidden() else None
