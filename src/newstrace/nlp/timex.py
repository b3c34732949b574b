"""Temporal expressions (TimeML DATE, TIME, DURATION, SET) normalised against the publication date.

Spans come from the NER (DATE/TIME entities) plus patterns it misses ("now", "recently", bare weekdays).
Values: deictic and relative expressions ("last month", "this week", "Friday", "two years ago") by the rules
below, which know TimeML's granularities; explicit dates ("Nov. 22, 2024", "August 2023") by dateparser, with
RELATIVE_BASE at the publication date and PREFER_DAY_OF_MONTH='first'. Without an anchor, relative values stay
partly unknown (XXXX-06).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..model import Timex

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
              "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
           "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
           "couple": 2, "half": 0.5, "single": 1, "dozen": 12}
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "night": ("D", False), "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
         "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False)}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# Patterns the NER does not tag as DATE/TIME but TimeML does.
EXTRA = re.compile(
    r"\b(?:now|currently|recently|nowadays|the\s+future|"
    r"(?:this|last|next|every|each)\s+(?:week|month|year|weekend|quarter|morning|afternoon|evening|night)|"
    r"(?:first|second|third|fourth)-quarter|the\s+(?:latest\s+)?quarter|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:(?:january|february|march|april|june|july|august|september|october|november|december)|"
    r"(?:jan|feb|mar|apr|aug|sept?|oct|nov|dec)\.)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|"
    r"(?:19|20)\d\d)\b",
    re.I,
)
_COMPOUND = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -]"
                       r"(one|two|three|four|five|six|seven|eight|nine)\b")
_NOT_TIME = re.compile(r"^(?:(?!(?:1[0-9]|20)\d\d$)\d+|one|two|three|first|second|the first|annual|daily|weekly|"
                       r"monthly|\d+ years? old|\d+-years?-old|quarterly|annually)$", re.I)


def _num(token: str) -> float | None:
    token = token.lower().replace(",", "")
    if token in NUMBERS:
        return NUMBERS[token]
    try:
        return float(token)
    except ValueError:
        return None


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    m = year * 12 + (month - 1) + delta
    return m // 12, m % 12 + 1


class Normalizer:
    """Normalise one expression's text against an anchor date (None: unknown publication date)."""

    def __init__(self, anchor: date | None, tense: str = "present") -> None:
        self.anchor = anchor
        # past / present / future, of the sentence: a bare weekday or month looks back, nearest, or forward
        self.tense = tense
        self.future = tense == "future"

    def __call__(self, text: str) -> tuple[str, str] | None:
        t = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'"))
        t = re.sub(r"^(?:in|on|at|since|until|by|from|during|for|of|about|around|over|within|through) ", "", t)
        t = _COMPOUND.sub(lambda m: str(NUMBERS[m.group(1)] + NUMBERS[m.group(2)]), t)  # twenty four -> 24
        for rule in (self._refs, self._set, self._duration, self._ago, self._deictic, self._quarter,
                     self._weekday, self._month, self._year, self._explicit):
            got = rule(t)
            if got:
                return got
        return None

    # --- helpers
    def _y(self) -> str:
        return str(self.anchor.year) if self.anchor else "XXXX"

    # --- rules, most specific first
    def _refs(self, t: str):
        if t in ("now", "currently", "nowadays", "at present", "present", "the present", "today's", "this time"):
            return "DATE", "PRESENT_REF"
        if t in ("recently", "recent", "the past", "previously", "formerly", "once", "lately", "earlier",
                 "the recent past", "in the past", "former", "before"):
            return "DATE", "PAST_REF"
        if t in ("the future", "soon", "eventually", "future", "the near future", "later", "in the future"):
            return "DATE", "FUTURE_REF"
        return None

    def _set(self, t: str):
        m = re.fullmatch(r"(?:every|each|per|a) (\w+ )?(second|minute|hour|day|night|week|month|quarter|year)", t)
        if m and (m.group(1) is None or _num(m.group(1).strip()) is not None):
            n = _num(m.group(1).strip()) if m.group(1) else 1
            unit, timed = UNITS[m.group(2)]
            return "SET", f"P{'T' if timed else ''}{_fmt(n)}{unit}"
        adverbs = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                   "hourly": "PT1H", "quarterly": "P1Q"}
        if t in adverbs:
            return "SET", adverbs[t]
        if re.fullmatch(r"(?:every|each) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t):
            return "SET", "XXXX-WXX-" + str(WEEKDAYS[t.split()[1]] + 1)
        return None

    def _duration(self, t: str):
        t2 = re.sub(r"^(?:the )?(?:past|last|next|first|coming|previous|following|recent|latest|final|more than|"
                    r"nearly|almost|about|roughly|some|at least|up to|over|another|an additional|the) ", "", t)
        t2 = re.sub(r"^(?:past|last|next|first|coming|previous|following) ", "", t2)
        m = re.fullmatch(r"([\w.,-]+(?: (?:and )?a half)?|a few|a couple of|several|many|some)[ -]"
                         r"(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)s?"
                         r"(?:-long| long| old)?", t2)
        if m:
            count = m.group(1)
            unit, timed = UNITS[m.group(2)]
            if m.group(2) == "fortnight":
                n: float | None = 2
            elif count in ("a few", "several", "many", "some"):
                return "DURATION", f"P{'T' if timed else ''}X{unit}"
            else:
                count = count.removeprefix("a couple of").strip() or "2"
                half = count.endswith("a half")
                n = _num(count.split()[0]) if count.split() else None
                if n is None and "-" in count:
                    parts = [_num(p) for p in count.split("-")]
                    n = sum(parts) if all(p is not None for p in parts) else None  # twenty-four
                if n is None:
                    return None
                n = n + 0.5 if half else n
            if unit == "DE":
                return "DURATION", f"P{_fmt(n * 10)}Y"
            if unit == "CE":
                return "DURATION", f"P{_fmt(n * 100)}Y"
            return "DURATION", f"P{'T' if timed else ''}{_fmt(n)}{unit}"
        m = re.fullmatch(r"(?:the )?(?:past|last|next|coming) (second|minute|hour|day|night|week|month|year|decade)s?",
                         t)
        if m and t.endswith("s"):
            unit, timed = UNITS[m.group(1)]
            return "DURATION", f"P{'T' if timed else ''}X{unit}"
        m = re.fullmatch(r"(?:for )?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)", t)
        if m:
            unit, timed = UNITS[m.group(1).rstrip("s").replace("centurie", "century")]
            return "DURATION", f"P{'T' if timed else ''}X{unit}"
        return None

    def _ago(self, t: str):
        m = re.fullmatch(r"([\w-]+|a few|several) (day|week|month|year|decade)s? (ago|earlier|before|later|from now)",
                         t)
        if not m:
            return None
        n = _num(m.group(1))
        sign = 1 if m.group(3) in ("later", "from now") else -1
        unit = m.group(2)
        if self.anchor is None or n is None:
            return "DATE", {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX",
                            "decade": "XXX"}[unit] if n is not None else "PAST_REF"
        n = int(n)
        a = self.anchor
        if unit == "day":
            return "DATE", (a + timedelta(days=sign * n)).isoformat()
        if unit == "week":
            return "DATE", _week(a + timedelta(weeks=sign * n))
        if unit == "month":
            y, mo = _shift_month(a.year, a.month, sign * n)
            return "DATE", f"{y}-{mo:02d}"
        if unit == "year":
            return "DATE", str(a.year + sign * n)
        return "DATE", str(a.year + sign * 10 * n)[:3]

    def _deictic(self, t: str):
        a = self.anchor
        t = re.sub(r"^(?:early|late|earlier|later|mid|the end of|the beginning of|the start of|the middle of)[ -]",
                   "", t)
        if t in ("today", "this day", "tonight", "this morning", "this afternoon", "this evening", "today's"):
            if t in ("today", "this day", "today's"):
                return "DATE", a.isoformat() if a else "XXXX-XX-XX"
            part = PARTS_OF_DAY[t.split()[-1]]
            return "TIME", (a.isoformat() if a else "XXXX-XX-XX") + "T" + part
        if t in ("yesterday", "tomorrow"):
            if not a:
                return "DATE", "XXXX-XX-XX"
            return "DATE", (a + timedelta(days=-1 if t == "yesterday" else 1)).isoformat()
        m = re.fullmatch(r"(yesterday|tomorrow|last|) ?(morning|afternoon|evening|night)", t)
        if m and m.group(1):
            if not a:
                return "TIME", "XXXX-XX-XXT" + PARTS_OF_DAY[m.group(2)]
            d = a + timedelta(days=1 if m.group(1) == "tomorrow" else -1)
            return "TIME", d.isoformat() + "T" + PARTS_OF_DAY[m.group(2)]
        m = re.fullmatch(r"(this|last|next|the past|the coming|past|coming|the previous|previous|the same) "
                         r"(week|weekend|month|year|spring|summer|autumn|fall|winter|quarter)", t)
        if not m:
            return None
        rel = {"this": 0, "last": -1, "next": 1, "past": -1, "the past": -1, "coming": 1, "the coming": 1,
               "the previous": -1, "previous": -1, "the same": 0}[m.group(1)]
        unit = m.group(2)
        if unit in SEASONS:
            return "DATE", f"{int(self._y()) + (rel if rel < 0 else 0) if a else 'XXXX'}-{SEASONS[unit]}"
        if not a:
            return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                            "quarter": "XXXX-QX"}[unit]
        if unit in ("week", "weekend"):
            return "DATE", _week(a + timedelta(weeks=rel)) + ("-WE" if unit == "weekend" else "")
        if unit == "month":
            y, mo = _shift_month(a.year, a.month, rel)
            return "DATE", f"{y}-{mo:02d}"
        if unit == "quarter":
            q = (a.month - 1) // 3 + rel
            y = a.year + (q // 4)
            return "DATE", f"{y}-Q{q % 4 + 1}"
        return "DATE", str(a.year + rel)

    def _quarter(self, t: str):
        if t in ("the quarter", "the latest quarter", "the latest period", "the most recent quarter") and self.anchor:
            q = (self.anchor.month - 1) // 3  # the last quarter completed before the anchor
            return "DATE", f"{self.anchor.year - (1 if q == 0 else 0)}-Q{q or 4}"
        if t in ("the weekend", "this weekend", "the past weekend") and self.anchor:
            back = self.anchor - timedelta(days=(self.anchor.weekday() + 2) % 7 or 7)
            return "DATE", _week(back) + "-WE"
        m = re.fullmatch(r"(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?: of)?(?: (\d{4}))?", t)
        if m:
            year = m.group(2) or self._y()
            return "DATE", f"{year}-Q{QUARTERS[m.group(1)]}"
        m = re.fullmatch(r"(?:fiscal|the fiscal year|fiscal year|calendar|the year) ?(\d{4})", t)
        if m:
            return "DATE", m.group(1)
        return None

    def _weekday(self, t: str):
        m = re.fullmatch(r"(last|next|this|this past|this coming|)\s?(monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday)('s)?(?: (morning|afternoon|evening|night))?", t)
        if not m:
            return None
        wd = WEEKDAYS[m.group(2)]
        part = PARTS_OF_DAY.get(m.group(4) or "")
        if not self.anchor:
            return ("TIME" if part else "DATE"), "XXXX-WXX-" + str(wd + 1) + (f"T{part}" if part else "")
        a = self.anchor
        ahead = (wd - a.weekday()) % 7 or (7 if m.group(1) == "next" else 0)
        back = (a.weekday() - wd) % 7 or (7 if m.group(1) == "last" else 0)
        if m.group(1) in ("next", "this coming") or (self.tense == "future" and m.group(1) not in ("last", "this past")):
            d = a + timedelta(days=ahead)
        else:  # news reports what happened: a bare weekday is the latest one (the anchor itself included)
            d = a - timedelta(days=back)
        # TimeBank marks "Sunday night" as the day; only "this evening"-like phrases are TIMEs
        return "DATE", d.isoformat()

    def _month(self, t: str):
        m = re.fullmatch(r"(?:early |late |mid-|mid |the end of |the beginning of |the start of )?"
                         r"(january|february|march|april|may|june|july|august|september|october|november|december|"
                         r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
                         r"(?: (\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\d{4})| (last|this|next) year)?", t)
        if not m:
            return None
        month = MONTHS.get(m.group(1)) or MONTH_ABBR[m.group(1)]
        day = int(m.group(2)) if m.group(2) else None
        if m.group(3):
            year: str = m.group(3)
        elif m.group(4) and self.anchor:
            year = str(self.anchor.year + {"last": -1, "this": 0, "next": 1}[m.group(4)])
        elif self.anchor:
            # A bare month is the nearest one in the direction the sentence speaks of (ties: the past).
            a = self.anchor
            if self.tense == "future":
                year = str(a.year + (1 if month < a.month else 0))
            else:
                back = a.year - (1 if month > a.month else 0)
                ahead = a.year + (1 if month < a.month else 0)
                gap_back = (a.year * 12 + a.month) - (back * 12 + month)
                gap_ahead = (ahead * 12 + month) - (a.year * 12 + a.month)
                year = str(back if self.tense == "past" or gap_back <= gap_ahead else ahead)
        else:
            year = "XXXX"
        value = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
        return "DATE", value

    def _year(self, t: str):
        m = re.fullmatch(r"(?:the )?(?:year )?((?:19|20)\d\d)(?:'s)?", t)
        if m:
            return "DATE", m.group(1)
        m = re.fullmatch(r"(?:the )?((?:19|20)\d)0'?s", t)
        if m:
            return "DATE", m.group(1)
        m = re.fullmatch(r"(?:the )?(?:early |late |mid-)?'?(\d)0s", t)
        if m:
            return "DATE", "19" + m.group(1)
        return None

    def _explicit(self, t: str):
        if not re.search(r"\d", t) and not any(mo in t for mo in MONTHS):
            return None
        if self.anchor is None and not re.search(r"\b(?:1[89]|20)\d\d\b", t):
            return None  # a date without its year, and no publication date: never read it against today's clock
        try:
            data = _parser(self.anchor, self.future).get_date_data(t)
        except Exception:  # dateparser raises assorted errors on odd input; then it is not a date we can read
            return None
        if data is None or data.date_obj is None:
            return None
        d = data.date_obj
        period = data.period or "day"
        if period == "year":
            return "DATE", str(d.year)
        if period == "month":
            return "DATE", f"{d.year}-{d.month:02d}"
        if period == "week":
            return "DATE", _week(d.date())
        if period == "time":
            return "TIME", d.strftime("%Y-%m-%dT%H:%M")
        return "DATE", d.date().isoformat()


@lru_cache(maxsize=64)
def _parser(anchor: date | None, future: bool):
    from dateparser import DateDataParser

    settings = {"PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "future" if future else "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


def find_timexes(text: str, ner: list[tuple[int, int, str]], anchor: date | None,
                 tenses: list[tuple[int, int, str]] | None = None) -> list[Timex]:
    """Timexes from NER DATE/TIME spans and the EXTRA patterns; `tenses` gives (start, end, tense) of
    sentences (past, present, future)."""
    spans = [(s, e) for s, e, label in ner if label in ("DATE", "TIME")]
    for m in EXTRA.finditer(text):
        if all(m.end() <= s or m.start() >= e for s, e in spans):
            spans.append((m.start(), m.end()))
    out: list[Timex] = []
    for s, e in sorted(spans):
        s, e = _trim(text, s, e)
        surface = text[s:e]
        if not surface or _NOT_TIME.fullmatch(surface):
            continue
        tense = next((t for fs, fe, t in tenses or () if fs <= s < fe), "present")
        got = Normalizer(anchor, tense)(surface)
        if got is not None:
            out.append(Timex(s, e, got[0], got[1], surface, tense))
            continue
        # "the second quarter on Wednesday": two expressions the NER joined in one span, each read on its own
        for ps, pe in _pieces(text, s, e):
            if (got := Normalizer(anchor, tense)(text[ps:pe])) is not None and not _NOT_TIME.fullmatch(text[ps:pe]):
                out.append(Timex(ps, pe, got[0], got[1], text[ps:pe], tense))
    return out


# Where a span the NER joined of two expressions splits: before "on" and a day ("the second quarter on Wednesday");
# not at a comma ("Aug. 10, 1988" is one date) nor before "in" ("later in the day" is one time)
_JOINT = re.compile(r"\s+(?=on\s)", re.I)


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The parts of a span that no rule reads as one expression (`_JOINT`), trimmed (`_trim`); none if it does
    not split."""
    cuts = [s, *(c for m in _JOINT.finditer(text, s, e) for c in (m.start(), m.end())), e]
    if len(cuts) == 2:
        return []
    pieces = [_trim(text, a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    return [(a, b) for a, b in pieces if b > a]


def reanchor(timexes: list[Timex], anchor: date) -> list[Timex]:
    """The same expressions read against another anchor (an undated article borrowing its story's date); an
    expression the anchor does not change keeps its value."""
    out = []
    for t in timexes:
        got = Normalizer(anchor, t.tense)(t.text)
        out.append(Timex(t.start, t.end, got[0], got[1], t.text, t.tense) if got else t)
    return out


_LEAD = re.compile(r"^(?:in|on|at|since|until|by|from|during|for|of|about|around|over|within)\s+", re.I)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    span = text[s:e]
    m = _LEAD.match(span)
    if m:
        s += m.end()
    while e > s and text[e - 1] in ".,;:'’ ":
        e -= 1
    if text[s:e].lower().endswith("'s") or text[s:e].endswith("’s"):
        e -= 2
    return s, e
