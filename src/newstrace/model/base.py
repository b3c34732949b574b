"""Plain-dict round trips for the model's dataclasses, driven by their type hints.

`to_dict` gives JSON-ready values (tuples and sets become lists; sets sorted, so that equal objects serialise
alike); `from_dict` rebuilds nested dataclasses, spans and optional fields from such a dict and ignores keys it
does not know, so that a newer store or report still reads.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Union, get_args, get_origin


class Dictable:
    def to_dict(self) -> dict[str, Any]:
        return {name: _encode(getattr(self, name)) for name in _field_names(type(self))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        decoders = _decoders(cls)
        return cls(**{k: decoders[k](v) for k, v in data.items() if k in decoders})


@cache
def _decoders(cls: type) -> dict[str, Callable[[Any], Any]]:
    """A decoder per field, made once per class from its type hints: a stored story analysis holds thousands of
    nested values, and reading the hints for each one was most of the time a web page took."""
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: _decoder(v) for k, v in typing.get_type_hints(cls).items() if k in names}


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_PLAIN = (str, int, float, bool, type(None))


def _encode(value: Any) -> Any:
    if isinstance(value, _PLAIN):  # most values of a stored analysis: answered before the costlier checks
        return value
    if isinstance(value, Dictable):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(_encode(v) for v in value)
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _same(value: Any) -> Any:
    return value


def _decode(tp: Any, value: Any) -> Any:
    return _decoder(tp)(value)


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function from a JSON value to a value of type `tp` (None stays None)."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return _decoder(args[0]) if len(args) == 1 else _same
    if origin is list:
        item = _decoder(get_args(tp)[0])
        return lambda v: None if v is None else [item(x) for x in v]
    if origin in (set, frozenset):
        item = _decoder(get_args(tp)[0])
        return lambda v: None if v is None else origin(item(x) for x in v)
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda v: None if v is None else tuple(item(x) for x in v)
        items = [_decoder(a) for a in args]
        return lambda v: None if v is None else tuple(f(x) for f, x in zip(items, v, strict=True))
    if origin is dict:
        item = _decoder(get_args(tp)[1])
        return lambda v: None if v is None else {k: item(x) for k, x in v.items()}
    if isinstance(tp, type) and issubclass(tp, Dictable):
        return lambda v: None if v is None else tp.from_dict(v)
    if tp is float:
        return lambda v: float(v) if isinstance(v, int) and not isinstance(v, bool) else v
    return _same
