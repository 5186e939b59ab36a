"""The generated `from_dict` (our model template) builds the same objects the attrs constructor does.

It fills the instance in one step instead of calling `__init__` with every field, so these tests pin
what must not change: every field is set (absent optional ones to UNSET), values that need it are
converted or checked (nested models, lists, dates, consts, enum values), JSON names that are not
identifiers are renamed, unknown keys land in `additional_properties` (or are dropped where the
schema forbids them), required keys are enforced, and the input mapping is left alone. Reprs hide
field values (patient data).
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from cobalt_api_client import types as generated_types
from cobalt_api_client.models import (
    Appointment,
    AppointmentCreatedEvent,
    AppointmentCreatedEventData,
    AppointmentInsurancesType0Item,
    ObjectMetadata,
    Pagination,
    ProviderHoursInput,
    ProviderShiftInput,
)
from cobalt_api_client.types import UNSET, parse_json

APPOINTMENT: dict[str, Any] = {
    "id": "a1",
    "datetime": "2024-03-14T10:00:00+00:00",
    "duration": 30,
    "status": "scheduled",
    "patient_mrn": "MRN-1",
    "insurances": [{"name": "Acme Health", "member_id": "X1"}],
    "object_metadata": {"source": "cobalt", "created_at": "2024-03-01T09:00:00+00:00"},
    "x_unknown": {"kept": True},
}
EVENT: dict[str, Any] = {
    "id": "evt_1",
    "access_token_reference_id": "ref_1",
    "object": "event",
    "created": "2024-03-14T10:00:05Z",
    "type": "appointment.created",
    "job_id": "123",
    "data": {
        "appointment_id": "a1",
        "mrn": "MRN-1",
        "date_time": "2024-03-14T10:00:00Z",
        "timezone": "America/New_York",
        "provider_id": "12241",
        "provider_name": "Dr. Smith",
    },
}


def test_parsed_object_equals_the_one_the_constructor_builds() -> None:
    source = copy.deepcopy(APPOINTMENT)
    parsed = Appointment.from_dict(source)
    built = Appointment(
        id="a1",
        datetime_=datetime.datetime(2024, 3, 14, 10, 0, tzinfo=datetime.UTC),
        duration=30,
        status="scheduled",
        patient_mrn="MRN-1",
        insurances=[AppointmentInsurancesType0Item.from_dict({"name": "Acme Health", "member_id": "X1"})],
        object_metadata=ObjectMetadata(
            source="cobalt", created_at=datetime.datetime(2024, 3, 1, 9, 0, tzinfo=datetime.UTC)
        ),
    )
    built.additional_properties = {"x_unknown": {"kept": True}}
    assert parsed == built
    assert source == APPOINTMENT  # the input is not mutated
    assert isinstance(parsed.datetime_, datetime.datetime)
    assert isinstance(parsed.object_metadata, ObjectMetadata)
    assert isinstance(parsed.insurances, list) and isinstance(parsed.insurances[0], AppointmentInsurancesType0Item)


def test_every_field_is_set_and_absent_ones_are_unset() -> None:
    parsed = Appointment.from_dict(APPOINTMENT)
    given = {"id", "datetime_", "duration", "status", "patient_mrn", "insurances", "object_metadata"}
    for field in attrs.fields(Appointment):
        if field.name == "additional_properties":
            continue
        value = getattr(parsed, field.name)
        assert (value is UNSET) == (field.name not in given), field.name
    # The instance stores only what the JSON had: absent fields are the class-level UNSET. A field
    # converted on first read when named as in the JSON (`ConvertInPlace`) stores its value under
    # `py:<name>`, where a parse of data it does not own puts it at once.
    stored = (given - {"insurances"}) | {"py:insurances", "additional_properties"}
    assert vars(parsed).keys() == stored
    assert vars(Appointment.from_dict({"id": "a1"})).keys() == {"id"}


def test_class_level_unset_and_lazy_additional_properties_behave_like_stored_ones() -> None:
    sparse = Appointment.from_dict({"id": "a1", "status": "scheduled"})
    assert vars(sparse) == {"id": "a1", "status": "scheduled"}  # no empty additional_properties stored
    built = Appointment(id="a1", status="scheduled")
    assert sparse == built and built == sparse and sparse.to_dict() == {"id": "a1", "status": "scheduled"}
    assert sparse != Appointment.from_dict({"id": "a1", "status": "scheduled", "note": None})
    changed = attrs.evolve(sparse, note="call back")
    assert changed.note == "call back" and sparse.note is UNSET and Appointment.note is UNSET
    sparse.note = "set on one instance"
    assert Appointment.from_dict({"id": "a2"}).note is UNSET
    sparse["x_later"] = 1  # the dict made on first use is the instance's own and is kept
    assert sparse.additional_properties == {"x_later": 1} and Appointment.from_dict({}).additional_properties == {}
    assert sparse.to_dict()["x_later"] == 1
    for clone in (pickle.loads(pickle.dumps(sparse)), copy.deepcopy(sparse)):
        assert clone == sparse and clone.additional_properties == {"x_later": 1}


def test_unknown_keys_go_to_additional_properties_not_attributes() -> None:
    parsed = Appointment.from_dict({**APPOINTMENT, "to_dict": 1, "datetime_": "x"})
    assert parsed.additional_properties == {"x_unknown": {"kept": True}, "to_dict": 1, "datetime_": "x"}
    assert callable(parsed.to_dict)
    assert isinstance(parsed.datetime_, datetime.datetime)
    assert parsed["to_dict"] == 1


def test_round_trip_and_copies() -> None:
    parsed = Appointment.from_dict(APPOINTMENT)
    assert parsed.to_dict() == APPOINTMENT
    assert Appointment.from_dict(parsed.to_dict()) == parsed
    # UNSET survives copies as the same object, so copies compare equal and serialise the same.
    for clone in (pickle.loads(pickle.dumps(parsed)), copy.deepcopy(parsed), copy.copy(parsed)):
        assert clone == parsed and clone.to_dict() == APPOINTMENT and clone.note is UNSET
    assert attrs.evolve(parsed, status="cancelled").status == "cancelled"
    assert parsed.status == "scheduled"


def test_schema_without_additional_properties_drops_unknown_keys_and_checks_enums() -> None:
    parsed = ProviderHoursInput.from_dict({"day": "Monday", "shifts": [{"start": "09:00", "end": "17:00"}], "extra": 1})
    assert parsed.day == "Monday"
    assert isinstance(parsed.shifts[0], ProviderShiftInput)
    assert "extra" not in vars(parsed) and not hasattr(parsed, "additional_properties")


def test_missing_required_key_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="shifts"):
        ProviderHoursInput.from_dict({"day": "Monday"})
    with pytest.raises(TypeError, match="Expected one of"):
        ProviderHoursInput.from_dict({"day": "Someday", "shifts": []})


def test_event_consts_are_checked_and_renamed_fields_filled() -> None:
    event = AppointmentCreatedEvent.from_dict(EVENT)
    assert event.object_ == "event" and event.type_ == "appointment.created" and event.type == "appointment.created"
    assert isinstance(event.data, AppointmentCreatedEventData) and event.data.secondary_provider_id is UNSET
    assert event.to_dict() == EVENT
    with pytest.raises(ValueError, match="must match const"):
        AppointmentCreatedEvent.from_dict({**EVENT, "type": "appointment.updated"})


def test_reprs_name_fields_but_hide_values() -> None:
    appointment = Appointment.from_dict(APPOINTMENT)
    for text in (repr(appointment), str(appointment), f"{appointment}", repr([appointment])):
        assert "Appointment(values hidden: id, datetime_, duration, status, patient_mrn" in text
        assert "MRN-1" not in text and "a1" not in text and "Acme" not in text and "kept" not in text
    event = AppointmentCreatedEvent.from_dict(EVENT)
    assert repr(event).startswith("AppointmentCreatedEvent(object_='event', type_='appointment.created', values")
    assert "MRN-1" not in repr(event) and "Smith" not in repr(event)
    assert "MRN-1" in str(event.to_dict())  # the values are one explicit call away


def _decoded(source: dict[str, Any]) -> Appointment:
    """Parsed as a response body is: from bytes, the decoded data owned by the models."""
    return parse_json(json.dumps(source).encode(), Appointment.from_dict)


def test_a_decoded_body_converts_fallback_fields_on_first_read_and_equals_an_eager_parse() -> None:
    full = {
        **APPOINTMENT,
        "created_at": "2024-03-01T09:00:00+00:00",
        "diagnoses": [{"code": "Z00.00"}],
        "medications": None,
    }
    eager, lazy = Appointment.from_dict(full), _decoded(full)
    assert "datetime" in vars(lazy) and "datetime_" not in vars(lazy)  # not converted yet
    assert "insurances" in vars(lazy) and "py:insurances" not in vars(lazy)  # where the decoder put it
    assert lazy == eager and lazy.to_dict() == full
    assert isinstance(lazy.datetime_, datetime.datetime) and isinstance(lazy.created_at, datetime.datetime)
    assert isinstance(lazy.insurances, list) and isinstance(lazy.insurances[0], AppointmentInsurancesType0Item)
    assert lazy.medications is None and lazy.note is UNSET
    assert lazy.insurances is lazy.insurances  # converted once, then stored
    assert vars(lazy).keys() == {*vars(eager)}  # after the reads, stored as an eager parse stores them


def test_a_decoded_body_moves_no_key_and_fields_named_as_in_the_json_are_set_and_deleted_in_place() -> None:
    known = {key: value for key, value in APPOINTMENT.items() if key != "x_unknown"}
    full = {**known, "created_at": "2024-03-01T09:00:00+00:00", "medications": [{"name": "Aspirin"}]}
    lazy = _decoded(full)
    assert list(vars(lazy)) == list(full)  # the decoder's dict, keys in its order: nothing renamed
    lazy.medications = None  # a write replaces the JSON value, unread
    assert vars(lazy)["py:medications"] is None and "medications" not in vars(lazy) and lazy.medications is None
    del lazy.insurances
    assert lazy.insurances is UNSET and "insurances" not in vars(lazy) and "py:insurances" not in vars(lazy)
    with pytest.raises(AttributeError, match="insurances"):
        del lazy.insurances
    assert lazy.to_dict() == {key: value for key, value in full.items() if key != "insurances"} | {"medications": None}
    item = AppointmentInsurancesType0Item.from_dict({"name": "Acme"})
    built = Appointment(id="a1", insurances=[item])  # attrs' __init__ sets through the descriptor
    assert built.insurances == [item] and built == Appointment.from_dict({"id": "a1", "insurances": [{"name": "Acme"}]})


class _ConvertedMeanwhile(dict[str, Any]):
    """An instance dict in which another thread converts `name` between a reader's two lookups:
    the reader found no converted value, then finds the JSON value gone."""

    def __init__(self, data: dict[str, Any], name: str, stored_key: str, converted: object) -> None:
        super().__init__(data)
        self.name, self.stored_key, self.converted = name, stored_key, converted

    def get(self, key: str, default: Any = None) -> Any:
        if key == self.name and key in self:
            del self[key]
            self[self.stored_key] = self.converted
            return default
        return super().get(key, default)


@pytest.mark.parametrize(
    ("field", "json_name", "stored_key"),
    [("datetime_", "datetime", "datetime_"), ("created_at", "created_at", "py:created_at")],
)
def test_a_read_racing_another_threads_conversion_returns_that_result(
    field: str, json_name: str, stored_key: str
) -> None:
    parsed = _decoded(APPOINTMENT | {"created_at": "2024-03-01T09:00:00+00:00"})
    theirs = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    parsed.__dict__ = _ConvertedMeanwhile(vars(parsed), json_name, stored_key, theirs)
    assert getattr(parsed, field) is theirs


def test_deferred_fields_keep_values_that_do_not_fit_and_unset_when_absent() -> None:
    odd = _decoded({"id": "a1", "datetime": "not a date", "insurances": "none", "created_at": None})
    assert odd.datetime_ == "not a date" and odd.insurances == "none" and odd.created_at is None  # type: ignore[comparison-overlap]
    sparse = _decoded({"id": "a1"})
    assert sparse.datetime_ is UNSET and sparse.insurances is UNSET and vars(sparse) == {"id": "a1"}
    assert Appointment.datetime_ is UNSET and Appointment.insurances is UNSET


def test_deferred_fields_survive_copies_evolve_and_assignment_before_the_first_read() -> None:
    source = {**APPOINTMENT, "diagnoses": [{"code": "Z00.00"}]}
    for clone in (pickle.loads(pickle.dumps(_decoded(source))), copy.deepcopy(_decoded(source))):
        assert clone == Appointment.from_dict(source) and isinstance(clone.datetime_, datetime.datetime)
    evolved = attrs.evolve(_decoded(source), status="cancelled")
    assert isinstance(evolved.diagnoses, list) and isinstance(evolved.datetime_, datetime.datetime)
    assigned = _decoded(source)
    when = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    assigned.datetime_ = when
    assigned.diagnoses = None
    assert assigned.datetime_ == when and assigned.diagnoses is None
    assert assigned.to_dict()["datetime"] == when.isoformat() and assigned.to_dict()["diagnoses"] is None
    for text in (repr(_decoded(source)), repr(assigned)):
        assert "MRN-1" not in text and "Z00" not in text and "2024-03-14" not in text and "datetime_" in text


def test_unknown_keys_of_a_decoded_body_cannot_shadow_deferred_fields() -> None:
    parsed = _decoded({**APPOINTMENT, "datetime_": "x", "py:insurances": "y"})
    assert isinstance(parsed.datetime_, datetime.datetime) and isinstance(parsed.insurances, list)
    assert parsed.additional_properties == {"x_unknown": {"kept": True}, "datetime_": "x", "py:insurances": "y"}


@pytest.fixture(params=["C loop", "Python loop"])
def loop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """`_from_dicts` with the speedups extra's C helper for runs of one shape, and without it."""
    if request.param == "Python loop":
        monkeypatch.setattr(generated_types, "build_run", None)
    else:
        assert generated_types.build_run is not None, "the tests run with the speedups extra installed"
    return str(request.param)


