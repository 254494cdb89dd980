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
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from matside import APP_NAME
from matside.core import wording
from matside.core.routine import RoutineError
from matside.storage import library
from matside.storage import recovery as recovery_files
from matside.storage.library import RoutineEntry, TrashItem
from matside.storage.recovery import Recovery
from matside.storage.routine_choices import remember_sets
from matside.ui import theme
from matside.ui.ask import ask_to
from matside.ui.library.details import RoutineDetails
from matside.ui.library.notice import NoticeBar
from matside.ui.library.routine_list import ENTRY_ROLE, LibraryDelegate, LibraryModel
from matside.ui.library.style import WIDGET_SIZE_MAX, page_style
from matside.ui.text import plain_label, tip
from matside.ui.translations import counted

if TYPE_CHECKING:
    from matside.ui.library.repair import RepairDialog

LIST_WIDTH = (320, 450)
"""The list's narrowest and widest, side by side with the details."""
DETAILS_MIN_WIDTH = 520
"""The details' narrowest, side by side with the list: its row of buttons fits."""
PAGE_MARGINS = 32 + 18 + 32
"""The page's margins left and right and the space between the list and the details."""
FOLD_BELOW = PAGE_MARGINS + LIST_WIDTH[0] + DETAILS_MIN_WIDTH
"""A page narrower than this shows the details under the list (a 13-inch laptop at 200 %);
wider words than English's fold it sooner (:attr:`HomePage.fold_below`)."""

FOLDED_LIST_HEIGHT = 190
"""The list's height when the details are under it..."""
FOLDED_LIST_LEAST = 100
"""...and its least, when a notice above takes room: in a short window the details' buttons
stay in sight, and the list scrolls."""

_PAGE = Qt.ShortcutContext.WidgetWithChildrenShortcut
_FOCUSED = Qt.ShortcutContext.WidgetShortcut


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


