"""The library's list of routines: a model of rows under two headings and the delegate that
paints them, so that the list stays quick with thousands of entries (one view, no widget per
routine)."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from matside.core.search import matches, query_words
from matside.core.training import done_ago
from matside.storage import library
from matside.storage.library import RoutineEntry
from matside.storage.logbook import path_key
from matside.ui import theme

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    """A row of the list: a section heading, a hint under an empty section, or a routine."""

    entry: RoutineEntry | None = None
    heading: str = ""
    hint: str = ""


ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
LAST_DONE_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryModel(QAbstractListModel):
    """The routines under two headings, "Your routines" and "Bundled", filtered by a search."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._entries: list[RoutineEntry] = []
        self._rows: list[_Row] = []
        self._filter: tuple[str, ...] = ()
        self._last_done: dict[str, float] = {}

    def set_last_done(self, last_done: dict[str, float]) -> None:
        """When each routine was last done, by its file (as the training log keeps it)."""
        self._last_done = last_done
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def last_done_text(self, entry: RoutineEntry) -> str:
        """``done 3 days ago``, or nothing for a routine never done."""
        then = self._last_done.get(path_key(os.path.abspath(entry.path)))
        return "" if then is None else done_ago(then, time.time())

    def set_entries(self, entries: list[RoutineEntry]) -> None:
        self._entries = entries
        self._rebuild()

    def set_filter(self, text: str) -> None:
        self._filter = query_words(text)
        self._rebuild()

    @property
    def entries(self) -> list[RoutineEntry]:
        return self._entries

    def _matches(self, entry: RoutineEntry) -> bool:
        return matches(self._filter, entry.searched_texts)

    def _rebuild(self) -> None:
        self.beginResetModel()
        rows: list[_Row] = []
        for heading, bundled, empty_hint in (
            (
                self.tr("Your routines"),
                False,
                self.tr(
                    "None yet. Duplicate a bundled routine, start a new one, or import a file."
                ),
            ),
            (self.tr("Bundled with Matside"), True, ""),
        ):
            group = [e for e in self._entries if e.bundled == bundled]
            shown = [e for e in group if self._matches(e)]
            if not group and not empty_hint:
                continue
            rows.append(_Row(heading=f"{heading}  ({len(shown)})" if group else heading))
            if not group:
                rows.append(_Row(hint=empty_hint))
            elif not shown:
                rows.append(_Row(hint=self.tr("Nothing here matches the search.")))
            rows += [_Row(entry=e) for e in shown]
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return row.entry
        if role == LAST_DONE_ROLE:
            return self.last_done_text(row.entry) if row.entry is not None else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return row.entry.title if row.entry is not None else row.heading or row.hint
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.entry is not None:
            return row.entry.facts
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self._rows[index.row()].entry is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def row_of(self, path: Path) -> int | None:
        """The row showing the routine in ``path``, if it is shown."""
        for number, row in enumerate(self._rows):
            if row.entry is not None and library.same_file(row.entry.path, path):
                return number
        return None

    def first_entry_row(self) -> int | None:
        """The first routine that can be started, else the first one listed."""
        rows = [(n, r.entry) for n, r in enumerate(self._rows) if r.entry is not None]
        loaded = next((n for n, entry in rows if not entry.broken), None)
        return loaded if loaded is not None else next((n for n, _ in rows), None)

    def kind(self, row: int) -> str:
        item = self._rows[row]
        return "entry" if item.entry is not None else "heading" if item.heading else "hint"


class LibraryDelegate(QStyledItemDelegate):
    """Paints a routine as a light card: name, length and exercises, and one line of text."""

    ENTRY_HEIGHT = 92
    HEADING_HEIGHT = 44
    HINT_HEIGHT = 48

    def __init__(self, model: LibraryModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        kind = self._model.kind(index.row())
        height = {"entry": self.ENTRY_HEIGHT, "heading": self.HEADING_HEIGHT}.get(
            kind, self.HINT_HEIGHT
        )
        return QSize(300, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        kind = self._model.kind(index.row())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        colours = theme.colours()
        if kind == "heading":
            font = _font(option, 13, bold=True)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2)
            painter.setFont(font)
            painter.setPen(QColor(colours.text_dim))
            painter.drawText(
                rect.adjusted(6, 0, -8, -8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                text,
            )
        elif kind == "hint":
            painter.setFont(_font(option, 14))
            painter.setPen(QColor(colours.text_dim))
            painter.drawText(
                rect.adjusted(6, 0, -8, 0),
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap,
                text,
            )
        else:
            entry = index.data(ENTRY_ROLE)
            assert isinstance(entry, RoutineEntry)
            self._paint_entry(painter, option, rect, entry, str(index.data(LAST_DONE_ROLE)))
        painter.restore()

    def _paint_entry(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        entry: RoutineEntry,
        last_done: str,
    ) -> None:
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        card = QRectF(rect.adjusted(0, 4, -6, -4))
        painter.setPen(Qt.PenStyle.NoPen)
        colours = theme.colours()
        card_colour = (
            colours.surface_high if selected else colours.card_hover if hovered else colours.surface
        )
        painter.setBrush(QColor(card_colour))
        painter.drawRoundedRect(card, 12, 12)
        if selected:
            painter.setBrush(QColor(colours.accent))
            painter.drawRoundedRect(
                QRectF(card.left(), card.top() + 14, 4, card.height() - 28), 2, 2
            )
        inner = card.toRect().adjusted(20, 12, -16, -10)
        lines = [
            (_font(option, 17, bold=True), colours.text, entry.title),
            (
                _font(option, 13, bold=True),
                colours.error if entry.broken else colours.accent,
                f"{entry.facts}  ·  {last_done}" if last_done else entry.facts,
            ),
        ]
        if entry.routine is not None and entry.routine.description:
            lines.append((_font(option, 13), colours.text_dim, entry.routine.description))
        elif entry.broken:
            lines.append(
                (_font(option, 13), colours.text_dim, self.tr("Choose it to repair or delete it"))
            )
        top = inner.top()
        for font, colour, line in lines:
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            elided = metrics.elidedText(
                " ".join(line.split()), Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(
                QRect(inner.left(), top, inner.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            top += metrics.height() + 3


def _font(option: QStyleOptionViewItem, pixels: int, bold: bool = False) -> QFont:
    font = QFont(option.font)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font
