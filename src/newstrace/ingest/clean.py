"""What a stored article may hold: valid Unicode text, and extra fields that JSON can carry.

Inputs are untrusted, so every field is checked before it reaches the store: a lone surrogate ("\\udfff") makes
a text that cannot be hashed or stored; YAML front matter brings dates, sets and non-string keys; JSON can nest
deeper than any reader (or json.dumps) recurses. A field that cannot be carried is a named rejection of its
input, never a crash of the batch.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from ..errors import Rejected

MAX_DEPTH = 50  # nesting levels an extra field may have: far beyond any real metadata, far below Python's stack
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def check_text(value: str, field: str, origin: str) -> str:
    """`value`, if it is valid Unicode; else a rejection naming the field and where."""
    if m := _SURROGATE.search(value):
        raise Rejected("NT120", origin=origin, field=field, position=m.start())
    return value


def json_safe(value: Any, origin: str, field: str = "extra", depth: int = 0) -> Any:
    """`value` as JSON can hold it: dates and times as ISO text, sets and tuples as lists, keys as text; a value
    nested deeper than MAX_DEPTH or holding invalid text is rejected."""
    if depth > MAX_DEPTH:
        raise Rejected("NT123", origin=origin, what=f"field {field!r}", detail=f"more than {MAX_DEPTH} levels")
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(value)
    if isinstance(value, str):
        return check_text(value, f"field {field!r}", origin)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, dict):
        return {check_text(str(k), f"a key of field {field!r}", origin): json_safe(v, origin, field, depth + 1)
                for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        return [json_safe(v, origin, field, depth + 1) for v in items]
    if isinstance(value, bytes):
        return check_text(value.decode("utf-8", "replace"), f"field {field!r}", origin)
    return check_text(str(value), f"field {field!r}", origin)
