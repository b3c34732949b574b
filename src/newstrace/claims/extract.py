"""Claim mentions: the claim-bearing clause of each sentence, with who said it, how sure, and its numbers and
times.

An attributed sentence yields its content (what was said) when that states something; when it only names a
thing, asks or plans ("opposed the deal", "questioned whether ...", "vowed to file charges"), it yields the
speaker's whole clause. An unattributed sentence yields the whole sentence in the outlet's own voice. Subheadings, fragments and non-claims ("has not commented") yield nothing; a headline with
a verb is a claim. Each claim carries the events it states (nlp/events.py), which group claims into events.
Where a sentence holds nested attributions ("the newspaper reported that X told a ceremony ...") the innermost
named source is the claimant and an outer outlet is the intermediary (`via`). A sentence with no attribution of
its own that says "allegedly" or "reportedly" reports the claimant of the sentence before it in the same
paragraph ("The agency reported this week that ... . Since March, the cartel has allegedly moved ..."): it
takes that claimant, intermediary and report time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from ..lexicon import (
    ACCUSING_WORDS,
    AGENTS,
    BELIEF,
    CERTAINTY_RANK,
    DATELINE,
    DENIAL_WORDS,
    DENYING_CUES,
    FIRST_PERSON,
    HEDGES,
    HEDGING_CUES,
    NEGATION,
    NOT_THE_FIGURE,
    PERSONAL_VOICES,
    QUALIFIERS,
    REVISING,
    SPEAKS_FOR,
    SPEECH,
    SPOKESPEOPLE,
    STAFF_NOUNS,
    STOPWORDS,
    is_outlet,
    is_written,
    letters,
    outlet_name,
    past_tense,
    stem,
)
from ..model import Annotations, Article, Attribution, EventMention, Mention, Quantity, Timex

# Non-statements: saying nothing is no claim ("declined to comment", "could neither confirm nor deny").
# "did not" or "didn't" (also as some texts space it: "didn’ t"); "can not", "cannot", "can't", "won't"
_NOT = r"(?: not|n['’] ?t) "
# what a reporter asked for ("did not respond to requests for comment", "did not return calls")
_ASKED = r"(?:[\w-]+\s+){0,2}(?:requests?|calls?|e-?mails?|messages?|questions?|inquir(?:y|ies)|queries)"
# ... where not answering is all it says ("did not respond.", "has not responded to questions from the Post")
_ANSWER = r"(?=\s*[.,;:)—–-]|\s*$|\s+(?:[\w,]+\s+){0,3}?to\s+<ASKED>)"
_WONT = r"(?:could(?: not|n['’] ?t)|would(?: not|n['’] ?t)|can(?:not| not|['’]t)|will not|won['’]t) "
NON_CLAIM = re.compile((
    r"\b(?:ha(?:s|ve|d)<NOT>(?:yet )?(?:publicly )?(?:directly )?commented|(?:did|does|"
    r"do)<NOT>(?:immediately )?(?:comment|(?:respond|reply|answer)<ANSWER>|return\s+<ASKED>)|"
    r"ha(?:s|ve|d)<NOT>(?:yet )?(?:immediately )?(?:responded|replied|answered)<ANSWER>|"
    # a reporter's try that came to nothing ("could not reach the owner for comment", "calls went unanswered"),
    # not rescuers' ("could not reach the village") nor talks' ("could not reach a deal")
    r"(?:<WONT>(?:immediately )?|(?:was|were) unable to (?:immediately )?)reach\b[^.;]{0,60}?\bfor (?:comment|a "
    r"response|reaction)|"
    r"<ASKED>(?:\s+[\w'’-]+){0,4}\s+(?:(?:were|was|have been|has been)<NOT>(?:immediately )?(?:returned|answered)|"
    r"(?:went|have gone|has gone|remain(?:ed)?|were|was) (?:unanswered|unreturned))|declined to (?:comment|say|discuss|"
    r"elaborate|answer|speculate|provide|give|specify|confirm)|could<NOT>(?:immediately )?be reached|"
    r"not immediately (?:clear|available|known)|did<NOT>offer details|"
    # what cannot be said yet ("it was too early to say what caused the blast")
    r"too (?:early|soon) to (?:say|tell|know|determine|speculate|comment|judge|establish)\b|"
    r"(?:(?:did|does|do|has|have|had|would|will)<NOT>|<WONT>|refused to |(?:has|have|had) yet to )(?:yet )?"
    r"(?:say|said|disclose|disclosed|specify|specified|"
    r"explain|explained|reveal|revealed) (?:whether|how|what|why|when|where|who|which)|"
    # ... or that something was not made known ("The fee was not disclosed", "Terms of the deal were not made
    # public"): where the sentence or an aside ends there, nothing about the world is stated (not "a memo, which
    # has not been made public, described ...": the sentence goes on to state)
    r"(?:(?:was|were|is|are)<NOT>|(?:has|have|had)<NOT>(?:yet )?been )(?:yet )?(?:immediately )?(?:publicly )?"
    r"(?:disclosed|revealed|made public|made known)(?=\s*(?:[.;!]|$))|"
    # ... or that it was not said ("it was not specified how many people were inside")
    r"(?:was|were|is|are|(?:has|have|had) been)<NOT>(?:yet )?(?:immediately )?(?:specified|disclosed|revealed|"
    r"said|stated|made public)(?: that)? (?:whether|how|what|why|when|where|who|which)|"
    r"not (?:directly )?commented|(?:could|would|did) (?:neither|not) confirm,? (?:n|)or deny|<WONT>"
    r"(?:immediately )?(?:comment|confirm, deny or comment)|neither confirmed nor denied|"
    # ... nor where no one did ("Neither government commented on reports of talks")
    r"\b(?:neither|no|none of the)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:has|have|had)\s+)?(?:(?:publicly|yet)\s+)?commented\b|"
    r"no immediate (?:response|comment|reply)|refused to comment|did<NOT>elaborate|"
    # what someone would not confirm or disclose ("officials would not confirm the number of people on board")
    r"<WONT>(?:immediately |independently )?(?:confirm|verify|disclose|reveal|specify|identify|name|detail|discuss|"
    r"release|elaborate)\b|"
    r"did<NOT>(?:immediately )?(?:disclose|specify|detail|elaborate)\b|"
    # an answer that is no answer ("Asked whether the plant would reopen, she said she did not know"), not what
    # someone knew ("He did not know the gun was loaded", "did not know what the party stood for": claims)
    r"(?:did|does|do)<NOT>know(?=\s*(?:[.;,!]|$)|\s+(?:whether|if|when|how (?:many|much|long|soon))\b)|"
    r"(?:could|can)<NOT>(?:yet )?be (?:independently )?(?:confirmed|verified)\b|"
    # how the reporter's sources spoke ("The officials spoke on condition of anonymity because they were not
    # authorised to speak publicly"): the terms of the reporting, no claim about the world
    r"(?:spoke|speaking|talked|talking|agreed to speak) (?:to [\w ]{1,30}? )?on (?:the )?condition of anonymity|"
    r"(?:(?:was|were|is|are)<NOT>|un)authori[sz]ed to (?:speak|talk|discuss|comment|brief)\b|"
    # an appeal for witnesses ("Anyone who saw the van should call the police") asks, it does not state
    r"anyone with (?:any )?information[^.;!?]*)\b"
).replace("<ANSWER>", _ANSWER).replace("<NOT>", _NOT).replace("<WONT>", _WONT).replace(
    "<ASKED>", _ASKED), re.I)
_ANSWER_ONLY = re.compile(r"[\"“”‘’'\s]*(?:yes|no|absolutely(?: not)?|of course(?: not)?|certainly(?: not)?|"
                          r"definitely(?: not)?|never|not at all|no way|not really|not yet|maybe|perhaps)"
                          r"[\s,.!?\"“”‘’']*", re.I)
# ... and what it says of the words beside it: they are unconfirmed
_UNVERIFIED = re.compile(r"\b(?:this|that|it|which|the (?:claim|report|account|figure|number)s?)\s+(?:could|can)"
                         r"(?: not|n['’] ?t|not)\s+(?:yet\s+)?be\s+(?:independently\s+)?(?:confirmed|verified)", re.I)
_UNNAMED = re.compile(r"(?:not )?to be (?:named|identified|quoted)(?: by name)?|anonymity", re.I)
# Words that may come between a clause's missing subject and its verb ("but later revised", "also sought"), after
# what joins it to the words before (a quotation's closing mark, "and")
_BEFORE_VERB = re.compile(r"(?:(?:later|then|subsequently|afterwards|also|still|again|[a-z]+ly)\s+)*")
_JOINING = re.compile(r"[\s\"“”'‘’]*(?:(?:and|but|yet)\s+)?", re.I)
_TOLD = {"tell", "inform", "assure", "brief", "promise", "warn"}
_TO_THEM = re.compile(r"\s+(?:me|us|him|her|them)\b", re.I)  # the one told: whoever speaks of it
_CITING_AFTER = re.compile(r",\s(?:citing|quoting)\b", re.I)
_NEITHER = re.compile(r"\bneither confirm(?:ed)? nor den(?:ied|y)\b", re.I)
# Calls to action and thanks state nothing ("Let's get this bridge built", "Thank you").
_CALL = re.compile(r"[\s\"“‘']*(?:(?:just|so|now|well),?\s+)?(?:let['’]?s|let us|thank you|thanks|please)\b", re.I)
# A day the parser hangs on what was said ("said Tuesday the bridge would reopen", "said on Monday it had hired"),
# before its subject
_WHEN_SAID = re.compile(r"^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s+(?:that\s+)?"
                        r"(?=(?:the|a|an|his|her|its|their|he|she|it|they|we|i)\b|(?-i:[A-Z]))", re.I)
_HEARSAY = re.compile(r"\b(?:allegedly|reportedly|purportedly|supposedly)\b", re.I)
# Bylines, credits and calls to action: page furniture, not statements.
_FURNITURE = re.compile(r"^(?:by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:and|,)\s*[A-Z][\w.'’-]+(?:\s+"
                        r"[A-Z][\w.'’-]+){0,3})*\s*$|\(?(?:photo|image|picture|video)s?\s*(?:credit)?\s*:|"
                        # (every kind opens its line: "Nearly 2,000 commuters subscribe to the pass" states a fact)
                        r"\W*(?:to [a-z]+,?\s+|please\s+)?(?:(?:click|tap) here|sign up|subscribe|follow (?:us|him|her|them)\b|"
                        r"read (?:more|the full)|share this)|related:|advertisement$|"
                        r"follow\b[^.!?]{1,60}\bon (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|social media)\b|"
                        # credits, rights and editors' notes
                        r"^\(?(?:additional |contributing )?(?:reporting|writing|editing|research|compiled) by\b|"
                        r"all rights reserved|^(?:copyright|©)|^(?:correction|editor['’]s note)\s*:|"
                        r"^(?:this|the) (?:story|article|report) (?:has been|was|is being) (?:updated|corrected|amended)|"
                        r"^an earlier version of this (?:story|article|report)|"
                        r"[^.!?]{0,60}\bcontributed (?:reporting )?to this (?:story|article|report)\W*$)", re.I)
_PRONOUNS = ("he", "she", "they", "we", "i", "it", "you")
_REFUSALS = {"refuse", "decline"}
# What links a clause to a refusal after it ("C, though she", "C but still"): cut with the refusal.
_TRAILING = re.compile(r"(?:[\s,;:—–\"“‘-]|\b(?:though|although|but|and|while|yet|still|he|she|they|it|we|i)\b)*$",
                       re.I)
# A verb of saying under a negation ("the regulator hasn't accused him of fraud", "police have not confirmed that
# C", "she never claimed C"): its subject said nothing, so what follows is not theirs. Up to two adverbs may stand
# between ("has not yet publicly said"); "not only" adds rather than negates. A speaker's own "I'm not saying C"
# is how they put C (a hedge), and stays theirs.
_UNSAID = re.compile(r"(?:\b(?:not|never|no longer)|n['’]t)\s+(?!only\b)(?:[a-z]+ly\s+|yet\s+|even\s+){0,2}$", re.I)
_NOBODY = re.compile(r"(?:neither|nobody|no one|none|no)\b(?!\.)", re.I)  # a source that says nothing ("No. 3": one)
_QUOTE_CLOSE = "\"”’'»)] "
# Words a content does not start with when it states something itself: a relative or interrogative word (its
# subject is outside it: "..., who seek to represent the class") or an infinitive's "to" ("to break in").
_FRAGMENT = re.compile(r"[\s\"“]*(?:to|who|whom|whose|which|where|whether)\b", re.I)
# Words a stretch of a sentence does not start or end with when it is a clause of its own.
_NOT_A_CLAUSE = {"on", "in", "at", "during", "before", "if", "that", "which", "who", "whom", "whose", "to", "for",
                 "of", "by", "with", "from", "and", "but", "or", "so", "than", "about", "over", "under", "into",
                 "amid", "despite", "according", "saying", "adding", "noting", "where", "whether", "unless", "until"}
# what a sentence-opening participle was asked or pressed about ("Asked whether ...", "Pressed on ...")
_ASKED_ABOUT = {"whether", "if", "about", "on", "why", "how", "what", "when", "where", "who"}
# ... and the participles of speaking that open such a phrase ("Speaking to reporters", "Writing in the Gazette")
_SPEAKING = {"Speaking", "Talking", "Writing", "Appearing", "Responding", "Replying", "Testifying", "Commenting",
             "Addressing"}
# A subordinate clause that presupposes its fact states it ("While the port reopened its north quay in March,
# traders question ..."): the claim is the clause without its subordinator.
_PRESUPPOSING = {"while", "though", "although", "after", "since", "when", "as", "because", "whereas", "once"}
# A clause that speculates or plans rather than states: a hedge, or a modal of what may or would be ("may" only in
# lower case, as in HEDGES: "announced in May" is a month).
_MODAL = re.compile(r"\b(?:would|could|might|should|can|will|must)\b|" + HEDGES.pattern, re.I)
# How long before or after something a clause happened: "a day (after)", "just hours (after)", "shortly (after)"
_HOW_LONG = (r"[\s,;:—–-]*\b(?:(?:(?:just|only|some|about|nearly|barely)\s+)?(?:a|an|one|two|three|four|five|six|"
             r"seven|eight|nine|ten|several|a few|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)|"
             r"(?:just\s+|only\s+)?(?:shortly|soon|hours|days|weeks|months|years|moments|minutes|long|right|"
             r"immediately|even))")
# ... unless it says how long something lasts ("close for at least [six weeks]")
_FOR_HOW_LONG = re.compile(r"\bfor(?:\s+(?:" + "|".join(QUALIFIERS) + r"))?\s*$", re.I)
# ... opening an outlet's clause, before a conjunction whose clause it takes as known ("a day after C"): C
_HOW_LONG_BEFORE = re.compile(rf"(?:{_HOW_LONG})\s+(?:{'|'.join(sorted(_PRESUPPOSING))})\b", re.I)
# A conjunction left at the end of words cut before what it joins ("..., but", "...; however"); not "yet", which
# ends a clause as an adverb ("no sign of the ferry returning yet")
_DANGLING = re.compile(r"[\s,;:—–-]+(?:and|but|or|nor|however)$", re.I)


_RIGHT_AFTER_OPENING_QUOTE = re.compile(r"[“\"‘]\s*$")  # words right after an opening quotation mark
_OPENING_QUOTE = re.compile(r"[“\"](?=\w)")  # (a straight mark before a word: not one that closes a quote)


def _short_of(a: Attribution, nothing: list[tuple[int, int]], text: str) -> Attribution | None:
    """The attribution without the words that say nothing (`NON_CLAIM` spans): none when its cue is among them
    or they open its words ("he could not confirm, deny or comment"); its words cut before them when three or
    more come first ("the bridge would reopen in May, though she did not say whether ...")."""
    if any(x <= a.cue[0][0] < y for x, y in nothing):
        return None
    content = []
    for cs, ce in a.content:
        cut = min((x for x, y in nothing if cs <= x < ce or x < cs < y), default=None)
        if cut is not None:
            kept = _TRAILING.sub("", text[cs:max(cs, cut)])
            if len(kept.split()) < 3:
                # "Though they would not say why, “the fire was no accident,” the chief said": the quote
                quote = _OPENING_QUOTE.search(text, max(y for x, y in nothing if x == cut), ce)
                if quote is None:  # (the words before it stand: "C, she said, though this could not be ...")
                    return replace(a, content=content) if content else None
                content.append((quote.start(), ce))
                break
            content.append((cs, cs + len(kept)))
            break
        content.append((cs, ce))
    return replace(a, content=content) if content != a.content else a


def _unsaid(a: Attribution, text: str) -> bool:
    """The attribution's verb of saying is negated and its subject is not the speaker talking (`_UNSAID`)."""
    return (a.cue_lemma in SPEECH and (a.source_text or "").lower() not in FIRST_PERSON
            and bool(_UNSAID.search(text, max(0, a.cue[0][0] - 40), a.cue[0][0])))


