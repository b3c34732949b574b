"""Matching claim mentions: one claim = one group of mentions that state the same proposition.

Two mentions state one claim when they say the same thing about the same actors, not when they are about the
same topic: a story's sentences all share its topic. So a pair is judged on what tells propositions apart
(`FEATURES`): the content words they share, weighted by how rare each word is *in the story* (the story's topic
words weigh little, "100 pages" or "Morell" much), the cosine of their sentences' embeddings, the numbers they
share and whether their event words agree (the same verb or one action class: "sent" / "delivered").
Two mentions of one sentence are never one claim: extraction split them as two statements; nor are two sentences
an article states in its own voice, nor two of one article counting one thing by different figures
(`never_one`); other pairs of one article need surer evidence than two outlets' (`SAME_ARTICLE`).
Negation and certainty are no feature: a denial is the same claim as what it denies, and different numbers for
one quantity are one claim in conflict.

The weights are a logistic regression fitted on the claimgraph dev gold (`eval/fit_claim_matching.py`
refits them and prints cross-validated figures); the pair score is that model's probability that the two
mentions share a claim. Groups: average-linkage agglomerative clustering (scikit-learn) cut at
`claim_threshold`, high, because a wrong merge makes a wrong "confirmed" while a missed one costs a grade step.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ..lexicon import ACTIONS, OUTCOME_WORDS, OUTCOMES, STOPWORDS, stem
from ..model import Mention, date_interval

# Fitted on the claimgraph dev gold (eval/fit_claim_matching.py): logistic regression over every pair of
# mentions within each story, pairs of one sentence left out (`same_sentence`). The embedding is the transformer's
# (config `claim_embedding_model`) of the whole sentence, which says who speaks and what the clause is about:
# it lifts leave-one-story-out recall at precision 0.81 from 0.071 to 0.092, where the static model's embedding
# of the mention text earned almost no weight. The entities a pair shares add nothing the words do not already
# say, and are left out; so does whether the two have one speaker (no gain).
WEIGHTS = {"lexical": 6.95, "embedding": 4.08, "numbers": 0.44, "event": 0.07, "other_event": -0.25,
           "other_date": -0.50, "same_count": 0.73}
BIAS = -3.84
# The same model fitted for the static embedding distilled from MiniLM (`claim_embedding_model` ending in
# ":static"), for corpora where the transformer's ~9 ms a sentence is too dear: about fifty times cheaper, and it
# matches less (leave-one-story-out F1 0.156, P 0.79, against 0.175, P 0.79).
STATIC_WEIGHTS = {"lexical": 10.39, "embedding": 2.02, "numbers": 0.60, "event": 0.33, "other_event": -0.15,
                  "other_date": -0.57, "same_count": 0.84}
STATIC_BIAS = -3.94
# Pairs within one article get the model's log-odds recalibrated (Platt scaling, fitted on those pairs of the
# dev gold), as (scale, shift): one writer's sentences on one story share words and context that the embedding
# reads as likeness, so at the threshold the model, fitted on all pairs, was right on 0.45 of the pairs of one
# article it joined against 0.81 across articles (leave-one-story-out); recalibrated, 0.56, with the pairs across
# articles as they were. For the static embedding the fitted scaling (0.93, -0.23) joined fewer right pairs of
# one article as well as fewer wrong ones (0.50 -> 0.46), so it is left out.
SAME_ARTICLE = (0.89, -0.37)
STATIC_SAME_ARTICLE = (1.0, 0.0)
FEATURES = tuple(WEIGHTS)


def fitted(kind: str) -> tuple[dict[str, float], float, tuple[float, float]]:
    """The weights, bias and within-article recalibration fitted for a kind of claim embedding
    (`embeddings.parse`): "static", else the transformer's."""
    if kind == "static":
        return STATIC_WEIGHTS, STATIC_BIAS, STATIC_SAME_ARTICLE
    return WEIGHTS, BIAS, SAME_ARTICLE


