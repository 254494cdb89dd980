"""How each side felt: which side the run screen asks about, and the ratings given.

Mobility work is about the difference between sides. In the rest after an exercise's sides
(and on the done screen after the last ones), the screen asks "How did the left side feel?
1–5", then the right; a digit answers (:data:`matside.core.keymap.RATING_SCORES`); a side
skipped is not asked about. Nothing waits for an answer: a clicker user simply never rates, the
rest runs out as it would, and the question goes with it. A rating given is told to the
listeners (the recorder writes it to the training log). No Qt: the whole policy is tested on a
fake clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matside.core.i18n import QT_TRANSLATE_NOOP, translate
from matside.core.keymap import RATING_RANGE
from matside.core.session import Session, State
from matside.core.timeline import Segment, SegmentKind, Side

_ASKING = (State.RUNNING, State.PAUSED, State.WAITING, State.FINISHED)
_ASKED_IN = (SegmentKind.REST, SegmentKind.DONE)


@dataclass(frozen=True)
class SideRating:
    """How one side felt: ``score`` 1 (poorly) to 5 (well), for the work interval ``index`` of
    the session's timeline (``segment``)."""

    index: int
    segment: Segment
    score: int


RatingListener = Callable[[SideRating], None]


def sides_before(segments: tuple[Segment, ...], index: int) -> list[int]:
    """The work intervals of the sides done just before ``index``, left first: the set of an
    exercise done on each side whose last side ends right before ``index`` (a switch may sit
    between its sides). Empty when what came before was not done on sides."""
    found: list[int] = []
    for i in range(index - 1, -1, -1):
        segment = segments[i]
        if segment.kind is SegmentKind.SWITCH:
            continue
        if segment.kind is not SegmentKind.WORK or segment.side is None:
            break
        first = segments[found[0]] if found else None
        if first is not None and (segment.exercise_index, segment.round, segment.set) != (
            first.exercise_index,
            first.round,  # a circuit's rounds are sets of their own
            first.set,
        ):
            break
        found.insert(0, i)
    return found


class SideRatings:
    """The ratings of one session's sides, and which side is asked about now.

    Args:
        session: the session whose sides are rated.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.given: dict[int, int] = {}
        """Scores given, by the work interval's index in the session's timeline."""
        self._listeners: list[RatingListener] = []

    def add_listener(self, listener: RatingListener) -> None:
        """``listener`` hears every rating given."""
        self._listeners.append(listener)

    def sides(self) -> list[int]:
        """The sides that may be rated now: those just done, while the session rests after
        them or is done (not while the computer's own pause is being explained, and never
        when no one keeps the answer: a session not logged asks nothing). A side skipped is
        not asked about: it was not worked."""
        session = self.session
        if not self._listeners:
            return []
        if session.state not in _ASKING or session.interruption is not None:
            return []
        if session.segment.kind not in _ASKED_IN:
            return []
        done = session.done()
        return [i for i in sides_before(session.timeline.segments, session.index) if i in done]

    def asked(self) -> int | None:
        """The side asked about now (its work interval's index), or None."""
        return next((i for i in self.sides() if i not in self.given), None)

    def rate(self, score: int) -> SideRating | None:
        """Rate the side asked about with ``score``; None (and nothing noted) when no side is
        asked about."""
        index = self.asked()
        if index is None:
            return None
        self.given[index] = score
        rating = SideRating(index, self.session.timeline.segments[index], score)
        for listener in list(self._listeners):
            listener(rating)
        return rating

    def prompt(self) -> str | None:
        """What the screen says, on up to two lines: the scores given so far in this rest,
        then the question (``Left 4`` / ``How did the right side feel? 1–5``); the scores
        alone once every side is rated; None when there is nothing to rate. Where the screen
        shows another exercise (the rest before the next one) or none (done), the first line
        names the exercise rated (``Pigeon: Left 4``)."""
        sides = self.sides()
        if not sides:
            return None
        segments = self.session.timeline.segments
        words = [_score_text(segments[i], self.given[i]) for i in sides if i in self.given]
        scores = "  ·  ".join(words)
        rated = segments[sides[0]]
        head = scores
        if self.session.segment.exercise_index != rated.exercise_index and rated.exercise:
            name = rated.exercise.name
            head = (
                translate("Ratings", "{exercise}: {scores}").format(exercise=name, scores=scores)
                if scores
                else name
            )
        lines = [head] if head else []
        asked = self.asked()
        if asked is not None:
            lines.append(_question(segments[asked]))
        return "\n".join(lines)


_QUESTIONS = {
    Side.LEFT: QT_TRANSLATE_NOOP("Ratings", "How did the left side feel? {range}"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Ratings", "How did the right side feel? {range}"),
}
_SCORES = {
    Side.LEFT: QT_TRANSLATE_NOOP("Ratings", "Left {score}"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Ratings", "Right {score}"),
}


def _question(segment: Segment) -> str:
    side = segment.side or Side.LEFT
    return translate("Ratings", _QUESTIONS[side]).format(range=RATING_RANGE)


def _score_text(segment: Segment, score: int) -> str:
    side = segment.side or Side.LEFT
    return translate("Ratings", _SCORES[side]).format(score=score)
