"""Claim matching (claims/match.py): how surely a claim's reports state one thing."""

from __future__ import annotations

import numpy as np

from newstrace.claims import new_claim
from newstrace.claims.match import cohesion, near_groups, probability, swapped_actors
from newstrace.model import Attribution, EventMention, Mention, Quantity, Timex


def mention(article: str, speaker: str | None) -> Mention:
    said = Attribution([(0, 5)], [(6, 10)], [(11, 40)], source_entity=speaker) if speaker else None
    return Mention(article, "Harbour Gazette", 11, 40, "the channel reopens in June", (0, 40), said, "reported",
                   False)


def test_two_speakers_quoted_in_one_article_are_two_reports_to_match():
    p = np.array([[1.0, 0.3, 0.9], [0.3, 1.0, 0.2], [0.9, 0.2, 1.0]], dtype=np.float32)
    two_speakers = [mention("a", "person:okafor"), mention("a", "org:port-authority")]
    assert cohesion([0, 1], two_speakers, p) == np.float32(0.3)  # was None: one article passed unchecked
    one_speaker = [mention("a", "person:okafor"), mention("a", "person:okafor"), mention("b", None)]
    assert cohesion([0, 1], one_speaker, p) is None  # a speaker repeating themselves is one report
    assert abs(cohesion([0, 1, 2], one_speaker, p) - (0.9 + 0.2) / 2) < 1e-6  # pairs across reports only


def test_two_mentions_of_one_sentence_are_never_one_claim():
    # the outlet's own clause and the words it reports share a sentence, so its embedding: the model alone
    # would join them
    said = Attribution([(0, 5)], [(6, 10)], [(30, 60)], source_entity="person:okafor")
    own = Mention("a", "Harbour Gazette", 0, 28, "Dredging ended early in May", (0, 60), None, "asserted", False)
    quoted = Mention("a", "Harbour Gazette", 30, 60, "the channel reopens in June", (0, 60), said, "reported", False)
    # another article's sentence at the same offsets is another sentence
    other = Mention("b", "Coast Daily", 30, 60, "the channel reopens in June", (0, 60), said, "reported", False)
    vectors = np.ones((3, 4), dtype=np.float32) / 2.0  # one sentence embedding for all three
    p = probability([own, quoted, other], vectors)
    assert p[0, 1] == 0.0 and p[1, 0] == 0.0
    assert p[1, 2] > 0.9 and p[0, 2] > 0.4  # across articles the model decides


def test_a_static_embeddings_cosine_is_read_with_the_weights_fitted_for_it():
    # two statements sharing no word; a static embedding puts unrelated sentences of one story this close
    a = Mention("a", "Harbour Gazette", 0, 30, "Dredging ended early in May", (0, 30), None, "asserted", False)
    b = Mention("b", "Coast Daily", 0, 30, "Pilots boarded the tanker", (0, 30), None, "asserted", False)
    vectors = np.array([[1.0, 0.0], [0.9, 0.4359]], dtype=np.float32)  # cosine 0.9
    assert probability([a, b], vectors)[0, 1] > 0.4  # MiniLM's cosine of 0.9 is a paraphrase
    assert probability([a, b], vectors, kind="static")[0, 1] < 0.2


def test_two_sentences_of_one_article_need_surer_evidence_than_two_outlets():
    # one writer's sentences share words and context that the embedding reads as likeness: the same cosine that
    # makes two outlets' sentences one claim leaves two sentences of one article apart
    a = Mention("a", "Harbour Gazette", 0, 30, "Dredging ended early in May", (0, 30), None, "asserted", False)
    b = Mention("a", "Harbour Gazette", 40, 70, "Pilots boarded the tanker", (40, 70), None, "asserted", False)
    c = Mention("b", "Coast Daily", 0, 30, "Pilots boarded the tanker", (0, 30), None, "asserted", False)
    vectors = np.array([[1.0, 0.0], [0.86, 0.5103], [0.86, 0.5103]], dtype=np.float32)  # cosine 0.86
    p = probability([a, b, c], vectors)
    assert p[0, 1] < 0.4 < p[0, 2]  # claim_threshold 0.4
    assert p[0, 1] == p[1, 0]


