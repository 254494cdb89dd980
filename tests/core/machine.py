"""A computer's clocks on a fake timeline, read through each platform's own functions: the
seconds it ran and the seconds it slept, as Linux's and macOS' ``clock_gettime`` and Windows'
kernel32 interrupt times tell them. Tests build :class:`~matside.core.clock.MonotonicClock`
on it to see that each platform's way of telling sleep from a stall works."""

from __future__ import annotations

import ctypes

from matside.core.clock import (
    DARWIN_CLOCK_MONOTONIC_RAW,
    DARWIN_CLOCK_UPTIME_RAW,
    INTERRUPT_TIME_UNITS,
    LINUX_CLOCK_BOOTTIME,
    LINUX_CLOCK_MONOTONIC,
    MonotonicClock,
    linux_sleep_clock,
    mac_sleep_clock,
    windows_sleep_clock,
)


class Machine:
    """A computer that runs and sleeps when told to."""

    def __init__(self) -> None:
        self.ran = 500.0
        self.asleep = 0.0

    def run(self, seconds: float) -> None:
        self.ran += seconds

    def sleep(self, seconds: float) -> None:
        self.asleep += seconds

    def uptime(self) -> float:
        """A clock that stops while the system sleeps."""
        return self.ran

    def since_boot(self) -> float:
        """A clock that goes on while the system sleeps."""
        return self.ran + self.asleep

    def linux_clock_gettime(self, clock_id: int) -> float:
        return {LINUX_CLOCK_MONOTONIC: self.uptime, LINUX_CLOCK_BOOTTIME: self.since_boot}[
            clock_id
        ]()

    def mac_clock_gettime(self, clock_id: int) -> float:
        return {
            DARWIN_CLOCK_UPTIME_RAW: self.uptime,
            DARWIN_CLOCK_MONOTONIC_RAW: self.since_boot,
        }[clock_id]()

    # kernel32, as Windows 10 has it: each fills in the count it is given.

    def QueryInterruptTime(self, count: ctypes.c_ulonglong) -> None:
        count.value = round(self.since_boot() * INTERRUPT_TIME_UNITS)

    def QueryUnbiasedInterruptTime(self, count: ctypes.c_ulonglong) -> int:
        count.value = round(self.uptime() * INTERRUPT_TIME_UNITS)
        return 1

    def clock(self, platform: str) -> MonotonicClock:
        """The system's clock as it works on ``platform``, on this machine."""
        if platform == "linux":
            return MonotonicClock(linux_sleep_clock(self.linux_clock_gettime), now=self.uptime)
        if platform == "darwin":
            return MonotonicClock(mac_sleep_clock(self.mac_clock_gettime), now=self.uptime)
        assert platform == "win32"
        return MonotonicClock(windows_sleep_clock(self), now=self.since_boot)
