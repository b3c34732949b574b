"""Word lists that more than one stage reads, in one place so that they cannot drift apart.

A list used by one module alone stays in that module; a list here is read by at least two (the stage that finds
a thing and a later one that weighs it). Each says what it is for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

# ---- certainty ---------------------------------------------------------------------------------------------
# How firmly a statement is made, weakest last: the order decides which of several readings a claim takes
# (nlp/attribution marks attributions, claims/ takes the strongest doubt of a sentence, report/ shows marks).
CERTAINTIES: tuple[str, ...] = ("asserted", "reported", "hedged", "denied")
CERTAINTY_RANK: dict[str, int] = {c: i for i, c in enumerate(CERTAINTIES)}

# Words that make a statement hedged, where no parse says which clause they scope over (the guidelines' list:
# may, might, could, believed, reportedly, allegedly, appears, is thought to ...). "May" the month is no hedge;
# "would", "will" and "is expected to" speak of plans, "up to" of a number's range: none is a hedge; nor is a
# negated "could" or "possibly", which rules a thing out ("could not meet", "couldn't possibly meet"); nor "less
# likely", a risk compared ("a third less likely to suffer a heart attack").
HEDGES = re.compile(
    r"\b(?:(?-i:may)|might|could(?!\s+not\b)|(?<!n't )(?<!n’t )(?<!not )possibly|probably|(?<!less )(?<!more )(?<!as )"
    r"likely|unlikely|"
    r"reportedly|allegedly|apparently|perhaps|"
    r"is thought to|are thought to|was thought to|believed to|appears? to|seems? to|suspected|alleged|"
    # "is understood to support the sale", "is said to have left": the press's "reportedly"
    r"(?:is|are|was|were)\s+understood\s+to|(?:is|are|was|were)\s+said\s+to\s+(?:be|have)|"
    r"purportedly|supposedly|unconfirmed)\b",
    re.I,
)
# Words that negate what a clause says (its polarity): "did not send", "didn't", "didn’t", "no longer", "untrue".
NEGATION = re.compile(r"\b(?:no|not|cannot|never|neither|nor|nothing|none|nobody|denied|denies|deny|false|untrue|"
                      # "failed to agree" says they did not ("the launch failed" states a failure)
                      r"fail(?:ed|s)? to)\b|n['’] ?t\b", re.I)
# Words that deny a claim by themselves: there is no evidence of it, it is called false, or its subject asserts
# their innocence of it ("Lund maintains his innocence": he denies the wrongdoing alleged).
DENIAL_WORDS = re.compile(r"\b(?:no (?:other |credible |direct )?evidence|falsely|"
                          # no sign of it, when that is what the words open with, not a clause inside them
                          r"^(?:there (?:is|was|has been|had been) )?no (?:clear )?(?:indication|proof) that|"
                          # ... or nothing in what others say ("There is no truth in the claim that C")
                          r"^(?:there (?:is|was|has been|had been) )?no (?:truth|basis) (?:in|to|for) (?:the |any |these |"
                          r"those )?(?:claims?|reports?|suggestions?|allegations?|rumou?rs?|accusations?) that|"
                          # called untrue by the words it opens with ("it is not true that the pier will close")
                          r"^it(?: is|['’]s| was) (?:not true|untrue|false|a lie|not the case) that|"
                          r"(?:assert|maintain|proclaim|profess|protest)(?:s|ed|ing)? (?:his|her|their|its) innocence)\b",
                          re.I)

# ---- verbs -------------------------------------------------------------------------------------------------
# Past tenses that are no past participle ("gave", not "given"): with no "had" of their own, not a past perfect's
PAST_NOT_PARTICIPLE = {"gave", "took", "went", "wrote", "spoke", "saw", "did", "hid", "began", "fell", "knew", "threw",
                       "drew", "drove", "rose", "chose", "broke", "froze", "stole", "swore", "tore", "wore", "forgot",
                       "grew", "blew", "flew", "sang", "ran", "came", "became", "shook", "woke", "forgave", "rode",
                       "bit", "ate", "sank", "swam", "rang", "withdrew", "undertook", "mistook", "overtook", "forbade"}

# Verbs of saying and of believing frame a claim (nlp/attribution reads them as cues); they are not themselves
# what happened (nlp/events leaves them out of event words).
SPEECH = {
    "say", "tell", "add", "note", "report", "announce", "claim", "disclose", "warn", "explain", "state", "write",
    "insist", "argue", "contend", "maintain", "acknowledge", "admit", "confirm", "reveal", "declare", "assert",
    "stress", "emphasize", "emphasise", "mention", "concede", "complain", "testify", "tweet", "post", "reply",
    "respond", "answer", "ask", "urge", "encourage", "press", "promise", "pledge", "vow", "threaten", "predict", "recall", "describe",
    "observe", "point", "inform", "assure", "allege", "accuse", "boast", "caution", "comment", "conclude",
    "indicate", "brief", "signal", "propose", "demand", "recommend", "advise", "repeat", "remark",
    "suggest", "imply", "estimate", "show", "agree", "deny", "dispute", "reject", "refute", "dismiss",
    "charge", "blame", "hint", "speculate", "forecast", "project", "question",
    "cite", "quote", "publish", "broadcast", "identify", "assess", "posit", "counter", "retort", "quip", "joke",
    "reiterate", "continue",
}
# (Planning and intending are not among them: "X plans to run" reports X's intention; X states no proposition.)
BELIEF = {"believe", "think", "suspect", "fear", "expect", "hope", "assume", "doubt", "guess", "reckon",
          "worry", "presume"}
# Cues that make what they introduce hedged (the guidelines' list): believing, suspecting, suggesting, alleging.
# Plain verbs of saying are not hedges, however loaded ("claimed", "announced"), nor are plans and expectations
# ("expects", "hopes": what is expected is reported as expected, not doubted).
HEDGING_CUES = {"believe", "think", "suspect", "suggest", "assume", "guess", "reckon", "suppose", "speculate",
                "allege", "fear", "hint", "imply", "presume", "doubt", "appear", "seem"}
# Cues that make what they introduce denied (a rejection of a thing rather than a claim aside: nlp/attribution).
DENYING_CUES = {"deny", "dispute", "reject", "refute", "dismiss"}

# The past tense, for a participle's act stated as its doer's ("calling for a deal": "called for a deal"): the
# irregular verbs of saying and doing news reports, and those that double their last letter.
_IRREGULAR_PAST = {"say": "said", "tell": "told", "think": "thought", "write": "wrote", "speak": "spoke",
                   "broadcast": "broadcast", "forecast": "forecast", "hold": "held", "give": "gave", "bring": "brought",
                   "seek": "sought", "make": "made", "take": "took", "find": "found", "lead": "led", "send": "sent",
                   "meet": "met", "keep": "kept", "leave": "left", "fight": "fought", "win": "won", "lose": "lost",
                   "put": "put", "set": "set", "cut": "cut", "hit": "hit", "run": "ran", "begin": "began",
                   "see": "saw", "know": "knew", "buy": "bought", "pay": "paid", "lay": "laid", "swear": "swore",
                   "withdraw": "withdrew", "stand": "stood", "spend": "spent", "feel": "felt", "mean": "meant",
                   "hear": "heard", "sell": "sold", "teach": "taught", "undertake": "undertook", "foresee": "foresaw",
                   "draw": "drew", "grow": "grew", "throw": "threw", "fall": "fell", "rise": "rose", "drive": "drove",
                   "come": "came", "become": "became", "go": "went", "get": "got", "break": "broke", "choose": "chose",
                   "strike": "struck", "shake": "shook", "sit": "sat", "eat": "ate", "ride": "rode", "fly": "flew",
                   "build": "built", "catch": "caught", "wear": "wore", "tear": "tore", "sing": "sang",
                   "read": "read", "let": "let", "shut": "shut", "quit": "quit", "spread": "spread", "bid": "bid",
                   "hang": "hung", "light": "lit", "flee": "fled", "feed": "fed", "bear": "bore", "beat": "beat",
                   "overtake": "overtook", "arise": "arose", "forget": "forgot", "understand": "understood"}
_DOUBLED = {"admit", "commit", "submit", "permit", "omit", "regret", "refer", "prefer", "defer", "confer", "occur",
            "compel", "expel", "rebut", "quip", "pan", "slam", "ban", "bar", "plan", "stop", "drop", "dub", "scrap",
            "step", "ship", "rob", "tap", "snap", "grab"}


def past_tense(verb: str) -> str:
    """The simple past of a verb's lemma ("deny" -> "denied", "admit" -> "admitted", "tell" -> "told")."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb in _DOUBLED:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        return verb[:-1] + "ied"
    return verb + "ed"