@pytest.mark.usefixtures("loop")
def test_a_list_of_models_is_built_as_from_dict_builds_each_item() -> None:
    items = [APPOINTMENT, {"id": "a2"}, {**APPOINTMENT, "datetime": "not a date", "extra": 1}]
    source = copy.deepcopy(items)
    built = Appointment._from_dicts(source)
    assert built == [Appointment.from_dict(item) for item in items] and source == items  # input kept
    owned = json.loads(json.dumps(items))  # decoded data: no object shared between items
    from_owned = Appointment._from_dicts(owned, True)  # the decoded data becomes the models' own
    assert from_owned == built and vars(from_owned[1]) is owned[1]
    assert ProviderHoursInput._from_dicts([]) == []
    with pytest.raises(KeyError, match="shifts"):
        ProviderHoursInput._from_dicts([{"day": "Monday", "shifts": []}, {"day": "Monday"}])


@pytest.mark.usefixtures("loop")
def test_a_list_of_items_of_changing_shapes_is_built_as_from_dict_builds_each_item() -> None:
    # _from_dicts skips the key checks of an item with the keys of the item checked before it, in
    # the same order; any other item (new keys, reordered, fewer, unknown) is checked again.
    plain = {key: value for key, value in APPOINTMENT.items() if key != "x_unknown"}
    reordered = dict(reversed(list(plain.items())))
    fewer = {"id": "a3", "status": "pending"}
    items = [plain, {**plain, "id": "a2"}, reordered, APPOINTMENT, plain, fewer, {**fewer, "x": 1}, fewer, plain]
    expected = [Appointment.from_dict(item) for item in items]
    source = copy.deepcopy(items)
    assert Appointment._from_dicts(source) == expected and source == items
    owned = json.loads(json.dumps(items))
    built = Appointment._from_dicts(owned, True)
    assert built == expected
    extra = [model.additional_properties for model in built]
    assert extra == [{}, {}, {}, {"x_unknown": {"kept": True}}, {}, {}, {"x": 1}, {}, {}]
    assert [model.insurances for model in built][:5] == [expected[0].insurances] * 5 and built[5].insurances is UNSET
    with pytest.raises(KeyError, match="shifts"):
        shift = {"start": "09:00", "end": "17:00"}
        week = [{"day": "Monday", "shifts": [shift]}, {"day": "Tuesday", "shifts": [shift]}]
        ProviderHoursInput._from_dicts([*week, {"shifts": [shift], "day": "Wednesday"}, {"day": "Monday"}])


