"""The annotation stage: one spaCy parse per article, then attributions, times, entities and quantities.

The model loads once per process (`load_model` is cached) and texts go through `nlp.pipe` in batches. A text
longer than `max_doc_chars` is parsed in chunks cut at paragraph or sentence breaks, offsets shifted back.
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import lru_cache

from .. import language
from ..config import Config
from ..errors import NewstraceError
from ..lexicon import (
    AGENTS,
    DATELINE,
    DENIAL_WORDS,
    ENTITY_RANK,
    FIRM_WORDS,
    FIRST_PERSON,
    NAMING_OFFICES,
    OFFICES,
    PERSONAL_VOICES,
    PHRASE_GOES_ON,
    SPOKESPEOPLE,
    STAFF_NOUNS,
    STOPWORDS,
    is_outlet,
    is_written,
    name_ending,
    role_of_name,
    speaks_as_outlet,
)
from ..model import Annotations, Article, Attribution, Entity, RelationMention
from . import workers
from .asides import find_asides
from .attribution import IT_IS_IN_DOUBT, bare_cue, clause_hedged, find_attributions
from .entities import EntityRegistry, Resolved, document_entities
from .events import capitalised_inside, find_events, sentence_cased, title_cased
from .quantities import find_quantities
from .relations import find_relations
from .roles import find_roles
from .timex import find_timexes

_FUTURE = re.compile(r"\b(?:will|won't|'ll|shall|going to|next|upcoming|plans? to|expected to|(?:is|are) due|"
                     r"scheduled|payable|set to|would)\b", re.I)


_TENSED = {"VBD", "VBZ", "VBP", "MD"}  # the tags of a verb with a tense (`Annotations.tensed`)
# Words the tokenizer splits at their hyphen that writers mean as one: "a spokesman e-mailed staff a note" split
# as "e - mailed" loses its verb, and the parse takes the whole clause as the subject of what follows.
_ONE_WORD = [f"{e}-mail{end}" for e in "eE" for end in ("", "s", "ed", "ing")]
# Titles abbreviated before a name: the tokenizer splits off the stop of some ("Sgt" "."), and the parser then
# ends the sentence there ("... stopped by Deputy Sgt." / "Ina Moss, who had followed him ...").
_TITLE_ABBREVIATIONS = ["Sgt.", "Const.", "Det.", "Supt.", "Cpl.", "Capt.", "Col.", "Adm.", "Gen.", "Lt.", "Sen.",
                        "Rep.", "Gov.", "Prof.", "Rev.", "Insp.", "Cmdr.", "Maj.", "Pvt.", "Atty.", "Dr."]


@lru_cache(maxsize=2)
def load_model(name: str):
    import spacy
    from spacy.language import Language
    from spacy.symbols import ORTH

    if "newstrace_line_breaks" not in Language.factories:
        @Language.component("newstrace_line_breaks")
        def line_breaks(doc):
            """A line break ends a sentence: headlines and subheadings carry no full stop."""
            for tok in doc[1:]:
                if "\n" in doc[tok.i - 1].text_with_ws and not doc[tok.i - 1].is_space or tok.is_space and "\n" in tok.text:
                    tok.is_sent_start = True
                elif doc[tok.i - 1].text in _TITLE_ABBREVIATIONS and tok.text[:1].isupper():
                    tok.is_sent_start = False  # "Sgt. Hoyt Teasley": a title before a name ends no sentence
            return doc

    if workers.COMPONENT not in Language.factories:
        Language.component(workers.COMPONENT, func=workers.orphan_guard)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise NewstraceError("NT401", name=name) from exc
    for word in _ONE_WORD + _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newstrace_line_breaks", before="parser")
    nlp.add_pipe(workers.COMPONENT, first=True)  # parser processes die with their parent (workers.py)
    return nlp


def annotation_version(config: Config) -> str:
    """Stored annotations are reused only when made by these rules (the stage's VERSION, newstrace's version)
    with this model (its name, and its package's version where it is an installed package)."""
    from .. import __version__
    from . import VERSION

    return f"{__version__}.{VERSION}-{config.spacy_model}{_package_version(config.spacy_model)}"


@lru_cache(maxsize=4)
def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return "==" + version(name.replace("_", "-"))
    except (PackageNotFoundError, ValueError):
        return ""  # a model folder: its name is all we know


def _chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most `limit` characters, cut at a paragraph, sentence or word break."""
    if len(text) <= limit:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
            if cut < limit // 2:
                cut = window.rfind(" ")
            if cut > 0:
                end = start + cut + 1
        out.append((start, text[start:end]))
        start = end
    return out


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


AUTO_PROCESSES_FROM = 200  # texts; below this, starting parser processes costs more than it saves


def processes(setting: int, texts: int) -> int:
    """Parser processes: the setting, or with 0 one per usable CPU core for large batches (each worker loads its
    own copy of the model, ~2 s, so small batches stay in this process)."""
    if setting > 0:
        return setting
    if texts < AUTO_PROCESSES_FROM:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores)


class Annotator:
    """Annotates articles; `annotate` streams `Annotations` in input order."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.nlp = load_model(self.config.spacy_model)
        self.version = annotation_version(self.config)

    def annotate(self, articles: Iterable[Article], progress: Callable[[int], None] | None = None,
                 n_process: int | None = None) -> Iterator[Annotations]:
        limit = self.config.max_doc_chars
        items = list(articles)
        # an article in another language than the model's is not parsed: English rules on German words would
        # make claims, sources and grades of nothing (its Annotations say which language it is)
        unread = [self.unread_language(a) for a in items]
        offsets = [[] if other else [off for off, _piece in _chunks(a.reading, limit)]
                   for a, other in zip(items, unread, strict=True)]
        pieces = [piece for a, other in zip(items, unread, strict=True) if not other
                  for _off, piece in _chunks(a.reading, limit)]
        docs = iter(self.nlp.pipe(pieces, batch_size=self.config.nlp_batch_size,
                                  n_process=processes(n_process or self.config.nlp_processes, len(pieces))))
        for a, other, offs in zip(items, unread, offsets, strict=True):
            yield (Annotations(a.id, unread_language=other) if other
                   else self._read(a, [(off, next(docs)) for off in offs]))
            if progress:
                progress(1)

    def unread_language(self, article: Article) -> str | None:
        """The article's language when the model reads another one (told from its text, as an input's declared
        language may be wrong or missing), else None."""
        lang = language.detect(article.reading)
        return lang if lang is not None and lang != language.primary(self.nlp.lang) else None

    def _read(self, article: Article, parts: list) -> Annotations:
        text = article.reading
        ann = Annotations(article.id)
        ner: list[tuple[int, int, str]] = []
        tenses: list[tuple[int, int, str]] = []
        clause_tenses: list[tuple[int, int, str]] = []
        relation_spans = []
        speaks, places, staff = [], [], []
        for off, doc in parts:
            for sent in doc.sents:
                if sent.text.strip():
                    ann.sentences.append((sent.start_char + off, sent.end_char + off))
                    tenses.append((sent.start_char + off, sent.end_char + off, _tense(sent)))
                    ann.sentence_certainty.append(_stance(sent))
                    ann.sentence_predicated.append(any(t.pos_ in ("VERB", "AUX") for t in sent)
                                                   and not bare_cue(sent))
            clause_tenses += _clause_tenses(doc, off)
            ann.tensed += [t.idx + off for t in doc if t.tag_ in _TENSED]
            ner += [(e.start_char + off, e.end_char + off, e.label_) for e in doc.ents]
            ann.attributions += find_attributions(doc, off)
            ann.quantities += find_quantities(doc, off)
            relation_spans += find_relations(doc, off)
            ann.events += find_events(doc, off)
            ann.asides += find_asides(doc, off)
            found = find_roles(doc, off)
            speaks += found[0]
            places += found[1]
            staff += found[2]
        self._headline_events(ann, text)
        mentions, resolved = document_entities(text, ner)
        # a date an earlier reading estimated (stored on the article) is no given date: read again, it is estimated
        # again, so that an article read twice is read as a new store reads it (it was taken as given, and the
        # article counted as dated: its dates could conflict and lend themselves to undated articles)
        given = None if article.published_estimated else article.published
        anchor = _anchor(given)
        published, estimated = given, False
        if anchor is None:
            anchor = estimate_publication(find_timexes(text, ner, None, tenses))
            if anchor is not None:
                published, estimated = anchor.isoformat(), True
            elif article.published_estimated and (anchor := _anchor(article.published)) is not None:
                published, estimated = article.published, True  # the earlier estimate, still an estimate
        ann.timexes = find_timexes(text, ner, anchor, clause_tenses + tenses)
        ann.published, ann.published_estimated = published, estimated
        _link_sources(ann, mentions, resolved, text)
        ann.relations = _resolve_relations(text, relation_spans, mentions, resolved)
        ann.speaks_for = _roles(speaks, mentions, resolved, ("PERSON",))
        ann.staff_of = {**_roles(staff, mentions, resolved, ("PERSON",)), **ann.staff_of}  # (and _link_sources')
        ann.places = {k: v for k, v in _roles(places, mentions, resolved, ("PERSON",)).items()
                      if v.startswith("country:")}
        ann.entities = mentions
        ann.entity_names = {r.key: [r.name, r.type] for r in resolved}
        for m in mentions:  # per-document index -> corpus-wide key (keys do not depend on other documents)
            if m.canonical is not None and m.canonical.isdigit():
                m.canonical = resolved[int(m.canonical)].key
        return ann

    def _headline_events(self, ann: Annotations, text: str) -> None:
        """Events of Title Case headlines, read from the headline in sentence case (a few ms per headline)."""
        headlines = [(s, e) for s, e in ann.sentences if title_cased(text[s:e])]
        if not headlines:
            return
        # the names the article writes with a capital in its other sentences stay so
        names = capitalised_inside("\n".join(text[s:e] for s, e in ann.sentences if (s, e) not in headlines))
        for s, e in headlines:
            doc = self.nlp(sentence_cased(text[s:e], names), disable=["ner"])
            ann.events = [ev for ev in ann.events if not s <= ev.trigger[0] < e] + find_events(doc, s)
        ann.events.sort(key=lambda ev: ev.trigger)


def _stance(sent) -> str:
    """How firmly a sentence puts what it says in its own voice: denied ("there is no evidence that ..."),
    hedged (its main clause carries a hedge: "may have", "reportedly", "appears to", "is thought to") or
    asserted."""
    if DENIAL_WORDS.search(sent.text):
        return "denied"
    return "hedged" if clause_hedged([sent.root]) or IT_IS_IN_DOUBT.search(sent.text) else "asserted"


def _roles(pairs: list, mentions: list, resolved: list[Resolved], holder_labels: tuple[str, ...]) -> dict[str, str]:
    """(holder span, other span) pairs -> {holder's entity key: the other's entity key}."""
    def entity_in(span, labels=None):
        inside = [m for m in mentions if m.start >= span[0] and m.end <= span[1] and m.canonical is not None
                  and (labels is None or m.label in labels)]
        inside.sort(key=lambda m: (ENTITY_RANK.get(m.label, 9), m.start))
        return resolved[int(inside[0].canonical)].key if inside else None

    out = {}
    for holder, other in pairs:
        h, o = entity_in(holder, holder_labels), entity_in(other)
        if h and o and h != o:
            out[h] = o
    return out


# A preposition of place right before a name: what it names is where something is
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$")
# Words that end the names of bodies, not of people
_ORG_WORD = re.compile(r"\b(?:board|institute|service|office|bank|university|college|hospital|police|guard|court|party|"
                       r"club|fc|inc|ltd|corp|foundation|trust|school|church|team|airlines?|shipping|energy|news|"
                       r"times|post|press|media|partners|holdings|fund|centre|center|force|army|navy|port|harbour|"
                       r"harbor|group|network|systems|labs?)$", re.I)
# A speaker named by a person's two names, after any title ("Health Minister Eva Lunde", "Eva Lunde")
_PERSONS_NAME = re.compile(r"(?:^|\s)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?$")


# What may come before a sentence's subject: a conjunction, "the" ("But the Harbour Board ...")
_SENTENCE_OPENING = re.compile(r"\W*(?:(?:but|and|yet|so|still|then)\b\W*)?(?:the\s+)?", re.I)
# a name set off after a person's role ("The club's chairman, Per Ostby"), which a body's name is not
_APPOSED_TO_ROLE = re.compile(rf"\b(?:{'|'.join(sorted(NAMING_OFFICES | AGENTS))}|lawyer|attorney),\s*$")


def _named_speaker_before(atts: list[Attribution], a: Attribution, mentions: list) -> Attribution | None:
    """The attribution right before `a` whose speaker a person's name names though the NER typed no person
    there, when no person is named between them: whom a "he" or "she" that finds no person stands for."""
    before = [b for b in atts if b.cue[0][0] < a.cue[0][0] and b.source and b.source_text]
    if not before:
        return None
    b = before[-1]
    name = _PERSONS_NAME.search(b.source_text)
    if name is None or b.source_entity is not None and not b.source_entity.startswith("org:"):
        return None
    if b.source_text.lower().startswith("the ") and not _APPOSED_TO_ROLE.search(b.source_text[:name.start() + 1]) or (
            _BODY.search(name.group()) or _ORG_WORD.search(name.group())):
        return None  # "the Harbour Board", "Nordlys Shipping": a body's name (not "the club's chairman, Per Ostby")
    if any(m.label == "PERSON" and b.source[0][1] <= m.start < a.cue[0][0] for m in mentions):
        return None
    return b


# The tense a date is read in is its own clause's, where the clause says: in "Police said on Monday they will
# close the road on Friday", Monday is past and Friday ahead. A clause that does not say (a present tense, a
# participle) leaves it to the clause around it, and in the end to the sentence (_tense).
_WILL = {"will", "wo", "'ll", "shall", "would"}
# Verbs whose "to" clause looks ahead: "analysts expect the bank to raise rates on Thursday", "is to visit".
_AHEAD = {"expect", "plan", "intend", "aim", "hope", "want", "schedule", "set", "slate", "promise", "pledge",
          "vow", "prepare", "threaten", "propose", "be", "go"}
# Words between a date and its clause that put it ahead: "a dividend payable on March 15", "the vote due Friday".
_AHEAD_WORDS = {"payable", "due", "upcoming", "scheduled", "slated", "planned", "expected"}


def _clause_tense(verb) -> str | None:
    """future / past when the verb's own clause says, else None."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _WILL for c in aux):
        return "future"
    if any(c.lower_ == "to" for c in aux) and verb.dep_ in ("xcomp", "ccomp"):
        # "to" clause: ahead under a verb that looks ahead, else as its head ("refused on Monday to comment")
        return "future" if verb.head.lemma_ in _AHEAD else None
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return "past"
    return None


def _clause_tenses(doc, off: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of each token whose clause says its tense; read before the sentence's (_tense)."""
    out = []
    for tok in doc:
        if tok.is_punct or tok.is_space:
            continue
        tense, node = None, tok
        while tense is None and node.head.i != node.i:
            child, node = node, node.head
            if node.lower_ in _AHEAD_WORDS:
                tense = "future"
            elif node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
                if node.dep_ == "ccomp" and node.head.i < child.i < min(
                        (c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), default=-1):
                    node = node.head  # "said on Monday they will": the parse puts "on Monday" in the clause after it
                tense = _clause_tense(node)
        if tense is None and tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            tense = _clause_tense(tok)
        if tense is not None:
            out.append((tok.idx + off, tok.idx + len(tok.text) + off, tense))
    return out


def _tense(sent) -> str:
    if _FUTURE.search(sent.text):
        return "future"
    root = sent.root
    if root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children):
        return "past"
    return "present"


