"""The cue schedule: what will sound when, planned ahead so a cue thread can play it on time.

The run screen's timer fires late when the machine is under pressure; a thread that sleeps until
each cue's deadline does not (see :mod:`matside.backends.cuethread`). This module computes what
that thread gets: what is due now (the session caught up, or a command was given) and what will
fall due in the next :data:`PLAN_AHEAD_SECONDS` if no command comes first. It is computed again
after every command and every tick, so a pause or a skip replaces what was planned.
"""

from __future__ import annotations

from matside.core.announcer import Announcement, Announcer
from matside.core.session import Session, State

PLAN_AHEAD_SECONDS = 30.0
"""How far ahead cues are planned: far more than the run screen's timer is ever late. The user
interface may freeze this long with every cue still sounding; a longer freeze pauses the
session where the plan ran out (:func:`plan_until`)."""


def plan_ahead(
    session: Session, announcer: Announcer, now: float, ahead: float = PLAN_AHEAD_SECONDS
) -> list[tuple[float, Announcement]]:
    """What sounds from now on, each with its deadline, earliest first.

    Takes what the announcer heard so far (:meth:`Announcer.due_timed`: due by ``now``, stale
    ones dropped), then adds what the session will do by ``now + ahead``
    (:meth:`Session.lookahead`). At one instant the tones come before the phrases.

    Args:
        session: the running session, caught up to ``now``.
        announcer: its announcer.
        now: the session clock's present.
        ahead: how many seconds to look ahead.
    """
    planned = (
        announcer.due_timed(now)
        + announcer.follow_ups_until(now + ahead)
        + announcer.announce(session.lookahead(now + ahead))
    )
    return sorted(planned, key=lambda item: item[0])


def plan_until(session: Session, now: float, ahead: float = PLAN_AHEAD_SECONDS) -> float | None:
    """Up to when a plan made at ``now`` holds everything that will sound: ``now + ahead``
    while the session runs, None while it does not (nothing sounds by itself then). The cue
    thread watches that the program runs up to then (:meth:`CueScheduler.kept_up`)."""
    return now + ahead if session.state is State.RUNNING else None
