"""Turn a method parameter's type hint into a Click type and a converter for its values.

A value arrives either as command-line text (`--page-size 10`) or already decoded from a
`--json-body` document; both go through the same converter, which returns what the SDK method
accepts: plain strings for dates and enumerations (the SDK checks them), numbers, booleans, a
generated model (from a JSON object), a list, or a `File` for uploads.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import click

Converter = Callable[[Any], Any]


@dataclass(frozen=True)
class ParamType:
    """How one parameter is read from the command line."""

    click_type: click.ParamType[Any] | type[Any]
    convert: Converter
    multiple: bool = False
    metavar: str | None = None
    is_flag_like: bool = False


def _members(hint: Any) -> list[Any]:
    if get_origin(hint) in (Union, types.UnionType):
        return [a for a in get_args(hint) if getattr(a, "__name__", "") != "Unset" and a is not type(None)]
    return [hint]


def _literals(members: list[Any]) -> list[str] | None:
    values: list[str] = []
    for m in members:
        if get_origin(m) is Literal:
            values.extend(str(v) for v in get_args(m))
        else:
            return None
    return values


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise click.BadParameter("expected JSON") from None
    return value


def _model(cls: type[Any]) -> Converter:
    def convert(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        obj = _json(value)
        if not isinstance(obj, dict):
            raise click.BadParameter(f"expected a JSON object ({cls.__name__})")
        return cls.from_dict(obj)

    return convert


def _scalar(kind: type[Any]) -> Converter:
    def convert(value: Any) -> Any:
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value
        if kind is bool:
            if isinstance(value, str):
                return click.BOOL.convert(value, None, None)
            raise click.BadParameter("expected true or false")
        try:
            return kind(value)
        except (TypeError, ValueError):
            raise click.BadParameter(f"expected {kind.__name__}") from None

    return convert


def _file(value: Any) -> Any:
    from cobalt_api_client.types import File

    if isinstance(value, File):
        return value
    path = Path(str(value))
    try:
        payload = path.open("rb")
    except OSError as exc:
        raise click.BadParameter(f"cannot open {path.name} ({type(exc).__name__})") from None
    return File(payload=payload, file_name=path.name)


def element_converter(hint: Any) -> Converter:
    """The converter of one value (not a list) of type `hint`."""
    members = _members(hint)
    if len(members) == 1 and get_origin(members[0]) in (list, typing.List):  # noqa: UP006
        item = element_converter(get_args(members[0])[0] if get_args(members[0]) else Any)

        def convert_list(value: Any) -> Any:
            obj = _json(value) if isinstance(value, str) and value.lstrip().startswith("[") else value
            items = obj if isinstance(obj, (list, tuple)) else [obj]
            return [item(v) for v in items]

        return convert_list
    names = {getattr(m, "__name__", "") for m in members}
    if "File" in names:
        return _file
    if _literals(members) is not None or str in members:
        return lambda v: v if isinstance(v, str) else json.dumps(v) if isinstance(v, (dict, list)) else str(v)
    for m in members:
        if isinstance(m, type) and hasattr(m, "from_dict"):
            return _model(m)
    for kind in (bool, int, float):
        if kind in members:
            return _scalar(kind)
    return _json


def param_type(hint: Any) -> ParamType:
    members = _members(hint)
    choices = _literals(members)
    if choices is not None:
        return ParamType(click.Choice(choices), element_converter(hint))
    if len(members) == 1 and get_origin(members[0]) in (list, typing.List):  # noqa: UP006
        inner = get_args(members[0])[0] if get_args(members[0]) else Any
        item = element_converter(inner)

        def convert_many(values: Any) -> Any:
            out: list[Any] = []
            for v in values if isinstance(values, (list, tuple)) else [values]:
                if isinstance(v, str) and v.lstrip().startswith("["):
                    out.extend(item(x) for x in _json(v))
                else:
                    out.append(item(v))
            return out

        return ParamType(click.STRING, convert_many, multiple=True, metavar="VALUE")
    names = {getattr(m, "__name__", "") for m in members}
    if "File" in names:
        return ParamType(click.Path(exists=True, dir_okay=False), _file, metavar="FILE")
    if bool in members and len(members) == 1:
        return ParamType(click.BOOL, _scalar(bool), metavar="true|false", is_flag_like=True)
    if int in members and len(members) == 1:
        return ParamType(click.INT, _scalar(int))
    if float in members and len(members) == 1:
        return ParamType(click.FLOAT, _scalar(float))
    if any(isinstance(m, type) and hasattr(m, "from_dict") for m in members) and str not in members:
        return ParamType(click.STRING, element_converter(hint), metavar="JSON")
    if str in members or any(getattr(m, "__module__", "") == "datetime" for m in members):
        return ParamType(click.STRING, element_converter(hint))
    return ParamType(click.STRING, _json, metavar="JSON")
