"""Conflicts between the mentions of one claim: numbers, dates and polarity.

Numbers are compared as intervals that their qualifiers imply ("more than 40" is (40, ∞), "about 2 billion" is
±15 %, "up to 100,000" is [0, 100,000]); two mentions conflict when the intervals of the same counted thing do
not meet; how long something lasted is such a number ("three and a half weeks" / "four weeks"; "three years" /
"30 months", in days).
Dates are compared the same way (a month, a week, a day are intervals). "At least 38" and "more than 40" do not
conflict; "38" and "more than 40" do.
"""

from __future__ import annotations

import re

from ..lexicon import (
    ACCUSING_WORDS,
    ACTIONS,
    FATE_WORDS,
    FRACTIONS,
    LOWER_BOUND,
    PEOPLE_AT_LARGE,
    QUALIFIERS,
    ROUGH,
    SCALES,
    STOPWORDS,
    UPPER_BOUND,
    stem,
)
from ..model import Conflict, Mention, Quantity, date_interval
from ..model.polarity import opposed


def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values a quantity allows, low to high (below zero too: "about minus 20" is -23 to -17)."""
    if qualifier in LOWER_BOUND:
        return (value, float("inf"))
    if qualifier in UPPER_BOUND:
        return (float("-inf") if value < 0 else 0.0, value)
    if qualifier in ROUGH:
        # "about 62 percent" is 61 to 63, not 64; "about 2,000" 1,700 to 2,300: a rough figure is rounded to its
        # last digit that is not zero (to a 5 where that digit is one: "about 125"), by 15% of it at most
        spread = min(abs(value) * 0.15, _last_digit(value))
        return (value - spread, value + spread)
    low, high = value * 0.995, value * 1.005
    return (min(low, high), max(low, high))


def _last_digit(value: float) -> float:
    """What the last digit that is not zero of a figure is worth: 1 for 62, 1,000 for 12,000, 5 for 125, 0.1 for
    2.4."""
    for k in range(12, -4, -1):
        unit = 10.0 ** k
        if abs(value) >= unit and abs(value / unit - round(value / unit)) < 1e-9:
            return unit * (5 if round(abs(value) / unit) % 10 == 5 else 1)
    return abs(value)


# A figure given in millions or billions, to the digits it is given in ("2 million", "2.1 million"), and the most
# its rounding is taken to move it (a share of it): reports differing by more than that disagree
ROUNDED = 0.1
_SCALED = re.compile(r"(\d+(?:\.(\d+))?)\s*(?:million|billion|trillion|bn)\b", re.I)
_DECIMALS = re.compile(r"\d\.(\d+)")


# A share given as a fraction ("a third", "half") is a rounded one: it allows a tenth of its value either way
_FRACTION = re.compile(r"\b(?:" + "|".join(FRACTIONS) + r")\b", re.I)


_FAHRENHEIT = re.compile(r"\d\s*(?:°\s*|degrees?\s+)?f", re.I)


def allowed(q: Quantity) -> tuple[float, float]:
    """The values a quantity allows (`interval`), a figure given in millions or billions read as rounded to its
    last digit, by a tenth of it at most: "2 million crowns" allows 2.1 million (1.8 to 2.2 million), not 2.4
    million; "2.1 million" does not allow 2.3. A plain figure given to decimals allows what rounds to it: "44.1
    percent" is not "44.5 percent", though they are within half a percent of each other. A share given as a
    fraction allows a tenth of it either way: "a third" is 35 percent, not 40; "a fifth" is not "a quarter"."""
    low, high = interval(q.value, q.qualifier)
    if q.unit == "°C" and q.qualifier not in QUALIFIERS:
        # a temperature allows what rounds to it in the scale it was written in: "41C" is 40.5 to 41.5, "106F"
        # (41.1C) 105.5F to 106.5F
        decimals = _DECIMALS.search(q.text or "")
        half = 10.0 ** -(len(decimals.group(1)) if decimals else 0) / 2
        half *= 5.0 / 9.0 if _FAHRENHEIT.search(q.text or "") else 1.0
        return q.value - half, q.value + half
    if q.unit == "%" and _FRACTION.search(q.text or ""):
        return min(low, q.value * (1 - ROUNDED)), max(high, q.value * (1 + ROUNDED))
    found = _SCALED.search(q.text or "")
    decimals = _DECIMALS.search(q.text or "")
    if found is None and decimals is not None and q.qualifier not in QUALIFIERS:
        half = 10.0 ** -len(decimals.group(1)) / 2
        return max(low, q.value - half), min(high, q.value + half)
    if found is None or q.qualifier in LOWER_BOUND or q.qualifier in UPPER_BOUND or not float(found.group(1)):
        return low, high
    half = q.value / float(found.group(1)) * 10.0 ** -len(found.group(2) or "") / 2  # half its last digit's worth
    half = min(abs(half), abs(q.value) * ROUNDED)
    return min(low, q.value - half), max(high, q.value + half)


def _meet(a: tuple, b: tuple) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# one number and unit: "P4.5M", "PT3H", "PT90M"; not "P1Y6M"
_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)([YMWD])|T(\d+(?:\.\d+)?)([HMS]))")
# a length of hours, minutes or seconds, in hours ("90 minutes" is "an hour and a half")
_HOURS = {"H": 1.0, "M": 1 / 60, "S": 1 / 3600}
_QUALIFIED = re.compile(r"(?:" + "|".join(map(re.escape, QUALIFIERS)) + r")\b", re.I)
_QUALIFIED_BEFORE = re.compile(r"\b(" + "|".join(map(re.escape, QUALIFIERS)) + r")\s+$", re.I)


def durations(m: Mention) -> list[tuple[str, float, str, str | None]]:
    """How long the mention says something lasted, as (text, number, unit, qualifier): "three and a half months"
    (3.5, "M"), "more than two years" (2, "Y", "more than"), "about two hours" (2, "T": hours, "about"). A
    qualifier the time expression leaves out ("about" of "about two hours") is read before it."""
    out = []
    for t in m.times:
        if t.type == "DURATION" and (d := _DURATION.fullmatch(t.value)):
            text, q = t.text, _QUALIFIED.match(t.text)
            qualifier = q.group().lower() if q else None
            if q is None and len(m.text) == m.end - m.start and m.start <= t.start <= m.end and (
                    before := _QUALIFIED_BEFORE.search(m.text[:t.start - m.start])):
                text, qualifier = f"{before.group(1)} {t.text}", before.group(1).lower()
            if d.group(1):
                out.append((text, float(d.group(1)), d.group(2), qualifier))
            else:
                out.append((text, float(d.group(3)) * _HOURS[d.group(4)], "T", qualifier))
    return out


# Days in a calendar unit of a length, to compare lengths given in two ("three years" / "30 months"), and the
# share either way a length so compared allows: a month is four weeks or 31 days
_DAYS = {"Y": 365.25, "M": 30.4375, "W": 7.0, "D": 1.0}
_CALENDAR = 0.05


def _lasting(length: tuple[str, float, str, str | None], other_unit: str) -> tuple[float, float]:
    """The values a length (`durations`) allows, in its unit; in days where the other is given in another calendar
    unit (`_CALENDAR`): "six weeks" is "a month and a half", "four weeks" "a month", "30 months" not "three
    years"."""
    low, high = interval(length[1], length[3])
    if length[2] == other_unit:
        return low, high
    return low * _DAYS[length[2]] * (1 - _CALENDAR), high * _DAYS[length[2]] * (1 + _CALENDAR)


