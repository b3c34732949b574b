"""The claim graph's rules (#13), each on sentences written for the test: what is a claim, which mentions are
one claim, who the source is, how firmly it is put, what counts as independent, what conflicts, and that every
grade says why. The annotation runs the real parser; claims and provenance run as `analyze` runs them."""

from __future__ import annotations

import pytest

from newstrace import claims, provenance
from newstrace.config import Config
from newstrace.embeddings import EmbeddingCache, word_model
from newstrace.model import Article, Story
from newstrace.pipeline import borrow_dates

pytestmark = pytest.mark.slow
CONFIG = Config(file=None)


def run(annotator, *articles: Article):
    """The story of these articles, analysed: (analysis, mentions by article)."""
    anns = {a.id: ann for a, ann in zip(articles, annotator.annotate(articles), strict=True)}
    by_id = {a.id: a for a in articles}
    story = Story("s1", "test", [a.id for a in articles], [a.outlet for a in articles if a.outlet])
    borrowed, reread = borrow_dates(story, by_id, anns)
    anns.update(reread)
    mentions = claims.story_mentions(story, by_id, anns)
    found, events = claims.build_claims(story, mentions, by_id, EmbeddingCache(CONFIG.claim_embedding_model),
                                        CONFIG.claim_threshold, EmbeddingCache(word_model(CONFIG.embedding_model)),
                                        CONFIG.event_threshold)
    entities = provenance.story_entities(story, anns, {})
    analysis = provenance.analyze(story, found, events, entities, by_id, borrowed, CONFIG.confirm_threshold)
    return analysis, mentions


def article(aid: str, outlet: str, text: str, published: str | None = "2026-03-12", **kw) -> Article:
    return Article(id=aid, text=text, outlet=outlet, published=published, **kw)


def said_by(mentions) -> dict[str, str | None]:
    """Each mention's words -> who the text says spoke them (None: the outlet's own voice)."""
    return {m.text: m.attribution.source_text if m.attribution else None for m in mentions}


def claim_with(analysis, words: str):
    found = [c for c in analysis.claims if any(words in m.text for m in c.mentions)]
    assert found, f"no claim mentions {words!r}: {[c.text for c in analysis.claims]}"
    return found[0]


# ---- what is a claim -----------------------------------------------------------------------------------------

def test_headlines_datelines_bylines_questions_and_non_statements_give_no_claim(annotator):
    text = ("Ferry Operator Halts Northern Routes\n"
            "By Kari Holm\n"
            "BERGEN — The operator halted its northern ferry routes on Monday after a hull inspection failed.\n"
            "Will the routes reopen before the summer season?\n"
            "A spokesperson for the operator declined to comment on the inspection.\n"
            "The harbour office could neither confirm nor deny that the hull was cracked.\n"
            "The shipyard did not respond to a request for comment.\n"
            "A coastguard spokesman said he could not confirm, deny or comment on the inspection.\n"
            "The port authority would not comment on the report.\n"
            "The harbour master refused to say whether the routes would reopen.\n"
            "The captain would not specify how many passengers were on board.\n"
            "It was not specified how many cars were on the deck.\n"
            "A harbour spokesman said it was too early to say what caused the crack.\n"
            "“Let’s keep the northern routes open,” the mayor said.\n"
            "“Thank you all for coming,” she said.\n"
            "A ferry terminal. A fish market.\n"  # verbless lines: a list, a caption
            "Olaf Berg, a county sheriff's deputy.\n"
            "The operator didn't return calls seeking comment.\n"
            "The yard did not respond on Friday to requests for comment.\n"
            "Anyone with information about the inspection is asked to call the harbour office.\n"
            "''Would we sail without him?'' harbour master Lena Voss asked.\n"  # the cue left by a quote unread
            "The deputy mayor said on Monday.\n"
            "The deputy mayor said on NRK’s “Face the Harbour.”\n"  # the programme's title is no statement
            "Officials would not confirm the number of passengers on board.\n"
            "The Fjord Post could not independently verify the report.\n"
            "(Reporting by Kari Holm; Editing by Olaf Berg)\n"
            "Follow the Fjord Post on Twitter for updates.\n"
            "Copyright 2026 Fjord Post. All rights reserved.\n"
            "This story has been updated to include comment from the operator.\n"
            "The Nordic Wire contributed to this report.\n"
            "The Fjord Post could not immediately reach the operator for comment.\n"
            "Messages left with the shipyard were not returned. Calls to the harbour office went unanswered.\n"
            "The yard has not yet responded to questions from the Fjord Post.\n"
            "Neither company commented on reports of a merger. No official has commented on the inspection.\n"
            # the terms of the reporting
            "The two inspectors spoke on condition of anonymity because they were not authorised to speak publicly.\n"
            "The officials were not authorized to discuss the inspection.\n"
            "The cost of the repairs was not disclosed. Terms of the sale have not been made public.\n"
            "Asked whether he would resign, the harbour master said: \"No.\"\n"  # a bare answer: no statement
            "\"Absolutely not,\" the mayor said when asked if the routes would close.\n"
            # an answer that is none
            "Asked whether the routes would reopen this week, she said she did not know.\n"
            "The harbour master said he does not know when the inspection will end.\n"
            "The ferry did not return to port until Friday.")
    a = article("a", "Fjord Post", text, title="Ferry Operator Halts Northern Routes")
    _analysis, mentions = run(annotator, a)
    stated = [m for m in mentions if not m.headline]
    assert [m.text for m in stated] == [
        "The operator halted its northern ferry routes on Monday", "a hull inspection failed",  # (two claims)
        "The ferry did not return to port until Friday."]  # returning is no answer to a reporter here
    # reaching a place or a deal is no reporter's try
    _analysis, reached = run(annotator, article("r", "Fjord Post", "Rescuers could not reach the village. The two "
                                                "sides could not reach a deal on Monday."))
    assert len(reached) == 2
    # what someone knew is a claim about them
    _analysis, knew = run(annotator, article("n", "Fjord Post", "The captain did not know the hull was cracked, "
                                             "the inquiry said."))
    assert [m.text for m in knew] == ["The captain did not know the hull was cracked"]
    # ... nor something kept from someone, with more said ("was not disclosed to the board until March"), nor a
    # sentence that goes on past an aside saying so (the aside alone states nothing)
    _analysis, kept = run(annotator, article("k", "Fjord Post", "The report was not disclosed to the board until "
                                             "March. The warning came in a memo, which has not been made public, "
                                             "that described cracks in the pier."))
    assert [m.text for m in kept] == ["The report was not disclosed to the board until March.",
                                      "The warning came in a memo, which has not been made public, that described "
                                      "cracks in the pier."]
    # an answer beside words that say something: those words only
    _analysis, answered = run(annotator, article("y", "Fjord Post", '"Yes," she said. "The routes will close."'))
    assert [m.text for m in answered] == ['"The routes will close."']
    assert all(m.headline for m in mentions if "Halts" in m.text)  # the headline reports an event, no claim
    _analysis, barred = run(annotator, article("b", "Fjord Post", "BERGEN ― The operator halted its routes on Monday."))
    assert [m.text for m in barred] == ["The operator halted its routes on Monday."]  # a dateline set off by a bar
    _analysis, wired = run(annotator, article("w", "Nordic Wire", "BERGEN, Sept 1 (Nordic Wire) - The operator halted "
                                                                  "its routes on Monday."))
    assert [m.text for m in wired] == ["The operator halted its routes on Monday."]  # a wire's, with its date
    assert [m.certainty for m in stated[:2]] == ["asserted", "asserted"]  # "failed" is no hedge
    # a long first line without a full stop is the headline, with no title given to say so
    long = article("c", "Fjord Post", "Ferry operator halts its northern routes after inspection, hires former "
                   "harbour master Lena Voss\nThe operator halted its northern ferry routes on Monday after a hull "
                   "inspection failed.")
    _analysis, mentions = run(annotator, long)
    assert [m.headline for m in mentions] == [True, False, False]


def test_a_short_sentence_with_its_full_stop_states_and_a_call_to_act_opens_its_line(annotator):
    # a line of few words without a stop is a heading; with one it is a sentence ("Nobody was hurt.")
    text = ("Ferry Aground\nThe ferry Kestrel ran aground off Brenmouth on Sunday.\nNobody was hurt.\n"
            "Nearly 2,000 commuters subscribe to the ferry pass, the operator said.\nTo subscribe, click here.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    assert [m.text for m in mentions if not m.headline] == [
        "The ferry Kestrel ran aground off Brenmouth on Sunday.", "Nobody was hurt.",
        "Nearly 2,000 commuters subscribe to the ferry pass"]


def test_words_a_cue_interrupts_are_one_claim_read_without_the_cue(annotator):
    text = ("“The pier is unsafe,” harbour master Ina Moss said, “and we warned the council in March.”\n"
            "The council, Moss said, had known about the cracks since March.")
    analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    assert {c.text for c in analysis.claims} >= {"The pier is unsafe and we warned the council in March.",
                                                 "The council had known about the cracks since March."}
    # a verb inside the quoted words ("we warned") is the speaker's words, not a cue of its own
    assert {m.source for m in mentions} == {"person:inamoss"}


def test_the_day_words_were_said_is_not_part_of_them(annotator):
    text = ("The mayor said Tuesday the bridge would reopen in May. Tuesday was the wettest day of the year, she said.\n"
            "The ferry operator said on Monday it had hired 20 new crew members.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    assert [m.text for m in mentions] == ["the bridge would reopen in May", "Tuesday was the wettest day of the year",
                                          "it had hired 20 new crew members"]


def test_a_clause_after_the_day_words_were_said_is_the_outlet_s_without_the_day_and_conjunction(annotator):
    # it was the claim "On Saturday, after a passenger died in hospital."
    text = "Three people were killed in the crash, police said on Saturday, after a passenger died in hospital."
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    assert [(m.text, m.attribution is None) for m in mentions] == [("Three people were killed in the crash", False),
                                                                   ("a passenger died in hospital.", True)]


def test_a_denial_a_speaker_goes_on_to_is_theirs_and_leaves_their_words_as_they_are(annotator):
    # the sentence was one denial, "negated" by the words before it, so it read as saying so beside the claim
    text = "The ministry said the budget showed no deficit, dismissing opposition claims of a hidden hole."
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    got = {m.text: (m.certainty, m.negated, m.statement) for m in mentions}
    assert got["the budget showed no deficit"][:2] == ("reported", True)
    assert got["dismissing opposition claims of a hidden hole"] == (
        "denied", False, "The ministry dismissed opposition claims of a hidden hole")


