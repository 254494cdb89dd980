"""How a probe hands its result over and ends."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, NoReturn


def finish(out: Path, result: dict[str, Any]) -> NoReturn:
    """Write ``result`` as JSON to ``out`` and end the process at once.

    Tearing Qt down is no part of any figure, and with PySide6 6.12 on Python 3.11 it can abort
    the interpreter (a reference to None is lost at every void Qt call; see
    docs/performance.md), which would throw a finished measurement away.
    """
    out.write_text(json.dumps(result))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