def affirms(m: Mention) -> bool:
    """Whether a mention affirms what its words say: a denial of words that are themselves negative affirms."""
    return (m.certainty == "denied") == m.negated




# Acts that make an accusation: a report that one was made ("Lie was charged with taking bribes") states the act,
# which the accused's denial of the charges ("Lie denied the charges", "denied any wrongdoing") does not deny
_ACCUSING = {"charge", "accuse", "indict", "sue", "allege", "prosecute", "arrest", "investigate", "suspect"}
_THE_CHARGES = re.compile(r"\b(?:charges?|accusations?|allegations?|wrongdoing|guilt)\b", re.I)
_THE_ACT = re.compile(r"\b(?:charged|accused|indicted|sued|arrested|prosecuted|investigated|convicted|sentenced)\b",
                      re.I)
# ... and a court's verdict on them ("A jury found Berg guilty of fraud", "Berg was convicted of fraud"), which the
# accused's denial of the charges answers no more than their being made
_VERDICT = re.compile(r"\b(?:found|finds|find)\s+(?:[\w'’,-]+\s+){0,5}?guilty\b|\bguilty\s+verdict\b|"
                      r"\b(?:convicted|sentenced)\b", re.I)


# What an accusation charges ("accused of spying", "charged Lie with taking bribes")
_CHARGED_WITH = re.compile(r"\b(?:accused|charged|suspected|convicted|indicted)\s+(?:[\w'’.-]+\s+){0,5}?(?:of|with)\s+"
                           r"((?:[\w'’-]+\s*){1,4})", re.I)


