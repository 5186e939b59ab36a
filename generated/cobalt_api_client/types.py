# Generated from openapi.yaml by `nox -s generate` (tools/generate.sh: openapi-python-client 0.29.1 with generator/); do not edit.
"""Contains some shared types for properties"""

import gc
import importlib.util
import json
import os
import sys
import threading
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar, overload


class Unset:
    """The type of UNSET: a field absent from the JSON (unlike None, which is JSON null)."""

    # cobalt-sdk: UNSET stays one object through copy.deepcopy and pickle (models are compared
    # and serialised with `is UNSET`; a copied sentinel would be sent as a value).
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        return "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


# cobalt-sdk: response bodies are decoded by `json_loads`, chosen once here: msgspec when it is
# installed (`pip install "cobalt-sdk[speedups]"`; bodies of 64 KiB or more, see `_msgspec_loads`),
# else orjson when that is, else the standard library, with the same results: a body the fast decoder refuses (NaN, a byte-order mark, a lone
# surrogate, UTF-16, a number beyond a float) goes to `json.loads`. msgspec reads integers of any
# size exactly; orjson would read one beyond 64 bits as a float, so with orjson a body with a run of
# 19 or more digits goes to `json.loads` too. COBALT_SDK_JSON_DECODER=json forces the standard
# library, `orjson` prefers orjson.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19
_LARGE = 64 * 1024  # from this size on, msgspec decodes (a page of about 200 appointments)


def _msgspec_loads() -> Callable[[bytes], Any] | None:
    """msgspec for bodies of `_LARGE` bytes or more, imported on the first such body (its import costs
    about a fifth of httpx's, more than it saves on small bodies); smaller ones go to orjson when it
    is installed, else json."""
    try:
        if importlib.util.find_spec("msgspec") is None:
            return None
    except (ImportError, ValueError):  # ValueError: sys.modules["msgspec"] is None (blocked)
        return None
    small = _orjson_loads() or json.loads
    decoder: list[tuple[Callable[[bytes], Any], type[Exception]]] = []

    def _fast_loads(content: bytes) -> Any:
        if len(content) < _LARGE:
            return small(content)
        if not decoder:
            import msgspec

            decoder.append((msgspec.json.Decoder().decode, msgspec.DecodeError))  # ValidationError is one too
        fast, refused = decoder[0]
        try:
            return fast(content)
        except refused:
            return json.loads(content)

    return _fast_loads


def _orjson_loads() -> Callable[[bytes], Any] | None:
    try:
        import orjson
    except ImportError:
        return None
    fast, refused = orjson.loads, orjson.JSONDecodeError

    def _fast_loads(content: bytes) -> Any:
        if _LONG_NUMBER in content.translate(_DIGITS_AS_ZERO):
            return json.loads(content)
        try:
            return fast(content)
        except refused:
            return json.loads(content)

    return _fast_loads


def _choose_loads() -> Callable[[bytes], Any]:
    wanted = os.environ.get("COBALT_SDK_JSON_DECODER", "").strip().lower()
    if wanted == "json":
        return json.loads
    order = (_orjson_loads, _msgspec_loads) if wanted == "orjson" else (_msgspec_loads, _orjson_loads)
    for candidate in order:
        loads = candidate()
        if loads is not None:
            return loads
    return json.loads


json_loads: Callable[[bytes], Any] = _choose_loads()


Work = Callable[[dict[str, Any]], object] | tuple[Any, ...]  # `_do_work`, or a plan for owned data
BuildRun = Callable[[type, list[Any], int, list[str], list[Any], bool, Work | None], int]


