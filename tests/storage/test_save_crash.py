"""A save killed at any moment leaves the old routine or the new one, never a torn file.

A process saves two versions of a routine in turn, as fast as it can, onto one file; the test
kills it with SIGKILL at a random moment and reads the file, thirty times over. (The savers are
forked from one helper process, so that no interpreter has to start for each.)
The temporary files that killed saves leave behind (``.NAME.*.tmp``) must not disturb the
library, which ignores them and cleans them up.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from matside.core.routine import dumps_routine, routine_from_data
from matside.storage import library, paths
from matside.storage.routine_files import load_routine, save_routine
from tests.conftest import exercise, routine

ROOT = Path(__file__).resolve().parents[2]
KILLS = 30

SAVERS = """
import os
import sys
from pathlib import Path
from matside.core.routine import parse_routine
from matside.storage.routine_files import save_routine

target = Path(sys.argv[1])
versions = [parse_routine(Path(name).read_text(encoding="utf-8")) for name in sys.argv[2:]]
for line in sys.stdin:  # one saver per line; forked, so no new interpreter starts each time
    pid = os.fork()
    if pid == 0:
        count = 0
        while True:
            save_routine(versions[count % len(versions)], target)
            count += 1
    print(pid, flush=True)
    sys.stdin.readline()  # killed now: reap it and say how it ended
    _, status = os.waitpid(pid, 0)
    print(os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_saves_killed_at_random_moments_leave_every_file_whole(tmp_path: Path) -> None:
    small = routine_from_data(routine(name="Small"))
    # big enough that writing it takes a while, so that kills land inside saves
    big = routine_from_data(
        routine(
            *[exercise(name=f"Move {n}", instructions=["Slowly. " * 40] * 4) for n in range(400)],
            name="Big",
        )
    )
    versions = []
    for number, version in enumerate((small, big)):
        source = tmp_path / f"version-{number}.json"
        source.write_text(dumps_routine(version), encoding="utf-8")
        versions.append(source)
    whole = {dumps_routine(small), dumps_routine(big)}
    folder = paths.user_routines_dir()
    target = folder / "mine.json"
    save_routine(small, target)

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    chance = random.Random(20240611)  # fixed, so that a failure can be replayed
    interrupted = 0
    temporary: set[Path] = set()
    with subprocess.Popen(
        [sys.executable, "-c", SAVERS, str(target), *map(str, versions)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as supervisor:
        assert supervisor.stdin is not None
        assert supervisor.stdout is not None
        saver = None
        try:
            for _ in range(KILLS):
                supervisor.stdin.write("start\n")
                supervisor.stdin.flush()
                saver = int(supervisor.stdout.readline())
                time.sleep(chance.uniform(0.002, 0.04))
                os.kill(saver, signal.SIGKILL)
                saver = None
                supervisor.stdin.write("reap\n")
                supervisor.stdin.flush()
                assert int(supervisor.stdout.readline()) == signal.SIGKILL
                assert target.read_text(encoding="utf-8") in whole  # old version or new
                load_routine(target)
                left = {p for p in folder.iterdir() if library.TEMP_FILE.match(p.name)}
                interrupted += bool(left - temporary)  # this kill stopped a save half way
                temporary |= left
        finally:
            if saver is not None:  # a failure above left it saving: stop it
                with contextlib.suppress(ProcessLookupError):
                    os.kill(saver, signal.SIGKILL)
            supervisor.stdin.close()
            supervisor.wait(timeout=10)

    # Some kills must have landed in the middle of a save, or this test proved nothing.
    assert interrupted > 0
    leftovers = sorted(temporary)
    entries = [e for e in library.scan_routines() if not e.bundled]
    assert [e.path for e in entries] == [target]
    assert not entries[0].broken
    # the library removes them once they are old enough not to belong to a save under way
    assert library.clean_temp_files() == []
    assert sorted(library.clean_temp_files(older_than=0)) == leftovers
    assert [p.name for p in folder.iterdir()] == ["mine.json"]
