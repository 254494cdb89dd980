"""The application window and ``run_gui``, the one way in from the command line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QStatusBar

from matside import APP_NAME, __version__
from matside.backends.audio import Player, make_player
from matside.backends.awake import ScreenAwake, make_screen_awake
from matside.backends.speech import PhraseCache, SpeechEngine, find_engine
from matside.core.clock import Clock, MonotonicClock
from matside.core.keymap import keys_help
from matside.core.routine import Routine
from matside.core.session import State
from matside.core.settings import Settings
from matside.core.timeline import Timeline, compile_timeline
from matside.storage import paths
from matside.storage.settings_file import LoadedSettings, load_settings, save_settings
from matside.ui import theme
from matside.ui.ask import ask_yes_no
from matside.ui.run.screen import RunScreen
from matside.ui.text import show_message, window_title

if TYPE_CHECKING:  # the pages are built when first shown: `matside run` needs neither
    from matside.storage.library import RoutineEntry
    from matside.storage.recovery import Recovery
    from matside.ui.editor.page import EditorPage
    from matside.ui.library.page import HomePage

EXIT_DELAY_MS = 3000
"""With --exit-when-done, how long the finish sound and words may ring before the app quits."""


class MainWindow(QMainWindow):
    """Home (the routines) and, while a session runs, the run screen.

    Args:
        player: plays cue sounds.
        awake: keeps the screen on during a session.
        clock: the monotonic clock sessions read.
        ask: asks the user a yes/no question; a message box unless a test passes its own.
        settings: the user's settings (defaults when None); changes are saved.
        engine: the offline speech engine, or None when there is none.
    """

    def __init__(
        self,
        player: Player,
        awake: ScreenAwake,
        clock: Clock | None = None,
        ask: Callable[[str], bool] | None = None,
        settings: Settings | None = None,
        engine: SpeechEngine | None = None,
    ):
        super().__init__()
        self.player = player
        self.awake = awake
        self.clock = clock or MonotonicClock()
        self._ask = ask
        self.settings = settings or Settings()
        self.engine = engine
        self.player.volume = self.settings.volume
        self.player.muted = self.settings.muted
        self.setWindowTitle(window_title(APP_NAME))
        self.resize(*first_size(self.screen().availableGeometry().size().toTuple()))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        # The library and the editor are built when first shown: `matside run` goes straight
        # to the run screen without reading every routine first.
        self._home: HomePage | None = None
        self._editor: EditorPage | None = None  # built when first needed: start-up stays quick
        self.run_screen: RunScreen | None = None
        self._build_menus()
        self._status: QStatusBar | None = None  # made for the first notice: see notice_bar

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu("&Matside")
        self._settings_action = menu.addAction("&Settings…")
        self._settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self._settings_action.triggered.connect(self.open_settings)
        menu.addSeparator()
        self._quit_action = menu.addAction("&Quit")
        self._quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self._quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu("&Help")
        keys = help_menu.addAction("&Keys on the run screen")
        keys.triggered.connect(lambda: show_message(self, "Keys on the run screen", keys_help()))
        about = help_menu.addAction("&About Matside")
        about.triggered.connect(
            lambda: show_message(
                self,
                "About Matside",
                f"Matside {__version__}\nA desktop interval timer with exercise cues.",
            )
        )

    def notice_bar(self) -> QStatusBar:
        """The status bar, made when the first notice comes. It shows only while it has
        something to say: no empty band under the run screen's controls."""
        if self._status is None:
            bar = self.statusBar()
            bar.messageChanged.connect(lambda text: bar.setVisible(bool(text)))
            self._status = bar
        return self._status

    def notify(self, message: str) -> None:
        """Show a one-line notice for a while."""
        bar = self.notice_bar()
        bar.show()
        bar.showMessage(message, 15000)

    def open_settings(self) -> None:
        from matside.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.engine, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings: Settings) -> None:
        """Use and save new settings; they apply to the next session."""
        self.settings = settings
        self.player.volume = settings.volume
        self.player.muted = settings.muted
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, settings.theme)
        try:
            save_settings(settings)
        except OSError as error:
            self.notify(f"Settings could not be saved: {error.strerror}")

    def prepared(self, routine: Routine) -> Routine:
        """The routine with the user's own get-ready time, if they set one."""
        seconds = self.settings.prepare_seconds
        if seconds is None:
            return routine
        return routine.with_changes(prepare_seconds=seconds)

    def confirm(self, question: str) -> bool:
        """Ask a yes/no question."""
        if self._ask is not None:
            return self._ask(question)
        return ask_yes_no(self, question)

    def _start_entry(self, entry: RoutineEntry, sets: int | None) -> None:
        if entry.routine is None:
            return
        self.open_run_screen(compile_timeline(self.prepared(entry.routine), sets), entry.path)

    @property
    def home(self) -> HomePage:
        """The library page, built on first use."""
        if self._home is None:
            from matside.ui.library.page import HomePage

            self._home = HomePage(ask=self.confirm)
            self._home.start_requested.connect(self._start_entry)
            self._home.edit_requested.connect(self.open_editor)
            self.stack.insertWidget(0, self._home)
        return self._home

    @property
    def editor(self) -> EditorPage:
        """The editor page, built on first use."""
        if self._editor is None:
            from matside.ui.editor.page import EditorPage

            self._editor = EditorPage()
            self._editor.start_requested.connect(self._start_from_editor)
            self._editor.leave.connect(self._editor_left)
            self.stack.addWidget(self._editor)
        return self._editor

    def open_editor(self, path: Path | None, recovery: Recovery | None = None) -> None:
        """Show the editor on one of the user's routines (None: a new one)."""
        if self.editor.open_target(path, recovery):
            self.stack.setCurrentWidget(self.editor)
            self.setWindowTitle("Edit routine — Matside")

    def _editor_left(self) -> None:
        self.home.reload()
        if self.editor.path is not None:
            self.home.select(self.editor.path)
        self.home.offer_recoveries()  # any other edits a crash left behind
        self.show_home()

    def _start_from_editor(self, routine: Routine, sets: int | None, routine_file: Path) -> None:
        screen = self.open_run_screen(compile_timeline(self.prepared(routine), sets), routine_file)
        screen.leave.connect(self._back_to_editor)  # after show_home: back where it started

    def _back_to_editor(self) -> None:
        if self._editor is not None and self._editor.is_open:
            self.stack.setCurrentWidget(self.editor)
            self.setWindowTitle("Edit routine — Matside")

    def open_run_screen(self, timeline: Timeline, routine_file: Path | None) -> RunScreen:
        """Show the run screen for ``timeline``; it waits for Space."""
        self._close_run_screen()
        settings = self.settings
        cache = None
        voice_problem = None
        if settings.voice and self.engine is not None:
            language = timeline.routine.language
            voice = settings.voice_name or self.engine.voice_for_language(language)
            cache = PhraseCache(self.engine, voice, settings.speech_rate)
        elif settings.voice:
            voice_problem = "No speech engine (on Linux: install espeak-ng): tones only"
        screen = RunScreen(
            timeline,
            self.clock,
            self.player,
            self.awake,
            routine_file,
            self.confirm,
            cue_options=settings.cue_options(),
            phrase_cache=cache,
            tones=settings.tones,
            voice_problem=voice_problem,
            read_instructions=settings.read_instructions,
            # Built inside the stack, it takes the window's style as it is made; built apart
            # and then added, every widget of it would be restyled on the move.
            parent=self.stack,
        )
        screen.leave.connect(self.show_home)
        screen.fullscreen_toggled.connect(self.toggle_fullscreen)
        screen.fullscreen_left.connect(lambda: self.set_fullscreen(False))
        screen.set_fullscreen(self.isFullScreen())
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()
        self.run_screen = screen
        self.setWindowTitle(window_title(f"{timeline.routine.name} — Matside"))
        if settings.start_fullscreen:
            self.set_fullscreen(True)
        return screen

    def show_home(self) -> None:
        self._close_run_screen()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle(window_title(APP_NAME))
        self.set_fullscreen(False)

    def _close_run_screen(self) -> None:
        if self.run_screen is not None:
            screen = self.run_screen
            self.run_screen = None
            screen.close()
            screen.stop_voice()
            self.stack.removeWidget(screen)
            screen.deleteLater()

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.isFullScreen())

    def set_fullscreen(self, on: bool) -> None:
        self.menuBar().setVisible(not on)
        if self._status is not None:
            self._status.setVisible(not on and bool(self._status.currentMessage()))
        if on and not self.isFullScreen():
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.showNormal()
        if self.run_screen is not None:
            self.run_screen.set_fullscreen(on)

    def closeEvent(self, event: QCloseEvent) -> None:
        screen = self.run_screen
        running = screen is not None and screen.session.state in (
            State.RUNNING,
            State.WAITING,
            State.PAUSED,
        )
        if running and not self.confirm("A session is running. Quit Matside anyway?"):
            event.ignore()
            return
        # The editor is asked before anything is stopped: Cancel there keeps everything going.
        if self._editor is not None and not self._editor.confirm_leave():
            event.ignore()
            return
        if screen is not None:
            screen.session.stop()
        self._close_run_screen()
        self.awake.release()
        event.accept()


