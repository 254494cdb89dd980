"""Clocks: the session reads time through one of these, so tests never sleep."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """A monotonic clock in seconds."""

    def now(self) -> float: ...


class MonotonicClock:
    """The system's monotonic clock: never jumps with the wall clock."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: float = 1000.0):
        self.time = start

    def now(self) -> float:
        return self.time

    def advance(self, seconds: float) -> float:
        """Move the clock on and return the new time."""
        self.time += seconds
        return self.time

    def set(self, time_: float) -> None:
        if time_ < self.time:
            raise ValueError("a monotonic clock never goes back")
        self.time = time_
