"""What a TimeML DATE value means as days: the stages that compare dates (conflicts), order them (timeline) and
draw them (report) read values alike."""

from __future__ import annotations

import re
from datetime import date, timedelta


def date_interval(value: str) -> tuple[date, date] | None:
    """The days a TimeML DATE value covers (None for PRESENT_REF, XXXX-06 and other open values)."""
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            d = date(*map(int, m.groups()))
            return d, d
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            d = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return d, d + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m.group(1)), int(m.group(2))
            end = date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
            return date(y, mo, 1), end
        if m := re.fullmatch(r"(\d{4})-Q(\d)", value):
            y, q = int(m.group(1)), int(m.group(2))
            start = date(y, 3 * q - 2, 1)
            end = date(y + (q == 4), (3 * q) % 12 + 1, 1) - timedelta(days=1)
            return start, end
        if m := re.fullmatch(r"(\d{4})", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def date_sort_key(value: str) -> tuple[date, date]:
    """Earlier first; values that name no days last."""
    span = date_interval(value)
    return (span[0], span[1]) if span else (date.max, date.max)
