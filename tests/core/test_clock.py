"""Clocks: each platform tells the time asleep from two of its own clocks (read here through
fakes of the system's functions on a fake machine), and says whether its monotonic time went
on meanwhile."""

from __future__ import annotations

import ctypes
import time

import pytest

from matside.core.clock import (
    LINUX_CLOCK_BOOTTIME,
    LINUX_CLOCK_MONOTONIC,
    NO_SLEEP_CLOCK,
    SLEEP_CLOCKS,
    FakeClock,
    MonotonicClock,
    linux_sleep_clock,
    sleep_clock_for,
    unseen_sleep,
    windows_sleep_clock,
)
from tests.core.machine import Machine


def test_the_linux_clock_ids_are_the_time_modules() -> None:
    assert (LINUX_CLOCK_BOOTTIME, LINUX_CLOCK_MONOTONIC) == (
        time.CLOCK_BOOTTIME,
        time.CLOCK_MONOTONIC,
    )


@pytest.mark.parametrize(
    ("platform", "counts_sleep"), [("linux", False), ("darwin", False), ("win32", True)]
)
def test_each_platform_tells_the_time_asleep_from_its_own_clocks(
    platform: str, counts_sleep: bool
) -> None:
    machine = Machine()
    clock = machine.clock(platform)
    assert clock.counts_sleep is counts_sleep
    slept, now = clock.slept(), clock.now()
    assert slept is not None
    machine.run(10)
    assert clock.slept() == pytest.approx(slept)  # running is no sleep
    assert clock.now() == pytest.approx(now + 10)
    machine.sleep(120)
    machine.run(1)
    assert clock.slept() == pytest.approx(slept + 120)
    assert clock.now() == pytest.approx(now + 11 + (120 if counts_sleep else 0))


class Windows8:
    """kernel32 before Windows 10: no QueryInterruptTime."""

    def QueryUnbiasedInterruptTime(self, count: ctypes.c_ulonglong) -> int:
        count.value = 1
        return 1


def test_windows_before_10_cannot_tell_and_says_so() -> None:
    sleep = windows_sleep_clock(Windows8())
    assert (sleep.read, sleep.counts_sleep) == (None, True)
    assert MonotonicClock(sleep).slept() is None
    assert MonotonicClock(sleep).counts_sleep


def test_the_windows_functions_are_not_looked_for_elsewhere() -> None:
    sleep = windows_sleep_clock()  # the real one: there is no kernel32 here
    assert (sleep.read, sleep.counts_sleep) == (None, True)


def test_each_platform_has_its_way_and_any_other_cannot_tell() -> None:
    assert set(SLEEP_CLOCKS) == {"linux", "darwin", "win32"}
    assert sleep_clock_for("freebsd14") is NO_SLEEP_CLOCK
    assert MonotonicClock(NO_SLEEP_CLOCK).slept() is None
    linux = sleep_clock_for("linux")
    assert linux.read is not None
    assert not linux.counts_sleep
    assert linux.read() > -0.01  # the two clocks are read one after the other


def test_the_system_clock_here_is_time_monotonic_and_linux_s_sleep() -> None:
    clock = MonotonicClock()
    before = time.monotonic()
    assert before <= clock.now() <= time.monotonic()
    assert not clock.counts_sleep
    slept, read = clock.slept(), linux_sleep_clock().read
    assert slept is not None
    assert read is not None
    assert slept == pytest.approx(read(), abs=0.01)  # CLOCK_BOOTTIME - CLOCK_MONOTONIC


def test_only_the_sleep_a_clock_did_not_count_is_added() -> None:
    assert unseen_sleep(FakeClock(), 120.0) == 120.0  # Linux, macOS: the clock stopped
    assert unseen_sleep(FakeClock(counts_sleep=True), 120.0) == 0.0  # Windows: it went on
    assert unseen_sleep(FakeClock(), None) == 0.0  # unknown


def test_a_fake_clock_that_counts_sleep_moves_on_while_suspended() -> None:
    stops, goes_on = FakeClock(), FakeClock(counts_sleep=True)
    for clock in (stops, goes_on):
        clock.suspend(60)
        assert clock.slept() == 60
    assert (stops.now(), goes_on.now()) == (1000, 1060)