# Action classes: verbs that report one kind of act in other words land on one canonical action, for the actor
# graph (nlp/relations) and for telling whether two event words agree (claims/events).
ACTIONS = {
    "supply": "supply", "provide": "supply", "send": "supply", "deliver": "supply", "ship": "supply",
    "transfer": "supply", "give": "supply", "sell": "supply", "export": "supply", "hand": "supply",
    "deploy": "deploy", "dispatch": "deploy", "station": "deploy", "move": "deploy",
    "launch": "launch", "fire": "launch",
    "strike": "strike", "attack": "strike", "hit": "strike", "bomb": "strike", "shell": "strike",
    "invade": "strike", "target": "strike",
    "sign": "sign", "agree": "sign", "ratify": "sign",
    "accuse": "accuse", "blame": "accuse",
    "promise": "promise", "pledge": "promise",
    "sanction": "sanction", "impose": "sanction",
    "build": "build", "meet": "meet", "visit": "visit", "travel": "visit",
    "receive": "receive", "acquire": "receive", "buy": "receive", "import": "receive",
    "repay": "pay", "pay": "pay", "fund": "pay", "finance": "pay",
    "authorise": "authorise", "authorize": "authorise", "approve": "authorise", "order": "order",
    "kill": "kill", "injure": "injure", "hurt": "injure", "wound": "injure", "shoot": "strike", "arrest": "arrest",
    "rescue": "rescue",
    "lose": "lose", "leak": "leak", "ground": "ground",
    # (a captive freed is one released; a conviction quashed is one overturned)
    "release": "release", "free": "release", "overturn": "overturn", "quash": "overturn",
}