def denies_what_is_charged(denial: Mention, report: Mention) -> bool:
    """Whether a denial is of what an accusation charges (the charges, the wrongdoing, not that the accusation
    was made) and the other report tells that the accusation was made: two reports that do not disagree."""
    return (denial.certainty == "denied" and report.certainty != "denied" and not report.negated
            and bool(_THE_CHARGES.search(denial.text))
            and not _THE_ACT.search(denial.text)
            and (any(ev.key in _ACCUSING or ACTIONS.get(ev.key) in _ACCUSING for ev in report.events
                     if not ev.describes) or _VERDICT.search(report.text) is not None))


def _polarity(m: Mention) -> str:
    """What a mention says of the claim, in a polarity conflict: so, not, or so only hedged ("is believed to")."""
    return "says not" if not affirms(m) else "suggests so" if m.certainty == "hedged" else "says so"


SHOWN_VALUES = 6  # values a conflict's description lists (all stay in `values`)


def _counts(q: Quantity, change: bool = False) -> tuple[str | None, bool]:
    """What a number counts (its unit, one however inflected) and whether it is a plain count of it ("86 yards"),
    not a bare number ("four") or a compound describing something else ("an 86-yard run"). A share given as a
    change (`Mention.changes`: "shares rose 4 percent") counts a change, not a share of a whole ("10 percent of its
    workforce")."""
    if not q.unit:
        return None, True
    if change and q.unit == "%":
        return "% change", True
    if q.unit in SCALES:
        return q.unit, True
    unit = stem(q.unit)
    plain = not re.search(r"[-‑]" + re.escape(q.unit) + r"\b", q.text, re.I)
    return ("people" if unit in PEOPLE_AT_LARGE else unit), plain


# Where one clause of a mention ends and another begins, for what a count in it is of
_CLAUSE_BREAK = re.compile(r"[,;:]\s*|\s+(?:and|but|while|whereas)\s+", re.I)


def fates(m: Mention) -> dict[int, str]:
    """For each of a mention's numbers (by id), the one fate of people the words of its clause tell, where they tell
    one (`lexicon.FATE_WORDS`: "The coastguard rescued 41 people, and about 10 are still missing" gives 41 the
    rescued and 10 the missing)."""
    out: dict[int, str] = {}
    breaks = list(_CLAUSE_BREAK.finditer(m.text))
    starts, ends = [0, *(b.end() for b in breaks)], [*(b.start() for b in breaks), len(m.text)]
    for q in m.quantities:
        at = q.start - m.start
        if not 0 <= at < len(m.text) or len(m.text) != m.end - m.start:
            continue
        start, end = max(c for c in starts if c <= at), min((c for c in ends if c > at), default=len(m.text))
        told = {FATE_WORDS[w] for w in re.findall(r"[a-z]+", m.text[start:end].lower()) if w in FATE_WORDS}
        if len(told) == 1:
            out[id(q)] = told.pop()
    return out