def test_a_claim_lists_the_claims_of_other_articles_it_may_be_surest_first():
    # five mentions, four groups: {0, 1} (articles a, b), {2} (a), {3} (b), {4} (c)
    ms = [mention("a", None), mention("b", None), mention("a", None), mention("b", None), mention("c", None)]
    p = np.zeros((5, 5), dtype=np.float32)
    for i, j, v in ((0, 2, 0.9), (1, 2, 0.35), (1, 3, 0.2), (0, 4, 0.31), (1, 4, 0.5), (2, 4, 0.33)):
        p[i, j] = p[j, i] = v
    near = near_groups([[0, 1], [2], [3], [4]], ms, p, 0.3)
    # group 0 and 2: 0.9 is within article a (never listed), 0.35 across; group 3 is below the floor
    assert near[0] == [(3, 4, 0.5), (1, 2, 0.35)]
    assert near[1] == [(0, 1, 0.35), (3, 4, 0.33)]
    assert 2 not in near
    assert [j for j, _b, _s in near_groups([[0, 1], [2], [3], [4]], ms, p, 0.3, most=1)[0]] == [3]


def test_the_claims_a_claim_may_be_are_found_again_after_an_analyst_merges_or_splits():
    from newstrace.corrections import apply
    from newstrace.model import Correction, SimilarClaim

    a, b, c = (Mention(x, "Harbour Gazette", 0, 27, "the channel reopens in June", (0, 27), None, "asserted", False)
               for x in ("a", "b", "c"))
    claims = [new_claim("s", [a]), new_claim("s", [b]), new_claim("s", [c])]
    claims[0].similar = [SimilarClaim(claims[1].id, b.ref, 0.35), SimilarClaim(claims[2].id, c.ref, 0.32)]
    claims[1].similar = [SimilarClaim(claims[0].id, a.ref, 0.35)]
    claims[2].similar = [SimilarClaim(claims[0].id, a.ref, 0.32)]
    merged = apply("s", claims, [Correction("s", "merge", [a.ref, b.ref])])
    ab = next(x for x in merged if len(x.mentions) == 2)
    alone = next(x for x in merged if x.mentions == [c])
    assert [(s.claim, s.match) for s in ab.similar] == [(alone.id, 0.32)]  # not itself, under its new id
    assert [(s.claim, s.match) for s in alone.similar] == [(ab.id, 0.32)]


def test_two_sentences_an_article_states_in_its_own_voice_are_never_one_claim():
    said = Attribution([(0, 5)], [(6, 10)], [(40, 67)], source_entity="person:okafor")
    first = Mention("a", "Harbour Gazette", 0, 27, "the channel reopens in June", (0, 28), None, "asserted", False)
    again = Mention("a", "Harbour Gazette", 40, 67, "the channel reopens in June", (29, 68), None, "asserted", False)
    quoted = Mention("a", "Harbour Gazette", 40, 67, "the channel reopens in June", (29, 68), said, "reported", False)
    other = Mention("b", "Coast Daily", 0, 27, "the channel reopens in June", (0, 28), None, "asserted", False)
    vectors = np.ones((4, 4), dtype=np.float32) / 2.0
    p = probability([first, again, quoted, other], vectors)
    assert p[0, 1] == 0.0  # a writer states a fact once: two of its sentences that look alike state two things
    assert p[0, 2] > 0.4 and p[0, 3] > 0.4  # a speaker's words beside it, or another outlet: the model decides


def test_an_aside_joins_the_claim_it_matches_without_reshaping_the_others():
    from newstrace.claims.match import attach

    # 0 and 1 are one claim; aside 2 matches 1 better than 0 matches 1, and is never one claim with 0 (one
    # sentence): clustered together, average linkage would pair 1 with the aside and leave 0 alone
    p = np.array([[0.0, 0.7, 0.0, 0.1],
                  [0.7, 0.0, 0.9, 0.1],
                  [0.0, 0.9, 0.0, 0.6],
                  [0.1, 0.1, 0.6, 0.0]], dtype=np.float32)
    assert attach([[0, 1]], [2, 3], p, 0.4) == [[0, 1, 2], [3]]  # 2: mean 0.45; 3: mean 0.27 with [0, 1, 2]
    assert attach([[0, 1]], [3, 2], p, 0.4) == [[0, 1], [2, 3]]  # 3 first: alone; 2 matches it best (0.6)
    assert attach([[0], [1]], [2], p, 0.5) == [[0], [1, 2]]
    # told that 2 and 0 stand in one sentence, the aside never joins 0's claim, however well it matches 1
    apart = np.zeros((4, 4), dtype=bool)
    apart[0, 2] = apart[2, 0] = True
    assert attach([[0, 1]], [2, 3], p, 0.4, apart) == [[0, 1], [2, 3]]
    assert attach([[0], [1]], [2], p, 0.5, apart) == [[0], [1, 2]]


