"""What the figures were measured on, read from /proc and the interpreter, without running Qt."""

from __future__ import annotations

import os
import platform
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.common import ROOT


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _memory_gib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return round(int(line.split()[1]) / 1024 / 1024, 1)
    return 0.0


def _os_name() -> str:
    release = Path("/etc/os-release")
    if release.is_file():
        for line in release.read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    return platform.system()


def _version(*names: str) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def _commit() -> str | None:
    """The checked-out commit, read from .git's files (no git command is run)."""
    git = ROOT / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head
        ref = head[5:]
        if (git / ref).is_file():
            return (git / ref).read_text().strip()
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0]
    except OSError:
        pass
    return None


def describe() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "cpu_model": _cpu_model(),
        "memory_gib": _memory_gib(),
        "os": _os_name(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": _version("PySide6", "PySide6-Essentials", "pyside6-essentials"),
        "commit": _commit(),
    }


PACE_LOOPS = 300_000
"""The fixed work :func:`pace_ms` times: a loop of pure Python, no memory to speak of."""


def pace_ms(rounds: int = 5) -> float:
    """How long a fixed piece of pure-Python work takes now, the median of ``rounds``.

    This machine's speed drifts by a third and more within an hour (a virtual machine on a
    shared host): the same code gave figures 3.7 times apart. Taken before each section, the
    pace tells a slow phase from a slower app, in one run and between runs.
    """
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        total = 0
        for number in range(PACE_LOOPS):
            total += number & 7
        times.append(time.perf_counter() - began)
    times.sort()
    return round(times[len(times) // 2] * 1000, 2)
