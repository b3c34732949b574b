"""Plain-dict round trips for the model's dataclasses, driven by their type hints.

`to_dict` gives JSON-ready values (tuples and sets become lists; sets sorted, so that equal objects serialise
alike); `from_dict` rebuilds nested dataclasses, spans and optional fields from such a dict and ignores keys it
does not know, so that a newer store or report still reads.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, Union, get_args, get_origin


class Dictable:
    def to_dict(self) -> dict[str, Any]:
        return {f.name: _encode(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        hints = _hints(cls)
        return cls(**{k: _decode(hints[k], v) for k, v in data.items() if k in hints})


@cache
def _hints(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in typing.get_type_hints(cls).items() if k in names}


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_dict() if isinstance(value, Dictable) else dataclasses.asdict(value)
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(_encode(v) for v in value)
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return _decode(args[0], value) if len(args) == 1 else value
    if origin is list:
        return [_decode(get_args(tp)[0], v) for v in value]
    if origin in (set, frozenset):
        return origin(_decode(get_args(tp)[0], v) for v in value)
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(a, v) for a, v in zip(args, value, strict=True))
    if origin is dict:
        return {k: _decode(get_args(tp)[1], v) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, Dictable):
        return tp.from_dict(value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value
