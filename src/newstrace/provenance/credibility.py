"""Credibility on the Admiralty information scale (1 confirmed … 6 cannot be judged), with the reasons for it.

The rule, as a user reads it:
  6 — cannot be judged: no one is named for the claim and no outlet states it on its own authority
      ("reports suggest ..."), or it is only ever denied, each time by the one it is about ("The company denied
      that it had ignored the warnings": its word on itself, no evidence either way).
  5 — improbable: one report states it and another denies or negates it (not where the only denial is by the one
      it is about, or by one its words name, a firm's managers included: its word on itself leaves the claim
      contested, graded on who states it, 2 at best), or it is only ever reported as denied
      (words that are the act of denying, "Lund has denied all charges", state that a denial was made: graded as
      a report of it).
  4 — doubtful: the reports disagree on its numbers or dates, or it is only ever hedged ("believed",
      "reportedly", "may") by a single source, or only hedged where another report denies it (a suspicion
      against a denial, not a statement).
  1 — confirmed: two or more independent primary sources that state it plainly (a source that only hedges or
      denies it confirms nothing; nor do sources that all say it only in passing, as background: "Ryan,
      who is retiring, said ..."; nor reports that all say it of "he" or "they", who may be two people), in
      reports surely saying one thing (their match reaches `confirm_threshold`),
      stated plainly by two or more outlets that do not copy each other: two sources quoted in one article are
      one reporter's account, and matching within one article is the least sure (speakers answer each other
      there); an outlet that only hedges it carries a question, not the claim.
  2 — probably true: one primary source, stated plainly by two or more outlets that do not copy each other; or
      two that all give it only in passing.
  3 — possibly true: one primary source in one outlet, or hedged by several sources.
Independent sources are counted after tracing each mention to its primary source (two outlets quoting one
official are one source), dropping copies (wire copy, reprints, repeated passages) and unnamed insiders who may
be a named source. Every grade comes with its reasons, the deciding one first, so that an analyst can check it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..lexicon import DENIAL_WORDS, letters
from ..model import Conflict, Mention
from .conflicts import affirms

# A statement whose subject is a pronoun, or a possessive or demonstrative with no name after it, for someone
# named elsewhere ("He scored his first 12 goals", "That arrest was ..."; not "His father, Ivo Marsh, ...",
# "This action by HMS Kestrel ..."): two reports matched on such words may be about two people. First person is
# the speaker, and a pronoun the speaker's words open with is resolved to the speaker (`Mention.statement`).
_UNNAMED_SUBJECT = re.compile(r"^\W*(?:(?i:(he|she|it|they))\b|(?i:(his|her|its|their|this|that|these|those))\b"
                              r"(?![,\s]+(?:[\w'’-]+[,\s]+){0,4}[A-Z]))")  # a name: a capital (case-sensitive)


def _unnamed_subject(m: Mention) -> str | None:
    """The pronoun a mention's statement is said of, when it names no one there."""
    found = _UNNAMED_SUBJECT.match(m.statement or m.text)
    return (found.group(1) or found.group(2)).lower() if found else None

GRADES = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
          6: "cannot be judged"}


@dataclass
class Evidence:
    """What a claim's grade is decided on."""

    mentions: list[Mention]
    independent: list[str]  # independent primary sources, by name
    stating: int  # how many of them state it plainly (not only hedge or deny it)
    outlets: list[str]  # outlets that carry it on their own (not copies)
    conflicts: list[Conflict] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)  # "Coastline Daily repeats Nordic Wire"
    left_out: list[str] = field(default_factory=list)  # sources not counted, and why
    names: dict[str, str] = field(default_factory=dict)  # source id -> name
    match: float | None = None  # how surely its mentions in different articles state one thing
    confirm: float = 0.0  # the match a confirmation needs
    passing: int = 0  # independent sources that state it, where every report gives it only in passing ("Ryan,
    # who is retiring, said"): background taken as known rather than reported, which confirms nothing
    # of `outlets`, those that state it plainly (None: all): an outlet that only hedges it ("police are
    # investigating whether ...") carries a question, not the claim
    stated_in: list[str] | None = None
    # sources that gave only figures a later report revised (`conflicts.superseded`): they tell that it happened,
    # not the figure that stands, and confirm no figure
    earlier: list[str] = field(default_factory=list)


def states(m: Mention) -> bool:
    """The mention states the claim plainly: asserted or reported, or a denial whose own words are the claim
    ("there is no evidence of X" is a statement about the evidence; "X maintains his innocence", of his plea)."""
    return m.certainty in ("asserted", "reported") or m.certainty == "denied" and bool(DENIAL_WORDS.search(m.text))


