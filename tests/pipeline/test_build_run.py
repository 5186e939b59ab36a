"""The speedups extra's C inner loop of `_from_dicts` (`cobalt_sdk_speedups._models.build_run`).

It builds `object.__new__(cls)` with each item as the instance dict while the items are dicts with
exactly the keys of a checked shape, in order, and stops at the first that is not, leaving it to
the generated Python loop. Pinned here on the function itself: where it stops, what it builds (the
item itself when owned, a copy otherwise), the classes it leaves alone, its argument checks and its
reference counts; and the plans it takes for owned data (the work of generated models' `from_dict`
as steps: conversions, renames and nested models it builds itself, or by `from_dict` when the value
does not fit). tests/pipeline/test_model_parsing.py compares whole parses with and without it, and
tests/pipeline/test_decoders.py does for generated bodies of every response schema.
"""

from __future__ import annotations

import collections
import datetime
import gc
import json
import os
import subprocess
import sys
from typing import Any, ClassVar

import pytest
from cobalt_sdk_speedups import _models
from cobalt_sdk_speedups._models import build_run

from cobalt_api_client import types as generated_types
from cobalt_api_client.models import Appointment, AppointmentCreatedEvent, ObjectMetadata

SHAPE = ["id", "status", "datetime"]


class Model:
    pass


def _items(count: int) -> list[Any]:
    decoded: list[Any] = json.loads(
        json.dumps([{"id": f"a{i}", "status": "scheduled", "datetime": "2024-03-14T10:00:00Z"} for i in range(count)])
    )
    return decoded


def test_the_generated_client_uses_it_when_installed() -> None:
    assert _models.BUILDS == 1  # on every supported Python since 0.3.2
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


# --- plans: the work of owned data as steps -------------------------------------------------------


class Nested:
    """A model as the generated ones are, to the helper: `from_dict(d, owned)`, `_cobalt_plan_`."""

    _cobalt_plan_: tuple[Any, ...] = (
        frozenset({"when", "name", "tag"}),
        ("when",),
        (("when", "when", str.upper, False),),
    )
    calls: ClassVar[list[Any]] = []

    @classmethod
    def from_dict(cls, data: Any, owned: bool) -> Any:
        cls.calls.append((data, owned))
        return ("from_dict", data)


def _one(item: dict[str, Any], plan: tuple[Any, ...]) -> dict[str, Any]:
    """The instance dict build_run makes of one owned item with `plan`."""
    out: list[Any] = []
    assert build_run(Model, [item], 0, list(item), out, True, plan) == 1
    built: dict[str, Any] = vars(out[0])
    assert built is item
    return built


def test_the_module_says_which_plans_it_takes() -> None:
    assert _models.PLAN == 1


def test_steps_convert_rename_and_skip_absent_fields_in_order() -> None:
    seen: list[Any] = []

    def with_owned(value: Any, owned: bool) -> Any:
        seen.append(owned)
        return [value]

    plan = (
        ("a", "a", int, False),  # converted in place
        ("b", "b_", None, False),  # renamed: the JSON key goes, the value moves
        ("c", "c_", str.upper, False),  # converted and renamed
        ("d", "d", with_owned, True),  # told the data is owned
        ("missing", "missing_", int, False),  # not in the item: nothing
    )
    d = _one({"a": "1", "b": "x", "c": "y", "d": 5, "e": "kept"}, plan)
    assert d == {"a": 1, "b_": "x", "c_": "Y", "d": [5], "e": "kept"} and seen == [True]
    assert list(d) == ["a", "d", "e", "b_", "c_"]  # as from_dict's `d[new] = d.pop(old)` orders them


def test_a_renamed_fields_key_is_gone_when_its_conversion_fails_as_with_pop() -> None:
    d = {"a": "x", "b": "not a number"}
    with pytest.raises(ValueError, match="invalid literal"):
        build_run(Model, [d], 0, ["a", "b"], [], True, (("a", "a_", None, False), ("b", "b_", int, False)))
    assert d == {"a_": "x"}  # `b` popped before int() failed, as `int(d.pop("b"))` leaves it
    same = {"b": "not a number"}
    with pytest.raises(ValueError):
        build_run(Model, [same], 0, ["b"], [], True, (("b", "b", int, False),))
    assert same == {"b": "not a number"}  # converted in place: untouched


