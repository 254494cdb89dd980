"""The library, Matside's home page: every routine, what it takes, and what to do with it.

On the left, the user's routines and the bundled ones in a list that stays quick with thousands
of entries (one view and a painting delegate, no widget per routine), with a search field. On
the right, the chosen routine: its exercises and the buttons Start, Edit, Duplicate, Export and
Delete; for a file that cannot be loaded, its problems and Repair.

Deleting moves the file to the trash, and the notice bar offers Undo. Unsaved edits left behind
by a crash are offered back from the same bar.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from matside.core.routine import Routine, RoutineError
from matside.storage import library
from matside.storage import recovery as recovery_files
from matside.storage.library import RoutineEntry, TrashItem, length_text
from matside.storage.recovery import Recovery
from matside.ui import theme
from matside.ui.ask import ask_yes_no
from matside.ui.library_repair import RepairDialog
from matside.ui.library_style import ERROR, PAGE_STYLE
from matside.ui.text import escape, plain_label, rich_label, tip, window_title

__all__ = ["HomePage", "RoutineEntry", "SetsDialog", "ask_sets", "length_text"]

HOVER = "#212A35"

Index = QModelIndex | QPersistentModelIndex
_PAGE = Qt.ShortcutContext.WidgetWithChildrenShortcut
_FOCUSED = Qt.ShortcutContext.WidgetShortcut


# --------------------------------------------------------------------------------------------
# The list


@dataclass(frozen=True)
class _Row:
    """A row of the list: a section heading, a hint under an empty section, or a routine."""

    entry: RoutineEntry | None = None
    heading: str = ""
    hint: str = ""


ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryModel(QAbstractListModel):
    """The routines under two headings, "Your routines" and "Bundled", filtered by name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._entries: list[RoutineEntry] = []
        self._rows: list[_Row] = []
        self._filter = ""

    def set_entries(self, entries: list[RoutineEntry]) -> None:
        self._entries = entries
        self._rebuild()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._rebuild()

    @property
    def entries(self) -> list[RoutineEntry]:
        return self._entries

    def _matches(self, entry: RoutineEntry) -> bool:
        return not self._filter or self._filter in entry.title.casefold()

    def _rebuild(self) -> None:
        self.beginResetModel()
        rows: list[_Row] = []
        for heading, bundled, empty_hint in (
            (
                "Your routines",
                False,
                "None yet. Duplicate a bundled routine, start a new one, or import a file.",
            ),
            ("Bundled with Matside", True, ""),
        ):
            group = [e for e in self._entries if e.bundled == bundled]
            shown = [e for e in group if self._matches(e)]
            if not group and not empty_hint:
                continue
            rows.append(_Row(heading=f"{heading}  ({len(shown)})" if group else heading))
            if not group:
                rows.append(_Row(hint=empty_hint))
            elif not shown:
                rows.append(_Row(hint="No name matches the search."))
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
        if kind == "heading":
            font = _font(option, 13, bold=True)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2)
            painter.setFont(font)
            painter.setPen(QColor(theme.TEXT_DIM))
            painter.drawText(
                rect.adjusted(6, 0, -8, -8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                text,
            )
        elif kind == "hint":
            painter.setFont(_font(option, 14))
            painter.setPen(QColor(theme.TEXT_DIM))
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
            self._paint_entry(painter, option, rect, entry)
        painter.restore()

    def _paint_entry(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, entry: RoutineEntry
    ) -> None:
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        card = QRectF(rect.adjusted(0, 4, -6, -4))
        painter.setPen(Qt.PenStyle.NoPen)
        palette = QGuiApplication.palette()  # the theme's surfaces (the view's own are clear)
        raised = palette.color(QPalette.ColorRole.AlternateBase)
        surface = palette.color(QPalette.ColorRole.Base)
        painter.setBrush(raised if selected else QColor(HOVER) if hovered else surface)
        painter.drawRoundedRect(card, 12, 12)
        if selected:
            painter.setBrush(QColor(theme.ACCENT))
            painter.drawRoundedRect(
                QRectF(card.left(), card.top() + 14, 4, card.height() - 28), 2, 2
            )
        inner = card.toRect().adjusted(20, 12, -16, -10)
        lines = [
            (_font(option, 17, bold=True), theme.TEXT, entry.title),
            (
                _font(option, 13, bold=True),
                ERROR if entry.broken else theme.ACCENT,
                entry.facts,
            ),
        ]
        if entry.routine is not None and entry.routine.description:
            lines.append((_font(option, 13), theme.TEXT_DIM, entry.routine.description))
        elif entry.broken:
            lines.append((_font(option, 13), theme.TEXT_DIM, "Choose it to repair or delete it"))
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


# --------------------------------------------------------------------------------------------
# The chosen routine


class RoutineDetails(QWidget):
    """The routine chosen in the list, with what can be done with it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("details")
        self.entry: RoutineEntry | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 26, 32, 26)
        column.setSpacing(10)
        self.title = plain_label()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 28px; font-weight: 800;")
        self.kind_label = plain_label()
        self.kind_label.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 13px;")
        self.kind_label.setWordWrap(True)
        self.kind_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = plain_label()
        self.facts.setStyleSheet(f"color: {theme.ACCENT}; font-size: 16px; font-weight: 700;")
        self.description = plain_label()
        self.description.setWordWrap(True)
        self.description.setStyleSheet(f"color: {theme.TEXT}; font-size: 15px;")
        self.description.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        for label in (self.title, self.kind_label, self.facts, self.description):
            column.addWidget(label)

        self.body_heading = plain_label()
        self.body_heading.setStyleSheet(
            f"color: {theme.TEXT_DIM}; font-size: 13px; font-weight: 700; margin-top: 8px;"
        )
        column.addWidget(self.body_heading)
        self.body = rich_label()  # the app's own markup; every text from the file escaped
        self.body.setWordWrap(True)
        self.body.setStyleSheet("font-size: 15px;")
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 10, 0)
        holder_column.addWidget(self.body)
        holder_column.addStretch(1)
        scroll.setWidget(holder)
        column.addWidget(scroll, 1)
        self.source = plain_label()
        self.source.setWordWrap(True)
        self.source.setStyleSheet(f"color: {theme.TEXT_DIM}; font-size: 12px;")
        column.addWidget(self.source)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.start_button = QPushButton("Start")
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumSize(150, 52)
        self.start_button.setStyleSheet("font-size: 19px;")
        self.edit_button = QPushButton("Edit")
        self.repair_button = QPushButton("Repair…")
        self.duplicate_button = QPushButton("Duplicate")
        self.export_button = QPushButton("Export…")
        self.delete_button = QPushButton("Delete")
        buttons.addWidget(self.start_button)
        for button in (
            self.edit_button,
            self.repair_button,
            self.duplicate_button,
            self.export_button,
            self.delete_button,
        ):
            button.setMinimumHeight(52)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.show_entry(None)

    def show_entry(self, entry: RoutineEntry | None) -> None:
        self.entry = entry
        routine = entry.routine if entry is not None else None
        if entry is None:
            self.title.setText("Pick a routine")
            self.kind_label.setText("")
            self.facts.setText("")
            self.description.setText("Choose one on the left to see its exercises.")
            self.body_heading.setText("")
            self.body.setText("")
            self.source.setText("")
        elif routine is None:
            self.title.setText(entry.path.name)
            self.kind_label.setText(str(entry.path))
            self.facts.setText("This file cannot be opened")
            self.facts.setStyleSheet(f"color: {ERROR}; font-size: 16px; font-weight: 700;")
            self.description.setText(
                "Repair it as text (what is wrong is checked as you type), or delete it."
            )
            self.body_heading.setText("WHAT IS WRONG")
            self.body.setText(
                "<br>".join(
                    f"<span style='color:{ERROR}'>{escape(p.place)}</span>: {escape(p.message)}"
                    for p in entry.issues
                )
            )
            self.source.setText("")
        else:
            self.title.setText(routine.name)
            self.kind_label.setText(
                "Bundled with Matside — read-only; duplicate it to make your own version"
                if entry.bundled
                else f"Yours  ·  {entry.path.name}"
            )
            self.facts.setText(entry.facts)
            self.facts.setStyleSheet(f"color: {theme.ACCENT}; font-size: 16px; font-weight: 700;")
            self.description.setText(routine.description)
            self.body_heading.setText("EXERCISES")
            self.body.setText(
                "".join(
                    f"<p style='margin:0 0 8px 0'><b style='font-size:16px'>{n}. "
                    f"{escape(e.name)}</b><br><span style='color:{theme.TEXT_DIM}'>"
                    f"{escape(library.describe_exercise(e))}</span></p>"
                    for n, e in enumerate(routine.exercises, 1)
                )
            )
            self.source.setText(f"Source: {routine.source}" if routine.source else "")
        self.description.setVisible(bool(self.description.text()))
        self.source.setVisible(bool(self.source.text()))
        loaded = routine is not None
        user_file = entry is not None and not entry.bundled
        self.start_button.setVisible(loaded)
        self.edit_button.setVisible(loaded)
        self.edit_button.setText("Duplicate to edit" if entry and entry.bundled else "Edit")
        self.duplicate_button.setVisible(loaded and user_file)
        self.export_button.setVisible(loaded)
        self.repair_button.setVisible(entry is not None and not loaded and user_file)
        self.delete_button.setVisible(user_file)


# --------------------------------------------------------------------------------------------
# The notice bar


class NoticeBar(QFrame):
    """A line at the top of the library: what just happened, and what can be done about it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(
            "QFrame#notice { background: palette(alternate-base); border-radius: 10px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 8, 8)
        row.setSpacing(8)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 15px;")
        self.details = plain_label()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet(f"color: {ERROR}; font-size: 13px;")
        text.addWidget(self.label)
        text.addWidget(self.details)
        row.addLayout(text, 1)
        self._actions = QHBoxLayout()
        row.addLayout(self._actions)
        self.close_button = QPushButton("✕")
        self.close_button.setToolTip(tip("Dismiss"))
        self.close_button.setFixedWidth(44)
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.close_button)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_notice(
        self,
        text: str,
        actions: list[tuple[str, Callable[[], None]]] | None = None,
        details: list[str] | None = None,
    ) -> None:
        """Show ``text`` with a button per action; any button, or ✕, dismisses the notice."""
        for button in self.buttons.values():
            self._actions.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.label.setText(text)
        shown = (details or [])[:8]
        if details and len(details) > len(shown):
            shown.append(f"…and {len(details) - len(shown)} more")
        self.details.setText("\n".join(shown))
        self.details.setVisible(bool(shown))
        for caption, action in actions or []:
            button = QPushButton(caption)
            button.clicked.connect(lambda _=False, a=action: self._run(a))
            self._actions.addWidget(button)
            self.buttons[caption] = button
        self.show()

    def _run(self, action: Callable[[], None]) -> None:
        self.dismiss()
        action()

    def dismiss(self) -> None:
        self.hide()
        self.label.setText("")


# --------------------------------------------------------------------------------------------
# The page


@dataclass(frozen=True)
class LibraryRow:
    """A routine in the library as callers that think in cards see it."""

    entry: RoutineEntry
    page: HomePage

    @property
    def start_button(self) -> QPushButton:
        """The Start button, with this routine chosen (as a click on its row does first)."""
        self.page.select(self.entry.path)
        return self.page.details.start_button


def ask_sets(routine: Routine, parent: QWidget | None) -> tuple[bool, int | None]:
    """Ask how many sets when the routine offers a choice; ``(False, None)`` when cancelled."""
    choices = routine.set_choices()
    if choices is None or len(choices) <= 1:
        return True, None
    dialog = SetsDialog(routine, list(choices), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.chosen


class HomePage(QWidget):
    """The library. Start asks for the set count where a routine offers a range.

    Args:
        ask: asks a yes/no question (a message box unless a test passes its own).

    The file dialogs are the attributes ``pick_import_files`` and ``pick_export_path``, so that
    tests can answer them.
    """

    start_requested = Signal(object, object)  # RoutineEntry, sets (int | None)
    edit_requested = Signal(object, object)  # the routine's file or None (new), Recovery | None

    def __init__(self, parent: QWidget | None = None, ask: Callable[[str], bool] | None = None):
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self.ask: Callable[[str], bool] = ask or self._ask_in_a_box
        self.pick_import_files: Callable[[], list[Path]] = self._pick_import_files
        self.pick_export_path: Callable[[RoutineEntry], Path | None] = self._pick_export_path
        self.repair_dialog: RepairDialog | None = None
        self._deleted: list[TrashItem] = []
        self._recoveries: list[Recovery] = []
        self.load_seconds = 0.0

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 22, 32, 20)
        outer.setSpacing(12)
        header = QHBoxLayout()
        header.setSpacing(10)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        heading = plain_label("Matside")
        heading.setStyleSheet(f"font-size: 32px; font-weight: 800; color: {theme.ACCENT};")
        subtitle = plain_label("Pick a routine, roll out the mat, and leave the laptop be.")
        subtitle.setStyleSheet(f"font-size: 15px; color: {theme.TEXT_DIM};")
        titles.addWidget(heading)
        titles.addWidget(subtitle)
        header.addLayout(titles, 1)
        self.new_button = QPushButton("New routine")
        self.import_button = QPushButton("Import…")
        self.import_button.setToolTip(
            tip("Copy one or more routine files (.json) into your library")
        )
        for button in (self.new_button, self.import_button):
            button.setMinimumHeight(44)
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(header)

        self.notice = NoticeBar()
        outer.addWidget(self.notice)

        body = QHBoxLayout()
        body.setSpacing(18)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by name  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(40)
        self.search.setStyleSheet("font-size: 15px;")
        left.addWidget(self.search)
        self.model = LibraryModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LibraryDelegate(self.model, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setStyleSheet("QListView { background: transparent; border: none; outline: 0; }")
        self.view.setFixedWidth(450)
        left.addWidget(self.view, 1)
        body.addLayout(left)
        self.details = RoutineDetails()
        panel = QFrame()
        panel.setObjectName("panel")
        panel_column = QVBoxLayout(panel)
        panel_column.setContentsMargins(0, 0, 0, 0)
        panel_column.addWidget(self.details)
        # Wrapped labels make Qt over-estimate the panel's minimum width (it cached 1235 px for
        # a panel whose parts need 630), which would widen the window; the panel's own floor:
        panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        panel.setMinimumWidth(640)
        body.addWidget(panel, 1)
        outer.addLayout(body, 1)

        self.search.textChanged.connect(self._filter)
        # Enter starts the routine in view, from the search box as from the list; Up and Down
        # in the search box move through the list, so the keyboard alone picks and starts.
        self.search.returnPressed.connect(self._start_current)
        self.search.installEventFilter(self)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(lambda _index: self._start_current())
        self.details.start_button.clicked.connect(self._start_current)
        self.details.edit_button.clicked.connect(self._edit_current)
        self.details.duplicate_button.clicked.connect(self._duplicate_current)
        self.details.export_button.clicked.connect(self._export_current)
        self.details.delete_button.clicked.connect(self._delete_current)
        self.details.repair_button.clicked.connect(self._repair_current)
        self.new_button.clicked.connect(lambda: self.edit_requested.emit(None, None))
        self.import_button.clicked.connect(self.import_files)
        for keys, owner, action, context in (
            (QKeySequence.StandardKey.Find, self, self._focus_search, _PAGE),
            (QKeySequence.StandardKey.Undo, self, self.undo_delete, _PAGE),
            (QKeySequence(Qt.Key.Key_Delete), self.view, self._delete_current, _FOCUSED),
        ):
            shortcut = QShortcut(keys, owner)
            shortcut.setContext(context)
            shortcut.activated.connect(action)

        # A folder of the user's that cannot be read is reported, never raised: the library
        # opens with what it can read.
        folder_problems: list[str] = []
        library.clean_temp_files(problems=folder_problems)
        library.empty_old_trash(problems=folder_problems)
        self.reload(folder_problems)
        self.offer_recoveries(folder_problems)

    # -- reading ------------------------------------------------------------------------------

    def reload(self, folder_problems: list[str] | None = None) -> None:
        """Read the routine folders again, keeping the chosen routine chosen.

        A folder that cannot be read is added to ``folder_problems`` when given.
        """
        chosen = self.current_entry()
        started = time.perf_counter()
        self.model.set_entries(library.scan_routines(folder_problems))
        self.load_seconds = time.perf_counter() - started
        if chosen is None or not self.select(chosen.path):
            self._select_row(self.model.first_entry_row())

    @property
    def entries(self) -> list[RoutineEntry]:
        """Every routine listed, whatever the search."""
        return self.model.entries

    @property
    def cards(self) -> list[LibraryRow]:
        """Every routine listed, each with the Start button that starts it."""
        return [LibraryRow(entry, self) for entry in self.model.entries]

    def shown_titles(self) -> list[str]:
        """The names the list shows now (after the search), in order."""
        rows = range(self.model.rowCount())
        found = [self.model.index(r).data(ENTRY_ROLE) for r in rows]
        return [e.title for e in found if isinstance(e, RoutineEntry)]

    def current_entry(self) -> RoutineEntry | None:
        entry = self.view.currentIndex().data(ENTRY_ROLE)
        return entry if isinstance(entry, RoutineEntry) else None

    def select(self, path: Path) -> bool:
        """Choose the routine in ``path``, clearing the search if it hides it."""
        row = self.model.row_of(path)
        if row is None and self.search.text():
            self.search.clear()
            row = self.model.row_of(path)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int | None) -> None:
        if row is None:
            self.view.setCurrentIndex(QModelIndex())
            self.details.show_entry(None)
            return
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.details.show_entry(self.current_entry())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ENTRY_ROLE)
        self.details.show_entry(entry if isinstance(entry, RoutineEntry) else None)

    def _filter(self, text: str) -> None:
        chosen = self.current_entry()
        self.model.set_filter(text)
        if chosen is None or self.model.row_of(chosen.path) is None:
            self._select_row(self.model.first_entry_row())
        else:
            self._select_row(self.model.row_of(chosen.path))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- acting -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.view.setFocus()
            QApplication.sendEvent(self.view, QKeyEvent(event))
            self.search.setFocus()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.search.hasFocus() and QApplication.focusWidget() is None:
            self.search.setFocus()

    def _start_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._start(entry)

    def _start(self, entry: RoutineEntry) -> None:
        routine = entry.routine
        if routine is None:
            return
        go, sets = ask_sets(routine, self)
        if go:
            self.start_requested.emit(entry, sets)

    def _edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.routine is None:
            return
        if entry.bundled:
            copy = self._duplicate(entry)
            if copy is not None:
                self.edit_requested.emit(copy, None)
            return
        self.edit_requested.emit(entry.path, None)

    def _duplicate_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._duplicate(entry)

    def _duplicate(self, entry: RoutineEntry) -> Path | None:
        try:
            copy = library.duplicate_routine(entry.path)
        except (RoutineError, OSError) as error:
            self.notice.show_notice(f"Could not duplicate {entry.title}: {error}")
            return None
        self.reload()
        self.select(copy)
        title = self.current_entry()
        self.notice.show_notice(
            f"Made a copy you can edit: “{title.title if title else copy.name}”."
        )
        return copy

    def _export_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.routine is None:
            return
        target = self.pick_export_path(entry)
        if target is None:
            return
        try:
            library.export_routine(entry.path, target)
        except (RoutineError, OSError) as error:
            self.notice.show_notice(f"Could not export {entry.title}: {error}")
            return
        self.notice.show_notice(f"Exported “{entry.title}” to {target}.")

    def _delete_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.bundled:
            return
        if not self.ask(f"Delete “{entry.title}”? You can undo this right after."):
            return
        try:
            item = library.delete_routine(entry.path)
        except OSError as error:
            self.notice.show_notice(f"Could not delete {entry.title}: {error}")
            return
        self._deleted.append(item)
        row = self.view.currentIndex().row()
        self.reload()
        if self.current_entry() is None or row < self.model.rowCount():
            following = next(
                (r for r in range(row, self.model.rowCount()) if self.model.kind(r) == "entry"),
                self.model.first_entry_row(),
            )
            self._select_row(following)
        self.notice.show_notice(f"Deleted “{entry.title}”.", [("Undo", self.undo_delete)])

    def undo_delete(self) -> None:
        """Put the routine deleted last back."""
        if not self._deleted:
            return
        item = self._deleted.pop()
        try:
            restored = library.restore_routine(item)
        except OSError as error:
            self.notice.show_notice(f"Could not restore {item.original.name}: {error}")
            return
        self.notice.dismiss()
        self.reload()
        self.select(restored)

    def _repair_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.bundled or not entry.broken:
            return
        dialog = RepairDialog(entry.path, self)
        dialog.saved.connect(self._repaired)
        self.repair_dialog = dialog
        dialog.open()

    def _repaired(self, path: Path) -> None:
        self.reload()
        self.select(path)
        self.notice.show_notice(f"Repaired {path.name}.")

    def import_files(self) -> None:
        """Ask for routine files and copy them into the library."""
        sources = self.pick_import_files()
        if not sources:
            return
        result = library.import_routines(sources)
        self.reload()
        if result.imported:
            self.select(result.imported[-1])
        done = (
            f"Imported {library.plural(len(result.imported), 'routine')}."
            if result.imported
            else "Nothing was imported."
        )
        if result.refused:
            refused = library.plural(len(result.refused), "file")
            lines = [
                problem.format(Path(error.source).name if error.source else None)
                for error in result.refused
                for problem in error.problems
            ]
            self.notice.show_notice(
                f"{done} {refused} could not be imported, because of these problems:",
                details=lines,
            )
        else:
            self.notice.show_notice(done)

    # -- unsaved edits from before ------------------------------------------------------------

    def offer_recoveries(self, folder_problems: list[str] | None = None) -> None:
        """Offer back unsaved edits that a crash left behind, one at a time.

        Folders that cannot be read (``folder_problems``, and the recovery folder's own) are
        said first; the edits are offered after OK.
        """
        problems = list(folder_problems or [])
        self._recoveries = recovery_files.list_recoveries(problems)
        if problems:
            self.notice.show_notice(
                "Some of your Matside folders cannot be read; Matside goes on without them:",
                [("OK", self._offer_next_recovery)],
                details=list(dict.fromkeys(problems)),
            )
        else:
            self._offer_next_recovery()

    def _offer_next_recovery(self) -> None:
        if not self._recoveries:
            return
        recovery = self._recoveries[0]
        when = time.strftime("%a %d %b, %H:%M", time.localtime(recovery.saved_at))
        more = len(self._recoveries) - 1
        self.notice.show_notice(
            f"Unsaved changes to “{recovery.name}” ({when}) were kept when Matside closed"
            + (f" ({more} more after this)." if more else "."),
            [
                ("Restore", lambda: self._restore_recovery(recovery)),
                ("Discard", lambda: self._discard_recovery(recovery)),
            ],
        )

    def _restore_recovery(self, recovery: Recovery) -> None:
        self._recoveries = [r for r in self._recoveries if r.file != recovery.file]
        self.edit_requested.emit(recovery.routine_path, recovery)

    def _discard_recovery(self, recovery: Recovery) -> None:
        recovery_files.discard_recovery(recovery.file)
        self._recoveries = [r for r in self._recoveries if r.file != recovery.file]
        self._offer_next_recovery()

    # -- questions ----------------------------------------------------------------------------

    def _ask_in_a_box(self, question: str) -> bool:
        return ask_yes_no(self, question)

    def _pick_import_files(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self, "Import routines", str(Path.home()), "Routines (*.json);;All files (*)"
        )
        return [Path(n) for n in names]

    def _pick_export_path(self, entry: RoutineEntry) -> Path | None:
        suggested = Path.home() / f"{library.slug(entry.title)}.json"
        name, _ = QFileDialog.getSaveFileName(
            self, "Export routine", str(suggested), "Routines (*.json)"
        )
        if not name:
            return None
        target = Path(name)
        return target if target.suffix else target.with_suffix(".json")


class SetsDialog(QDialog):
    """Asks how many sets, one big button per choice with the time it takes."""

    def __init__(self, routine: Routine, choices: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(window_title(f"{routine.name}: how many sets?"))
        self.chosen = choices[0]
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(12)
        question = plain_label("How many sets of each move?")
        question.setStyleSheet("font-size: 20px; font-weight: 700;")
        column.addWidget(question)
        row = QHBoxLayout()
        self.buttons: dict[int, QPushButton] = {}
        for count in choices:
            button = QPushButton(f"{count} sets\n{length_text(routine, count)}")
            button.setMinimumSize(150, 70)
            button.clicked.connect(lambda _=False, c=count: self._choose(c))
            if count == choices[0]:
                button.setObjectName("primary")
                button.setDefault(True)
            row.addWidget(button)
            self.buttons[count] = button
        column.addLayout(row)

    def _choose(self, count: int) -> None:
        self.chosen = count
        self.accept()
