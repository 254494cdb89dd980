"""Clocks: the session reads time through one of these, so tests never sleep.

Besides the time, a clock tells how long the system has been suspended (``slept``), where the
platform can say, and whether its own time went on meanwhile (``counts_sleep``). That tells a
real suspend from a stall (a frozen process, a paused VM, a swap storm). The system's clock
(:class:`MonotonicClock`) reads the time asleep as the difference of two of the system's
clocks, one that goes on while the system sleeps and one that stops, by platform
(:data:`SLEEP_CLOCKS`):

- Linux: ``time.monotonic`` is ``CLOCK_MONOTONIC``, which stops; the time asleep is
  ``CLOCK_BOOTTIME − CLOCK_MONOTONIC``.
- macOS: ``time.monotonic`` is ``mach_absolute_time``, which stops too; the time asleep is
  ``CLOCK_MONOTONIC_RAW − CLOCK_UPTIME_RAW``: the same raw counter with and without the sleep
  (``CLOCK_MONOTONIC`` goes on too, but is adjusted and coarser there).
- Windows: ``time.monotonic`` goes on counting (``GetTickCount64`` in Python 3.11,
  ``QueryPerformanceCounter`` from 3.12); the time asleep is ``QueryInterruptTime −
  QueryUnbiasedInterruptTime`` (Windows 10 and later): the one interrupt-time count, with and
  without the bias that sleep and hibernation add to it, in the same 100 ns units and the same
  clock ticks, so nothing but the sleep is left in the difference (``GetTickCount64`` against
  the unbiased count would mix milliseconds with 100 ns units updated at other moments).
- Elsewhere it cannot be told (None).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

Reading = Callable[[], float]
"""A clock read in seconds."""
ClockGettime = Callable[[int], float]
"""``time.clock_gettime``, or a fake of it."""

# Clock ids from each system's <time.h>. Python's time module names each of them only on its
# own platform, so they are spelled out here (tests/core/test_clock.py checks Linux's).
LINUX_CLOCK_MONOTONIC = 1
LINUX_CLOCK_BOOTTIME = 7
DARWIN_CLOCK_MONOTONIC_RAW = 4
DARWIN_CLOCK_UPTIME_RAW = 8
INTERRUPT_TIME_UNITS = 10_000_000
"""Windows' interrupt time counts in units of 100 ns."""


class Clock(Protocol):
    """A monotonic clock in seconds."""

    @property
    def counts_sleep(self) -> bool:
        """Whether :meth:`now` goes on while the system sleeps (on Windows it does)."""
        ...

    def now(self) -> float: ...

    def slept(self) -> float | None:
        """Seconds the system has been suspended so far (only differences mean anything), or
        None where that cannot be told."""
        ...


def unseen_sleep(clock: Clock, slept: float | None) -> float:
    """The part of ``slept`` seconds of sleep that ``clock``'s time did not count: add it to a
    difference of :meth:`Clock.now` to get the real time between (0 when unknown)."""
    return 0.0 if slept is None or clock.counts_sleep else slept


@dataclass(frozen=True)
class SleepClock:
    """How one platform tells the time it has spent asleep.

    ``read`` gives the seconds asleep so far (only differences mean anything), None where that
    cannot be told; ``counts_sleep`` says whether ``time.monotonic`` goes on meanwhile.
    """

    read: Reading | None
    counts_sleep: bool = False


NO_SLEEP_CLOCK = SleepClock(None)
"""A platform that cannot tell."""


def gained(counting: int, stopping: int, clock_gettime: ClockGettime) -> Reading:
    """How far the clock ``counting`` (which goes on while the system sleeps) is ahead of the
    clock ``stopping`` (which stops): the time asleep, plus a constant."""

    def read() -> float:
        return clock_gettime(counting) - clock_gettime(stopping)

    return read


def linux_sleep_clock(clock_gettime: ClockGettime | None = None) -> SleepClock:
    """``CLOCK_BOOTTIME − CLOCK_MONOTONIC``.

    Args:
        clock_gettime: ``time.clock_gettime`` by default.
    """
    read = gained(LINUX_CLOCK_BOOTTIME, LINUX_CLOCK_MONOTONIC, clock_gettime or _clock_gettime())
    return SleepClock(read)


