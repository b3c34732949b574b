"""Credibility on the Admiralty information scale (1 confirmed … 6 cannot be judged).

The rule, as a user reads it:
  6 — cannot be judged: no one is named for the claim and no outlet states it on its own authority
      ("reports suggest ...").
  5 — improbable: one report states it and another denies or negates it. (A claim that is only ever made as a
      denial, "there is no evidence of X", is graded like any other claim: by who makes it.)
  4 — doubtful: the reports disagree on its numbers or dates, or it is only ever hedged ("believed",
      "reportedly", "may") by a single source.
  1 — confirmed: two or more independent primary sources, at least one stating it plainly.
  2 — probably true: one primary source, carried by two or more outlets that do not copy each other.
  3 — possibly true: one primary source in one outlet, or hedged by several sources.
Independent sources are counted after tracing each mention to its primary source (two outlets quoting one
official are one source) and dropping echoes (copies of another outlet's text).
"""

from __future__ import annotations


def grade(independent: int, certainties: list[str], conflict_kinds: set[str], named: bool,
          independent_outlets: int) -> int:
    if not named:
        return 6
    if "polarity" in conflict_kinds:
        return 5
    hedged_only = all(c == "hedged" for c in certainties)
    if conflict_kinds & {"quantity", "time"} or (hedged_only and independent <= 1):
        return 4
    if independent >= 2 and not hedged_only:
        return 1
    if independent == 1 and independent_outlets >= 2 and not hedged_only:
        return 2
    return 3