PREFERRED_SIZE = (1280, 800)
"""The window's size on a screen with room for it."""


def first_size(available: tuple[int, int]) -> tuple[int, int]:
    """The window's first size on a screen whose free area is ``available`` (width, height):
    the preferred size, or what fits, so that nothing opens below the screen's edge (a
    1366 x 768 laptop has less than 800 pixels of height to give)."""
    return (min(PREFERRED_SIZE[0], available[0]), min(PREFERRED_SIZE[1], available[1]))


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = paths.resource(f"icons/matside-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def make_application(argv: Sequence[str] | None = None, theme_name: str = "dark") -> QApplication:
    """The QApplication with Matside's name, icon and look (created once)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("matside")
    app.setWindowIcon(app_icon())
    theme.apply_theme(app, theme_name)
    return app


def run_gui(
    routine: Routine | None = None,
    routine_path: Path | None = None,
    sets: int | None = None,
    autostart: bool = False,
    exit_when_done: bool = False,
    fullscreen: bool = False,
) -> int:
    """Open the app, on a routine's run screen when given one; returns the exit status.

    Args:
        routine: the routine to run, already loaded and checked with ``sets`` (``matside.cli``
            does it before any window system is touched, so that a mistake in the file is
            reported as such even where no display can be opened); None opens the library.
        routine_path: the routine's file, for pictures given relative to it.
    """
    loaded: LoadedSettings = load_settings()
    settings = loaded.settings
    app = make_application(theme_name=settings.theme)
    player = make_player(paths.resource("sounds"))
    window = MainWindow(
        player,
        make_screen_awake(),
        settings=settings,
        engine=find_engine(),
    )
    screen = None
    # The cue sounds are scaled to the volume ahead of the first cue, once the screen is up.
    if routine is not None:
        timeline = compile_timeline(window.prepared(routine), sets)
        screen = window.open_run_screen(timeline, routine_path)
        screen.first_frame.connect(player.prepare)
        if exit_when_done:
            screen.finished.connect(lambda _stopped: QTimer.singleShot(EXIT_DELAY_MS, app.quit))
    else:
        window.show_home()
        QTimer.singleShot(0, player.prepare)
    window.show()
    if loaded.notice:
        window.notify(loaded.notice)
    if fullscreen:
        window.set_fullscreen(True)
    if screen is not None:
        screen.setFocus()
        if autostart:
            screen.start()
    return app.exec()