def stated_plainly(ms: list[Mention]) -> list[bool]:
    """Which of a claim's mentions state it plainly (`states`). Where the claim is itself a negative statement
    reported plainly ("the ministry had not received any warning"), a denial of the positive ("the ministry denied
    it had been warned") says the same no, and states it too."""
    said = [m.negated for m in ms if m.certainty in ("asserted", "reported")]
    negative = bool(said) and all(said)  # (not where another report says yes: that is a conflict)
    return [states(m) or negative and m.certainty == "denied" and not m.negated for m in ms]


def _one_count(conflict: Conflict, mentions: list[Mention]) -> bool:
    """Whether two of a conflict's mentions give numbers counting one thing ("three people" / "five people"),
    which answer one question by themselves; a percentage, a bare number or a length says nothing of what it
    measures ("a 3 percent rise" / "a 6 percent rise" may be an offer and a demand)."""
    refs = set(conflict.mentions)
    units = [m.counted() for m in mentions if m.ref in refs]
    return any(a & b for k, a in enumerate(units) for b in units[k + 1:])


def unweighed(ev: Evidence) -> set[str]:
    """The kinds of the claim's conflicts that decide no grade. A statement and its denial, or two dates, disagree
    only if the reports state one thing: where their match is below what a confirmation asks, the disagreement may
    be between two claims matching joined ("Aas was arrested" beside "his lawyer said Aas denies the charges"), and
    decides nothing, as agreement would not; nor do numbers then, but for numbers of one counted thing ("three
    people" / "five people", `_one_count`), which say by themselves that they answer one question, as a denial of
    the words it follows does ("The company said the claims were without merit")."""
    if ev.match is None or ev.match >= ev.confirm:
        return set()
    kinds = {c.kind for c in ev.conflicts}
    stated = {m.ref for m in ev.mentions}
    denies_what_it_follows = any(m.denial_of in stated for m in ev.mentions if m.certainty == "denied")
    out = kinds & ({"time"} if denies_what_it_follows else {"polarity", "time"})
    if not any(_one_count(c, ev.mentions) for c in ev.conflicts if c.kind == "quantity"):
        out |= kinds & {"quantity"}  # "offered a 3 percent rise" / "wanted a 6 percent rise": two figures
    return out


def denied_of_itself(m: Mention) -> bool:
    """A denial whose words open with its own speaker: what it denies is about itself ("The company denied that it
    had ignored the warnings": "The company had ignored ...", "Lund denied he had lied": "Lund had lied", "Ola Lund
    called him a liar – something Lund has denied": the name its words give in full)."""
    a = m.attribution
    # (a denial set beside the words it denies, "C – something Lund has denied", denies those words, outside its
    # own: not an act)
    beside = bool(a and a.content) and all(e <= m.start or s >= m.end for s, e in a.content)
    if m.certainty != "denied" or a is None or not a.source_text or _denial_as_act(m) and not beside:
        return False
    words = (m.statement or m.text).lstrip(" \"“‘'").lower()
    speaker = a.source_text.strip(" ,;:").lower()
    if m.subject is not None and m.subject == m.source or words.startswith(speaker + " "):
        return True
    # (or with its full name: the source's id, "person:olalund")
    name = letters((m.source or "").split(":", 1)[-1].split("@")[0])
    opening = words.split()[:4]
    return bool(name) and any(letters(" ".join(opening[:k])) == name for k in range(1, len(opening) + 1))


def _denial_as_act(m: Mention) -> bool:
    """A denial whose words are the speaker's act of denying, cue and all ("Lund has denied all charges"): what
    it denies is a thing named, not a statement, so its words state that the denial was made."""
    a = m.attribution
    return m.certainty == "denied" and a is not None and any(m.start <= x < m.end for x, _y in a.cue)


def _only_suggested(ev: Evidence) -> bool:
    """Whether the reports in a claim's polarity conflict that say it so only hedge it ("is believed to have been
    started by a power line" against "denied that its line caused the fire"): a suspicion against a denial, no
    statement against one."""
    refs = {r for c in ev.conflicts if c.kind == "polarity" for r in c.mentions}
    saying = [m for m in ev.mentions if m.ref in refs and affirms(m)]
    return bool(saying) and all(m.certainty == "hedged" for m in saying)


