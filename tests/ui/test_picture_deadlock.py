"""Drawing pictures on worker threads never locks the window up.

A worker drew an SVG through a QImageReader reading a QBuffer made in Python: each read called
back into Python (needing its lock) while Qt held its image-plugin lock, and the UI thread,
holding Python's lock while it read an icon, waited for Qt's. Seen in Xvfb as a window that
stayed black for good, one start in three. Here the UI thread reads icons while workers draw;
in a process of its own, so that a deadlock fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPOSITORY = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QSize, QThreadPool, QRunnable
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication
    from matside.storage import paths
    from matside.ui.widgets.picture import load_svg_plugin, render_svg

    app = QApplication([])
    data = paths.resource("images/clamshell-1.svg").read_bytes()
    load_svg_plugin()  # as the app does before any worker draws
    icons = sorted(str(p) for p in paths.resource("icons").glob("matside-*.png"))

    class Draw(QRunnable):
        def run(self):
            for n in range(40):
                render_svg(data, QSize(200 + n, 200 + n))

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    for _ in range(2):
        pool.start(Draw())
    while pool.activeThreadCount():
        for icon in icons:  # as showing a window reads its icon, holding Python's lock
            QIcon(icon).pixmap(QSize(64, 64))
    pool.waitForDone()
    print("done")
    """
)


def test_workers_drawing_while_the_ui_thread_reads_icons_finish() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPOSITORY / "app"), *filter(None, [env.get("PYTHONPATH")])]
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "done"