def _outcome(parse: Callable[[], list[Any]]) -> tuple[Any, ...]:
    """What a parse gives: its models, their fields and stored state, or the error's type and arguments."""
    try:
        models = parse()
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        return ("raised", type(exc), exc.args)
    fields = [attrs.asdict(model, recurse=False) for model in models]  # converts the deferred fields
    return ("built", models, fields, [vars(model) for model in models])


_SHIFT = {"start": "09:00", "end": "17:00"}
_HOURS = {"day": "Monday", "shifts": [_SHIFT]}
_PLAIN = {key: value for key, value in APPOINTMENT.items() if key != "x_unknown"}
_NULLS = {"id": "a4", "datetime": None, "insurances": None, "created_at": None, "object_metadata": None}
_INSURANCES = [{"name": "A"}, {"name": "B"}, {"member_id": "X", "name": "C"}, {"name": "D", "y": 2}, {"name": "E"}]
# No per-field work when decoded (its converted fields are deferred): runs of it go to the C helper.
_LIGHT = {key: APPOINTMENT[key] for key in ("id", "datetime", "duration", "status", "patient_mrn", "insurances")}
_PAGE = {"current_page": 1, "total_pages": 3, "total_count": 70, "page_size": 25}
_SHAPE_CASES: dict[str, tuple[Any, list[Any]]] = {
    "runs of a shape without per-field work, broken and resumed": (
        Appointment,
        [
            *[_LIGHT] * 4,
            dict(reversed(list(_LIGHT.items()))),
            *[_LIGHT] * 3,
            {**_LIGHT, "x": 1},
            *[_LIGHT] * 2,
            _PLAIN,
            *[_LIGHT] * 2,
            {"id": "a7"},
            {"id": "a8"},
        ],
    ),
    "a null item inside a run": (Appointment, [*[_LIGHT] * 3, None, _LIGHT]),
    "a bad deferred value inside a run": (Appointment, [*[_LIGHT] * 3, {**_LIGHT, "datetime": "no date"}, _LIGHT]),
    "runs of a model without converted fields": (
        Pagination,
        [*[_PAGE] * 3, {**_PAGE, "extra": 1}, *[_PAGE] * 2, dict(reversed(list(_PAGE.items()))), _PAGE],
    ),
    "a required key missing inside a run": (Pagination, [*[_PAGE] * 3, {"current_page": 2}, _PAGE]),
    "same keys in another order": (Appointment, [_PLAIN, {**_PLAIN}, dict(reversed(list(_PLAIN.items()))), _PLAIN]),
    "unknown key after a checked shape": (Appointment, [_PLAIN, _PLAIN, {**_PLAIN, "x": 1}, _PLAIN]),
    "null values of nullable fields": (Appointment, [{**_NULLS, "object_metadata": {}}, _NULLS, _NULLS, _PLAIN]),
    "a bad value in an item of a checked shape": (
        Appointment,
        [_PLAIN, {**_PLAIN, "datetime": "no date"}, {**_PLAIN, "object_metadata": {"created_at": "no date"}}],
    ),
    "nested lists of changing shapes": (
        Appointment,
        [{**_PLAIN, "insurances": _INSURANCES}, {**_PLAIN, "insurances": []}],
    ),
    "empty items": (Appointment, [{}, {}, {"id": "a5"}, {}]),
    "a null item after a checked shape": (Appointment, [_PLAIN, _PLAIN, None]),
    "an item listing a checked shape's keys": (Appointment, [{"id": "a6"}, ["id"]]),
    "required keys, reordered": (ProviderHoursInput, [_HOURS, {"shifts": [_SHIFT], "day": "Tuesday"}, _HOURS]),
    "a required key missing after a checked shape": (ProviderHoursInput, [_HOURS, _HOURS, {"day": "Monday"}]),
    "an extra key where the schema drops them": (ProviderHoursInput, [_HOURS, {**_HOURS, "extra": 1}, _HOURS]),
    "a bad enum value in an item of a checked shape": (ProviderHoursInput, [_HOURS, {**_HOURS, "day": "Someday"}]),
    "a nested required key missing": (ProviderHoursInput, [_HOURS, {**_HOURS, "shifts": [_SHIFT, {"start": "9"}]}]),
    "a null item where keys are required": (ProviderHoursInput, [_HOURS, _HOURS, None]),
    "a string item where keys are required": (ProviderHoursInput, [_HOURS, "day"]),
    "renamed fields and consts": (
        AppointmentCreatedEvent,
        [EVENT, {**EVENT, "id": "evt_2"}, dict(reversed(list(EVENT.items()))), {**EVENT, "x": 1}, EVENT],
    ),
    "a bad const in an item of a checked shape": (AppointmentCreatedEvent, [EVENT, {**EVENT, "type": "other"}]),
    # Nested records inside a run: the C helper builds those that fit the nested model's plan and
    # leaves any other value to the nested from_dict.
    "nested records of other shapes inside a run": (
        Appointment,
        [
            *[_PLAIN] * 3,
            {**_PLAIN, "object_metadata": {"source": "x", "extra": 1}},
            {**_PLAIN, "object_metadata": {}},
            {**_PLAIN, "object_metadata": {"created_at": "2024-01-01T00:00:00", "source": "y"}},
            {**_PLAIN, "object_metadata": "cobalt"},
            {**_PLAIN, "object_metadata": None},
            {**_PLAIN, "object_metadata": [1]},
            *[_PLAIN] * 2,
        ],
    ),
    "a bad nested value after a checked shape": (
        Appointment,
        [*[_PLAIN] * 3, {**_PLAIN, "object_metadata": {"created_at": 5}}, _PLAIN],
    ),
    "a nested required key missing inside a run": (
        AppointmentCreatedEvent,
        [EVENT, EVENT, {**EVENT, "data": {"appointment_id": "a1"}}, EVENT],
    ),
    "nested unknown keys inside a run": (
        AppointmentCreatedEvent,
        [EVENT, EVENT, {**EVENT, "data": {**EVENT["data"], "x": 1}}, EVENT, {**EVENT, "data": None}],
    ),
    "a renamed required key missing": (
        AppointmentCreatedEvent,
        [EVENT, EVENT, {key: value for key, value in EVENT.items() if key != "type"}],
    ),
}


