"""The chosen routine, beside the list: what it is, its exercises, how many sets, and what to do
with it; for a file that cannot be loaded, its problems and Repair.

The number of sets is chosen here, before Start (Start starts at once): one button per count
the routine offers, with the time it takes, shown only for routines that offer a range. The
count is remembered per routine file (:mod:`matside.storage.routine_choices`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from matside.core.fit import fit_routine
from matside.core.palette import Palette
from matside.core.routine import Circuit, Item, Routine
from matside.core.timeline import chosen_sets, length_text
from matside.core.wording import where, words
from matside.storage import library
from matside.storage.library import RoutineEntry
from matside.storage.routine_choices import remembered_sets
from matside.ui import theme
from matside.ui.text import escape, plain_label, rich_label
from matside.ui.translations import counted


def sets_button_style(p: Palette) -> str:
    """The chosen set count stands out as Start does."""
    return (
        f"QPushButton:checked {{ background: {p.accent_fill}; color: {p.on_accent};"
        " border: none; }"
    )


INFO_MIN_HEIGHT = 100
"""The least height the routine's words get above the buttons (they scroll in it)."""
MAX_SET_BUTTONS = 4
"""Up to this many set counts are offered as buttons, where they fit in one row; more (a file
may offer 1 to 100), or a narrow pane, get a spin box, so that the pane never grows wider than
the window."""


FIT_MINUTES = 15
"""What "I have ... minutes" offers first."""
FIT_MOST_MINUTES = 24 * 60


def _offers_a_fit(routine: Routine) -> bool:
    """Whether fitting the time can choose anything: a set or round count, or moves to leave
    out."""
    choices = routine.set_choices()
    return (choices is not None and len(choices) > 1) or any(
        item.optional for item in routine.exercises
    )


def _describe_item(item: Item) -> list[str]:
    """An exercise's measure in one line; a circuit's rounds, then its moves, a line each."""
    if not isinstance(item, Circuit):
        return [library.describe_exercise(item)]
    moves = [f"{e.name}: {library.describe_exercise(e)}" for e in item.exercises]
    return [library.describe_circuit(item), *moves]


class InfoScroll(QScrollArea):
    """The details' scroll area, which says when the width of what it shows changes.

    It hears of it in ``viewportEvent``, Qt's handler for the viewport's events. Asking for
    ``viewport()`` instead would make PySide build a Python class for every kind of widget
    (to find the viewport's), about 10 ms, which the library's first frame need not wait for.
    """

    viewport_resized = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.viewport_width = 0
        """The viewport's width, as its last resize left it."""

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent):
            self.viewport_width = event.size().width()
            self.viewport_resized.emit()
        return super().viewportEvent(event)