_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d")


SYNONYM = 0.8  # cosine of two common words' token embeddings above which they count as one word (troops/soldiers)


def terms(text: str, synonyms: dict[str, str] | None = None) -> set[str]:
    """The content words of a text, stemmed; a common (lower-case) word stands for its synonym group, a word telling
    what befell people for that outcome (`lexicon.OUTCOME_WORDS`: "killed", "died", "deaths" are "dead")."""
    synonyms = synonyms or {}
    return {OUTCOME_WORDS.get(w.lower()) or stem(synonyms.get(w, w)) for w in _WORD.findall(text)
            if w.lower() not in STOPWORDS and len(w) > 1}


def synonym_groups(texts: list[str], embed_words: Callable[[list[str]], np.ndarray] | None) -> dict[str, str]:
    """word -> the first word of its group, for the lower-case content words of these texts whose token
    embeddings are within SYNONYM of each other (names are never grouped: Russia and Ukraine sit close)."""
    if embed_words is None:
        return {}
    words = sorted({w for t in texts for w in _WORD.findall(t) if w.islower() and w not in STOPWORDS and len(w) > 2
                    and not w[0].isdigit()})
    if len(words) < 2:
        return {}
    vecs = embed_words(words)
    close = np.argwhere(np.triu(vecs @ vecs.T, 1) >= SYNONYM)
    parent = list(range(len(words)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in close:
        a, b = root(int(i)), root(int(j))
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {w: words[root(i)] for i, w in enumerate(words) if root(i) != i}


def weighted_jaccard(bags: list[set[str]], weight: dict[str, float] | None = None) -> np.ndarray:
    """Pairwise Jaccard of the bags, each item weighted (by IDF over the bags themselves unless `weight` is
    given), in matrix form: stories hold thousands of mentions."""
    from scipy.sparse import csr_matrix

    n = len(bags)
    df = Counter(x for b in bags for x in b)
    vocab = {x: k for k, x in enumerate(df)}
    w = weight or {x: math.log((1 + n) / (1 + c)) + 1.0 for x, c in df.items()}
    rows = [i for i, b in enumerate(bags) for _x in b]
    cols = [vocab[x] for b in bags for x in b]
    vals = [w.get(x, 1.0) for b in bags for x in b]
    mat = csr_matrix((np.array(vals, dtype=np.float32), (rows, cols)), shape=(n, max(1, len(vocab))))
    inter = (mat @ (mat > 0).astype(np.float32).T).toarray()
    sizes = np.asarray(mat.sum(axis=1)).ravel()
    union = sizes[:, None] + sizes[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def features(mentions: list[Mention], vectors: np.ndarray,
             embed_words: Callable[[list[str]], np.ndarray] | None = None) -> dict[str, np.ndarray]:
    """Each feature of every pair of mentions, as an n × n matrix; `embed_words` (token embeddings) groups
    synonyms."""
    n = len(mentions)
    mentions = _without_asides(mentions)
    synonyms = synonym_groups([m.text for m in mentions], embed_words)
    bags = [terms(_undescribed(m), synonyms) for m in mentions]
    df = Counter(x for b in bags for x in b)
    # rare in the story weighs much: a word in most of its sentences is its topic, not a proposition
    idf = {x: math.log((1 + n) / c) for x, c in df.items()}
    keys = _actions(mentions)
    numbers = [{q.value for q in m.quantities} for m in mentions]
    counted = [m.counted() for m in mentions]
    return {
        "lexical": weighted_jaccard(bags, idf),
        "embedding": np.clip(vectors @ vectors.T, -1.0, 1.0).astype(np.float32),
        "numbers": _shared(numbers),
        "event": _shared(keys),
        # both count the same thing ("38 containers" / "more than 40 containers"), whatever the number
        "same_count": _shared(counted),
        # both say what happened, in words of different actions ("promised" / "travelled"): another proposition
        "other_event": _other_actions(keys),
        # both say when it happened, on days that do not meet ("in November 2023" / "in May"): another event
        "other_date": _other_days(mentions),
    }


def _actions(mentions: list[Mention], verbs: bool = False) -> list[set[str]]:
    """What each mention says happened: its event words' action classes (not a participle describing a noun), or
    its verbs' only (not "the attack" it names in passing: "arrested in connection with the attack")."""
    return [{ACTIONS.get(ev.key, ev.key) for ev in m.events if not ev.describes and (ev.verb or not verbs)}
            for m in mentions]


def _other_actions(keys: list[set[str]]) -> np.ndarray:
    """1 where both mentions say what happened and share no action."""
    has = np.array([bool(k) for k in keys], dtype=np.float32)
    return (1.0 - _shared(keys)) * np.outer(has, has)


def _other_days(mentions: list[Mention]) -> np.ndarray:
    """1 where both mentions say when it happened, on days that do not meet."""
    return _disjoint([[d for t in m.times if t.type == "DATE" and (d := date_interval(t.value))] for m in mentions])


def _without_asides(mentions: list[Mention]) -> list[Mention]:
    """The mentions as matching reads them: a statement without what it says in passing about a name, which is
    an aside of its own ("The bridge, which opened in 1998, will close": the opening is the aside's claim, not
    the closure's), its words, events, numbers and times left out."""
    asides: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.aside:
            asides.setdefault(m.article, []).append((m.start, m.end))
    out = []
    for m in mentions:
        inside = [(s, e) for s, e in asides.get(m.article, ()) if not m.aside and m.start <= s and e <= m.end
                  and (s, e) != (m.start, m.end)]
        if not inside or len(m.text) != m.end - m.start:
            out.append(m)
            continue

        def kept(start: int, _inside=inside) -> bool:
            return not any(s <= start < e for s, e in _inside)

        text = "".join(ch for k, ch in enumerate(m.text) if kept(m.start + k))
        out.append(replace(m, text=text, events=[ev for ev in m.events if kept(ev.trigger[0])],
                           quantities=[q for q in m.quantities if kept(q.start)],
                           times=[t for t in m.times if kept(t.start)]))
    return out


def _undescribed(m: Mention) -> str:
    """A mention's text without the participles that describe its nouns ("convicted" of "the convicted
    fraudster will appeal"): what a noun is known for is no part of what is stated about it."""
    cuts = [(ev.trigger[0] - m.start, ev.trigger[1] - m.start) for ev in m.events if ev.describes
            and m.start <= ev.trigger[0] < m.end]
    if not cuts or len(m.text) != m.end - m.start:
        return m.text
    text = m.text
    for s, e in sorted(cuts, reverse=True):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _disjoint(spans: list[list[tuple]]) -> np.ndarray:
    """1 where both mentions name days and none of one's meets any of the other's."""
    n = len(spans)
    out = np.zeros((n, n), dtype=np.float32)
    dated = [i for i, s in enumerate(spans) if s]
    for a in dated:
        for b in dated:
            if a < b and not any(x[0] <= y[1] and y[0] <= x[1] for x in spans[a] for y in spans[b]):
                out[a, b] = out[b, a] = 1.0
    return out


def _shared(sets: list[set]) -> np.ndarray:
    """1 where two mentions have an item in common."""
    items = {x: k for k, x in enumerate(sorted({x for s in sets for x in s}, key=str))}
    mat = np.zeros((len(sets), max(1, len(items))), dtype=np.float32)
    for i, s in enumerate(sets):
        for x in s:
            mat[i, items[x]] = 1.0
    return ((mat @ mat.T) > 0).astype(np.float32)


def probability(mentions: list[Mention], vectors: np.ndarray,
                embed_words: Callable[[list[str]], np.ndarray] | None = None, kind: str = "transformer") -> np.ndarray:
    """The model's probability that each pair of mentions states one claim, with the weights fitted for the kind
    of embedding `vectors` are; 0 for pairs that are never one claim (`never_one`)."""
    found = features(mentions, vectors, embed_words)
    weights, bias, (scale, shift) = fitted(kind)
    z = sum(weights[name] * found[name] for name in FEATURES) + bias
    within = same_article(mentions)
    z[within] = scale * z[within] + shift
    p = (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
    p[never_one(mentions)] = 0.0
    return p


def _same(keys: list) -> np.ndarray:
    """True where two different mentions have one key."""
    ids: dict = {}
    where = np.array([ids.setdefault(k, len(ids)) for k in keys])
    out = where[:, None] == where[None, :]
    np.fill_diagonal(out, False)
    return out


def same_article(mentions: list[Mention]) -> np.ndarray:
    """True where two different mentions stand in one article."""
    return _same([m.article for m in mentions])


def same_sentence(mentions: list[Mention]) -> np.ndarray:
    """True where two different mentions stand in one sentence of one article: extraction told them apart as
    two statements (the outlet's own clause and the words it reports), so they are never one claim; they also
    share the sentence embedding the model reads."""
    return _same([(m.article, tuple(m.sentence)) for m in mentions])


# What `_other_figures` reads of a story's mentions, which three rules share
_Figures = tuple[np.ndarray, np.ndarray, list[set[float]], list[set[str]]]


def never_one(mentions: list[Mention]) -> np.ndarray:
    """True where two mentions are never one claim, whatever the model says: two of one sentence
    (`same_sentence`), and two an article states in its own voice. A writer states a fact once and goes on to the
    next; two of its own sentences look alike because they tell one story (leave-one-story-out, such pairs the
    model joined at the threshold were right 1 time in 11)."""
    own = np.array([m.attribution is None and not m.quoted for m in mentions], dtype=bool)
    figures = _other_figures(mentions)  # (read once for the three rules of figures)
    return (same_sentence(mentions) | same_article(mentions) & np.outer(own, own) | two_figures(mentions, figures)
            | counted_apart(mentions, figures) | swapped_actors(mentions) | others_counted(mentions)
            | other_outcomes(mentions) | other_happenings(mentions) | undone(mentions) | counted_beside(mentions)
            | counted_left(mentions, figures) | described_apart(mentions))


def described_apart(mentions: list[Mention]) -> np.ndarray:
    """True where one mention is an aside and the other is not, and they share no common word ("The engineer is
    Tomas Berg", said in passing, / "Tomas Berg was released on Sunday"): what an aside states is what it says the
    name is, and a statement that shares only the name says something else of it."""
    mentions = _without_asides(mentions)
    said = [{stem(w) for w in _WORD.findall(m.text) if w.islower() and w not in STOPWORDS and len(w) > 1}
            for m in mentions]
    aside = np.array([m.aside for m in mentions], dtype=bool)
    return np.not_equal.outer(aside, aside) & (_shared(said) == 0)


# An act and the one that undoes it (`lexicon.ACTIONS` keys): "flights were cancelled" / "flights resumed"
_UNDOING = (({"cancel", "suspend", "halt", "ground", "stop"}, {"resume", "restart"}),
            ({"close", "shut"}, {"reopen", "open"}),
            ({"arrest", "detain", "jail"}, {"release"}),
            ({"impose"}, {"lift"}),
            ({"evacuate"}, {"return"}),
            ({"lose", "cut"}, {"restore"}),
            # ... and a search and the find that ends it ("Police are hunting two prisoners" / "The two prisoners
            # have been arrested")
            ({"hunt", "search", "seek", "look"}, {"arrest", "find", "catch", "capture", "recapture", "locate"}))


def undone(mentions: list[Mention]) -> np.ndarray:
    """True where one mention's verbs say an act was done and the other's that it was undone, and they share no
    verb ("All flights from Bergen were cancelled" / "Flights from Bergen resumed at 6 a.m."): two states of one
    thing at two times, two claims, though every other word is alike."""
    keys = [{ACTIONS.get(ev.key, ev.key) for ev in m.events if ev.verb and not ev.describes} for m in mentions]
    n = len(mentions)
    out = np.zeros((n, n), dtype=bool)
    for done, undoing in _UNDOING:
        did = np.array([bool(k & done) for k in keys])
        undid = np.array([bool(k & undoing) for k in keys])
        out |= np.outer(did, undid) | np.outer(undid, did)
    return out & (_shared(keys) == 0)


def other_happenings(mentions: list[Mention]) -> np.ndarray:
    """True where two mentions each say what happened and when, in words of different actions, on days that do not
    meet ("Two men were arrested on Monday" / "Two men were charged on Tuesday"): two events, not one told with two
    dates, their verbs read (on the dev gold such pairs were one claim 4 times in 100, and the model joined none).
    """
    mentions = _without_asides(mentions)
    return (_other_actions(_actions(mentions, verbs=True)) * _other_days(mentions)) > 0


def other_outcomes(mentions: list[Mention]) -> np.ndarray:
    """True where two mentions each tell what befell people and none of one's is the other's ("Three people died
    when a bus overturned" / "15 injured when a bus overturned", `lexicon.OUTCOMES`): the dead and the injured are
    two counts, two claims, though all the words around them are one event's."""
    kinds = [{OUTCOMES[ev.key] for ev in m.events if ev.key in OUTCOMES and not ev.describes
              and (ev.key != "miss" or _word(m, ev.trigger) == "missing")} for m in mentions]
    told = np.array([bool(k) for k in kinds])
    return np.outer(told, told) & (_shared(kinds) == 0)


def _word(m: Mention, span: tuple[int, int]) -> str:
    """The words of a mention at an article span, in lower case ("" where its words are restated)."""
    if len(m.text) != m.end - m.start:
        return ""
    return m.text[span[0] - m.start:span[1] - m.start].lower()


def counted_beside(mentions: list[Mention]) -> np.ndarray:
    """True where a mention counts something and the other gives no number, while a mention of the other's sentence
    counts what the first does ("The toll has risen to 15" / "a ferry capsized", beside "Fifteen people died" in
    "Fifteen people died when a ferry capsized"; or gives numbers of other things only: "A magnitude 6.2 quake
    struck", beside "killing at least 12"): extraction told the sentence's claims apart, and the count is the part
    that gives it, however many of the event's words the other shares. (A bare number may count the thing unnamed:
    "and the Greens 14" beside "Labour won 16 seats".)"""
    counted = [m.counted() for m in mentions]
    units = {u: k for k, u in enumerate(sorted(set().union(*counted)))}
    counts = np.zeros((len(mentions), max(1, len(units))), dtype=bool)
    for i, c in enumerate(counted):
        counts[i, [units[u] for u in c]] = True
    sentence = same_sentence(mentions)
    held = (sentence.astype(np.float32) @ counts.astype(np.float32)) > 0  # what the rest of each one's sentence counts
    # (numbers of other things are no count of it: "A magnitude 6.2 quake struck" beside "killing at least 12")
    held &= ~counts
    named = np.array([all(q.unit and q.unit != "%" for q in m.quantities) for m in mentions], dtype=bool)
    out = ((counts.astype(np.float32) @ held.T.astype(np.float32)) > 0) & named[None, :] & ~sentence
    np.fill_diagonal(out, False)
    return out | out.T


def two_figures(mentions: list[Mention], figures: _Figures | None = None) -> np.ndarray:
    """True where two mentions count one thing by different figures and none they share ("will cost the town 300
    jobs" / "would cut 800 jobs nationwide"): in one article, two things the writer gives as true, not one
    figure in dispute (on the dev gold, 8 such pairs in one article, none one claim); a figure given as changed or
    as the one a change replaced (`Mention.updates`, `former`) is one figure told over time."""
    return (figures or _other_figures(mentions))[0]


def counted_apart(mentions: list[Mention], figures: _Figures | None = None) -> np.ndarray:
    """True where two mentions of two articles count one thing by different figures and the first's article gives
    the second's figure too, as a count of something else ("injuring 12" and "Three children were in a serious
    condition" in one report, "Twelve children were hurt" in another): the writer tells the two counts apart, so
    the second is the first's other claim, not the same count in dispute. Two figures an article gives for one
    happening ("38 containers were lost, the coastguard said; the owner said more than 40 were lost") are a
    dispute it reports, which another report's figure may join."""
    other, kin, values, happened = figures or _other_figures(mentions)
    n = len(mentions)
    article = np.array([m.article for m in mentions])
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        # its article's other counts of that kind, of something else that happened (or nothing said to)
        beside = [k for k in np.flatnonzero((article == article[i]) & other[i]) if not happened[i] & happened[k]]
        for k in beside:
            # another article's mention of k's figure, counting that kind too, with none of i's figures, and told of
            # k's happening, not i's (a third report's "12 were killed" beside "killed 3" and "injured 12" is a
            # figure in dispute)
            like_k = np.array([bool(not h or h & happened[k]) and not h & happened[i] for h in happened])
            out[i] |= (article != article[i]) & kin[k] & like_k & np.array([values[k] & v != set() for v in values]) & (
                np.array([not (values[i] & v) for v in values]))
    return out | out.T


# A count of what is left after a change: "20,000 homes remain without power", "two are still missing"
_LEFT = re.compile(r"\b(?:remain(?:s|ed|ing)?|still)\b", re.IGNORECASE)


def counted_left(mentions: list[Mention], figures: _Figures | None = None) -> np.ndarray:
    """True where two mentions count one thing by figures they do not share and only one gives its figure as what
    is left ("Around 20,000 homes remain without power" / "About 120,000 homes lost power"): the part a change has
    not reached, measured after it, is another count than the whole, not the same count in dispute."""
    _, kin, values, _ = figures or _other_figures(mentions)
    left = np.array([_LEFT.search(m.text) is not None for m in mentions], dtype=bool)
    return kin & (_shared(values) == 0) & np.not_equal.outer(left, left)


def _other_figures(mentions: list[Mention]) -> _Figures:
    """(same article, figures of one kind and none shared: `two_figures`; counting one kind of thing, by one word
    or as people; each one's figures; what each says happened)."""
    values = [{q.value for q in m.quantities} for m in mentions]
    moved = [bool(m.updates() or m.former()) for m in mentions]
    unmoved = ~np.logical_or.outer(moved, moved)
    counted = [m.counted() for m in mentions]
    # (people counted by any word for them are one kind: "injuring 12" / "Three children were in a serious
    # condition" are the injured and the gravely injured, where they are not said to be one happening's)
    people = [{"people" for u in c if u in _PEOPLE} for c in counted]
    happened = _actions(mentions)
    one_word, as_people = _shared(counted) > 0, _shared(people) > 0
    kin = (one_word | as_people) & unmoved
    np.fill_diagonal(kin, False)
    one_kind = kin & (one_word | (_shared(happened) == 0))
    return same_article(mentions) & one_kind & (_shared(values) == 0), kin, values, happened


# Words for people as a count's unit, as `lexicon.stem` gives them
_PEOPLE = {"people", "person", "children", "child", "schoolchildren", "pupil", "student", "passenger", "worker",
           "miner", "soldier", "civilian", "resident", "men", "women", "adult", "patient", "victim", "casualty",
           "employe", "tourist", "migrant", "refuge", "crew", "fan", "spectator", "protester", "hiker"}


_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*")
_COUNT_WORDS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens"}


def others_counted(mentions: list[Mention]) -> np.ndarray:
    """True where two mentions count one kind of thing, each named as someone else's ("four Estmark diplomats" /
    "four Norland diplomats", "two Nordair jets" / "two Fjordfly jets"): other things, whatever else the words share;
    a count naming no one's ("four diplomats") may be either."""
    whose: list[dict[str, set[str]]] = []
    for m in mentions:
        named: dict[str, set[str]] = {}
        for q in m.quantities:
            # (the names between the count and the thing counted: not the count's first word, "Four", "About")
            before = q.text[:q.text.rfind(q.unit)].split(None, 1)[1:] if q.unit and q.unit in q.text else []
            if q.unit and q.unit != "%" and before and (words := [
                    w for w in _NAMED_BEFORE.findall(before[0]) if w.lower() not in _COUNT_WORDS]):
                named.setdefault(stem(q.unit), set()).update(w.lower() for w in words)
        whose.append(named)
    n = len(mentions)
    out = np.zeros((n, n), dtype=bool)
    counting = [i for i, w in enumerate(whose) if w]
    for x, i in enumerate(counting):
        for j in counting[x + 1:]:
            if any(unit in whose[j] and not names & whose[j][unit] for unit, names in whose[i].items()):
                out[i, j] = out[j, i] = True
    return out


# Actions two actors do together: "Brandt met Dahl" is "Dahl met Brandt"
_MUTUAL = {"meet", "sign", "talk", "speak", "negotiate", "trade", "fight", "clash", "draw", "tie", "marry", "play",
           "compete", "merge", "partner", "collide"}


def swapped_actors(mentions: list[Mention]) -> np.ndarray:
    """True where two mentions say what two actors do, each naming the other, and say one action of them
    ("Norland will expel three Vestland diplomats" / "Vestland would expel three Norland diplomats": the same
    words, another proposition, which neither the words nor the embedding tell apart; not an action they do
    together: `_MUTUAL`), or two actions (below)."""
    n = len(mentions)
    out = np.zeros((n, n), dtype=bool)
    # what the actors do: verbs (a noun is not theirs: "the grant paid for the deployment of the crews")
    keys = [{k for ev in m.events if ev.verb and (k := ACTIONS.get(ev.key, ev.key)) not in _MUTUAL} for m in mentions]
    told = _actions(mentions)  # (with the events they name: "a 3-1 win over Molde")
    acting = [i for i, m in enumerate(mentions) if m.subject]
    for x, i in enumerate(acting):
        for j in acting[x + 1:]:
            a, b = mentions[i], mentions[j]
            if a.subject == b.subject or a.subject not in b.entities or b.subject not in a.entities | {a.subject}:
                continue
            if keys[i] & keys[j]:
                out[i, j] = out[j, i] = True
            elif keys[i] and keys[j] and "denied" not in (a.certainty, b.certainty) and not told[i] & told[j] and (
                    not _converse(told[i], told[j])) and not {q.value for q in a.quantities} & {
                    q.value for q in b.quantities}:
                # ... or two acts of two actors each names the other of ("Estmark will impose tariffs on Norland
                # steel" / "Norland will not retaliate against Estmark's tariffs"): two propositions, but for one
                # act told from either side ("Norland supplied the jets to Vestland" / "Vestland received the jets
                # from Norland"; "Molde lost to Rosenborg" / "Rosenborg moved top with a win over Molde"; a figure
                # of both, a 3-1) and a denial of what the other did
                out[i, j] = out[j, i] = True
    return out


# One act told from its two sides: who gives and who gets (`lexicon.ACTIONS` keys)
_CONVERSES = ({"supply", "receive"}, {"pay", "receive"}, {"launch", "strike"}, {"accuse", "deny"}, {"win", "lose"},
              {"beat", "lose"})


def _converse(a: set[str], b: set[str]) -> bool:
    return any(pair & a and pair & b for pair in _CONVERSES)


def _speaker(m: Mention) -> tuple[str, str | None]:
    """Whose report a mention is: its article's, and in it the speaker's (two sources quoted by one article are
    two reports)."""
    a = m.attribution
    return m.article, (a.source_entity or a.source_text) if a is not None else None


def cohesion(group: list[int], mentions: list[Mention], p: np.ndarray) -> float | None:
    """How surely a group's mentions from different reports state one thing: the mean probability of its pairs
    of different reports (`_speaker`); None when every mention is one speaker's in one article."""
    pairs = [p[i, j] for k, i in enumerate(group) for j in group[k + 1:]
             if _speaker(mentions[i]) != _speaker(mentions[j])]
    # four decimals: a transformer's vectors differ in their last bits with how texts are batched (Ray chunks them)
    return round(float(np.mean(pairs)), 4) if pairs else None


def near_groups(groups: list[list[int]], mentions: list[Mention], p: np.ndarray, floor: float,
                most: int = 3) -> dict[int, list[tuple[int, int, float]]]:
    """For each group, the other groups that may state its claim: those with a mention in another article
    whose pair probability with one of the group's reaches `floor`, as (group, that mention, probability), the
    surest `most` first. Matching leaves them apart (their link is weaker than `claim_threshold` asks, or
    the rest of the two groups pulls it down), so they are for an analyst to check; pairs of one article are
    left out, as a writer's sentences on one story look alike (`SAME_ARTICLE`)."""
    if len(groups) < 2:
        return {}
    q = np.where(same_article(mentions) | np.eye(len(mentions), dtype=bool), 0.0, p)
    label = np.empty(len(mentions), dtype=int)
    for k, g in enumerate(groups):
        label[g] = k
    order = np.argsort(label, kind="stable")
    starts = np.searchsorted(label[order], np.arange(len(groups)))
    # best[k, j]: the strongest pair between a mention of group k and one of group j
    rows = np.maximum.reduceat(q[order], starts, axis=0)  # group × mention
    best = np.maximum.reduceat(rows[:, order], starts, axis=1)  # group × group
    np.fill_diagonal(best, 0.0)
    out: dict[int, list[tuple[int, int, float]]] = {}
    for k, j in zip(*np.nonzero(best >= floor), strict=True):
        closest = max(groups[j], key=lambda b: rows[k, b])
        out.setdefault(int(k), []).append((int(j), int(closest), round(float(best[k, j]), 4)))
    return {k: sorted(v, key=lambda x: -x[2])[:most] for k, v in out.items()}


def attach(groups: list[list[int]], extra: list[int], p: np.ndarray, threshold: float,
           apart: np.ndarray | None = None) -> list[list[int]]:
    """The groups with each `extra` mention added, in turn, to the group its mean pair probability is highest
    with, when that reaches `threshold`, else a group of its own (which later ones may join): average linkage
    that never splits or reshapes the groups it is given, nor joins a mention to a group holding one it is
    `apart` from (`never_one`: "Ola Dahl, the finance minister, is expected to step down" says in passing that
    Dahl is the finance minister, which is no part of the claim that he will step down, though both mentions
    read the one sentence's embedding). Asides join claims this way: background said in passing about a name,
    matched with the sentences around it, would pull a sentence's own claim out of the group it belongs to (two
    mentions of one sentence are never one claim)."""
    out = [list(g) for g in groups]
    for i in extra:
        means = [float(np.mean(p[i, g])) if apart is None or not apart[i, g].any() else 0.0 for g in out]
        best = int(np.argmax(means)) if means else -1
        if best >= 0 and means[best] >= threshold:
            out[best].append(i)
        else:
            out.append([i])
    return sorted((sorted(g) for g in out), key=lambda g: g[0])


def cluster_mentions(p: np.ndarray, threshold: float) -> list[list[int]]:
    """Groups of mention indices from the pair probabilities `p` (`probability`), each group one claim; groups
    in order of their first mention."""
    n = len(p)
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from sklearn.cluster import AgglomerativeClustering

    dist = 1.0 - p
    np.fill_diagonal(dist, 0.0)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1.0 - threshold).fit_predict(dist)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
