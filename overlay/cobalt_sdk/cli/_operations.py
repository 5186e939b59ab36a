"""`cobalt <resource> <method> ...`: one Click command per operation, built from the registry.

Nothing here is written per operation. The resources are the packages of `cobalt_api_client.api`
(one per tag, listed without importing them, so `cobalt --help` stays cheap); a resource's
commands are the public methods of its generated `<Tag>Resource` class, and their options come
from the method's signature and type hints: `first_name: str | Unset` becomes `--first-name`, a
positional parameter (a path id) an argument, an enumeration a choice, a nested model a JSON
option. Help text and argument descriptions come from the spec (`_spec.py`).

A method's result decides the output: a pager is paged through (`--limit` caps it), a job prints
its response and with `--wait` waits for the outcome event, a file is written to `--output`.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import sys
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._state import State
from ._suggest import closest

if TYPE_CHECKING:
    from ._convert import ParamType

#: Options every operation command has; a spec parameter never takes these names.
RESERVED = {"json_body", "json_output", "wait", "wait_timeout", "limit", "output"}


def kebab(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def resource_names() -> list[str]:
    """The tags of the generated registry, read from the package layout (nothing imported)."""
    found = importlib.util.find_spec("cobalt_api_client")
    names: list[str] = []
    for location in (found.submodule_search_locations or []) if found else []:
        api = Path(location) / "api"
        if api.is_dir():
            names.extend(p.name for p in api.iterdir() if (p / "__init__.py").is_file())
    return sorted(set(names))


def resource_class(resource: str) -> type[Any]:
    module = importlib.import_module(f"cobalt_api_client.api.{resource}")
    exported = [n for n in getattr(module, "__all__", []) if not n.startswith("Async")]
    return typing.cast(type[Any], getattr(module, exported[0]))


def method_names(cls: type[Any]) -> list[str]:
    return sorted(n for n, v in vars(cls).items() if not n.startswith("_") and inspect.isfunction(v))


@dataclass
class ParamSpec:
    """One parameter of an operation method, as the command reads it."""

    name: str  # Python name (`type_`)
    json_name: str  # the name in JSON bodies (`type`)
    kind: ParamType
    required: bool
    positional: bool
    default: Any


def method_params(fn: Any) -> list[ParamSpec]:
    from ._convert import param_type

    out = []
    for p in inspect.signature(fn).parameters.values():
        if p.name in ("self", "timeout"):
            continue
        hint = _hint(fn, p.annotation)
        if p.name in RESERVED:
            raise RuntimeError(f"parameter {p.name!r} clashes with a CLI option")
        out.append(
            ParamSpec(
                name=p.name,
                json_name=p.name.rstrip("_"),
                kind=param_type(hint),
                required=p.default is inspect.Parameter.empty,
                positional=p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD,
                default=p.default,
            )
        )
    return out


def _hint(fn: Any, annotation: Any) -> Any:
    """A parameter's annotation, evaluated in the generated module's namespace (they are strings)."""
    if not isinstance(annotation, str):
        return annotation
    try:
        return eval(annotation, fn.__globals__)  # the generated module's own names, nothing else
    except Exception:
        return str


def _result_kind(fn: Any) -> str:
    ret = str(inspect.signature(fn).return_annotation)
    for kind in ("Pager", "Job", "File"):
        if ret.startswith(kind):
            return kind.lower()
    return "model"


def read_json_body(value: str) -> dict[str, Any]:
    """`--json-body`: inline JSON, `@path/to/file.json`, or `-` for standard input."""
    if value == "-":
        text = sys.stdin.read()
    elif value.startswith("@"):
        try:
            text = Path(value[1:]).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise click.BadParameter(
                f"cannot read {value[1:]} ({type(exc).__name__})", param_hint="--json-body"
            ) from None
    else:
        text = value
    try:
        body = json.loads(text)
    except ValueError as exc:
        raise click.BadParameter(
            f"not valid JSON (line {getattr(exc, 'lineno', '?')})", param_hint="--json-body"
        ) from None
    if not isinstance(body, dict):
        raise click.BadParameter("must be a JSON object", param_hint="--json-body")
    return body


class OperationCommand(click.Command):
    """A command for one operation; spec docs are loaded only when help or an error needs them."""

    def __init__(self, resource: str, method: str, fn: Any) -> None:
        self.resource, self.method, self.fn = resource, method, fn
        self.op_id = f"{resource}_{method}"
        self.specs = method_params(fn)
        self.result = _result_kind(fn)
        summary = (inspect.getdoc(fn) or "").split("\n", 1)[0]
        params: list[click.Parameter] = []
        for s in self.specs:
            if s.positional and s.required:
                params.append(click.Argument([s.name], type=s.kind.click_type, required=False))
                continue
            params.append(
                click.Option(
                    [f"--{kebab(s.name)}", s.name],
                    type=s.kind.click_type,
                    multiple=s.kind.multiple,
                    metavar=s.kind.metavar,
                    default=None,
                    show_default=False,
                )
            )
        params += self._extra_options()
        super().__init__(
            kebab(method), params=params, callback=self._invoke, help=summary, short_help=summary, no_args_is_help=False
        )
        self._documented = False

    def _extra_options(self) -> list[click.Parameter]:
        extra: list[click.Parameter] = [
            click.Option(
                ["--json-body", "json_body"],
                metavar="JSON|@FILE|-",
                help="Body fields as a JSON object: inline, @file.json, or - for standard input. Options win.",
            ),
            click.Option(
                ["--json", "json_output"], is_flag=True, default=None, help="Print JSON (JSON lines for lists)."
            ),
        ]
        if self.result == "pager":
            extra.append(click.Option(["--limit"], type=click.IntRange(min=1), help="Stop after this many items."))
        if self.result == "job":
            extra.append(click.Option(["--wait"], is_flag=True, help="Wait for the job's outcome event."))
            extra.append(
                click.Option(["--wait-timeout"], type=float, default=180.0, show_default=True, help="Seconds to wait.")
            )
        if self.result == "file":
            extra.append(click.Option(["--output", "-o"], type=click.Path(dir_okay=False), help="Write the file here."))
        return extra

    # -- docs from the spec, on demand ------------------------------------------------
    def _document(self) -> None:
        if self._documented:
            return
        self._documented = True
        from ._spec import operations

        docs = operations().get(self.op_id)
        if docs is None:
            return
        if docs.description:
            self.help = docs.description.strip()
        by_name = {s.name: s for s in self.specs}
        for param in self.params:
            spec = by_name.get(param.name or "")
            if spec is None:
                continue
            text = docs.params.get(spec.json_name, "")
            if spec.required or spec.json_name in docs.required:
                text = f"[required] {text}".strip()
            if isinstance(param, click.Option):
                param.help = text or None
            else:
                param.help = text  # shown in the usage error only

    def describe(self, name: str) -> str:
        self._document()
        from ._spec import operations

        docs = operations().get(self.op_id)
        return docs.params.get(name.rstrip("_"), "") if docs else ""

    def get_help(self, ctx: click.Context) -> str:
        self._document()
        return super().get_help(ctx)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = [f"<{s.name.upper()}>" for s in self.specs if s.positional and s.required]
        formatter.write_usage(ctx.command_path, " ".join([*pieces, "[OPTIONS]"]))

    # -- the call ---------------------------------------------------------------------
    def _kwargs(self, ctx: click.Context, values: dict[str, Any]) -> dict[str, Any]:
        body = read_json_body(values["json_body"]) if values.get("json_body") else {}
        by_json = {s.json_name: s for s in self.specs}
        kwargs: dict[str, Any] = {}
        for key, value in body.items():
            spec = by_json.get(key) or by_json.get(key.rstrip("_"))
            if spec is None:
                hint = closest(key, list(by_json))
                raise click.UsageError(
                    f"--json-body has no field {key!r} for {self.op_id}"
                    + (f"; did you mean {hint!r}?" if hint else ""),
                    ctx,
                )
            kwargs[spec.name] = spec.kind.convert(value)
        for spec in self.specs:
            raw = values.get(spec.name)
            if raw is None or (spec.kind.multiple and not raw):
                continue
            try:
                kwargs[spec.name] = spec.kind.convert(raw)
            except click.BadParameter as exc:
                exc.param_hint = f"--{kebab(spec.name)}"
                raise
        for spec in self.specs:
            if spec.required and spec.name not in kwargs:
                self._document()
                what = f"argument <{spec.name.upper()}>" if spec.positional else f"option --{kebab(spec.name)}"
                description = self.describe(spec.name)
                raise click.UsageError(f"Missing {what}" + (f": {description}" if description else "."), ctx)
        return kwargs

    def _invoke(self, **values: Any) -> None:
        from . import _output

        ctx = click.get_current_context()
        state = ctx.find_object(State) or State(flags={}, profile=None)
        kwargs = self._kwargs(ctx, values)
        as_json = bool(values.get("json_output")) or state.as_json
        client = state.client()
        result = getattr(getattr(client, self.resource), self.method)(**kwargs)
        if self.result == "pager":
            _output.emit_items(_output.limited(result, values.get("limit")), as_json=as_json)
        elif self.result == "job" and values.get("wait"):
            event = result.wait(timeout=float(values["wait_timeout"]))
            if as_json:  # one document: the write's response and the job's outcome event
                _output.emit_one(
                    {"response": _output.plain(result.response), "event": _output.plain(event)}, as_json=True
                )
            else:
                _output.emit_one(result.response, as_json=False, title="response")
                _output.emit_one(event, as_json=False, title=str(getattr(event, "type", "event")))
        elif self.result == "job":
            _output.emit_one(result.response, as_json=as_json)
        elif self.result == "file":
            _output.emit_file(result, values.get("output"))
        else:
            _output.emit_one(result, as_json=as_json)


class ResourceGroup(click.Group):
    """`cobalt patients ...`: the operations of one tag, built when first asked for."""

    def __init__(self, resource: str) -> None:
        super().__init__(kebab(resource), help=f"Operations on {resource.replace('_', ' ')}.")
        self.resource = resource
        self._cls: type[Any] | None = None

    def _class(self) -> type[Any]:
        if self._cls is None:
            self._cls = resource_class(self.resource)
        return self._cls

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [kebab(m) for m in method_names(self._class())]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        cls = self._class()
        for m in method_names(cls):
            if kebab(m) == cmd_name:
                return OperationCommand(self.resource, m, getattr(cls, m))
        return None

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        from ._suggest import resolve_or_suggest

        return resolve_or_suggest(self, ctx, args)