def _load_build_run() -> BuildRun | None:
    """cobalt-sdk: the C inner loop of `_from_dicts` for runs of items of one shape (the speedups
    extra's `cobalt_sdk_speedups._models.build_run`, see speedups/README.md), when installed and
    not switched off by `COBALT_SDK_SPEEDUPS=0` (read at import) and able to take a plan (the work
    of a model's owned data, `PLAN` 1 and later), on an interpreter where it builds models
    (`BUILDS`: 0.3.1 builds none on 3.13 and later). None: the generated Python loop does it all.
    Tests and benchmarks set `build_run = None` to compare the two."""
    if os.environ.get("COBALT_SDK_SPEEDUPS", "").strip().lower() in ("0", "false", "no", "off"):
        return None
    try:
        from cobalt_sdk_speedups import _models
    except ImportError:
        return None
    if getattr(_models, "PLAN", 0) < 1:  # before 0.3.0: no plans, the Python loop does it all
        return None
    if not getattr(_models, "BUILDS", 1):  # 0.3.1 on 3.13+: it leaves every class to Python
        return None
    run: BuildRun = _models.build_run
    return run


build_run = _load_build_run()
ParsedT = TypeVar("ParsedT")


def parse_json(content: bytes, parse: Callable[[Any, bool], ParsedT]) -> ParsedT:
    """cobalt-sdk: decode a response body and build its models with the cyclic garbage collector
    paused. A large page allocates hundreds of thousands of young objects, and without the pause
    the collector walks them again and again (cost per item doubled from 100 to 10,000 items).
    `parse` is a model's from_dict, told that the decoded data is its own (no copies).
    Nothing built here is cyclic garbage. The caller's setting is left as it was: a collector the
    caller had switched off stays off, and one that was on is switched back on, even on errors."""
    if not gc.isenabled():
        return parse(json_loads(content), True)
    gc.disable()
    try:
        return parse(json_loads(content), True)
    finally:
        gc.enable()


class _DictOnFirstUse:
    """cobalt-sdk: the class-level `additional_properties` of a model. A model parsed without
    unknown keys stores no dict of its own; the first read gives it an empty one (kept, so changes
    to it stay on that instance)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value: dict[str, Any] = {}
        instance.__dict__[self.name] = value
        return value


_MISSING: Any = object()  # no entry under a key (where UNSET is a value an instance may store)


class ConvertOnFirstUse:
    """cobalt-sdk: the class-level value of a renamed field (`datetime` -> `datetime_`) that a
    parsed model converts when first read.

    from_dict leaves the JSON value of such a field in the instance under `raw_key` (its JSON name);
    the first read converts it, stores the result under the field's name (where later reads find it
    without calling this) and drops the JSON value. An instance without either key has the field
    unset. Only conversions that cannot fail are deferred (unions that keep the JSON value when it
    does not fit), so a read never raises. Two threads reading at once store and get one result
    (`setdefault`), and one that finds the JSON value gone finds the other's result."""

    __slots__ = ("convert", "name", "raw_key")

    def __init__(self, name: str, raw_key: str, convert: Callable[[Any], Any]) -> None:
        self.name, self.raw_key, self.convert = name, raw_key, convert

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return UNSET
        data = instance.__dict__
        raw = data.get(self.raw_key, _MISSING)
        if raw is _MISSING:
            return data.get(self.name, UNSET)  # unset, or converted by another thread meanwhile
        value = data.setdefault(self.name, self.convert(raw))
        data.pop(self.raw_key, None)
        return value


