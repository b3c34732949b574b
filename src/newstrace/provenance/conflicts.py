"""Conflicts between the mentions of one claim: numbers, dates, certainty and polarity.

Numbers are compared as intervals that their qualifiers imply ("more than 40" is (40, ∞), "about 2 billion" is
±15 %, "up to 100,000" is [0, 100,000]); two mentions conflict when the intervals of the same counted thing do
not meet. Dates are compared the same way (a month, a week, a day are intervals). "At least 38" and "more than
40" do not conflict; "38" and "more than 40" do.
"""

from __future__ import annotations

from ..lexicon import LOWER_BOUND, ROUGH, UPPER_BOUND
from ..model import Conflict, Mention, date_interval


def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    if qualifier in LOWER_BOUND:
        return (value, float("inf"))
    if qualifier in UPPER_BOUND:
        return (0.0, value)
    if qualifier in ROUGH:
        return (value * 0.85, value * 1.15)
    return (value * 0.995, value * 1.005)


def _meet(a: tuple, b: tuple) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def find_conflicts(claim_id: str, mentions: list[Mention]) -> list[Conflict]:
    """Conflicts among one claim's mentions."""
    out: list[Conflict] = []
    seen: set[tuple] = set()

    def add(kind: str, i: int, j: int, description: str) -> None:
        # one conflict of a kind per pair of outlets: five hedged mentions against one plain one is one finding
        key = (kind, *sorted((mentions[i].outlet or mentions[i].article, mentions[j].outlet or mentions[j].article)),
               description if kind in ("quantity", "time") else "")
        if key not in seen:
            seen.add(key)
            out.append(Conflict(kind, [claim_id], [mentions[i].ref, mentions[j].ref], description))

    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            if a.article == b.article or a.duplicate_of == b.article or b.duplicate_of == a.article:
                continue
            who = f"{a.outlet or a.article} / {b.outlet or b.article}"
            for qa in a.quantities:
                for qb in b.quantities:
                    if qa.unit and qb.unit and qa.unit != qb.unit:
                        continue
                    if not _meet(interval(qa.value, qa.qualifier), interval(qb.value, qb.qualifier)):
                        add("quantity", i, j, f"{qa.text!r} vs {qb.text!r} ({who})")
            for times_a, times_b, what in ((a.times, b.times, "dates"), (a.report_times, b.report_times,
                                                                            "report dates")):
                ia = [x for x in (date_interval(t.value) for t in times_a if t.type == "DATE") if x]
                ib = [x for x in (date_interval(t.value) for t in times_b if t.type == "DATE") if x]
                if ia and ib and not any(_meet(x, y) for x in ia for y in ib):
                    ta = ", ".join(t.text for t in times_a)
                    tb = ", ".join(t.text for t in times_b)
                    add("time", i, j, f"different {what}: {ta!r} vs {tb!r} ({who})")
            if {a.certainty, b.certainty} & {"denied"} and {a.certainty, b.certainty} & {"asserted", "reported"}:
                add("polarity", i, j, f"denied in one report, stated in the other ({who})")
            elif a.negated != b.negated:
                add("polarity", i, j, f"negated in one report only ({who})")
            elif {a.certainty, b.certainty} == {"hedged", "asserted"} or {a.certainty, b.certainty} == {
                    "hedged", "reported"}:
                add("certainty", i, j, f"{a.certainty} by {a.outlet or a.article}, {b.certainty} by "
                                       f"{b.outlet or b.article}")
    return out