def test_a_claim_is_worded_by_a_mention_that_keeps_its_subject():
    # "Her rep confirms the singer, has herself checked into a clinic": the span lost its subject
    cut = Mention("a", "Harbour Gazette", 0, 34, "has herself checked into a clinic", (0, 60), None, "asserted", False)
    whole = Mention("b", "Coast Daily", 0, 40, "Tina Ruiz has checked into a clinic", (0, 40), None, "asserted", False)
    assert new_claim("s", [cut, whole]).text == "Tina Ruiz has checked into a clinic."
    # "the minister said it would save 40 million": "it" is the plan, which the other outlet's words name
    it = Mention("a", "Harbour Gazette", 0, 32, "it would save 40 million crowns", (0, 60), None, "reported", False)
    named = Mention("b", "Coast Daily", 0, 41, "the closure would save 40 million crowns", (0, 50), None, "reported",
                    False)
    assert new_claim("s", [it, named]).text == "The closure would save 40 million crowns."


def test_a_statement_is_matched_without_the_aside_inside_it():
    from newstrace.claims.match import features

    # "The bridge, which opened in 1998, will close for six months": the opening is the aside's claim; another
    # outlet's "The bridge opened in 1998" shares its words with the aside, not with the closure
    text = "The bridge, which opened in 1998, will close for six months"
    main = Mention("a", "Harbour Gazette", 0, len(text), text, (0, len(text)), None, "asserted", False)
    aside = Mention("a", "Harbour Gazette", 12, 32, "The bridge opened in 1998", (0, len(text)), None, "asserted",
                    False, aside=True)
    other = Mention("b", "Coast Daily", 0, 25, "The bridge opened in 1998", (0, 26), None, "asserted", False)
    lexical = features([main, aside, other], np.eye(3, 4, dtype=np.float32))["lexical"]
    assert lexical[1, 2] > 0.9 and lexical[0, 2] < 0.1  # the main clause's words: bridge, close, six months


def test_one_action_by_swapped_actors_is_never_one_claim():
    # "Norway will expel three Swedish diplomats" / "Sweden would expel three Norwegian diplomats" in retaliation:
    # the same words, the embedding alike, and another proposition ("1 confirmed" by Norway and Sweden)
    def acting(article: str, subject: str, other: str, verb: str) -> Mention:
        m = Mention(article, "Gazette", 0, 40, f"{subject} {verb}s three diplomats of {other}", (0, 40), None,
                    "asserted", False)
        m.subject, m.entities = f"country:{subject}", {f"country:{subject}", f"country:{other}"}
        m.events = [EventMention(0, 40, (7, 12), verb)]
        return m

    norway, sweden = acting("a", "norway", "sweden", "expel"), acting("b", "sweden", "norway", "expel")
    again = acting("c", "norway", "sweden", "expel")
    assert swapped_actors([norway, sweden, again]).tolist() == [[False, True, False], [True, False, True],
                                                                [False, True, False]]
    vectors = np.ones((2, 4), dtype=np.float32) / 2.0
    assert probability([norway, sweden], vectors)[0, 1] == 0.0
    # an action two do together is theirs both ways ("Brandt met Dahl" / "Dahl met Brandt")
    assert not swapped_actors([acting("a", "norway", "sweden", "meet"), acting("b", "sweden", "norway", "meet")]).any()
    # two acts of two actors each names the other of are two propositions ("Estmark will impose tariffs on Norland
    # steel" / "Norland will not retaliate against Estmark's tariffs" was "1 confirmed" by the two ministers); an
    # act told from its other side is one ("sent the jets to" / "received the jets from"), and so is a denial
    assert swapped_actors([acting("a", "norway", "sweden", "impose"), acting("b", "sweden", "norway", "retaliate")]
                          ).any()
    assert not swapped_actors([acting("a", "norway", "sweden", "send"), acting("b", "sweden", "norway", "receive")]
                              ).any()
    won = acting("b", "sweden", "norway", "move")  # "Sweden moved top with a win over Norway" / "Norway lost to ..."
    won.events.append(EventMention(0, 40, (20, 23), "win", verb=False))
    assert not swapped_actors([acting("a", "norway", "sweden", "lose"), won]).any()
    denial = acting("b", "sweden", "norway", "deny")
    denial.certainty = "denied"
    assert not swapped_actors([acting("a", "norway", "sweden", "accuse"), denial]).any()