def test_a_nested_model_that_fits_its_plan_is_built_without_from_dict() -> None:
    Nested.calls.clear()
    inner = {"when": "now", "name": "n"}
    d = _one({"id": "a1", "nested": inner}, (("nested", "nested", Nested),))
    built = d["nested"]
    assert type(built) is Nested and vars(built) is inner and inner == {"when": "NOW", "name": "n"}
    assert Nested.calls == []


@pytest.mark.parametrize(
    "value",
    [
        {"name": "n"},  # a required key missing
        {"when": "now", "other": 1},  # a key the model does not know
        collections.OrderedDict(when="now"),  # not an exact dict
        {type("Key", (str,), {})("when"): "now"},  # a key that is not an exact str (never from JSON)
        "now",
        None,
        [],
    ],
    ids=repr,
)
def test_a_nested_value_that_does_not_fit_goes_to_from_dict_owned(value: Any) -> None:
    Nested.calls.clear()
    d = _one({"id": "a1", "nested": value}, (("nested", "nested_", Nested),))
    assert d == {"id": "a1", "nested_": ("from_dict", value)} and Nested.calls == [(value, True)]


class NoPlan(Nested):
    _cobalt_plan_ = None  # type: ignore[assignment]  # not a plan


class NewOfItsOwn(Nested):
    def __new__(cls) -> NewOfItsOwn:
        return super().__new__(cls)


@pytest.mark.parametrize("model", [NoPlan, NewOfItsOwn], ids=lambda c: c.__name__)
def test_a_model_without_a_usable_plan_or_a_plain_class_goes_to_from_dict(model: type) -> None:
    Nested.calls.clear()
    d = _one({"nested": {"when": "now"}}, (("nested", "nested", model),))
    assert d["nested"] == ("from_dict", {"when": "now"}) and Nested.calls == [({"when": "now"}, True)]


def test_models_nest_to_any_depth_the_interpreter_allows() -> None:
    class Tree:
        _cobalt_plan_: tuple[Any, ...] = ()

        @classmethod
        def from_dict(cls, data: Any, owned: bool) -> Any:
            raise AssertionError("every level fits")

    Tree._cobalt_plan_ = (frozenset({"child", "n"}), (), (("child", "child", Tree),))
    leaf: dict[str, Any] = {"n": 0}
    tree = leaf
    for n in range(1, 50):
        tree = {"n": n, "child": tree}
    top = _one({"tree": tree}, (("tree", "tree", Tree),))["tree"]
    depth = 0
    while "child" in vars(top):
        top, depth = vars(top)["child"], depth + 1
    assert depth == 49 and type(top) is Tree and vars(top) is leaf
    deep: dict[str, Any] = {"n": 0}
    for n in range(100_000):  # past the C recursion limit of every Python version
        deep = {"n": n, "child": deep}
    with pytest.raises(RecursionError):
        _one({"tree": deep}, (("tree", "tree", Tree),))


def test_an_error_of_a_nested_conversion_is_the_calls() -> None:
    def bad(value: Any) -> Any:
        raise TypeError("bad nested value")

    class Strict(Nested):
        _cobalt_plan_ = (frozenset({"when"}), (), (("when", "when", bad, False),))

    out: list[Any] = []
    with pytest.raises(TypeError, match="bad nested value"):
        items = [*_items(1), {"id": "x", "status": "s", "datetime": {"when": 1}}]
        build_run(Model, items, 0, SHAPE, out, True, (("datetime", "datetime", Strict),))
    assert len(out) == 1  # the first item's value is a string (from_dict's); the second's conversion raised


@pytest.mark.parametrize(
    "plan",
    [
        ("not a step",),
        (("id", "id"),),  # two items
        (("id", "id", int, False, "five"),),  # five
        ["id", "id", None, False],  # a plan is a tuple
    ],
    ids=repr,
)
def test_a_malformed_plan_is_a_type_error(plan: Any) -> None:
    with pytest.raises(TypeError):
        build_run(Model, _items(2), 0, SHAPE, [], True, plan)


