"""Fit a routine to the time one has: the longest plan that fits, and why.

A plan is a choice of the set (and round) count, where the routine offers a range, and of the
optional moves to leave out. :func:`fit_routine` weighs every such choice and picks the longest
that lasts at most the time given; when even the shortest does not fit, it says how long that
one is. A segment that waits for the user (a rest "as needed", reps at one's own pace) counts as
0 s, its planned minimum: the format gives such a wait no length. Pure: no clock, no files.

The length of a plan is added up item by item (an item is an exercise or a circuit), the same
way :func:`matside.core.timeline.compile_timeline` lays the segments out, so that weighing the
2 ** 10 combinations the format allows stays quick; a test holds the two to each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from matside.core.i18n import translate
from matside.core.routine import Circuit, Exercise, Item, Routine
from matside.core.timeline import Timeline, compile_timeline, format_duration, rounds_for, sets_for

_EPSILON = 1e-6  # seconds: a plan this much over the time still fits (float sums)


@dataclass(frozen=True)
class Fit:
    """One plan of a routine: the count chosen, the items left out, and how long it lasts.

    ``sets`` is the set and round count chosen for the ranges (None: the routine offers no
    choice); ``left_out`` the indexes of the items (exercises or circuits) left out;
    ``seconds`` the timed length; ``fits`` whether it lasts at most the time asked for (when
    not, this is the shortest plan there is).
    """

    routine: Routine
    sets: int | None
    left_out: tuple[int, ...]
    seconds: float
    budget: float
    fits: bool

    @property
    def plan(self) -> Routine:
        """The routine without the items left out."""
        return self.routine.without(self.left_out)

    def timeline(self) -> Timeline:
        """The plan's timeline."""
        return compile_timeline(self.plan, self.sets)

    @property
    def choices(self) -> str:
        """What was chosen, in words: ``3 sets of each, Leg Swing left out``."""
        routine = self.routine
        parts = []
        if self.sets is not None:
            parts.append(_count_words(routine, self.sets))
        if any(item.optional for item in routine.exercises):
            names = [routine.exercises[index].name for index in self.left_out]
            parts.append(
                translate("Fit", "{moves} left out").format(moves=_listed(names))
                if names
                else translate("Fit", "nothing left out")
            )
        return ", ".join(parts) or translate("Fit", "as written")

    def explanation(self) -> str:
        """One line: ``3 sets of each, Leg Swing left out: 14:40``; when nothing fits, how
        long the shortest plan is."""
        length = format_duration(self.seconds)
        if self.timeline().open_segments:
            length = translate("Fit", "{length} + pauses").format(length=length)
        if self.fits:
            return translate("Fit", "{choices}: {length}").format(
                choices=_capitalised(self.choices), length=length
            )
        return translate(
            "Fit", "Even the shortest plan takes {length} ({choices}), more than {budget}"
        ).format(length=length, choices=self.choices, budget=format_duration(self.budget))

    def to_json(self) -> dict[str, object]:
        """The choice in the shape ``matside plan --fit --json`` prints beside the plan."""
        return {
            "fits": self.fits,
            "budget_seconds": self.budget,
            "sets": self.sets,
            "left_out": [self.routine.exercises[index].name for index in self.left_out],
            "seconds": self.seconds,
            "explanation": self.explanation(),
        }


def fit_routine(routine: Routine, budget: float) -> Fit:
    """The longest plan of ``routine`` that lasts at most ``budget`` seconds.

    Among plans of the same length the one leaving out fewer items wins, then the one with
    more sets, then the one that keeps the earlier items: the answer is always the same.
    When no plan fits, the shortest plan (keeping the earlier items, too), with ``fits``
    False.
    """
    choices = routine.set_choices()
    counts: list[int | None] = list(choices) if choices is not None and len(choices) > 1 else [None]
    optional = [index for index, item in enumerate(routine.exercises) if item.optional]
    best: tuple[tuple[float, int, int, tuple[int, ...]], Fit] | None = None
    shortest: tuple[tuple[float, tuple[int, ...]], Fit] | None = None
    for count in counts:
        for seconds, left_out in _plans(routine, count, optional):
            plan = Fit(routine, count, left_out, seconds, budget, seconds <= budget + _EPSILON)
            length = round(seconds, 6)  # sums of floats that should be equal may differ
            low = (length, tuple(-i for i in left_out))
            if shortest is None or low < shortest[0]:
                shortest = (low, plan)
            if plan.fits:
                key = (length, -len(left_out), count or 0, left_out)
                if best is None or key > best[0]:
                    best = (key, plan)
    if best is not None:
        return best[1]
    assert shortest is not None  # a routine has at least one item, so one plan at least
    return shortest[1]


