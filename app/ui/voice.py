"""Rendering the coach's phrases off the UI thread, ahead of the moment they are needed."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from app.speech import PhraseCache, SpeechError

logger = logging.getLogger(__name__)


class PhraseRenderer(QObject):
    """Renders phrases in a background thread, first needed first.

    Signals arrive on the thread that owns this object (the UI thread): ``rendered`` for each
    phrase ready to play, ``progress`` as (done, total), and ``failed`` once, with one line, if
    the engine cannot speak.
    """

    rendered = Signal(str, str)  # text, path of its WAV file
    progress = Signal(int, int)
    failed = Signal(str)

    def __init__(self, cache: PhraseCache, phrases: list[str], parent: QObject | None = None):
        super().__init__(parent)
        self.cache = cache
        self.phrases = phrases
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._work, name="phrase-renderer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the phrase being rendered."""
        self._cancelled.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; True when it has."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _work(self) -> None:
        total = len(self.phrases)
        for done, text in enumerate(self.phrases, start=1):
            if self._cancelled.is_set():
                return
            try:
                path = self.cache.ensure(text)
            except (SpeechError, OSError) as error:
                logger.warning("Speech failed: %s", error)
                self.failed.emit(f"The voice could not speak ({error}); tones only")
                return
            self.rendered.emit(text, str(path))
            self.progress.emit(done, total)
