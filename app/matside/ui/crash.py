"""An unexpected exception while the app runs: unsaved edits kept, the traceback logged, and a
short message that says where the log is.

An exception in a Qt slot or event handler does not end the app: PySide hands it to
``sys.excepthook``, which by default prints it on a stderr nobody reads. While the GUI runs,
:class:`CrashCatcher` is that hook instead, the one place where such an error is caught.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from matside.core.i18n import QT_TRANSLATE_NOOP
from matside.storage.log_file import log_file
from matside.ui.text import show_message

logger = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("CrashCatcher", "Matside ran into a problem")


class CrashWindow(Protocol):
    """What the catcher needs of the main window."""

    def keep_unsaved_edits(self) -> bool | None: ...

    def notify(self, message: str) -> None: ...


EDITS_KEPT = QT_TRANSLATE_NOOP(
    "CrashCatcher",
    "Your unsaved edits are kept: Matside offers them back when the editor opens them.",
)
EDITS_LOST = QT_TRANSLATE_NOOP(
    "CrashCatcher", "Your unsaved edits could not be kept; save them now if you can."
)


def crash_message(error: BaseException, edits_kept: bool | None, log: str) -> str:
    """The short message for an unexpected error: what it was, whether unsaved edits are safe
    (``edits_kept`` None: there were none), and where the details are."""
    what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    lines = [
        QCoreApplication.translate(
            "CrashCatcher", "Something went wrong inside Matside ({what}). You can carry on."
        ).format(what=what)
    ]
    if edits_kept is not None:
        lines.append(
            QCoreApplication.translate("CrashCatcher", EDITS_KEPT if edits_kept else EDITS_LOST)
        )
    lines.append(
        QCoreApplication.translate("CrashCatcher", "The details are in the log file: {log}").format(
            log=log
        )
    )
    return "\n\n".join(lines)


class CrashCatcher:
    """``sys.excepthook`` while the GUI runs.

    The first unexpected error is shown in a message box; later ones (an error in a paint
    handler comes back every frame) only in the window's notice line, so that the box never
    comes back again and again. Every one is logged with its traceback.

    Args:
        window: the main window: its unsaved edits are written to recovery first.
        tell: shows a message (a message box unless a test passes its own).
    """

    def __init__(
        self,
        window: CrashWindow,
        tell: Callable[[str, str], None] | None = None,
    ):
        self.window = window
        self._tell = tell or self._message_box
        self.caught = 0
        self._previous: Callable[..., object] | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle and self._previous is not None:
            sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Keep the edits, log the error, then say so (see the class)."""
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal: Python's own way
            sys.__excepthook__(kind, error, trace)
            return
        kept: bool | None
        try:
            kept = self.window.keep_unsaved_edits()
        except Exception:  # the error may lie in the editor itself: log it and go on
            logger.exception("Unsaved edits could not be kept")
            kept = False
        logger.error("Unexpected error", exc_info=(kind, error, trace))
        self.caught += 1
        message = crash_message(error, kept, str(log_file()))
        if self.caught == 1:
            self._tell(QCoreApplication.translate("CrashCatcher", TITLE), message)
        else:
            self.window.notify(
                QCoreApplication.translate(
                    "CrashCatcher", "Another unexpected error ({kind}); see {log}"
                ).format(kind=kind.__name__, log=log_file())
            )

    def _message_box(self, title: str, text: str) -> None:
        parent = self.window if isinstance(self.window, QWidget) else None
        show_message(parent, title, text)