class ConvertInPlace:
    """cobalt-sdk: the class-level value of a field named as in the JSON (`insurances`) that a
    parsed model converts when first read.

    from_dict leaves the JSON value where the decoder put it, under the field's name, so a parse
    moves nothing. An instance entry under that name would hide a plain class attribute, so this is
    a data descriptor, which every read and write of the field goes through: the converted value
    lives under `py:<name>` (where from_dict stores it when it converts at once, and setting the
    field puts it); the first read of a JSON value converts it, stores the result there and drops
    the JSON value. A read costs a call (about 0.1 us) where a renamed field's costs a dict lookup;
    the parse of a page saves a rename per field and item. Conversions cannot fail (as above), and
    two threads reading at once store and get one result."""

    __slots__ = ("convert", "key", "name")

    def __init__(self, name: str, convert: Callable[[Any], Any]) -> None:
        self.name, self.key, self.convert = name, "py:" + name, convert

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return UNSET
        data = instance.__dict__
        value = data.get(self.key, _MISSING)
        if value is not _MISSING:
            return value
        raw = data.get(self.name, _MISSING)
        if raw is _MISSING:
            return data.get(self.key, UNSET)  # unset, or converted by another thread meanwhile
        value = data.setdefault(self.key, self.convert(raw))
        data.pop(self.name, None)
        return value

    def __set__(self, instance: object, value: Any) -> None:
        data = instance.__dict__
        data[self.key] = value
        data.pop(self.name, None)

    def __delete__(self, instance: object) -> None:
        data = instance.__dict__
        converted, raw = data.pop(self.key, _MISSING), data.pop(self.name, _MISSING)
        if converted is _MISSING and raw is _MISSING:
            raise AttributeError(self.name)


def convert_on_first_use(cls: type, deferred: Mapping[str, tuple[str, Callable[[Any], Any]]]) -> None:
    """cobalt-sdk: installs the descriptor of each field name -> (JSON name, conversion):
    `ConvertInPlace` where the two names are one, else `ConvertOnFirstUse`."""
    for name, (raw_key, convert) in deferred.items():
        descriptor = ConvertInPlace(name, convert) if raw_key == name else ConvertOnFirstUse(name, raw_key, convert)
        setattr(cls, name, descriptor)


class _Field:
    """cobalt-sdk: what `lazy_field` leaves in a class body until attrs builds the class."""

    __slots__ = ("factory", "init")

    def __init__(self, init: bool, factory: Callable[[], Any]) -> None:
        self.init, self.factory = init, factory


FieldT = TypeVar("FieldT")


def lazy_field(*, init: bool = True, factory: Callable[[], FieldT]) -> FieldT:
    """cobalt-sdk: `attrs.field(init=..., factory=...)` for a class of `attrs_on_first_use`."""
    return _Field(init, factory)  # type: ignore[return-value]


_NO_DEFAULT: Any = object()
_BUILD_LOCK = threading.RLock()
ClassT = TypeVar("ClassT", bound=type)


@overload
def attrs_on_first_use(cls: ClassT, /) -> ClassT: ...


@overload
def attrs_on_first_use(*, slots: bool = False, repr: bool = False) -> Callable[[ClassT], ClassT]: ...


def attrs_on_first_use(
    cls: ClassT | None = None, /, *, slots: bool = False, repr: bool = False
) -> ClassT | Callable[[ClassT], ClassT]:
    """cobalt-sdk: an attrs class (`attrs.define(slots=False, repr=False)`) built when first needed.

    Generated modules import this as `_attrs_define` (and `lazy_field` as `_attrs_field`) at run
    time only; type checkers see attrs' own `define` and `field` there, so models type-check as
    the attrs classes they are (`attrs.evolve`, `attrs.fields`, the constructor's arguments).

    Parsing needs none of what attrs generates (from_dict builds instances itself), and importing
    attrs and building a model's methods is most of what the first call of a client costs over raw
    httpx. So this leaves the class as written and records its fields; attrs is imported, and what
    `attrs.define` adds moved onto the class (`build_attrs_class`), on the first use of anything
    attrs provides: constructing an instance (`__init__`), `==` / `!=`, `attrs.fields` / `has` /
    `evolve` / `asdict` (which read `__attrs_attrs__`), `inspect.signature`. Before that the class already is what it will be for everything else: its
    fields' class-level values, `__match_args__`, unhashable (`__hash__ = None`, as attrs makes it).

    Every optional field (every field with a default) reads UNSET at class
    level, so an instance stores only the fields that are present; `additional_properties` is an
    empty dict made on first read (`_DictOnFirstUse`). attrs' `__init__`, `__eq__` and `evolve` read
    and set fields with getattr/setattr, which find these values and the descriptors set after the
    class."""
    if slots or repr:  # a model writes its own repr; slots would need a new class
        raise ValueError("attrs_on_first_use builds the class in place: slots=False and repr=False only")
    if cls is None:
        return _on_first_use
    return _on_first_use(cls)


