# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .. import types as _types
from ..types import UNSET, Unset, redacted_repr

if TYPE_CHECKING:
    from attrs import define as _attrs_define
else:
    from ..types import attrs_on_first_use as _attrs_define


T = TypeVar("T", bound="LinkCreateTokenRequest")
_new = object.__new__
_KEYS = frozenset(
    {
        "user_id",
        "org_id",
        "emr_name",
        "emr_instance_domain",
        "access_token",
    }
)
_known = _KEYS.issuperset
_REQUIRED = frozenset(
    {
        "user_id",
        "org_id",
    }
)


@_attrs_define(slots=False, repr=False)
class LinkCreateTokenRequest:
    """Who the link token is for, and optionally the EHR of a new organization or the connection to update.

    Attributes:
        user_id (str): Your identifier for the end user; must not be personal data such as an email or phone number.
        org_id (str): Your identifier for the organization (clinic or hospital) the user belongs to.
        emr_name (str | Unset): Only for an organization new to Cobalt; the name of its EMR (supported names are
            available from Cobalt support).
        emr_instance_domain (str | Unset): Only for an organization new to Cobalt; the URL of its EMR instance.
        access_token (str | Unset): An existing access token; opens Link in update mode for that connection.
    """

    user_id: str
    org_id: str
    emr_name: str | Unset = UNSET
    emr_instance_domain: str | Unset = UNSET
    access_token: str | Unset = UNSET

    def __repr__(self) -> str:
        return redacted_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        org_id = self.org_id

        emr_name = self.emr_name

        emr_instance_domain = self.emr_instance_domain

        access_token = self.access_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "org_id": org_id,
            }
        )
        if emr_name is not UNSET:
            field_dict["emr_name"] = emr_name
        if emr_instance_domain is not UNSET:
            field_dict["emr_instance_domain"] = emr_instance_domain
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

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
        link_create_token_request = _new(cls)
        link_create_token_request.__dict__ = d
        return link_create_token_request

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
            link_create_token_request = _new(cls)
            link_create_token_request.__dict__ = d
            append(link_create_token_request)
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
            link_create_token_request = _new(cls)
            link_create_token_request.__dict__ = d
            append(link_create_token_request)
            if _shape is not None:
                _i = _run(cls, items, _i, _shape, built, _owned, None)
        return built


setattr(
    LinkCreateTokenRequest,
    "_cobalt_plan_",
    (
        _KEYS,
        (
            "user_id",
            "org_id",
        ),
        (),
    ),
)