def _denied_only_by_itself(ev: Evidence) -> str:
    """Who denies the claim, where every report in its polarity conflict that says it is not so is the denial of
    the one it is about ("Lind denied that he took the money" against "police said Lind took the money"), or of
    one the words it denies name (`_named_in`): its word on itself, which makes the claim contested, not
    improbable. Empty where anyone else says no."""
    refs = {r for c in ev.conflicts if c.kind == "polarity" for r in c.mentions}
    against = [m for m in ev.mentions if m.ref in refs and not affirms(m)]
    saying = [m.statement or m.text for m in ev.mentions if m.ref in refs and affirms(m)]
    if not against or not all(denied_of_itself(m) or _named_in(m, saying, ev.names) for m in against):
        return ""
    return _names_of(ev, lambda m: any(m is x for x in against))


def _named_in(m: Mention, texts: list[str], names: dict[str, str]) -> bool:
    """Whether a denial's speaker is named in the words it denies ("Norland denied the accusation" against "the
    drone had been launched from Norland territory"): the accused's word on the charge against it."""
    if m.certainty != "denied" or not m.source or m.source.startswith("outlet:"):
        return False
    name = names.get(m.source) or ""
    if m.source.startswith(("org:", "group:company", "group:firm", "group:employer")) and any(
            _ITS_PEOPLE.search(t) for t in texts):
        return True  # "workers had warned managers about the valve", denied by the company: its managers
    return len(name) >= 3 and any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", t, re.I) for t in texts)


# Words for an organisation's own people or itself, unnamed ("managers", "the company"): what is said of them, an
# organisation denying it denies of itself
_ITS_PEOPLE = re.compile(r"\b(?:managers?|management|bosses|executives|the (?:company|firm|employer))\b", re.I)


def _names_of(ev: Evidence, which) -> str:
    """Who gives the claim's mentions `which` picks (sources by name, else their outlets)."""
    return ", ".join(dict.fromkeys(ev.names.get(m.source, m.source) if m.source else (m.outlet or m.article)
                                   for m in ev.mentions if which(m)))


def _below(match: float, confirm: float) -> str:
    """A match below what a confirmation needs, to two decimals, or three rounded down where two would reach it:
    0.5996 is "0.599", not "0.60" beside a confirmation's 0.60."""
    if round(match, 2) < confirm:
        return f"{match:.2f}"
    return f"{math.floor(round(match * 1000, 6)) / 1000:.3f}"  # (0.58 * 1000 is 579.99...)