@pytest.mark.usefixtures("loop")
@pytest.mark.parametrize("owned", [False, True], ids=["given", "decoded"])
@pytest.mark.parametrize("case", sorted(_SHAPE_CASES))
def test_a_list_builds_and_fails_exactly_as_a_from_dict_per_item(case: str, owned: bool) -> None:
    # Differential: _from_dicts (which skips the key checks of an item with a checked item's keys,
    # in order) against a fresh from_dict per item, on copies of the same data: same models with the
    # same stored state, or the same error; decoded data is changed alike (it becomes the models').
    model, items = _SHAPE_CASES[case]
    fast_source, slow_source = (json.loads(json.dumps(items)) for _ in range(2))
    fast = _outcome(lambda: model._from_dicts(fast_source, owned))
    slow = _outcome(lambda: [model.from_dict(item, owned) for item in slow_source])
    assert fast == slow and fast_source == slow_source
    assert fast_source == items or owned


class _ListOf(list[Any]):
    pass


@pytest.mark.usefixtures("loop")
def test_lists_of_a_list_subclass_are_built_as_lists() -> None:
    items = [_LIGHT, _LIGHT, {**_LIGHT, "insurances": _ListOf(_INSURANCES)}]
    expected = Appointment._from_dicts(copy.deepcopy(items))
    assert Appointment._from_dicts(_ListOf(copy.deepcopy(items))) == expected
    insurances = expected[2].insurances
    assert isinstance(insurances, list) and [type(item) for item in insurances] == [AppointmentInsurancesType0Item] * 5


@pytest.mark.usefixtures("loop")
def test_items_decoded_apart_are_one_shape() -> None:
    # Items of separate decodes hold equal keys that are other string objects.
    items = [json.loads(json.dumps({**_LIGHT, "id": f"a{i}"})) for i in range(4)]
    expected = [Appointment.from_dict(item) for item in items]
    built = Appointment._from_dicts(items, True)
    assert built == expected and all(vars(model) is item for model, item in zip(built, items, strict=True))
