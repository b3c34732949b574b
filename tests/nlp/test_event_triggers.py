"""Event triggers, their keys and clauses (nlp/events.py)."""

from __future__ import annotations

import pytest

from newstrace.nlp.events import find_events

pytestmark = pytest.mark.slow


def events(nlp, text):
    return [(e.key, text[e.start:e.end], e.verb) for e in find_events(nlp(text))]


def test_verbs_and_event_nouns_with_their_clauses(nlp):
    got = events(nlp, "An earthquake struck northern Chile on Sunday, killing three people.")
    keys = {k for k, _c, _v in got}
    assert {"earthquake", "strike", "kill"} <= keys
    clause = {k: c for k, c, _v in got}
    assert clause["kill"] == "killing three people"
    assert clause["strike"].startswith("An earthquake struck northern Chile")
    assert [v for k, _c, v in got if k == "earthquake"] == [False]


def test_nominalisations_meet_their_verbs_and_saying_is_no_event(nlp):
    got = events(nlp, "Police said the death of the guard followed the shooting, officials told reporters.")
    keys = [k for k, _c, _v in got]
    assert "die" in keys and "shoot" in keys
    assert "say" not in keys and "tell" not in keys
    # what is done to a place or a plan, named by its noun after a verb of ordering ("ordered the closure of the
    # base" beside "it had closed the base": two actions, "other event", where it is one)
    keys = [k for k, _c, _v in events(nlp, "The ministry ordered the closure of the base and the cancellation of "
                                           "the parade.")]
    assert "close" in keys and "cancel" in keys


def test_clause_args_name_what_the_event_involved(nlp):
    [arrest] = [e for e in find_events(nlp("Police arrested two suspects in Lyon.")) if e.key == "arrest"]
    assert {"police", "suspect", "lyon", "two"} <= set(arrest.args)


def test_title_case_headlines_are_read_in_sentence_case(annotator):
    from newstrace.model import Article
    from newstrace.nlp.events import sentence_cased, title_cased

    assert title_cased("Mara Linde Checks Into Rehab") and not title_cased("Police arrest two suspects in Lyon.")
    assert sentence_cased("UN Chief Visits Gaza") == "UN chief visits gaza"
    # a name the article writes with capitals inside its sentences keeps them ("Mara linde checks" is a noun)
    assert sentence_cased("Mara Linde Checks Into Rehab", frozenset({"Linde", "Bergen"})) == (
        "Mara Linde checks into rehab")
    text = ("Mara Linde Checks Into Rehab\nThe singer Mara Linde checked into a clinic in Bergen on Monday, her "
            "lawyer said.")
    [ann] = list(annotator.annotate([Article(id="h", text=text, outlet="o")]))
    headline = [e for e in ann.events if e.trigger[0] < 28]
    assert {e.key for e in headline} == {"check", "rehab"} and any(e.verb for e in headline)
    assert text[headline[0].start:headline[0].end] == "Mara Linde Checks Into Rehab"


def test_a_participle_describing_a_noun_is_marked_as_what_the_noun_is_known_for(nlp):
    text = "Convicted fraudster Tor Aas will appeal, and police found the stolen boat."
    got = {e.key: e.describes for e in find_events(nlp(text))}
    assert got["convict"] and got["steal"]  # what the fraudster and the boat are known for
    assert not got["appeal"] and not got["find"]  # what the sentence states
    # one naming who did it states that act: the ferry was built in Norway, and is the news
    built = [e for e in find_events(nlp("Norwegian-built ferries have served the island since May.")) if e.key == "build"]
    assert built and not built[0].describes
    # ... as is a relative clause's verb ("the homes that lost power"), but not one the sentence is there to state
    # ("There were 11 people who died", "It was the storm that brought down the lines")
    got = {e.key: e.describes for e in find_events(nlp("Power was restored to the homes that lost electricity."))}
    assert got == {"restore": False, "lose": True}
    assert not any(e.describes for e in find_events(nlp("There were 11 people who died in the crash.")))