# What befell the people of an event, by kind: a claim that some died and one that some were hurt state two
# things, however alike their words ("Three people died when a bus overturned" / "15 injured when a bus
# overturned": claims/match `other_outcomes`).
OUTCOMES = {"die": "dead", "kill": "dead", "injure": "injured", "hurt": "injured", "wound": "injured",
            # ... as are the missing, the rescued and the evacuated ("One crew member is missing" / "Four crew
            # members were rescued": two counts of one wreck)
            "miss": "missing", "rescue": "rescued", "evacuate": "evacuated"}
# ... and the words that tell them, as one word each when words are compared ("12 people were killed" / "the death
# toll rose to 17" / "17 people died": one count of the dead; claims/match `terms`)
OUTCOME_WORDS = {**{w: "dead" for w in ("kill", "kills", "killed", "killing", "die", "dies", "died", "dying", "dead",
                                        "death", "deaths", "fatality", "fatalities")},
                 **{w: "injured" for w in ("injure", "injures", "injured", "injuring", "injury", "injuries", "wound",
                                           "wounds", "wounded", "wounding", "hurt")}}

# Words that count people at large, as `stem` gives them: "About 3,000 people were evacuated" and "Around 4,500
# residents have left their homes" are two figures of one count (provenance/conflicts), where "children" or
# "passengers" count some of them
PEOPLE_AT_LARGE = frozenset({"people", "person", "resident", "inhabitant", "villager", "local", "townspeople",
                             "individual"})

# ... and those of the fates a count of people may tell, which a report may give side by side ("rescued 41 people,
# and about 10 are still missing"): a count of one is no figure of another (provenance/conflicts)
FATE_WORDS = {**OUTCOME_WORDS, "drowned": "dead", "missing": "missing", "rescued": "rescued", "evacuated": "evacuated",
              "arrested": "arrested", "detained": "arrested"}

# ---- numbers -----------------------------------------------------------------------------------------------
# Scale words of a written number ("2 billion", "10k"): nlp/quantities reads values, stories/ reads figures.
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9,
               "tn": 1e12, "dozen": 12, "hundred": 100}
# A share given as a fraction ("a fifth", "two-thirds", "half"), by its denominator's word: nlp/quantities reads it
# as a percentage ("cut by a fifth" is "cut by 20 percent"), and a share so given is a rounded one
# (provenance/conflicts: "a third" allows 35 percent)
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
             "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
             "ninths": 9, "tenth": 10, "tenths": 10}
# Units that are scales a reading is on, not things counted ("magnitude 6.1"): a reading describes what it measures
# ("a 6.1-magnitude quake") and is still a reading of the scale
SCALES = ("magnitude",)
# Qualifiers of a number, by the range they give it (provenance/conflicts): "more than 40" is (40, ∞), "up to
# 100,000" is [0, 100,000], "about 2 billion" is rough.
LOWER_BOUND = frozenset({"more than", "over", "at least", "upwards of", "above", "just over", "well over"})
UPPER_BOUND = frozenset({"up to", "fewer than", "less than", "at most", "under", "below", "just under",
                         "as many as"})
ROUGH = frozenset({"about", "around", "nearly", "almost", "approximately", "roughly", "some", "close to",
                   "an estimated", "estimated"})
# Every qualifier, in the order nlp/quantities tries them (alternation order matters in its patterns).
QUALIFIERS = ("more than", "over", "up to", "about", "nearly", "at least", "almost", "around", "approximately",
              "roughly", "some", "fewer than", "less than", "as many as", "at most", "under", "close to",
              "an estimated", "estimated", "upwards of", "just over", "just under", "well over", "below", "above")
assert set(QUALIFIERS) == LOWER_BOUND | UPPER_BOUND | ROUGH

# ---- names -------------------------------------------------------------------------------------------------
# Which entity names a phrase when it names several: a person over an organisation over a place ("South Korea's
# national intelligence service" is the service; "spokesperson Ingrid Solberg" is Solberg).
ENTITY_RANK = {"PERSON": 0, "ORG": 1, "FAC": 2, "NORP": 3, "GPE": 4, "LOC": 5}

# Words that make a name an outlet's: a source so named speaks as a news organisation, and a hearer so named
# ("told the broadcaster SBS") is an intermediary. A press secretary or press office speaks for who employs it, and
# an agency is a news agency only when it says so ("the Environmental Protection Agency" is none).
OUTLET_WORDS = re.compile(
    r"\b(?:journal|times|(?-i:Post)|news(?!\s+(?:conference|briefing|release|event))|"
    # (a news conference or a press release is where or how someone spoke, no news organisation)
    r"press(?!\s+(?:secretar|office|aide|spokes|team|attach|conference|briefing|release|statement|event))|herald|tribune|"
    r"telegraph|guardian|gazette|pravda|(?:news|press|wire)\s+agency|broadcaster|"
    r"newspaper|magazine|radio|television|tv|channel|network|wire|daily|weekly|reuters|bloomberg|yonhap|"
    r"associated press|afp|bbc|cnn|nbc|abc|cbs|fox|sbs|kbs|mbc|nhk|ap|tass|ria|xinhua|kcna|interfax|anadolu|irna|"
    # public broadcasters a source is told by their initials alone ("told NRK"; in capitals: "Rai" may be a name)
    r"(?-i:NRK|SVT|YLE|RTE|RTÉ|ZDF|ARD|ORF|RAI|CBC|PBS|NPR|ITV|CCTV)|"
    # ("the fund's chief economist" is a person: the magazine is "the Economist")
    r"al jazeera|(?-i:[Tt]he\s+Economist)|politico|axios|ledger|globe|chronicle|inquirer|examiner|courier|dispatch)\b",
    re.I,
)