def mac_sleep_clock(clock_gettime: ClockGettime | None = None) -> SleepClock:
    """``CLOCK_MONOTONIC_RAW − CLOCK_UPTIME_RAW`` (macOS 10.12 and later).

    Args:
        clock_gettime: ``time.clock_gettime`` by default.
    """
    read = gained(
        DARWIN_CLOCK_MONOTONIC_RAW, DARWIN_CLOCK_UPTIME_RAW, clock_gettime or _clock_gettime()
    )
    return SleepClock(read)


def _clock_gettime() -> ClockGettime:
    """``time.clock_gettime``, which Windows has not."""
    if sys.platform == "win32":
        raise OSError("clock_gettime does not exist on Windows")
    return time.clock_gettime


def windows_sleep_clock(kernel32: Any = None) -> SleepClock:
    """``QueryInterruptTime − QueryUnbiasedInterruptTime``; without them (before Windows 10)
    it cannot be told.

    Args:
        kernel32: an object with those two functions, each filling in the
            ``ctypes.c_ulonglong`` it is given; kernel32.dll by default.
    """
    import ctypes

    try:
        library = _load_kernel32() if kernel32 is None else kernel32
        with_sleep, without_sleep = library.QueryInterruptTime, library.QueryUnbiasedInterruptTime
    except (OSError, AttributeError):
        return SleepClock(None, counts_sleep=True)

    def read() -> float:
        biased, unbiased = ctypes.c_ulonglong(), ctypes.c_ulonglong()
        with_sleep(biased)
        without_sleep(unbiased)
        return (biased.value - unbiased.value) / INTERRUPT_TIME_UNITS

    return SleepClock(read, counts_sleep=True)


def _load_kernel32() -> Any:
    """kernel32.dll, with the two functions declared (a private copy: other code may declare
    other functions of the shared ``ctypes.windll.kernel32``)."""
    if sys.platform != "win32":
        raise OSError("kernel32 exists only on Windows")
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32")
    count = ctypes.POINTER(ctypes.c_ulonglong)  # a c_ulonglong passed in goes by reference
    kernel32.QueryInterruptTime.argtypes = [count]
    kernel32.QueryInterruptTime.restype = None
    kernel32.QueryUnbiasedInterruptTime.argtypes = [count]
    kernel32.QueryUnbiasedInterruptTime.restype = ctypes.c_int
    return kernel32


SLEEP_CLOCKS: dict[str, Callable[[], SleepClock]] = {
    "linux": linux_sleep_clock,
    "darwin": mac_sleep_clock,
    "win32": windows_sleep_clock,
}
"""How each platform (a ``sys.platform`` value) tells the time asleep; any other cannot."""


def sleep_clock_for(platform: str) -> SleepClock:
    """The way ``platform`` tells the time asleep (:data:`NO_SLEEP_CLOCK` when it cannot)."""
    make = SLEEP_CLOCKS.get(platform)
    return NO_SLEEP_CLOCK if make is None else make()


class MonotonicClock:
    """The system's monotonic clock: never jumps with the wall clock.

    Args:
        sleep: how the platform tells the time asleep; this platform's by default.
        now: the monotonic clock; ``time.monotonic`` by default (tests give fakes of both).
    """

    def __init__(self, sleep: SleepClock | None = None, *, now: Reading = time.monotonic) -> None:
        self._sleep = sleep_clock_for(sys.platform) if sleep is None else sleep
        self._now = now
        self.counts_sleep = self._sleep.counts_sleep

    def now(self) -> float:
        return self._now()

    def slept(self) -> float | None:
        """The time asleep as the platform tells it (see the module), or None."""
        read = self._sleep.read
        return None if read is None else read()


class FakeClock:
    """A clock that moves only when told to.

    Args:
        start: its time at first.
        counts_sleep: whether :meth:`suspend` moves its time on too, as on Windows (by
            default it does not, as on Linux and macOS).
    """

    def __init__(self, start: float = 1000.0, *, counts_sleep: bool = False):
        self.time = start
        self.asleep = 0.0
        self.counts_sleep = counts_sleep

    def now(self) -> float:
        return self.time

    def slept(self) -> float | None:
        return self.asleep

    def suspend(self, seconds: float) -> None:
        """The system sleeps for ``seconds``: the time asleep grows, and the monotonic time
        with it only where the clock counts sleep."""
        self.asleep += seconds
        if self.counts_sleep:
            self.time += seconds

    def advance(self, seconds: float) -> float:
        """Move the clock on and return the new time."""
        self.time += seconds
        return self.time

    def set(self, time_: float) -> None:
        if time_ < self.time:
            raise ValueError("a monotonic clock never goes back")
        self.time = time_
