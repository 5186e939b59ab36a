"""Models are attrs classes that attrs builds on first use (`types.attrs_on_first_use`).

Parsing a response needs nothing attrs generates, so importing the client, calling it and reading
the models imports no attrs (it was most of the first call's cost over raw httpx). Pinned here:
that a parse leaves attrs unimported; that every use of what attrs provides builds the class first
(constructing, `==`/`!=`, `attrs.fields`/`has`/`evolve`/`asdict`, `inspect.signature`, a
subclass); that the class before and after is the same to everything else (class-level UNSET,
deferred-field descriptors, `additional_properties`, unhashable, `__match_args__`, pickling); and
that threads racing to build it build it once.
"""

from __future__ import annotations

import copy
import inspect
import subprocess
import sys
import threading
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
import pytest

from cobalt_api_client import types as generated_types
from cobalt_api_client.models import Appointment
from cobalt_api_client.types import UNSET, Response, Unset, convert_on_first_use, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field
else:
    from cobalt_api_client.types import attrs_on_first_use as _attrs_define
    from cobalt_api_client.types import lazy_field as _attrs_field


def _model() -> Any:
    """A fresh class as the generator writes one (attrs not built yet): a required field, optional
    ones, a deferred conversion and `additional_properties`."""

    @_attrs_define(slots=False, repr=False)
    class Visit:
        id: str
        status: str | Unset = UNSET
        when: int | Unset = 5  # a default other than UNSET: UNSET at class level, 5 in __init__
        note: str | Unset = UNSET
        additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

        def __repr__(self) -> str:
            return redacted_repr(self)

    convert_on_first_use(Visit, {"note": ("note", str.upper)})
    return Visit


def _in_a_fresh_interpreter(code: str) -> None:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def _built(cls: type) -> bool:
    return "__cobalt_attrs__" not in cls.__dict__


def _parsed(cls: Any, **data: Any) -> Any:
    instance = object.__new__(cls)
    instance.__dict__ = data  # what from_dict does
    return instance


def test_a_parse_imports_no_attrs() -> None:
    code = (
        "import sys, httpx\n"
        "from cobalt_sdk import Cobalt\n"
        "items = [{'id': f'a{i}', 'datetime': '2024-03-14T10:00:00Z', 'status': 'scheduled',"
        " 'object_metadata': {'source': 'cobalt'}} for i in range(3)]\n"
        "def serve(request): return httpx.Response(200, json={'success': True, 'appointments': items})\n"
        "client = Cobalt(client_id='ci', client_secret='cs', access_token='at', base_url='http://x.local/v1',"
        " transport=httpx.MockTransport(serve))\n"
        "page = client.appointments.list(start_date='2024-03-14', end_date='2024-04-14').page\n"
        "first = page.appointments[0]\n"
        "assert first.status == 'scheduled' and first.datetime_.year == 2024 and repr(first)\n"
        "assert first.object_metadata.source == 'cobalt' and first.to_dict()['id'] == 'a0'\n"
        "assert 'attr' not in sys.modules and 'attrs' not in sys.modules, sorted(sys.modules)\n"
        "assert first == page.appointments[0] and 'attrs' in sys.modules  # == builds the class\n"
    )
    _in_a_fresh_interpreter(code)


def test_before_it_is_built_the_class_reads_as_it_will_after() -> None:
    cls = _model()
    assert not _built(cls)
    parsed = _parsed(cls, id="v1", note="late")
    assert (parsed.id, parsed.status, parsed.when, parsed.note) == ("v1", UNSET, UNSET, "LATE")
    assert parsed.additional_properties == {} and "additional_properties" in vars(parsed)
    assert cls.__match_args__ == ("id", "status", "when", "note") and cls.__hash__ is None
    assert repr(parsed) == "Visit(values hidden: id, note)"
    assert copy.deepcopy(parsed).note == "LATE" and not _built(cls)
    with pytest.raises(TypeError, match="unhashable"):
        hash(parsed)


@pytest.mark.parametrize(
    "use",
    [
        lambda cls: cls(id="v1"),
        lambda cls: _parsed(cls, id="v1") == _parsed(cls, id="v1"),
        lambda cls: _parsed(cls, id="v1") != _parsed(cls, id="v2"),
        attrs.fields,
        attrs.has,
        lambda cls: attrs.evolve(_parsed(cls, id="v1"), status="done"),
        lambda cls: attrs.asdict(_parsed(cls, id="v1")),
        inspect.signature,
        lambda cls: attrs.define(slots=False)(type("Sub", (cls,), {"__annotations__": {"extra": "int"}, "extra": 0})),
    ],
    ids=["construct", "eq", "ne", "fields", "has", "evolve", "asdict", "signature", "subclass"],
)
def test_every_use_of_what_attrs_provides_builds_it_first(use: Any) -> None:
    cls = _model()
    use(cls)
    assert _built(cls)
    assert [field.name for field in attrs.fields(cls)] == ["id", "status", "when", "note", "additional_properties"]


def test_the_built_class_is_attrs_with_the_models_values_kept() -> None:
    cls = _model()
    parsed = _parsed(cls, id="v1", status="booked", note="late")
    made = cls("v1", status="booked", when=UNSET, note="LATE")  # builds it
    assert made == parsed and (made != parsed) is False and parsed.note == "LATE"
    assert made != cls("v1", status="booked", note="LATE")  # when: 5, the __init__ default
    assert cls(id="v2").when == 5 and cls.when is UNSET and cls.status is UNSET  # class-level UNSET kept
    assert type(cls.__dict__["note"]).__name__ == "ConvertInPlace"  # the descriptor survived attrs
    assert attrs.evolve(made, status="done").status == "done"
    assert list(inspect.signature(cls).parameters) == ["id", "status", "when", "note"]
    assert cls.__hash__ is None and cls.__match_args__ == ("id", "status", "when", "note")
    with pytest.raises(TypeError):
        cls()  # id is required
    assert copy.deepcopy(made) == made