class HomePage(QWidget):
    """The library. Start starts at once, with the set count chosen beside it (remembered).

    Args:
        ask: asks a yes/no question (a message box unless a test passes its own).

    The file dialogs are the attributes ``pick_import_files`` and ``pick_export_path``, so that
    tests can answer them.
    """

    start_requested = Signal(object, object)  # RoutineEntry, sets (int | None)
    edit_requested = Signal(object, object)  # the routine's file or None (new), Recovery | None
    first_frame = Signal()  # the page's first frame is painted: time for deferred work

    def __init__(
        self, parent: QWidget | None = None, ask: Callable[[str, str], bool] | None = None
    ):
        super().__init__(parent)
        self._painted = False
        theme.style(self, page_style)
        self.ask: Callable[[str, str], bool] = ask or self._ask_in_a_box
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
        heading = plain_label(APP_NAME)
        theme.style(heading, lambda p: f"font-size: 32px; font-weight: 800; color: {p.accent};")
        subtitle = plain_label(
            self.tr("Pick a routine, roll out the mat, and leave the laptop be.")
        )
        theme.style(subtitle, lambda p: f"font-size: 15px; color: {p.text_dim};")
        subtitle.setWordWrap(True)
        titles.addWidget(heading)
        titles.addWidget(subtitle)
        header.addLayout(titles, 1)
        self.new_button = QPushButton(self.tr("New routine"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(
            tip(self.tr("Copy one or more routine files (.json) into your library"))
        )
        for button in (self.new_button, self.import_button):
            button.setMinimumHeight(44)
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(header)

        self.notice = NoticeBar()
        self.notice.resized.connect(self._fit_list)  # shown, hidden or rewrapped
        outer.addWidget(self.notice)

        # Side by side where there is room; on a narrow window the details fold under the list.
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.setSpacing(18)
        self._body = body
        left = QVBoxLayout()
        left.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, descriptions, exercises  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search routines"))
        self.search.setMinimumHeight(40)
        self.search.setStyleSheet("font-size: 15px;")
        left.addWidget(self.search)
        self.model = LibraryModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Routines"))
        self.view.setItemDelegate(LibraryDelegate(self.model, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setStyleSheet("QListView { background: transparent; border: none; outline: 0; }")
        self.view.setMinimumWidth(LIST_WIDTH[0])
        self.view.setMaximumWidth(LIST_WIDTH[1])
        left.addWidget(self.view, 1)
        body.addLayout(left, 2)
        self.details = RoutineDetails()
        self._details_need: int | None = None  # see fold_below
        panel = QFrame()
        panel.setObjectName("panel")
        panel_column = QVBoxLayout(panel)
        panel_column.setContentsMargins(0, 0, 0, 0)
        panel_column.addWidget(self.details)
        # Wrapped labels make Qt over-estimate the panel's minimum width (it cached 1235 px for
        # a panel whose parts need 630), which would widen the window; the panel's own floor:
        panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # No floor of its own: side by side (from FOLD_BELOW up) it has its DETAILS_MIN_WIDTH,
        # and a floor would keep the window too wide to fold.
        body.addWidget(panel, 3)
        self._panel = panel
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
        self.details.sets_chosen.connect(self._remember_sets)
        self.details.import_button.clicked.connect(self._import_opened)
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

    # -- layout -------------------------------------------------------------------------------

    @property
    def folded(self) -> bool:
        """Whether the details are shown under the list (a narrow window)."""
        return self._body.direction() is QBoxLayout.Direction.TopToBottom

    @property
    def fold_below(self) -> int:
        """The page's width under which the details go under the list: side by side, the list
        keeps its narrowest and the details their row of buttons, in the words in use."""
        if self._details_need is None:
            self._details_need = max(DETAILS_MIN_WIDTH, self.details.widest_buttons())
        return PAGE_MARGINS + LIST_WIDTH[0] + self._details_need

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        fold = width < self.fold_below
        if not fold:  # the list gives up width before the details' buttons do
            room = width - PAGE_MARGINS - (self.fold_below - PAGE_MARGINS - LIST_WIDTH[0])
            self.view.setMaximumWidth(min(LIST_WIDTH[1], room))
        if fold == self.folded:
            return
        self._body.setDirection(
            QBoxLayout.Direction.TopToBottom if fold else QBoxLayout.Direction.LeftToRight
        )
        if fold:
            self.view.setMaximumWidth(WIDGET_SIZE_MAX)
        self._fit_list()
        self._body.setStretch(0, 0 if fold else 2)

    def _fit_list(self) -> None:
        """Folded, the list keeps room for two routines, less what a notice takes above it
        (down to :data:`FOLDED_LIST_LEAST`), and the details take the rest."""
        least = 0
        if self.folded:
            least = FOLDED_LIST_HEIGHT
            layout = self.layout()
            if self.notice.isVisibleTo(self) and layout is not None:
                taken = self.notice.height() + layout.spacing()
                least = max(FOLDED_LIST_LEAST, FOLDED_LIST_HEIGHT - taken)
        if self.view.minimumHeight() != least:
            self.view.setMinimumHeight(least)

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
            self.details.show_entry(None, self.search.text())
            return
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.details.show_entry(self.current_entry(), self.search.text())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ENTRY_ROLE)
        self.details.show_entry(
            entry if isinstance(entry, RoutineEntry) else None, self.search.text()
        )

    def show_file(self, path: Path) -> None:
        """Show a routine file from anywhere (``matside FILE``): one of the library's is chosen
        in the list; any other is shown beside it with Start and Import, and stays where it is
        until Import. A file that cannot be loaded is shown with its problems."""
        if self.select(path):
            return
        for entry in self.model.entries:
            if library.same_file(entry.path, path):
                self.select(entry.path)
                return
        self.view.setCurrentIndex(QModelIndex())
        entry = library.load_entry(Path(path), bundled=False, pictures=True)
        self.details.show_entry(entry, outside=True)

    def _opened_entry(self) -> RoutineEntry | None:
        return self.details.entry if self.details.outside else None

    def _import_opened(self) -> None:
        entry = self._opened_entry()
        if entry is not None:
            self.import_paths([entry.path])

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

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Once this frame is on the screen, not inside its painting (as the run screen).
            QTimer.singleShot(0, self, self.first_frame.emit)

    def _start_current(self) -> None:
        entry = self.current_entry() or self._opened_entry()
        if entry is not None:
            self._start(entry)

    def _start(self, entry: RoutineEntry) -> None:
        if entry.routine is None:
            return
        # Start means start: the count was chosen (and remembered) beside the button.
        self.start_requested.emit(self.details.entry_to_start(entry), self.details.chosen_sets)

    def _remember_sets(self, path: Path, count: int) -> None:
        try:
            remember_sets(path, count)
        except OSError as error:
            self.notice.show_notice(
                counted(
                    self.tr(
                        "Your choice of %n set(s) could not be kept for next time: {reason}",
                        "",
                        count,
                    ),
                    count,
                ).format(reason=error.strerror)
            )

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
            self.notice.show_notice(
                self.tr("Could not duplicate {name}: {reason}").format(
                    name=entry.title, reason=_reason(error)
                )
            )
            return None
        self.reload()
        self.select(copy)
        title = self.current_entry()
        self.notice.show_notice(
            self.tr("Made a copy you can edit: “{name}”.").format(
                name=title.title if title else copy.name
            )
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
            self.notice.show_notice(
                self.tr("Could not export {name}: {reason}").format(
                    name=entry.title, reason=_reason(error)
                )
            )
            return
        self.notice.show_notice(
            self.tr("Exported “{name}” to {file}.").format(name=entry.title, file=target)
        )

    def _delete_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.bundled:
            return
        if not self.ask(
            self.tr("Delete “{name}”? You can undo this right after.").format(name=entry.title),
            self.tr("Delete"),
        ):
            return
        try:
            item = library.delete_routine(entry.path)
        except OSError as error:
            self.notice.show_notice(
                self.tr("Could not delete {name}: {reason}").format(name=entry.title, reason=error)
            )
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
        self.notice.show_notice(
            self.tr("Deleted “{name}”.").format(name=entry.title),
            [(self.tr("Undo"), self.undo_delete)],
        )

    def undo_delete(self) -> None:
        """Put the routine deleted last back."""
        if not self._deleted:
            return
        item = self._deleted.pop()
        try:
            restored = library.restore_routine(item)
        except OSError as error:
            self.notice.show_notice(
                self.tr("Could not restore {file}: {reason}").format(
                    file=item.original.name, reason=error
                )
            )
            return
        self.notice.dismiss()
        self.reload()
        self.select(restored)

    def _repair_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.bundled or not entry.broken:
            return
        from matside.ui.library.repair import RepairDialog  # here: few libraries need it

        dialog = RepairDialog(entry.path, self)
        dialog.saved.connect(self._repaired)
        self.repair_dialog = dialog
        dialog.open()

    def _repaired(self, path: Path) -> None:
        self.reload()
        self.select(path)
        self.notice.show_notice(self.tr("Repaired {file}.").format(file=path.name))

    def import_files(self) -> None:
        """Ask for routine files and copy them into the library."""
        sources = self.pick_import_files()
        if sources:
            self.import_paths(sources)

    def import_paths(self, sources: list[Path]) -> None:
        """Copy routine files into the library and say what came of each."""
        result = library.import_routines(sources)
        self.reload()
        if result.imported:
            self.select(result.imported[-1])
        done = (
            counted(
                self.tr("Imported %n routine(s).", "", len(result.imported)), len(result.imported)
            )
            if result.imported
            else self.tr("Nothing was imported.")
        )
        if result.refused:
            lines = [
                wording.line(problem, Path(error.source).name if error.source else None)
                for error in result.refused
                for problem in error.problems
            ]
            refused = counted(
                self.tr(
                    "%n file(s) could not be imported, because of these problems:",
                    "",
                    len(result.refused),
                ),
                len(result.refused),
            )
            self.notice.show_notice(f"{done} {refused}", details=lines)
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
                self.tr(
                    "Some of your Matside folders cannot be read; Matside goes on without them:"
                ),
                [(self.tr("OK"), self._offer_next_recovery)],
                details=list(dict.fromkeys(problems)),
            )
        else:
            self._offer_next_recovery()

    def _offer_next_recovery(self) -> None:
        if not self._recoveries:
            return
        recovery = self._recoveries[0]
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(recovery.saved_at)), "ddd dd MMM, HH:mm"
        )
        more = len(self._recoveries) - 1
        kept = self.tr("Unsaved changes to “{name}” ({when}) were kept when Matside closed").format(
            name=recovery.name, when=when
        )
        self.notice.show_notice(
            kept + (self.tr(" (%n more after this).", "", more) if more else "."),
            [
                (self.tr("Restore"), lambda: self._restore_recovery(recovery)),
                (self.tr("Discard"), lambda: self._discard_recovery(recovery)),
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

    def _ask_in_a_box(self, question: str, verb: str) -> bool:
        return ask_to(self, question, verb)

    def _pick_import_files(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import routines"),
            str(Path.home()),
            self.tr("Routines (*.json);;All files (*)"),
        )
        return [Path(n) for n in names]

    def _pick_export_path(self, entry: RoutineEntry) -> Path | None:
        suggested = Path.home() / f"{library.slug(entry.title)}.json"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export routine"), str(suggested), self.tr("Routines (*.json)")
        )
        if not name:
            return None
        target = Path(name)
        return target if target.suffix else target.with_suffix(".json")


def _reason(error: RoutineError | OSError) -> str:
    """Why an action failed, in the user's language: a routine's problems, one a line, or the
    system's reason."""
    if isinstance(error, RoutineError):
        return "\n".join(wording.line(problem) for problem in error.problems)
    return str(error)