def test_counts_of_one_kind_of_thing_each_named_as_anothers_are_never_one_claim():
    # "Norland will expel four Estmark diplomats" / "Estmark ordered four Norland diplomats to leave": other
    # actions, the NER seeing no actor in one, matched into a false "1 confirmed"
    from newstrace.claims.match import others_counted

    def counting(article: str, text: str, counted: str) -> Mention:
        m = Mention(article, "Gazette", 0, len(text), text, (0, len(text)), None, "asserted", False)
        m.quantities = [Quantity(text.index(counted), text.index(counted) + len(counted), 4.0, counted, "diplomats")]
        return m

    ours = counting("a", "Norland will expel four Estmark diplomats", "four Estmark diplomats")
    theirs = counting("b", "Estmark ordered four Norland diplomats to leave", "four Norland diplomats")
    unsaid = counting("c", "Four diplomats were told to leave", "Four diplomats")
    assert others_counted([ours, theirs, unsaid]).tolist() == [[False, True, False], [True, False, False],
                                                               [False, False, False]]
    assert probability([ours, theirs], np.ones((2, 4), dtype=np.float32) / 2.0)[0, 1] == 0.0



def test_two_acts_on_two_days_are_never_one_claim():
    # "Two men were arrested in Hald on Monday in connection with the attack" (police) and "Two men were charged on
    # Tuesday with helping to plan the attack" (prosecutors) were one claim, "4: the reports disagree on its dates"
    from newstrace.claims.match import other_happenings

    def told(article: str, text: str, day: str, *keys: str) -> Mention:
        m = Mention(article, "Gazette", 0, len(text), text, (0, len(text)), None, "asserted", False)
        m.events = [EventMention(0, len(text), (0, 1), key) for key in keys] + [
            EventMention(0, len(text), (2, 3), "attack", verb=False)]
        m.times = [Timex(0, 1, "DATE", day, day)]
        return m

    arrested = told("a", "Two men were arrested on Monday in connection with the attack", "2026-05-11", "arrest")
    charged = told("b", "Two men were charged on Tuesday with helping to plan the attack", "2026-05-12", "charge")
    held = told("c", "Two men were detained on Monday", "2026-05-11", "detain")
    again = told("d", "Two men were arrested on Tuesday", "2026-05-12", "arrest")
    apart = other_happenings([arrested, charged, held, again])
    assert apart[0, 1] and apart[1, 2]
    assert not apart[0, 2] and not apart[0, 3]  # one day; one act told with two days (a conflict)


def test_the_dead_and_the_injured_of_one_event_are_never_one_claim():
    # "Three people died when a bus overturned near Korsa" (police) and "15 injured when a bus overturned near Korsa"
    # (the health authority) shared all but their first words, and were "1 confirmed" by the two
    from newstrace.claims.match import other_outcomes

    def told(article: str, text: str, *keys: str) -> Mention:
        m = Mention(article, "Gazette", 0, len(text), text, (0, len(text)), None, "asserted", False)
        m.events = [EventMention(0, len(text), (0, 1), key) for key in keys]
        return m

    died = told("a", "Three people died when a bus overturned near Korsa", "die", "overturn")
    hurt = told("b", "15 injured when a bus overturned near Korsa", "injure", "overturn")
    both = told("c", "Four people were killed and 15 injured when a bus overturned", "kill", "injure", "overturn")
    toll = told("d", "The death toll rose to four", "die", "rise")
    bus = told("e", "The bus overturned near Korsa", "overturn")
    apart = other_outcomes([died, hurt, both, toll, bus])
    assert apart[0, 1] and apart[1, 3]
    assert not apart[0, 2] and not apart[1, 2] and not apart[0, 3] and not apart[0, 4] and not apart[1, 4]
    assert probability([died, hurt], np.ones((2, 4), dtype=np.float32) / 2.0)[0, 1] == 0.0
    # ... nor are the missing and the rescued ("One crew member is missing" / "Four crew members were rescued" were
    # one claim in dispute: "One crew member vs Four crew members")
    missing = told("f", "One crew member is missing", "miss")
    missing.events = [EventMention(0, 26, (19, 26), "miss")]
    rescued = told("g", "Four crew members were rescued on Thursday", "rescue")
    assert other_outcomes([missing, rescued])[0, 1]
    # (one who missed something is no one missing: "Lie missed the final" told of the rescue's words is no outcome)
    missed = told("h", "Lie missed the final", "miss")
    missed.events = [EventMention(0, 20, (4, 10), "miss")]
    assert not other_outcomes([missed, rescued])[0, 1]