class RoutineDetails(QWidget):
    """The routine chosen in the list, with what can be done with it."""

    sets_chosen = Signal(object, int)  # the routine's file, the set count the user picked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("details")
        self.entry: RoutineEntry | None = None
        self.chosen_sets: int | None = None
        """The set count Start runs the routine with; None: the routine offers no choice."""
        self.outside = False  # the entry is a file opened from outside the library
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 20, 32, 20)
        self._column = column
        column.setSpacing(10)
        # Everything but the buttons scrolls, as one: in a short window (a folded page at
        # 1000 x 600) the buttons stay in sight and the words above them scroll.
        self.info = QWidget()
        self.info.setObjectName("clear")  # the panel's surface shows through
        info_column = QVBoxLayout(self.info)
        info_column.setContentsMargins(0, 0, 10, 0)  # room for the scroll bar
        self._info_column = info_column
        info_column.setSpacing(10)
        self.info_scroll = InfoScroll()
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.info_scroll.setMinimumHeight(INFO_MIN_HEIGHT)
        self.info_scroll.setWidget(self.info)
        self.info_scroll.viewport_resized.connect(self._fit_sets)  # the room for the set counts
        column.addWidget(self.info_scroll, 1)
        self.title = plain_label()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 28px; font-weight: 800;")
        self.kind_label = plain_label()
        theme.style(self.kind_label, lambda p: f"color: {p.text_dim}; font-size: 13px;")
        self.kind_label.setWordWrap(True)
        self.kind_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = plain_label()
        theme.style(self.facts, lambda p: f"color: {p.accent}; font-size: 16px; font-weight: 700;")
        self.description = plain_label()
        self.description.setWordWrap(True)
        theme.style(self.description, lambda p: f"color: {p.text}; font-size: 15px;")
        self.description.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        for label in (self.title, self.kind_label, self.facts):
            info_column.addWidget(label)

        self.body_heading = plain_label()
        theme.style(
            self.body_heading,
            lambda p: f"color: {p.text_dim}; font-size: 13px; font-weight: 700; margin-top: 8px;",
        )
        self.body = rich_label()  # the app's own markup; every text from the file escaped
        self.body.setWordWrap(True)
        self.body.setStyleSheet("font-size: 15px;")
        self._body_text: Callable[[Palette], str] = lambda _p: ""
        """The body's rich text in the theme's colours: made again when the theme changes."""
        theme.changed().connect(self._show_body)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = plain_label()
        self.source.setWordWrap(True)
        theme.style(self.source, lambda p: f"color: {p.text_dim}; font-size: 12px;")

        # The choices (sets, minutes) right under the length they set, above the description
        # and the moves: in sight without scrolling in a window of 1280 x 800. The heading over
        # the set counts, so that the counts have the pane's whole width.
        self.sets_row = QWidget()
        self.sets_row.setObjectName("clear")  # the panel's surface shows through
        sets_column = QVBoxLayout(self.sets_row)
        sets_column.setContentsMargins(0, 4, 0, 4)
        sets_column.setSpacing(6)
        sets_heading = plain_label(self.tr("Sets of each move"))
        theme.style(
            sets_heading, lambda p: f"color: {p.text_dim}; font-size: 15px; font-weight: 700;"
        )
        sets_column.addWidget(sets_heading)
        sets_layout = QHBoxLayout()
        sets_layout.setSpacing(8)
        sets_column.addLayout(sets_layout)
        self._sets_layout = sets_layout
        self.sets_group = QButtonGroup(self)
        self.sets_group.setExclusive(True)
        self.sets_group.idClicked.connect(self._sets_clicked)
        self.sets_spin = QSpinBox()
        self.sets_spin.setAccessibleName(self.tr("Sets of each move"))
        self.sets_spin.setMinimumHeight(40)
        self.sets_spin.valueChanged.connect(self._sets_clicked)
        self.sets_length = plain_label()
        self.sets_length.setStyleSheet("font-size: 15px;")
        sets_layout.addWidget(self.sets_spin)
        sets_layout.addWidget(self.sets_length)
        sets_layout.addStretch(1)
        info_column.addWidget(self.sets_row)

        # "I have ... minutes": the longest plan that fits (matside.core.fit), applied to the
        # set count above and to Start, which then leaves the chosen optional moves out.
        self.fit_row = QWidget()
        self.fit_row.setObjectName("clear")
        fit_layout = QHBoxLayout(self.fit_row)
        fit_layout.setContentsMargins(0, 0, 0, 4)
        fit_layout.setSpacing(8)
        fit_heading = plain_label(self.tr("I have"))
        theme.style(
            fit_heading, lambda p: f"color: {p.text_dim}; font-size: 15px; font-weight: 700;"
        )
        self.fit_minutes = QSpinBox()
        self.fit_minutes.setRange(1, FIT_MOST_MINUTES)
        self.fit_minutes.setValue(FIT_MINUTES)
        self.fit_minutes.setSuffix(self.tr(" minutes"))
        self.fit_minutes.setMinimumHeight(40)
        self.fit_minutes.setAccessibleName(self.tr("Minutes you have"))
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setMinimumHeight(40)
        self.fit_button.setAccessibleName(self.tr("Fit the routine to the minutes you have"))
        self.fit_button.clicked.connect(self._fit_clicked)
        self.fit_result = plain_label()
        self.fit_result.setWordWrap(True)
        self.fit_result.setStyleSheet("font-size: 15px;")
        fit_layout.addWidget(fit_heading)
        fit_layout.addWidget(self.fit_minutes)
        fit_layout.addWidget(self.fit_button)
        fit_layout.addWidget(self.fit_result, 1)
        info_column.addWidget(self.fit_row)
        for widget in (self.description, self.body_heading, self.body, self.source):
            info_column.addWidget(widget)
        info_column.addStretch(1)
        self.left_out: tuple[int, ...] = ()
        """Items (exercises or circuits) the last fit leaves out of what Start runs."""

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("primary")
        self.start_button.setMinimumSize(130, 52)
        self.start_button.setStyleSheet("font-size: 19px;")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.repair_button = QPushButton(self.tr("Repair…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import"))
        buttons.addWidget(self.start_button)
        self._more_buttons = (
            self.import_button,
            self.edit_button,
            self.repair_button,
            self.duplicate_button,
            self.export_button,
            self.delete_button,
        )
        for button in self._more_buttons:
            button.setMinimumHeight(52)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self._buttons = buttons
        # Too narrow for one row (long words, a folded page): the others go under Start.
        self._second_row = QHBoxLayout()
        self._second_row.setSpacing(10)
        self._second_row.addStretch(1)
        column.addLayout(self._second_row)
        self.show_entry(None)

    @property
    def buttons_wrapped(self) -> bool:
        """Whether the buttons other than Start are in a row of their own, under it."""
        return self._second_row.count() > 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wrap = event.size().width() < self.widest_buttons()
        if wrap == self.buttons_wrapped:
            return
        for number, button in enumerate(self._more_buttons):
            (self._buttons if wrap else self._second_row).removeWidget(button)
            (self._second_row if wrap else self._buttons).insertWidget(
                number + (0 if wrap else 1), button
            )

    def widest_buttons(self) -> int:
        """The width the details need for their row of buttons when it is longest (a routine
        of the user's: Start, Edit, Duplicate, Export, Delete), margins included: the words'
        width differs from one language to the next."""
        shown = (
            self.start_button,
            self.edit_button,
            self.duplicate_button,
            self.export_button,
            self.delete_button,
        )
        for button in shown:
            button.ensurePolished()
        margins = self._column.contentsMargins()
        return (
            sum(max(button.sizeHint().width(), button.minimumWidth()) for button in shown)
            + self._buttons.spacing() * (len(shown) - 1)
            + margins.left()
            + margins.right()
        )

    def show_entry(
        self, entry: RoutineEntry | None, search: str = "", outside: bool = False
    ) -> None:
        """Show a routine of the list, or with ``outside`` a file opened from elsewhere (``matside
        FILE``): Start and Import then, and nothing that would change the file. With no entry,
        say why: nothing picked yet, or nothing matches ``search``."""
        self.entry = entry
        self.outside = outside and entry is not None
        routine = entry.routine if entry is not None else None
        if entry is None:
            self.title.setText(
                self.tr("Nothing found") if search.strip() else self.tr("Pick a routine")
            )
            self.kind_label.setText("")
            self.facts.setText("")
            self.description.setText(
                self.tr(
                    "No routine has “{search}” in its name, its description or its "
                    "exercises. Clear the search to see them all."
                ).format(search=search.strip())
                if search.strip()
                else self.tr("Choose one on the left to see its exercises.")
            )
            self.body_heading.setText("")
            self._body_text = lambda _p: ""
            self.source.setText("")
        elif routine is None:
            self.title.setText(entry.path.name)
            self.kind_label.setText(str(entry.path))
            self.facts.setText(self.tr("This file cannot be opened"))
            theme.style(
                self.facts, lambda p: f"color: {p.error}; font-size: 16px; font-weight: 700;"
            )
            self.description.setText(
                self.tr(
                    "Matside cannot use it as it is: fix what is listed below in a text editor "
                    "and open it again."
                )
                if self.outside
                else self.tr(
                    "Repair it as text (what is wrong is checked as you type), or delete it."
                )
            )
            self.body_heading.setText(self.tr("WHAT IS WRONG"))
            issues = entry.issues
            self._body_text = lambda colours: "<br>".join(
                f"<span style='color:{colours.error}'>{escape(where(p))}</span>:"
                f" {escape(words(p.parts, found=True))}"
                for p in issues
            )
            self.source.setText("")
        else:
            self.title.setText(routine.name)
            self.kind_label.setText(
                self.tr("Not in your library  ·  {file}  ·  Import copies it in").format(
                    file=entry.path
                )
                if self.outside
                else self.tr(
                    "Bundled with Matside — read-only; duplicate it to make your own version"
                )
                if entry.bundled
                else self.tr("Yours  ·  {file}").format(file=entry.path.name)
            )
            self.facts.setText(entry.facts)
            theme.style(
                self.facts, lambda p: f"color: {p.accent}; font-size: 16px; font-weight: 700;"
            )
            self.description.setText(routine.description)
            self.body_heading.setText(self.tr("EXERCISES"))
            items = routine.exercises
            self._body_text = lambda colours: "".join(
                f"<p style='margin:0 0 8px 0'><b style='font-size:16px'>{n}. "
                f"{escape(item.name)}</b><br><span style='color:{colours.text_dim}'>"
                f"{'<br>'.join(escape(line) for line in _describe_item(item))}</span></p>"
                for n, item in enumerate(items, 1)
            )
            self.source.setText(
                self.tr("Source: {source}").format(source=routine.source) if routine.source else ""
            )
        self._show_body()
        self.description.setVisible(bool(self.description.text()))
        self.source.setVisible(bool(self.source.text()))
        loaded = routine is not None
        user_file = entry is not None and not entry.bundled and not self.outside
        self.start_button.setVisible(loaded)
        self.import_button.setVisible(self.outside and loaded)
        self.edit_button.setVisible(loaded and not self.outside)
        self.edit_button.setText(
            self.tr("Duplicate to edit") if entry and entry.bundled else self.tr("Edit")
        )
        self.duplicate_button.setVisible(loaded and user_file)
        self.export_button.setVisible(loaded and not self.outside)
        self.repair_button.setVisible(entry is not None and not loaded and user_file)
        self.delete_button.setVisible(user_file)
        self._show_sets(entry.path if entry is not None else None, routine)
        self._clear_fit()
        self.fit_row.setVisible(routine is not None and _offers_a_fit(routine))

    def _show_sets(self, path: Path | None, routine: Routine | None) -> None:
        """One button per set count the routine offers, the remembered one pressed."""
        for button in self.sets_group.buttons():
            self.sets_group.removeButton(button)
            self._sets_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.chosen_sets = None
        if path is not None and routine is not None:
            self.chosen_sets = chosen_sets(routine, remembered_sets(path))
        self.sets_row.setVisible(self.chosen_sets is not None)
        choices = routine.set_choices() if routine is not None else None
        if routine is None or choices is None or self.chosen_sets is None:
            return
        self.sets_spin.blockSignals(True)  # showing the count is not choosing it
        self.sets_spin.setRange(choices[0], choices[-1])
        self.sets_spin.setValue(self.chosen_sets)
        self.sets_spin.blockSignals(False)
        self.sets_length.setText(self._sets_words(routine, self.chosen_sets))
        if len(choices) <= MAX_SET_BUTTONS:
            for count in choices:
                button = QPushButton(self._sets_words(routine, count))
                button.setCheckable(True)
                theme.style(button, sets_button_style)
                button.setChecked(count == self.chosen_sets)
                button.setMinimumHeight(40)
                self.sets_group.addButton(button, count)
                self._sets_layout.insertWidget(self._sets_layout.count() - 1, button)
        self._fit_sets()

    def _sets_words(self, routine: Routine, count: int) -> str:
        """``3 sets  ·  24 min``: a set count and the time the routine takes with it."""
        return (
            counted(self.tr("%n set(s)", "", count), count) + f"  ·  {length_text(routine, count)}"
        )

    def _fit_sets(self) -> None:
        """Buttons for the set counts where they fit in one row; else the spin box, which
        always does (a folded page, long words, a file offering 1 to 100)."""
        buttons = self.sets_group.buttons()
        spacing = self._sets_layout.spacing()
        needed = sum(button.sizeHint().width() for button in buttons)
        needed += spacing * max(0, len(buttons) - 1)
        room = self.info_scroll.viewport_width - self._info_column.contentsMargins().right()
        use_buttons = bool(buttons) and needed <= room
        for button in buttons:
            button.setVisible(use_buttons)
        self.sets_spin.setVisible(not use_buttons)
        self.sets_length.setVisible(not use_buttons)

    @property
    def sets_as_buttons(self) -> bool:
        """Whether the set counts show as buttons (else in the spin box)."""
        return any(not button.isHidden() for button in self.sets_group.buttons())

    def entry_to_start(self, entry: RoutineEntry) -> RoutineEntry:
        """``entry`` as Start runs it: without the moves the last fit left out."""
        if not self.left_out or self.entry is None or entry.path != self.entry.path:
            return entry
        if entry.routine is None:  # pragma: no cover - a broken file shows no fit to apply
            return entry
        return replace(entry, routine=entry.routine.without(self.left_out))

    def _fit_clicked(self) -> None:
        routine = self.entry.routine if self.entry is not None else None
        if routine is None:
            return
        fit = fit_routine(routine, self.fit_minutes.value() * 60)
        self._clear_fit()
        self.fit_result.setText(fit.explanation())
        if not fit.fits:
            return
        self.left_out = fit.left_out
        if fit.sets is not None and fit.sets != self.chosen_sets:
            self._show_chosen_sets(fit.sets)
            self._sets_clicked(fit.sets, keep_fit=True)

    def _clear_fit(self) -> None:
        self.left_out = ()
        self.fit_result.setText("")

    def _show_chosen_sets(self, count: int) -> None:
        """Show ``count`` as chosen, as a press of its button would, without choosing it."""
        button = self.sets_group.button(count)
        if button is not None:
            button.setChecked(True)
        self.sets_spin.blockSignals(True)
        self.sets_spin.setValue(count)
        self.sets_spin.blockSignals(False)

    def _show_body(self) -> None:
        self.body.setText(self._body_text(theme.colours()))

    def _sets_clicked(self, count: int, keep_fit: bool = False) -> None:
        if not keep_fit:
            self._clear_fit()  # a count chosen by hand: the fit no longer says what runs
        self.chosen_sets = count
        if self.entry is not None and self.entry.routine is not None:
            self.sets_length.setText(self._sets_words(self.entry.routine, count))
            self.sets_chosen.emit(self.entry.path, count)
