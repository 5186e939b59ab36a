# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    from ..models.settings_code_description import SettingsCodeDescription
else:
    from ..types import attrs_on_first_use as _attrs_define
    from ..types import lazy_field as _attrs_field


T = TypeVar("T", bound="SettingsData")
_new = object.__new__
_KEYS = frozenset(
    {
        "access_token_reference_id",
        "visit_types",
        "timezone",
        "visit_statuses",
        "required_patient_fields",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "access_token_reference_id",
        "visit_types",
        "timezone",
    }
)


@_attrs_define(slots=False, repr=False)
class SettingsData:
    """The settings of the user behind the access token.

    Attributes:
        access_token_reference_id (None | str): Your own reference id for this access token (set with the update call).
        visit_types (list[SettingsCodeDescription | str]): Visit types available in the EHR.
        timezone (str): The user's timezone as an IANA zone name, e.g. America/New_York.
        visit_statuses (list[SettingsCodeDescription] | Unset): Appointment status codes of the EHR (newer docs only),
            usable when updating appointments.
        required_patient_fields (list[str] | Unset): Patient fields the EHR requires when creating a patient (newer docs
            only).
    """

    access_token_reference_id: None | str
    visit_types: list[SettingsCodeDescription | str]
    timezone: str
    visit_statuses: list[SettingsCodeDescription] | Unset = UNSET
    required_patient_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        access_token_reference_id: None | str
        access_token_reference_id = self.access_token_reference_id

        visit_types = []
        for visit_types_item_data in self.visit_types:
            visit_types_item: dict[str, Any] | str
            if isinstance(visit_types_item_data, SettingsCodeDescription):
                visit_types_item = visit_types_item_data.to_dict()
            else:
                visit_types_item = visit_types_item_data
            visit_types.append(visit_types_item)

        timezone = self.timezone

        visit_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visit_statuses, Unset):
            visit_statuses = []
            for visit_statuses_item_data in self.visit_statuses:
                visit_statuses_item = visit_statuses_item_data.to_dict()
                visit_statuses.append(visit_statuses_item)

        required_patient_fields: list[str] | Unset = UNSET
        if not isinstance(self.required_patient_fields, Unset):
            required_patient_fields = self.required_patient_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token_reference_id": access_token_reference_id,
                "visit_types": visit_types,
                "timezone": timezone,
            }
        )
        if visit_statuses is not UNSET:
            field_dict["visit_statuses"] = visit_statuses
        if required_patient_fields is not UNSET:
            field_dict["required_patient_fields"] = required_patient_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _owned: bool = False) -> T:
        """Build the model from its JSON data (left unchanged). Internal: `_owned=True` says the data
        was just decoded and nothing else holds it, so its dicts become the models' own."""
        if not _REQUIRED <= src_dict.keys():
            raise KeyError(min(_REQUIRED.difference(src_dict)))
        if _known(src_dict):
            d: dict[str, Any] = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
        else:
            d = {key: value for key, value in src_dict.items() if key in _KEYS}
            d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

        visit_types = []
        _visit_types = d["visit_types"]
        for visit_types_item_data in _visit_types:

            def _parse_visit_types_item(data: object, _owned: bool = False) -> SettingsCodeDescription | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    visit_types_item_type_0 = SettingsCodeDescription.from_dict(data, _owned)

                    return visit_types_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(SettingsCodeDescription | str, data)

            visit_types_item = _parse_visit_types_item(visit_types_item_data)

            visit_types.append(visit_types_item)

        d["visit_types"] = visit_types
        if "visit_statuses" in d:
            _visit_statuses = d["visit_statuses"]
            visit_statuses: list[SettingsCodeDescription] | Unset = UNSET
            if _visit_statuses is not UNSET:
                visit_statuses = SettingsCodeDescription._from_dicts(_visit_statuses, _owned)

            d["visit_statuses"] = visit_statuses
        if "required_patient_fields" in d:
            required_patient_fields = cast(list[str], d["required_patient_fields"])

            d["required_patient_fields"] = required_patient_fields
        settings_data = _new(cls)
        settings_data.__dict__ = d
        return settings_data

    @classmethod
    def _from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]], _owned: bool = False) -> list[T]:
        """Internal: `[cls.from_dict(item, _owned) for item in items]`, without a call per item."""
        if _types.build_run is not None and type(items) is list:  # the C loop takes exact lists only
            return cls._from_list(items, _owned)
        built: list[T] = []
        append = built.append
        d: dict[str, Any]
        _shape: list[str] | None = None
        for src_dict in items:
            _item_keys = [*src_dict.keys()]
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if not _REQUIRED <= src_dict.keys():
                    raise KeyError(min(_REQUIRED.difference(src_dict)))
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_visit_statuses = "visit_statuses" in d
                _has_required_patient_fields = "required_patient_fields" in d
            visit_types = []
            _visit_types = d["visit_types"]
            for visit_types_item_data in _visit_types:

                def _parse_visit_types_item(data: object, _owned: bool = False) -> SettingsCodeDescription | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        visit_types_item_type_0 = SettingsCodeDescription.from_dict(data, _owned)

                        return visit_types_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(SettingsCodeDescription | str, data)

                visit_types_item = _parse_visit_types_item(visit_types_item_data)

                visit_types.append(visit_types_item)

            d["visit_types"] = visit_types
            if _has_visit_statuses:
                _visit_statuses = d["visit_statuses"]
                visit_statuses: list[SettingsCodeDescription] | Unset = UNSET
                if _visit_statuses is not UNSET:
                    visit_statuses = SettingsCodeDescription._from_dicts(_visit_statuses, _owned)

                d["visit_statuses"] = visit_statuses
            if _has_required_patient_fields:
                required_patient_fields = cast(list[str], d["required_patient_fields"])

                d["required_patient_fields"] = required_patient_fields
            settings_data = _new(cls)
            settings_data.__dict__ = d
            append(settings_data)
        return built

    @classmethod
    def _from_list(cls: type[T], items: list[Mapping[str, Any]], _owned: bool = False) -> list[T]:
        """Internal: `_from_dicts` of a list with the speedups extra's C helper (`types.build_run`),
        which builds the rest of a run of items of a shape checked here (doing an item's per-field
        work with `_do_work`)."""
        _run = _types.build_run
        assert _run is not None
        built: list[T] = []
        append = built.append
        d: dict[str, Any]
        _shape: list[str] | None = None

        def _do_work(d: dict[str, Any]) -> None:
            visit_types = []
            _visit_types = d["visit_types"]
            for visit_types_item_data in _visit_types:

                def _parse_visit_types_item(data: object, _owned: bool = False) -> SettingsCodeDescription | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        visit_types_item_type_0 = SettingsCodeDescription.from_dict(data, _owned)

                        return visit_types_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(SettingsCodeDescription | str, data)

                visit_types_item = _parse_visit_types_item(visit_types_item_data)

                visit_types.append(visit_types_item)

            d["visit_types"] = visit_types
            if _has_visit_statuses:
                _visit_statuses = d["visit_statuses"]
                visit_statuses: list[SettingsCodeDescription] | Unset = UNSET
                if _visit_statuses is not UNSET:
                    visit_statuses = SettingsCodeDescription._from_dicts(_visit_statuses, _owned)

                d["visit_statuses"] = visit_statuses
            if _has_required_patient_fields:
                required_patient_fields = cast(list[str], d["required_patient_fields"])

                d["required_patient_fields"] = required_patient_fields

        _i, _n = 0, len(items)
        while _i < _n:
            src_dict = items[_i]
            _i += 1
            _item_keys = [*src_dict.keys()]
            if _item_keys == _shape:  # the keys of an item already checked, in the same order
                d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
            else:
                if not _REQUIRED <= src_dict.keys():
                    raise KeyError(min(_REQUIRED.difference(src_dict)))
                if _known(src_dict):
                    _shape = _item_keys
                    d = src_dict if _owned else {**src_dict}  # type: ignore[assignment]
                else:
                    _shape = None
                    d = {key: value for key, value in src_dict.items() if key in _KEYS}
                    d["additional_properties"] = {key: value for key, value in src_dict.items() if key not in _KEYS}

                _has_visit_statuses = "visit_statuses" in d
                _has_required_patient_fields = "required_patient_fields" in d
            _do_work(d)
            settings_data = _new(cls)
            settings_data.__dict__ = d
            append(settings_data)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, _OWNED_WORK if _owned else _do_work)
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if not TYPE_CHECKING:  # a runtime guard only: to mypy the model is simply not iterable

        def __iter__(self):
            raise TypeError(
                "SettingsData holds several lists and is not iterable; iterate one of .visit_types, .visit_statuses, .required_patient_fields"
            )