def estimate_publication(timexes: list) -> date | None:
    """The latest full date a text mentions: it cannot have been published before it. Only dates that spell
    out their year count: without an anchor, "Monday" or "December 5" would be resolved against today."""
    days = []
    for t in timexes:
        year = re.search(r"\b(?:1[89]|20)\d\d\b", t.text)
        if t.type == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) and year \
                and t.value.startswith(year.group()):
            try:
                days.append(date.fromisoformat(t.value))
            except ValueError:
                continue
    return max(days) if days else None


# Someone a text tells of by no name, whom a later "the 45-year-old" may be ("Officers arrested a man")
_UNNAMED_ONE = re.compile(r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teenager|person|"
                          r"driver|suspect|passenger|pilot|worker|resident|motorist|cyclist|pedestrian|child|"
                          r"student|officer|soldier|patient|victim|tourist|hiker|fisherman|employee)\b", re.I)

_HE_SHE = {"he", "she", "him", "her"}
# Words before a name in a source phrase that make it where or whose the speaker is, not the speaker: "a law
# professor at Chapman University", "the mayor's spokesman".
_OF_WHOM = re.compile(r"\b(?:at|of|for|from|with|in|on|to|by|under)\b|['’]s\b", re.I)
# A name whose the speaker is: "a lawyer for (Mr.) Lund", "an aide of the senator Vidal".
_WHOSE = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?:[A-Z][a-z]{0,4}\.\s+)?$")
# Where a clause describing a source begins ("The mayor, who spoke to the Coast Daily,", "The audit, seen by
# Reuters,"): the names in it say what the source did or who saw it, not who speaks
_DESCRIBING = re.compile(r",?\s+(?:who|whose|which|whom)\b|,\s+(?:\w+ly\s+)?(?:seen|obtained|reviewed|published|released|"
                         r"quoted|cited|leaked|shared|sent|given|shown|provided|speaking|writing|interviewed|"
                         r"contacted|reached|asked)\b")