_CLASS_VAR = ("typing.ClassVar", "t.ClassVar", "ClassVar", "typing_extensions.ClassVar")  # as attrs reads them


def _is_class_var(annotation: object) -> bool:
    text = str(annotation)
    if text[:1] in ("'", '"') and text[-1:] == text[:1]:
        text = text[1:-1]
    return text.startswith(_CLASS_VAR)


def _on_first_use(cls: ClassT) -> ClassT:
    namespace = cls.__dict__
    annotations = namespace.get("__annotations__")
    if annotations is None:
        annotations = getattr(cls, "__annotations__", {})
    spec: dict[str, Any] = {}
    after: str | None = None  # a field with a default, if one came before
    for name, annotation in annotations.items():
        if _is_class_var(annotation):
            continue
        default = namespace.get(name, _NO_DEFAULT)
        if default is _NO_DEFAULT and after is not None:  # what attrs would refuse, refused now
            raise ValueError(f"{cls.__qualname__}: mandatory field {name!r} follows {after!r}, which has a default")
        if default is not _NO_DEFAULT and not (isinstance(default, _Field) and not default.init):
            after = name
        spec[name] = default
    for name, default in spec.items():
        if isinstance(default, _Field):
            setattr(cls, name, _DictOnFirstUse(name))
        elif default is not _NO_DEFAULT:
            setattr(cls, name, UNSET)
    positional = tuple(name for name, default in spec.items() if not (isinstance(default, _Field) and not default.init))
    setattr(cls, "__match_args__", positional)
    stubs = ["__attrs_attrs__", "__signature__"]
    if "__eq__" not in namespace and "__hash__" not in namespace:
        cls.__hash__ = None  # type: ignore[assignment]  # as attrs makes it (eq without a hash)
        stubs.append("__hash__")
    built: Any = cls  # the class once attrs has built it: its methods then are attrs' own

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        build_attrs_class(cls)
        built.__init__(self, *args, **kwargs)

    def __eq__(self: Any, other: object) -> bool:
        build_attrs_class(cls)
        result: bool = built.__eq__(self, other)
        return result

    def __ne__(self: Any, other: object) -> bool:
        build_attrs_class(cls)
        result: bool = built.__ne__(self, other)
        return result

    def __replace__(self: Any, **changes: Any) -> Any:  # copy.replace, Python 3.13 and later
        build_attrs_class(cls)
        return built.__replace__(self, **changes)

    wanted = {"__init__": __init__, "__eq__": __eq__, "__ne__": __ne__}
    if sys.version_info >= (3, 13):
        wanted["__replace__"] = __replace__
    for name, method in wanted.items():
        if name not in namespace and not (name == "__ne__" and "__eq__" in namespace):  # the class's own stays
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)
            stubs.append(name)
    cls.__attrs_attrs__ = _OnFirstUse(cls, "__attrs_attrs__")  # type: ignore[attr-defined]
    cls.__signature__ = _OnFirstUse(cls, "__signature__")  # type: ignore[attr-defined]
    cls.__cobalt_attrs__ = (spec, tuple(stubs))  # type: ignore[attr-defined]
    return cls


_NOT_COPIED = ("__dict__", "__weakref__", "__cobalt_attrs__")


