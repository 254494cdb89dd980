"""Run a module as ``__main__`` and, as it ends, write its peak resident memory to a file.

``python -m tests.hostile.peak MODULE ARGS...`` with ``MATSIDE_PEAK_FILE`` set. The peak is
the process's own (``VmHWM``, in kB): a parent's ``ru_maxrss`` for its child starts from the
parent's peak at the fork, so it would measure the test run, not the command.
"""

from __future__ import annotations

import atexit
import os
import runpy
import sys
from pathlib import Path


def _write_peak() -> None:
    status = Path("/proc/self/status").read_text(encoding="ascii")
    peak = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    Path(os.environ["MATSIDE_PEAK_FILE"]).write_text(peak, encoding="ascii")


atexit.register(_write_peak)
sys.argv = sys.argv[1:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