_THEY = {"they", "them"}
# One unnamed person who spoke ("her brother said", "a witness told reporters"): a "he" or "she" right after is
# them, where the noun allows ("her brother" is no "she")
_HIS = r"brother|father|son|husband|uncle|nephew|grandfather|grandson|boyfriend|man|stepfather"
_HERS = r"sister|mother|daughter|wife|aunt|niece|grandmother|granddaughter|girlfriend|woman|stepmother"
_LONE_PERSON = re.compile(rf"(?:an?|the|one|his|her|their|its)\s+(?:[a-z-]+\s+){{0,2}}?(?:(?P<his>{_HIS})|"
                          rf"(?P<hers>{_HERS})|witness|eyewitness|neighbou?r|friend|relative|colleague|resident|"
                          r"driver|passenger|survivor|spectator|bystander|visitor|tourist|guest|customer|shopper|"
                          r"patient|employee|worker|student|teacher|nurse|doctor|official|officer|source|villager|"
                          r"commander|soldier|fighter|militant|guard|pilot|captain|diplomat|investigator|lawmaker)")
# ... and some of them ("two officials said C. ..., one of them said"), of people named by a plural noun
_PEOPLE = re.compile(r"(?:[a-z0-9-]+\s+){0,3}(?:[a-z]+s|police|people)")
_SOME_OF_THEM = re.compile(r"(?:one|two|three|four|some|several|both|all|each|many|most|none|either|neither|a few)"
                           r"\s+of\s+(?:them|those)")
# Words that describe a person the text has named ("the 45-year-old", "the two-time champion"), never an office an
# unnamed person may hold ("the minister said" may be no one named)
_STANDING = re.compile(r"\d+-year-old|champion|medall?ist|winner|laureate|star|veteran|incumbent|challenger|"
                       r"front-?runner|democrat|republican")
# A party's words around a name ("Democrat Ada Brandt", "Brandt (D-Ohio)"): "the Republican" is no one marked so
_PARTY_MARKS = {"democrat": re.compile(r"\bRepublican\b|\bGOP\b|\(R\b|\bR-[A-Z]"),
                "republican": re.compile(r"\bDemocrat(?:ic)?\b|\(D\b|\bD-[A-Z]")}
_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.I)
# A paper named only by its kind ("the statement said", "the letter said"): the words of whoever issued it.
# An organisation named only by its kind ("the group said"): the latest one the text calls so.
_BODIES = (r"group|company|firm|ministry|agency|organi[sz]ation|association|council|department|union|authority|"
           r"coalition|campaign|charity|watchdog|regulator|commission|committee")
# ("the university"; "the telecom company": a business by its trade, which says no other kind of body)
_DESCRIBED = re.compile(rf"^(?i:the|that|this)\s+(?:(?:[a-z-]+\s+){{1,2}}(company|firm)|({_BODIES}|university|court|"
                        r"institute|hospital))$")
# what "it" said is the body the words it said open with ("The ministry will review the contract, it said"): "the"
# and at most two words before the body's kind ("the fisheries ministry", "the harbour authority")
_SPEAKING_BODIES = rf"{_BODIES}|police|service|guard|coastguard|board|operator|court|government|municipality"
_OPENING_BODY = re.compile(rf"the\s+(?:[a-z-]+\s+){{0,2}}?(?:{_SPEAKING_BODIES})\b", re.I)
_BODY = re.compile(rf"\b(?:{_BODIES})\b", re.I)
# ... and one a name owns ("Norland's regional health authority")
_POSSESSED_BODY = re.compile(rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{_SPEAKING_BODIES})\b")
# ... or a firm ("Varby's water company", "Fjell Motors' parent company"), after a name that may hold the apostrophe
_OWNED_BODY = re.compile(rf"(?:['’]s?)?\s+(?:[a-z-]+\s+){{0,2}}?(?:company|firm|{_SPEAKING_BODIES})\b")
# A name that says its bearer is a company
_FIRM_NAME = name_ending(FIRM_WORDS)
# A person named by a role: the abbreviations a text writes before names ("Gov. Ada Brandt")
_ROLE_ABBREVIATIONS = {"governor": r"gov\.", "senator": r"sen\.", "representative": r"rep\.",
                       "congressman": r"rep\.", "congresswoman": r"rep\."}