# An outlet named after what it is ("the Spanish newspaper Marca", "Spanish paper Marca", "public broadcaster
# NRK"): the words before its name, which name no other outlet
# What an outlet is ("the newspaper", "the Spanish paper Marca")
OUTLET_KINDS = ("newspaper", "paper", "daily", "weekly", "tabloid", "broadsheet", "magazine", "broadcaster", "channel",
                "radio station", "news agency", "news site", "website")
_OUTLET_DESCRIBED = re.compile(rf"^(?:[Tt]he\s+)?(?:[A-Za-z-]+\s+){{0,2}}?(?:{'|'.join(OUTLET_KINDS)})\s+(?=[A-Z0-9])")


def is_outlet(text: str) -> bool:
    return bool(OUTLET_WORDS.search(text) or _OUTLET_DESCRIBED.match(text.strip()))


# A speaker naming themselves: "I'm not saying C" is how they put C; in a quote, "I" is its speaker.
FIRST_PERSON = frozenset({"i", "we", "me", "us"})


# Words that tell of an accusation ("accused of spying", "alleged", "charged with", "indicted"): a report of the
# charges, not of the act charged
ACCUSING_WORDS = re.compile(r"\b(?:accus|alleg|charg|suspect|indict|prosecut|convict)\w*", re.I)


# Where a source phrase goes on past its head: a relative clause, a prepositional phrase, an apposition.
PHRASE_GOES_ON = re.compile(r"\s(?:who|whom|whose|which|that|of|with|from|at|in|for|on|by|close|familiar|involved|not|"
                            r"selected|representing)\s|[,(—–]")


# An unnamed piece or journalist of an outlet speaks as the outlet ("an editorial in the daily X", "a reporter of
# the news agency X").
_OUTLETS_OWN = re.compile(r"(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:editorials?|reporters?|correspondents?|"
                          r"columnists?|commentary|articles?|stor(?:y|ies)|broadcasts?|reports?|tall(?:y|ies)|"
                          r"analys[ie]s|investigations?|reviews?|counts?|calculations?|estimates?|surveys?|polls?)",
                          re.I)


# ... and the words before the outlet's name in such a phrase ("a report in the daily Fjord Times": Fjord Times)
_OUTLETS_PIECE = re.compile(_OUTLETS_OWN.pattern + r"\s+(?:in|by|from|of|on|for|at)\s+(?:the\s+)?"
                            r"(?:(?:daily|weekly|newspaper|paper|magazine|website|broadcaster|network|news agency)\s+)?",
                            re.I)


# ... or an outlet's own work named before it ("a Nordic Wire tally of regional reports": Nordic Wire)
_OUTLETS_WORK = re.compile(r"(?:an?|the|one)\s+(.+?)(?:['’]s?)?\s+(?:tally|count|analysis|review|survey|poll|"
                           r"investigation|calculation|estimate|report|story|reporting)\b", re.I)


def outlet_name(source: str) -> str:
    """The outlet a source phrase names, without the piece of it cited: "a report in the Fjord Times" and "a
    Nordic Wire tally of regional reports" are the Fjord Times and Nordic Wire, as one source with their own
    words; nor what it is: "the Spanish newspaper Marca" and "Spanish paper Marca" are Marca."""
    if (work := _OUTLETS_WORK.match(source.strip())) and is_outlet(work.group(1)):
        name = work.group(1)
    else:
        name = _OUTLETS_PIECE.sub("", source.strip(), count=1) if _OUTLETS_PIECE.match(source.strip()) else source
    return _OUTLET_DESCRIBED.sub("", name.strip(), count=1)


def speaks_as_outlet(source: str) -> bool:
    """Whether a source phrase names an outlet by its head: "the Wall Street Journal", "an editorial in the daily
    X", not "Dana Quist, who was injured ..., according to the Harbour Gazette" (Quist, whom the Gazette relays),
    nor someone holding an office there ("the network's chief executive, Tor Lund", "agency officials")."""
    head = PHRASE_GOES_ON.split(source, 1)[0].strip()
    last = head.rsplit(None, 1)[-1].lower().rstrip("s") if head else ""
    if last in OFFICES or last in ("executive", "chairman", "chairwoman", "owner", "founder"):
        return False
    return is_outlet(head) or bool(_OUTLETS_OWN.fullmatch(head)) and is_outlet(source)


# Things written down: their words are someone's, recorded ("According to the minutes, she argued ...": hers; the
# "she" is not the minutes).
WRITTEN = re.compile(r"\b(?:minutes|excerpts?|transcripts?|records?|reports?|documents?|notes?|e-?mails?|messages?|"
                     r"cables?|memos?|letters?|statements?|filings?|files|tweets?|posts?)$", re.I)


def is_written(text: str) -> bool:
    """Whether a source names a thing written down, which records words rather than says them."""
    return bool(WRITTEN.search(text.strip()))


