"""The routine's items as the editor lists them, and the edits of their order (issue 17).

The editor keeps the routine as JSON data (valid or not). Its list shows one row per item of
``exercises`` and, under a circuit, one row per exercise in it: a row is named by its place,
``(2,)`` for the routine's third item, ``(2, 0)`` for the first exercise of the circuit there.
Circuits hold exercises one level deep only (as the format says), so a place has one or two
numbers. Every function here takes the list of items and changes it in place; each says the
place of the moved or new row, or None when the edit cannot be made (it then changes nothing).
"""

from __future__ import annotations

import copy
from typing import Any

from matside.core.checks import field_of
from matside.core.routine import CIRCUIT_FIELDS, NOT_IN_CIRCUIT_KEYS, new_exercise_data

Place = tuple[int, ...]
"""A row of the list: ``(item,)`` or ``(circuit, exercise)``."""


def is_circuit(item: Any) -> bool:
    """Whether an item of ``exercises`` is a circuit (it has the key ``circuit``)."""
    return isinstance(item, dict) and "circuit" in item


def inner(item: Any) -> list[Any]:
    """A circuit's exercises (an empty list when it has none, or none that are a list)."""
    exercises = item.get("exercises") if is_circuit(item) else None
    return exercises if isinstance(exercises, list) else []


def places(items: list[Any]) -> list[Place]:
    """Every row in order: each item, and under a circuit each of its exercises."""
    rows: list[Place] = []
    for index, item in enumerate(items):
        rows.append((index,))
        rows.extend((index, number) for number in range(len(inner(item))))
    return rows


def at(items: list[Any], place: Place) -> Any:
    """The item or exercise at ``place``, or None when there is none."""
    if not place or not 0 <= place[0] < len(items):
        return None
    item = items[place[0]]
    if len(place) == 1:
        return item
    exercises = inner(item)
    return exercises[place[1]] if 0 <= place[1] < len(exercises) else None


def _siblings(items: list[Any], place: Place) -> list[Any]:
    """The list that holds the row at ``place``: the routine's items, or a circuit's."""
    return items if len(place) == 1 else inner(items[place[0]])


def for_circuit(exercise: dict[str, Any]) -> dict[str, Any]:
    """``exercise`` without the keys an exercise in a circuit may not have (its sets, its rest
    between sets, optional): the circuit's rounds and rest stand for them."""
    return {key: value for key, value in exercise.items() if key not in NOT_IN_CIRCUIT_KEYS}


def new_circuit_data() -> dict[str, Any]:
    """A new circuit as JSON data, as the editor adds it: valid, with one new exercise; its
    values offered by the table of fields."""
    return {
        "circuit": field_of(CIRCUIT_FIELDS, "circuit").offered,
        "rounds": field_of(CIRCUIT_FIELDS, "rounds").offered,
        "exercises": [for_circuit(new_exercise_data())],
    }


def add_exercise(items: list[Any], place: Place | None) -> Place:
    """Add a new exercise after the row at ``place`` (first when None): inside the circuit
    when the row is a circuit or one of its exercises."""
    if place is None or at(items, place) is None:
        items.insert(0, new_exercise_data())
        return (0,)
    if len(place) == 2 or is_circuit(items[place[0]]):
        circuit = items[place[0]]
        if not isinstance(circuit.get("exercises"), list):
            circuit["exercises"] = []
        number = place[1] + 1 if len(place) == 2 else 0
        circuit["exercises"].insert(number, for_circuit(new_exercise_data()))
        return (place[0], number)
    items.insert(place[0] + 1, new_exercise_data())
    return (place[0] + 1,)


def add_circuit(items: list[Any], place: Place | None) -> Place:
    """Add a new circuit after the routine's item at ``place`` (first when None)."""
    index = place[0] + 1 if place is not None and at(items, place) is not None else 0
    items.insert(index, new_circuit_data())
    return (index,)


def duplicate(items: list[Any], place: Place) -> Place | None:
    """Put a copy of the row at ``place`` (a circuit copies with its exercises) after it."""
    found = at(items, place)
    if found is None:
        return None
    _siblings(items, place).insert(place[-1] + 1, copy.deepcopy(found))
    return (*place[:-1], place[-1] + 1)


def remove(items: list[Any], place: Place) -> Place | None:
    """Remove the row at ``place`` (a circuit goes with its exercises); the place of the row
    to show next, or None when no row is left."""
    if at(items, place) is None:
        return None
    siblings = _siblings(items, place)
    del siblings[place[-1]]
    if siblings:
        return (*place[:-1], min(place[-1], len(siblings) - 1))
    if len(place) == 2:
        return (place[0],)  # the circuit's last exercise: its heading is next
    return None


def move(items: list[Any], place: Place, step: int) -> Place | None:
    """Move the row at ``place`` ``step`` places among its siblings (Alt+Up / Alt+Down): an
    item of the routine past another (a circuit with its exercises), an exercise within its
    circuit."""
    return move_to(items, place, place[-1] + step) if at(items, place) is not None else None


def move_to(items: list[Any], place: Place, target: int) -> Place | None:
    """Move the row at ``place`` to the position ``target`` among its siblings."""
    siblings = _siblings(items, place) if at(items, place) is not None else []
    if not siblings or not 0 <= target < len(siblings) or target == place[-1]:
        return None
    siblings.insert(target, siblings.pop(place[-1]))
    return (*place[:-1], target)


def move_into(items: list[Any], place: Place) -> Place | None:
    """Move an exercise of the routine into the circuit just before it (to its end), or else
    the one just after it (to its start) (Alt+Right). Its sets, rest between sets and optional
    are left behind: the circuit's rounds stand for them (an undo brings them back)."""
    found = at(items, place)
    if len(place) != 1 or not isinstance(found, dict) or is_circuit(found):
        return None
    index = place[0]
    if index > 0 and is_circuit(items[index - 1]):
        circuit = items[index - 1]
        circuit["exercises"] = [*inner(circuit), for_circuit(found)]
        del items[index]
        return (index - 1, len(circuit["exercises"]) - 1)
    if index + 1 < len(items) and is_circuit(items[index + 1]):
        circuit = items[index + 1]
        circuit["exercises"] = [for_circuit(found), *inner(circuit)]
        del items[index]
        return (index, 0)
    return None


def move_out(items: list[Any], place: Place) -> Place | None:
    """Move an exercise out of its circuit (Alt+Left): the first goes before the circuit, any
    other after it. A circuit left empty stays, for the loader to name (remove it, or move an
    exercise in)."""
    found = at(items, place)
    if len(place) != 2 or found is None:
        return None
    index, number = place
    del inner(items[index])[number]
    if number == 0:
        items.insert(index, found)
        return (index,)
    items.insert(index + 1, found)
    return (index + 1,)
