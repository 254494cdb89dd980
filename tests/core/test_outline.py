"""The editor's outline of a routine: rows of exercises and circuits, and the moves on them."""

from __future__ import annotations

from typing import Any

from matside.core import outline
from matside.core.routine import Circuit, routine_from_data
from tests.conftest import exercise, routine


def names(items: list[Any]) -> list[str]:
    """Each row's name, a circuit's exercises after a dot: ``["A", "R", "R.B"]``."""
    rows = []
    for place in outline.places(items):
        found = outline.at(items, place)
        if len(place) == 2:
            rows.append(f"{items[place[0]]['circuit']}.{found['name']}")
        else:
            rows.append(found.get("circuit") or found["name"])
    return rows


def sample() -> list[Any]:
    return [
        exercise(name="A", sets=2),
        {"circuit": "R", "rounds": 2, "exercises": [exercise(name="B"), exercise(name="C")]},
        exercise(name="D", sets={"min": 2, "max": 3}, rest_between_sets=10, optional=True),
    ]


def test_rows_list_each_item_and_a_circuits_exercises_under_it() -> None:
    items = sample()
    assert outline.places(items) == [(0,), (1,), (1, 0), (1, 1), (2,)]
    assert outline.at(items, (1, 1))["name"] == "C"
    assert outline.at(items, (1, 2)) is None
    assert outline.at(items, (5,)) is None
    assert outline.at(items, ()) is None
    assert outline.places([{"circuit": "Empty", "exercises": "not a list"}]) == [(0,)]


def test_moving_up_and_down_keeps_to_the_rows_own_level() -> None:
    items = sample()
    assert outline.move(items, (1,), -1) == (0,)  # the circuit with its exercises
    assert names(items) == ["R", "R.B", "R.C", "A", "D"]
    assert outline.move(items, (0, 1), -1) == (0, 0)
    assert names(items) == ["R", "R.C", "R.B", "A", "D"]
    assert outline.move(items, (0, 0), -1) is None  # first in its circuit: stays
    assert outline.move(items, (2,), 1) is None  # last: stays
    assert outline.move(items, (7,), 1) is None


def test_an_exercise_moves_into_the_circuit_beside_it_leaving_its_sets_behind() -> None:
    items = sample()
    assert outline.move_into(items, (2,)) == (1, 2)  # D: to the end of the circuit before it
    assert names(items) == ["A", "R", "R.B", "R.C", "R.D"]
    assert items[1]["exercises"][2] == {"name": "D", "reps": 8, "tempo": 4}
    assert outline.move_into(items, (0,)) == (0, 0)  # A: to the start of the one after it
    assert names(items) == ["R", "R.A", "R.B", "R.C", "R.D"]
    assert outline.move_into(items, (0,)) is None  # a circuit does not go into a circuit
    assert outline.move_into(items, (0, 1)) is None  # one level only
    alone = [exercise(name="X")]
    assert outline.move_into(alone, (0,)) is None  # no circuit beside it


def test_an_exercise_moves_out_before_its_circuit_when_first_else_after_it() -> None:
    items = sample()
    assert outline.move_out(items, (1, 1)) == (2,)
    assert outline.move_out(items, (1, 0)) == (1,)
    assert names(items) == ["A", "B", "R", "C", "D"]
    assert items[2]["exercises"] == []  # an empty circuit stays, for the loader to name
    assert outline.move_out(items, (0,)) is None


def test_adding_duplicating_and_removing_rows() -> None:
    items = sample()
    assert outline.add_exercise(items, (1, 0)) == (1, 1)  # in the circuit, after B
    assert "sets" not in items[1]["exercises"][1]
    assert outline.add_exercise(items, (1,)) == (1, 0)  # a circuit chosen: at its start
    assert outline.add_exercise(items, (0,)) == (1,)
    assert outline.add_exercise(items, None) == (0,)
    assert outline.add_circuit(items, (3, 0)) == (4,)  # after the chosen item of the routine
    assert outline.add_circuit([], None) == (0,)
    assert outline.duplicate(items, (2,)) == (3,)
    assert outline.at(items, (3,)) == outline.at(items, (2,))
    assert outline.at(items, (3,)) is not outline.at(items, (2,))
    assert outline.duplicate(items, (9,)) is None
    lone = [{"circuit": "R", "rounds": 1, "exercises": [exercise(name="B")]}]
    assert outline.remove(lone, (0, 0)) == (0,)  # the circuit's last: its heading is next
    assert outline.remove(lone, (0,)) is None
    assert lone == []
    assert outline.remove(lone, (0,)) is None
    two = [exercise(name="A"), exercise(name="B")]
    assert outline.remove(two, (1,)) == (0,)
    assert outline.move_to(two, (0,), 0) is None


def test_a_new_circuit_is_valid_and_its_values_come_from_the_table() -> None:
    data = routine(outline.new_circuit_data(), format=2)
    circuit = routine_from_data(data).exercises[0]
    assert isinstance(circuit, Circuit)
    assert (circuit.name, circuit.rounds) == ("New circuit", 2)
    items: list[Any] = [{"circuit": "No list"}]
    assert outline.add_exercise(items, (0,)) == (0, 0)
    assert len(items[0]["exercises"]) == 1