def _disagreeing(ca: list, cb: list, fate: dict[int, str] | None = None) -> list[tuple[Quantity, Quantity]]:
    """The pairs of two reports' numbers (`_counts` of each) that disagree. Numbers of one thing are counted in one
    unit ("yard" / "yards"); a report giving several ("226 yards, including an 86-yard run, and Hillis ran for
    101") agrees with one giving any of them, as lengths do. A bare number may count that unit ("sat out four
    straight" beside "missed four games") or another ("53" beside "50 people" counts the wounded), and one in a
    compound describes a thing ("an 86-yard run", "a three-point play" beside "13 points"): either can agree with a
    count, never disagree with one (two compounds of one unit can: "an 86-yard run" / "a 90-yard run")."""
    out = []
    # units in the order the reports give them, so that a conflict lists its values alike on every run
    for unit in dict.fromkeys([*(u for side in (ca, cb) for _q, (u, _plain) in side), None]):
        # two counts, or two things described alike; not of two fates ("41 people" rescued, "six people" missing)
        pairs = [(x, y) for x, (u, px) in ca for y, (v, py) in cb if u == v == unit and px == py
                 and (fate is None or (fx := fate.get(id(x))) is None or (fy := fate.get(id(y))) is None or fx == fy)]
        # (two bare numbers meet a count of any unit: "remains at three" beside "Three skiers died and two were
        # missing" gives three, not two)
        agree = pairs + [(x, y) for x, (u, px) in ca for y, (v, py) in cb
                         if (unit and u in (unit, None) and v in (unit, None) or not unit and None in (u, v))
                         and (u, px) != (v, py)]
        if pairs and not any(_meet(allowed(x), allowed(y)) for x, y in agree):
            out += pairs
    return out


# Papers whose figures move on as a count goes (results as the votes are counted, data, a website's figures); a
# study, a report or a letter says one thing for good
_LIVE_PAPERS = {"doc:results", "doc:data", "doc:statistics", "doc:website", "doc:posts"}


def _updates(mentions: list[Mention]) -> list[tuple[Mention, Quantity]]:
    """(mention, number) of each count a mention gives as changed (`Mention.updates`), and of each a source gives
    on a later day than another of its own giving a count ("killing two people, police said" on Friday; "Three
    people were killed, police said" on Saturday): one source's figures on two days are its figure over time, not
    two answers (copies aside: a repeated passage is no later word; on one day, two outlets may have heard one
    figure two ways, also where one reports it the day after: "the bank said on Thursday", `_said_on`; nor a
    paper's, which says one thing: `_LIVE_PAPERS`)."""
    out = [(m, q) for m in mentions for q in m.updates()]
    for m in mentions:
        if not m.source or m.echo_of is not None or m.duplicate_of is not None:
            continue
        if m.source.startswith("doc:") and m.source not in _LIVE_PAPERS:
            continue  # a paper says what it says: its figure told two ways on two days is two readings of it
        # (not the size of a whole a part is counted of: "14 of the 45 seats" beside a later "Labour won 16 seats")
        earlier = [x for o in mentions if o is not m and o.source == m.source and o.article != m.article
                   and _said_on(o, "9") < _said_on(m, "") for x in _figures(o)]
        for q in _figures(m):
            # a count of what the source counted before, by another figure (none of its earlier ones of it agree)
            unit = _counts(q)[0]
            same = [x for x in earlier if unit is not None and _counts(x)[0] == unit]
            if same and not any(_meet(allowed(x), allowed(q)) for x in same) and not any(
                    u is m and y is q for u, y in out):
                out.append((m, q))
    return out


# A result given as a score ("beat Lysvik 3-1", "a 3-2 win", "ruled 5-4"), whose numbers count nothing one by one
# (nlp/quantities leaves them out), read highest first ("lost 1-3" is "3-1"); not a record in brackets ("(5-10)"),
# a range of things ("10-15 seats"), a date or a time. Two reports of one result that give two scores disagree.
_SCORE = re.compile(r"(?<![\d.,:/(-])(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d:/%)-]|[.,]\d)(?!\s+[A-Za-z]+s\b)")
_RESULT = re.compile(r"\b(?:won|wins?|beat|beats|beaten|defeat(?:ed|s)?|lost|loses?|victory|draw|drew|tied|ties|"
                     r"voted|vote|ruled|ruling)\b", re.I)


def scores(m: Mention) -> list[tuple[str, tuple[int, int]]]:
    """The scores a mention of a result gives, as (text, (higher, lower))."""
    if not _RESULT.search(m.text):
        return []
    return [(s.group(), (max(int(s.group(1)), int(s.group(2))), min(int(s.group(1)), int(s.group(2)))))
            for s in _SCORE.finditer(m.text)]


