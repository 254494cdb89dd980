"""Fill a training log with a few weeks of made-up sessions, for screenshots and trying the
History page: ``MATSIDE_HOME=/tmp/mh python tools/seed_logbook.py [--weeks 5] [--cut-off]``.

Sessions of the bundled routines run through the real recorder on a fake clock, so what is
written is what a real session writes: most finished, some stopped part-way, some with a
skipped interval; ``--cut-off`` leaves the newest one cut off, to be offered for resuming.
Most sessions rate the sides in the rests after them (the left side stiff at first, easing over
the weeks; the right about the same) and some leave a note on an exercise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from matside.core.clock import FakeClock
from matside.core.ratings import SideRatings
from matside.core.recorder import Recorder
from matside.core.session import Session, State
from matside.core.timeline import compile_timeline
from matside.storage import paths
from matside.storage.logbook import Logbook, SessionLog
from matside.storage.routine_files import load_routine

NOTES = (
    "Left hip tight at first, eased by set 2",
    "Went slower on the way down",
    "Knee wobbled on the right: watch it",
    "Felt even today",
)


def score(side: str, progress: float, chance: random.Random) -> int:
    """A made-up rating: the left side from 2 easing to 4 as ``progress`` goes 0 to 1, the
    right about 4; each give or take one now and then."""
    base = 2 + 2 * progress if side == "left" else 4.0
    return max(1, min(5, round(base + chance.choice((-1, 0, 0, 0, 1)))))


def run_one(
    logbook: Logbook,
    path_index: int,
    started: float,
    chance: random.Random,
    how: str,
    progress: float = 0.0,
) -> None:
    path = paths.bundled_routines()[path_index]
    timeline = compile_timeline(load_routine(path))
    clock = FakeClock()
    session = Session(timeline, clock)
    origin = clock.now()
    recorder = Recorder(
        session,
        SessionLog(logbook),
        wall=lambda: started + clock.now() - origin,
        routine_file=str(path),
    )
    ratings = SideRatings(session)
    ratings.add_listener(recorder.rated)
    rates = chance.random() < 0.8
    session.start()
    stop_at = chance.uniform(0.3, 0.8) * timeline.total_seconds if how in ("stop", "cut") else None
    skipped = False
    while session.state is not State.FINISHED:
        clock.advance(1)
        session.tick()
        while rates and (asked := ratings.asked()) is not None:
            side = timeline.segments[asked].side
            ratings.rate(score(side.value if side else "", progress, chance))
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
    if chance.random() < 0.4:
        recorder.note(chance.randrange(len(timeline.routine.exercises)), chance.choice(NOTES))


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
        started = today - day * 86400 + hour * 3600
        progress = 1 - day / (args.weeks * 7)
        run_one(logbook, chance.randrange(count), started, chance, how, progress)
    if args.cut_off:
        run_one(logbook, 0, time.time() - 3600, chance, "cut")
    print(f"{len(logbook.sessions())} sessions in {logbook.path}")


if __name__ == "__main__":
    main()