def test_a_search_and_the_find_that_ends_it_are_two_states_of_one_hunt():
    from newstrace.claims.match import undone

    def told(article: str, text: str, *keys: str) -> Mention:
        m = Mention(article, "Gazette", 0, len(text), text, (0, len(text)), None, "reported", False)
        m.events = [EventMention(0, len(text), (0, 1), key) for key in keys]
        return m

    # "Police are hunting two prisoners who broke out of Holmvik prison" and "The two prisoners ... have been
    # arrested" were one claim
    hunting = told("a", "Police are hunting two prisoners", "hunt")
    arrested = told("b", "The two prisoners have been arrested", "arrest")
    found = told("c", "Rescuers found the two hikers", "find")
    searching = told("d", "Rescuers are searching for two hikers", "search")
    apart = undone([hunting, arrested, found, searching])
    assert apart[0, 1] and apart[2, 3] and not apart[1, 2]


def test_one_act_in_other_words_is_one_action_and_still_undoes_its_opposite():
    from newstrace.claims.match import features, undone

    def told(article: str, text: str, key: str) -> Mention:
        m = Mention(article, "Gazette", 0, len(text), text, (0, len(text)), None, "asserted", False)
        m.events = [EventMention(0, len(text), (0, 1), key)]
        return m

    freed = told("a", "A kidnapped engineer was freed in Varnia on Sunday", "free")
    released = told("b", "Tomas Berg was released on Sunday", "release")
    quashed = told("c", "The court quashed Lund's conviction", "quash")
    overturned = told("d", "Lund's conviction was overturned on appeal", "overturn")
    found = features([freed, released, quashed, overturned], np.eye(4, 4, dtype=np.float32))
    assert found["event"][0, 1] and found["event"][2, 3]  # were "other actions": another proposition
    assert not found["other_event"][0, 1] and not found["other_event"][2, 3] and found["other_event"][0, 2]
    arrested = told("e", "Two suspects were arrested", "arrest")
    assert undone([arrested, freed])[0, 1]  # freed is released: what undoes an arrest


def test_a_count_of_what_is_left_is_another_count_than_the_whole():
    from newstrace.claims.match import counted_left

    def counting(article: str, text: str, value: float) -> Mention:
        m = Mention(article, "Gazette", 0, len(text), text, (0, len(text)), None, "asserted", False)
        m.quantities = [Quantity(0, 2, value, str(value), "homes", None)]
        return m

    lost = counting("a", "About 120,000 homes lost power", 120000)
    left = counting("b", "Around 20,000 homes remain without power", 20000)
    still = counting("c", "About 20,000 homes were still without power", 20000)
    other = counting("d", "About 150,000 homes lost power", 150000)
    apart = counted_left([lost, left, still, other])
    assert apart[0, 1] and apart[1, 0] and apart[0, 2] and apart[1, 3]
    assert not apart[1, 2] and not apart[0, 3]  # both of what is left, or both of the whole: one count, or a dispute


