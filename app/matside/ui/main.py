"""The application window and ``run_gui``, the one way in from the command line."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QPoint,
    QRect,
    QSize,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QStatusBar

from matside import APP_ID, APP_NAME, __version__
from matside.backends.audio import Player, make_player
from matside.backends.awake import ScreenAwake, make_screen_awake
from matside.backends.sleep import NullSleepWatch, SleepWatch, make_sleep_watch
from matside.backends.speech import PhraseCache, SpeechEngine, find_engine
from matside.core.checks import without_lone_surrogates
from matside.core.clock import Clock, MonotonicClock
from matside.core.i18n import QT_TRANSLATE_NOOP, Words, spoken_language
from matside.core.routine import Routine
from matside.core.settings import Settings
from matside.core.timeline import Timeline, compile_timeline
from matside.storage import paths, window_state
from matside.storage.log_file import Logging
from matside.storage.logbook import Logbook, LogbookError, SessionLog
from matside.storage.settings_file import LoadedSettings, load_settings, save_settings
from matside.ui import theme
from matside.ui.ask import ask_to
from matside.ui.crash import CrashCatcher
from matside.ui.text import window_title
from matside.ui.translations import install_translations

if TYPE_CHECKING:  # the pages are built when first shown: `matside run` needs neither
    from matside.backends.cueprocess import CueProcess
    from matside.backends.cuethread import Cues
    from matside.core.recorder import Recorder, Resumption
    from matside.core.training import LoggedSession
    from matside.storage.library import RoutineEntry
    from matside.storage.recovery import Recovery
    from matside.ui.editor.page import EditorPage
    from matside.ui.history.page import HistoryPage
    from matside.ui.library.page import HomePage
    from matside.ui.run.screen import RunScreen

logger = logging.getLogger(__name__)

T = TypeVar("T")

EXIT_DELAY_MS = 3000
"""With --exit-when-done, how long the finish sound and words may ring before the app quits."""


class MainWindow(QMainWindow):
    """Home (the routines) and, while a session runs, the run screen.

    Args:
        player: plays cue sounds.
        awake: keeps the screen on during a session.
        clock: the monotonic clock sessions read.
        ask: asks the user a question with a verb for its answer ("Delete") and Cancel; a
            message box unless a test passes its own.
        settings: the user's settings (defaults when None); changes are saved.
        engine: the offline speech engine, or None when there is none.
        cue_thread: whether sessions play their cues from a thread of their own
            (:mod:`matside.backends.cuethread`) rather than from the run screen's timer.
        cue_process: makes the cue process (:class:`matside.backends.cueprocess.CueProcess`,
            given the function it calls once ready), started by :meth:`start_cue_process`:
            once it is ready, it plays the cues and each session's thread only keeps the time.
            None: the threads play them.
        sleep_watch: tells when the system sleeps, so a session pauses first; none by default.
        logbook: the training log sessions are written to, or None to keep none.
        language: the interface's language code ("en", "de", ...): the coach speaks it.
    """

    # The sleep watch calls from its own thread; these carry its news to the window's.
    _system_sleeping = Signal()
    _system_woke = Signal()
    # The cue process says it is ready from the thread that reads it.
    _cue_process_ready = Signal()

    def __init__(
        self,
        player: Player,
        awake: ScreenAwake,
        clock: Clock | None = None,
        ask: Callable[[str, str], bool] | None = None,
        settings: Settings | None = None,
        engine: SpeechEngine | None = None,
        sleep_watch: SleepWatch | None = None,
        *,
        cue_thread: bool = False,
        cue_process: Callable[[Callable[[], None]], CueProcess] | None = None,
        logbook: Logbook | None = None,
        language: str = "en",
    ):
        super().__init__()
        self.language = language  # the interface's, which the coach speaks too
        self.cue_thread = cue_thread
        self._make_cue_process = cue_process
        self.cue_process: CueProcess | None = None  # once started
        self.logbook = logbook
        self.player = player
        self.awake = awake
        self.clock = clock or MonotonicClock()
        self._ask = ask
        self.settings = settings or Settings()
        self.engine = engine
        self.player.volume = self.settings.volume
        self.player.muted = self.settings.muted
        self.setWindowTitle(window_title(APP_NAME))
        self.setGeometry(first_geometry(self.screen().availableGeometry()))
        # Where the user left it last time; Qt moves it onto a screen if that one is gone.
        geometry = window_state.load_geometry()
        if geometry is not None:
            self.restoreGeometry(QByteArray(geometry))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        # The library and the editor are built when first shown: `matside run` goes straight
        # to the run screen without reading every routine first.
        self._home: HomePage | None = None
        self._editor: EditorPage | None = None  # built when first needed: start-up stays quick
        self._history: HistoryPage | None = None
        self._recorder: Recorder | None = None  # the run screen's, while it logs
        self.run_screen: RunScreen | None = None
        self._build_menus()
        self._history_action.setEnabled(logbook is not None)
        self._status: QStatusBar | None = None  # made for the first notice: see notice_bar
        self._system_sleeping.connect(self._going_to_sleep)
        self._system_woke.connect(self._woke)
        self._cue_process_ready.connect(self._hand_cues_over)
        self.sleep_watch = sleep_watch or NullSleepWatch()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Matside"))
        self._settings_action = menu.addAction(self.tr("&Settings…"))
        self._settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self._settings_action.triggered.connect(self.open_settings)
        self._history_action = menu.addAction(self.tr("&History"))
        self._history_action.setShortcut(QKeySequence("Ctrl+H"))
        self._history_action.triggered.connect(self.show_history)
        menu.addSeparator()
        self._quit_action = menu.addAction(self.tr("&Quit"))
        self._quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self._quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = help_menu.addAction(self.tr("&Keys on the run screen"))
        keys.triggered.connect(self.show_keys)
        log_folder = help_menu.addAction(self.tr("Open &log folder"))
        log_folder.triggered.connect(self.open_log_folder)
        about = help_menu.addAction(self.tr("&About Matside"))
        about.triggered.connect(self.show_about)

    def show_keys(self) -> None:
        """Help ▸ Keys: the run screen's keys in two columns."""
        from matside.ui.help_windows import KeysDialog

        KeysDialog(self).exec()

    def show_about(self) -> None:
        """Help ▸ About: version, licence, credits."""
        from matside.ui.help_windows import AboutDialog

        AboutDialog(self).exec()

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

    def open_log_folder(self) -> None:
        """Show the folder of the log file in the desktop's file manager."""
        folder = paths.user_log_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.notify(
                self.tr("The log folder {folder} cannot be made: {reason}").format(
                    folder=folder, reason=error.strerror or error
                )
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.notify(
                self.tr("No file manager opened the log folder; it is {folder}").format(
                    folder=folder
                )
            )

    def keep_unsaved_edits(self) -> bool | None:
        """Write the editor's unsaved edits to its recovery file now: True when they are kept,
        False when they could not be (the reason is logged), None when there are none."""
        if self._editor is None or not self._editor.is_dirty:
            return None
        self._editor.flush_recovery()
        problem = self._editor.recovery_problem
        if problem is not None:
            logger.warning("Unsaved edits could not be kept for recovery: %s", problem)
        return problem is None

    def open_settings(self) -> None:
        from matside.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings, self.engine, self, player=self.player, language=self.language
        )
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings: Settings) -> None:
        """Use and save new settings: the theme at once, the rest from the next session."""
        self.settings = settings
        self.player.volume = settings.volume
        self.player.muted = settings.muted
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, settings.theme)
        try:
            save_settings(settings)
        except OSError as error:
            logger.warning("Settings could not be saved: %s", error)
            self.notify(
                self.tr("Settings could not be saved: {reason}").format(reason=error.strerror)
            )

    def prepared(self, routine: Routine) -> Routine:
        """The routine with the user's own get-ready time, if they set one."""
        seconds = self.settings.prepare_seconds
        if seconds is None:
            return routine
        return routine.with_changes(prepare_seconds=seconds)

    def confirm(self, question: str, verb: str) -> bool:
        """Ask a yes/no question."""
        if self._ask is not None:
            return self._ask(question, verb)
        return ask_to(self, question, verb)

    def _start_entry(self, entry: RoutineEntry, sets: int | None) -> None:
        if entry.routine is None:
            return
        timeline = compile_timeline(self.prepared(entry.routine), sets)
        screen = self.open_run_screen(timeline, entry.path, sets=sets)
        screen.start()  # Start means start: the get-ready countdown begins at once

    @property
    def home(self) -> HomePage:
        """The library page, built on first use."""
        if self._home is None:
            from matside.ui.library.page import HomePage

            # Built inside the stack, as the run screen is: built apart and then added, every
            # widget of it would be restyled on the move.
            self._home = HomePage(self.stack, ask=self.confirm)
            self._home.start_requested.connect(self._start_entry)
            self._home.edit_requested.connect(self.open_editor)
            self.stack.insertWidget(0, self._home)
            self.offer_resume()
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

    def show_history(self) -> None:
        """Show the History page (built the first time), read afresh; not during a session."""
        if self.logbook is None or self.run_screen is not None:
            return
        if self._editor is not None and self.stack.currentWidget() is self._editor:
            return  # the editor is left through its own buttons, which ask about changes
        if self._history is None:
            from matside.ui.history.page import HistoryPage

            self._history = HistoryPage(self.logbook, self.confirm)
            self._history.leave.connect(self.show_home)
            self.stack.addWidget(self._history)
        self._history.fill()
        self.stack.setCurrentWidget(self._history)
        self.setWindowTitle(window_title(self.tr("History — Matside")))

    def open_editor(self, path: Path | None, recovery: Recovery | None = None) -> None:
        """Show the editor on one of the user's routines (None: a new one)."""
        if self.editor.open_target(path, recovery):
            self.stack.setCurrentWidget(self.editor)
            self.setWindowTitle(window_title(self.tr("Edit routine — Matside")))

    def _editor_left(self) -> None:
        self.home.reload()
        if self.editor.path is not None:
            self.home.select(self.editor.path)
        self.home.offer_recoveries()  # any other edits a crash left behind
        self.show_home()

    def _start_from_editor(self, routine: Routine, sets: int | None, routine_file: Path) -> None:
        timeline = compile_timeline(self.prepared(routine), sets)
        screen = self.open_run_screen(timeline, routine_file, sets=sets)
        screen.leave.connect(self._back_to_editor)  # after show_home: back where it started
        screen.start()

    def _back_to_editor(self) -> None:
        if self._editor is not None and self._editor.is_open:
            self.stack.setCurrentWidget(self.editor)
            self.setWindowTitle(window_title(self.tr("Edit routine — Matside")))

    def open_run_screen(
        self,
        timeline: Timeline,
        routine_file: Path | None,
        sets: int | None = None,
        resumption: Resumption | None = None,
    ) -> RunScreen:
        """Show the run screen for ``timeline``, ready to start (its caller starts it). The
        session is written to the training log (``sets`` as chosen; ``resumption`` when it
        picks up a cut-off one)."""
        self._close_run_screen()
        settings = self.settings
        cache = None
        voice_problem = None
        if settings.voice and self.engine is not None:
            language = spoken_language(self.language, timeline.routine.language)
            voice = settings.voice_name or self.engine.voice_for_language(language)
            cache = PhraseCache(self.engine, voice, settings.speech_rate)
        elif settings.voice:
            voice_problem = self.tr("No speech engine (on Linux: install espeak-ng): tones only")
            logger.warning("%s", voice_problem)
        # A session's modules are imported when one first opens: the library's first frame
        # shows none of them (the run screen brings the picture widget, QtSvg, the announcer
        # and the coach; the recorder and the cue thread the session's model).
        from matside.ui.run.screen import RunScreen

        screen = RunScreen(
            timeline,
            self.clock,
            self.player,
            self.awake,
            routine_file,
            cue_options=settings.cue_options(),
            phrase_cache=cache,
            tones=settings.tones,
            voice_problem=voice_problem,
            keep_awake=settings.keep_awake,
            cue_thread=self._make_cue_thread(),
            read_instructions=settings.read_instructions,
            # Built inside the stack, it takes the window's style as it is made; built apart
            # and then added, every widget of it would be restyled on the move.
            parent=self.stack,
        )
        screen.first_frame.connect(self._watch_sleep)  # from the first session on
        self._record(screen, routine_file, sets, resumption)
        screen.leave.connect(self.show_home)
        screen.fullscreen_toggled.connect(self.toggle_fullscreen)
        screen.set_fullscreen(self.isFullScreen())
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()
        self.run_screen = screen
        self.setWindowTitle(window_title(f"{timeline.routine.name} — Matside"))
        if settings.start_fullscreen:
            self.set_fullscreen(True)
        return screen

    def _record(
        self,
        screen: RunScreen,
        routine_file: Path | None,
        sets: int | None,
        resumption: Resumption | None,
    ) -> None:
        """Write the screen's session to the training log; a log that fails says so once and
        the session goes on."""
        if self.logbook is None or self.logbook.read_only:
            return
        from matside.core.recorder import Recorder  # a session's: see open_run_screen

        sink = SessionLog(self.logbook)
        self._recorder = Recorder(
            screen.session,
            sink,
            wall=time.time,
            routine_file=os.path.abspath(routine_file) if routine_file is not None else None,
            sets=sets,
            resumption=resumption,
        )
        screen.ratings.add_listener(self._recorder.rated)  # how each side felt
        screen.note_listeners.append(self._recorder.note)  # the done screen's notes

        def said_once(_event: object) -> None:
            if sink.problem_words is not None:
                screen.session.remove_listener(said_once)
                self.notify(
                    self.tr("This session is not being logged. {reason}").format(
                        reason=sink.problem_words.translated()
                    )
                )

        screen.session.add_listener(said_once)

    # ---- the training log

    def read_log(self, read: Callable[[Logbook], T], otherwise: T) -> T:
        """What ``read`` reads from the training log; ``otherwise`` when there is none or it
        cannot be read (which is said)."""
        if self.logbook is None:
            return otherwise
        try:
            return read(self.logbook)
        except LogbookError as error:
            self._say_log_problem(error)
            return otherwise

    def _say_log_problem(self, error: LogbookError) -> None:
        logger.warning("%s", error.words.english())
        self.notify(error.words.translated())

    def _show_last_done(self) -> None:
        if self._home is not None and self.logbook is not None:
            self._home.model.set_last_done(self.read_log(Logbook.last_done, {}))

    def offer_resume(self) -> None:
        """Offer, in the library, to pick up the newest session if it was cut off (unless
        the library has something else to say first)."""
        if self.logbook is None or self._home is None or not self._home.notice.isHidden():
            return
        logged = self.read_log(Logbook.resumable, None)
        if logged is None:
            return
        self._home.notice.show_notice(
            self.tr("Resume {routine} — {place}? Matside closed during it.").format(
                routine=logged.routine, place=logged.stopped_at
            ),
            [
                (self.tr("Resume"), lambda: self._resume_from_library(logged)),
                (self.tr("Forget it"), lambda: self._forget(logged)),
            ],
        )

    def _resume_from_library(self, logged: LoggedSession) -> None:
        screen = self.resume_session(logged)
        if screen is not None:
            screen.start()  # as Start does: the get-ready countdown begins at once

    def _forget(self, logged: LoggedSession) -> None:
        if self.logbook is not None:
            try:
                self.logbook.forget(logged.id)
            except LogbookError as error:
                self._say_log_problem(error)

    def resume_session(self, logged: LoggedSession) -> RunScreen | None:
        """Open the run screen on a cut-off session, at the start of the interval it was in,
        after a get-ready."""
        try:
            timeline = self.logbook.timeline_of(logged) if self.logbook is not None else None
        except LogbookError as error:
            self._say_log_problem(error)
            return None
        if timeline is None or logged.position is None:
            self.notify(
                self.tr("“{routine}” can no longer be resumed: its copy cannot be read").format(
                    routine=logged.routine
                )
            )
            return None
        from matside.core.recorder import resume_timeline  # a session's: see open_run_screen

        resumption = resume_timeline(timeline, logged.position, resumed_from=logged.id)
        routine_file = Path(logged.routine_file) if logged.routine_file else None
        return self.open_run_screen(
            resumption.timeline, routine_file, sets=logged.sets, resumption=resumption
        )

    def show_home(self) -> None:
        self._close_run_screen()
        self.stack.setCurrentWidget(self.home)
        self._show_last_done()
        self.setWindowTitle(window_title(APP_NAME))
        self.set_fullscreen(False)

    def _make_cue_thread(self) -> Cues | None:
        """What plays a new run screen's cues apart from the event loop: its own started cue
        thread, and the cue process once that is ready; None when the screen's timer plays
        them."""
        if not self.cue_thread:
            return None
        # A session's: see open_run_screen.
        from matside.backends.cueprocess import SessionCues
        from matside.backends.cuethread import CueScheduler

        scheduler = CueScheduler(self.player, self.clock)
        scheduler.start()
        return SessionCues(scheduler, self.cue_process)

    def start_cue_process(self) -> None:
        """Start the cue process, once (after the first frame: start-up does not wait for it).
        Until it is ready the sessions' threads play the cues; should it not start, they go on.
        """
        if self._make_cue_process is None or self.cue_process is not None:
            return
        process = self._make_cue_process(self._cue_process_ready.emit)
        if process.start():
            self.cue_process = process

    def _hand_cues_over(self) -> None:
        """The cue process is ready: the session under way hands its cues over to it."""
        from matside.backends.cueprocess import SessionCues

        screen, process = self.run_screen, self.cue_process
        if (
            screen is not None
            and process is not None
            and isinstance(screen.cue_thread, SessionCues)
        ):
            screen.cue_thread.hand_over(process)

    def close_cue_process(self) -> None:
        """Stop the cue process (the app is quitting)."""
        if self.cue_process is not None:
            self.cue_process.close()
            self.cue_process = None

    def _close_run_screen(self) -> None:
        if self.run_screen is not None:
            screen = self.run_screen
            self.run_screen = None
            screen.close()
            screen.stop_voice()
            self.stack.removeWidget(screen)
            screen.deleteLater()
            # A run screen sits in reference cycles (its key table holds its own methods, the
            # session calls it back), so only the cyclic collector frees it, and with it the
            # pictures it drew: megabytes that the collector's counts of Python objects do not
            # see. Left to itself it ran rarely, and a session repeated in one window grew by
            # about 3.5 MB each time (bench/run --only repeat). Once the screen is gone from the
            # event loop, one full pass frees it. Never inside a paint: a queued call.
            QTimer.singleShot(0, gc.collect)

    def _watch_sleep(self) -> None:
        self.sleep_watch.start(self._system_sleeping.emit, self._system_woke.emit)

    def _going_to_sleep(self) -> None:
        if self.run_screen is not None:
            self.run_screen.system_going_to_sleep()

    def _woke(self) -> None:
        if self.run_screen is not None:
            self.run_screen.system_woke()

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
        if screen is not None:
            # Asked on the run screen, never in a dialog over the session: close again to quit.
            if not screen.try_quit():
                event.ignore()
                return
            if self._recorder is not None and self._recorder.session is screen.session:
                # Quitting mid-session is not Stop: the log keeps it open, so that the next
                # start offers to resume it, as after a crash.
                screen.session.remove_listener(self._recorder.on_event)
            # Confirmed there, the session ends before the editor asks about unsaved changes,
            # so that its question never opens over a session either.
            screen.session.stop()
            self._close_run_screen()
            self.set_fullscreen(False)
            self._back_to_editor()
        if self._editor is not None and not self._editor.confirm_leave():
            event.ignore()  # Cancel: the window stays, on the editor
            return
        self.awake.release()
        self.sleep_watch.stop()
        self._remember_geometry()
        event.accept()

    def _remember_geometry(self) -> None:
        """Keep the window's size and place for the next start; a full-screen session's is
        not what the next start should open at."""
        if self.isFullScreen():
            return
        # Only a convenience: if it cannot be kept, the next start opens at its first size.
        with contextlib.suppress(OSError):
            window_state.save_geometry(bytes(self.saveGeometry().data()))