def build_attrs_class(cls: type) -> None:
    """cobalt-sdk: builds a class of `attrs_on_first_use` with `attrs.define(slots=False)` (once;
    threads wait for the one that builds it).

    attrs builds a twin of the class (same name, bases, annotations, defaults and methods), and
    what it adds there (`__init__`, `__eq__`, `__attrs_attrs__`, ...) then replaces the stubs of
    the class itself, one attribute at a time: the class is never half-built for another thread,
    whose stubs wait here and then call the built methods, and its class-level values and
    descriptors are never touched. When attrs refuses the class, it stays as it was and every use
    raises attrs' error again."""
    with _BUILD_LOCK:
        recorded = cls.__dict__.get("__cobalt_attrs__")
        if recorded is None:
            return
        spec, stubs = recorded
        import attrs

        skip = {*stubs, *_NOT_COPIED}
        namespace = {name: value for name, value in cls.__dict__.items() if name not in skip}
        namespace["__qualname__"] = cls.__qualname__
        for name, default in spec.items():
            if isinstance(default, _Field):
                namespace[name] = attrs.field(init=default.init, factory=default.factory)
            elif default is _NO_DEFAULT:
                namespace.pop(name, None)
            else:
                namespace[name] = default
        twin = attrs.define(type(cls.__name__, cls.__bases__, dict(namespace)), slots=False, repr=False)
        added = {
            name: value for name, value in twin.__dict__.items() if name not in namespace and name not in _NOT_COPIED
        }
        for name, value in added.items():
            setattr(cls, name, value)
        for name in stubs:
            if name not in added and name in cls.__dict__:
                delattr(cls, name)
        delattr(cls, "__cobalt_attrs__")


class _OnFirstUse:
    """cobalt-sdk: a class attribute that attrs provides (`__attrs_attrs__`), or that it changes
    (`__signature__`, which `inspect.signature` reads first), builds the attrs class when read."""

    __slots__ = ("cls", "name")

    def __init__(self, cls: type, name: str) -> None:
        self.cls, self.name = cls, name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is not None and self.name == "__signature__":
            return None  # an instance is not callable
        build_attrs_class(self.cls)
        target = owner if owner is not None else self.cls  # a subclass asks for its own
        if self.name == "__signature__":
            import inspect

            return inspect.signature(target)
        return getattr(target, self.name)


def field_names(cls: type) -> list[str]:
    """cobalt-sdk: the field names of a model class, in order, whether attrs has built it or not."""
    recorded = cls.__dict__.get("__cobalt_attrs__")
    if recorded is not None:
        return list(recorded[0])
    import attrs

    return [field.name for field in attrs.fields(cls)]


def redacted_repr(model: Any, shown: tuple[str, ...] = ()) -> str:
    """cobalt-sdk: a model's repr names the fields that are set but shows no values (they carry
    patient data, and reprs end up in logs), except the `shown` ones (an event's constant `type`).
    `model.to_dict()` gives the values when they are wanted."""
    parts = [f"{name}={getattr(model, name)!r}" for name in shown]
    hidden = [
        name
        for name in field_names(type(model))
        if name not in shown and name != "additional_properties" and getattr(model, name) is not UNSET
    ]
    extra = sorted(getattr(model, "additional_properties", {}))
    if hidden or extra:
        parts.append("values hidden: " + ", ".join(hidden + [f"[{key!r}]" for key in extra]))
    return f"{type(model).__name__}({', '.join(parts)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

if TYPE_CHECKING:
    from attrs import define as _container
else:

    def _container(cls: type) -> type:  # made an attrs class (attrs.define) on first access: __getattr__
        return cls


@_container
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@_container
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


if not TYPE_CHECKING:
    # cobalt-sdk: `File` and `Response` are what `attrs.define` (slotted) makes of the classes above,
    # built on the first access of `types.File` / `types.Response` (PEP 562), so importing this
    # module imports no attrs. Generated endpoint modules import `Response` where they build one.
    _CONTAINERS = {"File": File, "Response": Response}
    del File, Response

    def __getattr__(name: str) -> Any:
        plain = _CONTAINERS.get(name)
        if plain is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        with _BUILD_LOCK:
            built = globals().get(name)
            if built is None:
                import attrs

                built = globals()[name] = attrs.define(plain)
        return built


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "attrs_on_first_use",
    "build_attrs_class",
    "build_run",
    "json_loads",
    "lazy_field",
    "parse_json",
]