def _inside(start: int, end: int, a: int, b: int) -> bool:
    return a >= start and b <= end


def _is_heading(text: str, first: bool = False) -> bool:
    """A line that is no sentence: a few words, or no full stop at its end (a headline, a subheading, a byline);
    the text's first line without one is its headline, however long ("Singer Mara Linde checks into a clinic in
    Vale, hires her old lawyer Tor Lund again")."""
    words = text.split()
    stopped = re.search(r"[.!?][\"”’)]?$", text.strip())  # a short sentence with its full stop still states
    return len(words) < 5 and not (stopped and len(words) >= 3) or (
        not re.search(r"[.!?\"”’)]$", text.strip()) and len(words) < (30 if first else 14))


# a full stop that ends a sentence: not one after a title or an initial ("Sen. Ada Roe", "Ada R. Brandt")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?][\"”’]?\s")
Quotation = tuple[int, int, Attribution | None]  # start, end, and whose words: the cue next to it


def quotations(text: str, atts: list[Attribution]) -> list[Quotation]:
    """The quotations of a text, sentences and paragraphs they run over included, each with its speaker's
    attribution: the cue right after it closes ('..., " Pell said') or right before it opens ('Pell
    said: "...'), if any. A quotation left open at a paragraph's end goes on in the next one, as news prints
    them (each paragraph reopens it)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for m in re.finditer(r"[“”\"]|\n\s*\n", text):
        mark = m.group()
        if mark == '"':  # a straight mark opens or closes by where it stands, else by turns
            mark = _straight_quote(text, m.start()) or ("“" if start is None else "”")
        if mark == "“":
            if start is None:
                start = m.start()
            elif m.group() == '"':
                start = m.start()  # a mark that opens while a quote is open: that one never closed
        elif mark == "”":
            if start is not None:
                spans.append((start, m.end()))
            start = None  # a closing mark with no quote open is a stray: it opens nothing
        elif "\n" in mark and start is not None and not re.match(r"\s*[“\"]", text[m.end():m.end() + 3]):
            spans.append((start, m.start()))  # a paragraph that does not reopen the quote ends it
            start = None

    def opens_next_sentence(between: str) -> bool:
        """The quote opens the sentence right after the cue's, in its paragraph ("Quist walked out, saying she
        feels no anger. "Hallen may be big ...")."""
        return "\n" not in between and len(_SENTENCE_END.findall(between)) == 1 and bool(
            re.search(r"[.!?][\"”’]?\s*$", between))

    out = []
    for qs, qe in spans:
        # a cue after the quote closes, in its sentence ('"...," Pell said'); not one in the next paragraph
        after = [a for a in atts if qe <= a.cue[0][0] <= qe + 80 and not _SENTENCE_END.search(text[qe:a.cue[0][0]])
                 and "\n" not in text[qe:a.cue[0][0]]]
        before = [a for a in atts if a.source and (qs - 80 <= a.cue[0][1] <= qs and not _SENTENCE_END.search(
            text[a.cue[0][1]:qs]) or qs - 240 <= a.cue[0][1] <= qs and opens_next_sentence(
            text[a.cue[0][1]:qs]))]
        speaker = min(after, key=lambda a: a.cue[0][0], default=None) or max(before, key=lambda a: a.cue[0][1],
                                                                              default=None)
        out.append((qs, qe, speaker))
    return out


# who said it, right after a quote mark: the mark closed the quote ("..., "he said", "..., "testified ...")
_SAID_AFTER = re.compile(r"(?:(?:he|she|they|we|i)\s+)?(?:said|says|told|added|testified|explained|wrote|asked|"
                         r"continued|recalled|noted|according to)\b", re.I)


def _straight_quote(text: str, i: int) -> str | None:
    """Whether the straight quotation mark at i opens ('said "We', a line's start) or closes ('spend."', 'it," he')
    a quote, read from its neighbours; None where they do not tell. Read by turns alone, one mismatched mark
    ('One party won't tax ... together."') turns every quote after it inside out."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if text[max(0, i - 2):i] == ", " and _SAID_AFTER.match(text, i + 1):
        return "”"  # tokenized text spaces its closing marks: 'the door was open, "said Ms. Quist'
    if (before.isspace() or before in "([—–") and not after.isspace():
        return "“"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)—–"):
        return "”"
    return None


def _quoted_in(quotes: list[Quotation], s: int, e: int, text: str) -> Quotation | None:
    """The quotation most of sentence (s, e) lies in, where the sentence opens in it (or a few words before it):
    a clause of the outlet's own before a long quotation ("The mayor also closed the town hall for the day
    'so that staff can attend the funeral ...'") is the outlet's statement."""
    words = len(text[s:e].strip()) or 1
    for q in quotes:
        inside = max(0, min(e, q[1]) - max(s, q[0]))
        if inside > 0.6 * words and (q[0] <= s or len(text[s:q[0]].split()) <= 3):
            return q
    return None


def is_question(text: str) -> bool:
    """A question asks; it states no claim ("Well, which is it?", "Is it true that ...?" he asked)."""
    return text.rstrip(_QUOTE_CLOSE).endswith("?")


def extract_mentions(article: Article, ann: Annotations) -> list[Mention]:
    """The claim mentions of one article: per sentence, what it attributes to someone (its claimant's words)
    and, beside it, what the outlet states itself in a clause of its own; headlines as mentions flagged
    `headline` (they report events but state no claim of their own: the text that follows does)."""
    text = article.reading
    out: list[Mention] = []
    last: Mention | None = None  # the previous sentence's mention if attributed, for "allegedly" sentences
    quotes = quotations(text, ann.attributions)
    published = ann.published or article.published
    # (a name after the role it fills stays in the words around it: "the spokesman, Tor Vik, e-mailed" is Tor Vik's
    # e-mail)
    named = {(x.start, x.end) for x in ann.asides if x.kind == "identity"}
    for k, (s, e) in enumerate(ann.sentences):
        before, last = last, None
        ours = len(out)  # this sentence's mentions are those from here on
        if before is not None and "\n" in text[before.sentence[1] : s]:
            before = None  # a new paragraph
        sentence = text[s:e].strip()
        events = [ev for ev in ann.events if s <= ev.trigger[0] < e]
        counts = [q for q in ann.quantities if s <= q.start < e]
        tensed = sorted(t for t in ann.tensed if s <= t < e)  # (its verbs with a tense, in order)
        cues = [a.cue[0][0] for a in ann.attributions if a.cue and s <= a.cue[0][0] < e]
        if not sentence or _FURNITURE.search(sentence):
            continue
        if _is_heading(sentence, first=k == 0 and "\n" in text[e:e + 2]) or (
                k == 0 and article.title and _same_line(sentence, article.title)):
            # a headline with a verb reports an event ("Police arrest suspect in store heist"), but no claim
            if len(sentence.split()) >= 3 and any(ev.verb for ev in events):
                m = _mention(article, ann, s, e, s + len(text[s:e]) - len(text[s:e].lstrip()), e, None,
                             "asserted", events, published)
                if m is not None:
                    m.headline = True
                    out.append(m)
            continue
        if is_question(sentence):
            continue
        # saying nothing ("declined to say whether ...") is no claim, but the rest of its sentence may state one
        # ("Brandt said C, though he did not say whether ..."): what is said inside the refusal, or by its words,
        # goes; a sentence left with nothing said gives no claim
        nothing = [(x.start(), x.end()) for x in NON_CLAIM.finditer(text, s, e)]
        # attributions cued in this sentence, and quotes carried over from an earlier one; "neither confirmed
        # nor denied" is no statement at all, and what someone refused or declined to do or say is not theirs
        # ("he demanded that the mayor resign because she refused to say sorry" is the demand's speaker's)
        atts = [a for a in ann.attributions if a.cue and a.content and (
            s <= a.cue[0][0] < e or a.cue[0][0] < s and any(s <= cs < e for cs, _ce in a.content))
            and not (a.cue_lemma in ("confirm", "deny") and _NEITHER.search(sentence))
            and not (a.cue_lemma == "ask" and not a.source)  # "Asked whether C, ...": a question, no one's word
            # why a source is not named ("who asked not to be named"): no claim
            and not (a.cue_lemma in ("ask", "request", "decline") and _UNNAMED.fullmatch(
                text[a.content[0][0]:a.content[0][1]].strip(" ,.")))
            and a.cue_lemma not in _REFUSALS and not _unsaid(a, text)
            # "C, the company said, citing a shortage of crew": what the words rest on, no claim of its own
            and not (_CITING_AFTER.match(text, a.cue[0][0] - 2) and any(
                s <= b.cue[0][0] and b.cue[-1][1] <= a.cue[0][0] for b in ann.attributions if b.cue and b is not a))]
        atts = [b for a in atts if (b := _short_of(a, nothing, text)) is not None]
        # "C, a charge Vestland denies": the parser's cue of the words before is the disputing verb, whose denial
        # `_disputed` sets beside them; C is as the words before it say
        disputing = _DISPUTED.search(text, s, e)
        atts = [a for a in atts if disputing is None or a.cue[0][0] < disputing.start()]
        # a bare answer ('Asked whether he would resign, Dahl said: "No."') states nothing the text can show
        answers = [a for a in atts if _ANSWER_ONLY.fullmatch(" ".join(text[cs:ce] for cs, ce in a.content))]
        atts = [a for a in atts if a not in answers]
        # ... but a statement whose speaker is not named is one, said to be unconfirmed ("The ship reportedly lost
        # steering, but this could not be independently verified": hedged, below)
        unverified = _UNVERIFIED.search(text, s, e)
        if (nothing or answers) and not atts and not (unverified and all(x >= unverified.start() for x, _y in nothing)):
            continue
        if not atts and k < len(ann.sentence_predicated) and not ann.sentence_predicated[k]:
            continue  # no verb, no claim: a list of names, a caption, a fragment ("A military base.")
        atts, told_by = _unnested(atts, text)
        chains = _chains(atts)
        own = ann.sentence_certainty[k] if k < len(ann.sentence_certainty) else (
            "hedged" if HEDGES.search(sentence) else "asserted")
        stated: list[Mention] = []
        outside = False
        inside = _quoted_in(quotes, s, e, text)  # the quotation the sentence lies in, if any
        for chain in chains or [[]]:  # each claimant's words; a sentence with none is the outlet's own
            primary, via, via_text = _primary(chain, text)
            speaker = None  # whose quote the claimant's words stand in, if someone else's
            denier = None  # who denies the claimant's claim the sentence names as theirs, if someone does
            joined = second = teller = None
            if primary is not None and not primary.source and all(
                    text[cs:ce].lstrip().lower().startswith("to ") for cs, ce in primary.content):
                primary = None  # "X is thought to be eager ...": the sentence is the claim, hedged
            if primary is not None:
                frags = [(max(cs, s), min(ce, e)) for cs, ce in primary.content if cs < e and ce > s]
                frags = [f for f in frags if not _ANSWER_ONLY.fullmatch(text[f[0]:f[1]])]  # '"Yes," she said. "C"'
                if not frags:  # what it attributes lies in another sentence
                    outside = True
                    continue
                speaker = _speaker(chain, primary, text)
                if speaker is not None and _denies_claim_of(speaker, primary, text):
                    # "The government denied claims by opposition lawmakers that C": C is the lawmakers' claim,
                    # and the government's denial of it a second mention (below), not the government's C
                    denier, speaker = speaker, None
                if speaker is None and inside is not None and (q := inside[2]) is not None and q.source and (
                        inside[0] <= primary.cue[0][0] < inside[1]) and not is_outlet(q.source_text or "") and (
                        _who(q) != _who(primary)):
                    speaker = q  # a cue inside someone's quote ("'Vale refused to say it,' Brandt said"): theirs
                if speaker is not None and primary.cue_lemma in _TOLD and (
                        _TO_THEM.match(text, primary.cue[-1][1]) or _told_the_speaker(text, primary, speaker)):
                    # "Brandt said the minister had told her C", '"The minister told me C," Brandt said', "C, the
                    # company told workers, according to two workers": what the speaker was told is the teller's,
                    # relayed by the speaker (not a second source beside them)
                    via, via_text = speaker.source_entity or speaker.source_text, speaker.source_text
                    speaker = None
                # words the cue interrupts ('"A," she said, "and B."', "The council, she said, knew"): the words
                # without the cue between them
                if len(frags) >= 2 and any(b <= primary.cue[0][0] for _a, b in frags) and any(
                        a >= primary.cue[-1][1] for a, _b in frags):
                    joined = _joined(text, frags)
                # ... or another's words said in passing ("Officials said the bridge, which engineers believe is
                # unsafe, would stay closed": the engineers' words are theirs)
                elif len(frags) >= 2 and any(b is not primary and b.cue and any(
                        x < b.cue[0][0] < y for (_a, x), (y, _b) in pairwise(sorted(frags)))
                        for b in ann.attributions):
                    joined = _joined(text, frags)
                if (not primary.statement or _FRAGMENT.match(text, min(f[0] for f in frags))) and (
                        s <= primary.cue[0][0] < e):
                    joined = None  # the speaker's whole clause: its words as they stand
                    if speaker is None:  # (an act told of in a clause of when or why in another's words: theirs)
                        teller = told_by.get(id(primary))
                    # "Okafor opposed the deal", "pilots questioned whether ...": what is named or asked is no
                    # claim on its own; the speaker's whole clause is, or all the words of a speaker around it
                    # ('"If anyone tells you how to spend it, you have no budget," Castell said')
                    frags += ([(max(a, s), min(b, e)) for a, b in speaker.content if a < e and b > s] or [(s, e)]) if (
                        speaker is not None) else [(a, b) for a, b in [*primary.source, *primary.cue] if s <= a < e]
                    # a second act of one subject ("Sweden called the move unjustified and vowed to respond", "said C,
                    # but advised ..."): the clause holds the first one's words, which are a claim of their own; stated
                    # without them
                    if speaker is None and primary.source and not text[
                            primary.cue[0][0]:primary.cue[0][1]].endswith("ing") and next(
                            (b for b in atts if b is not primary and b.cue and primary.source[-1][1] <= b.cue[0][0]
                             and b.cue[-1][1] <= primary.cue[0][0] and _who(b) == _who(primary)
                             and re.search(r"\b(?:and|but)\s+(?:\w+\s+)?$", text[b.cue[-1][1]:primary.cue[0][0]])),
                            None) is not None:
                        second = (_named_by(primary, text) + " "
                                  + text[primary.cue[0][0]:max(f[1] for f in frags)])
                    # a participle's stance, its speaker named before it ("The ministry said the budget showed no
                    # deficit, dismissing the opposition's claims", "Several unions, in calling for a fair deal,
                    # also sought ..."): the participle's phrase stated as the speaker's act, not a clause holding
                    # the words between them
                    elif speaker is None and primary.source and primary.cue_lemma and text[
                            primary.cue[0][0]:primary.cue[0][1]].endswith("ing") and (
                            primary.source[-1][1] <= primary.cue[0][0]) and _only_said_between(
                            primary, atts, ann.tensed):
                        frags = [f for f in frags if f[0] >= primary.cue[0][0]]
                        second = (_named_by(primary, text) + " "
                                  + past_tense(primary.cue_lemma) + text[primary.cue[0][1]:max(f[1] for f in frags)])
                start, end = min(f[0] for f in frags), max(f[1] for f in frags)
                # how firmly: the claimant's attribution and those that frame it ("X reported that Y believes C")
                framing = [a for a in chain if a is not denier and (a.cue[0] == primary.cue[0] or any(
                    cs <= primary.cue[0][0] < ce for cs, ce in a.content))]
                certainty = max((a.certainty for a in framing), key=CERTAINTY_RANK.__getitem__,
                                default=primary.certainty)
                hedging = any(a.cue_lemma in HEDGING_CUES for a in framing)
                if certainty in ("reported", "asserted") and any(
                        _HEARSAY_CUE.search(text, max(s, a.cue[0][0] - 16), a.cue[0][0]) for a in framing):
                    # "The agency reportedly warned that C": that it was said at all is the outlet's hearsay
                    certainty, hedging = "hedged", True
                if certainty == "denied" and not any(a.cue_lemma in DENYING_CUES for a in framing) and (
                        not DENIAL_WORDS.search(text[start:end])) and not _denied_right_before(text, framing, start):
                    # denied by words of another clause it reports ("said Lund maintains his innocence and
                    # that the inquiry was a vendetta"): these words are as firm as they say
                    certainty = "hedged" if hedging else _firmness(text[start:end], "reported")
                if speaker is None and teller is not None:
                    primary = _said_by(primary, teller)
                    via, via_text = (teller.via, text[teller.via_span[0]:teller.via_span[1]]) if (
                        teller.via_span) else (None, None)
                if speaker is not None:
                    primary = _said_by(primary, speaker)
                    via, via_text = (speaker.via, text[speaker.via_span[0]:speaker.via_span[1]]) if (
                        speaker.via_span) else (via, via_text)
                    if is_outlet(speaker.source_text or "") and not speaker.via_span:
                        via, via_text = None, None  # the news organisation is the source here, not a relay
                if not s <= primary.cue[0][0] < e and certainty != "denied":
                    # words going on in a sentence after the cue's are as firm as that sentence puts them: it may
                    # hedge or deny itself ("I think ...", "There is no evidence ..."), and a hedge in another
                    # sentence of the quote is not its own
                    if own in ("hedged", "denied"):
                        certainty = own
                    elif certainty == "hedged" and not hedging:
                        certainty = "reported"
            elif chains:
                continue  # an attribution that is no claim of anyone's ("to be eager"): the sentence is below
            else:
                start, end = s + (len(text[s:e]) - len(text[s:e].lstrip())), unverified.start() if unverified else e
                certainty = own
            carried = (primary is None and not atts and before is not None and bool(_HEARSAY.search(sentence))
                       and _goes_on_about(ann, before, s, e))
            if carried:
                primary, via, via_text = before.attribution, before.via, before.via_text
            quote = inside if primary is None and not atts else None
            if quote is not None and quote[2] is not None:  # in a quotation: its speaker's words
                primary, via, via_text, certainty = _quotation_speaker(quote[2], own, text)
            by_cue = primary is not None and any(a.cue_lemma in HEDGING_CUES | DENYING_CUES for a in chain)
            for part_start, part_end, part_certainty, restated in _coordinated(
                    text, start, end, primary is not None, certainty, by_cue, counts, events, tensed, cues):
                m = _mention(article, ann, s, e, part_start, part_end, primary, part_certainty, events, published,
                             via, via_text)
                if m is None:
                    continue
                if carried:
                    m.report_times = before.report_times
                m.quoted = quote is not None and primary is None
                if restated:
                    m.statement = restated
                elif primary is not None and primary.restated and [(m.start, m.end)] == primary.content:
                    m.statement = primary.restated  # "expect the bank to raise rates": "the bank is expected to ..."
                elif speaker is None and quote is None and not carried and not _RIGHT_AFTER_OPENING_QUOTE.search(
                        text, s, m.start):
                    # the cue's own subject says the words; not in a quote of their words, where "he" is someone
                    # else ('"He maintains his innocence," his lawyer said': not the lawyer)
                    # (a denied claim's "it" is the denier's: "rejected the union's allegation that it had ignored
                    # warnings")
                    m.statement = speaker_named(m, _client(ann, primary)) if denier is None else speaker_named(
                        replace(m, attribution=denier), _client(ann, denier))
                if m.statement is None and joined and (part_start, part_end) == (start, end):
                    m.statement = joined
                if second and (part_start, part_end) == (start, end):
                    m.statement = second  # (negated as its own words say, not those of the clause it stands in)
                    m.negated = _negated(second, m.certainty)
                if primary is not None and m.statement is None and (who := _WHO_DID.fullmatch(m.text)) and (
                        m.start + who.start(2) == primary.cue[0][0]):
                    # a stance in a relative clause on its speaker ("council member Ola Vik, who cited the minutes",
                    # "The mayor, who opposed the deal, said ..."): the speaker's act, not the phrase naming them
                    m.statement = f"{who.group(1)} {who.group(2)}"
                stated.append(m)
                if denier is not None and (part_start, part_end) == (start, end):
                    stated.append(_denial_by(denier, m))
        if chains and not stated and not outside and not _elided(atts, text):
            # no attribution gave words of its own: the whole sentence, on the word of the first named claimant
            # ("Mr. Brandt said he was taking “time to reflect,” had apologized ..."), else the outlet's
            claimant = next((p for c in chains if (p := _primary(c, text)[0]) is not None and p.source), None)
            certainty = claimant.certainty if claimant is not None else own
            via = via_text = None
            if claimant is None and inside is not None and inside[2] is not None:
                # words in someone's quotation whose only cue names no one ('"... I've been asked to do ..."'):
                # the quotation's speaker's
                claimant, via, via_text, certainty = _quotation_speaker(inside[2], own, text)
            m = _mention(article, ann, s, e, s + (len(text[s:e]) - len(text[s:e].lstrip())), e, claimant,
                         certainty, events, published, via, via_text)
            stated += [m] if m is not None else []
        # two cues for one content ("said in a statement that C"): one mention, the one with a source
        stated = [m for i, m in enumerate(stated) if not any(
            (o.start, o.end) == (m.start, m.end) and (j < i or o.attribution is not None and o.attribution.source
                                                      and not (m.attribution and m.attribution.source))
            for j, o in enumerate(stated) if j != i)]
        stated += [_denial(m) for m in stated if m.attribution is not None and m.attribution.called_false]
        stated = [x for m in stated for x in _disputed(m, article, ann, s, e, events, published)]
        if _UNVERIFIED.search(sentence):  # "C, sources said, though this could not be confirmed": hedged
            stated = [replace(m, certainty="hedged") if m.certainty in ("asserted", "reported") else m for m in stated]
        out += stated
        last = next((m for m in stated if m.attribution is not None), None)
        asides = _asides(article, ann, s, e, atts, quotes, events, published)  # outside the quotation, if any
        if last is not None and atts:  # beside what it attributes, a clause of the outlet's own
            # attributions said in passing in a relative clause, outside anyone's quoted words
            apart = {} if re.search(r"[\"“”]", text[s:e]) else {
                k: span for k, att in enumerate(atts) if (span := _relative_aside(text, att, e, atts)) is not None}
            beside = _own_clause(text, s, e, [att for k, att in enumerate(atts) if k not in apart], events)
            if beside is not None and not any(_mostly_in(beside, (a.start, a.end)) for a in asides) and not any(
                    x < beside[1] and beside[0] < y for x, y in nothing):
                # as firm as its own words: the sentence's main clause may be the attributed one ("Although she may
                # side with them, Roe expressed concerns": the concession is hedged, the concerns are not)
                firm = _firmness(text[beside[0]:beside[1]], "asserted")
                act = _participle_act(text, beside, atts, events, ann)
                o = _mention(article, ann, s, e, beside[0], beside[1], None, firm, events, published) if (
                    act != "") else None
                if o is not None:
                    # what the speaker did next, without its subject ("Police said five had died, but later
                    # revised the toll to three", "Several unions, calling for a deal, also sought ..."): stated
                    # with the speaker named
                    lead = _JOINING.match(o.text).end()  # ('"," and pushed for ...': the quote's end, its "and")
                    if act:
                        o.statement = act
                    elif o.start + _BEFORE_VERB.match(o.text, lead).end() in ann.tensed and (said := next(
                            (a for a in atts if a.source_text and a.content and a.content[-1][1] <= beside[0]),
                            None)) is not None:
                        o.statement = f"{said.source_text} {o.text[lead:]}"
                    # what someone said in passing, in a relative clause on them, is theirs, not the outlet's
                    _without_spans(o, text, sorted(apart.values()))
                    out.append(o)
        for m in out[ours:]:
            _without_asides(m, [a for a in asides if (a.start, a.end) not in named], text)
        out += asides
    for m in out:
        m.subject = _subject(m, ann)
    return _answers_to_what_was_said(out, text)


# A relative clause opening right before a cue ("Berg, who denied ...", "Berg, who has long denied ...")
_RELATIVE_OPENING = re.compile(r",\s*who\s+(?:[a-z]+\s+){0,2}$")
# A speaker named with a relative clause of their act ("Ola Vik, who cited the minutes"): name, act
_WHO_DID = re.compile(r"([^,\"“”]{2,80}),\s+who\s+(\S.*)", re.S)


def _subject(m: Mention, ann: Annotations) -> str | None:
    """The entity a mention's statement opens with (`Mention.subject`): a name its words open with ("Norland will
    expel ...", "The Green Alliance won ..."), or the speaker its opening pronoun was named for (`speaker_named`)."""
    a = m.attribution
    if m.statement and a is not None and a.source_entity and _OPENING_PRONOUN.match(m.text.lstrip()):
        return a.source_entity if m.statement != m.text else None
    if len(m.text) != m.end - m.start:
        return None  # an aside's statement: its words are not the article's
    words = m.text.lstrip(" \"“‘'")
    opening = m.end - len(words)
    named = m.end - len(re.sub(r"^the\s+", "", words, flags=re.I))  # "The Green Alliance": the name after "The"
    found = next((x for x in ann.entities if x.canonical and x.start in (opening, named) and x.end <= m.end), None)
    if found is None or re.match(r"\s*(?:,|and\b|or\b|&)", m.text[found.end - m.start:]):
        return None  # "Oslo and Bergen will expel three diplomats": no one actor
    # the name's verb right after it ("Norland will expel", "Norland reportedly plans"), not a noun it names
    # ("The Lind report needs to be made public": the report's, not Lind's)
    verb = re.match(r"\s+(?:[a-z]+ly\s+|not\s+|also\s+)*", m.text[found.end - m.start:])
    return found.canonical if verb is not None and found.end + verb.end() in ann.tensed else None


# What a denial names when it denies what the text just said ("The company rejected the claim", "Dahl dismissed
# the allegations as lies"): the words it stands for are in the sentence before
# (whose it is may be said: "the union's account", "Vik's claims")
_WHAT_WAS_SAID = re.compile(r"(?:(?:the|these|those|that|this|such|their|his|her|its)\s+(?:[a-z-]+(?:['’]s)?\s+)?|"
                            r"[\w-]+['’]s\s+)(?:claims?|"
                            r"allegations?|accusations?|charges?|reports?|suggestions?|assertions?|account|"
                            r"lawsuits?|suits?|complaints?|characteri[sz]ation|story|stories|figures?|numbers?|"
                            r"estimates?|version)"
                            r"(?:\s+as\s+[^.;]*)?", re.I)


# ... or names it by a pronoun ("The ministry denied it", "disputes that, saying ...")
_IT = {"it", "that", "this", "them", "these", "those"}
# ... or calls it untrue ("the company said the claims were false", "called the allegations baseless")
# (in quotation marks or not: "called the claim 'pure fiction'")
_UNTRUE = (r"['‘\"“]?(?:(?:completely|totally|entirely|utterly|simply|wholly|pure|complete|total|an?)\s+)?(?:false|untrue|"
           r"baseless|unfounded|groundless|wrong|fabricated|fabrications?|lies|lie|nonsense|inaccurate|incorrect|"
           r"not true|without (?:merit|foundation)|fiction|absurd|fantasy|hoax|fake)['’\"”]?")
_SAID_UNTRUE = re.compile(rf"(?:{_WHAT_WAS_SAID.pattern})\s+(?:(?:is|are|was|were)\s+|as\s+)?{_UNTRUE}", re.I)
_CALLING = {"say", "call", "describe", "brand", "label", "insist"}


def _answers_to_what_was_said(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions, with a denial of "the claim" the sentence before states ("Blue Coast said the company
    dumped waste. The company rejected the claim.", "... said the claims were false") marked as a denial of that
    statement (`denial_of`), and a confirmation of it ("The council confirmed the reports") as its confirmation
    (`confirmation_of`): each joins what it answers; one of its speaker's own words, or with no statement right
    before it, stays a claim of its own."""
    out = list(mentions)
    for k, m in enumerate(out):
        a = m.attribution
        if a is None:
            continue
        content = " ".join(text[cs:ce] for cs, ce in a.content).strip(" .")
        untrue = a.cue_lemma in _CALLING and _SAID_UNTRUE.fullmatch(content) is not None
        # ... or denies doing what the words before say it did ("Police used tear gas, witnesses said. Police
        # denied using tear gas"): one of the acts said before, by a gerund
        doing = m.certainty == "denied" and a.cue_lemma in DENYING_CUES and _DOING.match(content) is not None
        # (with the determiner the parser may leave out of the content: "rejected that claim", content "claim")
        named = text[a.cue[-1][1]:a.content[-1][1]].strip(" .") if a.content[-1][0] >= a.cue[-1][1] else content
        # (or "which" of a clause before it: "..., officers had used pepper spray, which police denied")
        names_it = bool(_WHAT_WAS_SAID.fullmatch(content) or _WHAT_WAS_SAID.fullmatch(named)
                        or content.lower() in _IT or content.lower() == "which")
        denying = m.certainty == "denied" and a.cue_lemma in DENYING_CUES and names_it
        # ... or confirms it ("Local media said C. The council confirmed the reports."): C on the confirmer's word
        confirming = a.cue_lemma == "confirm" and m.certainty != "denied" and names_it
        if not (untrue or doing or denying or confirming):
            continue
        before = [o for o in out[:k] if o.sentence[1] <= m.sentence[0] and not o.aside and not o.headline
                  and o.denial_of is None and o.confirmation_of is None and o.certainty != "denied"]
        # the sentence right before it, not one further back; or a clause of its own sentence before the denial's
        # speaker ("The industry says 400 jobs are at risk; the government disputes that figure")
        opening = min(x for x, _y in (*a.source, *a.cue))
        same = [o for o in out[:k] if o.sentence == m.sentence and o.end <= opening and not o.aside
                and not o.headline and o.denial_of is None and o.confirmation_of is None and o.certainty != "denied"]
        said = same[-1:] if same else [o for o in before if o.sentence == before[-1].sentence
                                       and not text[o.sentence[1]:m.sentence[0]].strip()] if before else []
        if _ACCUSATIONS.search(named) and said and not any(ACCUSING_WORDS.search(text[o.sentence[0]:o.sentence[1]])
                                                           for o in said):
            # "the accusations were groundless" after a sentence that accuses no one ("The diplomats have 72 hours
            # to leave") where one before it does: the accusation the article last told of ("four diplomats
            # accused of spying"); with none told, what the sentence before said ("X said Y dumped waste")
            # (words told as alleged are an accusation too: "alleging the carmaker ignored complaints")
            # (not words that undo it, which a denial of the charges agrees with: "quashed the fraud conviction")
            accused = [o for o in before if (ACCUSING_WORDS.search(text[o.start:o.end]) or (
                o.attribution is not None and ACCUSING_WORDS.match(o.attribution.cue_lemma or "")))
                and not _CLEARED.search(text, o.start, o.end)]
            said = [o for o in accused if o.sentence == accused[-1].sentence] if accused else said
        if doing:
            said = [o for o in said if _restates(content, text[o.start:o.end])]
        if said and not any(_same_speaker(o.attribution, a) for o in said if o.attribution is not None):
            # the words that call it untrue deny it (and do not negate what it denies)
            out[k] = (replace(m, confirmation_of=said[0].ref) if confirming else
                      replace(m, denial_of=said[0].ref, certainty="denied", negated=_negated(m.text, "denied"))
                      if untrue else replace(m, denial_of=said[0].ref))
    return out


_DOING = re.compile(r"(?:(?:ever|having)\s+)?([a-z]+)ing\b")


def _restates(doing: str, words: str) -> bool:
    """Whether words state the act a denial names by a gerund, and all it names with it ("using tear gas" of
    "Police used tear gas to disperse protesters"): the verb and its words, inflected as they may be (an irregular
    past is missed: "taking" / "took", and the denial stays apart)."""
    def root(w: str) -> str:
        return re.sub(r"(?:ing|ed|es|s|e)$", "", w.lower())

    theirs = {root(w) for w in re.findall(r"[A-Za-z]+", words)}
    ours = [w for w in re.findall(r"[a-z]+", _DOING.sub(r"\1ing", doing, 1).lower()) if w not in STOPWORDS]
    return bool(ours) and all(root(w) in theirs for w in ours if len(w) > 2)


# (and "the claims" a company calls baseless: a lawsuit's or an accuser's)
_ACCUSATIONS = re.compile(r"\b(?:accusations?|allegations?|charges?|claims)\b", re.I)
# Words that undo an accusation: a conviction quashed or overturned, a defendant acquitted or cleared, charges dropped
_CLEARED = re.compile(r"\b(?:quash|overturn|acquit|cleared|drop(?:s|ped|ping)?\s+(?:the\s+|all\s+)?charges|"
                      r"dismiss(?:es|ed|ing)?\s+(?:the\s+|all\s+)?charges|vacate[ds]?|vacating|set\s+aside|reversed)\w*", re.I)


def _same_speaker(a: Attribution, b: Attribution) -> bool:
    """Whether two attributions may name one speaker: one entity, or source phrases of one head word ("the
    harbour board" and "the board")."""
    if a.source_entity and b.source_entity:
        return a.source_entity == b.source_entity
    heads = [(x.source_text or "").lower().split()[-1:] for x in (a, b)]
    return bool(heads[0]) and heads[0] == heads[1]


# "C, a claim the mayor disputes", "C – something Berg has denied": someone's denial of the words before, set
# beside them
_DISPUTED = re.compile(r"\s*[,–—]\s*(?:(?:a|an)\s+(?:claim|allegation|assertion|accusation|charge|contention|account|"
                       r"view|figure|number|estimate|version|assessment|characteri[sz]ation|finding)|something)"
                       r"\s+(?:that\s+|which\s+)?(?P<who>(?:the\s+)?[\w.'’ -]{2,60}?)\s+(?P<cue>(?:has\s+|have\s+)?"
                       r"(?:denie[sd]|deny|dispute[sd]?|reject(?:s|ed)?|dismisse[sd]|dismiss|contest(?:s|ed)?|"
                       r"rebut(?:s|ted)?))\W*$", re.I)
_DISPUTING = {"deni": "deny", "deny": "deny", "disp": "dispute", "reje": "reject", "dism": "dismiss",
              "cont": "contest", "rebu": "rebut"}


def _disputed(m: Mention, article: Article, ann: Annotations, s: int, e: int, events: list,
              published: str | None) -> list[Mention]:
    """The mention, and where its words end in someone's denial of them ("the pier could collapse, a claim the
    mayor disputes"), the words without it and that someone's denial: a mention of the same claim (`denial_of`),
    its span the words that say so, its speaker the one who disputes it."""
    text = article.reading
    found = _DISPUTED.search(text, m.start, max(m.end, min(e, m.end + 90)))
    if found is None or found.start() < m.start or m.denial_of is not None or m.headline:
        return [m]
    a = m.attribution
    # it denies the words right before it, not these where other words stand between ("X said A because B –
    # something Berg has denied": B, not A); their own speaker and cue may ("C, Berg said, a claim ...")
    between = [(x, y) for x, y in (*a.source, *a.cue) if m.end <= x] if a is not None else []
    gap = "".join(ch for k, ch in enumerate(text[m.end:found.start()], m.end) if not any(x <= k < y for x, y in between))
    if re.search(r"\w", gap):
        return [m]
    # the words end before the denial, and before their own speaker and cue if those stand between ("C, Berg said,
    # a claim ..."), after the words they tag (not a cue inside them: "Norland said the leaders had agreed to restore
    # ties, a claim Estmark rejected")
    end = min([x for x, _y in (*a.source, *a.cue) if m.start < x < found.start() and any(
        m.start < ce <= x for _cs, ce in a.content)] if a is not None else [], default=found.start())
    kept = _mention(article, ann, s, e, m.start, end, m.attribution, m.certainty, events, published,
                    m.via, m.via_text) if found.start() < m.end else m
    if kept is None:
        return [m]
    who = found.span("who")
    verb = found.group("cue").split()[-1]
    said = Attribution([who], [found.span("cue")], [(kept.start, kept.end)], "denied", source_text=found.group("who"),
                       cue_lemma=_DISPUTING[verb[:4].lower()])
    opening = len(re.match(r"\s*[,–—]\s*", found.group()).group())
    return [kept, replace(kept, start=found.start() + opening, end=found.end(), attribution=said, certainty="denied",
                          via=None, via_text=None, quoted=False, aside=False, denial_of=kept.ref)]


# Words that may stand between a denial's cue and the claim it names, beside the claimant and the claim's noun
# ("denied the claims made by opposition lawmakers that", "rejected the union's allegation that")
_NAMING_A_CLAIM = re.compile(r"(?:\s|\b(?:the|these|those|such|recent|repeated|earlier|latest|made|by|from|of|that)\b|"
                             r"['’]s?)*", re.I)


def _denies_claim_of(denier: Attribution, claimant: Attribution, text: str) -> bool:
    """Whether a denial's words are a claim it names as another's ("The government denied claims by opposition
    lawmakers that C", "rejected the union's allegation that C"): the claimant's cue a noun of what was said
    right after the denying cue, with nothing between them but the claimant and words that name the claim."""
    if denier.cue_lemma not in DENYING_CUES or not claimant.source or _same_speaker(denier, claimant):
        return False
    start, end = denier.cue[-1][1], claimant.content[0][0]
    if not start <= claimant.cue[0][0] < end or not _WHAT_WAS_SAID.fullmatch(
            "the " + text[claimant.cue[0][0]:claimant.cue[-1][1]]):
        return False
    between = "".join(" " if any(x <= i < y for x, y in (*claimant.source, *claimant.cue)) else text[i]
                      for i in range(start, end))
    return _NAMING_A_CLAIM.fullmatch(between) is not None


def _denial_by(denier: Attribution, m: Mention) -> Mention:
    """The denial of a claim named as another's (`_denies_claim_of`), beside the claim: a mention of it in the
    denier's voice whose span is the words that say so ("The government denied claims by opposition lawmakers")."""
    start = min(x for x, _y in (*denier.source, *denier.cue))
    return replace(m, start=start, end=m.start, attribution=denier, certainty="denied", via=denier.via,
                   via_text=None, quoted=False, aside=False, denial_of=m.ref)


def _denial(m: Mention) -> Mention:
    """The outlet's own denial of the words it reports someone stating ("Brandt falsely stated that C": Brandt
    states C, the outlet denies it): a mention of C in the outlet's voice whose span is the words that say so."""
    a = m.attribution
    assert a is not None and a.called_false is not None
    cue = a.cue[0]
    return replace(m, start=min(a.called_false[0], cue[0]), end=max(a.called_false[1], cue[1]), attribution=None,
                   certainty="denied", via=None, via_text=None, quoted=False, aside=False, denial_of=m.ref)


def _asides(article: Article, ann: Annotations, s: int, e: int, atts: list[Attribution],
            quotes: list[Quotation], events: list, published: str | None) -> list[Mention]:
    """What sentence (s, e) says in passing about a name it gives ("Quist, who is retiring, said ..."), each a
    claim in the outlet's own voice: the writer's description, also where it names someone in what another is
    reported to say ("Marsh said he wants Pell to take the seat, which was left empty by Orrin Vale's death").
    But a clause there that speculates is the speaker's reasoning ("Roe said it may need a majority, which could
    ..."); anything in a quotation is the speaker's; and one holding a cue is an attribution ("Marsh, who
    posted that ...")."""
    out = []
    for aside in ann.asides:
        span = (aside.start, aside.end)
        words = article.reading[aside.start:aside.end]
        said = [c for a in atts for c in a.content] if aside.kind != "appositive" and _MODAL.search(words) else []
        if not s <= aside.start < e or any(_overlaps(span, c) for c in [*said, *(c for a in atts for c in a.cue)]) or (
                any(_overlaps(span, (q[0], q[1])) for q in quotes)) or NON_CLAIM.search(words) or _UNNAMED.search(words):
            continue  # (nor the terms of the reporting: "an official, who spoke on condition of anonymity, said")
        m = Mention(article.id, article.outlet, aside.start, aside.end, aside.text, (s, e), None,
                    "hedged" if HEDGES.search(words) else "asserted", bool(NEGATION.search(words)),
                    duplicate_of=article.duplicate_of, published=published,
                    dated=bool(article.published) and not ann.published_estimated, aside=True)
        _fill(m, ann, s, e, events, article.reading)
        m.entities |= {x.canonical for x in ann.entities if x.canonical and _inside(*aside.subject, x.start, x.end)}
        out.append(m)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _mostly_in(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether more than half of span a lies in span b."""
    return 2 * max(0, min(a[1], b[1]) - max(a[0], b[0])) > a[1] - a[0]


def _quotation_speaker(speaker: Attribution, own: str, text: str
                       ) -> tuple[Attribution | None, str | None, str | None, str]:
    """(claimant, via, via text, certainty) of words in someone's quotation: the quotation's speaker's, reported
    unless the sentence hedges or denies itself ("There is no evidence he was there.")."""
    return (*_primary([speaker], text), own if own in ("hedged", "denied") else "reported")


# "said that A, but that B": the second "that" opens a second clause of what was said (not "and that is why",
# where "that" is what the clause is about)
_SECOND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s+(?!(?:is|was|are|were|has|had|will|would|could|can|may|might|"
                          r"should|must|means|meant|makes|made|did|does)\b)")
# A concessive clause states a second thing ("some crews have begun clearing the roads, though the cost of the
# work had remained unclear"): a claim of its own, reported as firmly as the first. One whose subject points back
# ("although that seems remote") says nothing read alone.
_CONCESSIVE = re.compile(r",\s+(?:even\s+)?(?:though|although|whereas)\s+(?!(?:\w+\s+)?(?:that|this|it|these|those)\b)")


# An absolute clause after a statement states a second thing ("crews had reached the valley, with some assigned
# to rescue units"; "the ferry sank, with 50 people killed"): said in the passive, a claim of its own ("some were
# assigned to rescue units"). One with an -ing form ("with one senator even talking about ...") gives no clean
# statement of its own and stays in the claim before it (cut, its event words were no claim's: ECB+ events
# 0.634 -> 0.632).
_ABSOLUTE = re.compile(r",\s+with\s+((?:(?![\w'’-]*(?:ing|ed)\s|(?:that|who|which|what|whose)\s)[\w'’-]+\s+){1,5}?)"
                       r"([a-z]+ed)(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|to|for|by|from|with|into|outside|inside|after|"
                       r"before|during|shortly|and|or|as|over|under|near|across|while|when)\b)")
# Plural nouns without an -s, for the verb of a restated absolute clause ("with 70 people injured")
_PLURALS = {"people", "men", "women", "children", "police", "feet", "teeth", "mice", "geese"}
_NO_SUBJECT = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
               "even", "also", "still", "now", "then", "only", "just", "not", "and", "or", "but"}
_MANY = {"some", "many", "several", "most", "all", "both", "few", "dozens", "hundreds", "thousands", "others"}


def _plural(subject: list[str]) -> bool:
    """Whether a subject's words ("some", "14 people", "the injured") take a plural verb."""
    head = subject[-1].lower()
    lower = [w.lower() for w in subject]
    return (head.endswith("s") and not head.endswith("ss") or head in _PLURALS | _MANY or bool(set(lower) & _MANY)
            or any(w[0].isdigit() and w.rstrip(",") != "1" for w in lower)) and lower[0] not in ("one", "a", "an")


# A participle of harm closing a statement gives its toll ("A ferry capsized on Monday, killing 12 people and
# injuring 40"): a claim of its own, the count of the dead or hurt, stated in the passive ("12 people were killed
# and 40 injured"); read as one with the event, the toll another outlet reports alone never meets it
_HARMING = {"killing": "killed", "injuring": "injured", "wounding": "wounded"}
_RESULTING = re.compile(r",\s+(" + "|".join(_HARMING) + r")\s+((?:(?!and\b)[\w'’.,-]+\s+){0,5}?(?:\d[\d,.]*|[a-z]+)"
                        r"(?:\s+(?:people|men|women|children|[a-z]+s))?)"
                        r"(?:\s+and\s+(" + "|".join(_HARMING) + r")\s+((?:[\w'’.,-]+\s+){0,5}?[\w'’-]+))?"
                        r"\s*[.,;]?\s*$")


def _resulting(text: str, start: int, end: int, quantities: Sequence[Quantity]
               ) -> tuple[int, tuple[int, int, str]] | None:
    """Where a closing participle of harm (", killing 12 people") ends the words [start, end), and the toll it
    gives as a statement of its own: (its start, (its start, its end, "12 people were killed")). Only where it
    counts (a number the parse found in it: "killing its captain" is no toll)."""
    words = text[start:end]
    m = _RESULTING.search(words)
    if m is None or len(words[:m.start()].split()) < 3 or not any(
            start + m.start(2) <= q.start < start + m.end() for q in quantities):
        return None
    first = m.group(2).split()
    statement = f"{' '.join(first)} {'were' if _plural(first) else 'was'} {_HARMING[m.group(1)]}"
    if m.group(3):
        statement += f" and {m.group(4)} {_HARMING[m.group(3)]}"
    clause_end = start + len(words.rstrip(" .,;\n"))
    return start + m.start(), (start + m.start(1), clause_end, statement[0].upper() + statement[1:])


def _absolute(text: str, start: int, end: int) -> tuple[int, tuple[int, int, str]] | None:
    """Where an absolute clause ("..., with some assigned to ...") ends the words [start, end), and the clause
    as a statement of its own when it is passive: (its start, its end, "Some were assigned to ...")."""
    words = text[start:end]
    m = _ABSOLUTE.search(words)
    if m is None or len(words[:m.start()].split()) < 3:
        return None
    subject = m.group(1).split()
    if subject[-1].lower() in _NO_SUBJECT:  # "with the injured taken ...", "with one even assigned ...": no subject
        return None
    rest = words[m.start(2):].rstrip(" .")
    statement = f"{' '.join(subject)} {'were' if _plural(subject) else 'was'} {rest}"
    clause = (start + m.start(1), start + len(words.rstrip(" .\n")), statement[0].upper() + statement[1:])
    return start + m.start(), clause


# A second conjunct that leaves out the verb and the unit of the first ("Labour won 16 seats and the Greens 14"):
# "and", then who (a name, or a noun after its determiner: "the army"), then the number ending the words
_GAPPED = re.compile(r",?\s+and\s+((?:the|its|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}|"
                     r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(\S+)\s*[.,;]?\s*$")


def _gapped(text: str, start: int, end: int, quantities: Sequence[Quantity],
            events: Sequence[EventMention]) -> tuple[int, tuple[int, int, str]] | None:
    """Where a gapped second conjunct ("..., and the Greens 14") ends the words [start, end), and it restated
    with the first conjunct's verb and unit: (its start, (its start, its end, "The Greens won 14 seats")). Two
    claims, each about its own actor: read as one, the first's figure and the second's are two values of one
    count. The second number is one the parse found ending a conjunct with no unit of its own
    (`nlp.quantities`), the first a count with its unit after a verb of the words."""
    words = text[start:end]
    m = _GAPPED.search(words)
    if m is None:
        return None
    second = next((q for q in quantities if q.start == start + m.start(2) and q.unit is None), None)
    first = [q for q in quantities if start <= q.start < start + m.start() and q.unit and q.unit != "%"]
    if second is None or not first:
        return None
    count = first[-1]
    verb = next((ev for ev in reversed(events) if ev.verb and not ev.describes and start <= ev.trigger[0]
                 and ev.trigger[1] <= count.start), None)
    if verb is None or len(text[verb.trigger[0]:count.start].split()) > 3:
        return None
    said = " ".join(text[verb.trigger[0]:count.start].split())
    statement = f"{m.group(1)} {said} {second.text} {count.unit}"
    return start + m.start(), (start + m.start(1), start + len(words.rstrip(" .,;\n")),
                               statement[0].upper() + statement[1:])


# A clause of when, closing a statement, states a second thing it takes as fact ("17 people died when a strong
# earthquake hit the coast", "The board released the files after reporters asked for them"): a claim of its own,
# about its own subject. Only with a subject that reads alone (not "when he ..."), a verb in the past ("when the
# bridge reopens" is a plan, no fact) and no one's words reported in it ("after the mayor said ..." is the
# mayor's claim already).
_WHEN_CLAUSE = re.compile(r",?\s+(?:when|after)\s+(?=\w)")
_PRONOUN_SUBJECT = {"he", "she", "they", "it", "we", "i", "you", "this", "that"}
# "when" right after a time is a relative clause on it ("including in July when the envoy stayed away", "back to
# 2010, when ..."): the words before it name when, and state nothing without it
_TIME_BEFORE = re.compile(r"(?:\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                          r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|days|week|weeks|"
                          r"month|months|year|years|time|times|moment|night|morning|afternoon|evening|period|era|"
                          r"today|yesterday)|\d{4})[\s,]*$", re.I)
_PAST_AUXILIARIES = {"was", "were", "had", "has", "have", "did"}
_PRESENT = {"is", "are", "am", "do", "does", "will", "would", "can", "could", "may", "might", "shall", "should",
            "must"}
_NOT_ITS_SUBJECT = {"who", "which", "that", "whose", "as", "when", "while", "because", "if", "since", "after",
                    "before", "until", "and", "or", "but", "to", *_PRONOUN_SUBJECT}
_PAST_AS_PRESENT = {"hit", "cut", "put", "set", "shut", "hurt", "burst", "spread", "cost", "quit", "split", "shed",
                    "beat", "cast"}


def _temporal(text: str, start: int, end: int, tensed: Sequence[int], events: Sequence[EventMention],
              cues: Sequence[int]) -> tuple[int, tuple[int, int, str]] | None:
    """Where a closing clause of when ("..., when a strong earthquake hit the coast") ends the words [start, end),
    and the clause as a statement of its own: (its start, (its start, its end, "A strong earthquake hit the
    coast")). The words before it keep their own verb; the clause's first verb with a tense (`tensed`, in the
    order of the text) is one of the past, a few words after its subject."""
    words = text[start:end]
    for m in _WHEN_CLAUSE.finditer(words):
        before = words[:m.start()]
        if len(before.split()) < 3 or not any(start <= t < start + m.start() for t in tensed) or (
                _TIME_BEFORE.search(before) and m.group().split()[-1].lower() == "when"):
            continue
        clause_start, clause_end = start + m.end(), start + len(words.rstrip(" .,;\n"))
        clause = text[clause_start:clause_end]
        if len(clause.split()) < 3 or clause.split()[0].lower() in _PRONOUN_SUBJECT or any(
                clause_start <= c < clause_end for c in cues):
            continue
        verb = next((t for t in tensed if clause_start < t < clause_end), None)
        # the verb is the subject's, not that of a clause inside it ("after the attack as it struggled ...")
        if verb is None or "," in text[clause_start:verb] or len(text[clause_start:verb].split()) > 6 or any(
                w.lower() in _NOT_ITS_SUBJECT for w in text[clause_start:verb].split()):
            continue
        if clause.split()[-1].lower().strip(".,;") in _PAST_AUXILIARIES | _PRESENT | {"not", "so", "too"}:
            continue  # "when Clinton was not": a verb left out, nothing stated read alone
        said = re.match(r"[\w'’-]+", text[verb:clause_end])
        word = said.group().lower() if said else ""
        event = next((ev for ev in events if ev.trigger[0] == verb), None)
        # (a verb with a tense ending in "-ed" is a past, event or none: "after the bank posted a loss")
        past = word in _PAST_AUXILIARIES or word in _PAST_AS_PRESENT or bool(re.search(r"[^e]ed$", word)) or (
            word not in _PRESENT and not word.endswith("s") and event is not None and event.key != word)
        if not past:
            continue
        # (the main words end before how long before or after it happened: "resigned on Monday, two weeks after";
        # not before how long it lasts: "will close for at least six weeks after ...")
        cut = re.search(rf"(?:{_HOW_LONG})$", before, re.I)
        if cut and _FOR_HOW_LONG.search(before[:cut.start()]):
            cut = None
        return start + (cut.start() if cut else m.start()), (clause_start, clause_end, clause[0].upper() + clause[1:])
    return None


def _coordinated(text: str, start: int, end: int, attributed: bool, certainty: str, by_cue: bool,
                 quantities: Sequence[Quantity] = (), events: Sequence[EventMention] = (),
                 tensed: Sequence[int] = (), cues: Sequence[int] = ()) -> list[tuple[int, int, str, str | None]]:
    """The claims of what a cue reports, as (start, end, certainty, the claim restated where its words are not a
    statement as they stand): two where it holds two that-clauses ("said that a small amount of oil may have
    escaped, but that the fuel tanks were intact" states two things, one hedged), a clause and an absolute clause
    (`_absolute`), a clause and a gapped one (`_gapped`, read with the sentence's `quantities` and `events`), a
    clause and the toll a participle of harm gives (`_resulting`), or a clause and a closing clause of when
    (`_temporal`, read with the sentence's `tensed` verbs and the `cues` of its attributions). A hedge or a denial
    read from the words holds for the clause it stands in ("said he maintains his innocence and that the inquiry
    was a vendetta": the first denied); a hedging or denying cue around them (`by_cue`: "said he believed that A
    and that B", "denied that A and that B"), for both."""
    extra: list[tuple[int, int, str, str | None]] = []
    if (absolute := _absolute(text, start, end)) is not None:
        end, clause = absolute
        extra = [(clause[0], clause[1], certainty, clause[2])]
    elif (gapped := _gapped(text, start, end, quantities, events)) is not None:
        end, clause = gapped
        extra = [(clause[0], clause[1], certainty, clause[2])]
    elif (toll := _resulting(text, start, end, quantities)) is not None:
        end, clause = toll
        extra = [(clause[0], clause[1], certainty, clause[2])]
    if (temporal := _temporal(text, start, end, tensed, events, cues)) is not None:
        # what the clause takes as fact is not hedged or denied by the words before it ("denied that he fled when
        # police arrived"); a hedging cue around both ("believed that A when B") hedges it too
        end, clause = temporal
        firm, plain = certainty, "reported" if attributed else "asserted"
        if certainty == "denied" or certainty == "hedged" and not by_cue:
            firm = _firmness(text[clause[0]:clause[1]], plain)
            if not by_cue:  # read from the words: the words before the clause say how firm they are
                certainty = _firmness(text[start:end], plain)
        extra.append((clause[0], clause[1], firm, clause[2]))
    words = text[start:end]
    cut = (_SECOND_THAT.search(words) if attributed else None) or _CONCESSIVE.search(words)
    if cut is None or len(words[:cut.start()].split()) < 3 or len(words[cut.end():].split()) < 3:
        return [(start, end, certainty, None), *extra]
    parts = [(start, start + cut.start()), (start + cut.end(), end)]
    if certainty not in ("hedged", "denied") or by_cue:
        return [(a, b, certainty, None) for a, b in parts] + extra
    plain = "reported" if attributed else "asserted"
    return [(a, b, _firmness(text[a:b], plain), None) for a, b in parts] + extra


def _joined(text: str, frags: list[tuple[int, int]]) -> str:
    """The words of fragments of one statement read as one, without the quotation marks or commas around them."""
    out, comma = "", False
    for a, b in sorted(frags):
        bare = text[a:b].strip(" \"“”‘’',;:—–")
        if bare:
            out = f"{out}{', ' if comma else ' '}{bare}" if out else bare
            comma = bool(re.search(r",\s*[\"”’']\s*$", text[a:b]))  # '"A," she said': the quotation's comma
    return out


def _firmness(words: str, plain: str) -> str:
    """How firm words are that no cue frames: denied or hedged by their own words, else `plain`."""
    return "denied" if DENIAL_WORDS.search(words) else "hedged" if HEDGES.search(words) else plain


def _same_line(sentence: str, title: str) -> bool:
    return sentence.strip().rstrip(".").lower() == title.strip().rstrip(".").lower()


# A clause whose verb is left to the sentence before ("Her supporters say she would not", "Lund said he did"): no
# statement of its own to grade, and a fragment as a claim's words
_ELLIPSIS = re.compile(r"[\s\"“‘']*(?:\w+\s+){0,2}?(?:he|she|it|they|we|i|you|\w+)\s+(?:would|will|could|can|did|"
                       r"does|do|has|have|had|should|might|may|must|was|were|is|are)(?:\s+not|n['’]t)?"
                       r"(?:\s+(?:so|too|either|again|now|yet))?[\s.,!\"”’']*", re.I)


def _elided(atts: list[Attribution], text: str) -> bool:
    """Whether all that a sentence's attributions say leaves its verb to the sentence before ("Her supporters say
    she would not"): the sentence says nothing of its own."""
    said = [" ".join(text[cs:ce] for cs, ce in a.content) for a in atts if a.content]
    return bool(said) and all(_ELLIPSIS.fullmatch(w) for w in said)


def _mention(article: Article, ann: Annotations, s: int, e: int, start: int, end: int,
             attribution: Attribution | None, certainty: str, events: list, published: str | None,
             via: str | None = None, via_text: str | None = None) -> Mention | None:
    """The mention of the claim at text[start:end] in sentence (s, e): the span trimmed of a dateline and of
    punctuation, with the numbers, times, entities, relations and events inside it; None if too short or a
    question."""
    text = article.reading
    claim = text[start:end]
    if start == s + len(text[s:e]) - len(text[s:e].lstrip()) and (d := DATELINE.match(claim)):
        claim = claim[d.end():]
    claim = claim.strip(" ,;:—–-\n")
    # a span cut where a coordinated clause begins ("Audits are his greatest worry and [...]"): not its words
    claim = _DANGLING.sub("", claim)
    if attribution is not None:
        claim = _WHEN_SAID.sub("", claim)  # "said Tuesday the bridge would reopen": when it was said
    if len(claim.split()) < (2 if attribution is not None else 3) or is_question(claim) or _CALL.match(claim) or (
            _ELLIPSIS.fullmatch(claim)):
        return None
    start = text.index(claim, start)
    end = start + len(claim)
    claim = article.printed(claim)  # its quotation marks as a reader writes them, not padded to the offsets
    if via_text and article.outlet and letters(outlet_name(via_text)).removeprefix("the") == letters(
            article.outlet).removeprefix("the"):
        via = via_text = None  # "told Vestland Daily", in Vestland Daily: the reporting outlet, no intermediary
    m = Mention(article.id, article.outlet, start, end, claim, (s, e), attribution, certainty,
                _negated(claim, certainty), via=via, via_text=via_text, duplicate_of=article.duplicate_of,
                published=published, dated=bool(article.published) and not ann.published_estimated,
                revises=bool(REVISING.match(text, end, e)))
    return _fill(m, ann, s, e, events, text)


# A date a change is measured from ("up 12 percent from a year earlier", "higher than in 2025", "compared with the
# same period last year", "rose to 72 percent from 68 percent four years ago"): what a figure is compared with, not
# when what the claim says happened, nor when it was said
# ("than" only right before the date: "more than 40 people died in 2025" gives the number's bound, not a baseline)
_BASELINE = re.compile(r"(?:(?:\b(?:up|down|rose|fell|increased|decreased|dropped|declined|climbed|grew|jumped|"
                       r"gained|lost|higher|lower|more|less|fewer)\b[^.;]{0,40}?\bfrom|\bcompared\s+(?:with|to)|"
                       r"\bversus)\s+(?:the\s+same\s+\w+\s+|[\d.,]+(?:\s+[a-z%]+){0,2}\s+)?|"
                       r"\bthan\s+(?:the\s+same\s+\w+\s+)?)(?:(?:in|of)\s+)?$", re.I)


def _fill(m: Mention, ann: Annotations, s: int, e: int, events: list, text: str) -> Mention:
    """The mention with the numbers, times (not a change's baseline: `_BASELINE`), entities and events inside its
    span, and its sentence's relations and report times."""
    start, end = m.start, m.end
    m.quantities = [q for q in ann.quantities if _inside(start, end, q.start, q.end)]
    times = [t for t in ann.timexes if _inside(s, e, t.start, t.end)
             and not _BASELINE.search(text, max(s, t.start - 80), t.start)]
    m.times = [t for t in times if _inside(start, end, t.start, t.end)]
    m.report_times = [t for t in times if not _inside(start, end, t.start, t.end) and _when_said(t, m, events)]
    m.entities = {x.canonical for x in ann.entities if x.canonical and _inside(start, end, x.start, x.end)}
    m.relations = [r for r in ann.relations if _inside(s, e, r.start, r.end)]
    m.events = [ev for ev in events if start <= ev.trigger[0] < end]
    return m


def _when_said(t: Timex, m: Mention, events: list) -> bool:
    """Whether a time outside a mention's words tells when they were said: the verb it goes with is the verb of
    saying, the verb nearest before it ("said on Monday, raising its figure"), or after it where none comes before
    ("On Monday, the ministry said"). In "resigned on Wednesday, a week after a report found C", Wednesday is
    when she resigned, not when the report found C. Without a verb of saying, any time outside the words."""
    cues = m.attribution.cue if m.attribution is not None else []
    if not cues:
        return True
    verbs = [(a, b, True) for a, b in cues] + [
        (*ev.trigger, False) for ev in events if ev.verb and not m.start <= ev.trigger[0] < m.end
        and not any(a <= ev.trigger[0] < b for a, b in cues)]
    before = [v for v in verbs if v[1] <= t.start]
    if before:
        return max(before, key=lambda v: v[1])[2]
    after = [v for v in verbs if v[0] >= t.end]
    return not after or min(after, key=lambda v: v[0])[2]


def _relative_aside(text: str, att: Attribution, e: int, atts: list[Attribution]) -> tuple[int, int] | None:
    """The span of an attribution said in passing, in a relative clause set off by commas on its own speaker
    ("The minister, who has denied any wrongdoing, resigned on Monday"), with the comma before it, when the
    sentence (ending at `e`) goes on after it: the rest is the outlet's clause about the speaker; not one inside
    someone else's words (`atts`), which stay theirs."""
    if not att.source or not att.content or any(
            b is not att and any(cs <= att.cue[0][0] < ce for cs, ce in b.content) for b in atts):
        return None
    start, end = att.source[-1][1], max(b for _a, b in att.content)
    if re.fullmatch(r"\s*,\s*(?:who|which)\b[^,;]*", text[start:att.cue[0][0]]) and re.match(
            r"\s*,\s*\w", text[end:e]):
        return start, end + text[end:].index(",")
    # ... or someone's word on the noun it hangs on ("The driver, who police say was drunk, was arrested":
    # `Attribution.restated`): the rest is the outlet's clause about the driver
    opening = re.search(r",\s*(?:who|which)\s+$", text[:att.source[0][0]])
    if att.restated and opening is not None and re.match(r"\s*,\s*\w", text[end:e]):
        return opening.start(), end + text[end:].index(",")
    return None


def _without_asides(m: Mention, asides: list[Mention], text: str) -> None:
    """A mention whose words hold an aside that is a claim of its own (`_asides`), stated without it ("The striker,
    who scored 21 goals last season, passed a medical" states "The striker passed a medical"), as matching reads
    it (`match._without_asides`): the claim's text, numbers, dates and negation are its own."""
    if m.aside or m.statement is not None or len(m.text) != m.end - m.start:
        return
    spans = []
    for a in asides:
        if m.start < a.start and a.end <= m.end:
            before = text.rfind(",", m.start, a.start)
            first = before if before >= 0 and not text[before + 1:a.start].strip() else a.start
            after = re.match(r"\s*[,—–]", text[a.end:m.end])
            spans.append((first, a.end + after.end() - 1 if after else a.end - 1))
    _without_spans(m, text, sorted(spans))


def _without_spans(m: Mention, text: str, spans: list[tuple[int, int]]) -> None:
    """The mention `m` without the words said in passing inside it (`spans`, each from its first character to its
    last, a comma closing it included): an attribution in a relative clause on its speaker (`_relative_aside`) or
    an aside (`_without_asides`), where there are such: its statement "The minister resigned on Monday", and its
    events, numbers, times and negation those of its own words."""
    cuts = [(a, b) for a, b in spans if m.start <= a and b <= m.end]
    if not cuts:
        return
    words, pos = [], m.start
    for a, b in cuts:
        words.append(text[pos:a])
        pos = b + 1
    words.append(text[pos:m.end])
    m.statement = re.sub(r"\s+", " ", "".join(words)).strip(" ,")

    def kept(x: int) -> bool:
        return not any(a <= x < b for a, b in cuts)

    m.events = [ev for ev in m.events if kept(ev.trigger[0])]
    m.quantities = [q for q in m.quantities if kept(q.start)]
    m.times = [t for t in m.times if kept(t.start)]
    m.negated = _negated(m.statement, m.certainty)


# The words that make a mention a denial do not negate what it denies ("The government has denied any
# involvement", "there is no evidence that ..."): read as a negation too, a denial said the claim twice over.
_DENYING_WORDS = re.compile(DENIAL_WORDS.pattern + r"|\b(?:den(?:y|ies|ied|ying)|false|untrue)\b", re.I)


# An adverb before a cue that makes the saying hearsay ("reportedly warned", "allegedly told")
_HEARSAY_CUE = re.compile(r"\b(?:reportedly|allegedly|apparently|purportedly|supposedly)\s+$", re.I)
# A figure named as not the one ("3,500 litres had leaked, not 2,000 as first reported"): a correction of it, no
# negation of what the words state
_NOT_THAT_FIGURE = re.compile(NOT_THE_FIGURE + r"\d[\d,.]*", re.I)


def _goes_on_about(ann: Annotations, before: Mention, s: int, e: int) -> bool:
    """Whether a sentence names someone or something the mention before it names ("The agency reported that North
    Korea had supplied shells. Since August, North Korea has allegedly sent ...": the report goes on), or names no
    one; a new actor ("Aas learned of it last week, his office said. The acting minister has reportedly ordered a
    review") is another matter, which the source before did not speak to."""
    named = {x.canonical or x.text.lower() for x in ann.entities if s <= x.start < e}
    told = {x.canonical or x.text.lower() for x in ann.entities
            if before.start <= x.start < before.end}
    return not named or bool(named & told)


def _negated(words: str, certainty: str) -> bool:
    """Whether the words negate what they state (`Mention.negated`), the words of a denial and a figure corrected
    left out."""
    words = _NOT_THAT_FIGURE.sub(" ", words)
    return bool(NEGATION.search(_DENYING_WORDS.sub(" ", words) if certainty == "denied" else words))


# An act of a speaker's own joined to their cue: "[Lund] congratulated Brandt and [said]"
_ACTED_AND = re.compile(r"\w\s+and\s*$")


def _own_clause(text: str, s: int, e: int, atts: list[Attribution], events: list) -> tuple[int, int] | None:
    """The longest stretch of a sentence outside its attributions (cues and contents) when it states something
    of its own: a content verb and six words or more ("The deciding vote could be Councillor Roe's, who said she
    was worried ..."). Attributed words are the claimant's; the rest is the outlet's. A source a relative clause
    hangs on stays in the stretch: it is what the outlet's clause is about (Roe, above)."""
    def speaker_tag(att: Attribution, span: tuple[int, int]) -> bool:
        """A source named at its cue, unless a relative clause hangs on it; the subject a participle borrows
        from the main clause ("he turned on the council, saying ...") stays with that clause."""
        near = span[1] <= att.cue[0][0] and len(text[span[1]:att.cue[0][0]].split()) <= 3 and not _ACTED_AND.search(
            text[span[1]:att.cue[0][0]]) or (
            att.cue[-1][1] <= span[0] and len(text[att.cue[-1][1]:span[0]].split()) <= 3)
        # (a participle set off after a clause borrows its subject: "Eva Holt resigned on Tuesday, saying ...")
        borrowed = text[att.cue[0][0]:att.cue[0][1]].endswith("ing") and re.search(
            r",\s*$", text[max(s, att.cue[0][0] - 3):att.cue[0][0]]) is not None and span[1] < att.cue[0][0]
        return near and not borrowed and not re.match(r"[\s,]*(?:who|which|that|whom)\b", text[span[1]:span[1] + 12],
                                                      re.I)

    taken = sorted((a, b) for att in atts for a, b in [*att.cue, *att.content,
                                                       *(x for x in att.source if speaker_tag(att, x))]
                   if a < e and b > s)
    free, pos = [], s
    for a, b in taken:
        if a > pos:
            free.append((pos, a))
        pos = max(pos, b)
    if pos < e:
        free.append((pos, e))
    best = max(free, key=lambda f: len(text[f[0]:f[1]].split()), default=None)
    if best is None:
        return None
    # a clause that a relative clause reporting someone's word on its noun ends (`Attribution.restated`: "Police
    # arrested Tor Aas, who prosecutors say stole the funds") is a whole clause however short
    whole = re.search(r",\s*(?:who|which)\s*$", text[best[0]:best[1]]) is not None and any(
        att.restated and att.source and att.source[0][0] == best[1] for att in atts)
    # so is what the speaker did before the cue, joined to it by "and" ("Police arrested two men and said ...",
    # "Lund congratulated Brandt and said ...")
    opens = best[1] - len(text[best[0]:best[1]].lstrip())
    whole = whole or _ACTED_AND.search(text[best[0]:best[1]]) is not None and any(
        att.source and att.source[0][0] == opens and att.cue[0][0] == best[1] for att in atts)
    # ... and what a participle of saying after it borrows its subject from ("Eva Holt resigned on Tuesday, saying")
    whole = whole or any(att.source and att.source[0][0] == opens and att.cue[0][0] == best[1] and re.search(
        r",\s*$", text[best[0]:best[1]]) and text[att.cue[0][0]:att.cue[0][1]].endswith("ing") for att in atts)
    stretch = re.sub(r"[\s,;:—–-]*\b(?:who|which|that|whom)\s*$", "", text[best[0]:best[1]], flags=re.I)
    # the conjunction that opens what is attributed is not the outlet's ("goes back to March, when [he said
    # ...]", "was forced to apologize because [...]")
    # with how long before or after ("resigned on Monday, a day after [the Post revealed ...]")
    stretch = re.sub(rf"(?:{_HOW_LONG})?[\s,;:—–-]*\b(?:{'|'.join(sorted(_PRESUPPOSING))})\s*$", "", stretch,
                     flags=re.I)
    # nor the conjunction that joins the attributed clause ("... more of the audit, but [critics demand ...]"),
    # nor the preposition that governs it ("troops to the border in [what officials described as ...]", "closed
    # the conference by [demanding that ...]")
    stretch = _DANGLING.sub("", stretch.rstrip())
    if re.match(r"\s*(?:what\b|[a-z]+ing\b)", text[best[1]:best[1] + 24], re.I):
        stretch = re.sub(r"[\s,]+(?:in|at|on|with|by|to|for|of|from|as)\s*$", "", stretch, flags=re.I)
    best = (best[0], best[0] + len(stretch))
    words = stretch.strip(" ,;:—–-\n").split()
    opening = 1 if words and words[0].lower() in ("but", "and", "yet", "so") else 0  # "But he turned on ..."
    # a clause may open with when or where it happened: "On Tuesday, Quist walked out of the town hall ..."
    lead = re.match(r"(?:on|in|at|during|before|over)\s[^,]{1,30},\s", " ".join(words[opening:]), re.I)
    first = opening + (len(lead.group().split()) if lead else 0)
    if len(words) < (3 if whole and not first else 6) + first or words[first].lower() in _NOT_A_CLAUSE or (
            words[-1].lower() in _NOT_A_CLAUSE):
        return None  # "on Friday during a radio interview that": a phrase around the attribution
    if lead and re.fullmatch(r"[a-z]+(?:ing|ed)", words[first]):
        return None  # "at one point, waving the letter in the air": a phrase, no clause
    if re.search(r"(?:^|,)\s*(?:speaking|talking) on (?:the )?condition of anonymity\b(?:\s+(?:because|as|since)\s"
                 r"[^.;!?]*)?\W*$", stretch.strip(), re.I):
        # "An official, speaking on condition of anonymity, [said ...]", "[C, the person said,] speaking on
        # condition of anonymity because they were not authorised to discuss it": why the source is not named
        return None
    if re.fullmatch(r"[A-Z][a-z]+ed", words[first]) and words[first + 1].lower() in _ASKED_ABOUT:
        return None  # "Asked whether the pier would close, [the mayor said]": a participle's phrase, no clause
    if words[first] in _SPEAKING:
        return None  # "Speaking to the BBC on Monday, [the mayor said]": where the words were said, no clause
    if not any(ev.verb and best[0] <= ev.trigger[0] < best[1] for ev in events):
        return None
    start = best[0] + len(text[best[0]:best[1]]) - len(text[best[0]:best[1]].lstrip(" ,;:—–-\n"))
    if opening:
        start = text.index(words[1], text.index(words[0], start) + len(words[0]))
    if words[opening].lower() in _PRESUPPOSING:
        start = text.index(words[opening], start) + len(words[opening])
    elif words[first].lower() in _PRESUPPOSING and "," not in " ".join(words[first:]):
        # "[police said] on Saturday, after a passenger died in hospital": when the words were said, and why; the
        # clause is what the outlet states (a clause after it, "On Monday, after the vote, the mayor ...", is not)
        for word in words[:first + 1]:
            start = text.index(word, start) + len(word)
    else:
        # ... so after how long after ("[confirmed C], a day after media reports sent its shares higher",
        # "[the company said] on Tuesday, a day after it was approved")
        at = start  # (at the first word after "But", where there is one)
        for word in words[opening:first]:
            at = text.index(word, at) + len(word)
        if (how_long := _HOW_LONG_BEFORE.match(text, at, best[1])) and not (first and "," in text[how_long.end():
                                                                                                  best[1]]):
            start = how_long.end()
    return start, best[1]


def _participle_act(text: str, span: tuple[int, int], atts: list[Attribution], events: list,
                    ann: Annotations) -> str | None:
    """The outlet's clause as a statement where it has no verb with a tense (`Annotations.tensed`): a participle's
    phrase, stated as its doer's act ("Ms. Berg, reading the draft, [wrote ...]": "Ms. Berg read the draft";
    '"...," she said, drawing cheers from the crowd': "Berg drew cheers from the crowd", the doer the sentence's
    speaker). "" for a phrase that states nothing this way (a past participle's: "armed with a megaphone"); None
    for a clause, which is stated as it stands."""
    if any(span[0] <= at < span[1] for at in ann.tensed):
        return None
    verbs = sorted((ev for ev in events if ev.verb and span[0] <= ev.trigger[0] < span[1]), key=lambda ev: ev.trigger)
    verb = verbs[0] if verbs else None
    if verb is None or not text[verb.trigger[0]:verb.trigger[1]].lower().endswith("ing"):
        return ""
    if REVISING.match(text[:span[1] + 1], max(0, span[0] - 1)):
        return ""  # "..., raising an earlier figure": says the figures before it are revised, no act of its own
    before = _BEFORE_PARTICIPLE.sub("", text[span[0]:verb.trigger[0]])
    lead, _comma, named = before.rpartition(",")
    at = span[0] + len(lead) + len(_comma) + len(named) - len(named.lstrip())
    if named.strip()[:1].isupper() and named.split()[0].lower() not in _NOT_A_CLAUSE and not any(
            t.start <= at < t.end for t in ann.timexes):  # (not a day: "on Friday, blocking ...")
        doer = named.strip()  # "At 9:24, Ms. Berg, reading ...": Ms. Berg, at 9:24
    else:
        said = next((a for a in atts if a.source_text), None)
        opening = text[span[0]:verb.trigger[0]]
        opening = opening[_BEFORE_PARTICIPLE.search(opening).start():]  # "..., blocking", ", in calling"
        if said is None or before.strip() and not re.search(r"[,;:—–-]", opening) and not _WHEN_OR_WHERE.match(
                before.strip()) and not any(t.start <= span[0] < t.end for t in ann.timexes):
            # (a participle inside a noun's phrase is no act of the speaker's: "..., the company said, after two
            # years of falling profits" was "The company fell profits")
            return ""
        # (what is left before the participle goes with it when it says when or where: "late on Friday,
        # blocking ..."; not the one the speaker told: "Strand told reporters, reading from a statement")
        doer, lead = said.source_text, before if _WHEN_OR_WHERE.match(before.strip()) or any(
            t.start <= span[0] < t.end for t in ann.timexes) else ""
        if doer.lower() in _PRONOUNS and said.source_entity in ann.entity_names:
            doer = ann.entity_names[said.source_entity][0]  # "she said, drawing cheers": Berg, as the text names her
    lead = lead.strip(" ,")
    act = f"{doer} {past_tense(verb.key)}{text[verb.trigger[1]:span[1]]}".rstrip(" ,;:—–-.\n")
    return f"{lead}, {act}" if lead else act


_WHEN_OR_WHERE = re.compile(r"(?:on|in|at|during|before|after|late|early|later|earlier|from|until|shortly|outside|"
                            r"inside|near|there|then)\b", re.I)
# What opens a participle's phrase after its doer: "while speaking", "in calling for", "often expressing"
_BEFORE_PARTICIPLE = re.compile(r"[\s,;:—–-]*(?:\b(?:while|when|in|by|after|before|on|often|also|then|again|"
                                r"repeatedly|even)\s+)*$", re.I)


def _named_by(att: Attribution, text: str) -> str:
    """The words that name an attribution's speaker, without a dateline the parse took into them ("OSLO (NW) -
    Brekke Metall")."""
    return DATELINE.sub("", text[att.source[0][0]:att.source[-1][1]], count=1)


def _only_said_between(primary: Attribution, atts: list[Attribution], tensed: list[int]) -> bool:
    """Whether the speaker's participle follows its name with nothing done between but saying ("Several unions,
    in calling for a deal", "The ministry said C, dismissing the claims"): then the participle is the speaker's
    act; after an act of their own ("Dahl has long mourned the victims, often expressing anger", "sent an e-mail
    warning them"), or as a tense of its own ("is asking"), it goes with that clause."""
    def said(at: int) -> bool:
        return any(a <= at < b for att in atts if att is not primary for a, b in [*att.cue, *att.content])
    return not any(primary.source[-1][1] <= at < primary.cue[0][0] and not said(at) for at in tensed)


def _chains(atts: list[Attribution]) -> list[list[Attribution]]:
    """The attributions of a sentence grouped by claimant: those linked by one holding another's cue in its
    content, either way ("the paper reported that X told Y that C" is one chain; the parser sometimes nests
    "C, according to X" and "X revealed C" in each other), each group apart from the others ("The ministry claimed
    C, but experts questioned D" is two)."""
    def linked(a: Attribution, b: Attribution) -> bool:
        return any(cs <= b.cue[0][0] < ce for cs, ce in a.content) or any(cs <= a.cue[0][0] < ce for cs, ce in b.content)

    chains: list[list[Attribution]] = []
    for a in atts:
        joined = [c for c in chains if any(linked(a, b) for b in c)]
        merged = [a] + [b for c in joined for b in c]
        chains = [c for c in chains if c not in joined] + [merged]
    return sorted(chains, key=lambda c: min(x.cue[0][0] for x in c))


# A conjunction that opens a clause saying when or why ("... has resigned after an audit found C"), before the
# source of an attribution inside someone's words
_WHEN_OR_WHY = re.compile(r"[\s,]*\b(?:after|because|since|when|following|before|until|while|once)\s+$", re.I)


def _unnested(atts: list[Attribution], text: str) -> tuple[list[Attribution], dict[int, Attribution]]:
    """The attributions with one whose source opens a clause of when or why inside another's words set apart
    from them: "Brandt has resigned after an audit found she had used council funds, the council said" is the
    council's word that Brandt resigned and the audit's that she used the funds, not the council's relaying the
    audit (the outer words lose the clause). Also, by the id of each one set apart, the attribution it stood in:
    where its own words state nothing, its whole clause is the claim, an act the outer speaker tells of ("Vale
    said the attack was justified because Berg called him a liar": Vale's word that Berg did)."""
    out = list(atts)
    told_by: dict[int, Attribution] = {}
    for inner in atts:
        if not inner.source:
            continue
        for k, outer in enumerate(out):
            if outer is inner or not _contains(outer, inner):
                continue
            start = min(cs for cs, _ce in outer.content)
            opening = _WHEN_OR_WHY.search(text, start, inner.source[0][0])
            if opening is None or not text[start:opening.start()].strip():
                continue
            cut = (opening.start(), max(ce for _cs, ce in inner.content))
            kept = [(cs, min(ce, cut[0])) for cs, ce in outer.content if cs < cut[0]] + [
                (max(cs, cut[1]), ce) for cs, ce in outer.content if ce > cut[1]]
            kept = [(cs, ce) for cs, ce in kept if text[cs:ce].strip(" ,;:")]
            if kept:
                told_by.setdefault(id(inner), atts[k])
                out[k] = replace(outer, content=kept)
    return out, told_by


def _contains(outer: Attribution, inner: Attribution) -> bool:
    """Whether `inner`'s cue lies in what `outer` attributes (and not the other way round: the parser sometimes
    nests two attributions in each other)."""
    return outer is not inner and any(cs <= inner.cue[0][0] < ce for cs, ce in outer.content) and not any(
        cs <= outer.cue[0][0] < ce for cs, ce in inner.content)


def _who(a: Attribution) -> str:
    """Whom an attribution names: its entity, else its words (lower-cased)."""
    return a.source_entity or (a.source_text or "").lower()


def _speaker(chain: list[Attribution], primary: Attribution, text: str) -> Attribution | None:
    """Who speaks the claimant's words when that is someone else around them: a quote's source is its speaker,
    not a person named inside it ('"If someone tells you what to decide ...," Pell said'; "Marsh said the
    tenants' case cuts both ways"; "Lund confirmed that prosecutors meant to bring charges"). The outermost
    named speaker that is not an outlet (an outlet around the words relays them: `via`), nor a record no one is
    named as issuing ("According to the minutes, she argued that C": hers, recorded). What someone did rather
    than said, in an outlet's report, is the outlet's report ("According to the Ledger, Vale sent flowers to the
    rebels": the Ledger's)."""
    def says_nothing(a: Attribution) -> bool:  # "neither side has commented", "the ministry did not respond"
        span = text[min(a.source[0][0], a.cue[0][0]):max(a.source[-1][1], a.cue[-1][1])]
        return bool(_NOBODY.match(a.source_text or "") or NON_CLAIM.search(span))

    around = [a for a in chain if a.source and _who(a) not in ("", *_PRONOUNS) and _who(a) != _who(primary)
              and (not is_outlet(a.source_text or "") or not _reports(primary)) and _contains(a, primary)
              and not says_nothing(a)
              and _reports(a) and not (is_written(a.source_text or "") and not a.source_entity and _who(primary))]
    outermost = [a for a in around if not any(_contains(b, a) for b in around)]
    return outermost[0] if outermost else None


def _said_by(words: Attribution, who: Attribution) -> Attribution:
    """An attribution's words with `who` as their source (its name, entity, kind and intermediary)."""
    return replace(words, source=who.source, source_entity=who.source_entity, source_text=who.source_text,
                   via=who.via, via_span=who.via_span, source_kind=who.source_kind)


def _reports(a: Attribution) -> bool:
    """Whether an attribution reports words or thoughts (said, believes, according to): a stance names what it is
    about, and someone's words inside that are theirs ("He was referring to remarks in which Roe said C": C is
    Roe's)."""
    return a.cue_lemma in SPEECH | BELIEF or a.cue_lemma == "according to"


def _told_the_speaker(text: str, told: Attribution, speaker: Attribution) -> bool:
    """Whether those `told` names as told are the ones `speaker` names ("the company told workers ..., according to
    two workers who attended")."""
    whom = re.match(r"\s+(?:the\s+|its\s+|their\s+)?([a-z]+)", text[told.cue[-1][1]:])
    return whom is not None and stem(whom.group(1)) in {stem(w) for w in (speaker.source_text or "").lower().split()}


# Words that tell what something happened after, amid or despite, right before others' words it names ("after
# reports that", "amid fresh claims that")
_CIRCUMSTANCE = re.compile(r"\b(?:after|amid|amidst|following|despite|over|before)\s+(?:the\s+|an?\s+)?"
                           r"(?:[a-z-]+\s+)?$", re.I)


def _denied_right_before(text: str, framing: list[Attribution], start: int) -> bool:
    """Whether the words of an attribution framing a claim open by calling it untrue right before it ("There is
    no truth in the claim that C, the agency said"): C is denied, not what another clause says."""
    for a in framing:
        for cs, ce in a.content:
            if cs < start < ce and (found := DENIAL_WORDS.search(text[cs:start])) and not text[
                    cs + found.end():start].strip():
                return True
    return False


def _primary(atts: list[Attribution], text: str) -> tuple[Attribution | None, str | None, str | None]:
    """The claimant's attribution and an intermediary outlet, from the attributions of one sentence.

    The claimant is the innermost named source that is not a pronoun ("officials told parliament they believed
    X": the officials), whose words the claim is; who speaks them, when someone else does, is `_speaker`'s; an
    outlet around it ("…, the newspaper reported") is the intermediary. The claim's words
    are the innermost content ('"It has been found that the pumps were sold," Quist said': the
    pumps were sold)."""
    if not atts:
        return None, None, None

    def contains(outer: Attribution, inner: Attribution) -> bool:
        return outer is not inner and any(cs <= inner.cue[0][0] < ce for cs, ce in outer.content)

    def pronoun(a: Attribution) -> bool:  # a pronoun the annotation could not resolve to anyone
        return (a.source_text or "").lower() in _PRONOUNS and not a.source_entity

    def aside(a: Attribution) -> bool:
        """A stance in a relative clause set off inside another's words ("Berg, who denied the charges, plans to
        appeal, his lawyer said"): said of someone in passing, not the words' claimant."""
        return any(contains(b, a) for b in atts) and bool(_RELATIVE_OPENING.search(text, 0, a.cue[0][0])) and bool(
            a.content) and re.match(r"\s*,", text[max(e for _s, e in a.content):]) is not None

    named = [a for a in atts if a.source and not pronoun(a) and not aside(a)]
    inner = [a for a in named if not any(contains(a, b) for b in named)]
    # of several, the most specific claimant: a person or group over a whole country ("South Korea revealed
    # ..., according to a senior official")
    primary = sorted(inner or named or atts, key=lambda a: (a.source_entity or "").startswith("country:"))[0]
    # the innermost words reported as said or believed; a stance inside them ("he was seeking guidance") is what
    # was said, not a nested report
    reported = [a for a in atts if a is primary or _reports(a) and not aside(a)]
    innermost = [a for a in reported if (a is primary or contains(primary, a))
                 and not any(contains(a, b) for b in reported)]
    # (a thing a participle names inside them is no such words: "said it would shut the plant, blaming high power
    # prices" is the company's, not "high power prices")
    # (nor do others' words it says something happened after or amid: "X is recalling 120,000 sets after reports
    # that C", the company said, is the recall)
    if innermost and innermost[0] is not primary and (innermost[0].statement or innermost[0].source) and len(
            " ".join(text[s:e] for s, e in innermost[0].content).split()) >= 3 and not (
            not innermost[0].source and _CIRCUMSTANCE.search(text, 0, innermost[0].cue[0][0])):
        # (restated as they are: "said it expected inflation to fall": "inflation was expected to fall")
        primary = Attribution(primary.source, primary.cue, innermost[0].content, primary.certainty,
                              primary.source_entity, primary.source_text, primary.via, primary.via_span,
                              primary.cue_lemma, primary.source_kind, restated=innermost[0].restated)
    via = primary.via
    via_text = text[primary.via_span[0]:primary.via_span[1]] if primary.via_span else None
    for outer in named:
        if outer is not primary and contains(outer, primary) and outer.source_text and is_outlet(outer.source_text):
            via, via_text = outer.source_entity or f"outlet:{outer.source_text}", outer.source_text
    return primary, via, via_text


# A subject pronoun that opens reported words, and the speakers it stands for when it is theirs: "Brandt said he
# will be staying put", "the ministry said it was investigating", "Republican leaders said they may try again".
_OPENING_PRONOUN = re.compile(r"(he|she|it|they)\s+(?=\w)", re.I)
# ... or a possessive pronoun ("the ministry said its budget would grow", "Lund said her plan ...")
_OPENING_POSSESSIVE = re.compile(r"(his|her|its|their)\s+(?=\w)", re.I)
_POSSESSOR = {"his": "he", "her": "she", "its": "it", "their": "they"}
_PRONOUN_SPEAKERS = {"he": ("person:",), "she": ("person:",), "it": ("org:", "country:", "gpe:"),
                     "they": ("group:", "org:", "norp:")}
_NOT_HIM = {"he": ("ms.", "mrs.", "miss "), "she": ("mr.",)}
# "it is ...", "it was ..." of no one ("it was unclear", "it is time"); not a body's progressive ("it was
# investigating the report"), nor what only someone can be ("it was not aware of any injuries", "it is willing to")
_EXPLETIVE = re.compile(r"(?:is|was|'s|’s|seems|seemed|appears|appeared)\b(?!\s+(?:still\s+|not\s+|now\s+)?(?:[a-z]+ing|"
                        r"(?:un)?aware|confident|committed|prepared|ready|(?:un)?willing|(?:un)?able|satisfied|"
                        r"determined|pleased|disappointed|sorry|overjoyed|delighted|relieved|saddened|grateful|"
                        r"thankful|proud|glad|happy|devastated|concerned|worried|optimistic|hopeful)\b)", re.I)
_PRONOUNS = {"he", "she", "it", "they", "i", "we", "you", "him", "her", "them"}  # a speaker the text names so
_A_BODY = re.compile(r"the\s+(?:[a-z'’-]+\s+){0,2}(?:company|firm|ministry|agency|council|board|operator|department|"
                     r"authority|committee|commission|government|municipality|airline|bank|shipyard|association|"
                     r"union|federation|organi[sz]ation|group|service|administration|institute|regulator|"
                     r"watchdog|resort|hospital|school|university|club|carrier|maker|manufacturer|retailer|supplier|army|navy|"
                     r"military|air force|embassy|court|parliament|assembly)", re.I)
# a plural of common nouns, lower case but for a sentence's first letter ("Police", "local fishermen", "The unions")
_PEOPLE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Za-z][a-z'’-]*\s+){0,2}?(?:[Pp]olice|[a-zA-Z][a-z-]*(?:men|people|[^s\W]s))")
_DESCRIBED = re.compile(r"(?:a|an|another|one)\s", re.I)  # "Another moderate Democrat, Senator Ivo Marsh"
_A_DESCRIPTION = re.compile(r"(?i:the)\s+[a-z]")  # a phrase of "the" and a common noun, not a titled name
_WHOSE = re.compile(r"\w['’]s\s")  # a possessive in a phrase naming a person ("Labour's Per Aune")


def _name_within(said: str, known: str) -> str | None:
    """The words of a source phrase that are a person's name as their entity knows it ("Ada Vale" in "The anger
    of Judge Ada Vale"), if they are there."""
    words = said.split()
    return next((" ".join(words[i:j]).strip(",;:") for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                 if letters(" ".join(words[i:j])) == known), None)


# A speaker named as someone's lawyer or aide: whose ("Vik's lawyer", "his lawyer", "a lawyer for Arne Vik")
_STAFF_OF = re.compile(rf"^(?:(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)['’]s\s+|(?i:his|her)\s+){STAFF_NOUNS}\b|"
                       rf"\b{STAFF_NOUNS}\s+(?:for|to)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")


_CLIENT = re.compile(r"clients?\s+(?=\w)", re.I)
# One who speaks for the person a possessive stands for ("her manager", "his agent")
_WHOSE_VOICE = re.compile(rf"(?i:(his|her))\s+{PERSONAL_VOICES}")


def _client(ann: Annotations, att: Attribution | None) -> str | None:
    """The name of whom an attribution's speaker works for, as the text gives it at its fullest ("his lawyer, Sara
    Moen": Arne Vik, `Annotations.staff_of`; "her manager", who speaks for her: the one she is, `_WHOSE_VOICE`)."""
    principal = ann.staff_of.get(att.source_entity or "") if att is not None else None
    if principal is None and att is not None and _WHOSE_VOICE.fullmatch((att.source_text or "").strip(" ,;:")):
        principal = att.source_entity
    names = [x.text for x in ann.entities if principal and x.canonical == principal]
    return max(names, key=len) if names else None


def speaker_named(mention: Mention, client: str | None = None) -> str | None:
    """Reported words opening with a pronoun for their speaker, with the speaker as the text names them ("he
    will be staying put", said by "Brandt": "Brandt will be staying put"), as the claim is written without its
    source. Only where the pronoun is theirs by its kind (a person's "he" or "she", an organisation's "it", a
    group's "they"), not an empty "it is ...", nor a description of several ("top Brandt advisers"); None
    where the words stay as they are. Extraction asks only where the one who says the words is the cue's own
    subject: in words someone quotes ('Marsh said: "She said she didn't"') a pronoun is the quoted speaker's."""
    a = mention.attribution
    text = " ".join(mention.text.split())
    m = _OPENING_PRONOUN.match(text) or _OPENING_POSSESSIVE.match(text)
    if m is None or a is None or mention.quoted or not a.source_text:
        return None
    owner = m.group(1).lower() in _POSSESSOR  # "its profits will fall": whose they are
    pronoun = _POSSESSOR.get(m.group(1).lower(), m.group(1).lower())
    empty = not owner and pronoun == "it" and _EXPLETIVE.match(text, m.end())  # "it is ...": no one
    said = a.source_text.strip(" ,;:")
    if not a.source_entity:
        # a body named only by its kind says "it" of itself ("The company denied that it had misled investors"),
        # people named by what they are "they" ("Police said they had opened an inquiry")
        if not (pronoun == "it" and _A_BODY.fullmatch(said) and not empty or pronoun == "they" and _PEOPLE.fullmatch(
                said) and said.split()[-1].lower() not in _MANY):
            return None
        return _possessed(said[0].upper() + said[1:], owner) + " " + text[m.end():]
    if not a.source_entity.startswith(_PRONOUN_SPEAKERS[pronoun]) or said.lower() in _PRONOUNS or (
            said.lower().startswith(_NOT_HIM.get(pronoun, ()))) or empty:
        return None
    parts = [p for p in said.split(", ") if p]  # the name, not what follows it ("Scotto, who was asking ...")
    # the part the speaker is known by ("The building's owner, Fjell Housing": Fjell Housing), else the first that
    # is no description
    known = a.source_entity.split(":", 1)[-1]
    name = next((p for p in parts if letters(p) == known), None) or next(
        (p for p in parts if not _DESCRIBED.match(p)), parts[0])
    if a.source_entity.startswith("person:") and (_A_DESCRIPTION.match(name) or _WHOSE.search(name)):
        # "The anger of Judge Ada Vale" (a misparse's phrase), "Labour's Per Aune" (whose, before the name): Per Aune
        name = _name_within(name, known) or name
    if pronoun in ("he", "she") and (staff := _STAFF_OF.search(said)):
        # "His lawyer, Sara Moen, said he would appeal": the client would, not the lawyer; named where the phrase
        # names them ("Vik's lawyer said he would appeal": Vik would), else as the text does (`client`); "his
        # client" is the client too. Whose another possessive says is not told ("his appeal" is the client's, "his
        # office" the lawyer's): left as it is
        principal = staff.group(1) or staff.group(2) or client
        rest = text[m.end():]
        if owner and (whom := _CLIENT.match(rest)):
            owner, rest = False, rest[whom.end():]
        return principal + " " + rest if principal and not owner else None
    if (whose := _WHOSE_VOICE.fullmatch(said)) and client and pronoun == _POSSESSOR[whose.group(1).lower()]:
        # "Her manager said she would recover fully": she would, whom the manager speaks for (the source), not the
        # manager ("Her manager would recover fully"); "her manager said he" is the manager
        return None if owner else client + " " + text[m.end():]
    if pronoun != "they":  # ("representatives of the bar said they": they are the representatives)
        if (voice := SPEAKS_FOR.match(parts[0])) and (principal := voice.group(1) or voice.group(2)):
            name = principal  # "A spokesman for Ada Brandt said she would travel": Brandt would, not the spokesman
        elif set(said.lower().split()) & (SPOKESPEOPLE | AGENTS) and not letters(said).endswith(known):
            # "its spokesman said it ...", "Brandt spokesman Tor Vik said she ...": whose, unsaid ("spokesman Tor
            # Vik said he", the speaker named, is Vik)
            return None
    head = name.split()[-1]
    if pronoun in ("he", "she") and head.islower() and head.endswith("s"):
        return None  # "top Brandt advisers said that she ...": not one of them
    return _possessed(name, owner) + " " + text[m.end():]


def _possessed(name: str, owner: bool) -> str:
    """A speaker's name as what it stands for: "Ada Lund" for "she", "Ada Lund's" for "her", "Republican
    councillors'" for "their"."""
    if not owner:
        return name
    return name + ("'" if name.endswith("s") and name.split()[-1].islower() else "'s")