def _plans(
    routine: Routine, count: int | None, optional: Sequence[int]
) -> list[tuple[float, tuple[int, ...]]]:
    """Every plan at ``count``: its length and the items it leaves out (at least one item is
    kept)."""
    items = routine.exercises
    weights = [_item_seconds(routine, item, count) for item in items]
    rests = [_rest_after(routine, item) for item in items]
    left_able = set(optional)
    kept_always = [index for index in range(len(items)) if index not in left_able]
    always = sum(weights[index] + rests[index] for index in kept_always)
    last_always = kept_always[-1] if kept_always else -1
    prepare = routine.prepare_seconds
    plans = []
    for mask in range(1 << len(optional)):
        kept = [index for bit, index in enumerate(optional) if mask >> bit & 1]
        if not kept and not kept_always:
            continue
        last = max(last_always, kept[-1] if kept else -1)
        seconds = prepare + always + sum(weights[i] + rests[i] for i in kept) - rests[last]
        left_out = tuple(index for bit, index in enumerate(optional) if not mask >> bit & 1)
        plans.append((seconds, left_out))
    return plans


def _timed(seconds: float | None) -> float:
    """A wait for the user counts as 0 s, its planned minimum."""
    return seconds or 0.0


def _set_seconds(routine: Routine, exercise: Exercise) -> float:
    """One set: a work interval per side, and the switch between sides."""
    sides = 2 if exercise.sides == "each" else 1
    return sides * _timed(exercise.work_seconds) + (sides - 1) * routine.switch_seconds


def _item_seconds(routine: Routine, item: Item, count: int | None) -> float:
    """How long an exercise's sets or a circuit's rounds last, the rests between them
    included."""
    if isinstance(item, Circuit):
        rounds = rounds_for(item, count)
        one_round = sum(_set_seconds(routine, e) for e in item.exercises) + sum(
            _timed(routine.rest_within(e)) for e in item.exercises[:-1]
        )
        between = _timed(routine.rest_between_rounds_of(item))
        return rounds * one_round + (rounds - 1) * between
    sets = sets_for(item, count)
    between = _timed(routine.rest_between_sets_of(item))
    return sets * _set_seconds(routine, item) + (sets - 1) * between


def _rest_after(routine: Routine, item: Item) -> float:
    return _timed(routine.rest_after(item))


def _count_words(routine: Routine, count: int) -> str:
    """``3 sets of each``, ``3 rounds``, or ``3 sets of each and 3 rounds``."""
    sets = any(isinstance(i, Exercise) and i.min_sets != i.max_sets for i in routine.exercises)
    rounds = any(isinstance(i, Circuit) and i.min_rounds != i.max_rounds for i in routine.exercises)
    parts = []
    if sets:
        parts.append(
            translate("Fit", "1 set of each")
            if count == 1
            else translate("Fit", "{count} sets of each").format(count=count)
        )
    if rounds:
        parts.append(
            translate("RoutineWords", "1 round")
            if count == 1
            else translate("RoutineWords", "{count} rounds").format(count=count)
        )
    return _listed(parts)


def _listed(names: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    if len(names) == 1:
        return names[0]
    return translate("Fit", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


_CLOCK = re.compile(r"(\d{1,4}):([0-5]\d)")
_UNITS = re.compile(r"(?:(\d{1,3})h)?(?:(\d{1,4})m(?:in)?)?(?:(\d{1,5})s)?")
MAX_BUDGET = 24 * 3600


def parse_duration(text: str) -> float:
    """Seconds from ``15m``, ``15`` (minutes), ``90s``, ``1h30m``, ``1h`` or ``14:30``.

    Raises:
        ValueError: the text is none of these, is zero, or is more than a day; the message
            says what is expected.
    """
    compact = "".join(text.split())
    clock = _CLOCK.fullmatch(compact)
    units = _UNITS.fullmatch(compact)
    if compact.isdecimal() and len(compact) <= 4:  # not isdigit: "²" is a digit to it
        seconds = int(compact) * 60
    elif clock is not None:
        seconds = int(clock[1]) * 60 + int(clock[2])
    elif compact and units is not None:
        hours, minutes, secs = (int(part or 0) for part in units.groups())
        seconds = hours * 3600 + minutes * 60 + secs
    else:
        raise ValueError(f"{text!r} is not a length of time: write 15m, 90s, 1h30m or 14:30")
    if not 0 < seconds <= MAX_BUDGET:
        raise ValueError(f"{text!r}: the time must be more than 0 and at most 24 hours")
    return float(seconds)
