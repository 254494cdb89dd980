"""The stop banner: a large notice over the run screen, "Press Esc again to stop".

A first Esc asks for a second one on the screen itself, never in a dialog that would freeze
the session behind it. The banner floats over the run screen's layout (it is not part of it),
centred and sized from the screen's height, so it is read from the mat and leaves the screen's
own layout alone. When it shows and hides is the key map's deadline
(:class:`matside.core.keymap.RunKeys`); the banner only draws.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from matside.ui import theme
from matside.ui.text import plain_label

HEIGHT_SHARE = 0.10
"""The headline's letter height as a share of the run screen's height."""


class StopBanner(QFrame):
    """A headline and a smaller line under it, over the middle of ``parent``."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._over = parent
        self.setObjectName("stopBanner")
        theme.style(
            self,
            lambda p: (
                f"QFrame#stopBanner {{ background: {p.accent_fill}; border-radius: 18px; }}"
                f" QLabel {{ color: {p.on_accent}; background: transparent; }}"
            ),
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 20, 32, 20)
        self.headline = plain_label()
        self.detail = plain_label()
        for label in (self.headline, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            column.addWidget(label)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_text(self, headline: str, detail: str) -> None:
        """Show the banner with these words, on top of everything."""
        if self.headline.text() != headline:
            self.headline.setText(headline)
        if self.detail.text() != detail:
            self.detail.setText(detail)
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        """Centre the banner over its parent, its type sized from the parent's height."""
        parent = self._over
        height = max(parent.height(), 400)
        big = QFont(self.font())
        big.setPixelSize(int(height * HEIGHT_SHARE))
        big.setBold(True)
        self.headline.setFont(big)
        small = QFont(self.font())
        small.setPixelSize(max(14, int(height * 0.04)))
        self.detail.setFont(small)
        width = int(parent.width() * 0.86)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((parent.width() - width) // 2, (parent.height() - self.height()) // 2)
