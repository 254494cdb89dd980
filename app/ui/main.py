"""The application window and ``run_gui``, the one way in from the command line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget

from app import __version__, paths
from app.audio import Player, make_player
from app.awake import ScreenAwake, make_screen_awake
from app.clock import Clock, MonotonicClock
from app.model import RoutineError, load_routine
from app.session import State
from app.timeline import SetChoiceError, Timeline, compile_timeline
from app.ui import theme
from app.ui.home import HomePage, RoutineEntry
from app.ui.run_screen import RunScreen

EXIT_DELAY_MS = 1800
"""With --exit-when-done, how long the finish sound may ring before the app quits."""


class MainWindow(QMainWindow):
    """Home (the routines) and, while a session runs, the run screen.

    Args:
        player: plays cue sounds.
        awake: keeps the screen on during a session.
        clock: the monotonic clock sessions read.
        ask: asks the user a yes/no question; a message box unless a test passes its own.
    """

    def __init__(
        self,
        player: Player,
        awake: ScreenAwake,
        clock: Clock | None = None,
        ask: Callable[[str], bool] | None = None,
    ):
        super().__init__()
        self.player = player
        self.awake = awake
        self.clock = clock or MonotonicClock()
        self._ask = ask
        self.setWindowTitle("Matside")
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.home = HomePage()
        self.home.start_requested.connect(self._start_entry)
        self.stack.addWidget(self.home)
        self.run_screen: RunScreen | None = None

    def confirm(self, question: str) -> bool:
        """Ask a yes/no question."""
        if self._ask is not None:
            return self._ask(question)
        answer = QMessageBox.question(
            self,
            "Matside",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _start_entry(self, entry: RoutineEntry, sets: int | None) -> None:
        if entry.routine is None:
            return
        self.open_run_screen(compile_timeline(entry.routine, sets), entry.path)

    def open_run_screen(self, timeline: Timeline, routine_file: Path | None) -> RunScreen:
        """Show the run screen for ``timeline``; it waits for Space."""
        self._close_run_screen()
        screen = RunScreen(
            timeline,
            self.clock,
            self.player,
            self.awake,
            routine_file,
            self.confirm,
        )
        screen.leave.connect(self.show_home)
        screen.fullscreen_toggled.connect(self.toggle_fullscreen)
        screen.fullscreen_left.connect(lambda: self.set_fullscreen(False))
        screen.set_fullscreen(self.isFullScreen())
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()
        self.run_screen = screen
        self.setWindowTitle(f"{timeline.routine.name} — Matside")
        return screen

    def show_home(self) -> None:
        self._close_run_screen()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle("Matside")
        self.set_fullscreen(False)

    def _close_run_screen(self) -> None:
        if self.run_screen is not None:
            screen = self.run_screen
            self.run_screen = None
            screen.close()
            self.stack.removeWidget(screen)
            screen.deleteLater()

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.isFullScreen())

    def set_fullscreen(self, on: bool) -> None:
        if on and not self.isFullScreen():
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.showNormal()
        if self.run_screen is not None:
            self.run_screen.set_fullscreen(on)

    def closeEvent(self, event: QCloseEvent) -> None:
        screen = self.run_screen
        if screen is not None and screen.session.state in (
            State.RUNNING,
            State.WAITING,
            State.PAUSED,
        ):
            if not self.confirm("A session is running. Quit Matside anyway?"):
                event.ignore()
                return
            screen.session.stop()
        self._close_run_screen()
        self.awake.release()
        event.accept()


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = paths.resource(f"icons/matside-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    return icon


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with Matside's name, icon and look (created once)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName("Matside")
    app.setApplicationDisplayName("Matside")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("matside")
    app.setWindowIcon(app_icon())
    theme.apply_theme(app)
    return app


def run_gui(
    routine_path: Path | None = None,
    sets: int | None = None,
    autostart: bool = False,
    exit_when_done: bool = False,
    fullscreen: bool = False,
) -> int:
    """Open the app (on a routine's run screen when given one); returns the exit status."""
    timeline = None
    if routine_path is not None:
        try:
            timeline = compile_timeline(load_routine(routine_path), sets)
        except RoutineError as error:
            print("\n".join(error.lines()), file=sys.stderr)
            return 1
        except SetChoiceError as error:
            print(f"{routine_path}: --sets: {error}", file=sys.stderr)
            return 1
    app = make_application()
    window = MainWindow(make_player(paths.resource("sounds")), make_screen_awake())
    window.show()
    if fullscreen:
        window.set_fullscreen(True)
    if timeline is not None:
        screen = window.open_run_screen(timeline, routine_path)
        if exit_when_done:
            screen.finished.connect(lambda _stopped: QTimer.singleShot(EXIT_DELAY_MS, app.quit))
        if autostart:
            screen.start()
    return app.exec()