def _own_visit_types(value: Any) -> Any:
    """`visit_types` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    visit_types = []
    _visit_types = value
    for visit_types_item_data in _visit_types:

        def _parse_visit_types_item(data: object, _owned: bool = False) -> SettingsCodeDescription | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visit_types_item_type_0 = SettingsCodeDescription.from_dict(data, _owned)

                return visit_types_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SettingsCodeDescription | str, data)

        visit_types_item = _parse_visit_types_item(visit_types_item_data)

        visit_types.append(visit_types_item)

    return visit_types


def _own_visit_statuses(value: Any) -> Any:
    """`visit_statuses` from its JSON value, which the model owns (from_dict's conversion)."""
    _owned = True
    _visit_statuses = value
    visit_statuses: list[SettingsCodeDescription] | Unset = UNSET
    if _visit_statuses is not UNSET:
        visit_statuses = SettingsCodeDescription._from_dicts(_visit_statuses, _owned)

    return visit_statuses


def _own_required_patient_fields(value: Any) -> Any:
    """`required_patient_fields` from its JSON value, which the model owns (from_dict's conversion)."""
    required_patient_fields = cast(list[str], value)

    return required_patient_fields


from ..models.settings_code_description import SettingsCodeDescription  # noqa: E402

_OWNED_WORK: tuple[Any, ...] = (
    ("visit_types", "visit_types", _own_visit_types, False),
    ("visit_statuses", "visit_statuses", _own_visit_statuses, False),
    ("required_patient_fields", "required_patient_fields", _own_required_patient_fields, False),
)
setattr(
    SettingsData,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "access_token_reference_id",
            "visit_types",
            "timezone",
        ),
        _OWNED_WORK,
    ),
)