def test_parsed_models_pickle_before_and_after_the_build() -> None:
    code = (
        "import pickle, sys\n"
        "from cobalt_api_client.models import Appointment\n"
        "a = Appointment.from_dict({'id': 'a1', 'status': 'scheduled', 'datetime': '2024-03-14T10:00:00Z'})\n"
        "again = pickle.loads(pickle.dumps(a))\n"
        "assert 'attrs' not in sys.modules and again.__dict__ == a.__dict__\n"
        "assert again == a and pickle.loads(pickle.dumps(again)) == a and 'attrs' in sys.modules\n"
    )
    _in_a_fresh_interpreter(code)


def test_threads_racing_to_build_it_build_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    cls = _model()
    calls: list[type] = []
    real = attrs.define

    def counting(maybe_cls: type, **options: Any) -> Any:
        calls.append(maybe_cls)
        return real(maybe_cls, **options)

    monkeypatch.setattr(attrs, "define", counting)
    start = threading.Barrier(8)
    made: list[Any] = []

    def construct() -> None:
        start.wait(timeout=10)
        made.append(cls(id="v1"))

    threads = [threading.Thread(target=construct) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(calls) == 1 and len(made) == 8 and all(model == made[0] for model in made)


def test_while_attrs_builds_it_the_class_is_unchanged_for_everyone_else(monkeypatch: pytest.MonkeyPatch) -> None:
    # attrs builds a twin; what other threads read meanwhile (checked here from inside the build,
    # where a thread switch could let them in) is the class as it was.
    cls = _model()
    parsed = _parsed(cls, id="v1", note="late")
    seen: list[tuple[Any, ...]] = []
    real = attrs.define

    def reading_meanwhile(maybe_cls: type, **options: Any) -> Any:
        with pytest.raises(TypeError, match="unhashable"):
            hash(parsed)
        seen.append((parsed.note, parsed.status, parsed.additional_properties, cls.when, cls.__match_args__))
        return real(maybe_cls, **options)

    monkeypatch.setattr(attrs, "define", reading_meanwhile)
    assert cls(id="v1", when=UNSET, note="LATE") == parsed  # builds it
    assert seen == [("LATE", UNSET, {}, UNSET, ("id", "status", "when", "note"))]


def test_a_build_attrs_refuses_leaves_the_class_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    cls = _model()
    real = attrs.define

    def refusing(maybe_cls: type, **options: Any) -> Any:
        raise ValueError("refused by attrs")

    monkeypatch.setattr(attrs, "define", refusing)
    for _ in range(2):
        with pytest.raises(ValueError, match="refused by attrs"):
            cls(id="v1")
    assert not _built(cls) and _parsed(cls, id="v1").note is UNSET
    monkeypatch.setattr(attrs, "define", real)
    assert cls(id="v1").id == "v1" and _built(cls)


def test_a_field_without_a_default_after_one_with_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="mandatory field 'b' follows 'a'"):

        @_attrs_define(slots=False)
        class Bad:
            a: int = 1
            b: int  # type: ignore[misc]


def test_class_variables_are_not_fields_and_own_methods_are_kept() -> None:
    @_attrs_define(slots=False)
    class Money:
        CURRENCY: ClassVar[str] = "USD"
        cents: int

        def __eq__(self, other: object) -> bool:  # equal to the dollar
            return isinstance(other, Money) and self.cents // 100 == other.cents // 100

        __hash__ = None  # type: ignore[assignment]

    assert Money.__match_args__ == ("cents",) and Money.CURRENCY == "USD"
    assert Money(101) == Money(150) and Money(101) != Money(250)
    assert [field.name for field in attrs.fields(Money)] == ["cents"] and Money.CURRENCY == "USD"


def test_the_signature_of_a_subclass_is_its_own() -> None:
    cls = _model()

    class Mine(cls):  # type: ignore[misc, valid-type]
        def __init__(self, token: str) -> None:
            super().__init__(id=token)

    assert list(inspect.signature(Mine).parameters) == ["token"]
    assert list(inspect.signature(cls).parameters) == ["id", "status", "when", "note"]
    assert Mine("t1").id == "t1"


@pytest.mark.parametrize("option", ["slots", "repr"])
def test_slots_and_attrs_repr_are_refused(option: str) -> None:
    with pytest.raises(ValueError, match="slots=False and repr=False only"):
        generated_types.attrs_on_first_use(**{option: True})


def test_importing_the_generated_client_builds_no_attrs_class() -> None:
    _in_a_fresh_interpreter(
        "import sys\n"
        "from cobalt_api_client import types\n"
        "import cobalt_api_client.api.appointments.appointments_list, cobalt_api_client.models.appointment\n"
        "assert 'attrs' not in sys.modules\n"
        "assert types.Response.__slots__ and 'attrs' in sys.modules  # slotted, as attrs.define makes it\n"
        "assert types.File is types.File and types.File.__slots__\n"
    )


def test_generated_models_and_response_are_attrs_classes() -> None:
    assert attrs.has(Appointment) and "datetime_" in attrs.fields_dict(Appointment)
    response: Response[None] = Response(status_code=HTTPStatus.OK, content=b"{}", headers={}, parsed=None)
    assert repr(response) == "Response(status_code=<HTTPStatus.OK: 200>, content=b'{}', headers={}, parsed=None)"
    assert response == Response(status_code=HTTPStatus.OK, content=b"{}", headers={}, parsed=None)
