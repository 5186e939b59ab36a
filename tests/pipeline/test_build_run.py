"""The speedups extra's C inner loop of `_from_dicts` (`cobalt_sdk_speedups._models.build_run`).

It builds `object.__new__(cls)` with each item as the instance dict while the items are dicts with
exactly the keys of a checked shape, in order, and stops at the first that is not, leaving it to
the generated Python loop. Pinned here on the function itself: where it stops, what it builds (the
item itself when owned, a copy otherwise), the classes it leaves alone, its argument checks and its
reference counts. tests/pipeline/test_model_parsing.py compares whole parses with and without it.
"""

from __future__ import annotations

import collections
import gc
import json
import os
import subprocess
import sys
from typing import Any

import pytest
from cobalt_sdk_speedups._models import build_run

from cobalt_api_client import types as generated_types

SHAPE = ["id", "status", "datetime"]


class Model:
    pass


def _items(count: int) -> list[Any]:
    decoded: list[Any] = json.loads(
        json.dumps([{"id": f"a{i}", "status": "scheduled", "datetime": "2024-03-14T10:00:00Z"} for i in range(count)])
    )
    return decoded


def test_the_generated_client_uses_it_when_installed() -> None:
    assert generated_types.build_run is build_run


@pytest.mark.parametrize(("setting", "used"), [("0", False), ("off", False), ("1", True)])
def test_cobalt_sdk_speedups_0_switches_it_off(setting: str, used: bool) -> None:
    code = "from cobalt_api_client import types; print(types.build_run is not None)"
    env = {**os.environ, "COBALT_SDK_SPEEDUPS": setting}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == str(used)


@pytest.mark.parametrize("owned", [True, False], ids=["owned", "copied"])
def test_builds_every_item_of_the_shape(owned: bool) -> None:
    items = _items(5)
    out: list[object] = ["already there"]
    assert build_run(Model, items, 1, SHAPE, out, owned) == 5
    assert out[0] == "already there" and len(out) == 5  # appended after what `out` held, from `start`
    for model, item in zip(out[1:], items[1:], strict=True):
        assert type(model) is Model and vars(model) == item
        assert (vars(model) is item) is owned
    assert items == _items(5)  # nothing changed in the input


@pytest.mark.parametrize(
    "odd",
    [
        None,
        ["id", "status", "datetime"],
        "id",
        collections.OrderedDict(id="x", status="s", datetime="d"),  # a dict subclass: the Python loop's
        {"status": "s", "id": "x", "datetime": "d"},  # another order
        {"id": "x", "status": "s"},  # fewer keys
        {"id": "x", "status": "s", "datetime": "d", "extra": 1},  # more keys
        {"id": "x", "status": "s", "date": "d"},  # another key, same count
        {1: "x", "status": "s", "datetime": "d"},  # a key that is not a string
    ],
    ids=repr,
)
def test_stops_at_the_first_item_that_is_not_a_dict_of_the_shape(odd: object) -> None:
    items = [*_items(3), odd, *_items(2)]
    out: list[object] = []
    assert build_run(Model, items, 0, SHAPE, out, True) == 3 and len(out) == 3
    assert build_run(Model, items, 3, SHAPE, out, True) == 3 and len(out) == 3  # at it: nothing built


@pytest.mark.parametrize("owned", [True, False], ids=["owned", "copied"])
def test_work_is_done_on_each_instance_dict_before_it_is_built(owned: bool) -> None:
    items, out, seen = _items(4), list[object](), list[dict[str, Any]]()

    def work(d: dict[str, Any]) -> None:
        seen.append(d)
        d["status"] = d["status"].upper()
        d["extra"] = len(out)  # the instance of this dict is not built yet

    assert build_run(Model, items, 1, SHAPE, out, owned, work) == 4
    assert [vars(model) for model in out] == seen and [d["extra"] for d in seen] == [0, 1, 2]
    assert all(d["status"] == "SCHEDULED" for d in seen)
    assert (items[1]["status"] == "SCHEDULED") is owned  # a copy is worked on when not owned
    assert build_run(Model, _items(2), 0, SHAPE, [], owned, None) == 2  # None: no work