# A company's legal form after its name ("Kaldvik Harbour AS", "Nordbank ASA", "Halvorsen Ltd"): a text names the
# company with and without it, and both are the one company
LEGAL_FORM = re.compile(r"\s+(?:AS|ASA|A/S|AB|Oy|Oyj|ApS|GmbH|AG|SA|S\.A\.|NV|N\.V\.|BV|B\.V\.|SpA|plc|PLC|"
                        r"Ltd|Limited|Inc|LLC|Corp|Co)\.?$")


# Words ending a company's name ("Halvorsen Shipping", "Fjord Pharma"), as regular expressions
FIRM_WORDS = ("Energy", "Shipping", "Group", "Holdings", "Inc", "Ltd", "LLC", "PLC", "Corp", "Corporation", "Company",
              "Co", "Airlines", "Airways", "Motors", "Industries", "Technologies", "Oil", "Gas", "Mining", "Logistics",
              "Pharmaceuticals", "Pharma", "Biotech", "Capital", "Insurance", "Telecom", "Foods", "Steel", "Chemicals",
              "Dairy", "Dairies", "Brewery", "Bakery", "Ferries", "Farms", "Fisheries", "Shipyard", "Construction",
              "Electronics", "Transit", "Minerals", "Metals", "Mines", "Resources", "Petroleum", "Power", "Utilities",
              "Software", "Automotive", "Aerospace", "Materials", "Textiles", "Hotels", "Solutions")


def name_ending(words: Iterable[str]) -> re.Pattern:
    """A name ending in one of these words, its abbreviation's stop or a possessive after it ("Fjord Pharma's")."""
    return re.compile(r"\s(?:" + "|".join(words) + r")\.?(?:['’]s?)?$")


# A bank's name in one word ("Nordbank", "Kyst Sparebank", "Handelsbanken"), which the NER reads as a person's
FIRM_NAME = re.compile(r"[a-zæøåäö](?:bank|banken)$")


def without_legal_form(name: str) -> str | None:
    """A company's name without its legal form ("Kaldvik Harbour AS" -> "Kaldvik Harbour"), or None if it has
    none or nothing would be left."""
    short = LEGAL_FORM.sub("", name.strip())
    return short if short != name.strip() and short.strip() else None


def letters(text: str) -> str:
    """Only the letters, case-folded and unaccented: 'Shin Won-sik' and 'Shin Wonsik' agree (entity keys)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text.casefold() if c.isalnum() and not unicodedata.combining(c))


def name_key(text: str) -> str:
    """A lookup key for a name: accents stripped, case-folded, one apostrophe, 'the' and possessive dropped, space
    collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")
    text = re.sub(r"(?<=\w)' s\b", "'s", text)  # tokenized text spaces the possessive: "attorney’ s office"
    text = re.sub(r"'s$", "", text.strip())
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


# ---- words -------------------------------------------------------------------------------------------------
# Words too common to tell two texts apart: spaCy's stop words and the vocabulary of reporting itself.
STOPWORDS = frozenset(STOP_WORDS) | {"said", "says", "say", "told", "would", "could", "also", "new", "one", "two",
                                     "year", "years", "people", "time", "like", "just", "according", "percent"}

# ---- sources -----------------------------------------------------------------------------------------------
# A title or office before a name, which is no part of it ("Judge Pell", "Coach Per Lie" are Pell and Per Lie)
TITLES = re.compile(
    r"^(president|prime minister|minister|general|gen\.|senator|sen\.|gov\.|governor|mr\.?|mrs\.?|ms\.?|dr\.?|"
    r"ambassador|chancellor|secretary|king|queen|prince|pope|judge|adviser|spokesperson|spokesman|spokeswoman|"
    r"councillor|councilor|councilman|councilwoman|congressman|congresswoman|representative|rep\.|mayor|"
    r"commissioner|professor|prof\.|rev\.|reverend|rabbi|sheriff|detective|inspector|captain|capt\.|sgt\.|"
    # police and military ranks ("Constable Tim Fanning" is Tim Fanning)
    r"constable|const\.|officer|sergeant|lieutenant|lt\.|corporal|cpl\.|trooper|superintendent|supt\.|det\.|"
    r"colonel|col\.|admiral|adm\.|"
    # sport and business ("Coach Per Lie", "Striker Ola Dahl", "Chairman Tor Vik")
    r"head coach|coach|manager|striker|forward|defender|midfielder|goalkeeper|winger|skipper|chairman|chairwoman|"
    r"chairperson|director|skier|runner|sprinter|swimmer|player|athlete|champion|"
    # a profession ("Cardiologist Per Moen", "Economist Kari Dahl", "Physician Ola Berg", "Skier Nina Dahl")
    r"[a-z]+(?:ologist|ist|ician)|analyst|researcher|lawyer|attorney|singer|actor|actress|author|writer|poet|"
    r"nurse|farmer|pilot|teacher|student|photographer|reporter|"
    # the plural before a list of names ("Judges Pell and Dana A. Quist Jr.", "Senators Roe and Marsh")
    r"chief justice|justices?|senators|sens\.|representatives|reps\.|judges|governors)\s+",
    re.I,
)

SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
# Who speaks for the person a possessive stands for ("her manager", "his agent": the person's word, nlp/annotate;
# her "she" is that person, claims/extract), as a pattern
PERSONAL_VOICES = r"(?:spokes(?:man|woman|person)|rep|publicist|agent|manager|management)"
# Who speaks for a person as a spokesperson does, in lower case only ("Mara Linde's representative Tor Lund";
# "Representative Marsh" holds an office).
AGENTS = frozenset({"representative", "rep", "publicist"})
# Who speaks for someone named by a role or a name: their office, spokesperson, representative or press secretary
# ("Brandt's office", "a spokeswoman for the mayor"); the group is whom they speak for
_VOICE = r"(?:press )?(?:office|spokes(?:man|woman|person)|representatives?|press secretary)"
SPEAKS_FOR = re.compile(rf"^(?:an?\s+)?(?!(?:its|his|her|their)\b)(.+?)['’]s\s+{_VOICE}$|"
                        rf"^(?:an?\s+|the\s+)?{_VOICE}\s+(?:for|of)\s+(?:the\s+)?(.+)$", re.I)
# Nouns of office, held by a person: their holder serves a country ("South Korea's top security adviser", nlp/roles),
# and "the Montana governor" is a holder of Montana's office, not Montana (nlp/annotate, provenance/sources).
OFFICES = SPOKESPEOPLE | {"adviser", "advisor", "minister", "ambassador", "envoy", "president", "secretary",
                          "official", "general", "commander", "chief", "director", "diplomat", "spy", "senator",
                          "governor", "prosecutor", "leader", "premier", "chancellor", "king", "queen"}
# An executive named by the kind of body they run, not its name ("the company's chief executive Per Holm", "its
# chairman"): they speak for an organisation of the claim as a spokesperson does (provenance/sources)
EXECUTIVES = frozenset({"executive", "ceo", "chairman", "chairwoman", "chairperson", "president", "director", "founder",
                        "boss", "owner"})