def test_a_plan_is_for_owned_data_only() -> None:
    items = _items(2)
    with pytest.raises(ValueError, match="owned"):
        build_run(Model, items, 0, SHAPE, [], False, (("id", "id", str.upper, False),))
    assert items == _items(2)


def test_plans_keep_reference_counts() -> None:
    items = json.loads(json.dumps([{"id": f"a{i}", "nested": {"when": "now", "name": "x"}} for i in range(20)]))
    nested = [item["nested"] for item in items]
    before = [sys.getrefcount(value) for value in nested]
    out: list[Any] = []
    plan = (("nested", "nested_", Nested), ("id", "id", str.upper, False))
    assert build_run(Model, items, 0, ["id", "nested"], out, True, plan) == 20
    assert [sys.getrefcount(value) for value in nested] == before  # held by its instance, no longer by the item
    gc.collect()
    class_refs = sys.getrefcount(Nested)
    del out, items
    gc.collect()
    assert [sys.getrefcount(value) for value in nested] == [count - 1 for count in before]
    assert sys.getrefcount(Nested) == class_refs - 20


def test_generated_models_carry_the_plan_of_their_from_dict() -> None:
    keys, required, steps = Appointment._cobalt_plan_  # type: ignore[attr-defined]
    assert "object_metadata" in keys and required == ()
    assert steps == (("object_metadata", "object_metadata", ObjectMetadata),)  # the rest is deferred
    _, required, steps = AppointmentCreatedEvent._cobalt_plan_  # type: ignore[attr-defined]
    assert "type" in required
    assert [step[:2] for step in steps] == [("object", "object_"), ("type", "type_"), ("data", "data")]
    steps = ObjectMetadata._cobalt_plan_[2]  # type: ignore[attr-defined]
    assert steps == (("created_at", "created_at", datetime.datetime.fromisoformat, False),)


def test_an_older_helper_without_plans_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_models, "BUILDS", 1)
    assert generated_types._load_build_run() is build_run
    monkeypatch.delattr(_models, "PLAN")  # as in cobalt-sdk-speedups 0.2: the Python loop then
    assert generated_types._load_build_run() is None


def test_a_helper_that_builds_nothing_here_is_not_called(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_models, "BUILDS", 0)  # what 0.3.1 says on Python 3.13+
    assert generated_types._load_build_run() is None
    monkeypatch.delattr(_models, "BUILDS")  # 0.3.0, which does not say: used (it declines each run itself)
    assert generated_types._load_build_run() is build_run


def test_attribute_reads_and_writes_use_the_dict_it_sets() -> None:
    """On 3.13+ attributes live inline in an instance, and a dict set from C with
    PyObject_GenericSetDict was not what reads saw (CPython gh-133912): each read, write, delete and
    `vars` of an instance it built goes to the item's own dict, as after `instance.__dict__ = item`,
    also for a class whose instances have had attributes set the usual way."""

    class Plain:
        def __init__(self) -> None:
            self.id, self.status = "set", "by __init__"  # the class now keeps its attributes inline

    assert vars(Plain()) == {"id": "set", "status": "by __init__"}
    for cls in (Model, Plain):
        items = _items(3)
        out: list[Any] = []
        assert build_run(cls, items, 0, SHAPE, out, True) == 3
        for built, item in zip(out, items, strict=True):
            assert vars(built) is item and built.id == item["id"] and built.status == "scheduled"
            built.status = "arrived"
            assert item["status"] == "arrived" and built.status == "arrived"
            built.extra = 1
            del built.id
            assert item == {"status": "arrived", "datetime": "2024-03-14T10:00:00Z", "extra": 1}
            assert not hasattr(built, "id")
    decoded = json.loads(json.dumps({"appointments": [{"id": "a1", "object_metadata": {"source": "cobalt"}}]}))
    [appointment] = Appointment._from_dicts(decoded["appointments"], True)
    assert appointment.id == "a1" and isinstance(appointment.object_metadata, ObjectMetadata)
    assert appointment.object_metadata.source == "cobalt"
