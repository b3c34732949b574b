"""Quantities: value, unit or counted noun, and qualifier ("more than 10,000 troops")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..lexicon import FRACTIONS, MULTIPLIERS, QUALIFIERS, SCALES
from ..model import Quantity

_QUAL = re.compile(r"\b(" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s*$", re.I)
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozens": 24, "hundreds": 200,
         "thousands": 2000, "a": 1, "an": 1}
CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "dollars": "USD", "dollar": "USD", "euros": "EUR",
            "euro": "EUR", "pounds": "GBP", "won": "KRW", "yen": "JPY", "roubles": "RUB", "rubles": "RUB",
            "yuan": "CNY"}
LABELS = ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
# Unit symbols the tagger at times reads as another part of speech ("fell about 200m down": "m" a verb)
_UNIT_SYMBOLS = {"m", "km", "cm", "mm", "ft", "mi", "kg", "lb", "lbs"}
# A value below zero: "minus 17 degrees", "-15C", "20 degrees below zero" (a minus sign glued to the number; a dash
# between numbers is a range, one inside a word a hyphen)
_MINUS_INSIDE = re.compile(r"(?i)(?:minus|negative)\s|[-−‒–](?=\d)")
_MINUS_BEFORE = re.compile(r"(?i)(?:\b(?:minus|negative)\s+|(?:^|[\s(])[-−])$")
_BELOW = re.compile(r"(?i)\s+below\s+(?:zero|freezing)\b")  # inside a quantity: "20 degrees below zero"
# A reading on a scale ("magnitude 6.1", "a 5.8-magnitude quake", "5.9 on the Richter scale"): its unit is the scale,
# not the thing it describes, so two reports' readings meet (`SCALES`)
_SCALE_BEFORE = re.compile(r"(?i)\bmagnitude[\s-]+(?:of\s+)?$")
_SCALE_AFTER = re.compile(r"(?i)[\s-]+magnitude\b|\s+on\s+the\s+richter\b")
_BELOW_ZERO = re.compile(r"(?i)(?:\s+degrees?)?" + _BELOW.pattern.removeprefix("(?i)"))  # after the number's words
# A sum said to include what may or may not come on top ("60 million euros including add-ons", "4 billion including
# debt"): its base, what another report may give, is at most the sum
_WITH_EXTRAS = re.compile(r"(?i),?\s+(?:including|plus|with)\s+(?:potential\s+|possible\s+|all\s+)?(?:add-?ons|"
                          r"bonuses|extras|incentives|debt|variables)\b")
# A temperature's scale after its number: "41.2C", "38°C", "106 degrees Fahrenheit", "-4F" (a bare letter only
# glued to the number or after a degree sign: "106 F" may be anything)
_SCALE_NAMES = ("celsius", "centigrade", "fahrenheit")
_TEMPERATURE = re.compile(r"(?i)(?:\s*°\s*|\s+degrees?\s+)(celsius|centigrade|fahrenheit|c|f)\b|(c|f)\b")


# A scale glued to a sum of money the NER left out of it ("£88m", "€40m": the entity is "88", the tokenizer's "m" a
# word of its own); after a bare number "m" is as often metres ("a 200m fall"), so only money takes it
_GLUED_SCALE = re.compile(r"(m|bn|tn|k)\b", re.I)

_HAT_TRICK = re.compile(r"(?i)\bhat[- ]?trick\b(?!\s+of\b)")  # three goals (`find_quantities`)
# A range ("10-15", "between 5,000 and 6,000", "10 to 12"): its numbers are bounds, never a sum
_RANGE = re.compile(r"(?i)\d\s*(?:[-–—]|to|and)\s*(?:[a-z]+\s+)?\d")


# A number in plural words ("thousands", "tens of thousands", "hundreds of millions"): at least two of what it
# counts in ("tens of thousands" is 20,000 or more), read as a lower bound (`_quantity`)
_GROUPS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100}
_PLURAL_UNITS = {"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_IN_PLURALS = re.compile(r"(?:(" + "|".join(_GROUPS) + r")\s+of\s+)?(" + "|".join(_PLURAL_UNITS) + r")", re.I)


def parse_number(text: str) -> float | None:
    """The value a number's words give ("2.4 billion", "twenty-one", "more than 10,000", "tens of thousands": 20,000);
    of a range, its lower bound."""
    t = text.lower().replace(",", "").replace("–", "-").strip()
    t = re.sub(r"^(" + "|".join(map(re.escape, QUALIFIERS)) + r")\s+", "", t)
    if plural := _IN_PLURALS.fullmatch(t):
        return 2.0 * _GROUPS.get(plural.group(1) or "", 1) * _PLURAL_UNITS[plural.group(2)]
    if _RANGE.search(t):
        t = re.split(r"\s*(?:-|\bto\b|\band\b)\s*(?=(?:[a-z]+\s+)?\d)", t, maxsplit=1)[0]
    total: float | None = None
    for m in re.finditer(r"(\d+(?:\.\d+)?)|([a-z]+)", t):
        if m.group(1):
            total = float(m.group(1)) if total is None else total + float(m.group(1))
        else:
            w = m.group(2)
            if w in MULTIPLIERS and total is not None:
                total *= MULTIPLIERS[w]
            elif w in WORDS and w not in ("a", "an"):
                total = WORDS[w] if total is None else (total * WORDS[w] if WORDS[w] == 100 else total + WORDS[w])
    return total


def find_quantities(doc: Doc, base: int = 0) -> list[Quantity]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        q = _quantity(doc, ent)
        if q is not None:
            q.start += base
            q.end += base
            out.append(q)
    out += [Quantity(t.idx + base, t.idx + len(t) + base, value, t.text, None, None)
            for t in _gapped_numbers(doc, out, base) if (value := parse_number(t.text)) is not None]
    out += _shares(doc, base)
    # a hat-trick is three goals ("Ola Lie scored a hat-trick" / "scored two goals": two figures of one count); not
    # "a hat-trick of titles", three of something else
    out += [Quantity(m.start() + base, m.end() + base, 3.0, m.group(), "goals", None)
            for m in _HAT_TRICK.finditer(doc.text)]
    return sorted(out, key=lambda q: q.start)


# A bare number that counts people by what it is: the object of a verb of harm ("the quake killed 17"), or what a
# toll rises to or stands at ("the death toll has risen to three"); said so, it meets "17 people died"
_HARM = {"kill", "injure", "wound", "hurt"}
_TOLL_VERBS = {"rise", "climb", "reach", "stand", "increase", "jump", "grow", "hit", "top", "surpass", "exceed"}


def _counts_people(number: Token) -> bool:
    head = number.head
    if number.dep_ == "dobj" and head.lemma_ in _HARM:
        return True
    verb = head.head if number.dep_ == "pobj" and head.lower_ in ("to", "at") else head if (
        number.dep_ == "dobj") else None
    return verb is not None and verb.lemma_ in _TOLL_VERBS and any(
        t.lower_ in ("toll", "tolls") for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)


def _gapped_numbers(doc: Doc, found: list[Quantity], base: int) -> list[Token]:
    """Numbers whose verb and unit a coordination leaves out ("Labour won 16 seats and the Greens 14"), which the
    NER tags as no number: a bare number ending a conjunct whose head is a noun joined to the sentence, after a
    number found in that sentence (its unit is not said again, so it is counted as a bare number)."""
    out = []
    for t in doc:
        if (t.tag_ == "CD" and t.dep_ == "nummod" and t.head.dep_ == "conj" and t.i > t.head.i
                and t.i == t.head.right_edge.i and not t.ent_type_ and not _NAME_OR_ORDINAL.fullmatch(t.text)
                and any(t.sent.start_char + base <= q.start < t.idx + base for q in found)):
            out.append(t)
    return out


# A score or a record ("tied 13-13", "the Jaguars (5-10)", "won 75-63"): two numbers joined by a dash, counting
# nothing named, count nothing; nor does a team's name ("the 76ers")
_DASHED_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_DASHED_AFTER = re.compile(r"\s*[-–]\s*\d")
_DASHED_INSIDE = re.compile(r"\d\s*[-–]\s*\d")
_NAME_OR_ORDINAL = re.compile(r"\d+ers|[\d,]*\d(?:st|nd|rd|th)")  # "the 76ers"; "his 2,292nd point"
# A time of day ("20:49 GMT", "8.49pm", "6:40 a. m."): when, not how many (the NER at times tags it a number, and
# "a. m." read as millions made 46 million of it)
_CLOCK = re.compile(r"(?i)\b\d{1,2}:\d\d\b|\d\s*[ap]\.?\s?m\b")


def _no_count(doc: Doc, ent: Span) -> bool:
    """Whether a number counts nothing: a score or a record, a team named by one ("76ers"), an ordinal, a time of
    day."""
    if _NAME_OR_ORDINAL.fullmatch(ent.text) or _CLOCK.search(doc.text[ent.start_char:ent.end_char + 5]):
        return True
    dashed = bool(_DASHED_INSIDE.search(ent.text) or _DASHED_BEFORE.search(doc.text[max(0, ent.start_char - 4):
                                                                                     ent.start_char])
                  or _DASHED_AFTER.match(doc.text, ent.end_char))
    following = doc[ent.end] if ent.end < len(doc) else None
    return dashed and not (following is not None and following.pos_ in ("NOUN", "PROPN"))


# What a fraction's numerator may be: "a fifth", "one tenth", "two-thirds"
_NUMERATORS = {"a": 1, "an": 1, "one": 1, **{w: v for w, v in WORDS.items() if 2 <= v <= 9}}
_RELATIVE = {"next", "last", "this"}  # "cut by a fifth next year", which the parser reads as "a fifth year"


def _share(doc: Doc, t: Token) -> tuple[float, int] | None:
    """The share a fraction's word gives, as a percentage, and where its words start: "a fifth" (cut by a fifth)
    is 20, "two-thirds" (of voters) 66.7, "half" (of the staff) 50. Not an ordinal describing a noun ("a third
    term"), nor a part of one unit ("half a percentage point", "a quarter of an hour", "half-time"): they give
    no share. Read by words, where the NER tags "a fifth" an ordinal or part of a date and gives "two-thirds" 2."""
    denominator = FRACTIONS.get(t.lower_)
    if denominator is None:
        return None
    if t.dep_ in ("amod", "nummod", "compound") and t.head.i > t.i and any(
            w.lower_ not in _RELATIVE for w in doc[t.i + 1:t.head.i]) or t.head.i == t.i + 1:
        return None
    after = doc[t.i + 1:t.i + 3]
    if (after[:1].text in ("-", "–", "a", "an") and t.lower_ == "half"
            or len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in ("a", "an")):
        return None
    before = doc[t.i - 2] if t.i >= 2 and doc[t.i - 1].text in ("-", "–") else doc[t.i - 1] if t.i else None
    if t.lower_ == "half":
        # not a period ("the second half", "the first half of the year") nor part of a number ("one and a half")
        if before is not None and before.pos_ in ("DET", "NUM", "PRON") or any(
                c.dep_ in ("det", "amod", "poss", "nummod") and c.ent_type_ != "CARDINAL" for c in t.children):
            return None
        return 50.0, t.idx
    numerator = _NUMERATORS.get(before.lower_) if before is not None else None
    if numerator is None or (numerator == 1) != (not t.lower_.endswith("s")):
        return None
    return round(100.0 * numerator / denominator, 1), before.idx


def _shares(doc: Doc, base: int) -> list[Quantity]:
    """The shares the text gives as fractions (`_share`), each with the qualifier before it ("nearly half")."""
    out = []
    for t in doc:
        if (found := _share(doc, t)) is None:
            continue
        value, start = found
        qualifier = None
        if m := _QUAL.search(doc.text[max(0, start - 25):start]):
            qualifier = m.group(1).lower()
            start -= len(doc.text[max(0, start - 25):start]) - m.start()
        end = t.idx + len(t)
        out.append(Quantity(start + base, end + base, value, doc.text[start:end], "%", qualifier))
    return out


def _quantity(doc: Doc, ent: Span) -> Quantity | None:
    text = ent.text
    if _no_count(doc, ent):
        return None
    if any(t.lower_ in FRACTIONS for t in ent):
        return None  # a share, read by its words (`_shares`), or a part of a unit
    value = parse_number(text)
    if value is None:
        return None
    start, end = ent.start_char, ent.end_char
    qualifier = None
    inner = re.match(r"(?i)(" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+", text)
    if _RANGE.search(text) or _IN_PLURALS.fullmatch(text.strip()):
        qualifier = "at least"  # a range counts from its lower bound: it conflicts with no value inside it
    elif inner:
        qualifier = inner.group(1).lower()
    else:
        before = doc.text[max(0, start - 25) : start]
        m = _QUAL.search(before)
        if m:
            qualifier = m.group(1).lower()
            start -= len(before) - m.start()
    negative = False
    if _MINUS_INSIDE.match(text):
        negative = True
    elif m := _MINUS_BEFORE.search(doc.text[max(0, start - 12):start]):
        negative = True
        start -= len(m.group().lstrip(" ("))
    if ent.label_ == "MONEY" and text[-1:].isdigit() and (scale := _GLUED_SCALE.match(doc.text, end)):
        value *= MULTIPLIERS[scale.group(1).lower()]
        end = scale.end()
    unit = None
    if ent.label_ == "PERCENT":
        unit = "%"
    elif ent.label_ == "MONEY":
        unit = next((CURRENCY[t.lower_] for t in ent if t.lower_ in CURRENCY or t.text in CURRENCY), None)
        if unit is None and start > 0 and doc.text[start - 1] in CURRENCY:
            unit = CURRENCY[doc.text[start - 1]]
    else:
        last = ent[-1]
        head = last.head
        if last.dep_ in ("nummod", "quantmod", "compound") and (
                head.pos_ in ("NOUN", "PROPN") or head.lower_ in _UNIT_SYMBOLS) and head.i >= ent.end:
            unit = head.text.lower()
            end = head.idx + len(head.text)
        elif ent.label_ == "QUANTITY":
            below = _BELOW.search(text)  # the unit is before it
            unit = (text[:below.start()].split() if below else [ent[-1].text])[-1].lower()
            negative = negative or below is not None
        elif ent.end < len(doc) and doc[ent.end].lower_ in CURRENCY:  # "2 billion euros" tagged CARDINAL
            unit = CURRENCY[doc[ent.end].lower_]
            end = doc[ent.end].idx + len(doc[ent.end].text)
        elif _IN_PLURALS.fullmatch(text.strip()) and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and (
                doc[ent.end + 1].pos_ == "NOUN"):
            # "thousands of people": what the plural words count
            unit = CURRENCY.get(doc[ent.end + 1].lower_, doc[ent.end + 1].lower_)
            end = doc[ent.end + 1].idx + len(doc[ent.end + 1].text)
    if unit is None and ent.label_ == "CARDINAL" and _counts_people(ent[-1]):
        unit = "people"
    digits = re.match(r".*\d", text)  # ("6.1-magnitude" is one entity; "two" has no digit)
    digits_end = ent.start_char + len(digits.group()) if digits else ent.end_char
    scale_before = _SCALE_BEFORE.search(doc.text, max(0, start - 16), start)
    if scale_before or (scale_after := _SCALE_AFTER.match(doc.text, digits_end)):
        unit = SCALES[0]  # the reading as written: "magnitude 6.1", "6.1-magnitude", "5.9 on the Richter"
        start, end = (scale_before.start(), digits_end) if scale_before else (start, scale_after.end())
    if below := _BELOW_ZERO.match(doc.text, end):
        negative = True
        end = below.end()
    value = -float(value) if negative else float(value)
    if qualifier is None and _WITH_EXTRAS.match(doc.text, end):
        qualifier = "up to"
    if unit in (None, "degrees", "degree", "c", "f", *_SCALE_NAMES) and (
            scale := _TEMPERATURE.match(doc.text, digits_end)):
        # in degrees Celsius, whichever scale it was given in: "106 degrees Fahrenheit" is 41.1C, not a figure in
        # dispute with "41.2C" (`Quantity.unit` "°C"; the text keeps the scale written)
        unit, end = "°C", max(end, scale.end())
        if (scale.group(1) or scale.group(2)).lower().startswith("f"):
            value = round((value - 32.0) * 5.0 / 9.0, 2)
    return Quantity(start, end, value, doc.text[start:end], unit, qualifier)