def test_why_a_source_is_not_named_is_no_claim(annotator):
    text = ("“It's a disgrace,” said one fisherman, who asked not to be named.\n"
            "An official, speaking on condition of anonymity, said the council had known about the cracks.\n"
            "The pier was unsafe, the person said, speaking on condition of anonymity because they were not "
            "authorised to discuss it.\n"
            # ... nor how they spoke, in a clause or a sentence of its own ("A senior engineer spoke on condition of
            # anonymity" was a claim)
            "A senior engineer, who spoke on condition of anonymity, said the repairs would cost 40 million crowns.\n"
            "The engineer spoke on condition of anonymity because she was not authorised to speak publicly.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    # "the person" is the unnamed insider, counted as "sources" are
    assert [(m.text, m.source) for m in mentions] == [("It's a disgrace", "group:fisherman"),
                                                      ("the council had known about the cracks", "group:officials"),
                                                      ("The pier was unsafe", "group:sources"),
                                                      ("the repairs would cost 40 million crowns", "group:senior engineer")]


def test_a_refusal_beside_a_statement_leaves_the_statement(annotator):
    text = ("The mayor said the bridge would reopen in May, though she did not say whether tolls would rise.\n"
            "The minister declined to comment but said last week that the port was safe.\n"
            "The council has not disclosed how many permits it issued.\n"
            "Though they would not say what his job was, “the fire was no accident,” the harbour chief, "
            "Ola Berg, said.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    said = {k: v for k, v in said_by(mentions).items() if "Ola Berg" not in k}  # (the aside naming the chief)
    assert said == {"the bridge would reopen in May": "The mayor", "the port was safe": "The minister",
                    "“the fire was no accident,”": "the harbour chief, Ola Berg"}


def test_a_speaker_who_did_not_say_something_is_not_its_source(annotator):
    text = ("Police haven't accused the captain of any wrongdoing.\n"
            "The port authority has not yet publicly confirmed that the ferry will resume.\n"
            "The union not only threatened a strike but said it would last a week.\n"
            "“I’m not saying the ferry will sail,” the mayor said.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    said = said_by(mentions)
    # what no one said is the outlet's own statement, not the words of the ones who did not say it
    assert said["Police haven't accused the captain of any wrongdoing."] is None
    assert said["The port authority has not yet publicly confirmed that the ferry will resume."] is None
    assert said["it would last a week"] == "The union"  # "not only" adds
    assert [v for k, v in said.items() if "not saying" in k] == ["the mayor"], said  # their own way of putting it


def test_two_claimants_in_one_sentence_and_the_outlets_own_clause_are_three_claims(annotator):
    text = ("The port claimed it had dredged the channel in May, but pilots questioned whether the channel was "
            "deep enough.\n"
            "The key vote on the new terminal could belong to councillor Ada Lund, who said she was troubled by "
            "its cost.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    texts = {m.text: m for m in mentions}
    assert any("dredged the channel" in t and texts[t].attribution is not None for t in texts)
    assert any("deep enough" in t for t in texts)
    vote = next(m for m in mentions if m.text.startswith("The key vote"))
    assert vote.attribution is None  # the outlet's own clause beside Lund's words
    lund = next(m for m in mentions if "troubled" in m.text)
    assert "Lund" in (lund.attribution.source_text or "") or lund.attribution.source_entity == "person:adalund"


def test_an_absolute_clause_is_a_claim_of_its_own(annotator):
    text = ("Officials said the divers had already reached the wreck, with some assigned to the engine room.\n"
            "The ferry sank off the cape, with 14 people killed.\n"
            "The council met on Monday, with members talking about a strike.\n"
            "The yard was sued in 2011, with one client claiming the clerk punched him.\n"
            "The storm hit the town, with the injured taken to hospital.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    said = {m.text: (m.statement, m.attribution.source_text if m.attribution else None) for m in mentions}
    assert said["the divers had already reached the wreck"] == (None, "Officials")
    assert said["some assigned to the engine room"] == ("Some were assigned to the engine room", "Officials")
    assert said["14 people killed"] == ("14 people were killed", None)
    assert next(m for m in mentions if m.text == "14 people killed").quantities[0].value == 14
    assert "The ferry sank off the cape" in said
    # an -ing form gives no clean statement of its own and stays in the claim; no subject, no split
    assert "The council met on Monday, with members talking about a strike." in said
    assert not any(m.statement and "claiming" in m.statement for m in mentions)
    assert "The storm hit the town, with the injured taken to hospital." in said


def test_a_gapped_conjunct_is_a_claim_of_its_own_about_its_own_actor(annotator):
    # "and the Greens 14" leaves out the verb and the unit: two results, not two values of one
    first = article("a", "Fjord Post", "Labour won 16 seats and the Greens 14, according to the election board.\n"
                    "Police arrested three men and the army two.\n"
                    "The firm cut 300 jobs in Lysvik and 200 in Varby.")
    second = article("b", "Lysvik Radio", "The Greens took 14 seats in Sunday's vote, the election board said.\n"
                     "The Labour Party remains the largest, with 16 seats.")
    analysis, mentions = run(annotator, first, second)
    said = {m.text: m.statement for m in mentions if m.article == "a"}
    assert said["Labour won 16 seats"] is None
    assert said["the Greens 14"] == "The Greens won 14 seats"
    assert said["the army two"] == "The army arrested two men"
    assert "The firm cut 300 jobs in Lysvik and 200 in Varby." in said  # no actor of its own: no split
    greens = claim_with(analysis, "Greens took 14")
    assert {m.text for m in greens.mentions} == {"the Greens 14", "The Greens took 14 seats in Sunday's vote"}
    assert not [c for c in analysis.conflicts if c.kind == "quantity"]  # 14 and 16 seats count two parties'


def test_a_closing_clause_of_when_is_a_claim_of_its_own(annotator):
    # "17 people died when an earthquake hit" states two things: the deaths, and the earthquake, which another
    # outlet reports alone; read as one, the quake would be confirmed by the death toll's sources
    first = article("a", "Fjord Post", "At least 17 people died when a strong earthquake hit Estmark on Wednesday, "
                    "officials said.\n"
                    "The operator denied that the crew had left the bridge when the ferry ran aground.\n"
                    "Mayor Ola Berg won the vote in 2019 when he promised a new harbour.\n"
                    "The council will decide on the quay when the report is published.\n"
                    "The army was called in to clear the roads when the police were not.\n"
                    "Mayor Eva Holm resigned on Monday, two weeks after auditors found gaps in the budget.\n"
                    "The feud goes back to March when the council sold the old pier.\n"
                    "Two men were arrested on Friday after police found guns in their car.\n"
                    "Shares in Nordbank fell 8 percent on Tuesday after the bank posted a loss of 2 billion crowns.\n"
                    "Holmvik School will close for at least six weeks after toxic mould was found in its walls.")
    second = article("b", "Lysvik Radio", "A strong earthquake struck Estmark on Wednesday morning, the seismology "
                     "institute said.")
    analysis, mentions = run(annotator, first, second)
    said = {m.text: (m.statement, m.certainty, m.attribution.source_text if m.attribution else None)
            for m in mentions if m.article == "a"}
    assert said["At least 17 people died"] == (None, "reported", "officials")
    assert said["a strong earthquake hit Estmark on Wednesday"] == (
        "A strong earthquake hit Estmark on Wednesday", "reported", "officials")
    # denied is the crew's leaving, not the grounding the denial takes as fact
    assert said["the crew had left the bridge"][1] == "denied"
    assert said["the ferry ran aground"][:2] == ("The ferry ran aground", "reported")
    # no split: a subject that does not read alone, a plan, a clause whose verb is left out, a clause on a time
    assert not any(t.startswith(("he promised", "the report is", "the police were", "the council sold")) for t in said)
    assert said["auditors found gaps in the budget"][0] == "Auditors found gaps in the budget"
    assert "Mayor Eva Holm resigned on Monday" in said  # (not "..., two weeks")
    # ... but how long something lasts stays ("will close for at least" was the claim)
    assert "Holmvik School will close for at least six weeks" in said
    assert said["police found guns in their car"][0] == "Police found guns in their car"
    # a verb with a tense in "-ed" is a past, also where it reports no event ("post" is a verb of saying to them)
    assert said["the bank posted a loss of 2 billion crowns"][0] == "The bank posted a loss of 2 billion crowns"
    quake = claim_with(analysis, "earthquake struck")
    assert {m.text for m in quake.mentions} == {"a strong earthquake hit Estmark on Wednesday",
                                                "A strong earthquake struck Estmark on Wednesday morning"}


def test_a_closing_participle_of_harm_gives_its_toll_as_a_claim_of_its_own(annotator):
    # "A ferry capsized on Monday, killing 12 people": the capsizing and the toll, which a later report updates
    first = article("a", "Nordic Wire", "A ferry capsized off Lysvik on Monday, killing 12 people, the coast guard "
                    "said.\nA bomb went off in the market, killing at least 17 and injuring 40.\n"
                    "The tanker sank in the storm, killing its captain.", published="2026-08-03")
    second = article("b", "Coast Daily", "The death toll from Monday's ferry disaster off Lysvik has risen to 15, the "
                     "coast guard said on Tuesday.", published="2026-08-04")
    third = article("c", "Harbour Post", "Fifteen people died when a ferry capsized off Lysvik on Monday, officials "
                    "said.", published="2026-08-04")
    analysis, mentions = run(annotator, first, second, third)
    said = {m.text: (m.statement, m.attribution.source_text if m.attribution else None)
            for m in mentions if m.article == "a"}
    assert said["A ferry capsized off Lysvik on Monday"] == (None, "the coast guard")
    assert said["killing 12 people"] == ("12 people were killed", "the coast guard")
    assert said["killing at least 17 and injuring 40"][0] == "At least 17 were killed and 40 injured"
    assert "The tanker sank in the storm, killing its captain." in said  # no count: no toll of its own
    toll = claim_with(analysis, "risen to 15")
    assert {m.text for m in toll.mentions} == {"killing 12 people", "Fifteen people died",
                                               "The death toll from Monday's ferry disaster off Lysvik has risen to 15"}
    assert any(r.startswith("updated: 12 people") for r in toll.reasons), toll.reasons
    capsized = claim_with(analysis, "A ferry capsized")
    assert {m.article for m in capsized.mentions} == {"a", "c"} and capsized.credibility == 1


def test_what_someone_expects_of_another_is_stated_as_a_clause_and_no_one_is_no_source(annotator):
    text = ('Analysts expect the bank to raise rates on Thursday. "We are shocked," mayor Eva Brandt said. '
            '"No one expected the plant to close." The closure will cost 300 jobs, according to the union.')
    analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    assert claim_with(analysis, "the bank to raise rates").text == "The bank is expected to raise rates on Thursday."
    # "no one expected" is the mayor's quoted sentence, not a fragment ("the plant to close") the union said
    said = said_by(mentions)
    assert said['"No one expected the plant to close."'] == "mayor Eva Brandt"
    assert "the plant to close" not in said


def test_what_a_sentence_says_in_passing_is_no_part_of_its_own_claim(annotator):
    # the aside "Ola Dahl is the finance minister" reads the embedding of the sentence it stands in, which matches
    # the other outlet's; it is still no part of the claim of its sentence, that he will step down
    analysis, _ = run(annotator,
                      article("a", "Coast Daily", "Finance Minister Ola Dahl will resign, two senior government "
                                                  "officials said on Tuesday. Dahl has faced criticism over a tax "
                                                  "deal with Balder Energy."),
                      article("b", "Harbour Post", "Ola Dahl, the finance minister, is expected to step down this "
                                                   "week, according to a person familiar with the matter. Balder "
                                                   "Energy said the deal was lawful."))
    resign = claim_with(analysis, "is expected to step down")
    assert not any(m.aside for m in resign.mentions)
    assert any(m.aside and m.article == "b" for c in analysis.claims for m in c.mentions)


def test_the_outlet_s_clause_before_a_semicolon_ends_before_the_conjunction_after_it(annotator):
    text = ("The council delayed its decision on the harbour until May; however, the mayor has said in interviews "
            "that the pier will close.")
    _analysis, mentions = run(annotator, article("a", "Harbour Post", text))
    assert "The council delayed its decision on the harbour until May" in said_by(mentions)  # not "...; however"
    # "yet" ending a clause is an adverb, no conjunction left dangling
    _analysis, mentions = run(annotator, article("a", "Harbour Post", "Brandt said there was no sign of the ferry "
                                                                      "returning yet."))
    assert "there was no sign of the ferry returning yet" in said_by(mentions)


def test_an_attribution_in_a_clause_of_when_or_why_is_its_own_claim_beside_the_outer_words(annotator):
    text = ("Lysvik's mayor Eva Brandt has resigned after an audit found she had used council funds for private "
            "travel, the council said on Monday.")
    _analysis, mentions = run(annotator, article("a", "Harbour Post", text))
    assert said_by(mentions) == {"Lysvik's mayor Eva Brandt has resigned": "the council",
                                 "she had used council funds for private travel": "an audit"}


def test_an_act_told_of_in_a_clause_of_why_in_someone_s_words_is_their_word(annotator):
    # "Ola Berg called him a liar" was Berg's own claim, set apart from Vale's words; the act is Vale's account
    text = ("Ivar Vale said his outburst was justified because Ola Berg called him a liar – something Berg has "
            "denied. The union said the strike would go ahead after the company rejected its demand for a rise.")
    analysis, mentions = run(annotator, article("a", "Harbour Post", text))
    said = {(m.text, m.certainty): m.attribution.source_text if m.attribution else None for m in mentions}
    assert said[("Ola Berg called him a liar", "reported")] == "Ivar Vale"
    assert said[("his outburst was justified", "reported")] == "Ivar Vale"
    assert said[("the company rejected its demand for a rise", "reported")] == "The union"
    # "– something Berg has denied" is Berg's denial of the words right before it, not of Vale's first clause
    assert said[("Ola Berg called him a liar", "denied")] == "Berg"
    assert ("his outburst was justified", "denied") not in said and len(said) == 5, said
    # ... his word on himself: the claim is contested, not improbable
    liar = claim_with(analysis, "called him a liar")
    assert liar.credibility == 3 and any(r.startswith("denied by Ola Berg, the one it is about") for r in liar.reasons)


def test_a_figure_someone_disputes_is_their_denial_beside_the_words(annotator):
    _analysis, mentions = run(annotator, article("a", "Harbour Post", "Nordvind says the farm will bring 200 jobs to "
                                                                      "the region, a figure the protesters dispute."))
    said = {(m.certainty, m.attribution.source_text if m.attribution else None): m for m in mentions}
    assert said[("reported", "Nordvind")].text == "the farm will bring 200 jobs to the region"
    assert said[("denied", "the protesters")].denial_of is not None


def test_a_claim_denied_as_anothers_is_graded_as_stated_and_denied(annotator):
    # it was "5: it is only ever reported as denied", the government's, the lawmakers who make it not named
    analysis, _ = run(annotator, article("a", "Harbour Post", "The government denied claims by opposition lawmakers "
                                                              "that building inspections had been skipped."))
    skipped = claim_with(analysis, "inspections")
    assert [m.certainty for m in skipped.mentions] == ["reported", "denied"] and skipped.credibility == 5
    assert skipped.reasons[0] == "one report states it and another denies or negates it"


def test_a_denial_only_by_the_one_it_is_about_leaves_the_claim_contested_not_improbable(annotator):
    # police state it, Lind denies it of himself: it was "5: one report states it and another denies or negates
    # it", and police "not counted: speaks of Tomas Lind's claim" (the club's accounts read as an account given)
    analysis, _ = run(annotator,
                      article("a", "Harbour Post", "Police said on Monday that Tomas Lind took 40,000 kroner from the "
                                                   "rowing club's accounts."),
                      article("b", "Fjord Times", "Tomas Lind, the rowing club's former treasurer, denied that he took "
                                                  "40,000 kroner from the club's accounts.", published="2026-03-13"))
    took = claim_with(analysis, "took 40,000 kroner")
    assert {m.certainty for m in took.mentions} == {"reported", "denied"} and took.credibility == 3, took.reasons
    assert "denied by Tomas Lind, the one it is about: its word on itself, which weighs neither way" in took.reasons
    assert not any("speaks of" in r for r in took.reasons)
    # the accused's denial of the accusation (an act of denying, joined to it) is its word on itself too; two
    # sources stating it still leave it contested: 2, not 1 (it was 5)
    analysis, _ = run(annotator,
                      article("a", "Harbour Post", "Estmark accused Norland of launching a drone at the Kalvik fuel "
                                                   "depot. Norland denied the accusation."),
                      article("b", "Coast Radio", "Harbour master Ola Dahl said the drone that hit the Kalvik fuel "
                                                  "depot had been launched from Norland.", published="2026-03-13"))
    drone = claim_with(analysis, "accused Norland")
    assert drone.credibility == 2 and "contested by the one it is about (Norland)" in drone.reasons[0], drone.reasons
    # ... where the second is Estmark's own ministry, one source (it was the second of the two)
    analysis, _ = run(annotator,
                      article("a", "Harbour Post", "Estmark accused Norland of launching a drone at the Kalvik fuel "
                                                   "depot. Norland denied the accusation."),
                      article("b", "Coast Radio", "Estmark's defence ministry said the drone that hit the Kalvik fuel "
                                                  "depot had been launched from Norland.", published="2026-03-13"))
    drone = claim_with(analysis, "accused Norland")
    assert drone.reasons[0].startswith("one source (Estmark)"), drone.reasons
    # a denial by anyone else still makes it improbable
    analysis, _ = run(annotator,
                      article("a", "Harbour Post", "Police said on Monday that Tomas Lind took 40,000 kroner from the "
                                                   "rowing club."),
                      article("b", "Fjord Times", "The club's auditor denied that Tomas Lind took 40,000 kroner from "
                                                  "the rowing club.", published="2026-03-13"))
    took = claim_with(analysis, "took 40,000 kroner")
    assert took.credibility == 5 and took.reasons[0] == "one report states it and another denies or negates it"


def test_one_named_as_of_a_body_is_no_second_source_beside_it(annotator):
    # the university and its researcher were "1 confirmed" of who funded her study: one university's word
    analysis, _ = run(annotator,
                      article("a", "Harbour Post", "Ingrid Moe of Lysvik University led the study, which followed "
                                                   "40,000 adults. The coffee industry paid for part of the study, "
                                                   "the university said."),
                      article("b", "Fjord Times", "A coffee trade group paid for part of the study, Moe said on "
                                                  "Monday.", published="2026-03-13"))
    paid = claim_with(analysis, "paid for part")
    assert len({m.article for m in paid.mentions}) == 2 and paid.credibility == 2, paid.reasons
    assert "Ingrid Moe not counted apart: works for Lysvik University" in paid.reasons


def test_a_claim_only_denied_is_worded_as_what_is_denied(annotator):
    # it was "Anyone had fallen ill after eating the yoghurt.", the denial's words without their negation
    analysis, _ = run(annotator, article("a", "Harbour Post", "Holm Dairy recalled 20,000 pots of yoghurt on Tuesday. "
                                                              "The dairy denied that anyone had fallen ill after "
                                                              "eating the yoghurt. The mayor said anyone could apply "
                                                              "for the new grants."))
    assert claim_with(analysis, "fallen ill").text == "Someone had fallen ill after eating the yoghurt."
    assert claim_with(analysis, "could apply").text == "Anyone could apply for the new grants."
    # ... and "any" before a noun ("Any money had changed hands."), or before "of"; not "any longer"
    freed, _ = run(annotator, article("a", "Harbour Post", "The two aid workers were freed on Tuesday. The minister "
                                                           "denied that any money had changed hands. The charity "
                                                           "denied that any of its staff had been armed. Lund "
                                                           "has denied knowledge of any wrongdoing. The mayor "
                                                           "denied that the pier was safe any longer."))
    assert claim_with(freed, "changed hands").text == "Some money had changed hands."
    assert "safe any longer" in claim_with(freed, "the pier").text  # (not "some longer")
    assert claim_with(freed, "had been armed").text == "Some of its staff had been armed."
    # ... not where the words are the act of denying, cue and all
    assert claim_with(freed, "knowledge").text == "Lund has denied knowledge of any wrongdoing."


def test_a_claim_is_worded_by_a_mention_that_states_it_not_by_a_denial_of_the_words_before(annotator):
    # the claim was "The accusations were baseless.", the shortest of a hedged mention and the denial after it
    analysis, _ = run(annotator, article("a", "Harbour Post", "Intelligence officials suspect the attack was carried "
                                                              "out by a group linked to Estmark's military. The "
                                                              "Estmark embassy said the accusations were baseless."))
    attack = claim_with(analysis, "carried out by a group")
    assert attack.text.startswith("The attack was carried out by a group") and len(attack.mentions) == 2


def test_a_head_the_text_names_by_the_office_of_a_body_speaks_as_it(annotator):
    # "Telenord chief executive Sigrid Holm ..., which she said affected 1.7 million customers" beside "Telenord
    # said" were "2 independent sources: Telenord, Sigrid Holm", a false "1 confirmed"
    analysis, _ = run(annotator,
                      article("a", "Harbour Post", "Some 1.7 million customers were affected by Tuesday's outage, "
                                                   "Telenord said."),
                      article("b", "Coast Daily", "Telenord chief executive Sigrid Holm apologised on Wednesday for "
                                                  "Tuesday's outage, which she said affected 1.7 million customers."))
    hit = claim_with(analysis, "1.7 million customers")
    assert {m.article for m in hit.mentions} == {"a", "b"}, [c.text for c in analysis.claims]
    assert hit.independent_sources == 1 and hit.credibility == 2, hit.reasons
    assert "Sigrid Holm counted as Telenord: named by an office of it" in hit.reasons


def test_a_judgement_of_a_thing_the_words_name_as_known_is_no_source_of_it(annotator):
    # the mayor's "The 450 job cuts at Fjordverft are a blow to Ulsteinvik" was a second source of the cuts: a false
    # "1 confirmed"
    analysis, _ = run(annotator,
                      article("a", "Harbour Post", "Fjordverft will cut 450 jobs at its yard, the shipbuilder said."),
                      article("b", "Coast Daily", "The 450 job cuts at Fjordverft are a blow to the town, Mayor Kari "
                                                  "Ness said."))
    cuts = claim_with(analysis, "450 job")
    assert {m.article for m in cuts.mentions} == {"a", "b"}, [c.text for c in analysis.claims]
    assert cuts.credibility != 1 and any(r.startswith("Kari Ness not counted: speaks of") for r in cuts.reasons)


def test_a_denial_of_that_figure_joins_the_clause_before_it_in_its_sentence(annotator):
    # not a claim "That figure." of its own
    analysis, _ = run(annotator, article("a", "Harbour Post", "The fishing industry says up to 400 jobs are at risk; "
                                                              "the government disputes that figure."))
    jobs = claim_with(analysis, "400 jobs")
    assert [m.certainty for m in jobs.mentions] == ["reported", "denied"] and jobs.credibility == 5
    assert not any(c.text == "That figure." for c in analysis.claims)


def test_a_denial_of_that_joins_what_the_sentence_before_said(annotator):
    # "disputes that, saying C": the agency denies the association's claim, and says C plainly (not denied)
    analysis, mentions = run(annotator,
                             article("a", "Coast Daily", "Cod catches around Lysvik have halved since 2024, "
                                                         "according to the local fishermen's association. The "
                                                         "fisheries agency disputes that, saying its surveys show "
                                                         "stable stocks."))
    halved = claim_with(analysis, "have halved")
    assert any(m.certainty == "denied" and "disputes" in m.text for m in halved.mentions)
    stocks = next(m for m in mentions if m.text == "its surveys show stable stocks")
    assert stocks.certainty == "reported" and stocks.denial_of is None


def test_a_clause_whose_verb_the_sentence_before_gives_is_no_claim(annotator):
    # "Her supporters say she would not" gave the claim "She would not."
    _analysis, mentions = run(annotator, article("a", "Coast Daily", "Critics say the mayor would sell the pier. Her "
                                                                     "supporters say she would not."))
    assert [m.text for m in mentions] == ["the mayor would sell the pier"]


def test_a_denial_of_that_alone_joins_what_the_sentence_before_said(annotator):
    # "A harbour spokesman denied that." was the outlet's own claim, graded on the outlet's word
    analysis, _ = run(annotator, article("a", "Coast Daily", "Opposition leader Tove Lind said the harbour board had "
                                                             "known about the cracks for months. A harbour spokesman "
                                                             "denied that."))
    known = claim_with(analysis, "known about the cracks")
    assert [m.certainty for m in known.mentions] == ["reported", "denied"]
    assert not any(c.text.startswith("A harbour spokesman") for c in analysis.claims)


def test_a_denial_of_someone_s_account_joins_it_and_a_firm_denying_what_its_managers_were_told_is_its_own_word(
        annotator):
    # "The company rejected the union's account" was a claim of its own; joined, the company's denial of what its
    # managers were told is its word on itself, not a second report that makes the union's claim improbable
    analysis, _ = run(annotator, article("a", "Coast Daily", "Union leader Tor Vik said workers had warned managers "
                                                             "about the valve in 2025. The company rejected the "
                                                             "union's account."))
    warned = claim_with(analysis, "warned managers")
    assert [m.certainty for m in warned.mentions] == ["reported", "denied"]
    assert warned.credibility == 3 and any("the one it is about" in r for r in warned.reasons), warned.reasons


def test_an_act_someone_confirms_is_on_their_word_and_worded_as_the_act(annotator):
    # "Estmark's ministry confirmed the expulsions" was the outlet's own claim that the ministry confirmed them:
    # the expulsion, on the word of both governments, was "2, one source"
    analysis, _ = run(annotator,
                      article("a", "Osland Post", "Estmark expelled two Norland diplomats on Monday, accusing them "
                                                  "of spying, the foreign ministry in Estmark said."),
                      article("b", "Nordic Herald", "The Norland foreign ministry confirmed the expulsions of two of "
                                                    "its diplomats from Estmark on Monday."))
    claim = claim_with(analysis, "Estmark expelled")
    assert claim.text == "Estmark expelled two Norland diplomats on Monday."
    assert any("confirmed the expulsions" in m.text for m in claim.mentions)
    assert claim.independent_sources == 2 and claim.credibility == 1, claim.reasons


@pytest.mark.parametrize("text, denial, answered", [
    # the sentence right before accuses no one: "the accusations" are the spying the article told of before it
    # (the 72 hours had been "5: stated and denied")
    ("Norland will expel four Estmark diplomats accused of spying, a senior official said. The diplomats have 72 "
     "hours to leave the country, the official said. Estmark's embassy said the accusations were groundless.",
     "groundless", "accused of spying"),
    # "She has always denied the charges" joined "An appeals court quashed the fraud conviction of Kari Moe" (a
    # polarity conflict on the ruling): her denial agrees with it, and answers the fraud the article told of
    ("An appeals court on Tuesday quashed the fraud conviction of former shipping executive Kari Moe. Moe, 61, was "
     "sentenced to four years in prison in 2024 for defrauding investors. She has always denied the charges.",
     "denied the charges", "defrauding investors"),
    # "the claims were without merit" denied the sentence right before it, the damages the lawsuit seeks (graded
    # "5: stated and denied"), not what the workers alleged
    ("Three former employees have sued Fjell Motors, alleging the carmaker ignored their complaints about faulty "
     "brakes. The lawsuit seeks 40 million crowns in damages. Fjell Motors said in a statement that the claims were "
     "without merit.", "without merit", "ignored their complaints"),
], ids=["accusations told before", "charges not the ruling that undid them", "claims alleged before"])
def test_a_denial_of_what_was_said_joins_the_words_it_answers(annotator, text, denial, answered):
    _, mentions = run(annotator, article("a", "Coast Daily", text))
    denying = next(m for m in mentions if denial in m.text)
    joined = next(m for m in mentions if m.ref == denying.denial_of)
    assert answered in joined.text


def test_a_case_against_a_company_is_not_its_word_nor_are_its_workers(annotator):
    # "A lawsuit filed against Fjell Motors claims the company knew ..." was Fjell Motors' word, and "The carmaker
    # denied the allegations" a second source in conflict with it; "former workers at Fjell Motors" were the
    # company too, and with "employees" and "court papers" of the same allegation made "1 confirmed"
    analysis, mentions = run(annotator, article("a", "Fjord Post", "A lawsuit filed against Fjell Motors claims the "
                                                                   "company knew about brake defects in 2023."))
    assert next(m for m in mentions if "brake defects" in m.text).source == "doc:lawsuit"
    analysis, mentions = run(
        annotator,
        article("a", "Harbour Post", "Three former employees have sued Fjell Motors, alleging that managers ignored "
                                     "their warnings about faulty brakes."),
        article("b", "Coast Radio", "Managers ignored warnings about faulty brakes, according to court papers."),
        article("c", "Fjord Times", "Three former workers at Fjell Motors say that managers ignored their warnings "
                                    "about faulty brakes."))
    assert next(m for m in mentions if m.article == "c").source == "group:workers"
    ignored = claim_with(analysis, "ignored")
    assert {m.article for m in ignored.mentions} == {"a", "b", "c"}
    assert ignored.independent_sources == 1 and ignored.credibility != 1, ignored.reasons


def test_a_claim_in_conflict_is_worded_by_the_side_that_says_it(annotator):
    # "Health Minister Per Aas has not resigned." was the claim of two outlets' "has resigned" and one "has not"
    analysis, _ = run(annotator,
                      article("a", "Harbour Post", "Health Minister Per Aas has resigned over the waiting-list "
                                                   "scandal, two government sources said on Monday."),
                      article("b", "Coast Radio", "Health Minister Per Aas has not resigned, his office said on "
                                                  "Monday."))
    claim = claim_with(analysis, "has not resigned")
    assert {m.article for m in claim.mentions} == {"a", "b"}
    assert "not" not in claim.text and "resigned" in claim.text, claim.text


# ---- matching ------------------------------------------------------------------------------------------------

def test_one_proposition_in_two_outlets_is_one_claim_and_a_topic_alone_is_not(annotator):
    a = article("a", "Fjord Post", "The freighter Kestrel lost 38 containers off Cape Wrath on Monday, the "
                                    "coastguard said. The harbour will stay closed to tankers until Friday.")
    b = article("b", "Coast Daily", "More than 40 containers fell from the freighter Kestrel off Cape Wrath on "
                                    "Monday, its owner said. Fishing boats were told to avoid the bay.")
    analysis, _ = run(annotator, a, b)
    lost = claim_with(analysis, "38 containers")
    assert {m.article for m in lost.mentions} == {"a", "b"}  # different numbers for one quantity: one claim
    assert any(k.kind == "quantity" for k in analysis.conflicts if lost.id in k.claims)
    harbour = claim_with(analysis, "stay closed")
    assert {m.article for m in harbour.mentions} == {"a"}  # the same bay and ship, another proposition
    assert lost.credibility == 4 and "disagree on its numbers" in lost.reasons[0]


def test_a_share_given_as_a_fraction_is_compared_with_one_in_percent(annotator):
    # "cut by a quarter" gave no number, so another outlet's "by 20 percent" of the same cut was no dispute
    def cut(share: str):
        a = article("a", "Fjord Post", "Norland will cut its cod quota by 20 percent in 2027, the fisheries "
                                        "ministry said on Wednesday. The ministry said the cut would be reviewed "
                                        "after two years.", published="2026-06-11")
        b = article("b", "Coast Daily", f"The cod quota will be cut by {share} next year. Fishermen said the cut "
                                        "would cost jobs.", published="2026-06-11")
        analysis, _ = run(annotator, a, b)
        claim = claim_with(analysis, "cod quota")
        assert {m.article for m in claim.mentions} == {"a", "b"}
        return [k.kind for k in analysis.conflicts if claim.id in k.claims]

    assert cut("a fifth") == []
    assert cut("a quarter") == ["quantity"]


def test_an_outlet_crediting_a_wire_says_in_its_own_voice_what_the_wire_said(annotator):
    a = article("a", "The Associated Press", "The old pier at Lysvik collapsed into the harbour on Sunday evening.")
    b = article("b", "Coast Daily", "Lysvik's century-old pier gave way and fell into the harbour late on Sunday.\n"
                                    "The Associated Press contributed to this report.")
    analysis, _ = run(annotator, a, b)
    [pier] = [c for c in analysis.claims if "pier" in c.text]
    assert {m.article for m in pier.mentions} == {"a", "b"}
    # one wire's word, carried once: the wire's own report and an outlet running its copy are one outlet's
    assert pier.independent_sources == 1 and pier.credibility == 3, pier.reasons
    assert "Coast Daily credits Associated Press: its own words are counted as Associated Press" in pier.reasons
    assert "Coast Daily runs Associated Press copy: carried once, as Associated Press" in pier.reasons
    assert not any("The Associated Press credits" in r for r in pier.reasons)


def test_an_article_copying_long_passages_of_another_says_in_its_own_voice_what_that_one_says(annotator):
    # the copy reworded one sentence ("No one was hurt" / "No one was injured"): it was "2 sources", the two outlets
    passage = ("A ferry carrying 230 passengers ran aground off Lysvik on Monday morning, the coast guard said. "
               "The ferry operator Kystlinjen said the vessel had lost steering in heavy seas near the harbour.")
    a = article("a", "Capital Courier", passage + " No one was hurt.", published="2026-06-14")
    b = article("b", "Varnes Daily", passage + " No one was injured.", published="2026-06-15")
    analysis, _ = run(annotator, a, b)
    hurt = claim_with(analysis, "No one was")
    assert {m.article for m in hurt.mentions} == {"a", "b"}
    assert hurt.independent_sources == 1 and hurt.credibility == 3, hurt.reasons
    assert "Varnes Daily copies long passages of Capital Courier: its own words are counted as Capital Courier" in (
        hurt.reasons)


def test_a_claim_told_by_one_who_speaks_for_her_is_worded_with_her_name(annotator):
    # "Her manager said she would recover fully" was worded "Her manager would recover fully."
    a = article("a", "Fjord Post", "Singer Mara Linde cancelled her tour on Wednesday. Her manager said she would "
                                    "recover fully.")
    analysis, _ = run(annotator, a)
    assert claim_with(analysis, "recover fully").text == "Mara Linde would recover fully."


def test_a_claim_is_worded_with_its_subject_named_not_a_pronoun(annotator):
    a = article("a", "Fjord Post", "The Kremlin said it would send two rescue ships to the strait.")
    b = article("b", "Coast Daily", "Russia will send two rescue ships to the strait, Moscow said.")
    analysis, _ = run(annotator, a, b)
    [ships] = [c for c in analysis.claims if "rescue ships" in c.text]
    assert {m.article for m in ships.mentions} == {"a", "b"}
    assert not ships.text.startswith("It ")  # a country says "it" as an organisation does


def test_one_act_told_in_words_of_one_action_class_is_one_claim(annotator):
    """hurt, wounded, injured: one act (lexicon.ACTIONS), not two events in words that differ, though the two
    sentences share no content word."""
    a = article("a", "Harbour Gazette", "The ferry Kestrel ran aground off Brenmouth on Sunday with 212 passengers "
                                        "on board, the harbour authority said. No one was hurt, said Mara Linde, a "
                                        "spokeswoman for the authority.")
    b = article("b", "Evening Ledger", "The Kestrel, a ferry carrying 212 passengers, ran aground off Brenmouth on "
                                       "Sunday, according to the harbour authority. Mara Linde, the authority's "
                                       "spokeswoman, said nobody was injured.")
    analysis, _ = run(annotator, a, b)
    assert {m.article for m in claim_with(analysis, "No one was hurt").mentions} == {"a", "b"}


def test_an_act_and_the_act_that_undoes_it_are_two_claims(annotator):
    # "All flights from Bergen airport were cancelled" and another outlet's "Flights from Bergen resumed" were one
    # claim, "1 confirmed" by two outlets' own voices
    analysis, _ = run(annotator,
                      article("a", "Osland Post", "Storm Agnes cut power to 45,000 homes on Monday, the grid operator "
                                                  "said. All flights from Bergen airport were cancelled."),
                      article("b", "Coast Radio", "About 12,000 homes were still without power on Tuesday, the grid "
                                                  "operator said. Flights from Bergen resumed at 6 a.m.", "2026-03-13"))
    cancelled, resumed = claim_with(analysis, "were cancelled"), claim_with(analysis, "resumed")
    assert cancelled is not resumed and cancelled.credibility == resumed.credibility == 3


def test_what_is_restored_or_left_is_no_count_of_what_was_lost(annotator):
    # "Power has been restored to 100,000 of the homes that lost electricity" was joined with "About 120,000 homes
    # lost power" (the relative clause's "lost" read as what it states), and "Around 20,000 homes remain without
    # power" with it as a dispute, "4: 120,000 vs 20,000"
    analysis, _ = run(annotator,
                      article("a", "Osland Post", "About 120,000 homes in southern Osland lost power on Monday night, "
                                                  "the grid operator Osnet said."),
                      article("b", "Coast Radio", "Power has been restored to 100,000 of the homes that lost "
                                                  "electricity in Monday's storm, Osnet said on Wednesday. Around "
                                                  "20,000 homes remain without power.", "2026-03-13"))
    lost = claim_with(analysis, "lost power")
    assert {m.article for m in lost.mentions} == {"a"} and lost.credibility != 4


def test_one_statement_with_two_dates_is_one_claim_in_conflict(annotator):
    """The guidelines: different values of one date are one claim, and a conflict."""
    a = article("a", "Fjord Post", "The minister visited the shipyard in Bergen in March 2025 to meet the workers.")
    b = article("b", "Coast Daily", "The minister visited the shipyard in Bergen in October 2025 to meet the "
                                    "workers.")
    analysis, _ = run(annotator, a, b)
    visit = claim_with(analysis, "visited")
    assert {m.article for m in visit.mentions} == {"a", "b"}
    assert visit.credibility == 4 and visit.reasons[0] == "the reports disagree on its dates"


def test_the_date_a_change_is_measured_from_is_not_the_claims_date(annotator):
    # "up 12 percent from a year earlier" (2025) beside "second-quarter" (2026): "4: the reports disagree on its
    # dates"
    a = article("a", "Fjord Post", "Nordbank's second-quarter profit rose 12 percent to 2.1 billion crowns, the "
                                   "bank said.", published="2026-08-12")
    b = article("b", "Coast Daily", "Nordbank made a profit of 2.1 billion crowns in the second quarter, up 12 "
                                    "percent from a year earlier, the bank said.", published="2026-08-12")
    analysis, mentions = run(annotator, a, b)
    assert [t.value for m in mentions if m.article == "b" for t in m.times] == ["2026-Q2"]
    profit = claim_with(analysis, "profit")
    assert {m.article for m in profit.mentions} == {"a", "b"} and profit.credibility == 2
    assert not analysis.conflicts
    # a date after "from" that is no baseline stays ("moved from Oslo in 2019")
    c = article("c", "Coast Daily", "The firm moved from Oslo in 2019, Nordbank said.")
    _analysis, mentions = run(annotator, c)
    assert [t.value for m in mentions for t in m.times] == ["2019"]
    d = article("d", "Coast Daily", "More than 40 people died in 2025, the agency said.")  # a bound, no baseline
    _analysis, mentions = run(annotator, d)
    assert [t.value for m in mentions for t in m.times] == ["2025"]


def test_a_retaliation_by_the_other_side_is_another_claim(annotator):
    # "Sweden said it would expel three Norwegian diplomats" matched Norway's expulsion of Swedish diplomats: "1
    # confirmed, 2 independent sources: Sweden, Norway"
    analysis, mentions = run(annotator,
                             article("a", "Nordic Wire", "Norway will expel three Swedish diplomats over a spying "
                                                         "case, a senior government official said on Tuesday."),
                             article("b", "Coast Daily", "Norway is expelling three Swedish diplomats accused of "
                                                         "spying, the foreign ministry confirmed on Tuesday."),
                             article("c", "Harbour Post", "Sweden said on Wednesday it would expel three Norwegian "
                                                          "diplomats in retaliation."))
    retaliation = claim_with(analysis, "it would expel three Norwegian diplomats")
    assert retaliation.text == "Sweden would expel three Norwegian diplomats in retaliation."
    assert [m.article for m in retaliation.mentions] == ["c"]
    expulsion = claim_with(analysis, "Norway will expel")
    assert {m.article for m in expulsion.mentions} == {"a", "b"} and expulsion.credibility == 2
    assert {m.text: m.subject for m in mentions if "expel" in m.text} == {
        "Norway will expel three Swedish diplomats over a spying case": "country:norway",
        "Norway is expelling three Swedish diplomats accused of spying": "country:norway",
        "it would expel three Norwegian diplomats in retaliation": "country:sweden"}


# ---- sources -------------------------------------------------------------------------------------------------

def test_a_claim_opening_with_its_speakers_pronoun_names_the_speaker(annotator):
    # the claim is written without its source, so "she" would stand for no one; only the speaker's own pronoun
    # is replaced: not a woman's "she" said by a man, not an empty "it is", not quoted words
    analysis, _ = run(annotator, article("p1", "Gazette", (
        "Mayor Ada Lund said on Monday that she will not resign before the election.\n"
        "Councillor Tomas Berg, who chairs the finance committee, said he expects a deficit.\n"
        "Republican councillors said they may bring the levy back next week.\n"
        "Mr. Varga said she should step down.\n"
        "\"He is wrong,\" Ms. Lund said.\n"
        "Senior Lund aides said that she has made her view plain.\n"
        "Councillor Berg said on Tuesday: \"She said she wasn't told.\"\n"
        "The company denied on Monday that it had misled investors.\n"  # a body named only by its kind
        "The company said it was a difficult year.\n"
        "The fishermen's association said it would challenge the law in court.\n"
        "The Norwegian foreign ministry said it would review the rules.\n"  # two words before the kind
        # named by the name after the role ("The building's owner had inspected ..." said the role)
        "The building's owner, Fjell Housing, said it had inspected the pipes in June.")))
    texts = {c.text for c in analysis.claims}
    assert "Fjell Housing had inspected the pipes in June." in texts
    assert {"Mayor Ada Lund will not resign before the election.", "Councillor Tomas Berg expects a deficit.",
            "Republican councillors may bring the levy back next week.", "She should step down.",
            "He is wrong.", "She has made her view plain.", "She wasn't told.",
            "The company had misled investors.", "It was a difficult year.",
            "The fishermen's association would challenge the law in court.",
            "The Norwegian foreign ministry would review the rules."} <= texts


def test_a_claim_opening_with_its_speakers_possessive_or_a_bodys_it_names_them(annotator):
    analysis, _ = run(annotator, article("p1", "Gazette", (
        "Nordlys Telecom said its profits would fall this year.\n"
        "Mayor Ada Lund said on Monday that her plan would cut costs.\n"
        "Republican councillors said their levy would pass next week.\n"
        "The company denied on Monday that its managers had misled investors.\n"
        "Mr. Varga said her plan was flawed.\n"  # not his: "her" is someone else's
        # a body named by its kind, as "the company" is
        "The avalanche service said it had raised the danger level on Sunday.\n"
        "The resort insisted it had followed all safety rules.\n"
        "The coastal administration said it was investigating the report.\n"  # its doing: no empty "it was"
        "The agency said it was time to act.")))
    texts = {c.text for c in analysis.claims}
    assert {"Nordlys Telecom's profits would fall this year.", "Mayor Ada Lund's plan would cut costs.",
            "Republican councillors' levy would pass next week.", "The company's managers had misled investors.",
            "Her plan was flawed.", "The avalanche service had raised the danger level on Sunday.",
            "The resort had followed all safety rules.",
            "The coastal administration was investigating the report.", "It was time to act."} <= texts, texts


def test_a_spokespersons_pronoun_for_whom_they_speak_for_names_them(annotator):
    # "A spokesman for Ada Brandt said she would travel" gave "A spokesman for Ada Brandt would travel ..."
    analysis, _ = run(annotator, article("p1", "Gazette", (
        "A spokesman for Prime Minister Ada Brandt said she would travel to Oslo on Monday.\n"
        "Tor Lund's spokeswoman said he would not attend the hearing.\n"
        "Harbour board spokesman Ivar Holm said he had not seen the report.")))  # the speaker named: himself
    texts = {c.text for c in analysis.claims}
    assert {"Prime Minister Ada Brandt would travel to Oslo on Monday.", "Tor Lund would not attend the hearing.",
            "Harbour board spokesman Ivar Holm had not seen the report."} <= texts, texts


def test_pronouns_spokespeople_and_relative_pronouns_resolve_to_who_spoke(annotator):
    text = ("Ingrid Solberg, a spokeswoman for Halvorsen Shipping, said the vessel had been refloated.\n"
            "She added that no fuel had leaked into the fjord.\n"
            "The crew was praised by harbour master Jonas Berg, who said the rescue had been textbook.\n"
            "The statement said the company would pay for the clean-up.")
    analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    refloat = claim_with(analysis, "refloated")
    assert refloat.mentions[0].source == "org:halvorsenshipping"  # a spokesperson speaks for the company
    leaked = claim_with(analysis, "no fuel had leaked")
    assert leaked.mentions[0].source == "org:halvorsenshipping"  # "she": the person last named as speaking
    textbook = claim_with(analysis, "textbook")
    assert textbook.mentions[0].source == "person:jonasberg"  # "who": the noun the clause hangs on
    clean = claim_with(analysis, "clean-up")
    assert clean.mentions[0].source != "group:statement"  # "the statement" names its issuer, or no one
    names = {s.id: s for s in analysis.sources}
    assert names["org:halvorsenshipping"].kind == "organisation"


def test_its_spokesperson_speaks_for_the_one_organisation_named_and_for_no_guess_among_two(annotator):
    a = article("a", "Fjord Post", "Nordvik Mining bought the Hallen mine on Monday. The deal will close in May, "
                                   "its spokesman said.")
    b = article("b", "Coast Daily", "Nordvik Mining bought the mine from Hallen Group on Monday. The deal will "
                                    "close in May, its spokeswoman said.")
    analysis, mentions = run(annotator, a, b)
    close = {m.article: m.source for m in mentions if "close in May" in m.text}
    assert close == {"a": "org:nordvikmining", "b": "group:spokesperson"}  # "its": Nordvik's or Hallen's?
    deal = claim_with(analysis, "close in May")
    assert deal.independent_sources == 1 and deal.credibility == 2  # never two sources made of one guess


@pytest.mark.parametrize("said", [
    ("a source familiar with the matter said", "according to people familiar with the matter"),  # insiders
    ("a police spokesman said", "police said"),  # the police's spokesman is the police's word
    ("police said", "officers at the scene said"),  # officers may be the police, the military ...
    ("according to court documents", "the indictment says"),  # papers of no kind may be the indictment
    ("the captain told reporters", "the vessel's captain said"),  # one role: may well be one person
    ("a union official said", "according to the union"),  # a body's officials speak as the body
    ("the regulator said in a report", "according to a report by the regulator"),  # its report is its word
    # two outlets citing officials relay officials, who may be the same people: no two outlets' own word
    ("the Evening Ledger reported, citing two officials", "the Harbour Wire reported, citing officials"),
    ("two officials told the Harbour Wire", "the Evening Ledger reported, citing officials"),
    ("according to a coastguard statement", "the coastguard said"),  # a body's statement is its word
])
def test_unnamed_insiders_and_a_bodys_spokesperson_are_no_second_source(annotator, said):
    a = article("a", "Fjord Post", f"Two men were arrested on Monday over the harbour fire, {said[0]}.")
    b = article("b", "Coast Daily", f"Two men were arrested on Monday over the harbour fire, {said[1]}.")
    analysis, _mentions = run(annotator, a, b)
    arrested = claim_with(analysis, "arrested")
    assert {m.article for m in arrested.mentions} == {"a", "b"}
    assert arrested.independent_sources == 1 and arrested.credibility == 2, arrested.reasons


@pytest.mark.parametrize(("said", "reason"), [
    (("The White House said", "White House press secretary Lena Voss said"), None),  # its spokesperson, no outlet
    (("Norway said", "Norwegian Foreign Minister Ilya Dorn said"), "Ilya Dorn counted as Norway: holds an office"),
    (("state media reported", "the official KTA news agency said"), "state media not counted"),
    # a government agency is no news agency, nor is an office-holder at a network the network
    (("The Nordic Energy Agency said", "Nordic Energy Agency officials said"), None),
    (("the network's chief executive, Tor Lund, said", "Tor Lund said"), None),
    # a person's office or spokesperson speaks for them, named by a role or by the surname alone
    (("The mayor said", "The mayor's office said"), None),
    (("The mayor said", "A spokeswoman for the mayor said"), None),
    (("Mayor Ada Brandt said", "Brandt's office said"), None),
])
def test_who_speaks_for_a_body_is_no_second_source_beside_it(annotator, said, reason):
    a = article("a", "Fjord Post", f"{said[0]} that the summit would take place in June.")
    b = article("b", "Coast Daily", f"{said[1]} that the summit would take place in June.")
    analysis, _mentions = run(annotator, a, b)
    summit = claim_with(analysis, "summit")
    assert {m.article for m in summit.mentions} == {"a", "b"}
    assert summit.independent_sources == 1 and summit.credibility == 2, summit.reasons
    assert reason is None or any(r.startswith(reason) for r in summit.reasons), summit.reasons


def test_a_figure_someone_estimates_is_their_claim_not_the_outlets(annotator):
    # "Police estimated the crowd at 5,000" in two outlets was "1 confirmed" by the two outlets' own voices
    a = article("a", "Fjord Post", "Hundreds marched in Lysvik on Saturday. Police estimated the crowd at 5,000.")
    b = article("b", "Coast Daily", "A march was held in Lysvik. Police put the number of marchers at around 5,000.")
    c = article("c", "Valley News", "Analysts estimate the cost of the new pier at 2 billion crowns.")
    analysis, _mentions = run(annotator, a, b, c)
    crowd = claim_with(analysis, "the crowd at 5,000")
    assert crowd.text == "The crowd was 5,000."
    assert {m.source for m in crowd.mentions} == {"group:police"} and crowd.credibility != 1, crowd.reasons
    cost = claim_with(analysis, "the cost of the new pier")
    assert cost.text == "The cost of the new pier is 2 billion crowns."
    assert cost.mentions[0].source == "group:analysts"


@pytest.mark.parametrize(("said", "source"), [
    ("A lawyer for Tor Aas said", "group:lawyer"),  # was Tor Aas, as an organisation
    ("The owner of Fjordkjokken said", "group:owner"),  # was Fjordkjokken, as a person
    ("The mother of Ola Dahl said", "group:mother"),
    ("A spokeswoman for Nordlys Telecom said", "org:nordlystelecom"),  # a spokesperson speaks for them
])
def test_someone_named_by_whose_they_are_is_not_the_one_they_are_named_by(annotator, said, source):
    a = article("a", "Fjord Post", f"Tor Aas and Ola Dahl met Nordlys Telecom and Fjordkjokken. {said} that the "
                                   "harbour would reopen in June.")
    analysis, _mentions = run(annotator, a)
    assert claim_with(analysis, "reopen in June").mentions[0].source == source


def test_a_places_office_holder_is_no_second_source_beside_the_named_holder(annotator):
    a = article("a", "Fjord Post", "Nordland Gov. Ada Marsh said on Monday that the bridge would reopen in May.")
    b = article("b", "Valley News", "The Nordland Governor said on Monday that the bridge would reopen in May.")
    analysis, _mentions = run(annotator, a, b)
    bridge = claim_with(analysis, "reopen in May")
    sources = {m.article: m.source for m in bridge.mentions}
    assert sources["a"] == "person:adamarsh"
    assert sources["b"].startswith("group:governor@")  # someone holding the office, not the place
    assert bridge.independent_sources == 1 and bridge.credibility != 1


def test_what_a_record_gives_someone_as_saying_is_theirs_not_the_records(annotator):
    text = ("Mayor Tina Ruiz testified on Monday. According to the minutes, she argued that the council should "
            "not give the board ammunition.")
    analysis, _mentions = run(annotator, article("a", "Fjord Post", text))
    assert claim_with(analysis, "ammunition").mentions[0].source == "person:tinaruiz"


def test_what_someone_did_in_another_outlets_report_is_that_outlets_and_what_they_said_is_theirs(annotator):
    text = ("According to the Coastline Daily, Mayor Tina Ruiz expressed support for the pier plan in a video. "
            "According to the Coastline Daily, Mayor Tina Ruiz said the ferry would stop in May.")
    analysis, _mentions = run(annotator, article("a", "Fjord Post", text))
    did = claim_with(analysis, "expressed support").mentions[0]
    said = claim_with(analysis, "ferry would stop").mentions[0]
    assert did.source == "org:coastlinedaily" and did.via is None  # its reporting, cited: not a relay
    assert said.source == "person:tinaruiz" and said.via_text == "the Coastline Daily"


def test_an_outlets_clause_before_a_long_quotation_is_the_outlets(annotator):
    text = ("Mayor Tina Ruiz spoke on Sunday. She also closed the town hall for the day \u201cso that every "
            "member of staff can mourn those lost in the flood that struck the harbour of Sotra on Sunday, March 8, "
            "2026, and stand with their families.\u201d")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    flags = next(m for m in mentions if "town hall" in m.text)
    assert not flags.quoted and flags.certainty == "asserted"  # not someone's words with the speaker unknown


def test_a_quote_that_goes_on_is_its_speakers_and_an_unquoted_sentence_is_the_outlets(annotator):
    text = ("“We will reopen the route within a week,” the operator's director, Ola Dahl, said on Monday.\n"
            "“The new hull plates have already arrived from the yard.”\n\n"
            "The route carries about 2,000 passengers a day.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    plates = next(m for m in mentions if "hull plates" in m.text)
    assert plates.attribution is not None and plates.attribution.source_entity == "person:oladahl"
    route = next(m for m in mentions if "2,000 passengers" in m.text)
    assert route.attribution is None and not route.quoted  # the outlet's own sentence


def test_a_quote_whose_closing_mark_tokenized_text_spaced_off_is_its_speakers(annotator):
    # '..., "said Okafor': the mark after a comma and a space, before who said it, closes the quote
    text = ("Prosecutors played the recording in court on Monday.\n"
            "\"I saw the crane tip over after the cable snapped...\n"
            "I saw the load hit the quay, \"said Ruth Okafor, who is heard on the recording calling for help.\n")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    fall = next(m for m in mentions if "tip over" in m.text)
    assert fall.attribution is not None and fall.attribution.source_entity == "person:ruthokafor"


def test_background_said_in_passing_after_a_quote_closes_is_the_outlets(annotator):
    # the sentence lies mostly in the quotation; what it says of the speaker after the quote closes does not
    text = ("The harbour board met on Monday to discuss the new pier.\n"
            "“The new pier will be built without any delay whatsoever, and the tolls will stay exactly as they are "
            "today for every ferry,” said Brendan Holt, a spokesman for Mayor Ada Marsh.\n")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    aside = [m for m in mentions if m.aside]
    assert [m.text for m in aside] == ["Brendan Holt is a spokesman for Mayor Ada Marsh"] and aside[0].attribution is None


def test_quotes_written_the_treebank_way_are_their_speakers(annotator):
    text = ("The director of the operator, Ola Dahl, spoke on Monday.\n"
            "``We will reopen the route within a week,'' Dahl said.\n"
            "``The new hull plates have already arrived from the yard.''\n"
            "The route carries about 2,000 passengers a day.")
    a = article("a", "Fjord Post", text)
    _analysis, mentions = run(annotator, a)
    assert a.text == text  # read with typographic quotes, stored as given
    for words in ("reopen the route", "hull plates"):
        m = next(m for m in mentions if words in m.text)
        assert m.attribution is not None and m.attribution.source_entity == "person:oladahl", words
        assert text[m.start:m.start + 2] == "``"  # the span, in the stored text, takes both marks
        assert m.text.startswith("“") and "“ " not in m.text and " ”" not in m.text
    route = next(m for m in mentions if "2,000 passengers" in m.text)
    assert route.attribution is None and not route.quoted


def test_via_an_intermediary_is_shown_in_the_reasons(annotator):
    a = article("a", "Fjord Post", "The rescue took four hours, harbour master Jonas Berg told the broadcaster NRK.")
    analysis, _ = run(annotator, a)
    c = claim_with(analysis, "four hours")
    assert c.mentions[0].via_text and "NRK" in c.mentions[0].via_text
    assert any("via" in r and "NRK" in r for r in c.reasons)


# ---- certainty -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("The operator will resume the route in May, the harbour master said.", "reported"),
    ("The ferry is expected to return to service next week, the operator said.", "reported"),
    ("The operator claimed that the route was safe.", "reported"),
    ("The operator announced that the route had reopened.", "reported"),
    ("The operator allegedly ignored three warnings, inspectors said.", "hedged"),
    ("The operator has not ruled out job cuts, a spokesman said.", "hedged"),  # they may come
    ("Inspectors believe the hull was cracked before the storm.", "hedged"),
    ("The hull may have been cracked before the storm, inspectors said.", "hedged"),
    ("The hull appears to have cracked in the storm, the inspectors said.", "hedged"),
    ("The operator denied that the hull had been cracked.", "denied"),
    ("The operator said there was no evidence that the hull had cracked.", "denied"),
    ("The skipper maintains his innocence of any wrongdoing, his lawyer said.", "denied"),
    ("There is no indication that the hull cracked, the inspectors said.", "denied"),
    # ... as does nothing in what others say ("There is no truth in the claim that C" was C, "reported")
    ("There is no truth in the claim that the hull cracked, the inspectors said.", "denied"),
    ("The operator said there was no truth to reports that the route would close.", "denied"),
    # ... and a source that only appears to show it
    ("A video shared online appeared to show the crew leaving the ship.", "hedged"),
    # a sign of nothing inside another clause denies that clause's thing, not what the sentence says
    ("The inspectors said the crews were worried where there is no proof of a crack.", "reported"),
])
def test_certainty_as_journalists_use_it(annotator, sentence, expected):
    _analysis, mentions = run(annotator, article("a", "Fjord Post", sentence))
    stated = [m for m in mentions if m.attribution is not None]
    assert stated and stated[0].certainty == expected, [(m.text, m.certainty) for m in mentions]


@pytest.mark.parametrize("text, expected", [
    ("The harbour board appeared sharply split on Tuesday.", "hedged"),
    ("The pilots seemed determined to keep the channel open all winter.", "hedged"),
    ("It is possible that the dredger will finish the channel in June.", "hedged"),
    ("Police could not rule out that the fire on the dredger was set deliberately.", "hedged"),
    ("It was still unclear whether the dredger had damaged the pipeline.", "hedged"),
    # ... and "not clear" (it stated "a ransom had been paid", joined with the minister's "no ransom was paid")
    ("It was not clear whether a ransom had been paid for the crew.", "hedged"),
    ("It was clear that the crew of the dredger had been paid.", "asserted"),
    ("Looking back on the winter, it is doubtful the pilots gave much thought to the record they set.", "hedged"),
    ("It is uncertain whether the harbour board will approve the new channel.", "hedged"),
    ("When he took that job, it's doubtful Hansen spent much time on the prospect that he would one day be "
     "the harbour's oldest serving pilot if he stayed.", "hedged"),
    ("The harbour faces an uncertain future since the shipyard closed last year.", "asserted"),
    # the subject's own description is part of what is claimed: put as uncertain, it hedges the claim
    ("Another problem that appears to slow the dredging is the silt left by the spring floods.", "hedged"),
    ("The pilot who may have seen the collision left the harbour on Monday.", "hedged"),
    ("The pilot who saw the collision left the harbour on Monday.", "asserted"),
    ("The trawler is feared to have sunk with all hands.", "hedged"),  # hearsay, as "is thought to"
    # ... also where the parser hangs the infinitive on as an adverbial clause (it was "asserted")
    ("The bank's chief executive, Lise Moe, is understood to support the sale.", "hedged"),
    # a question still open: it joined "The fire was arson" as a plain statement of it
    ("Police are investigating whether the fire on the pier was arson.", "hedged"),
    ("Police are investigating the fire on the pier.", "asserted"),
    # what the outlet says it could not confirm: hedged, and no claim of its own
    ("The trawler sank with all hands, a port official said, though this could not be confirmed.", "hedged"),
    ("The harbour board met on Tuesday to discuss the channel.", "asserted"),
    ("The skipper asserts his innocence of any wrongdoing.", "denied"),  # he denies the wrongdoing alleged
    # the noun a copula names, put as likely: "the likely cause" is what was likely the cause
    ("A cracked valve was the likely cause of the leak on the pier.", "hedged"),
    ("The probable source of the leak was a cracked valve on the pier.", "hedged"),
    ("The skipper is the alleged owner of the sunken trawler.", "hedged"),
    ("The suspected smuggler was 42 years old.", "asserted"),  # his age is not put as suspected
])
def test_the_outlets_own_voice_hedges_with_appears_and_possible(annotator, text, expected):
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    assert [m.certainty for m in mentions] == [expected], [(m.text, m.certainty) for m in mentions]


def test_a_hedge_said_in_passing_about_the_subject_hedges_only_the_aside(annotator):
    _analysis, mentions = run(annotator, article(
        "a", "Fjord Post", "Hansen, who could retire next year, piloted the ferry through the channel on Monday."))
    assert sorted((m.aside, m.certainty) for m in mentions) == [(False, "asserted"), (True, "hedged")], [
        (m.text, m.aside, m.certainty) for m in mentions]


def test_a_denial_in_the_words_of_one_that_clause_denies_only_that_one(annotator):
    text = ("His lawyer, Eva Strand, said that Lund maintains his innocence and that the inquiry was a spiteful "
            "settling of scores.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    # the first clause is Lund's own stance ("maintains" with a noun), no claim of the lawyer's; the second is
    # reported, not denied by the first clause's words
    firmness = {("innocence" in m.text, "scores" in m.text): m.certainty for m in mentions}
    assert firmness[False, True] == "reported", firmness
    assert all(c == "denied" for (innocence, _v), c in firmness.items() if innocence), firmness


def test_a_speaker_who_says_i_think_hedges(annotator):
    text = ("“The channel is deep enough,” Mayor Tom Berg said on Monday. “I think it will reopen in June.”\n"
            "“I think the pipeline is intact,” said the harbour master, Ida Lind.")
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    by_words = {w: next(m for m in mentions if w in m.text) for w in ("deep enough", "reopen", "pipeline")}
    assert by_words["deep enough"].certainty == "reported"
    assert by_words["reopen"].certainty == "hedged"  # a quote going on, hedged in its own words
    assert by_words["pipeline"].certainty == "hedged"


@pytest.mark.parametrize("text, expected", [
    # a hedge in one sentence of a quote does not hedge the next
    ("“A driver who apparently had a grudge drove in and rammed the gate,” Constable Ada Holm said. “There were "
     "about ten people on the quay.”", ["hedged", "reported"]),
    ("“The ferry apparently lost power off the point,” said Constable Ada Holm. “The crew of the tug reached it "
     "within the hour.”", ["hedged", "reported"]),
    # a quote going on in a sentence that denies itself is denied
    ("“The pier is safe,” said harbour master Ida Lind. “There is no evidence that it was damaged.”",
     ["reported", "denied"]),
    ("Lund's lawyer said on Monday that the skipper was at home. “Skipper Lund maintains his innocence of any "
     "wrongdoing.”", ["reported", "denied"]),
])
def test_each_sentence_of_a_quote_is_as_firm_as_its_own_words(annotator, text, expected):
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    assert [m.certainty for m in sorted(mentions, key=lambda m: m.start)] == expected, [
        (m.text, m.certainty) for m in mentions]


def test_words_the_outlet_calls_false_are_the_speakers_and_the_outlet_denies_them(annotator):
    # the speaker states it; the outlet says it is false: one claim, stated and denied, graded by that
    text = ("Mayor Tina Ruiz opened the new ferry terminal on Monday. Ruiz also falsely stated that the Sotra pier "
            "had never charged any boat for free mooring.")
    analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    said = [m for m in mentions if "free mooring" in m.text]
    assert [(m.attribution is not None, m.certainty) for m in said] == [(True, "reported"), (False, "denied")]
    denial = said[1]
    assert text[denial.start:denial.end] == "falsely stated" and denial.denial_of == said[0].ref
    claim = claim_with(analysis, "free mooring")
    assert {m.ref for m in claim.mentions} == {m.ref for m in said}
    assert claim.credibility == 5 and any(k.kind == "polarity" for k in analysis.conflicts if claim.id in k.claims), (
        claim.reasons)


@pytest.mark.parametrize("text", ["The ferry didn't leak any fuel on Monday, the coastguard said.",
                                  "The ferry didn\u2019t leak any fuel on Monday, the coastguard said.",
                                  # "cannot" was no negation: beside "could not" it made a "stated and denied"
                                  "The ferry cannot sail before Monday, the coastguard said."])
def test_a_negation_reads_with_either_apostrophe_or_as_one_word(annotator, text):
    # polarity decides whether a denial agrees ("denied that it leaked" / "didn’t leak"): typed either way
    _analysis, mentions = run(annotator, article("a", "Fjord Post", text))
    assert [m.negated for m in mentions] == [True]


def test_a_month_named_may_is_no_hedge(annotator):
    _analysis, mentions = run(annotator, article("a", "Fjord Post", "A second trial crossing in May failed."))
    assert [m.certainty for m in mentions] == ["asserted"]


# ---- independence, first report, conflicts, grades -----------------------------------------------------------

def test_a_surname_alone_before_its_report_names_anyone_in_full_may_be_either_bearer_of_the_story(annotator):
    # "..., Lie said. Ola Lie called the plan ..." beside Finance Minister Kari Lie's word in two other reports was
    # "1 confirmed: 2 independent sources: Kari Lie, Ola Lie", the surname read as the one full name of its report
    a = article("a", "Fjord Post", "Finance Minister Kari Lie said the government would raise the fuel tax by 2 "
                                    "percent next year. Opposition leader Ola Lie said the rise would hurt families.")
    b = article("b", "Coast Daily", "The fuel tax will rise by 2 percent next year, Finance Minister Kari Lie "
                                    "announced.")
    c = article("c", "Varnes Daily", "The government plans to raise fuel tax by 2 percent next year, Lie said. Ola "
                                     "Lie called the plan an attack on families.")
    analysis, _ = run(annotator, a, b, c)
    tax = claim_with(analysis, "fuel tax")
    assert {m.article for m in tax.mentions} == {"a", "b", "c"}
    assert tax.independent_sources == 1 and tax.credibility != 1, tax.reasons
    # one named in full before the surname alone is that one ("Ola Lie ... Lie said" is Ola Lie's)
    c = article("c", "Varnes Daily", "Opposition leader Ola Lie spoke on Monday. The government plans to raise fuel "
                                     "tax by 2 percent next year, Lie said.")
    _, mentions = run(annotator, a, b, c)
    assert [m.source for m in mentions if m.article == "c" and "fuel tax" in m.text] == ["person:olalie"]


def test_wire_copy_run_by_two_outlets_is_one_source(annotator):
    text = "OSLO (AP) — The northern ferry route reopened on Tuesday after six days of repairs to the quay."
    a = article("a", "Fjord Post", text, published="2026-03-12T09:00:00+00:00")
    b = article("b", "Coast Daily", text.replace("six days", "nearly a week"), byline="By The Associated Press",
                published="2026-03-12T11:00:00+00:00")
    analysis, _ = run(annotator, a, b)
    c = claim_with(analysis, "reopened on Tuesday")
    # one source, and the second outlet copies the first (the same wire text): one source in one outlet
    assert c.independent_sources == 1 and c.sources == ["outlet:associated press"] and c.credibility == 3
    assert any("wire copy" in r for r in c.reasons), c.reasons
    assert c.first is not None and (c.first.outlet, c.first.article) == ("Fjord Post", "a")


def test_an_article_repeating_another_outlets_passages_is_no_second_source(annotator):
    first = ("The northern ferry route reopened on Tuesday after six days of repairs to the quay at Flora. "
             "Engineers replaced two steel pilings that the storm had bent, and the harbour office said the "
             "quay was inspected twice before the first sailing. Passengers were told to expect delays of up "
             "to an hour while the timetable settles.")
    a = article("a", "Fjord Post", first, published="2026-03-12T09:00:00+00:00")
    b = article("b", "Coast Daily", "Commuters in Flora have their ferry back. " + first,
                published="2026-03-12T15:00:00+00:00")
    analysis, _ = run(annotator, a, b)
    assert analysis.copies == {"b": "a"}
    c = claim_with(analysis, "reopened on Tuesday")
    assert c.independent_sources == 1 and c.credibility != 1
    assert any("Coast Daily repeats Fjord Post" in r for r in c.reasons), c.reasons


def test_a_joint_statement_is_one_source_and_speakers_only_listed_together_are_two(annotator):
    a = article("a", "Fjord Post", "Mayor Lena Voss and harbour master Jonas Berg said in a joint statement that "
                                   "the quay at Flora would reopen on Friday.")
    b = article("b", "Coast Daily", "The quay at Flora will reopen on Friday, Jonas Berg said.")
    analysis, _ = run(annotator, a, b)
    c = claim_with(analysis, "reopen on Friday")
    assert c.independent_sources == 1 and c.credibility == 2, c.reasons  # one joint statement, quoted twice
    assert any("Jonas Berg not counted apart: issued a joint statement with Lena Voss" in r
               for r in c.reasons), c.reasons
    # two who each said it, listed together by one outlet, are two sources
    a = article("a", "Fjord Post", "Both Mayor Lena Voss and harbour master Jonas Berg said the quay at Flora "
                                   "would reopen on Friday.")
    analysis, _ = run(annotator, a, b)
    c = claim_with(analysis, "reopen on Friday")
    assert c.independent_sources == 2, c.reasons
    # the governments of two places speaking together may be the one government another report names ("the two
    # governments said in a joint statement" beside "the Norland government said" was "1 confirmed")
    a = article("a", "Osland Post", "Norland and Estmark will reopen their border crossings next month, the two "
                                    "governments said in a joint statement on Monday.")
    b = article("b", "Nordic Herald", "Border crossings between Norland and Estmark will reopen next month, the "
                                      "Norland government said on Monday.")
    analysis, _ = run(annotator, a, b)
    c = claim_with(analysis, "reopen their border crossings")
    assert c.independent_sources == 1 and c.credibility == 2, c.reasons


def test_sources_named_together_are_shown_together_and_counted_once(annotator):
    from newstrace.report.json_report import mention_entry
    from newstrace.report.views import claim_sources, mention_source

    a = article("a", "Fjord Post", "Norway, Sweden and Denmark said on Monday that the ferry Kestrel lost 38 "
                                   "containers off Flora.")
    b = article("b", "Coast Daily", "The ferry Kestrel lost 38 containers off Flora, the harbour master Jonas Berg "
                                    "said.")
    analysis, _ = run(annotator, a, b)
    c = claim_with(analysis, "38 containers")
    listed = next(m for m in c.mentions if m.article == "a")
    assert listed.named_together == ["country:norway", "country:sweden", "country:denmark"], listed
    assert listed.source in listed.named_together
    assert c.independent_sources == 2, c.reasons  # the three countries' one phrase, and Jonas Berg
    names = {s.id: s.name for s in analysis.sources}
    first = names[listed.source]
    assert f"Norway, Sweden and Denmark named together: counted once, as {first}" in c.reasons, c.reasons
    assert mention_source(mention_entry(listed), names) == "Norway, Sweden and Denmark"
    entry = {"sources": c.sources, "mentions": [mention_entry(m) for m in c.mentions]}
    others = " and ".join(n for n in ("Norway", "Sweden", "Denmark") if n != first)
    assert f"{first} (with {others})" in claim_sources(entry, names)
    # one person's two roles are no list of names
    a = article("a", "Fjord Post", "The ferry Kestrel lost 38 containers off Flora, said Ruth Okafor, a professor "
                                   "at Bergen University and director of the Norwegian Maritime Institute.")
    analysis, _ = run(annotator, a, b)
    assert all(not m.named_together for m in claim_with(analysis, "38 containers").mentions)


def test_two_outlets_quoting_one_long_statement_do_not_copy_each_other(annotator):
    quote = ("“We will keep the northern route open through the winter, and we will hire twelve more crew so that "
             "no sailing is cancelled for want of hands,” ")
    a = article("a", "Fjord Post", "The ferry operator promised more crew on Monday. " + quote
                + "the operator's chief executive, Ruth Okafor, said at a briefing.",
                published="2026-03-12T09:00:00+00:00")
    b = article("b", "Coast Daily", quote + "Ruth Okafor, who runs the operator, told reporters in Bergen. Unions "
                "welcomed the plan.", published="2026-03-12T15:00:00+00:00")
    analysis, _ = run(annotator, a, b)
    assert analysis.copies == {}  # the speaker's words, not a passage one outlet took from the other
    c = claim_with(analysis, "northern route open")
    assert not any("repeats" in r for r in c.reasons), c.reasons
    assert c.credibility == 2 and "carried by 2 outlets that do not copy each other" in c.reasons[0], c.reasons


def test_two_outlets_stating_a_claim_on_their_own_confirm_it_and_say_why(annotator):
    a = article("a", "Fjord Post", "The Bergen city council approved the new tram line to the airport on Monday.")
    b = article("b", "Coast Daily", "On Monday the Bergen city council approved the new tram line to the airport.")
    analysis, _ = run(annotator, a, b)
    c = claim_with(analysis, "tram line")
    assert c.credibility == 1 and c.independent_sources == 2
    assert c.reasons[0] == "2 independent sources: Fjord Post, Coast Daily"


def test_one_outlet_hedging_what_another_asserts_is_no_conflict(annotator):
    a = article("a", "Fjord Post", "The tanker Aurora ran aground near Flora on Sunday night.")
    b = article("b", "Coast Daily", "The tanker Aurora reportedly ran aground near Flora on Sunday night.")
    analysis, _ = run(annotator, a, b)
    c = claim_with(analysis, "ran aground")
    assert not analysis.conflicts
    assert any(r.startswith("certainty differs") for r in c.reasons)


def test_an_undated_article_borrows_the_storys_date_and_gives_no_date_conflict(annotator):
    a = article("a", "Fjord Post", "The harbour reopened last Friday after the storm, the port said.",
                published="2026-03-16")
    b = article("b", "Coast Daily", "The harbour reopened on Friday after the storm, the port said.", published=None)
    analysis, mentions = run(annotator, a, b)
    assert [(x.article, x.date, x.source) for x in analysis.borrowed_dates] == [("b", "2026-03-16", "a")]
    undated = next(m for m in mentions if m.article == "b")
    assert not undated.dated and all(not t.value.startswith("2027") for t in undated.times)
    assert not [k for k in analysis.conflicts if k.kind == "time"]


def test_conflicts_are_one_per_claim_and_kind_with_every_value(annotator):
    texts = ["The storm cut power to 1,200 homes in Flora, the grid operator said.",
             "The storm cut power to 3,000 homes in Flora, the grid operator said.",
             "The storm cut power to 5,000 homes in Flora, the grid operator said."]
    analysis, _ = run(annotator, *(article(f"a{i}", f"Outlet {i}", t) for i, t in enumerate(texts)))
    [k] = [k for k in analysis.conflicts if k.kind == "quantity"]
    assert len(k.values) == 3 and len(k.mentions) == 3


def test_what_a_speaker_was_told_is_the_tellers_relayed_by_the_speaker(annotator):
    # "Brandt said the minister had told her C" beside "Minister Olav Dahl said C" was two sources, "1 confirmed"
    b = article("b", "Coast Daily", "Fisheries Minister Olav Dahl said the north pier would close in May.")
    for text in ("Mayor Ada Brandt said the minister had told her the north pier would close in May.",
                 'Mayor Ada Brandt said: "The minister told me the north pier would close in May."'):
        analysis, _ = run(annotator, article("a", "Fjord Post", text), b)
        c = claim_with(analysis, "pier would close")
        relayed = next(m for m in c.mentions if m.article == "a")
        assert relayed.attribution.source_text.lower() == "the minister" and relayed.via == "person:adabrandt"
        assert c.independent_sources == 1 and c.credibility == 2, c.reasons
    # those told, named as the speakers are ("the company told workers ..., according to two workers")
    b = article("b", "Coast Daily", "The mine will close in June, Varden Mining said in a statement.")
    analysis, _ = run(annotator, article("a", "Fjord Post", "The mine will close in June, the company told workers "
                                         "at a meeting on Tuesday, according to two workers who attended."), b)
    relayed = next(m for m in claim_with(analysis, "mine will close").mentions if m.article == "a")
    assert relayed.attribution.source_text == "the company" and relayed.via_text == "two workers who attended"
    # what one says oneself of someone stays theirs ("Lund confirmed that prosecutors meant to bring charges")
    _analysis, [said] = run(annotator, article("c", "Fjord Post", "Brandt said the minister wanted the pier closed."))
    assert said.attribution.source_text == "Brandt"


def test_two_articles_running_one_wire_service_s_copy_carry_a_claim_once(annotator):
    a = article("a", "Fjord Post", "LYSVIK, Norway (Reuters) - The ferry Vega sank on Sunday after hitting rocks, "
                                   "the coast guard said.")
    b = article("b", "Coast Daily", "LYSVIK, Norway (Reuters) - The ferry Vega sank on Sunday after it hit rocks, "
                                    "the coast guard said.")
    analysis, _ = run(annotator, a, b)
    c = claim_with(analysis, "sank on Sunday")
    assert c.credibility == 3, c.reasons  # one source in one outlet: the wire's
    assert "Coast Daily and Fjord Post run Reuters copy: carried once, as Reuters" in c.reasons, c.reasons


def test_a_count_an_update_reported_later_replaced_is_no_conflict(annotator):
    # a toll that rose between two days' reports made the claim "doubtful: the reports disagree on its numbers"
    analysis, _ = run(annotator,
                      article("a", "Nordic Wire", "A ferry capsized off Lysvik on Monday, killing 12 people, the "
                                                  "coast guard said.", published="2026-08-03"),
                      article("b", "Coast Daily", "The death toll from Monday's ferry disaster off Lysvik has risen "
                                                  "to 15, the coast guard said on Tuesday.", published="2026-08-04"),
                      article("c", "Harbour Post", "Fifteen people died when a ferry capsized off Lysvik on Monday, "
                                                   "officials said.", published="2026-08-04"))
    toll = claim_with(analysis, "killing 12 people")
    assert {m.article for m in toll.mentions} == {"a", "b", "c"}
    # (the figure that stands, 15, on two sources: the coast guard's update and the officials')
    assert not analysis.conflicts and toll.credibility == 1
    assert toll.text == "Fifteen people died."  # the figure that stands
    assert "updated: 12 people (coast guard, Nordic Wire) later given as 15 (coast guard, Coast Daily); the earlier " \
           "figure is no conflict" in toll.reasons
    # ... and one a later report gives as revised after its words ("..., raising the earlier figure of 14"): the
    # claim was "4: the reports disagree on its numbers"; Vy's 14 tells that it happened, not the 16 that stands
    analysis, _ = run(annotator,
                      article("a", "Nordic Wire", "A train derailed near Voss on Thursday, injuring 14 people, the "
                                                  "operator Vy said.", published="2026-08-20"),
                      article("b", "Coast Daily", "Sixteen people were injured in Thursday's derailment near Voss, "
                                                  "police said on Friday, raising the earlier figure of 14.",
                              published="2026-08-21"))
    hurt = claim_with(analysis, "injuring 14 people")
    assert {m.article for m in hurt.mentions} == {"a", "b"} and not analysis.conflicts
    assert hurt.credibility == 2 and "Vy gave an earlier figure, revised since" in hurt.reasons[0], hurt.reasons
    # ... also where the report that was revised gives another count beside it ("and five injured"): two sources
    # gave two dead, one of them later three, and "three" was "1 confirmed" by both
    analysis, _ = run(annotator,
                      article("a", "Nordic Wire", "Two people were killed and five injured when a bus hit a lorry near "
                                                  "Rostad on Sunday, police said.", published="2026-08-23"),
                      article("b", "Coast Daily", "A bus crash near Rostad left two people dead and five injured, the "
                                                  "emergency services said.", published="2026-08-23"),
                      article("c", "Harbour Post", "The death toll from Sunday's bus crash near Rostad has risen to "
                                                   "three, police said on Monday.", published="2026-08-24"))
    toll = claim_with(analysis, "risen to three")
    assert {m.article for m in toll.mentions} == {"a", "b", "c"} and not analysis.conflicts
    assert toll.credibility == 2 and "emergency services gave an earlier figure, revised since" in toll.reasons[0], (
        toll.reasons)
    # ... also on the day of the figure it corrects, where it names that figure ("Twenty-one people were injured" /
    # "12 people were injured, correcting an earlier figure of 21" was "2" under the 21, no update said)
    analysis, _ = run(annotator,
                      article("a", "Nordic Wire", "Twenty-one people were injured when a bus overturned near Moss on "
                                                  "Thursday, police said.", published="2026-09-09"),
                      article("b", "Coast Daily", "Police said 12 people were injured when a school bus overturned "
                                                  "near Moss on Thursday, correcting an earlier figure of 21.",
                              published="2026-09-09"))
    bus = claim_with(analysis, "overturned")
    assert {m.article for m in bus.mentions} == {"a", "b"} and not analysis.conflicts
    assert bus.text.startswith("12 people were injured"), bus.text
    assert any(r.startswith("updated: Twenty-one people (police, Nordic Wire) later given as 12 people") for r in
               bus.reasons), bus.reasons
    # ... and one the source's own earlier figure names after it ("according to police, who had earlier put the toll
    # at two"): the two of the morning's reports were "4: the reports disagree on its numbers"
    analysis, _ = run(annotator,
                      article("a", "Nordic Wire", "Two people died in floods in Lysvik on Sunday, police said.",
                              published="2026-09-14T06:30:00+00:00"),
                      article("b", "Coast Daily", "Three people have died in the Lysvik floods, according to police, "
                                                  "who had earlier put the toll at two.",
                              published="2026-09-14T15:00:00+00:00"))
    toll = claim_with(analysis, "Two people died")
    assert {m.article for m in toll.mentions} == {"a", "b"} and not analysis.conflicts
    assert toll.text.startswith("Three people have died") and toll.credibility == 2, (toll.text, toll.reasons)
    # ... and one the speaker revised in the same sentence ("initially said five ... later revised the toll to four")
    analysis, _ = run(annotator,
                      article("a", "Nordic Wire", "Police initially said five people had died in the fire but later "
                                                  "revised the toll to four."),
                      article("b", "Coast Daily", "Four people died in a fire at a Lysvik hotel on Sunday, police "
                                                  "said."))
    assert not analysis.conflicts
    # a figure given as the one a change replaced ("had previously forecast", "down from an earlier") is no
    # conflict, wherever it is told, and words no claim
    analysis, _ = run(annotator,
                      article("a", "Nordic Wire", "Nordlys Telecom cut its annual profit forecast to 2 billion crowns "
                                                  "on Tuesday. The company had previously forecast a profit of 2.5 "
                                                  "billion crowns."),
                      article("b", "Coast Daily", "Nordlys Telecom now expects a profit of 2 billion crowns this year, "
                                                  "down from an earlier forecast of 2.5 billion, the company said."))
    forecast = claim_with(analysis, "cut its annual profit forecast")
    assert not analysis.conflicts and "previously" not in forecast.text
    # ... or named as not the figure ("3,500 litres had leaked, not 2,000 as first reported" was a denial that
    # 2,000 litres had leaked: "5: one report states it and another denies or negates it")
    analysis, _ = run(annotator,
                      article("a", "Valley Post", "About 2,000 litres of diesel had leaked into Lysvik harbour, the "
                                                  "coastal administration said.", published="2026-04-02"),
                      article("b", "Coast Daily", "The coastal administration said on Thursday that 3,500 litres of "
                                                  "diesel had leaked into Lysvik harbour, not 2,000 as first "
                                                  "reported.", published="2026-04-03"))
    leaked = claim_with(analysis, "litres of diesel had leaked")
    assert {m.article for m in leaked.mentions} == {"a", "b"} and not analysis.conflicts, analysis.conflicts
    assert not any(m.negated for m in leaked.mentions) and leaked.text.startswith("3,500 litres")
    assert any(r.startswith("updated: About 2,000 litres") for r in leaked.reasons), leaked.reasons
    # a count given as it stands now ("has now burned 2,000 hectares") replaces one reported before it: a fire that
    # grew was "4: the reports disagree on its numbers"
    analysis, _ = run(annotator,
                      article("a", "Valley Post", "The wildfire near Sandvik had burned 1,200 hectares by Sunday "
                                                  "evening.", published="2026-08-03"),
                      article("b", "Coast Daily", "The wildfire near Sandvik has now burned 2,000 hectares, fire "
                                                  "officials said on Monday.", published="2026-08-04"))
    burned = claim_with(analysis, "has now burned 2,000 hectares")
    assert {m.article for m in burned.mentions} == {"a", "b"} and not analysis.conflicts, analysis.conflicts
    assert "2,000" in burned.text and any(r.startswith("updated: 1,200 hectares") for r in burned.reasons)
    # two figures with no update between them still disagree, whichever came first
    analysis, _ = run(annotator,
                      article("a", "Nordic Wire", "Three people died in the crash, police said.",
                              published="2026-08-03T09:00:00+00:00"),
                      article("b", "Coast Daily", "The crash killed five people, police said.",
                              published="2026-08-03T08:00:00+00:00"))
    assert [c.kind for c in analysis.conflicts] == ["quantity"]


def test_an_institution_named_by_its_kind_is_the_one_its_article_names(annotator):
    # "according to a university press release" was the source "university press", beside Osland University
    a = article("a", "Fjord Post", "Researchers at Osland University have identified a new species of frog, "
                                   "according to a university press release.")
    analysis, _mentions = run(annotator, a)
    assert claim_with(analysis, "new species").mentions[0].source == "org:oslanduniversity"