def test_an_error_in_work_is_the_calls_and_stops_it() -> None:
    out: list[object] = []

    def work(d: dict[str, Any]) -> None:
        if d["id"] == "a2":
            raise ValueError("bad item a2")

    with pytest.raises(ValueError, match="bad item a2"):
        build_run(Model, _items(5), 0, SHAPE, out, True, work)
    assert len(out) == 2


def test_work_that_empties_the_list_ends_the_run_safely() -> None:
    items, out = _items(6), list[object]()

    def work(d: dict[str, Any]) -> None:
        items.clear()  # the item being built is held by the call

    assert build_run(Model, items, 0, SHAPE, out, True, work) == 1 and len(out) == 1
    assert vars(out[0])["id"] == "a0"


def test_keys_are_compared_by_value_not_identity() -> None:
    items = [json.loads(json.dumps({"id": f"a{i}", "status": "s", "datetime": "d"})) for i in range(3)]
    shape = [key.encode().decode() for key in SHAPE]  # equal strings, other objects
    assert all(key is not other for key, other in zip(shape, list(items[0]), strict=True))
    out: list[object] = []
    assert build_run(Model, items, 0, shape, out, True) == 3 and len(out) == 3
    assert build_run(Model, [{"id": "x", "status": "s", "datetimf": "d"}], 0, SHAPE, [], True) == 0


def test_an_empty_shape_builds_empty_items_only() -> None:
    out: list[object] = []
    assert build_run(Model, [{}, {}, {"id": "x"}], 0, [], out, False) == 2 and vars(out[0]) == {}


def test_start_at_or_past_the_end_builds_nothing() -> None:
    out: list[object] = []
    assert build_run(Model, _items(2), 2, SHAPE, out, True) == 2
    assert build_run(Model, _items(2), 7, SHAPE, out, True) == 7 and out == []


class WithNew:
    def __new__(cls) -> WithNew:
        return super().__new__(cls)


class Slotted:
    __slots__ = ("datetime", "id", "status")


class WithSetattr:
    def __setattr__(self, name: str, value: object) -> None:  # `instance.__dict__ = d` goes through it
        object.__setattr__(self, name, value)


@pytest.mark.parametrize("cls", [WithNew, Slotted, WithSetattr, int, dict], ids=lambda c: c.__name__)
def test_classes_object_new_does_not_build_with_an_instance_dict_are_left_to_python(cls: type) -> None:
    out: list[object] = []
    assert build_run(cls, _items(3), 1, SHAPE, out, True) == 1 and out == []


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((Model, _items(1), 0, SHAPE, []), TypeError),  # five arguments
        (("Model", _items(1), 0, SHAPE, [], True), TypeError),
        ((Model, tuple(_items(1)), 0, SHAPE, [], True), TypeError),
        ((Model, _items(1), 0, tuple(SHAPE), [], True), TypeError),
        ((Model, _items(1), 0, SHAPE, None, True), TypeError),
        ((Model, _items(1), "0", SHAPE, [], True), TypeError),
        ((Model, _items(1), -1, SHAPE, [], True), ValueError),
        ((Model, _items(1), 2**70, SHAPE, [], True), OverflowError),
        ((Model, _items(1), 0, SHAPE, [], True, "not callable"), TypeError),
        ((Model, _items(1), 0, SHAPE, [], True, None, None), TypeError),  # eight arguments
    ],
)
def test_bad_arguments_raise(args: tuple[Any, ...], error: type[Exception]) -> None:
    with pytest.raises(error):
        build_run(*args)


def test_reference_counts_return_to_where_they_were() -> None:
    items = _items(50)
    before = [sys.getrefcount(item) for item in items]
    owned_out: list[object] = []
    copied_out: list[object] = []
    build_run(Model, items, 0, SHAPE, owned_out, True)
    build_run(Model, items, 0, SHAPE, copied_out, False, lambda d: d.update(seen=True))
    assert [sys.getrefcount(item) for item in items] == [count + 1 for count in before]  # the owned dicts
    model_refs = sys.getrefcount(Model)
    del owned_out, copied_out
    gc.collect()
    assert [sys.getrefcount(item) for item in items] == before
    assert sys.getrefcount(Model) < model_refs  # the instances' references to their class are gone
