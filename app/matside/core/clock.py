"""Clocks: the session reads time through one of these, so tests never sleep.

Besides the time, a clock tells how long the system has been suspended (``slept``), where the
platform can say: Linux's monotonic clock stops while the system sleeps, and the difference
between ``CLOCK_BOOTTIME`` (which goes on counting) and ``CLOCK_MONOTONIC`` is the time spent
asleep. That tells a real suspend from a stall (a frozen process, a paused VM, a swap storm).
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """A monotonic clock in seconds."""

    def now(self) -> float: ...

    def slept(self) -> float | None:
        """Seconds the system has been suspended so far (only differences mean anything), or
        None where that cannot be told."""
        ...


class MonotonicClock:
    """The system's monotonic clock: never jumps with the wall clock."""

    def now(self) -> float:
        return time.monotonic()

    def slept(self) -> float | None:
        """``CLOCK_BOOTTIME - CLOCK_MONOTONIC`` on Linux; None elsewhere (on Windows the
        monotonic clock counts across a suspend, on macOS Python has no boot-time clock)."""
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is None:
            return None
        return time.clock_gettime(boottime) - time.clock_gettime(time.CLOCK_MONOTONIC)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: float = 1000.0):
        self.time = start
        self.asleep = 0.0

    def now(self) -> float:
        return self.time

    def slept(self) -> float | None:
        return self.asleep

    def suspend(self, seconds: float) -> None:
        """The system sleeps for ``seconds``: as on Linux, the monotonic time does not move."""
        self.asleep += seconds

    def advance(self, seconds: float) -> float:
        """Move the clock on and return the new time."""
        self.time += seconds
        return self.time

    def set(self, time_: float) -> None:
        if time_ < self.time:
            raise ValueError("a monotonic clock never goes back")
        self.time = time_