PREFERRED_SIZE = (1280, 800)
"""The window's smallest first size on a screen with room for it."""

SCREEN_SHARE = 2 / 3
"""On a large screen the first window takes this share of each side: a 4K monitor read from
the mat should not get a 1280 x 800 window in its corner."""


def first_size(available: tuple[int, int]) -> tuple[int, int]:
    """The window's first size on a screen whose free area is ``available`` (width, height):
    the larger of the preferred size and a share of the screen, never more than fits, so that
    nothing opens below the screen's edge (a 1366 x 768 laptop has less than 800 pixels of
    height to give)."""
    return (
        min(available[0], max(PREFERRED_SIZE[0], round(available[0] * SCREEN_SHARE))),
        min(available[1], max(PREFERRED_SIZE[1], round(available[1] * SCREEN_SHARE))),
    )


def first_geometry(free: QRect) -> QRect:
    """The first window's place: its first size, centred on the screen's free area."""
    place = QRect(QPoint(0, 0), QSize(*first_size(free.size().toTuple())))
    place.moveCenter(free.center())
    return place


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = paths.resource(f"icons/matside-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def qt_arguments(argv: Sequence[str]) -> list[str]:
    """What Qt is given of the command line: the program alone (the options are the command
    line's, none of them Qt's), as text Qt can take: a name that is not UTF-8 (a lone surrogate
    in Python's reading of it) crashed PySide's conversion of the list."""
    return [without_lone_surrogates(argv[0] if argv else APP_NAME.lower())]


def make_application(argv: Sequence[str] | None = None, theme_name: str = "dark") -> QApplication:
    """The QApplication with Matside's name, icon and look (created once)."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(qt_arguments(argv or sys.argv))
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # the Wayland app ID: the desktop file's name
    app.setWindowIcon(app_icon())
    theme.apply_theme(app, theme_name)
    return app


def open_logbook() -> tuple[Logbook | None, Words | None]:
    """The training log, with the sessions a crash left open marked cut off (none runs yet),
    and a notice to show (a damaged log found here is set aside and a new one started); None
    and why when it cannot be opened (Matside runs on without)."""
    not_logged = QT_TRANSLATE_NOOP("Logbook", "{problem}. Sessions are not logged.")
    try:
        logbook = Logbook()
    except LogbookError as error:
        return None, Words.of("Logbook", not_logged, problem=error.words)
    try:
        logbook.close_open_sessions()
    except LogbookError as error:
        if logbook.broken:  # set aside, and no new one could be started
            return None, Words.of("Logbook", not_logged, problem=error.words)
        return logbook, error.words
    return logbook, logbook.said


def _first_run_screen(
    window: MainWindow,
    routine: Routine | None,
    routine_path: Path | None,
    sets: int | None,
    *,
    resume: bool,
) -> RunScreen | None:
    """The run screen ``matside run`` opens on: the cut-off session it resumes, or the routine
    it was given; None for the library."""
    logged = window.read_log(Logbook.resumable, None) if resume else None
    if logged is not None:
        return window.resume_session(logged)
    if routine is None:
        return None
    timeline = compile_timeline(window.prepared(routine), sets)
    return window.open_run_screen(timeline, routine_path, sets=sets)


def unattended_crash(app: QCoreApplication) -> Callable[[str, str], None]:
    """How an unexpected error ends an unattended run (``--exit-when-done``): no message box
    waits for a person who is not there; the message goes to stderr, and the app quits with
    status 1 (the error is in the log, as always)."""

    def tell(title: str, message: str) -> None:
        print(f"matside: {title}: {message}", file=sys.stderr)
        app.exit(1)

    return tell


def make_cue_process(ready: Callable[[], None]) -> CueProcess:
    """The app's cue process (not started), which calls ``ready`` once it is ready."""
    from matside.backends.cueprocess import CueProcess

    return CueProcess(on_ready=ready)


def run_gui(
    routine: Routine | None = None,
    routine_path: Path | None = None,
    sets: int | None = None,
    autostart: bool = False,
    exit_when_done: bool = False,
    fullscreen: bool = False,
    resume: bool = False,
    open_file: Path | None = None,
    log: Logging | None = None,
    open_rests: float | None = None,
) -> int:
    """Open the app, on a routine's run screen when given one; returns the exit status.

    Args:
        routine: the routine to run, already loaded and checked with ``sets`` (``matside.cli``
            does it before any window system is touched, so that a mistake in the file is
            reported as such even where no display can be opened); None opens the library.
        routine_path: the routine's file, for pictures given relative to it.
        resume: pick up the newest cut-off session (``matside run --resume``; the command
            line has checked that there is one).
        open_file: a routine file to show in the library with Start and Import (a file with
            problems is shown with them).
        log: the log, whose file is opened once the window is up (start-up does not wait).
        open_rests: seconds after which rests "as needed" end by themselves (unattended runs).
    """
    loaded: LoadedSettings = load_settings()
    settings = loaded.settings
    app = make_application(theme_name=settings.theme)
    language = install_translations(app, settings.language).language
    player = make_player(paths.resource("sounds"))
    logbook, log_notice = open_logbook()
    window = MainWindow(
        player,
        make_screen_awake(),
        settings=settings,
        engine=find_engine(),
        cue_thread=True,
        cue_process=make_cue_process,
        sleep_watch=make_sleep_watch(sys.platform),
        logbook=logbook,
        language=language,
    )
    # The cue sounds are scaled to the volume ahead of the first cue, once the screen is up.
    screen = _first_run_screen(window, routine, routine_path, sets, resume=resume)
    if screen is not None:
        if open_rests is not None:
            screen.session.end_open_rests_after(open_rests)
        screen.first_frame.connect(player.prepare)
        screen.first_frame.connect(window.start_cue_process)
        if log is not None:
            screen.first_frame.connect(log.open_file)
        if exit_when_done:
            screen.finished.connect(lambda _stopped: QTimer.singleShot(EXIT_DELAY_MS, app.quit))
    else:
        window.show_home()
        if open_file is not None:
            window.home.show_file(open_file)
        # As for the run screen: the library's first frame comes first.
        window.home.first_frame.connect(player.prepare)
        window.home.first_frame.connect(window.start_cue_process)
        if log is not None:
            window.home.first_frame.connect(log.open_file)
    window.show()
    if loaded.said is not None:  # in English in the log, in the user's language on screen
        logger.warning("%s", loaded.said.english())
        window.notify(loaded.said.translated())
    if log_notice is not None:
        logger.warning("%s", log_notice.english())
        window.notify(log_notice.translated())
    if fullscreen:
        window.set_fullscreen(True)
    if screen is not None:
        screen.setFocus()
        if autostart:
            screen.start()
    catcher = CrashCatcher(window, tell=unattended_crash(app) if exit_when_done else None)
    catcher.install()
    try:
        return app.exec()
    finally:
        catcher.uninstall()
        window.close_cue_process()