# Nouns of a post that name its holder when a name follows or is set off after them ("Fire chief Per Sand", "The
# club's chairman, Per Ostby"): nlp/annotate, provenance/sources
NAMING_OFFICES = OFFICES | EXECUTIVES | {"officer", "manager", "head", "coach", "mayor", "judge", "captain"}
# Who works for a person, named as theirs: a lawyer, an aide ("his lawyer", "Vik's attorney", "an aide to Brandt")
STAFF_NOUNS = r"(?:lawyer|attorney|counsel|aide|adviser|advisor|assistant|chief of staff)s?"
# A source phrase naming someone by whose they are, after "for" or "of" ("a lawyer for Tor Aas", "the owner of Fjord
# Foods"): the guidelines read only a spokesperson (or an agent) as whom they speak for, and an office names its
# body ("a director of the bank"); anyone else is the unnamed person the words describe, never the name.
_ROLE_OF_NAME = re.compile(r"(?i:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(?:for|of)\s+(?:the\s+)?"
                           r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
# a noun for a person (not "the anger of Judge Vale", a parse's slip)
_A_PERSON = re.compile(r"[a-z-]+(?:er|or|ist|ant|ent|ian|man|woman|ee|our)s?|mother|father|parents?|wife|husband|"
                       r"son|daughter|brother|sister|widow|widower|family|friends?|cousin|fiancée?|relatives?")


def role_of_name(phrase: str) -> bool:
    """Whether a source phrase is someone named by their relation to a name ("a lawyer for Tor Aas"), whom the
    name does not name."""
    m = _ROLE_OF_NAME.fullmatch(phrase.strip())
    return m is not None and m.group(1) not in SPOKESPEOPLE | AGENTS | OFFICES and bool(
        _A_PERSON.fullmatch(m.group(1)))


# Wire services: an article credited to one, or datelined "(AP)", is its copy, and two outlets running one wire
# story are one source (provenance).
WIRE_SERVICES = {"associated press": "Associated Press", "ap": "Associated Press", "reuters": "Reuters",
                 "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "upi": "UPI",
                 "united press international": "UPI", "dpa": "dpa", "deutsche presse-agentur": "dpa",
                 "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap", "ansa": "ANSA", "efe": "EFE",
                 "pa media": "PA Media", "press association": "PA Media", "canadian press": "Canadian Press",
                 "aap": "AAP", "australian associated press": "AAP", "ntb": "NTB", "tt": "TT", "ritzau": "Ritzau",
                 "bloomberg news": "Bloomberg", "xinhua": "Xinhua", "tass": "TASS", "anadolu": "Anadolu"}


# News organisations a state runs, by the state whose word they give (a state's own media are its voice, not a
# second source beside it: provenance); "Estmark state television" and the like say so in their name.
STATE_MEDIA = {"kcna": "north korea", "korean central news agency": "north korea", "kctv": "north korea",
               "rodong sinmun": "north korea", "xinhua": "china", "cctv": "china", "cgtn": "china",
               "people's daily": "china", "global times": "china", "tass": "russia", "ria novosti": "russia",
               "ria": "russia", "rt": "russia", "russia today": "russia", "irna": "iran", "press tv": "iran",
               "sana": "syria", "spa": "saudi arabia", "saudi press agency": "saudi arabia", "wam": "united arab emirates",
               "vna": "vietnam", "vietnam news agency": "vietnam", "prensa latina": "cuba", "belta": "belarus"}
_STATE_RUN = re.compile(r"^(?P<state>.+?)(?:'s)?\s+(?:state|state-run|state-owned|state-controlled|government-run|"
                        r"government-controlled|official)\s+(?:television|tv|media|broadcaster|radio|news\s+agency|"
                        r"press\s+agency|newspaper|news|outlet)\b")


def state_of_media(name: str) -> str | None:
    """The state (its name as written, lower-cased) whose own media a source's name says it is: "Estmark state
    television", "Russian state TV" ("russian": a demonym, for the story's entities to place), "KCNA"."""
    key = name_key(name)
    if key in STATE_MEDIA:
        return STATE_MEDIA[key]
    found = _STATE_RUN.match(key)
    return name_key(found.group("state")) if found else None


# A state's ministries, named by their portfolio: "Estmark's defence ministry", "the Russian Defence Ministry",
# "the Ministry of Foreign Affairs" are the state's body, one voice with it (provenance), not an organisation apart.
_PORTFOLIO = (r"(?:defen[cs]e|foreign(?:\s+affairs)?|interior|internal\s+affairs|home(?:\s+affairs)?|health|"
              r"finance|economy|economic\s+affairs|justice|trade|industry|energy|environment|education|transport|"
              r"agriculture|labou?r|culture|emergenc(?:y|ies)(?:\s+situations)?|security|public\s+security|"
              r"state\s+security|information|communications|war|intelligence)")
_MINISTRY = (rf"(?:{_PORTFOLIO}(?:\s+(?:and\s+)?{_PORTFOLIO})*\s+ministry|"
             rf"ministry\s+of\s+(?:the\s+)?{_PORTFOLIO}(?:\s+and\s+{_PORTFOLIO})*)")
_STATE_MINISTRY = re.compile(rf"^(?:(?P<state>.+?)(?:'s)?\s+)??(?P<ministry>{_MINISTRY})$")  # (no state before one)


def state_ministry(name: str) -> str | None:
    """The state (its name as written, lower-cased; "" where the name says none) whose ministry a name says an
    organisation is: "Estmark's defence ministry" (estmark), "the Russian Defence Ministry" (russian, a demonym for
    the story's entities to place), "the Ministry of Foreign Affairs" (""); None for any other name."""
    found = _STATE_MINISTRY.match(name_key(name))
    if found is None:
        return None
    state = found.group("state") or ""
    return "" if state in ("its", "their", "a", "an") else state


def ministry_of(name: str) -> str | None:
    """The ministry a name says by its portfolio, lower-cased, without its state: "defence ministry" of "Estmark's
    Defence Ministry", "ministry of foreign affairs"; None for any other name."""
    found = _STATE_MINISTRY.match(name_key(name))
    return found.group("ministry") if found else None


_BRITISH = [(re.compile(r"(?<=[a-z]{2})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),  # authorised / authorized
            (re.compile(r"^(def|off|lic|pret)ence$"), r"\1ense"),  # defence / defense
            (re.compile(r"(?<=[a-z]{3})our(s|ed|ing)?$"), r"or\1")]  # labour / labor; not "four", "hour"


@lru_cache(maxsize=1 << 16)  # a story's sources are compared word by word, the same few words again and again
def stem(word: str) -> str:
    """A crude English stem, enough to meet inflections ("released" / "releases", "troops" / "troop") and British
    spellings ("defence" / "defense")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for pattern, repl in _BRITISH:
        w = pattern.sub(repl, w)
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: len(w) - len(suffix)] + keep
    return w


def listing(names: list[str]) -> str:
    """Names as English lists them: "A", "A and B", "A, B and C"."""
    if len(names) < 2:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


# Words that give a count as changed since it was last reported, right before the new figure: "the death toll has
# risen to 15", "revised the toll to four", "now stands at 40" (not "up to 40", a bound). Provenance reads a figure
# they replace as no conflict; claims word a claim by the figure that stands.
UPDATED = re.compile(r"(?:\b(?:ris(?:en|es|e)|rose|climbed|climbs|increased|jumped|grew|grown|revised|updated|raised|"
                     r"lowered|fell|fallen|dropped|corrected|cut|cuts|reduced|slashed|trimmed|lifted|boosted)\b"
                     r"(?:\s+(?!to\b)[\w'’-]+){0,4}\s+to|\bnow\s+(?:stands?|stood)\s+at|\b(?:has|have)\s+(?:now\s+)?reached)\s*$",
                     re.I)
# ... of which those that say which way it moved: up ("has risen to 52") or down ("was revised down to 30")
ROSE_TO = re.compile(r"\b(?:ris(?:en|es|e)|rose|climbed|climbs|increased|jumped|grew|grown|raised|lifted|boosted|"
                     r"revised\s+up(?:ward)?)\b(?:\s+(?!to\b)[\w'’-]+){0,4}\s+to\s*$", re.I)
FELL_TO = re.compile(r"\b(?:lowered|fell|fallen|dropped|cut|cuts|reduced|slashed|trimmed|revised\s+down(?:ward)?)\b"
                     r"(?:\s+(?!to\b)[\w'’-]+){0,4}\s+to\s*$", re.I)
# ... or a count given as it stands now, against an earlier one: "has now burned 2,000 hectares", "4,500 people have
# now left their homes" (before the figure, or after it as its clause's verb)
NOW_BEFORE = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+now\s+[a-z]+(?:\s+(?:at|to))?"
                        r"(?:\s+(?:about|some|around|roughly|nearly|almost|over|more\s+than))?\s*$", re.I)
NOW_AFTER = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:has|have|had|is|are|was|were)\s+now\b", re.I)
# ... of which those an act sets ("raised its key rate to 4.5 percent"), not a count that moved ("rose to")
SET_TO = re.compile(r"\b(?:raised|raises|raise|lowered|lowers|lower|cut|cuts|reduced|reduces|slashed|trimmed|lifted|"
                    r"boosted|hiked|set)\b(?:\s+(?!to\b)[\w'’-]+){0,4}\s+to\s*$", re.I)
# ... or after the statement, of all its figures ("Sixteen people were hurt, police said, raising the earlier figure
# of 14", "..., up from 14 on Thursday")
REVISING = re.compile(r"[^.;!?]{0,80}?,\s*(?:(?:raising|lowering|revising|updating|bringing|taking|pushing)\s+"
                      r"(?:the\s+|an?\s+|its\s+)?(?:earlier\s+|previous\s+|initial\s+|official\s+|death\s+)?"
                      r"(?:figure|toll|count|number|total|estimate|tally)\b|(?:up|down)\s+from\b|"
                      # ... or the source's own earlier figure ("according to police, who had earlier put the toll at
                      # two")
                      r"(?:who|which)\s+had\s+(?:earlier|previously|initially|first)\s+(?:put|given|estimated|set|"
                      r"reported)\b)", re.I)
# ... and that give a figure as the one it replaced: "had previously forecast 2.5 billion", "down from an earlier 40"
# ... or named as not the figure ("3,500 litres had leaked, not 2,000 as first reported")
NOT_THE_FIGURE = r"\bnot\s+(?:about\s+|some\s+|around\s+|roughly\s+|the\s+)?"
FORMER = re.compile(r"\b(?:previous(?:ly)?|earlier|initial(?:ly)?|original(?:ly)?|down from|up from)\b[^.;]{0,40}$|"
                    + NOT_THE_FIGURE + "$", re.I)
# ... and the figures a change is measured from ("turnout fell to 74 percent from 78 percent four years ago"): of
# another time, not in dispute with this one
BASELINE = re.compile(r"\b(?:ris(?:en|es|e)|rose|climbed|increased|jumped|grew|grown|fell|fallen|dropped|declined|"
                      r"slipped|dipped|shrank|shrunk|cut|cuts|lowered|raised|reduced|revised|trimmed|lifted|boosted|"
                      r"slashed)\b(?:[^.;]|\.(?=\d)){0,70}\bfrom\s*$|"
                      # ... or another's figure it is compared with ("will grow 1.5 percent, more than the IMF's
                      # forecast of 1.2 percent"): someone else's, not this report's figure for the thing
                      r"\b(?:than|above|below|compared\s+with|against)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?"
                      r"(?:forecasts?|estimates?|projections?|predictions?|expectations?)\s+of\s*$", re.I)
# ... of those, a figure of a time the text names as past, right after it ("from 67 percent four years ago", "from
# 2.1 million a year earlier", "from 58 percent in 2022", "from 3.6 percent in January"): the change is measured
# against that time, not a report the figure updates
ANOTHER_TIME = re.compile(r"^\s+(?:(?:a|an|the|one|two|three|four|five|six|ten|\d+|several|a\s+few)\s+)?"
                          r"(?:years?|months?|decades?)\s+(?:ago|earlier|before)\b|"
                          r"^\s+in\s+(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|"
                          r"October|November|December)\b|^\s+last\s+(?:year|month|season)\b|"
                          r"^\s+at\s+the\s+(?:last|previous)\s+(?:election|vote|poll|census)", re.I)
# ... and the words that give a figure as the size of a change, not a level ("sent its shares up 4 percent", "rose 3
# percent", "cut prices by 5 percent"; not "rose to 5 percent", a level): a share of a whole ("10 percent of its
# workforce") and a rise are no answers to one question
CHANGE_BY = re.compile(r"\b(?:up|down|by|ris(?:en|es|e)|rose|climbed|climbs|increased|jumped|grew|grown|fell|fallen|"
                       r"dropped|declined|slipped|slid|dipped|gained|lost|shed|surged|soared|plunged|tumbled|sank)\s+"
                       r"(?:(?:about|around|nearly|almost|some|more than|over|roughly|another|a further)\s+)?$", re.I)
# ... and the whole a part is counted of ("took 14 of the 45 seats", "three out of ten voters"): its size, not a
# figure for what the claim counts
TOTAL = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|"
                   r"dozen|half|most|all|none|some|many))\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|"
                   r"our\s+|all\s+)?$", re.I)


# A dateline opening a report ("WASHINGTON —", "CHARLESTON, S.C. —", "OSLO (Nordic Wire) -", "OSLO, Sept 1
# (Reuters) -"): no part of a claim, nor the body that the words open with.
DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,30}(?:,\s*[A-Z][\w.]*(?:\s[A-Z0-9][\w.]*)?){0,2}\s*(?:\([^)]{1,40}\))?\s*"
                      r"(?:—|–|―|--|–-|-)\s*")