_PAPERS = r"(?:statement|letter|release|memo|note|post|tweet|message|e-?mail|filing|files|document|remarks)"
# A paper cited as a source ("according to a leaked memo"), not one someone named before it issued
_CITED_PAPER = re.compile(r"\b(?:according\s+to|citing|cited\s+in)\s+$", re.I)
_ISSUED = re.compile(rf"^(?:the|this|that|its|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}?({_PAPERS})$", re.I)


def _body_spoke(a: Attribution) -> bool:
    """Whether an attribution's speaker is a body: an organisation, or one named by its kind ("the Harbour Board")."""
    return (a.source_entity or "").startswith("org:") or a.source_entity is None and bool(
        _OPENING_BODY.fullmatch((a.source_text or "").strip()))


# A body named after the person a possessive stands for ("her campaign said"): the campaign of that person.
_THEIR_BODY = re.compile(r"^(his|her)\s+(campaign|office|administration|team)$")
# "her rep said": one who speaks for the person the text was about, as "Linde's rep" speaks for Linde
_THEIR_VOICE = re.compile(rf"^(his|her)\s+{PERSONAL_VOICES}$")
# "his lawyer, Ivo Dahl": one who works for the person the text was about, in their own name
# (the whole phrase, no name given: "her lawyer said", one person who works for her, "Lund's lawyer")
_THEIR_STAFF = re.compile(rf"^(his|her)\s+({STAFF_NOUNS})\b")
_POSSESSIVE = {"his": "he", "her": "she"}
# "its spokesman said": one who speaks for the organisation the text names before, if it names only one
_ITS_VOICE = re.compile(r"^its\s+(?:spokes(?:man|woman|person)|representative)$", re.I)
# Offices whose holder is the speaker ("the Montana Governor"); a spokesperson speaks for another
_OFFICE_ROLES = OFFICES - SPOKESPEOPLE
# a role in lower case between two names of one source phrase ("Linde lawyer Ivo Marsh")
_ROLE_BETWEEN = re.compile(r"\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+")

_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