def test_a_count_joins_the_part_of_a_sentence_that_gives_it_not_the_part_beside_it():
    # "The toll has risen to 15" shared the ferry and the day with "a ferry capsized off Lysvik on Monday", the
    # other claim of "Fifteen people died when a ferry capsized off Lysvik on Monday", and was joined with it
    from newstrace.claims.match import counted_beside

    def said(article: str, sentence: tuple[int, int], text: str, *counts: tuple[float, str | None]) -> Mention:
        m = Mention(article, "Gazette", 0, len(text), text, sentence, None, "asserted", False)
        m.quantities = [Quantity(0, 2, value, str(value), unit, None) for value, unit in counts]
        return m

    toll = said("a", (0, 60), "The death toll from the ferry disaster off Lysvik has risen to 15", (15, "people"))
    died = said("b", (0, 70), "Fifteen people died", (15, "people"))
    capsized = said("b", (0, 70), "a ferry capsized off Lysvik on Monday")
    alone = said("c", (0, 40), "A ferry capsized off Lysvik on Monday")  # a sentence with no count in it
    seats = said("d", (0, 50), "The Greens took 14 seats", (14, "seats"))
    labour = said("e", (0, 50), "Labour won 16 seats", (16, "seats"))
    greens = said("e", (0, 50), "the Greens 14", (14, None))  # a bare number may count the seats left unsaid
    # ... also where the part beside it counts something else ("A magnitude 6.2 quake struck", beside "killing 12")
    struck = said("f", (0, 80), "A magnitude 6.2 earthquake struck Varos", (6.2, "magnitude"))
    killing = said("f", (0, 80), "killing 12 people", (12, "people"))
    apart = counted_beside([toll, died, capsized, alone, seats, labour, greens, struck, killing])
    assert apart[0, 2] and apart[2, 0] and apart[0, 7]
    assert not apart[0, 1] and not apart[0, 3] and not apart[1, 2] and not apart[4, 6] and not apart[0, 8]
    assert probability([toll, died, capsized], np.ones((3, 4), dtype=np.float32) / 2.0)[0, 2] == 0.0


def test_the_words_telling_what_befell_people_are_one_word_when_compared():
    # "At least 12 people were killed" and "At least 17 people died" shared no word but "people" and "least"
    from newstrace.claims.match import terms

    assert "dead" in terms("At least 12 people were killed") & terms("At least 17 people died") & terms(
        "The death toll has risen to 17")
    assert "injured" in terms("Forty were hurt") & terms("40 people suffered injuries")
    assert not terms("12 people were killed") & terms("Forty were hurt")


def test_what_a_noun_is_known_for_is_no_part_of_what_is_stated_about_it():
    from newstrace.claims.match import features

    # "Convicted fraudster Tor Aas will appeal" states the appeal; another outlet's "Tor Aas was convicted of
    # fraud" shares the conviction only with the words that describe him (it made the appeal "1 confirmed" by
    # the two outlets reporting the verdict)
    appeal_text = "Convicted fraudster Tor Aas will appeal"
    appeal = Mention("a", "Harbour Gazette", 0, len(appeal_text), appeal_text, (0, 40), None, "reported", False)
    appeal.events = [EventMention(0, 39, (0, 9), "convict", describes=True), EventMention(0, 39, (32, 39), "appeal")]
    verdict_text = "Tor Aas was convicted of fraud"
    verdict = Mention("b", "Coast Daily", 0, len(verdict_text), verdict_text, (0, 30), None, "asserted", False)
    verdict.events = [EventMention(0, 29, (12, 21), "convict")]
    f = features([appeal, verdict], np.eye(2, 4, dtype=np.float32))
    assert f["event"][0, 1] == 0.0 and f["other_event"][0, 1] == 1.0
    appeal.events[0].describes = False  # read as stated, "convicted" is a word the two share
    assert f["lexical"][0, 1] < features([appeal, verdict], np.eye(2, 4, dtype=np.float32))["lexical"][0, 1] - 0.1


def test_two_figures_of_one_thing_in_one_article_are_two_things():
    from newstrace.claims.match import two_figures
    from newstrace.model import Quantity

    def counting(start: int, text: str, value: float, unit: str = "jobs") -> Mention:
        m = Mention("a", "Coast Daily", start, start + len(text), text, (start, start + len(text)), None,
                    "reported", False)
        at = start + next(i for i, ch in enumerate(text) if ch.isdigit())  # the figure's place in the text
        m.quantities = [Quantity(at, at + len(str(int(value))), value, str(int(value)), unit)]
        return m

    # "The closure will cost the town 300 jobs, the mayor said. Fjord Foods announced it would cut 800 jobs
    # nationwide": joined, the claim was "doubtful: the reports disagree on its numbers"
    town, nation = counting(0, "will cost the town 300 jobs", 300), counting(40, "would cut 800 jobs nationwide", 800)
    assert two_figures([town, nation]).tolist() == [[False, True], [True, False]]
    vectors = np.ones((2, 4), dtype=np.float32) / 2.0
    assert probability([town, nation], vectors)[0, 1] == 0.0
    # one figure told again, or told as changed, is no second thing
    again = counting(80, "cut 800 jobs", 800)
    risen = counting(80, "the toll has risen to 15", 15, "people")
    assert not two_figures([nation, again]).any()
    assert not two_figures([counting(0, "killed 12 people", 12, "people"), risen]).any()


