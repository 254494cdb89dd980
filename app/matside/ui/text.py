"""Text shown as written: labels, message boxes, tooltips and window titles never read markup.

A routine file comes from a stranger, and so does every text it carries: the routine's name,
description and source, exercise names and instructions, picture references, the unknown keys a
problem message names, and the file's own name. Qt guesses whether a QLabel's, a QMessageBox's
or a tooltip's text is HTML (``Qt::mightBeRichText``) and, when it guesses so, renders it: a
routine named ``<img src="/dev/ptmx">`` made Qt open that device and wait forever, and markup
could draw a fake warning with a link, or load a huge local picture.

So, in ``app/ui``, the widgets that would guess are made here, plain from the start:

- :func:`plain_label` makes every QLabel (plain text), :class:`FitLabel` a plain line whose
  letters shrink rather than widen the window; :func:`rich_label` is for markup the app writes
  itself, where any text from a file goes through :func:`escape`;
- :func:`message_box` makes every QMessageBox (plain text);
- every tooltip goes through :func:`tip`, every window title through :func:`window_title`.

``tests/ui/test_plain_text.py`` builds every page from a routine full of markup and checks every
text-bearing widget, and checks that no QLabel or QMessageBox is made anywhere else.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def escape(text: str) -> str:
    """``text`` as HTML that shows it literally (for :func:`rich_label` and :func:`tip`)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows its text as it is: never as markup, whatever it holds."""
    made = QLabel(parent)
    made.setTextFormat(Qt.TextFormat.PlainText)  # before any text is set: Qt never parses it
    if text:
        made.setText(text)
    return made


class FitLabel(QLabel):
    """One line of plain text that never widens its window: given less room than its text
    needs (a long exercise name, a language with longer words), its letters shrink to fit,
    never cut. With room, it shows its text at the font it was given.

    Its size hints come from that font, not from the shrunk one, so shrinking never changes
    what the layout offers it (the two cannot chase each other).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._letters = QFont(self.font())

    def setFont(self, font: QFont | str | Sequence[str]) -> None:
        """Show the text in ``font`` when it fits, smaller when not."""
        self._letters = QFont(font)
        self._fit()

    def letter_font(self) -> QFont:
        """The font the text is shown in when it fits."""
        return QFont(self._letters)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self._letters)
        margins = self.contentsMargins()
        return QSize(
            math.ceil(metrics.horizontalAdvance(self.text())) + margins.left() + margins.right(),
            math.ceil(metrics.height()) + margins.top() + margins.bottom(),
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(1, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = QFont(self._letters)
        room = self.contentsRect().width()
        wide = QFontMetricsF(font).horizontalAdvance(self.text())
        if room > 0 and wide > room and font.pixelSize() > 0:
            font.setPixelSize(max(1, math.floor(font.pixelSize() * room / wide)))
        if self.font() != font:
            super().setFont(font)


class ElidedLabel(QLabel):
    """One line of plain text that never widens its window: cut short with "…" to the room
    the layout gives it, again each time that room changes (a neighbour's longer words take
    some); the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._whole = ""

    def whole_text(self) -> str:
        """The text as given, before it was cut short."""
        return self._whole

    def setText(self, text: str) -> None:
        self._whole = text
        if self.toolTip() != tip(text):
            self.setToolTip(tip(text))
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        # Not laid out yet (never shown), it has the most room it may ever get.
        room = self.contentsRect().width() if self.isVisible() else self.maximumWidth()
        metrics = self.fontMetrics()
        shown = self._whole
        if metrics.horizontalAdvance(shown) > room:
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if super().text() != shown:
            super().setText(shown)


def rich_label(parent: QWidget | None = None) -> QLabel:
    """A QLabel for markup the app writes itself; text from a file goes in through ``escape``."""
    made = QLabel(parent)
    made.setTextFormat(Qt.TextFormat.RichText)
    return made


def tip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt shows a tooltip as HTML when it guesses so (a tag, or ``&lt;``, on its first line):
    such a text is given as escaped HTML instead, its spaces and line breaks kept. Any other
    text is given as it is, and shown as plain text.
    """
    if "<" not in text and "&" not in text:
        return text
    return f'<p style="white-space:pre-wrap">{escape(text)}</p>'


def window_title(text: str) -> str:
    """A window title that shows ``text`` literally: ``[*]`` is Qt's mark for unsaved changes,
    which Qt hides in a title; ``[*][*]`` shows as ``[*]``."""
    return text.replace("[*]", "[*][*]")


def message_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A message box showing ``text`` as plain text, without buttons yet (add them, then
    ``exec``)."""
    box = QtWidgets.QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # its text label's format, before the text
    box.setWindowTitle(window_title(title))
    box.setText(text)
    return box


def show_message(parent: QWidget | None, title: str, text: str) -> None:
    """Show ``text`` in a message box with OK, and wait for it to be closed."""
    box = message_box(parent, title, text)
    box.setStandardButtons(box.StandardButton.Ok)
    box.exec()


def text_of(edit: QtWidgets.QPlainTextEdit) -> str:
    """What the user sees in a text box, as they typed it.

    ``toPlainText`` turns no-break spaces into plain spaces (Qt documents it): saved back, the
    user's text would change unseen. The raw text keeps every character; only the paragraph
    separators Qt puts between its lines become line breaks again.
    """
    return edit.document().toRawText().replace("\u2029", "\n")
