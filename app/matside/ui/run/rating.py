"""The rating prompt: "How did the left side feel? 1–5", small, over the run screen.

It floats over the run screen (it is not part of the screen's layout, so a change of that
layout leaves it alone): the screen offers the places its layout leaves free, best first, and
the prompt takes the first where it fits at its letter size, on one line or two, else the one
where it is largest. It says what :meth:`matside.core.ratings.SideRatings.prompt` says: the
question and the scores given, or nothing. It never takes the focus or a click: the digits
reach the run screen, and nothing waits for an answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from matside.ui import theme
from matside.ui.text import plain_label

HEIGHT_SHARE = 0.038
"""The prompt's letter height as a share of the run screen's height (less where no place has
room for that, down to :data:`MINIMUM_PIXELS`)."""
MINIMUM_PIXELS = 16
PADDING = 16
"""The label's padding left and right; 6 above and below."""
MARGINS = 2 * (PADDING + 2) + 4
"""The label's padding and border, both sides, and a little to spare."""
JOIN = "  —  "
"""How the prompt's two lines read as one."""


@dataclass(frozen=True)
class Place:
    """Room for the prompt: ``area`` in the screen's coordinates, the prompt set at its top
    (or, ``at_foot``, its foot) and its left (or, ``centred``, its middle)."""

    area: QRect
    centred: bool = False
    at_foot: bool = False


class RatingPrompt:
    """A label of one or two lines over ``parent``, placed by :meth:`show_text`.

    Args:
        parent: the run screen.
        under: what stays over the label (the stop banner): the label is over all else.
    """

    def __init__(self, parent: QWidget, under: QWidget) -> None:
        self._over = parent
        self._under = under
        self.label: QLabel = plain_label(parent=parent)
        self.label.setObjectName("ratingPrompt")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.style(
            self.label,
            lambda p: (
                f"QLabel#ratingPrompt {{ background: {p.surface_high}; color: {p.accent};"
                f" border: 2px solid {p.accent}; border-radius: 12px;"
                f" padding: 6px {PADDING}px; }}"
            ),
        )
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.hide()

    def show_text(self, text: str | None, places: list[Place]) -> None:
        """Show ``text`` in the best of ``places``; hide when None."""
        if text is None or not places:
            self.label.hide()
            return
        target = max(MINIMUM_PIXELS, int(max(self._over.height(), 400) * HEIGHT_SHARE))
        best: tuple[int, str, Place] | None = None
        for place in places:
            for shown in (text.replace("\n", JOIN), text):  # one line if it fits, else two
                pixels = self._fitting(shown, place.area, target)
                if best is None or pixels > best[0]:
                    best = (pixels, shown, place)
            if best is not None and best[0] >= target:
                break
        assert best is not None
        fitting, shown, place = best
        # Where it fits nowhere, the most room; never below the least readable size.
        pixels = max(MINIMUM_PIXELS, fitting)
        font = self._font(pixels)
        if self.label.font() != font:  # (the screen refreshes every second)
            self.label.setFont(font)
        if self.label.text() != shown:
            self.label.setText(shown)
        metrics = QFontMetrics(font)
        width = min(place.area.width(), _widest(shown, metrics) + MARGINS)
        height = self.label.sizeHint().height()
        area = place.area
        x = area.x() + (area.width() - width) // 2 if place.centred else area.x()
        y = area.bottom() - height if place.at_foot else area.y()
        self.label.setGeometry(x, y, width, height)
        self.label.show()
        self.label.stackUnder(self._under)

    def _font(self, pixels: int) -> QFont:
        font = QFont(self.label.font())
        font.setBold(True)
        font.setPixelSize(pixels)
        return font

    def _fitting(self, text: str, area: QRect, target: int) -> int:
        """The largest letter size, up to ``target``, at which ``text`` fits ``area`` (below
        :data:`MINIMUM_PIXELS`, or negative, where it hardly or does not fit)."""
        metrics = QFontMetrics(self._font(target))
        lines = text.count("\n") + 1
        by_width = target * (area.width() - MARGINS) / max(1, _widest(text, metrics))
        by_height = target * (area.height() - 16) / (lines * metrics.lineSpacing())
        return min(target, int(by_width), int(by_height))

    @property
    def text(self) -> str | None:
        """What the prompt says (its lines apart), or None while hidden."""
        return self.label.text().replace(JOIN, "\n") if not self.label.isHidden() else None


def _widest(text: str, metrics: QFontMetrics) -> int:
    return max(metrics.horizontalAdvance(line) for line in text.splitlines())