def test_counts_one_report_tells_apart_are_no_count_in_dispute_across_reports():
    from newstrace.claims.match import counted_apart, two_figures
    from newstrace.model import Quantity

    def counting(article: str, start: int, text: str, value: float, unit: str | None) -> Mention:
        m = Mention(article, "Coast Daily", start, start + len(text), text, (start, start + len(text)), None,
                    "reported", False)
        m.quantities = [Quantity(start, start + 2, value, text, unit)]
        return m

    # "injuring 12" and "Three children were in a serious condition" in one report, "Twelve children were hurt" in
    # another: the three joined the twelve, "4: different numbers", though the first report told them apart
    injured = counting("a", 0, "injuring 12", 12, "people")
    injured.events = [EventMention(0, 11, (0, 8), "injure")]
    serious = counting("a", 40, "Three children were in a serious condition", 3, "children")
    hurt = counting("b", 0, "Twelve children were hurt", 12, "children")
    hurt.events = [EventMention(0, 25, (19, 25), "injure")]
    assert two_figures([injured, serious]).tolist() == [[False, True], [True, False]]  # people, by any word
    apart = counted_apart([injured, serious, hurt])
    assert apart[1, 2] and apart[2, 1] and not apart[0, 2]
    # two reports alone giving two figures for one count stay one claim in dispute
    assert not counted_apart([serious, hurt]).any()
    # ... as does a third report's figure of the first's happening ("12 were killed" beside "killed 3" and "injured
    # 12"): another figure for it, in dispute
    killed = counting("a", 80, "killed 3", 3, "people")
    killed.events = [EventMention(80, 88, (80, 86), "kill")]
    twelve_killed = counting("c", 0, "12 people were killed", 12, "people")
    twelve_killed.events = [EventMention(0, 21, (15, 21), "kill")]
    assert not counted_apart([killed, injured, twelve_killed])[0, 2]
    assert counted_apart([killed, injured, hurt])[0, 2]
    # ... as do two figures one report gives for one happening, two sources' ("38 containers were lost" / "more
    # than 40 were lost"): a dispute it reports, which another report's figure joins
    lost = [counting(article, start, text, value, "containers") for article, start, text, value in (
        ("a", 0, "38 containers were lost", 38), ("a", 40, "more than 40 containers were lost", 40),
        ("b", 0, "38 containers were lost", 38))]
    for m in lost:
        m.events = [EventMention(m.start, m.end, (m.end - 4, m.end), "lose")]
    assert not counted_apart(lost).any()


def test_a_claim_is_worded_by_a_mention_naming_its_subject_after_words_saying_who_it_is():
    # "He had tested positive ..." was the text beside "Cross-country skier Lars Moe failed a doping test"
    texts = ["he had tested positive for a banned steroid", "Cross-country skier Lars Moe failed a doping test",
             "Norwegian skier Lars Moe has tested positive for a banned substance"]
    ms = [Mention(k, "Harbour Gazette", 0, len(t), t, (0, len(t)), None, "asserted", False)
          for k, t in zip("abc", texts, strict=True)]
    assert new_claim("s", ms).text == "Cross-country skier Lars Moe failed a doping test."
    # a gerund opening a fragment names no one ("Saying President Obama was ...")
    saying = "Saying President Obama was too simple an answer"
    ms = [ms[0], Mention("d", "Coast Daily", 0, len(saying), saying, (0, len(saying)), None, "asserted", False)]
    assert new_claim("s", ms).text == "He had tested positive for a banned steroid."


def test_an_aside_and_a_statement_sharing_only_a_name_are_never_one_claim():
    from newstrace.claims.match import described_apart

    def said(article: str, text: str, aside: bool = False) -> Mention:
        return Mention(article, "Gazette", 0, len(text), text, (0, len(text)), None, "asserted", False, aside=aside)

    named = said("a", "The engineer is Tomas Berg", aside=True)  # "the engineer, Tomas Berg, was in good health"
    released = said("b", "Tomas Berg was released on Sunday")
    described = said("c", "Tomas Berg is an engineer from Varnia")
    again = said("d", "Tomas Berg is an engineer", aside=True)
    apart = described_apart([named, released, described, again])
    assert apart[0, 1] and apart[1, 0]  # the name alone: the aside says what he is, the other what befell him
    assert not apart[0, 2]  # the statement says what the aside says of him
    assert not apart[0, 3] and not apart[1, 2]  # two asides, or two statements: the model decides