def _said_on(m: Mention, unknown: str) -> str:
    """The day a mention's source said it: the day its report names ("the bank said on Thursday", in a report of
    Friday), else the day of the report; `unknown` where neither is known."""
    days = [t.value for t in m.report_times if t.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value or "")]
    return days[0] if len(set(days)) == 1 else (m.published or unknown)[:10]


def _figures(m: Mention) -> list[Quantity]:
    """A mention's numbers without those that give the size of a whole (`Mention.totals`)."""
    totals = m.totals()
    return [q for q in m.quantities if all(q is not t for t in totals)]


def _replaced(earlier: tuple[Mention, Quantity], later: tuple[Mention, Quantity],
              updates: list[tuple[Mention, Quantity]]) -> bool:
    """Whether the earlier figure is one an update, reported after it and no later than the later figure (or
    anywhere, for a figure its words give as the former one: `Mention.former`), changed to the later figure's value
    ("killing 12 people" on Monday; "the toll has risen to 15" and "Fifteen people died" on Tuesday): a count that
    moved on, not two answers to one question."""
    (a, x), (b, y) = earlier, later
    unit = _counts(y)[0]
    # (a count of what the later one counts: of its unit, or a bare number beside a count, both whole; not "a
    # magnitude 6.1 earthquake" beside "the death toll has risen to 67")
    if _counts(x)[0] != unit and (None not in (_counts(x)[0], unit) or not (
            float(x.value).is_integer() and float(y.value).is_integer())):
        return False
    if any(o is not x and (unit is None or _counts(o)[0] in (None, unit)) and _meet(allowed(o), allowed(y))
           for o in a.quantities):
        return False  # another figure of its report agrees with the later one, which counts that ("three villages,
        #               killing at least 14" beside "the toll has risen to 19": no revision of the three)
    if not b.updates() and any(o is not y and _counts(o)[0] in (None, unit) and _meet(allowed(o), allowed(x))
                               for o in b.quantities):
        return False  # the later report still gives the earlier figure, for another thing ("the Greens took 14
        #               seats" beside a later "Labour won 16 seats and the Greens 14")
    if any(u is b and q is y for u, q in updates) and any(
            _counts(f)[0] in (None, unit) and _meet(allowed(f), allowed(x)) for f in b.former()) and not _meet(
            allowed(x), allowed(y)):
        return True  # the later report names the earlier figure as the one it replaces ("12 people were injured,
        #               correcting an earlier figure of 21"), whenever each was published
    former = any(f is x for f in a.former())  # given as the figure a change replaced, wherever it is told
    # (a count said to have risen to its figure replaces none above it, nor one that fell one below it: "has risen to
    # 52" is no revision of "injuring more than 400")
    return any(_counts(q)[0] in (None, unit) and _meet(allowed(q), allowed(y))
               and (former or a.reported_before(u) and not b.reported_before(u))
               and u.direction(q) * (q.value - x.value) >= 0
               for u, q in updates) and not _meet(allowed(x), allowed(y))


def superseded(mentions: list[Mention], beside: list[Mention] = ()) -> list[Mention]:
    """The mentions a count of which an update replaced (`_replaced`): "injuring 14 people" on Thursday, where
    Friday's report gives 16 as a revision. They tell that it happened, not the figure that stands; nor does one
    with another count beside the replaced one ("Two people were killed and five injured", the toll since given as
    three): its figure for the claim's count is the one revised."""
    updates = _updates([*mentions, *beside])
    return [m for m in mentions if any(
        any(u is not m and _replaced((m, x), (u, q), updates) for u, q in updates) for x in m.quantities)]


def updated_figures(mentions: list[Mention], names: dict[str, str] | None = None,
                    beside: list[Mention] = ()) -> list[str]:
    """What a claim's reasons say of figures an update replaced (`_replaced`), one line per update: "12 people
    (coast guard, Nordic Wire) later given as 15 (coast guard, Coast Daily)". `beside`: other claims' mentions in the
    sentences of these, whose updates count too ("Police said five had died but later revised the toll to four")."""
    names = names or {}
    updates = _updates([*mentions, *beside])
    out = []
    for u, q in updates:
        old = [f"{x.text} ({_who(m, names)})" for m in mentions if m is not u
               for x in m.quantities if _replaced((m, x), (u, q), updates)]
        if old:
            out.append(f"updated: {', '.join(dict.fromkeys(old))} later given as {q.text} ({_who(u, names)}); the "
                       f"earlier figure is no conflict")
    return list(dict.fromkeys(out))


