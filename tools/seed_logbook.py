"""Fill a training log with a few weeks of made-up sessions, for screenshots and trying the
History page: ``MATSIDE_HOME=/tmp/mh python tools/seed_logbook.py [--weeks 5] [--cut-off]``.

Sessions of the bundled routines run through the real recorder on a fake clock, so what is
written is what a real session writes: most finished, some stopped part-way, some with a
skipped interval; ``--cut-off`` leaves the newest one cut off, to be offered for resuming.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from matside.core.clock import FakeClock
from matside.core.recorder import Recorder
from matside.core.session import Session, State
from matside.core.timeline import compile_timeline
from matside.storage import paths
from matside.storage.logbook import Logbook, SessionLog
from matside.storage.routine_files import load_routine


def run_one(
    logbook: Logbook, path_index: int, started: float, chance: random.Random, how: str
) -> None:
    path = paths.bundled_routines()[path_index]
    timeline = compile_timeline(load_routine(path))
    clock = FakeClock()
    session = Session(timeline, clock)
    origin = clock.now()
    Recorder(
        session,
        SessionLog(logbook),
        wall=lambda: started + clock.now() - origin,
        routine_file=str(path),
    )
    session.start()
    stop_at = chance.uniform(0.3, 0.8) * timeline.total_seconds if how != "finish" else None
    skipped = False
    while session.state is not State.FINISHED:
        clock.advance(1)
        session.tick()
        if session.state is State.WAITING:
            clock.advance(chance.uniform(20, 60))
            session.proceed()
        if how == "skip" and not skipped and clock.now() - origin > 120:
            session.next()
            skipped = True
        if stop_at is not None and clock.now() - origin > stop_at:
            if how == "stop":
                session.stop()
            return  # "cut": no end is written, as when Matside is killed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=5)
    parser.add_argument("--cut-off", action="store_true")
    args = parser.parse_args()
    chance = random.Random(16)
    logbook = Logbook()
    today = dt.datetime.combine(dt.date.today(), dt.time()).timestamp()  # local midnight
    count = len(paths.bundled_routines())
    for day in range(args.weeks * 7, 0, -1):
        if chance.random() < 0.45 and day > 3:
            continue  # a rest day
        hour = chance.choice((7, 8, 18, 19))
        how = chance.choices(("finish", "stop", "skip"), (8, 1, 1))[0]
        run_one(logbook, chance.randrange(count), today - day * 86400 + hour * 3600, chance, how)
    if args.cut_off:
        run_one(logbook, 0, time.time() - 3600, chance, "cut")
    print(f"{len(logbook.sessions())} sessions in {logbook.path}")


if __name__ == "__main__":
    main()