def grade(ev: Evidence) -> tuple[int, list[str]]:
    """(grade, reasons): the deciding reason first, then what else an analyst checks it against; a conflict it
    does not weigh (`unweighed`) is listed as such."""
    named = any(m.source for m in ev.mentions)
    kinds = {c.kind for c in ev.conflicts}
    not_weighed = unweighed(ev)
    kinds -= not_weighed
    says = stated_plainly(ev.mentions)
    plain = [m for m, yes in zip(ev.mentions, says, strict=True) if yes]
    denials = [m for m, yes in zip(ev.mentions, says, strict=True) if m.certainty == "denied" and not yes]
    n = len(ev.independent)
    who = ", ".join(ev.independent)
    carriers = ev.outlets if ev.stated_in is None else ev.stated_in
    own_word = _denied_only_by_itself(ev) if "polarity" in kinds else ""
    if own_word:
        kinds.discard("polarity")
    if not named:
        decided = 6, "no one is named for it, and no outlet states it on its own authority"
    elif "polarity" in kinds and not _only_suggested(ev):
        decided = 5, "one report states it and another denies or negates it"
    elif "polarity" in kinds:
        decided = 4, (f"it is only suggested (hedged by {_names_of(ev, lambda m: m.certainty == 'hedged')}) and "
                      f"denied or negated (by {_names_of(ev, lambda m: not affirms(m))})")
    elif len(denials) == len(ev.mentions) and all(denied_of_itself(m) for m in denials):
        decided = 6, f"it is only ever denied, by the one it is about ({who}): its word on itself"
    elif len(denials) == len(ev.mentions) and all(_denial_as_act(m) for m in denials):
        decided = 2 if len(carriers) >= 2 else 3, (
            f"it reports a denial by {who}, in {len(carriers) or 1} outlet{'s' * (len(carriers) > 1)}: the denial is "
            "graded, not what it denies, which no report states")
    elif len(denials) == len(ev.mentions):
        decided = 5, "it is only ever reported as denied"
    elif kinds & {"quantity", "time"}:
        decided = 4, "the reports disagree on its " + " and ".join(
            sorted({"numbers" if k == "quantity" else "dates" for k in kinds & {"quantity", "time"}}))
    elif not plain and n <= 1:
        decided = 4, f"only ever hedged, by one source ({who or 'unnamed'})"
    elif ev.stating >= 2 and len(carriers) >= 2 and all(pronouns := [_unnamed_subject(m) for m in plain]):
        decided = 2, (f"{n} sources ({who}), but every report says it of someone it names only as "
                      f"{', '.join(sorted(set(pronouns)))}: that they mean the same one is not shown")
    elif ev.stating >= 2 and (ev.match is None or ev.match >= ev.confirm) and len(carriers) >= 2:
        decided = 1, f"{n} independent sources: {who}" if ev.stating == n else (
            f"{ev.stating} independent sources state it plainly ({n} in all: {who})")
    elif ev.earlier and ev.stating < 2 <= ev.stating + len(ev.earlier) and len(carriers) >= 2 and plain:
        decided = 2, (f"{n} independent source{'s' * (n != 1)} ({who}), but {', '.join(ev.earlier)} gave an earlier figure, "
                      f"revised since: the figure that stands has {ev.stating} source{'s' * (ev.stating != 1)}")
    elif ev.passing >= 2 and len(ev.outlets) >= 2:
        decided = 2, (f"{n} independent sources ({who}), but each says it only in passing, as background taken as "
                      f"known: a confirmation needs two that report it")
    elif ev.stating >= 2 and len(carriers) < 2:
        decided = 2, (f"{n} sources ({who}), but all in one report ({', '.join(carriers) or 'one outlet'}): a "
                      f"confirmation needs a second outlet that does not copy it")
    elif ev.stating >= 2:
        decided = 2, (f"{n} sources ({who}), but their reports may not state the same thing (match "
                      f"{_below(ev.match, ev.confirm)}, a confirmation needs {ev.confirm:.2f}): check the mentions")
    elif n == 1 and len(carriers) >= 2 and plain:
        decided = 2, f"one source ({who}), carried by {len(carriers)} outlets that do not copy each other" + (
            f", though their reports may not state the same thing (match {_below(ev.match, ev.confirm)}, below "
            f"{ev.confirm:.2f}): check the mentions" if ev.match is not None and ev.match < ev.confirm else "")
    elif n >= 2:
        decided = 3, (f"{n} independent sources, but each only hedges it: {who}" if not plain else
                      f"{n} independent sources ({who}), but only one states it plainly")
    else:
        decided = 3, (f"one source ({who}), stated plainly in one outlet" if len(ev.outlets) > max(len(carriers), 1)
                      else f"one source ({who}) in one outlet" if ev.outlets else "one source")
    if own_word and decided[0] == 1:
        # contested: its sources outweigh the denial, but which of two sides is right is the analyst's call
        decided = 2, (f"{decided[1][0].lower()}{decided[1][1:]}, but contested by the one it is about "
                      f"({own_word}): not graded confirmed")
    reasons = [decided[1]]
    if own_word:
        reasons.append(f"denied by {own_word}, the one it is about: its word on itself, which weighs neither way")
    if decided[0] != 1 and n >= 2:
        reasons.append(f"independent sources: {who}")
    if not_weighed:
        reasons.append("not weighed, as its reports may not state the same thing (match "
                       f"{_below(ev.match, ev.confirm)}, below {ev.confirm:.2f}): " + "; ".join(
                           c.description for c in ev.conflicts if c.kind in not_weighed))
    reasons += [f"{c.description}" for c in ev.conflicts if c.kind not in not_weighed]
    hedged = sorted({m.outlet or m.article for m in ev.mentions if m.certainty == "hedged"})
    denied = sorted({m.outlet or m.article for m in denials})
    stated = sorted({m.outlet or m.article for m in plain})
    if hedged and (stated or denied):
        reasons.append(f"certainty differs: stated in {', '.join(stated) or 'no outlet'}, hedged in {', '.join(hedged)}")
    elif hedged:
        reasons.append(f"hedged in {', '.join(hedged)}")  # (outlets: who hedged is among the sources)
    if denied and "polarity" not in kinds and not own_word and not (named and len(denials) == len(ev.mentions)):
        # (where it says so already)
        reasons.append(f"denied in {', '.join(denied)}")
    vias = sorted({f"{ev.names.get(m.source, m.source)} via {m.via_text or m.via}" for m in ev.mentions
                   if (m.via or m.via_text) and m.source})
    if vias:
        reasons.append("through an intermediary: " + "; ".join(vias))
    reasons += ev.copies + ev.left_out
    # independence across outlets is only as good as the outlets are known: an article that names none counts as
    # an outlet of its own (two files of one outlet's story, not near duplicates, would count twice)
    unnamed = sorted({m.article for m in ev.mentions if not m.outlet and m.article in ev.outlets})
    if decided[0] in (1, 2) and len(ev.outlets) >= 2 and unnamed:
        reasons.append(f"no outlet named for {', '.join(unnamed)}: each such article is taken as an outlet of its own")
    return decided[0], reasons