def _who(m: Mention, names: dict[str, str]) -> str:
    """Who gives a mention's words and where: "coast guard, Nordic Wire", or the outlet alone for its own."""
    where = m.outlet or m.article
    return f"{names.get(m.source, m.source)}, {where}" if m.source and not m.source.startswith("outlet:") else where


def find_conflicts(claim_id: str, mentions: list[Mention], names: dict[str, str] | None = None,
                   beside: list[Mention] = ()) -> list[Conflict]:
    """Conflicts among one claim's mentions of different sources or articles (copies excluded): one per kind, every
    value on each side listed. Quantities: counts of the same thing whose ranges do not meet. Dates: what the claim is
    about (days past against days past, days ahead against days ahead), or when one source said it, on days that do
    not overlap; a relative date ("last month") counts only where its article has a publication date of its own,
    since one read against a borrowed date proves nothing; a figure an update reported later replaced is none
    (`updated_figures`; `beside`: other claims' mentions in these sentences, whose updates count). Polarity:
    stated in one report, denied in another. One report hedging what another asserts is no conflict
    (the claim's reasons say it). Each value says who gives it and where ("38 containers (Norwegian Coastal
    Administration, Nordic Wire)"; `names`: source id -> name)."""
    names = names or {}
    found: dict[str, dict] = {}
    updates = _updates([*mentions, *beside])

    def add(kind: str, i: int, j: int, left: str, right: str) -> None:
        c = found.setdefault(kind, {"mentions": {}, "values": {}})
        for k, value in ((i, left), (j, right)):
            c["mentions"].setdefault(mentions[k].ref, None)
            c["values"].setdefault(f"{value} ({_who(mentions[k], names)})", None)

    lengths = [durations(m) for m in mentions]
    told = [fates(m) for m in mentions]
    results = [scores(m) for m in mentions]
    # a denial of the charges some report of the claim tells were made answers the accusation: it disagrees with
    # no report that does not state what is charged ("four diplomats accused of spying will be expelled" / "would
    # be expelled for activities incompatible with their status" / "the accusations were groundless"), but with
    # one that does ("Lie took the bribes, a witness said")
    answers = {k for k, m in enumerate(mentions) if any(denies_what_is_charged(m, o) for o in mentions)}
    charged = {stem(w.lower()) for m in mentions for c in _CHARGED_WITH.finditer(m.text)
               for w in re.findall(r"[A-Za-z]+", c.group(1)) if w.lower() not in STOPWORDS} if answers else set()
    stating = {k for k, m in enumerate(mentions) if charged and k not in answers and not ACCUSING_WORDS.search(m.text)
               and not _VERDICT.search(m.text)
               and charged & {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", m.text)}}
    # (a figure a report gives as the one a change replaced is not what it says: "12, correcting an earlier figure
    # of 21" does not agree with another's 21; nor one a change is measured from: "fell to 74 percent from 78")
    counts = [[(q, _counts(q, any(q is c for c in changed))) for q in m.quantities if all(q is not f for f in former)]
              for m in mentions for former, changed in [(m.former() + m.baseline() + m.totals(), m.changes())]]
    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            if a.duplicate_of == b.article or b.duplicate_of == a.article:
                continue  # a reprint repeats its original; a copied sentence that changed a value does disagree
            if a.echo_of not in (None, b.ref) or b.echo_of not in (None, a.ref):
                continue  # a copied sentence disagrees with others only through its original (listed once)
            if a.article == b.article and (a.source == b.source or a.duplicate_of):
                continue  # one report restating itself; two sources of one report that differ do conflict
            # one figure the other's update replaced: a count told on two days (a bare figure of a count, too: "has
            # reached 2,500" beside "forced 2,000 people from their homes")
            moved = bool(updates) and any(_replaced((a, x), (b, y), updates) or _replaced((b, y), (a, x), updates)
                                          for x, _cx in counts[i] for y, _cy in counts[j])
            for qa, qb in _disagreeing(counts[i], counts[j], {**told[i], **told[j]}):
                if _replaced((a, qa), (b, qb), updates) or _replaced((b, qb), (a, qa), updates):
                    continue  # (a figure an update replaced: `updated_figures`)
                if not moved or not (any(_replaced((a, x), (b, qb), updates) for x, _c in counts[i])
                                     or any(_replaced((b, y), (a, qa), updates) for y, _c in counts[j])):
                    # (an update of another of the report's figures counts that one: "the toll has risen to three"
                    # beside "Two people were killed and five injured" is no figure of the injured)
                    add("quantity", i, j, qa.text, qb.text)
            # how long it lasted is a number too ("served three and a half weeks" / "four weeks"), in one unit;
            # what lasted is not said, so two reports disagree only when none of their lengths agree ("a 12-year
            # member" fits "a 12-year member, on the board for the past three years")
            same_unit = [(x, y) for x in lengths[i] for y in lengths[j] if x[2] == y[2] or {x[2], y[2]} <= set(_DAYS)]
            if same_unit and not any(_meet(_lasting(x, y[2]), _lasting(y, x[2])) for x, y in same_unit):
                for x, y in same_unit:
                    add("quantity", i, j, x[0], y[0])
            # a score is one figure of a result: two reports that give none alike disagree ("3-1" / "a 3-2 win")
            if results[i] and results[j] and not {x[1] for x in results[i]} & {y[1] for y in results[j]}:
                for x in results[i]:
                    for y in results[j]:
                        add("quantity", i, j, x[0], y[0])
            # (the days a count moved on between are when each figure stood: "40,000 homes without power on
            # Thursday" / "12,000 still without power on Friday, down from 45,000")
            compared = [] if moved else [(a.times, b.times, "date")]
            # when it was said: two sources may say one thing on two days; one source one thing on one day, but a
            # count it gives again by another figure, or as changed, is its word of another day ("At least 14
            # people have died, the agency said on Saturday" / "has risen to 19, the agency said on Sunday")
            if a.source == b.source and not moved and not (a.updates() or b.updates()) and (
                    {q.value for q in a.quantities} == {q.value for q in b.quantities}):
                compared.append((a.report_times, b.report_times, "report date"))
            for times_a, times_b, what in compared:
                ta = [t for t in times_a if t.type == "DATE" and (a.dated or _YEAR.search(t.text))]
                tb = [t for t in times_b if t.type == "DATE" and (b.dated or _YEAR.search(t.text))]
                ia = [(x, t.tense) for t in ta if (x := date_interval(t.value))]
                ib = [(y, t.tense) for t in tb if (y := date_interval(t.value))]
                # a day something happened and a day something will happen are two days of the story, not two
                # answers to one question ("voted on Monday to close the pier" / "the pier will close in April")
                if any(x[1] != "future" and y[1] != "future" or x[1] == y[1] == "future" for x in ia for y in ib) \
                        and not any(_meet(x, y) for x, _ in ia for y, _ in ib):
                    add(what, i, j, ", ".join(f"{t.text} = {t.value}" for t in ta),
                        ", ".join(f"{t.text} = {t.value}" for t in tb))
            # a denial against a statement; denying "any fuel leaked" agrees with stating "no fuel leaked"
            # ... and one statement said and unsaid by two ("The fire was not arson" / "The fire was arson")
            if {a.certainty, b.certainty} & {"denied"} and affirms(a) != affirms(b) and not (
                    {i, j} & answers and not {i, j} & stating) or opposed(a, b):
                add("polarity", i, j, _polarity(a), _polarity(b))
    out = []
    for kind, c in found.items():
        values = list(c["values"])
        label = {"quantity": "different numbers", "date": "different dates", "report date": "said on different dates",
                 "polarity": "stated and denied"}[kind]
        shown = " vs ".join(values[:SHOWN_VALUES]) + (f" (and {len(values) - SHOWN_VALUES} more)"
                                                       if len(values) > SHOWN_VALUES else "")
        out.append(Conflict("time" if kind in ("date", "report date") else kind, [claim_id], list(c["mentions"]),
                            f"{label}: {shown}", values))
    return out
