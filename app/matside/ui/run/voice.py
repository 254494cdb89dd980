"""Rendering the coach's phrases off the UI thread, ahead of the moment they are needed.

The worker thread touches no Qt object: it puts what it has done on a queue, and the screen
drains the queue from a timer on the UI thread. So a screen can close while a phrase is still
rendering, without waiting for it and without a signal reaching a deleted object.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from matside.backends.speech import PhraseCache, wav_seconds

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rendered:
    """A phrase is ready to play from ``path``; ``done`` of ``total`` are ready. It plays for
    ``seconds`` (None: its length could not be read)."""

    text: str
    path: str
    done: int
    total: int
    seconds: float | None = None


@dataclass(frozen=True)
class Failed:
    """The engine cannot speak, for ``reason`` (the engine's words); ``message`` is one line
    for the user, in their language."""

    reason: str

    @property
    def message(self) -> str:
        return QCoreApplication.translate(
            "PhraseRenderer", "The voice could not speak ({reason}); tones only"
        ).format(reason=self.reason)


class PhraseRenderer:
    """Renders phrases in a daemon thread, first needed first.

    Args:
        cache: renders and keeps the phrases.
        phrases: the phrases, in the order they will be needed.
    """

    def __init__(self, cache: PhraseCache, phrases: list[str]):
        self.cache = cache
        self.phrases = phrases
        self._results: queue.SimpleQueue[Rendered | Failed] = queue.SimpleQueue()
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._work, name="phrase-renderer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the phrase being rendered; never waits."""
        self._cancelled.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end (tests only); True when it has."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def results(self) -> list[Rendered | Failed]:
        """What has been done since the last call, in order (call on the UI thread)."""
        done: list[Rendered | Failed] = []
        while True:
            try:
                done.append(self._results.get_nowait())
            except queue.Empty:
                return done

    def _work(self) -> None:
        total = len(self.phrases)
        for done, text in enumerate(self.phrases, start=1):
            if self._cancelled.is_set():
                return
            try:
                path = self.cache.ensure(text)
            except Exception as error:  # noqa: BLE001 - any failure of the engine: told once
                logger.warning("Speech failed: %s", error)
                self._results.put(Failed(str(error)))
                return
            self._results.put(Rendered(text, str(path), done, total, wav_seconds(path)))