def _genders(ann: Annotations, mentions: list, resolved: list[Resolved], text: str) -> dict[str, str]:
    """person key -> "male" or "female", where the text itself says so and never otherwise: an honorific ("Mr.",
    "Ms.", "Mrs.") before the name, or a pronoun after the name in a sentence that names that person alone
    ("Marsh condemned the attack, saying his ..."). No list of first names: the text is the evidence, and where
    it says nothing the person's gender is left unknown."""
    votes: dict[str, list[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and m.canonical is not None:
            title = re.search(r"\b(Mr|Ms|Mrs|Miss)\.?\s*$", text[max(0, m.start - 6):m.start])
            if title:
                votes.setdefault(resolved[int(m.canonical)].key, []).extend(
                    ["male" if title.group(1) == "Mr" else "female"] * 3)
    starts = [s for s, _e in ann.sentences]
    named_in: dict[int, list] = {}  # sentence -> the people it names
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if m.label == "PERSON" and m.canonical is not None and k >= 0 and m.start < ann.sentences[k][1]:
            named_in.setdefault(k, []).append(m)
    for k, named in named_in.items():
        if len({m.canonical for m in named}) != 1:
            continue
        after = text[min(m.end for m in named):ann.sentences[k][1]]  # a pronoun before the name may be another's
        male, female = bool(_MALE.search(after)), bool(_FEMALE.search(after))
        if male != female:
            votes.setdefault(resolved[int(named[0].canonical)].key, []).append("male" if male else "female")
    return {key: vs[0] for key, vs in votes.items() if len(set(vs)) == 1}  # the text never says otherwise


def _link_sources(ann: Annotations, mentions: list, resolved: list[Resolved], text: str) -> None:
    """Give each attribution the entity its source span names (the most specific: person > org > place) and the
    intermediary it came through, and resolve sources that name no one: "he"/"she" to the latest person named as
    a source before it (else, or where the text gives that person the other gender, the latest person the text
    names who may be), "they" to the latest group or organisation
    named as a source, "I"/"we" to the speaker of the quote around it, "the statement" to its issuer (the
    latest named source)."""
    def entity_in(span: tuple[int, int] | None) -> str | None:
        if span is None:
            return None
        inside = [m for m in mentions if m.start >= span[0] and m.end <= span[1] and m.canonical is not None]
        named = list(inside)  # (a list being sorted reads as empty to its key function)

        def whose(m) -> bool:
            """A name in the possessive or after "for"/"of" is whose the speaker is, not the speaker ("Mr. Lund's
            lawyer, Quist", "A lawyer for Mr. Lund, Dana Quist"), as is one before a role and the
            speaker's name ("Linde lawyer Ivo Marsh"), but a spokesperson's ("Linde spokesman Orrin Vale")."""
            if text[m.end:m.end + 2] in ("'s", "’s") or _WHOSE.search(text[max(0, m.start - 24):m.start]):
                return True
            return any(o.label == "PERSON" and (role := _ROLE_BETWEEN.fullmatch(text[m.end:o.start])) is not None
                       and not set(role.group().split()) & (SPOKESPEOPLE | AGENTS | STOPWORDS) for o in named)

        inside.sort(key=lambda m: (whose(m), ENTITY_RANK.get(m.label, 9), m.start))
        return resolved[int(inside[0].canonical)].key if inside else None

    people = sorted((m.end, resolved[int(m.canonical)].key) for m in mentions
                    if m.label == "PERSON" and m.canonical is not None)
    surnames = sorted((m.end, resolved[int(m.canonical)].key, text[m.start:m.end].split()[-1]) for m in mentions
                      if m.label == "PERSON" and m.canonical is not None and len(text[m.start:m.end].split()) > 1)
    # only an article with a "he"/"she" source needs its people's genders
    gender = _genders(ann, mentions, resolved, text) if any(
        (a.source_text or "").strip().lower() in _HE_SHE for a in ann.attributions) else {}

    def agrees(key: str | None, pronoun: str) -> bool:
        """A "he" is not a person the text calls "she" (and the other way round); words without a gender ("the
        champion") may be anyone."""
        if key is None or pronoun not in _HE_SHE:
            return key is not None
        return gender.get(key) != ("female" if pronoun in ("he", "him") else "male")

    def person_before(pos: int, pronoun: str) -> str | None:
        found = [key for end, key in people if end <= pos and agrees(key, pronoun)]
        return found[-1] if found else None

    starts = [st for st, _e in ann.sentences]
    cues = sorted(a.cue[0][0] for a in ann.attributions if a.cue)

    def opener(s: int, e: int, pronoun: str) -> str | None:
        """The person the text span [s, e) opens with as its subject, after a conjunction or a short opening
        phrase ("But Judge Pell ...", "Last month, Lund ..."), when a `pronoun` may refer to them."""
        opening = re.match(r"\W*(?:(?:but|and|yet|so|still|then)\b\W*)?", text[s:e], re.I)
        phrase = re.match(r"\W*(?:(?:but|and|yet|so|still|then)\b\W*)?[^,\"“”\n]{1,40},\s+", text[s:e], re.I)
        for head in [s + m.end() for m in (opening, phrase) if m]:
            first = min((m for m in mentions if m.label == "PERSON" and m.canonical is not None and head <= m.start
                         and m.end <= e and len(text[head:m.start].split()) <= 2), key=lambda m: m.start, default=None)
            if first is not None and re.search(r"(?:ing|ed)\b", text[head:first.start], re.I):
                return None  # a verb before the name ("Saying Mayor Brandt ..."): not its subject
            if first is not None:
                key = resolved[int(first.canonical)].key
                return key if agrees(key, pronoun) else None
            # a surname alone the tagger did not read as a name ("Lie, 23, scored 14 goals", after "Jonas Lie"):
            # the person the text named so before
            word = re.match(r"([A-Z][\w'’-]+)(?=,|\s+[a-z])", text[head:e])
            key = next((k for end, k, last in reversed(surnames) if end <= head and last == word.group(1)),
                       None) if word else None
            if key is not None and not any(m.start == head for m in mentions):
                return key if agrees(key, pronoun) else None
        return None

    def subject_before(pos: int, at: int, pronoun: str) -> str | None:
        """The person a "he"/"she" at `at`, speaking words that begin at `pos`, stands for by where it stands: the
        subject its own sentence opens with, before it and outside quotes ("Last month, Lund was in court
        after he shoved a cameraman"; "Sen. Roe attacked the ruling, 'So much for restraint,' she said");
        else the person the sentence right before the words opens with, or the only person it names, when that
        sentence reports no one's words ("But Judge Pell was not persuaded. "I'm being pulled both ways," he said";
        "That did not satisfy Judge Pell."): the "he" that follows is who the text was just about."""
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0:
            s, _e = ann.sentences[k]
            if not re.match(r"\W*[\"“”]", text[s:at]) and (key := opener(s, at, pronoun)):
                return key
        k = bisect.bisect_right(starts, pos) - 1
        if k < 1:
            return None
        s, e = ann.sentences[k - 1]
        if any(s <= c < e for c in cues) or re.search(r"[\"“”]", text[s:e]):
            return None  # someone's words, or a quote: not narration about one person
        named = {resolved[int(m.canonical)].key for m in mentions
                 if m.label == "PERSON" and m.canonical is not None and s <= m.start < e}
        # "That did not satisfy Judge Pell.": about one person, and no one else ("the governor named
        # himself and insulted Marsh" is about two)
        alone = next(iter(named)) if len(named) == 1 and not _PERSONAL.search(text[s:e]) else None
        return opener(s, e, pronoun) or (alone if agrees(alone, pronoun) else None)

    def described_person(pos: int, noun: str) -> str | None:
        """Whom "the 45-year-old" or "the two-time champion" (`noun`, at `pos`) describes: a person the text has
        named. Of an age, the one the text gave that age ("Tor Aas, 45,"), else no one (it may be a person the text
        named by no name: "police arrested a man"); of a standing, the person the sentence right before opens with
        and names alone ("Skier Nina Dahl failed a test. The champion said"), else the one person named before; "the
        Republican" is no one the text marks as another party's ("Ada Brandt (D-Ohio)")."""
        if age := re.match(r"(\d+)-year-old$", noun):
            aged = [m for m in mentions if m.label == "PERSON" and m.canonical is not None and m.end <= pos
                    and re.match(rf",\s*(?:aged\s+)?{age.group(1)}\b", text[m.end:m.end + 12])]
            if aged:
                return resolved[int(aged[-1].canonical)].key
            # ... or the one person the text named before, where it tells of no one unnamed it may be ("Mara Linde
            # cancelled her tour. The 29-year-old said"; not after "Officers arrested a man")
            named = {key for end, key in people if end <= pos}
            return named.pop() if len(named) == 1 and not _UNNAMED_ONE.search(text, 0, pos) else None

        def of_that_party(key: str) -> bool:
            other = _PARTY_MARKS.get(noun)
            return other is None or not any(
                m.canonical is not None and resolved[int(m.canonical)].key == key
                and other.search(text, max(0, m.start - 30), min(len(text), m.end + 12)) for m in mentions)

        k = bisect.bisect_right(starts, pos) - 1
        if k >= 1:  # (a sentence that names two may be about either: "Ola Berg and Tor Aas were questioned")
            s, e = ann.sentences[k - 1]
            if len({key for end, key in people if s < end <= e}) == 1 and (key := opener(s, e, "")):
                return key if of_that_party(key) else None
        named = {key for end, key in people if end <= pos}
        return named.pop() if len(named) == 1 and of_that_party(key := next(iter(named))) else None

    def body_of(person: str, body: str) -> str:
        """The key of a person's campaign (office, team ...), named "<surname> campaign" among the entities."""
        key = f"org:{person.split(':', 1)[1]}-{body}"
        if all(r.key != key for r in resolved):
            name = next((r.name for r in resolved if r.key == person), person.split(":", 1)[1])
            resolved.append(Resolved(key, f"{name.split()[-1]} {body}", "ORG"))
        return key

    def staff_of(person: str, noun: str) -> str:
        """The key of a person's unnamed lawyer (aide ...), one person named "<surname>'s lawyer", who works for
        them (`Annotations.staff_of`)."""
        key = f"person:{person.split(':', 1)[1]}-{noun.replace(' ', '-')}"
        if all(r.key != key for r in resolved):
            name = next((r.name for r in resolved if r.key == person), person.split(":", 1)[1])
            resolved.append(Resolved(key, f"{name.split()[-1]}'s {noun}", "PERSON"))
        ann.staff_of.setdefault(key, person)
        return key

    def in_quote(pos: int) -> bool:
        """Whether `pos` lies inside quotation marks opened in its paragraph."""
        before = text[text.rfind("\n", 0, pos) + 1:pos]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    def quote_opened(pos: int, cue: int) -> int:
        """Where the quote that `pos` lies in opened, when the words from `pos` to the cue close a quote opened
        sentences before ('"Congress didn't ask for it. ... We deserve to see it," she wrote'); else `pos`."""
        if not re.match(r"[^\"“”]*[\"”]", text[pos:cue]):
            return pos
        opened = max(text.rfind("“", 0, pos), text.rfind('"', 0, pos))
        opens = opened == 0 or opened > 0 and text[opened - 1].isspace()  # a closing mark follows its words
        return opened if opened >= 0 and opens and "”" not in text[opened:pos] else pos

    def described(noun: str, pos: int) -> str | None:
        """"the group" for the latest organisation before `pos` that the text calls so: "the environmental group
        Blue Coast Watch", "the trade ministry" for "the Trade Ministry" (the noun right before the name: in "...,
        the company said. The Food Safety Authority said", the authority is no company)."""
        before = re.compile(rf"\b{re.escape(noun)}\s*,?\s*$", re.I)
        for m in sorted(mentions, key=lambda m: -m.start):
            if (m.end <= pos and m.canonical is not None and m.label in ("ORG", "NORP")
                    and (noun in text[m.start:m.end].lower() or before.search(text, max(0, m.start - 40), m.start))):
                return resolved[int(m.canonical)].key
        return None

    def organisation_before(pos: int) -> str | None:
        """The organisation the text names before `pos` ("Nordvik Mining ... its spokesman said"), if it names only
        one: of two ("bought the mine from Hallen Group"), "its" may be either, and a wrong guess makes two
        sources of one."""
        # (not one named as where something is: "its yard in Ulsteinvik", the NER's organisation; nor as whose a
        # body is: "customers of Varby's water company, the company said" is not Varby's word)
        named = {m.canonical for m in mentions if m.end <= pos and m.canonical is not None and m.label == "ORG"
                 and not _WHERE_BEFORE.search(text, max(0, m.start - 12), m.start)
                 and not ((owned := _OWNED_BODY.match(text, m.end)) and (
                     text[m.end - 1] in "'’" or owned.group()[:1] in "'’"))}
        return resolved[int(named.pop())].key if len(named) == 1 else None

    def issuer(paper: str, pos: int) -> str | None:
        """Who issued "the statement" (`paper`) the text speaks of at `pos`: the one it named issuing "a (joint)
        statement" earlier, in the sentence that introduced it ("Brandt and Marsh released a joint statement",
        "a letter from the committee chairs"): a name after "from", else the last name before it; "" when the
        text cited the paper as a source of its own ("according to an internal memo seen by the Ledger"): no one
        before it issued it, and what it says is its own word."""
        found = None
        for m in re.finditer(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{paper}s?\b", text[:pos], re.I):
            found = m
        if found is None:
            return None
        k = bisect.bisect_right(starts, found.start()) - 1
        start = starts[k] if k >= 0 else 0
        named = [m for m in mentions if m.canonical is not None and m.label in ("PERSON", "ORG", "NORP")]
        after = re.match(r"\s+from\s+(?:the\s+)?", text[found.end():found.end() + 12], re.I)
        if after:
            behind = [m for m in named if found.end() < m.start <= found.end() + 80]
            if behind:
                return resolved[int(min(behind, key=lambda m: m.start).canonical)].key
        if _CITED_PAPER.search(text, max(0, found.start() - 20), found.start()):
            return ""
        before = [m for m in named if start <= m.start and m.end <= found.start()]
        return resolved[int(max(before, key=lambda m: m.start).canonical)].key if before else None

    def latest_firm(pos: int, spoke: str | None) -> str | None:
        """The organisation named last before `pos` whose name says it is a company ("Balder Energy"), if named
        after the latest mention of `spoke` (the organisation that spoke last)."""
        for m in sorted(mentions, key=lambda m: -m.start):
            if m.end <= pos and m.canonical is not None and m.label == "ORG":
                key = resolved[int(m.canonical)].key
                if key == spoke:
                    return None
                if _FIRM_NAME.search(text[m.start:m.end]):
                    return key
        return None

    def body_opening(cue: int, before: int) -> tuple[str, str] | None:
        """The organisation or country the sentence holding `cue` opens with, as its subject, before `before`: (its
        key, its words)."""
        k = bisect.bisect_right(starts, cue) - 1
        if k < 0:
            return None
        s = ann.sentences[k][0]
        first = min((m for m in mentions if m.label in ("ORG", "GPE", "NORP") and m.canonical is not None
                     and s <= m.start and m.end <= before and _SENTENCE_OPENING.fullmatch(text, s, m.start)),
                    key=lambda m: m.start, default=None)
        if first is None or _OWNED_BODY.match(text, first.end) or _POSSESSED_BODY.match(text, first.end):
            return None  # "Norland's health authority said ...": the body it owns, not Norland
        return resolved[int(first.canonical)].key, text[first.start:first.end]

    def called(key: str, pos: int) -> bool:
        """Whether the text calls the organisation `key` by a kind ("the environmental group Blue Coast Watch")
        before `pos`."""
        return any(m.end <= pos and m.canonical is not None and resolved[int(m.canonical)].key == key
                   and _BODY.search(text[max(0, m.start - 40):m.end]) for m in mentions)

    named_times = Counter(m.canonical for m in mentions if m.label == "PERSON")  # how often each person is named
    # where a speaker's words begin: ", the club said" after a name is who said what came before it, no apposition
    # ("... for striker Ola Lie, the club said": the club is no role of Ola Lie's)
    speaker_starts = {a.source[0][0] for a in ann.attributions if a.source}

    def role_holder(span: tuple[int, int], content: tuple[tuple[int, int], ...] = ()) -> str | None:
        """Whom a source named by a role noun is ("Lund's lawyer", "the Fjord TV host", "the Republican
        governor"): the names before the noun only say whose or where (never the speaker); a definite "the ..."
        is the latest person the text gave that role ("radio host Orrin Vale", "Gov. Ada Brandt"). A name
        in what the source says is not the source (`content`: "... off Flora, the coastguard said")."""
        words = text[span[0]:span[1]].split()
        noun = words[-1] if words else ""
        # an office capitalised ("the Montana Governor") is a role all the same, not part of a name
        noun = noun.lower() if noun.lower() in _OFFICE_ROLES and len(words) > 1 else noun
        # a phrase that ends with its own speaker's name ("the environmental group Blue Coast Watch"), not one whose
        # name only says where or whose ("a law professor at Eastmoor University")
        names_own = any(span[0] <= m.start and m.end <= span[1] and m.canonical is not None
                        and m.label in ("PERSON", "ORG") and not text[m.end:span[1]].strip(" ,")
                        and not _OF_WHOM.search(text[span[0]:m.start]) for m in mentions)
        # in apposition to a name: "Eastman, a law professor"; not a phrase that names its own speaker ("... the ship
        # Kestrel Bay, the environmental group Blue Coast Watch said")
        if words and words[0].lower() in ("a", "an", "the") and not names_own:
            named_before = [m for m in mentions if m.label == "PERSON" and m.canonical is not None
                            and re.fullmatch(r",\s*", text[m.end:span[0]])
                            and not any(cs <= m.start < ce for cs, ce in content)]
            if named_before:
                return resolved[int(named_before[0].canonical)].key
        if not names_own and role_of_name(text[span[0]:span[1]]):
            return None  # "a lawyer for Tor Aas", "the owner of Fjordkjokken": an unnamed person, not whose
        named = any(m.label == "PERSON" and span[0] <= m.start and m.end <= span[1]
                    and text[m.end:m.end + 2] not in ("'s", "’s") for m in mentions)
        standing = not named and words[0].lower() == "the" and _STANDING.fullmatch(noun.lower()) is not None
        if standing and not (noun.isalpha() and noun.islower()):  # "the 45-year-old", "the Ohio Democrat"
            return described_person(span[0], noun.lower())
        if named or not (noun.isalpha() and noun.islower() and noun[-1] != "s") or noun in STOPWORDS | SPOKESPEOPLE:
            return entity_in(span)  # a name, a group ("Democratic senators"), or a spokesperson: their principal
        if _DESCRIBED.match(f"the {noun}") or _ISSUED.match(f"the {noun}") or len(words) < 2:
            return None  # an organisation or a paper named by its kind ("the joint statement"): resolved below
        if words[0].lower() == "the":  # "the Fox News host": the latest person given that role, in most words
            role = re.compile(rf"\b(?:{noun}\b|{_ROLE_ABBREVIATIONS.get(noun, noun)})", re.I)
            # the role as the name's title ("Chief Justice Pell", "radio host Orrin Vale") or apposition
            # ("Brandt, the governor of the state")
            titled = re.compile(rf"(?i:{role.pattern})[\s.]*(?:[A-Z][\w.'’-]*\s+)*$")
            apposed = re.compile(rf",\s+(?:the|a|an)\s+[^,.;]*?(?:{role.pattern})", re.I)
            holders = [m for m in mentions if m.end <= span[0] and m.label == "PERSON" and m.canonical is not None
                       and (titled.search(text[max(0, m.start - 40):m.start]) or apposed.match(text, m.end)
                            and not any(cs <= m.start < ce for cs, ce in content)
                            and re.match(r",\s+", text[m.end:]).end() + m.end not in speaker_starts)]

            def fit(m) -> tuple[int, int, int]:  # the role's words around the name; of two as fit, the one the
                around = text[max(0, m.start - 40):m.end + 40]  # text names most, then the latest
                return (sum(bool(re.search(rf"\b{re.escape(w)}\b", around, re.I)) for w in words[1:]),
                        named_times[m.canonical], m.start)

            if holders:
                return resolved[int(max(holders, key=fit).canonical)].key
            return described_person(span[0], noun.lower()) if standing else None
        if re.search(r"['’]s$", words[-2]):  # "Lund's lawyer": whom the text calls so, in apposition
            phrase = re.escape(" ".join(words[-2:]))  # ("Lund's lawyer, Dana Quist, said")
            for m in sorted(mentions, key=lambda m: abs(m.start - span[0])):
                if m.label == "PERSON" and m.canonical is not None and (
                        re.search(rf"{phrase},?\s+$", text[max(0, m.start - 80):m.start])
                        or re.match(rf",\s+(?:\w+\s+){{0,3}}?{phrase}\b", text[m.end:m.end + 80])):
                    return resolved[int(m.canonical)].key
        return None

    atts = sorted(ann.attributions, key=lambda a: a.cue[0][0])
    last: str | None = None
    last_person: str | None = None
    last_group: str | None = None
    last_people: Attribution | None = None  # the latest speakers named by a common noun ("two officials")
    previous: Attribution | None = None  # the latest speaker
    for a in atts:
        src = a.source[0] if a.source else None
        if src is not None and (clause := _DESCRIBING.search(text, src[0], src[1])) and clause.start() > src[0]:
            src = (src[0], clause.start())  # (_DESCRIBING)
        if src is not None and (dateline := DATELINE.match(text[src[0]:src[1]])) and src[0] + dateline.end() < src[1]:
            # "OSLO, Sept 1 (Reuters) - Norland's health authority ..., citing": the dateline is not who speaks
            src = (src[0] + dateline.end(), src[1])
            a.source_text = text[src[0]:a.source[0][1]].rstrip(" ,;:—–")
        a.source_entity = role_holder(src, a.content) if src else None
        said = (a.source_text or "").strip().lower()
        cue = a.cue[0][0]
        if a.source_entity is None and said == "it" and a.content:
            # "The ministry will review the contract, it said", "Nordlys will resume sailings, it said": the body
            # the words open with (named as they name it: the span stays the pronoun's), else the one
            # organisation named before
            start = a.content[0][0]
            if dateline := DATELINE.match(text[start:start + 80]):  # "OSLO, Sept 1 (Reuters) - ...": not Oslo
                start += dateline.end()
            # (words after the cue open with what "it" acts on: "it accused South Korea of ...")
            opening = [m for m in mentions if m.start == start and m.label in ("ORG", "GPE") and m.canonical is not None
                       and start < cue]
            if opening and (owned := _POSSESSED_BODY.match(text, opening[0].end)):
                # "Norland's regional health authority will close the ward, it said": the body, not Norland
                a.source_text = said = text[start:owned.end()]
            elif opening:
                a.source_entity = resolved[int(opening[0].canonical)].key
            elif start < cue and (body := _OPENING_BODY.match(text, start)):
                a.source_text = said = body.group().lower()
            elif (opens := body_opening(cue, src[0])) is not None:
                # in a clause of a sentence a body opens, that body ("North Korea is thought to be eager to bolster
                # air defences after it accused South Korea of ..."): not the latest speaker (named as the sentence
                # names it: the span stays the pronoun's)
                a.source_entity, a.source_text = opens
                said = a.source_text.lower()
            else:
                # the latest speaker no person ("The harbour authority said C1. C2, it said", "The cable warned
                # C1. It said C2"), else the one organisation named before
                things = [b for b in atts if b.cue[0][0] < cue and b.source and b is not a and (
                    (b.source_entity or "").startswith(("org:", "country:")) or b.source_entity is None
                    and re.match(r"the\s", b.source_text or "", re.I)
                    and (b.source_text or "").split()[-1].lower() not in OFFICES | SPOKESPEOPLE)]
                if things:
                    a.source_text, a.source_entity = things[-1].source_text, things[-1].source_entity
                    said = (a.source_text or "").lower()
                else:
                    a.source_entity = organisation_before(cue)
        if a.source_entity is None and said:
            # inside what someone else is reported to say, a pronoun is that someone ("officials told parliament
            # they believed ...", "'I called it,' Brandt said")
            around = [b for b in atts if b is not a and b.source and any(cs <= cue < ce for cs, ce in b.content)]
            # (a "he" inside what an outlet or a body reports is not it: '"...," he said, according to the Globe')
            if around and (said in _THEY | FIRST_PERSON or said in _HE_SHE and not is_outlet(
                    around[-1].source_text or "") and not is_written(around[-1].source_text or "")
                    and (around[-1].source_entity or "person:").startswith("person:")):
                a.source_entity = around[-1].source_entity
                # unless a person is named in those words before the "he" ("He demanded that Mr. Vale resign
                # because he refused to say ..."): then that person
                named = [key for end, key in people if said in _HE_SHE and end <= cue and agrees(key, said)
                         and any(cs <= end <= ce for cs, ce in around[-1].content)]
                a.source_entity = named[-1] if named else a.source_entity
                if not named and said in _HE_SHE and in_quote(src[0]):
                    # in the speaker's own quoted words a "she" is someone else: a speaker says "I" ('Marsh
                    # said: "She said she didn't."'), so the latest other person who may be
                    a.source_entity = next((key for end, key in reversed(people) if end <= cue and agrees(key, said)
                                            and key != around[-1].source_entity), None)
                if a.source_entity is None:  # the speaker is unnamed ("intelligence officials"): say it as they did
                    a.source, a.source_text = around[-1].source, around[-1].source_text
            elif said in _HE_SHE:
                # the latest speaker, unless the text says that person is of the other gender; then the latest
                # person named who may be
                a.source_entity = subject_before(quote_opened(min([cue, *(cs for cs, _ce in a.content)]), cue),
                                                 src[0], said) or (
                    None if previous is not None and _body_spoke(previous) and not in_quote(previous.cue[0][0])
                    and not any(previous.cue[0][0] < end <= cue for end, _key in people)
                    # (right after a body spoke, a "she" is one of its people, unnamed: "The pier will close, the
                    # Harbour Board said. She added ...", not a minister named a paragraph before; not a body
                    # someone quotes: '"I fall in the group that says ..." She said')
                    else last_person if agrees(last_person, said) else person_before(cue, said))
                if previous is not None and previous.source_entity is None and (
                        lone := _LONE_PERSON.fullmatch((previous.source_text or "").lower())) and not lone.group(
                        "hers" if said in ("he", "him") else "his") and not any(
                        key == a.source_entity and end > previous.cue[0][0] for end, key in people):
                    # '..., her brother said. "She is fine," he wrote': the one who just spoke, named as they were
                    # (not one named before them)
                    a.source_entity, a.source_text = None, previous.source_text
                elif (named := _named_speaker_before(atts, a, mentions)) is not None and (
                        a.source_entity is None or max((end for end, key in people if key == a.source_entity
                                                        and end <= cue), default=0) <= named.source[0][0]):
                    # the last speaker named by a person's name the NER did not type a person ('"...," Health
                    # Minister Eva Lunde said. She added ...'; nor a person named before them: "His assistant, Lena
                    # Falk, will take over. The club's chairman, Per Ostby, said C. '...,' he said" is Ostby's):
                    # named as they were (the span stays the pronoun's)
                    a.source_text, a.source_entity = named.source_text, named.source_entity
            elif whose := _THEIR_VOICE.match(said):
                a.source_entity = person_before(cue, _POSSESSIVE[whose.group(1)])
            elif _ITS_VOICE.match(said):
                a.source_entity = organisation_before(cue)
            elif (whose := _THEIR_STAFF.fullmatch(said)) and (
                    principal := person_before(cue, _POSSESSIVE[whose.group(1)])):
                a.source_entity = staff_of(principal, whose.group(2))
            elif whose := _THEIR_BODY.match(said):
                # "her campaign said": the campaign of the person the text was about (Brandt's, Marsh's)
                person = person_before(cue, _POSSESSIVE[whose.group(1)])
                a.source_entity = body_of(person, whose.group(2)) if person else None
            elif said in _THEY or _SOME_OF_THEM.fullmatch(said):
                a.source_entity = last_group
                if a.source_entity is None and last_people is not None and (said not in _THEY or bisect.bisect_right(
                        starts, last_people.cue[0][0]) == bisect.bisect_right(starts, cue)):
                    # the latest speakers named by a common noun ("two officials said C. ..., one of them said";
                    # a "they" only in their sentence: "officials said C, and they added D", not "the
                    # memos show C; they suggest D"): named as they were (the span stays the pronoun's)
                    a.source_text = last_people.source_text
            elif said in FIRST_PERSON:
                a.source_entity = last
            elif paper := _ISSUED.match(said):
                found = issuer(paper.group(1), cue)
                a.source_entity = (found or None) if found is not None else last
            elif (described_as := _DESCRIBED.match(said)) and described_as.group(1):
                # "the energy company": the one organisation named before whose name has a word of its trade
                # ("Nordlys Energy"), else the one organisation named before, if it calls it no other kind ("Fjordtel,
                # the telecom company, said"); of several, none (the latest firm may be the other party)
                trade = {w.lower() for w in said.split()[1:-1]}
                named = {m.canonical for m in mentions if m.end <= cue and m.canonical is not None and m.label == "ORG"
                         and trade & {w.lower() for w in text[m.start:m.end].split()}}
                a.source_entity = resolved[int(named.pop())].key if len(named) == 1 else None
                if a.source_entity is None and not named and (one := organisation_before(cue)) and not called(one, cue):
                    a.source_entity = one
            elif described_as:
                kind = described_as.group(2).lower()
                a.source_entity = described(kind, cue)
                if a.source_entity is None and kind in ("company", "firm"):
                    # "Hallen calls that evidence unreliable. The company says ...": a company the text never
                    # calls so is the organisation that spoke last, unless the text calls that one a group, an
                    # agency ... (another kind of body); or one named as a company after it ("Blue Coast said
                    # Balder Energy dumped waste. The company called the claims baseless")
                    spoke = last_group if (last_group or "").startswith("org:") and not called(last_group, cue) \
                        else None
                    a.source_entity = latest_firm(cue, spoke) or spoke
                    if a.source_entity is None and (one := organisation_before(cue)) and not called(one, cue):
                        # ... else the one organisation the text has named, if it calls it no other kind ("Brekke
                        # Metall will close its smelter, the company announced")
                        a.source_entity = one
        if a.source_entity is None and re.fullmatch(r"[A-Z][a-z][\w'’-]*", a.source_text or ""):
            # a surname the tagger did not read as a name ('"...," Stout said in a statement'): the person the
            # text named so before
            a.source_entity = next((key for end, key, last in reversed(surnames) if end <= cue
                                    and last == a.source_text), None)
        # someone the speaker quotes ("Ada Brandt says it will be a fine harvest," he declared) does not
        # take the floor: the next "he" is still the speaker
        quoted = any(b is not a and b.source and any(cs <= cue < ce for cs, ce in b.content) for b in atts)
        # (the phrase's head: "people familiar with the negotiations" are people)
        if not quoted and a.source_entity is None and _PEOPLE.fullmatch(PHRASE_GOES_ON.split(said, 1)[0]) and (
                not _SOME_OF_THEM.fullmatch(said)):
            last_people = a
        if a.source and not quoted:
            previous = a
        if a.source_entity and not quoted:
            last = a.source_entity
            if a.source_entity.startswith("person:"):
                last_person = a.source_entity
            else:
                last_group = a.source_entity
        if (whose := _THEIR_STAFF.match(said)) and a.source_entity and src is not None and (
                principal := person_before(src[0], _POSSESSIVE[whose.group(1)])) not in (None, a.source_entity):
            # "his lawyer, Ivo Dahl, said": Dahl works for the person a "he" before the phrase would be
            ann.staff_of.setdefault(a.source_entity, principal)
        if a.via_span is not None:
            a.via = entity_in(a.via_span)
        if a.source_entity and a.source_text and speaks_as_outlet(a.source_text) and a.cue_lemma in ("report", "say"):
            a.source_kind = "outlet"


def _resolve_relations(text: str, spans: list, mentions: list, resolved: list[Resolved]) -> list[RelationMention]:
    """Relations whose agent or recipient names an entity, with those entities' keys."""
    def entity_in(span):
        if span is None:
            return None
        inside = [m for m in mentions if m.start >= span[0] and m.end <= span[1] and m.canonical is not None]
        return resolved[int(inside[0].canonical)].key if inside else None

    out = []
    for r in spans:
        agent = entity_in(r.agent)
        recipient = entity_in(r.recipient)
        if r.action == "receive" and r.source is not None:  # "North Korea received X from Russia": flip
            agent, recipient = entity_in(r.source), agent
            r.agent, r.recipient = r.source, r.agent
        if agent is None and recipient is None:
            continue
        out.append(RelationMention(r.verb[0], r.verb[1], "supply" if r.action == "receive" else r.action, agent,
                            text[r.object[0]:r.object[1]] if r.object else None, recipient,
                            r.agent, r.object, r.recipient))
    return out


def build_entities(annotations: Iterable[Annotations]) -> dict[str, Entity]:
    """Corpus-wide entities from stored annotations: one per key, with every alias seen."""
    registry = EntityRegistry()
    for ann in annotations:
        resolved = [Resolved(k, v[0], v[1]) for k, v in ann.entity_names.items()]
        index = {r.key: str(i) for i, r in enumerate(resolved)}
        mentions = [type(m)(m.start, m.end, m.label, m.text, index.get(m.canonical or "")) for m in ann.entities]
        registry.add(mentions, resolved)
    return registry.finish()
