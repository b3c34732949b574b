"""Events: what a clause says happened ("an earthquake struck", "three people died", "the arrest"), the unit
claims are matched on across outlets.

A trigger is a content verb (not a verb of saying or believing, which frames a claim rather than states one, nor
a light verb such as "be" or "have") or an event noun ("the earthquake", "the shooting"). Its `key` is its lemma,
with nominalisations mapped to their verb (death → die, shooting → shoot) so that "was killed" and "the killing"
meet. A verb's clause is the tokens whose nearest triggering verb is it; a noun's is the clause it sits in. The
clause's nouns, names and numbers (`args`) say what the event involved, so that two arrests in one story are
told apart.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..lexicon import BELIEF, SPEECH
from ..model import EventMention

LIGHT = {"be", "have", "do", "get", "make", "go", "take", "come", "include", "become", "know", "seem", "want",
         "need", "use", "see", "give", "try", "let", "put", "keep", "call", "appear", "remain", "continue",
         "begin", "start", "accord", "follow", "say", "tell", "add", "mean", "look", "involve", "allow", "like",
         "plan", "intend"}
# Speech and belief verbs are left out except where they are the news themselves (an accusation, a charge).
NOT_EVENTS = (SPEECH | BELIEF | LIGHT) - {"accuse", "charge", "deny", "reject", "threaten", "promise", "pledge",
                                          "vow", "admit", "confirm", "publish", "identify", "demand"}
# Nouns that name an event, with the verb of their nominalisation where the key should meet it.
EVENT_NOUNS = {
    "death": "die", "killing": "kill", "murder": "murder", "shooting": "shoot", "bombing": "bomb",
    "stabbing": "stab", "attack": "attack", "assault": "assault", "arrest": "arrest", "fire": "fire",
    "blaze": "fire", "explosion": "explode", "blast": "explode", "crash": "crash", "earthquake": "earthquake",
    "quake": "earthquake", "tremor": "earthquake", "tsunami": "tsunami", "flood": "flood", "storm": "storm",
    "hurricane": "storm", "eruption": "erupt", "collapse": "collapse", "raid": "raid", "riot": "riot",
    "protest": "protest", "strike": "strike", "trial": "trial", "conviction": "convict", "sentence": "sentence",
    "execution": "execute", "election": "elect", "vote": "vote", "victory": "win", "win": "win", "defeat": "beat",
    "loss": "lose", "game": "game", "match": "game", "deal": "deal", "agreement": "deal", "treaty": "deal",
    "talks": "negotiate", "negotiation": "negotiate", "summit": "meet", "meeting": "meet", "visit": "visit",
    "war": "war", "invasion": "invade", "offensive": "attack", "heist": "rob", "robbery": "rob", "theft": "steal",
    "burglary": "rob", "arson": "arson", "escape": "escape", "rescue": "rescue", "kidnapping": "kidnap",
    "abduction": "kidnap", "hijacking": "hijack", "injury": "injure", "surgery": "surgery", "suicide": "suicide",
    "overdose": "overdose", "accident": "accident", "outage": "outage", "resignation": "resign",
    "appointment": "appoint", "nomination": "nominate", "release": "release", "launch": "launch",
    "test": "test", "deployment": "deploy", "delivery": "deliver", "shipment": "ship", "transfer": "transfer",
    "sale": "sell", "purchase": "buy", "acquisition": "acquire", "merger": "merge", "takeover": "acquire",
    "sanction": "sanction", "ceasefire": "ceasefire", "evacuation": "evacuate", "investigation": "investigate",
    "probe": "investigate", "rehab": "rehab", "rehabilitation": "rehab", "firing": "fire", "layoff": "lay off",
    "takeoff": "launch", "landing": "land", "ban": "ban", "recall": "recall", "leak": "leak", "hack": "hack",
    "breach": "breach", "outbreak": "outbreak", "epidemic": "outbreak", "ceremony": "ceremony", "award": "award",
    # nouns that carry the event after a light verb ("made an offer", "gave notice of his retirement")
    "offer": "offer", "bid": "offer", "announcement": "announce", "nominee": "nominate", "retirement": "retire",
    "signing": "sign", "departure": "leave", "dismissal": "fire", "sacking": "fire", "ouster": "oust",
    "capture": "capture", "seizure": "seize",
    # what is done to a place, a plan or a person, named by its noun ("ordered the closure of the base")
    "closure": "close", "shutdown": "shut", "reopening": "reopen", "suspension": "suspend", "cancellation": "cancel",
    "postponement": "postpone", "expulsion": "expel", "withdrawal": "withdraw", "demolition": "demolish",
    "destruction": "destroy", "approval": "approve", "rejection": "reject", "sinking": "sink", "grounding": "ground",
    "derailment": "derail", "collision": "collide", "disappearance": "disappear", "detention": "detain",
    "deportation": "deport", "indictment": "indict", "acquittal": "acquit", "impeachment": "impeach",
}
ARG_POS = {"NOUN", "PROPN", "NUM"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MINOR = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
          "into", "over", "after", "off", "out", "up"}


def event_key(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return None if lemma in NOT_EVENTS or not lemma.isalpha() else lemma
    if tok.pos_ in ("NOUN", "PROPN"):
        return EVENT_NOUNS.get(lemma) or EVENT_NOUNS.get(tok.lower_)
    if tok.pos_ == "ADJ" and lemma == "dead":
        return "die"
    return None


def describes(tok: Token) -> bool:
    """A participle before the noun it describes ("the convicted fraudster", "jailed activist Ola Berg", "the
    recently stolen car"): what the noun is known for, not what its sentence states. One naming who did it
    ("Norwegian-built ferries", "council-backed plans") states that act. So is the verb of a relative clause ("the
    homes that lost power"), but for a noun the sentence only names to say it ("There were 11 people who died")."""
    if tok.dep_ == "relcl":
        return tok.pos_ == "VERB" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.dep_ != "attr"
    return tok.tag_ == "VBN" and tok.dep_ in ("amod", "compound") and tok.i < tok.head.i \
        and tok.head.pos_ in ("NOUN", "PROPN") and all(c.dep_ == "advmod" for c in tok.children)


def find_events(doc: Doc, base: int = 0) -> list[EventMention]:
    keys = [event_key(t) for t in doc]
    verb = [k is not None and t.pos_ == "VERB" for t, k in zip(doc, keys, strict=True)]

    def owner(tok: Token) -> int | None:
        """The nearest triggering verb at or above this token, without crossing into another clause."""
        for _ in range(64):
            if verb[tok.i]:
                return tok.i
            if tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    owners = [owner(t) for t in doc]
    members: dict[int | None, list[Token]] = {}
    for t, o in zip(doc, owners, strict=True):
        members.setdefault(o, []).append(t)
    out = []
    for tok, key in zip(doc, keys, strict=True):
        if key is None:
            continue
        clause = members.get(tok.i if verb[tok.i] else owners[tok.i]) or [tok]
        words = [t for t in clause if not t.is_punct and not t.is_space]
        if not words:
            continue
        args = sorted({t.lemma_.lower() for t in words if t.pos_ in ARG_POS and t.i != tok.i
                       and (t.pos_ == "NUM" or not t.is_stop)})
        out.append(EventMention(words[0].idx + base, words[-1].idx + len(words[-1].text) + base,
                         (tok.idx + base, tok.idx + len(tok.text) + base), key, args, verb[tok.i],
                         describes(tok)))
    return out


def title_cased(sentence: str) -> bool:
    """A Title Case headline ("Mara Linde Checks Into Clinic"): the tagger reads its verbs as names."""
    words = [w for w in _WORD.findall(sentence) if w.lower() not in _MINOR]
    return 3 <= len(words) <= 25 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) \
        and not all(w.isupper() for w in words)


def capitalised_inside(text: str) -> frozenset[str]:
    """The words a text writes with a capital after another word of its sentence: its names."""
    return frozenset(re.findall(r"(?<=[\w,;:'’\"”)-] )[A-Z][a-z][\w'’-]*", text))


def sentence_cased(sentence: str, names: frozenset[str] = frozenset()) -> str:
    """The headline as a sentence ("Mara Linde checks into clinic"), same length so offsets hold; short
    all-capital words (acronyms) are kept, and so are `names`: the words the article's own sentences write with a
    capital inside a sentence (`capitalised_inside`). A name lowered ("Mara linde checks") reads as a noun phrase."""
    def lower(m: re.Match) -> str:
        w = m.group()
        return w if m.start() == first or (w.isupper() and len(w) <= 5) or w in names else w.lower()

    first = next((m.start() for m in _WORD.finditer(sentence)), 0)
    out = _WORD.sub(lower, sentence)
    return out if len(out) == len(sentence) else sentence
