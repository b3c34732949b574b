"""Attribution patterns on sentences written for the tests (real parser: the rules read its parse)."""

from __future__ import annotations

import pytest

from newstrace.nlp.attribution import bare_cue, clause_hedged, find_attributions

pytestmark = pytest.mark.slow


def one(nlp, text: str):
    doc = nlp(text)
    atts = find_attributions(doc)
    assert atts, f"no attribution in {text!r}"
    a = atts[0]
    part = lambda spans: " ".join(text[s:e] for s, e in spans)  # noqa: E731
    return part(a.source), part(a.cue), part(a.content), a


def test_x_said_that(nlp):
    src, cue, content, a = one(nlp, "The mayor said that the bridge would reopen in May.")
    assert (src, cue) == ("The mayor", "said") and content == "the bridge would reopen in May"
    assert a.certainty == "reported"  # "would" speaks of a plan, not a doubt


def test_how_the_speaker_said_it_is_not_part_of_the_claim(nlp):
    # the outlet's "without giving details" hangs on the reported verb in the parse, but tells how it was said
    _, _, content, _ = one(nlp, "The harbour master said the channel would reopen in June, without giving details.")
    assert content == "the channel would reopen in June"
    _, _, content, _ = one(nlp, "Mayor Lind claimed the dredging firm had overcharged the city, without providing "
                                "evidence.")
    assert content == "the dredging firm had overcharged the city"
    # not when more of the claim follows it
    _, _, content, _ = one(nlp, "The pilot said the crew left, without waiting for the tug, before the storm.")
    assert "without waiting for the tug" in content


def test_a_clause_of_when_right_after_the_tag_is_not_what_was_said(nlp):
    # the parser hangs "after ..." on the claim's verb; set off after "C, X said," it tells when, not what
    _, _, content, _ = one(nlp, "No one has fallen ill, the dairy said, after it withdrew 20,000 pots of yoghurt "
                                "from shops.")
    assert content == "No one has fallen ill"
    _, _, content, _ = one(nlp, "The bridge will stay closed, the council said, when engineers found cracks.")
    assert content == "The bridge will stay closed"
    # a clause of why is still the speaker's reason
    _, _, content, _ = one(nlp, "The bridge will stay closed, the council said, because engineers found cracks.")
    assert "because engineers found cracks" in content


def test_a_speaker_the_parser_hung_on_the_claim_is_the_speaker(nlp):
    # the small parser reads the Norwegian first name "Per" as a preposition: "said" gets no subject and the
    # speaker's name ends up inside what is said, and inside what a cue in it reports
    text = "Fishermen in the area fear the spill could reach salmon farms, local fishing association chair Per Nygaard said."
    doc = nlp(text)
    atts = {text[a.cue[0][0]:a.cue[0][1]]: a for a in find_attributions(doc)}
    said, fear = atts["said"], atts["fear"]
    assert said.source_text == "local fishing association chair Per Nygaard"
    assert [text[s:e] for s, e in said.content] == ["Fishermen in the area fear the spill could reach salmon farms"]
    assert [text[s:e] for s, e in fear.content] == ["the spill could reach salmon farms"]
    # ... also where the cue goes on to say when or how ("Estmark's military said on Monday" was no source, its
    # words part of the claim)
    src, _cue, content, _a = one(nlp, "Two Vestland drones were shot down over Hald, Estmark's military said on "
                                      "Monday.")
    assert (src, content) == ("Estmark's military", "Two Vestland drones were shot down over Hald")
    # ... and a paper or a spokesman named by whose it is, the parser reading it as an appositive of the last name
    # of the claim ("a statement from the banks" was part of what was said, and no one said it)
    src, _cue, content, _a = one(nlp, "Nordbank will pay 4.2 billion crowns for Kystbank, a statement from the "
                                      "banks said.")
    assert (src, content) == ("a statement from the banks", "Nordbank will pay 4.2 billion crowns for Kystbank")


def test_a_speaker_set_off_before_a_participle_is_the_verbs_speaker(nlp):
    # "X, reading the draft, complained": the small parser makes X the participle's subject (or hangs it on the
    # opening "At 8:15 p.m.") and leaves the verb of saying without one
    for text in ("On Monday, Ms. Okafor, checking the final figures, complained that the levy was too high.",
                 "At 8:15 p.m., Ms. Okafor, checking the final figures, complained in a letter, “These sums do "
                 "not add up.”"):
        _src, cue, _content, a = one(nlp, text)
        assert (a.source_text, cue) == ("Ms. Okafor", "complained"), text
    # a participle opening the sentence, or with a subject of its own, leaves the verb's subject alone
    _, _, _, a = one(nlp, "Okafor reading the draft, the board complained that the levy was too high.")
    assert a.source_text == "the board"


def test_a_source_is_read_in_whole_words_across_hyphens_and_whole_names():
    # the tokenizer splits "Fjord-Mart" in three, and the small parser can make "Mart" alone the subject
    import spacy

    from newstrace.nlp.attribution import _whole_words

    doc = spacy.blank("en")("Fjord-Mart calls the findings of the Anglo - French panel unreliable.")
    assert [t.text for t in doc[:3]] == ["Fjord", "-", "Mart"]
    assert _whole_words(doc[2:3]).text == "Fjord-Mart"
    assert _whole_words(doc[0:1]).text == "Fjord-Mart"
    assert _whole_words(doc[8:9]).text == "Anglo"  # a dash between spaces joins nothing
    # ... and with the rest of a name it cuts, up to the cue: "Patient group Memory Now said" left "Now" out ("Now"
    # an adverb of "said" in the parse), and the source was the group "patient group memory"
    doc = spacy.blank("en")("Patient group Memory Now said it was relieved.")
    doc.ents = [doc.char_span(14, 24, label="ORG")]
    said = doc[4].idx
    assert _whole_words(doc[0:3], said).text == "Patient group Memory Now"
    assert _whole_words(doc[2:3], said).text == "Memory Now"
    assert _whole_words(doc[0:3]).text == "Patient group Memory"  # (no cue given: as it was)
    assert _whole_words(doc[0:2], said).text == "Patient group"  # a span outside the name stays as it is
    # (not a name the NER runs on past the cue, a headline's "Trump Says He Never": the cue is no part of it)
    doc = spacy.blank("en")("Lund Says He Never Knew")
    doc.ents = [doc.char_span(0, 18, label="PERSON")]
    assert _whole_words(doc[0:1], doc[1].idx).text == "Lund"


def test_a_verb_right_after_the_comma_with_no_speaker_is_no_cue(nlp):
    # "announced" tells about the agreement, not who says the clause before it; "it was reported" still does
    doc = nlp("The audit comes amid a new dredging deal between the port and the city, announced following talks "
              "in Bergen this week.")
    assert find_attributions(doc) == []
    _, cue, content, _ = one(nlp, "The ferry will resume service on Friday, it was reported.")
    assert (cue, content) == ("reported", "The ferry will resume service on Friday")


def test_words_the_outlet_calls_false_are_still_the_speakers_and_the_word_is_kept(nlp):
    # the mayor still claims it: the outlet's word is kept apart, for its own denial (claims/extract.py)
    text = "The mayor falsely claimed the ferry had sunk off Sotra."
    a = one(nlp, text)[3]
    assert a.certainty == "reported" and text[a.called_false[0]:a.called_false[1]] == "falsely"
    assert one(nlp, "The mayor claimed the ferry had sunk off Sotra.")[3].certainty == "reported"


def test_parenthetical_said(nlp):
    src, cue, content, a = one(nlp, "The ferry will resume service on Friday, the harbour master said.")
    assert (src, cue) == ("the harbour master", "said")
    assert content == "The ferry will resume service on Friday"


@pytest.mark.parametrize("text, first, second", [
    # the parser hangs the first cue on the second, and reads "though analysts not involved" as a clause of its own
    ("The new vaccine halved infections in a trial, the company said, though analysts not involved in the "
     "study said the full data were needed to judge it.",
     ("the company", "The new vaccine halved infections in a trial"),
     ("analysts not involved in the study", "the full data were needed to judge it")),
    ("The ferry strike will go ahead, the union said, but the operator said talks would continue.",
     ("the union", "The ferry strike will go ahead"), ("the operator", "talks would continue")),
])
def test_what_a_second_speaker_says_after_the_first_is_theirs(nlp, text, first, second):
    doc = nlp(text)
    part = lambda spans: " ".join(text[s:e] for s, e in spans)  # noqa: E731
    assert [(part(a.source), part(a.content)) for a in find_attributions(doc)] == [first, second]


def test_according_to(nlp):
    src, cue, content, _ = one(nlp, "Forty containers fell overboard, according to the coastal agency.")
    assert (src, cue) == ("the coastal agency", "according to")
    assert content.startswith("Forty containers fell overboard")


def test_according_to_a_record_someone_obtained_is_the_record_not_who_obtained_it(nlp):
    src, _cue, content, _ = one(nlp, "The minister was warned about the hull in January, according to documents "
                                     "seen by the Coastline Daily.")
    assert src == "documents" and content == "The minister was warned about the hull in January"
    # figures someone released are theirs
    src, *_ = one(nlp, "According to figures released by the ministry, 40 boats were lost.")
    assert "the ministry" in src


def test_according_to_a_rule_not_set_off_is_how_it_was_done(nlp):
    # "said the permit was granted according to the rules" gave the rules as the source of "Norda said ..."
    text = "Norda Metals said the permit had been granted according to the rules."
    assert [a.cue_lemma for a in find_attributions(nlp(text))] == ["say"]
    # set off, a law or a schedule is the document's word
    src, cue, content, _ = one(nlp, "According to state law, no one may buy votes.")
    assert (src, cue, content) == ("state law", "According to", "no one may buy votes")


def test_as_someone_said_is_who_says_the_clause(nlp):
    src, cue, content, a = one(nlp, "As the mayor said on Monday, the pier is no longer safe.")
    assert (src, cue, content) == ("the mayor", "said", "the pier is no longer safe")
    # after an infinitive the "as" clause still says who reports the whole clause
    src, _cue, content, a = one(nlp, "The council voted 7-2 on Tuesday to close the old pier, as the Harbour "
                                     "Gazette first reported.")
    assert src == "the Harbour Gazette" and content == "The council voted 7-2 on Tuesday to close the old pier"
    assert a.statement
    # "as" telling when, or what someone said, attributes nothing
    for text in ("As the mayor spoke on Monday, protesters gathered outside the hall.",
                 "As he said goodbye, the crowd cheered."):
        assert not find_attributions(nlp(text)), text


def test_a_clause_the_parser_read_as_a_participle_on_a_second_subject_is_what_was_said(nlp):
    # the parser reads "listed" as a participle on "The ferry", and "The ferry" as a second subject of "told"
    text = "The ferry listed sharply before hitting the pier in Lysvik on Sunday, a witness told the Nordic Wire."
    src, cue, content, a = one(nlp, text)
    assert (src, cue) == ("a witness", "told") and a.statement
    assert content == "The ferry listed sharply before hitting the pier in Lysvik on Sunday"
    assert text[a.via_span[0]:a.via_span[1]] == "the Nordic Wire"


@pytest.mark.parametrize("text", [
    "The mayor said in an interview with the Nordic Wire that the pier would be rebuilt.",
    "In an interview with the Nordic Wire, the mayor said the pier would be rebuilt.",
    "In comments to the Nordic Wire, the mayor said the pier would be rebuilt.",
    "Speaking to the Nordic Wire on Monday, the mayor said the pier would be rebuilt.",
    "The mayor said on the Nordic Wire that the pier would be rebuilt.",
])
def test_an_outlet_that_relayed_the_words_is_via(nlp, text):
    src, cue, content, a = one(nlp, text)
    assert (src.lower(), cue, content) == ("the mayor", "said", "the pier would be rebuilt")
    assert a.via_span is not None and text[a.via_span[0]:a.via_span[1]] == "the Nordic Wire"


def test_where_words_were_said_that_is_no_outlet_is_no_via(nlp):
    for text in ("The mayor said on Monday that the pier would be rebuilt.",
                 "Speaking at a news conference, the mayor said the pier would be rebuilt."):
        assert one(nlp, text)[3].via_span is None, text


def test_calling_a_claim_untrue_denies_it(nlp):
    for text, claim in [("Halvorsen Shipping called the allegations that it overloaded the ship baseless.",
                         "it overloaded the ship"),
                        ("The mayor called reports that the pier was unsafe false.", "the pier was unsafe"),
                        ("The mayor called the claim that the pier was safe wrong.", "the pier was safe")]:
        atts = find_attributions(nlp(text))
        assert len({tuple(a.content) for a in atts}) == 1, text  # the noun's clause is the same words
        a = next(a for a in atts if a.source)
        assert (" ".join(text[s:e] for s, e in a.content), a.certainty) == (claim, "denied"), text
    # calling a report something else is no denial
    src, cue, content, a = one(nlp, "The mayor called the report a wake-up call for the harbour.")
    assert a.certainty != "denied"


def test_of_two_subjects_the_source_is_the_one_next_to_the_cue(nlp):
    # the parser makes "the vessel" (with its clause) a second subject of "told"
    src, cue, content, _ = one(nlp, "At least 38 containers fell overboard as the vessel listed in heavy seas, "
                                    "agency spokesperson Ingrid Solberg told reporters in Bergen on Tuesday.")
    assert (src, cue) == ("agency spokesperson Ingrid Solberg", "told")
    # the other "subject" and its clause, before the tag's comma, are what she said
    assert content == "At least 38 containers fell overboard as the vessel listed in heavy seas"


def test_told_a_broadcaster_is_via(nlp):
    text = "Minister Jonas Berg told the broadcaster NRK that an inquiry had been ordered."
    src, cue, content, a = one(nlp, text)
    assert cue == "told" and "Jonas Berg" in src and content == "an inquiry had been ordered"
    assert a.via_span is not None and "NRK" in text[a.via_span[0]:a.via_span[1]]
    # ... the name and all where the parser makes it a second object ("via the broadcaster" named no one)
    text = "Ivo Sand told the broadcaster VTV he was disappointed but not surprised."
    *_, a = one(nlp, text)
    assert a.via_span is not None and text[a.via_span[0]:a.via_span[1]] == "the broadcaster VTV"
    # ... as is one named by its initials alone
    text = "Jonas Berg told NRK on Friday that the closure was final."
    *_, a = one(nlp, text)
    assert a.via_span is not None and text[a.via_span[0]:a.via_span[1]] == "NRK"
    # a news conference is where someone spoke, no outlet relaying it ("Ida Strand via a news conference")
    for where in ("a news conference", "a press briefing"):
        *_, a = one(nlp, f"Governor Ida Strand told {where} that inflation remained far too high.")
        assert a.via_span is None


def test_a_speaker_the_parser_joined_to_an_opening_phrase_speaks(nlp):
    # "In an interview with the Ledger, Marte Holm, ..., said C" had no source: the parser made the speaker a
    # conjunct of "Ledger"
    text = "In an interview with the Fjord Ledger, Marte Holm, the agency's regional director, said repairs would cost 120 million crowns."
    src, cue, content, a = one(nlp, text)
    assert src == "Marte Holm, the agency's regional director" and cue == "said"
    assert content == "repairs would cost 120 million crowns"
    assert a.via_span is not None and text[a.via_span[0]:a.via_span[1]] == "the Fjord Ledger"
    # ... without where or how they were, set off after the name
    src, *_ = one(nlp, "In court in Lysvik, Ola Lund, in a grey suit, said he was innocent.")
    assert src == "Ola Lund"


def test_belief_is_hedged_and_denial_is_denied(nlp):
    *_, believe = one(nlp, "Analysts believe the company overstated its profits.")
    assert believe.certainty == "hedged"
    *_, deny = one(nlp, "The owner denied that any fuel had leaked.")
    assert deny.certainty == "denied"
    # a source its own words call unconfirmed hedges what it says (it was "reported")
    *_, rumour = one(nlp, "According to unconfirmed reports, the ferry was overloaded.")
    assert rumour.certainty == "hedged"
    # ... and a source that only appears to show it (a video "appeared to show" C was reported as shown)
    *_, seen = one(nlp, "A video shared online appeared to show the guards firing at the man.")
    assert seen.certainty == "hedged"
    *_, shown = one(nlp, "A video shared online shows the guards firing at the man.")
    assert shown.certainty == "reported"


@pytest.mark.parametrize(("text", "certainty"), [
    ("Councillor Ivo Kent believes the mayor should resign.", "reported"),  # a position held, no hedge
    ("Kent thinks the council must act before the summer.", "reported"),
    ("Kent believes the council shouldn't be penalized for the delay.", "reported"),
    ("Kent believed the mayor had the votes to pass the budget.", "hedged"),  # a fact he is unsure of
    ("Officials believe the ferry may have sailed without a permit.", "hedged"),
    ("Kent believes the pier is open again.", "hedged"),
    # "suggest" proposes what to do, or puts a fact as likely
    ("The harbour master suggested closing the channel until the storm passed.", "reported"),
    ("The inspectors suggested that the council should close the pier.", "reported"),
    ("Lind suggested the hull had cracked before the storm.", "hedged"),
    ("The data suggest that the hull cracked in the storm.", "hedged"),
])
def test_a_view_of_what_should_be_is_a_position_not_a_hedge(nlp, text, certainty):
    *_, a = one(nlp, text)
    assert a.certainty == certainty, text


@pytest.mark.parametrize(("text", "certainty"), [
    ("Harbour councillors rejected the mayor's ferry plan in overwhelming numbers.", "reported"),  # opposed
    ("Some councillors also rejected the mayor's suggestion.", "reported"),
    ("The judge dismissed the lawsuit against the operator.", "reported"),  # ended, not called false
    ("The mayor rejected the allegations.", "denied"),  # a claim called false
    ("The mayor rejected the suggestion that he lied.", "denied"),
    ("The minister dismissed the report.", "denied"),
    ("When the council sent her the draft, the minister dismissed it.", "reported"),  # "it" may be either
])
def test_rejecting_a_thing_opposes_it_and_rejecting_a_claim_denies_it(nlp, text, certainty):
    *_, a = one(nlp, text)
    assert a.certainty == certainty, text


def test_a_clause_of_when_before_a_cue_is_not_what_was_said(nlp):
    # "when" opens the clause as an adverb to the parser, not as a subordinator: the clause was what the minister
    # denied, graded "5: it is only ever reported as denied"
    text = "But when the final draft of the audit was sent to Ms. Varga, she dismissed it."
    assert not [a for a in find_attributions(nlp(text)) if "draft" in text[a.content[0][0]:a.content[-1][1]]]
    # ... not a preposition "as" opening the words said
    _, _, content, _ = one(nlp, "As a sign of how important the deal is to Estmark, its foreign minister has been "
                                "sent to Norland, the Harbour Post reported.")
    assert content == "As a sign of how important the deal is to Estmark, its foreign minister has been sent to Norland"


@pytest.mark.parametrize("text", ["As criticism grew, Mr. Lind came to believe that the board had lied to him.",
                                  "Lind seems to believe the board had lied to him.",
                                  "Lind began to suspect that the board had lied to him."])
def test_a_belief_someone_came_to_hold_is_theirs_hedged(nlp, text):
    # the infinitive had no subject of its own, and no one held the belief: the claim was the lawmakers' or the outlet's
    src, cue, content, a = one(nlp, text)
    assert src.endswith("Lind") and content == "the board had lied to him" and a.certainty == "hedged"


def test_what_people_have_come_to_expect_of_someone_is_no_belief_of_theirs(nlp):
    # "as many have come to expect" was the belief of "many", its words "as many have come"
    assert not find_attributions(nlp("Brandt gave no straight answers, as voters have come to expect from her."))


def test_a_clause_inside_the_quote_before_the_tag_is_not_all_that_was_said(nlp):
    # the parser hung a clause deep in the quote on "said": that clause was Moe's words, the rest of the quote lost
    text = ("“I thought both Berg and others rightly pointed out that after Vale’s election we gotta drop that old "
            "story that you’re just counting pennies,” Moe said.")
    moe = [a for a in find_attributions(nlp(text)) if text[a.source[0][0]:a.source[-1][1]] == "Moe"]
    assert moe and text[moe[0].content[0][0]:moe[0].content[-1][1]].lstrip("“").startswith("I thought")


def test_a_relative_clause_s_verb_of_asking_speaks_no_quote_before_it(nlp):
    # "the councillor who had asked for it" was the speaker of Varga's quote
    text = ("She dismissed the draft, saying “Frankly, I would rather not publish this,” adding that the short "
            "account would not satisfy the councillor who had asked for it.")
    atts = find_attributions(nlp(text))
    assert {text[a.source[0][0]:a.source[-1][1]] for a in atts} == {"She"}, [(a.source, a.cue) for a in atts]


def test_a_participle_describing_a_thing_is_no_cue(nlp):
    # "the red card shown to defender Ivar Moe" was an attribution of no one's, and gave the claim "To defender
    # Ivar Moe, the club said."
    text = "Molde will appeal the red card shown to defender Ivar Moe, the club said."
    atts = find_attributions(nlp(text))
    assert [text[a.cue[0][0]:a.cue[0][1]] for a in atts] == ["said"]


def test_a_thing_rejected_by_a_relative_clause_is_opposed_not_denied(nlp):
    # "which" is the rise: it was a denial, and made the operator's own claim "denied" beside the union's demand
    text = "The operator said it had offered a rise of 3 percent, which the union rejected."
    atts = find_attributions(nlp(text))
    rejected = [a for a in atts if a.cue_lemma == "reject"]
    assert rejected and rejected[0].certainty == "reported"
    assert [a.certainty for a in atts if a.cue_lemma == "say"] == ["reported"]
    text = "The mayor repeated the claim that the pier was safe, which the inspectors rejected."
    assert [a.certainty for a in find_attributions(nlp(text)) if a.cue_lemma == "reject"] == ["denied"]


def test_a_negated_could_or_possibly_rules_out_and_does_not_hedge(nlp):
    for text, certainty in [("The owner argued that the crew couldn't possibly meet the new standard.", "reported"),
                            ("The owner said the ferry could not sail before May.", "reported"),
                            ("The owner said the ferry may not sail before May.", "hedged"),
                            ("The owner said the ferry could sail before May.", "hedged")]:
        *_, a = one(nlp, text)
        assert a.certainty == certainty, text


def test_a_risk_compared_is_a_finding_not_a_hedge(nlp):
    # "a third less likely to suffer a heart attack" made the researchers' finding hedged
    for text, certainty in [("People who walk daily are a third less likely to suffer a heart attack, researchers "
                             "reported.", "reported"),
                            ("Smokers are twice as likely to fall ill, the researchers said.", "reported"),
                            ("The mayor is likely to resign, aides said.", "hedged")]:
        *_, a = one(nlp, text)
        assert a.certainty == certainty, text
    from newstrace.lexicon import HEDGES
    assert not HEDGES.search("walkers are less likely to fall ill") and HEDGES.search("she is likely to resign")


def test_outlet_reported_and_implicit_source(nlp):
    src, cue, _, _ = one(nlp, "The general has been sent to the front, the Harbour Gazette reported.")
    assert (src, cue) == ("the Harbour Gazette", "reported")
    src, cue, content, _ = one(nlp, "Reports suggest some of the crew were injured.")
    assert src == "" and cue == "suggest" and content == "some of the crew were injured"


def test_first_person_thinking_in_a_quote_is_not_an_attribution(nlp):
    assert find_attributions(nlp("\u201cI think we will win,\u201d he joked.")) == [] or all(
        a.cue_lemma != "think" for a in find_attributions(nlp("\u201cI think we will win,\u201d he joked.")))


def test_quote_carried_to_the_next_quoted_sentence(nlp):
    text = "\u201cWe found 21 of them,\u201d she said. \u201cThe rest are still at sea.\u201d"
    atts = find_attributions(nlp(text))
    assert len(atts) == 1
    assert any(text[s:e].startswith("\u201cThe rest") for s, e in atts[0].content)


def test_a_new_quote_whose_speaker_follows_it_is_not_carried_from_the_quote_before(nlp):
    # the quote opening the second sentence closes in the third, where its own speaker is named
    text = ("\u201cThe water reached the second floor of the school,\u201d said Mara Lind, the mayor.\n"
            "\u201cThe old bridge fell into the river at noon. I saw the water rise everywhere,\u201d said Tomas Ek, "
            "who lives by the river.")
    atts = find_attributions(nlp(text))
    lind = next(a for a in atts if "Lind" in (a.source_text or ""))
    assert not any("bridge" in text[s:e] for s, e in lind.content)
    # "the statement continued" names no new speaker: the quote is still the one before
    text = ("\u201cThe water reached the second floor of the school,\u201d Mara Lind said in a statement.\n"
            "\u201cThe old bridge fell into the river at noon. We will rebuild it,\u201d the statement continued.")
    lind = next(a for a in find_attributions(nlp(text)) if a.source_text == "Mara Lind")
    assert any("bridge" in text[s:e] for s, e in lind.content)


def test_quote_carried_until_it_closes(nlp):
    text = ("\u201cWe found 21 of them,\u201d Solberg told the broadcaster NRK, the paper reported.\n"
            "\u201cThe rest are at sea. Divers are searching.\u201d The ship sank on Monday.")
    atts = find_attributions(nlp(text))
    told = next(a for a in atts if a.cue_lemma == "tell")
    carried = [text[s:e] for s, e in told.content]
    assert any(c.startswith("Divers are searching") for c in carried)
    assert not any("ship sank" in c for c in carried)


def test_a_quote_does_not_run_on_into_a_paragraph_that_opens_without_a_quote_mark(nlp):
    # a quote going on into a new paragraph reopens with a quote mark; a closing mark that the parser leaves
    # as a sentence of its own closes the quote rather than opening one
    text = ("\"Our survey showed no leaks,\" Moreau told the board. \"And the inspectors needed to come forward "
            "with proof of a leak at every pier, and the logbook plainly doesn't give "
            "that.\"\nAnother concern that appears to trouble the board covers the cost of repairs.\n"
            "\"We found 21 of them,\" Solberg told the broadcaster NRK. \"The rest are at sea.\n"
            "The ship sank on Monday.")
    for a in find_attributions(nlp(text)):
        carried = " ".join(text[s:e] for s, e in a.content)
        assert "concern" not in carried and "ship sank" not in carried, (a.source_text, carried)


def test_a_participle_after_a_relative_clause_on_the_object_speaks_with_the_main_clause(nlp):
    # the parser hangs "saying" on "drew" (the relative clause on "remarks"): remarks say nothing, the mayor does
    src, cue, content, _ = one(nlp, "At the town meeting Friday, the mayor made more sharp remarks "
                                    "that have drawn anger, saying, \"The harbour board is a disgrace.\"")
    assert (src, cue) == ("the mayor", "saying") and content == "The harbour board is a disgrace"


def test_an_infinitive_of_saying_speaks_with_the_subject_it_goes_on_from(nlp):
    for text in ("The old harbour master went so far as to say the pier should close for good.",
                 "The harbour master went on to say the ferry would stop in May."):
        src, cue, content, _ = one(nlp, text)
        assert (src.split()[-2:], cue) == (["harbour", "master"], "say") and content.startswith("the "), text
    # a verb that says nothing gives its infinitive no speaker
    doc = nlp("The harbour master refused to say whether the pier would close.")
    assert not [a for a in find_attributions(doc) if a.source and a.cue_lemma == "say"]


def test_a_number_called_is_dialled_not_named_and_seeking_is_doing(nlp):
    assert not [a for a in find_attributions(nlp("The skipper also called 112 during the storm.")) if a.source]
    text = "The mayor sought to set herself apart from the harbour board."
    assert not [a for a in find_attributions(nlp(text)) if a.source]
    src, cue, content, _ = one(nlp, "The councillor called the plan illegal.")
    assert (src, cue, content) == ("The councillor", "called", "the plan illegal")


def test_a_call_for_something_to_be_done_and_a_call_reiterated_are_the_callers(nlp):
    src, _cue, content, _ = one(nlp, "Mayor Ruth Okafor, who has seen her support grow in recent weeks, also "
                                     "called for the whole audit to be published.")
    assert src.startswith("Mayor Ruth Okafor") and content == "the whole audit to be published"
    src, cue, content, _ = one(nlp, "In a post later Sunday, Okafor reiterated her call for a ban on cruise ships.")
    assert (src, cue, content) == ("Okafor", "reiterated", "her call for a ban on cruise ships")


def test_a_gerund_after_by_speaks_with_its_clauses_subject_and_what_is_avoided_is_said_by_no_one(nlp):
    src, cue, content, _ = one(nlp, "Radio host Glenn Vidal ended the rally on Saturday by demanding that "
                                    "the council put its accounts in order.")
    assert (src, cue, content) == ("Radio host Glenn Vidal", "demanding",
                                   "the council put its accounts in order")
    text = "On Wednesday, the mayor appeared to change course by avoiding saying the pier would be closed by decree."
    assert not find_attributions(nlp(text))
    # what one refused is not what one went on to say
    text = ("Earlier, the governor had refused to say sorry for the letter, even saying at a town meeting he "
            "wished he could fight a duel.")
    saying = [a for a in find_attributions(nlp(text)) if a.cue_lemma == "say"]
    assert [text[s:e] for a in saying for s, e in a.source] == ["the governor"]
    # what someone is kept from doing is not done
    text = "New rules would bar harbour agencies from measuring how a project would harm the fjord."
    assert not find_attributions(nlp(text))


def test_whom_a_verb_addresses_is_not_its_inverted_speaker(nlp):
    text = ("If last year's opening address was marked by urging Mayor Ada Brandt to quit, this year's "
            "stood out for its plea that the harbour grow.")
    assert not [a for a in find_attributions(nlp(text)) if a.source]  # Brandt was urged; she said nothing
    src, cue, content, _ = one(nlp, "“The ferries are safe,” said Olaf Berg.")
    assert (src, cue, content) == ("Olaf Berg", "said", "The ferries are safe")


def test_posited_and_retorted_are_verbs_of_saying(nlp):
    src, cue, content, _ = one(nlp, "“The tide is still turning in the harbour,” he posited.")
    assert (src, cue, content) == ("he", "posited", "The tide is still turning in the harbour")


def test_what_a_verb_of_saying_reports_is_no_parenthetical_around_it(nlp):
    # "said the office has disclosed ...": the office's disclosure is what the lawyer said, not a frame that
    # makes the lawyer's words the office's
    text = "Okafor's lawyer, Tomas Vidal, said the port office has disclosed its plan to close the pier."
    disclosed = [a for a in find_attributions(nlp(text)) if a.cue_lemma == "disclose"]
    assert not any("Vidal" in text[s:e] for a in disclosed for s, e in a.content)


@pytest.mark.parametrize(("text", "said"), [
    # the parser hangs "long before ..." on the cue: it was cut off, and left as the outlet's fragment
    ("Port officials were warned about the pier's condition long before it collapsed, the Harbour Times reported "
     "on Wednesday.", "Port officials were warned about the pier's condition long before it collapsed"),
    ("The ferry was sold to a Danish firm long before the strike began, the Coast Daily reported on Monday.",
     "The ferry was sold to a Danish firm long before the strike began"),
    ("The pier is safe and will reopen in May, the mayor said on Monday.", "The pier is safe and will reopen in May"),
    ("The ferry will stay in port, as the mayor said on Monday.", "The ferry will stay in port"),
])
def test_the_words_before_the_comma_of_a_tag_are_all_what_was_said(nlp, text, said):
    assert one(nlp, text)[2] == said


def test_a_cue_whose_quote_the_parser_ended_at_an_exclamation_mark_speaks_that_quote(nlp):
    text = "Vidal spoke last. “Listen, this harbour board has lost its way and I am angry!” he declared."
    declared = next(a for a in find_attributions(nlp(text)) if a.cue_lemma == "declare")
    assert [text[s:e] for s, e in declared.content] == ["“Listen, this harbour board has lost its way and I am angry!”"]


def test_a_quote_after_the_cue_and_a_colon_is_the_cues_content(nlp):
    text = ("Lund added on Twitter: “Tomas Vidal is in line for a permanent seat on the harbour board from a mayor "
            "whose office is being audited.”")
    added = [a for a in find_attributions(nlp(text)) if a.cue_lemma == "add"]
    assert any("permanent seat" in text[s:e] for a in added for s, e in a.content)


def test_referring_panning_and_railing_name_what_the_speaker_means(nlp):
    src, cue, content, _ = one(nlp, "Both Okafor and Reyna referred to the spill as a disaster for the bay.")
    assert (src, cue, content) == ("Both Okafor and Reyna", "referred", "the spill a disaster for the bay")
    src, cue, content, _ = one(nlp, "Fishermen panned the plan as ridiculous.")
    assert (src, cue, content) == ("Fishermen", "panned", "the plan ridiculous")  # what it was called too
    src, cue, content, _ = one(nlp, "The mayor described the plan as reckless and costly.")
    assert content == "the plan reckless and costly"
    src, cue, content, _ = one(nlp, "Governor Reyna railed against the new port tariffs at the rally.")
    assert (src, cue, content) == ("Governor Reyna", "railed", "the new port tariffs")
    assert not find_attributions(nlp("The tanker was referred to the inspectors on Monday."))  # no one speaks


def test_a_hedge_inside_what_a_stance_names_does_not_hedge_the_stance(nlp):
    _, cue, content, a = one(nlp, "Inspectors expressed doubts about a claim that could cost millions.")
    assert cue == "expressed" and a.certainty == "reported"  # "could" is the claim's, inside what is named


def test_a_cue_in_the_speakers_own_quoted_words_does_not_end_the_quote(nlp):
    text = ("\u201cWe must act fast,\u201d Mayor Ruiz said in a statement. \u201cSince the council is slow, I said "
            "this would happen. I want to keep the pier open.\u201d The ferry was late.")
    said = next(a for a in find_attributions(nlp(text)) if a.source_text == "Mayor Ruiz")
    carried = " ".join(text[s:e] for s, e in said.content)
    assert "keep the pier open" in carried and "ferry" not in carried


def test_continued_after_a_quote_says_who_speaks_and_nothing_else_does(nlp):
    src, cue, content, _ = one(nlp, "\u201cWe will rebuild the pier,\u201d the statement continued.")
    assert (src, cue, content) == ("the statement", "continued", "We will rebuild the pier")
    assert not find_attributions(nlp("The council continued to argue about the pier."))
    assert not any(a.cue_lemma == "continue" for a in find_attributions(nlp(
        "Prices rose sharply, the borrowing continued.")))


def test_shes_said_is_she_has_said(nlp):
    # the small parser reads the contracted "has" as a passive "is", which would leave the claim with no speaker
    src, cue, content, _ = one(nlp, "She's said that the pier is safe.")
    assert (src, cue, content) == ("She", "said", "the pier is safe")


def test_e_mailed_is_one_word_and_its_subject_is_the_speaker(nlp):
    src, _, _, _ = one(nlp, "A harbour spokesman e-mailed staff a draft note, warning them that the pier was unsafe.")
    assert src == "A harbour spokesman"


def test_an_infinitive_of_saying_after_appeared_is_the_subjects_and_hedged(nlp):
    src, cue, content, a = one(nlp, "However, Ruiz appeared to suggest she would ask for a new pier contract.")
    assert (src, cue) == ("Ruiz", "suggest") and content.startswith("she would ask")
    assert a.certainty == "hedged"


def test_what_someone_is_encouraged_to_do_is_what_the_urger_says(nlp):
    src, cue, content, _ = one(nlp, "Councillor Ruiz encouraged the mayor on Sunday to listen to the fishermen.")
    assert (src, cue, content) == ("Councillor Ruiz", "encouraged", "to listen to the fishermen")
    # an infinitive of purpose with no one urged is no content
    assert not find_attributions(nlp("The mayor encouraged on Sunday to win votes."))


def test_more_of_the_speakers_words_quoted_in_the_next_sentence_are_the_speakers(nlp):
    text = ("\u201cThe plan,\u201d he declared, \u201cis eating the harbour.\u201d Moreover, it \u201cwas designed to "
            "eat the harbour.\u201d")
    declared = next(a for a in find_attributions(nlp(text)) if a.cue_lemma == "declare")
    carried = " ".join(text[s:e] for s, e in declared.content)
    assert "Moreover, it" in carried and "designed to eat" in carried
    text = "\u201cThe plan is ready,\u201d he declared. The so-called \u201charbour plan\u201d failed."
    declared = next(a for a in find_attributions(nlp(text)) if a.cue_lemma == "declare")
    assert "failed" not in " ".join(text[s:e] for s, e in declared.content)  # two words: maybe scare quotes


def test_what_a_statement_someone_issued_says_is_the_issuers(nlp):
    src, cue, content, _ = one(nlp, "The harbour board issued a statement saying that the pier would close in May.")
    assert (src, cue, content) == ("The harbour board", "saying", "the pier would close in May")
    # someone seen saying it is the one who says it
    src, _, _, _ = one(nlp, "He saw a man saying that the pier was closed.")
    assert src == "a man"


def test_a_stance_in_a_participle_speaks_with_the_one_it_hangs_on(nlp):
    src, cue, content, _ = one(nlp, "Mayor Ruiz released a statement calling the flood a disaster.")
    assert (src, cue, content) == ("Mayor Ruiz", "calling", "the flood a disaster")
    src, cue, _, _ = one(nlp, "Governor Reyna spoke in Bergen, calling the deal a disaster.")
    assert (src, cue) == ("Governor Reyna", "calling")


@pytest.mark.parametrize("text", [
    "Late on Saturday, a crowd in Tessby attacked a customs office, shops and a bank.",
    "Rioters attacked the town hall with bricks in central Tessby on Sunday night.",
    "Raiders attacked a fishing trawler off Cape Wrath on Saturday morning.",
])
def test_an_attack_by_force_is_no_stance(nlp, text):
    # a place, a building or a craft attacked, or an attack with a weapon: what happened, no one's words
    assert not any(a.cue_lemma == "attack" for a in find_attributions(nlp(text)))


def test_an_attack_on_a_person_or_a_plan_is_a_stance(nlp):
    _, cue, content, _ = one(nlp, "Senator Ada Marsh attacked the plan as reckless and costly for the town.")
    assert cue == "attacked" and content.startswith("the plan")


def test_an_act_confirmed_is_on_the_word_of_who_confirms_it(nlp):
    # "Police confirmed the arrests" was the outlet's own claim that police confirmed them: the arrests had one
    # source fewer than they have
    src, cue, content, _ = one(nlp, "Varby police confirmed the arrests of three men on Sunday.")
    assert (src, cue, content) == ("Varby police", "confirmed", "the arrests of three men")
    [a] = find_attributions(nlp("The army confirmed the truce."))
    assert a.cue_lemma == "confirm" and not a.statement  # a thing named, not a clause: the clause is the claim
    src, _, content, _ = one(nlp, "The council confirmed the reports.")  # (the claims stage joins them to the words)
    assert (src, content) == ("The council", "the reports")


def test_a_thing_said_by_the_agent_of_a_passive_is_on_the_agents_word(nlp):
    # "The arrests were confirmed by police" was the outlet's own claim: the arrests had one source fewer
    src, cue, content, _ = one(nlp, "The arrests were confirmed by police on Monday.")
    assert (src, cue, content) == ("police", "confirmed", "The arrests")
    [denied] = find_attributions(nlp("The claim was denied by the ministry."))
    assert (denied.cue_lemma, denied.certainty, denied.statement) == ("deny", "denied", False)
    # ... not a post approved, nor a passive inside someone's quoted words (the quote's speaker's)
    assert not find_attributions(nlp("The nominee was confirmed by the Senate."))
    quoted = find_attributions(nlp('"Those findings are confirmed by the emails," Senator Ada Lund said.'))
    assert [a.cue_lemma for a in quoted] == ["say"]


@pytest.mark.parametrize("text", [
    "The Senate confirmed the nominee on Tuesday.",  # approved, not said to be true
    "The Senate confirmed Judge Ada Lund on Tuesday.",
    "Shin did not say how intelligence officers had confirmed the arrival of the troops.",  # asked about
])
def test_a_post_approved_or_a_confirming_asked_about_is_no_ones_word(nlp, text):
    assert not any(a.cue_lemma == "confirm" for a in find_attributions(nlp(text)))


def test_what_a_speaker_accuses_or_blames_someone_of_is_part_of_the_claim(nlp):
    # the object alone is no statement: "accused the Greens" says nothing of what they did
    src, cue, content, _ = one(nlp, 'Mr. Pell accused the Greens of engaging in "delaying games" over the '
                                    'bridge.')
    assert (src, cue) == ("Mr. Pell", "accused")
    assert content == 'the Greens engaging in "delaying games" over the bridge'
    src, cue, content, _ = one(nlp, "Ms. Ostrova blamed the harbour board for the delays at the locks.")
    assert (cue, content) == ("blamed", "the harbour board the delays at the locks")


def test_a_that_which_is_the_subject_stays_in_the_claim(nlp):
    _, _, content, _ = one(nlp, "The treasurer said that was not the right comparison.")
    assert content == "that was not the right comparison"
    _, _, content, _ = one(nlp, "She said that the plan was not the right one.")
    assert content == "the plan was not the right one"  # the complementizer is not


def test_a_quote_the_cue_interrupts_goes_on_after_it(nlp):
    _, cue, content, _ = one(nlp, '"Wardens," the councillor continued, "are told by the city where to patrol."')
    assert cue == "continued"
    assert content == '"Wardens," "are told by the city where to patrol."'
    # "went on" after a quote says the speaker went on speaking; the fighting going on does not
    src, cue, content, _ = one(nlp, '"Wardens," the councillor went on, "are told by the city where to patrol."')
    assert (src, cue, content) == ("the councillor", "went on", '"Wardens," "are told by the city where to patrol."')
    src, cue, content, _ = one(nlp, '"We are done," she went on.')
    assert (src, cue, content) == ("she", "went on", "We are done")
    assert not find_attributions(nlp("The fighting went on for days."))


def test_whom_a_passive_verb_of_telling_addresses_is_not_what_was_said(nlp):
    doc = nlp('Wardens, she went on, "are told by the city where to patrol."')
    assert not [a for a in find_attributions(doc) if a.cue_lemma == "tell"]
    _, cue, content, _ = one(nlp, "The crew was told that the bridge would reopen on Friday.")
    assert (cue, content) == ("told", "the bridge would reopen on Friday")


def test_a_clause_a_verb_takes_as_its_object_is_no_parenthetical_report(nlp):
    # "C, the mayor said" read as "said" hanging on C is one; "making plain she trusted in X" is not, nor is a
    # that-clause coordinated with what was said
    doc = nlp("Ms. Dunmore called for a full hearing before making plain she trusted in a simple vote.")
    assert [a.cue_lemma for a in find_attributions(doc)] == ["call"]
    doc = nlp("The spokeswoman said that Okafor is waiting to read the final plan and that she has set out her "
              "view in recent weeks.")
    assert [a.cue_lemma for a in find_attributions(doc)] == ["say"]
    src, cue, content, _ = one(nlp, "The port will close on Friday, the harbour master said.")
    assert (src, cue, content) == ("the harbour master", "said", "The port will close on Friday")


def test_what_someone_refuses_to_say_is_no_ones_claim(nlp):
    doc = nlp("Rival councillors questioned Okafor's refusal to say how she would vote.")
    assert [a.cue_lemma for a in find_attributions(doc)] == ["question"]


def test_a_name_right_before_a_coordinated_verb_of_saying_is_its_speaker(nlp):
    # the small parser joins "Judge Ada Lund" to the object before it and lets "said" share the first clause's
    # subject ("the remedies ... said")
    src, cue, content, _ = one(nlp, 'But those two permits need different tests for approval and Judge '
                                    'Ada Lund said it was "a deep flaw" in the scheme.')
    assert (src, cue) == ("Judge Ada Lund", "said")
    src, _, _, _ = one(nlp, "The council approved the budget and said it would cut taxes.")
    assert src == "The council"


def test_the_programme_words_were_said_on_is_not_what_was_said(nlp):
    text = "Mayor Ada Lund said on KTV’s “Face the Harbour” that the bridge would reopen."
    [a] = find_attributions(nlp(text))
    assert [text[s:e] for s, e in a.content] == ["the bridge would reopen"]


def test_a_quote_the_cue_follows_on_a_programme_is_the_speakers(nlp):
    # the parser ends the sentence after the quote (which closes a quote inside it): the cue's sentence holds
    # only the programme's title, and the quote before it is what was said
    text = ("“It is a broken harbour policy, and I would want the mayor to join Ivo Kent, and most "
            "of the councillors in saying, ‘No, we have to vote this plan down,’ ” Lund said on NRK’s "
            "\"Face the Harbour.\"\n")
    said = {a.source_text: [text[s:e] for s, e in a.content] for a in find_attributions(nlp(text))}
    assert said["Lund"] == [text[:text.index(" Lund said")]], said


def test_a_clause_whose_subject_the_parser_hung_on_its_auxiliary_states_something(nlp):
    # before a line break the parser makes "roads" the subject of "were", leaving "closed" without one
    doc = nlp("The harbour master said the roads were closed.\n")
    assert [t.head.text for t in doc if t.text == "roads"] == ["were"]  # the misparse this guards against
    [a] = find_attributions(doc)
    assert a.statement


@pytest.mark.parametrize(("text", "bare"), [
    ("Harbour master Lena Voss asked.", True),  # her question stood in the sentence before
    ("The deputy mayor said on Monday.", True),
    ("He added.", True),
    ("The mayor said the pier would reopen.", False),
    # the parser hangs the statement's subject on the cue: two subjects, and a verb with an object of its own
    ("The freighter Kestrel lost 38 containers off Cape Wrath on Monday, the coastguard said.", False),
    ("Protests continued on Monday.", False),  # what happened, not who spoke
    ("The deputy mayor said on NRK’s “Face the Harbour.”", True),  # a programme's title, read as a clause
    ("The deputy mayor said “Close the Pier.”", False),  # no programme: what she said
])
def test_a_sentence_of_only_a_cue_and_its_speaker_says_nothing(nlp, text, bare):
    [sent] = list(nlp(text).sents)
    assert bare_cue(sent) is bare


@pytest.mark.parametrize("text", [
    "Last month, Berg was in court in March after he shoved a cameraman at the harbour.",
    "The ferry sank on Monday after the captain warned the crew.",
    "The pier was closed before the inspectors were told of the crack.",
])
def test_a_clause_saying_when_gives_the_main_clause_no_speaker(nlp, text):
    # "after he threatened a reporter" says when the main clause happened; the main clause is not his words
    assert find_attributions(nlp(text)) == []


def test_as_x_said_still_attributes_the_main_clause(nlp):
    src, cue, content, _ = one(nlp, "The pier is unsafe, as the harbour master warned last year.")
    assert (src, cue, content) == ("the harbour master", "warned", "The pier is unsafe")


@pytest.mark.parametrize(("text", "certainty"), [
    ('"I don\'t know whether the ferry sailed," Lind said.', "hedged"),
    ('Lind replied: "Well, I don\'t know that the pilot never saw the buoy."', "hedged"),
    ('"I\'m not sure the pier is safe," Lind said.', "hedged"),
    ('"I do not know him," Lind said.', "reported"),  # not knowing someone doubts nothing
    ('"I didn\'t know it was going to cost me my job," Lind said.', "reported"),  # what she learnt since
    ('"I know the pier is safe," Lind said.', "reported"),
])
def test_a_speaker_who_says_they_do_not_know_hedges(nlp, text, certainty):
    *_, a = one(nlp, text)
    assert a.certainty == certainty


def test_a_verb_of_warning_after_its_words_takes_the_name_after_it_as_its_speaker(nlp):
    # the small parser joins "warned" to the clause before it and takes the name for its object
    src, cue, content, _ = one(nlp, "The spill could reach the salmon farms, warned Dr. Tor Lund, a marine biologist.")
    assert src.startswith("Dr. Tor Lund") and cue == "warned" and content == "The spill could reach the salmon farms"
    # whom a warning addresses is not its speaker
    src, _cue, _content, _ = one(nlp, "The coastguard warned Tor Lund to stay ashore.")
    assert src == "The coastguard"


@pytest.mark.parametrize("text", [
    "The inquiry will begin on Monday, the Evening Ledger reported, citing two ministry officials.",
    "The Evening Ledger reported that the inquiry would begin on Monday, citing two ministry officials.",
])
def test_an_outlet_citing_someone_relays_their_word(nlp, text):
    # the cited are the source, the outlet the intermediary; the citing itself states nothing
    [a] = find_attributions(nlp(text))
    assert text[a.source[0][0]:a.source[-1][1]] == "two ministry officials"
    assert text[a.via_span[0]:a.via_span[1]].lower() == "the evening ledger"
    assert [text[s:e] for s, e in a.content] in (["The inquiry will begin on Monday"],
                                                 ["the inquiry would begin on Monday"])
    # a speaker who is no outlet cites what their view rests on: theirs, and the citing is theirs too
    atts = find_attributions(nlp("The senator said she would vote no, citing concerns over the judge's record."))
    assert atts[0].source_text == "The senator" and atts[0].via_span is None
    assert any(a.cue_lemma == "cite" for a in atts)


def test_an_outlet_citing_someone_after_the_words_it_reports_relays_their_word(nlp):
    # the small parser reads "the Nordic Ledger reported on Monday" as a participle on a noun of what it reports and
    # hangs the citing on the main verb: the claim was Fjell Foods' own word, "citing two people" its content
    text = ("Snack maker Fjell Foods is in advanced talks to acquire Lunde Brands, the Nordic Ledger reported on "
            "Monday, citing two people with knowledge of the discussions.")
    [a] = find_attributions(nlp(text))
    assert a.source_text == "two people with knowledge of the discussions"
    assert text[a.via_span[0]:a.via_span[1]] == "the Nordic Ledger"
    assert [text[s:e] for s, e in a.content] == [text[:text.index(", the Nordic")]]


@pytest.mark.parametrize("text", ["The ferry is said to have struck a rock.",  # hearsay, no one named
                                  "The ferry is understood to have struck a rock."])
def test_what_is_said_or_understood_of_something_is_hedged(nlp, text):
    assert clause_hedged([t for t in nlp(text) if t.dep_ == "ROOT"])


@pytest.mark.parametrize(("text", "certainty"), [
    ("The captain was allegedly drunk, prosecutors said.", "hedged"),  # the adverb on what "was" says
    ("The captain was drunk, prosecutors said.", "reported"),
])
def test_a_hedge_on_what_a_copula_says_hedges_the_clause(nlp, text, certainty):
    *_, a = one(nlp, text)
    assert a.certainty == certainty


def test_a_plural_noun_read_as_a_verb_with_no_subject_is_no_cue(nlp):
    # "claims" after "said" is the noun: what the operator said is the whole clause, not a fragment of it
    text = "The operator said claims that the ferry struck a rock were false."
    [a] = find_attributions(nlp(text))
    assert a.source_text == "The operator" and [text[s:e] for s, e in a.content] == [
        "claims that the ferry struck a rock were false"]


@pytest.mark.parametrize("text", [
    "Forty people were evacuated from the ferry, the coast guard said, citing preliminary figures from the operator.",
    "The coast guard said forty people were evacuated from the ferry, citing preliminary figures from the operator.",
])
def test_anyone_citing_where_figures_come_from_relays_their_word(nlp, text):
    # the figures' issuer is where the number comes from, the coast guard relays it: two reports of the coast guard
    # and the operator are not two sources of one count
    [a] = find_attributions(nlp(text))
    assert a.source_text == "preliminary figures from the operator"
    assert text[a.via_span[0]:a.via_span[1]].lower() == "the coast guard"
    assert " ".join(text[s:e] for s, e in a.content).lower() == "forty people were evacuated from the ferry"


@pytest.mark.parametrize("text", [
    "Lysvik FC sacked coach Per Lie on Sunday, the club said.",
    "Lysvik FC sacked coach Per Lie on Sunday after a run of five straight defeats, the club said.",
])
def test_what_is_said_before_the_speaker_is_theirs_where_the_parser_reads_no_clause_in_it(nlp, text):
    # the small parser takes "sacked" for an adjective and hangs the noun phrase on "said": the sentence gave no
    # claim, or the outlet's own with the cue in it
    src, cue, content, a = one(nlp, text)
    assert (src, cue) == ("the club", "said") and content == text[: text.index(", the club")]
    assert a.statement


def test_what_the_speaker_did_to_their_words_next_is_no_part_of_them(nlp):
    # the parser hangs "revised" on "died": the toll revised was part of what the police said had happened
    _src, _cue, content, _ = one(nlp, "Police initially said five people had died, but later revised the toll to three.")
    assert content == "five people had died"
    _src, _cue, content, _ = one(nlp, "The captain said the ship sank and drifted ashore.")
    assert content == "the ship sank and drifted ashore"  # the ship's own doing stays


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Per the operator, the ferry will resume on Friday.", "the operator", "the ferry will resume on Friday"),
    ("The ferry will resume Friday, per a statement from the operator.", "a statement from the operator",
     "The ferry will resume Friday"),
])
def test_per_someone_is_their_word_as_according_to_is(nlp, text, source, content):
    # it was the outlet's own voice: two outlets writing "per the operator" counted as two sources
    src, cue, said, a = one(nlp, text)
    assert (src, said, a.cue_lemma) == (source, content, "according to")


def test_per_as_a_first_name_is_part_of_the_name_not_according_to(nlp):
    # "Per Nygaard said" gave the source "Nygaard"; "The coach, Per Lie, said" read "Per Lie" as "according to Lie"
    src, _cue, content, _a = one(nlp, "Per Nygaard said at least 12 farms were on alert.")
    assert (src, content) == ("Per Nygaard", "at least 12 farms were on alert")
    src, _cue, content, a = one(nlp, "The coach, Per Lie, said the team would train on Monday.")
    assert (src, content, a.cue_lemma) == ("The coach, Per Lie", "the team would train on Monday", "say")
    # at a sentence's start and set off by a comma, it is the preposition
    src, _cue, content, a = one(nlp, "Per Reuters, the ship sank on Monday.")
    assert (src, content, a.cue_lemma) == ("Reuters", "the ship sank on Monday", "according to")
    # ... unless a role set off after the name says it is a person ("Per Dahl, an administration spokesman, told"
    # had no source at all)
    src, cue, content, a = one(nlp, "Per Dahl, an administration spokesman, told the Gazette that the leak had "
                                    "stopped.")
    assert (src.rstrip(","), cue, content) == ("Per Dahl, an administration spokesman", "told", "the leak had stopped")
    # ... and after the verb that speaks it ("C," said Per Vik: no source, and who he is read as what he said)
    src, cue, content, a = one(nlp, "\"We warned them again and again,\" said Per Vik, who leads the union branch at "
                                    "the plant.")
    assert (src, content) == ("Per Vik, who leads the union branch at the plant", "We warned them again and again")


def test_per_a_measure_is_no_attribution(nlp):
    for text in ("The ferry costs 40 kroner per person.", "Fares rose 5 per cent in a year."):
        assert find_attributions(nlp(text)) == []


def test_what_a_poll_or_an_inquiry_found_is_its_word(nlp):
    # "C, a poll by the Coast Daily found" gave the residents as the source of C and a claim "a poll ... found."
    text = "Sixty percent of residents oppose the bridge, a poll by the Coast Daily found."
    part = lambda spans: " ".join(text[s:e] for s, e in spans)  # noqa: E731
    assert ("a poll by the Coast Daily", "Sixty percent of residents oppose the bridge") in [
        (part(a.source), part(a.content)) for a in find_attributions(nlp(text)) if part(a.cue) == "found"]
    src, _cue, content, _a = one(nlp, "The inquiry found that the harbour master had ignored three warnings.")
    assert (src, content) == ("The inquiry", "the harbour master had ignored three warnings")
    # what people found they mostly found: the outlet's report
    assert not find_attributions(nlp("Inspectors found that the hull had cracked."))
    # ... but what researchers found is their finding ("C, researchers have found" was the outlet's own C)
    text = "A daily walk cuts the risk of a stroke by a fifth, researchers at Lysvik University have found."
    src, _cue, content, _a = one(nlp, text)
    assert (src, content) == ("researchers at Lysvik University", "A daily walk cuts the risk of a stroke by a fifth")
    # ... and a finder named as a name ("C, the Lysvik Inquiry found": the parser's lemma keeps its capital)
    src, _cue, content, _a = one(nlp, "The harbour master ignored three warnings, the Lysvik Inquiry found.")
    assert (src, content) == ("the Lysvik Inquiry", "The harbour master ignored three warnings")


def test_what_records_show_is_their_word_where_the_parser_sees_no_verb(nlp):
    # "C, health ministry data show." read "data show" as one noun: C was the outlet's own, and "1 confirmed" beside
    # another outlet's "according to figures from the health ministry"
    text = "Patients now wait 14 weeks for surgery, up from seven weeks in 2025, health ministry data show."
    src, cue, content, _a = one(nlp, text)
    assert (src, cue) == ("health ministry data", "show")
    assert content == "Patients now wait 14 weeks for surgery, up from seven weeks in 2025"
    assert not find_attributions(nlp("The mayor will attend the show."))
    # ... also named as whose after "from" (it was the outlet's own claim)
    src, cue, _content, _a = one(nlp, "Waiting lists grew by 30 percent under Aas, figures from the health "
                                      "directorate show.")
    assert (src, cue) == ("figures from the health directorate", "show")
    assert not find_attributions(nlp("Waiting lists grew by 30 percent, people from the health directorate show."))


@pytest.mark.parametrize("text", ["No one expected the plant to close.", "Nobody has said the pier is unsafe.",
                                  "Neither side said the talks had failed.", "No official said the bridge was shut."])
def test_no_one_is_no_source(nlp, text):
    # the sentence says what no one said or expected: no one's words to attribute
    assert find_attributions(nlp(text)) == []


@pytest.mark.parametrize("text, statement", [
    ("Analysts expect the bank to raise rates on Thursday.", "the bank is expected to raise rates on Thursday"),
    ("Officials expected the talks to be difficult.", "the talks were expected to be difficult"),
    ("Police believe him to be the gunman.", "he is believed to be the gunman"),
    ("Police believe the fire to have been set deliberately.", "the fire is believed to have been set deliberately"),
    # what a demand asks for
    ("Delaney called for the report to be made public.", "the report should be made public"),
    ("The union demanded that the plant stay open.", "the plant should stay open"),
    # ... with no tense, as "be" or a present the tagger reads it as, and outside the words it quotes
    ("Fishermen are demanding the whole report be printed.", "the whole report should be printed"),
    ("The union demanded that the workers get a raise.", "the workers should get a raise"),
    ("Lie recommended that the council start a process to sell it.", "the council should start a process to sell it"),
    ('Lie recommended that the council "start a process" to sell it.',
     'the council should "start a process" to sell it'),
    # a participle with a subject of its own, in the cue's tense ("the Harbour Party losing ground" was a claim)
    ("New polls showed the Harbour Party losing ground ahead of next month's vote.",
     "the Harbour Party was losing ground ahead of next month's vote"),
    ("The figures show ferry fares rising faster than wages.", "ferry fares are rising faster than wages"),
])
def test_an_infinitive_or_participle_with_its_own_subject_is_restated_as_a_clause(nlp, text, statement):
    # the content's words ("the bank to raise rates") are no statement; the cue made passive gives one, which
    # keeps what "expect" says (a forecast, or a demand: "we expect the board to publish it") and what "believe" does
    _, _, content, a = one(nlp, text)
    assert content != statement and a.restated == statement


@pytest.mark.parametrize("text", ["Lie insisted that the workers get a raise every year.",
                                  "The unions called for the offer to be scrapped and urged members to strike."])
def test_what_is_not_only_a_demand_is_not_restated_as_one(nlp, text):
    # "insisted" may state what is so; the speaker's next act, joined by the parser to what they asked for, is no
    # part of it ("the offer should be scrapped and urged members to strike")
    assert all(a.restated is None for a in find_attributions(nlp(text)))


@pytest.mark.parametrize("text, source, content, statement", [
    ("Engineers are inspecting the dam upstream, which some residents fear could fail.", "some residents",
     "could fail", "the dam upstream could fail"),
    ("Police arrested Tor Aas, who prosecutors say stole the funds.", "prosecutors", "stole the funds",
     "Tor Aas stole the funds"),
])
def test_a_relative_clause_reporting_words_on_its_noun_says_them_of_the_noun(nlp, text, source, content, statement):
    # "which residents fear could fail" gave the content "which": the pronoun is the subject of what is said,
    # which is said of the noun the clause hangs on
    a = next(a for a in find_attributions(nlp(text)) if text[a.source[0][0]:a.source[0][1]] == source)
    assert " ".join(text[s:e] for s, e in a.content) == content and a.restated == statement


def test_a_relative_clause_reporting_words_is_no_part_of_what_the_clause_around_it_names(nlp):
    # the minister defended the plan; that it will cost 400 jobs is the critics' word, not what was defended
    text = "The minister defended the plan, which critics say will cost 400 jobs."
    part = lambda spans: " ".join(text[s:e] for s, e in spans)  # noqa: E731
    found = {part(a.source): (part(a.content), a.restated) for a in find_attributions(nlp(text))}
    assert found == {"The minister": ("the plan", None),
                     "critics": ("will cost 400 jobs", "the plan will cost 400 jobs")}
    # one on its speaker is an aside of who speaks (nlp/asides.py), not words said of the noun
    assert one(nlp, "Lund, who said the plan was dead, resigned on Monday.")[3].restated is None


def test_an_infinitive_of_a_cue_with_no_such_passive_is_left_as_it_stands(nlp):
    _, _, content, a = one(nlp, "The union urged the council to keep the plant open.")
    assert content.endswith("to keep the plant open") and a.restated is None
    assert one(nlp, "The mayor said that the bridge would reopen in May.")[3].restated is None


def test_what_a_speaker_asks_whether_is_in_doubt(nlp):
    # "asked whether C" puts C in question: hedged, not reported as said (its source is still the asker)
    src, cue, _content, a = one(nlp, "Aas asked whether the council had even read the report.")
    assert (src, cue, a.certainty) == ("Aas", "asked", "hedged")
    assert one(nlp, "Aas said the council had read the report.")[3].certainty == "reported"


@pytest.mark.parametrize("text", ["Berg will appeal the verdict, his lawyer Sara Moen said.",
                                  "Berg will appeal the verdict, his lawyer Sara Moen told the Harbour Post."])
def test_a_speaker_the_parser_hung_on_the_claim_s_object_is_the_speaker(nlp, text):
    # the parser reads "his lawyer Sara Moen" as an apposition of "the verdict": not part of what was said, nor
    # is Berg (the subject of the clause said) the speaker
    src, _cue, content, _a = one(nlp, text)
    assert (src, content) == ("his lawyer Sara Moen", "Berg will appeal the verdict")
    # ... also a name set off by commas of its own ("in Korsa, the town's mayor, Eva Lind, said" gave no source, and
    # "Korsa is the town's mayor" as an aside)
    src, _cue, content, _a = one(nlp, "More than 300 houses were damaged in Korsa, the town's mayor, Eva Lind, said.")
    assert (src, content) == ("the town's mayor, Eva Lind", "More than 300 houses were damaged in Korsa")
    src, _cue, content, _a = one(nlp, "Berg will appeal the verdict, his lawyer, Sara Moen, said.")
    assert (src, content) == ("his lawyer, Sara Moen", "Berg will appeal the verdict")
    # ... the role the name is set off after, and of an apposition on an apposition the outer
    src, _cue, content, _a = one(nlp, "Nordlys built the tool to help in a crisis, a spokeswoman, Ane Lie, said.")
    assert (src, content) == ("a spokeswoman, Ane Lie", "Nordlys built the tool to help in a crisis")
    src, _cue, content, _a = one(nlp, '"They were rivals, but also friends," Tor M. Vik, the mayor\'s former chief '
                                      'of staff, said.')
    assert (src, content) == ("Tor M. Vik, the mayor's former chief of staff", "They were rivals, but also friends")


def test_a_tag_the_parser_read_as_a_clause_on_the_claim_s_last_noun_is_the_speaker(nlp):
    # "the anti-doping agency" an apposition of "booster", "ANDA said on Monday" a relative clause on it: the ban
    # was the outlet's own claim
    src, _cue, content, a = one(nlp, "Cross-country skier Lina Orm has been banned for four years after testing "
                                     "positive for a banned blood booster, the anti-doping agency ANDA said on Monday.")
    assert (src, a.statement) == ("the anti-doping agency ANDA", True)
    assert content == ("Cross-country skier Lina Orm has been banned for four years after testing positive for a "
                       "banned blood booster")
    # a relative clause that reports what someone said of the noun is theirs, as before
    src, _cue, content, _a = one(nlp, "She met the man who the police said was armed.")
    assert src == "the police" and "was armed" in content


def test_a_past_tense_with_an_object_and_no_subject_is_no_tag_on_the_clause_before_it(nlp):
    # the parser read "a fake news site" into the main clause and left "published" with no subject: "The rumour
    # spread after a fake news site" became words someone published (a claim graded "6: no one is named")
    assert find_attributions(nlp("The rumour spread after a fake news site published an obituary.")) == []
    # ... a tag with no object still is one ("C, Estmark's military said")
    src, _cue, _content, _a = one(nlp, "The drones were shot down over Hald, Estmark's military said.")
    assert src == "Estmark's military"


def test_a_tag_closing_the_sentence_says_all_the_clauses_before_it(nlp):
    # the parser hung "the authority said" on the second of two clauses: "Four people were killed" was lost, and
    # with it the authority's death toll beside the police's
    src, _cue, content, _a = one(nlp, "Four people were killed and 15 injured when a bus overturned near Korsa on "
                                      "Saturday, the regional health authority said.")
    assert (src, content) == ("the regional health authority", "Four people were killed and 15 injured when a bus "
                                                                "overturned near Korsa on Saturday")



def test_calling_the_reports_of_it_names_is_the_speaker_s_next_act_not_what_was_said(nlp):
    _, _, content, _ = one(nlp, "Dahl's office said in a statement that the minister had no plans to resign and "
                                "called the reports speculation.")
    assert content == "the minister had no plans to resign"
    # what the clause's subject called someone is part of what was said
    _, _, content, _ = one(nlp, "Brandt said Lund heard the remarks and called him a liar.")
    assert content == "Lund heard the remarks and called him a liar"


def test_words_the_parser_hung_on_the_speaker_before_a_comma_are_what_was_said(nlp):
    # "high" read as a modifier of "governor": the source phrase began inside the claim
    src, _cue, content, _a = one(nlp, "Inflation is far too high, bank governor Ida Strand told reporters.")
    assert (src, content) == ("bank governor Ida Strand", "Inflation is far too high")


@pytest.mark.parametrize("role", ["harbour master", "Harbour Master"])
def test_a_role_an_as_gives_in_what_was_said_is_not_the_speaker_s(nlp, role):
    # the parser read "as harbour master, a senior official said" as an "as X said" clause: the source was
    # "harbour master, a senior official in the port authority" and the claim lost its "as harbour master"
    src, _cue, content, _a = one(nlp, f"Ivar Sund is expected to step down as {role}, a senior official in the "
                                      "port authority said.")
    assert (src, content) == ("a senior official in the port authority",
                              f"Ivar Sund is expected to step down as {role}")
    # an "as X said" after a comma is who said it
    src, _cue, content, _a = one(nlp, "Ivar Sund will step down, as the harbour board said on Monday.")
    assert src == "the harbour board"


def test_a_that_clause_of_a_participle_after_the_cue_is_its_own_not_the_cue_s(nlp):
    text = "Inflation is far too high, bank governor Ida Strand told reporters, adding that more rises may follow."
    doc = nlp(text)
    said = {text[a.cue[0][0]:a.cue[0][1]]: " ".join(text[s:e] for s, e in a.content) for a in find_attributions(doc)}
    assert said["told"] == "Inflation is far too high" and said["adding"] == "more rises may follow"
    # ... also where the parser hangs the participle on the words said, not on the cue: they were one claim, and
    # the first clause was lost
    text = "The board said it had recovered the flight recorder, adding that the pilot was experienced."
    found = {text[a.cue[0][0]:a.cue[0][1]]: a for a in find_attributions(nlp(text))}
    part = lambda spans: " ".join(text[s:e] for s, e in spans)  # noqa: E731
    assert part(found["said"].content) == "it had recovered the flight recorder"
    assert (part(found["adding"].source), part(found["adding"].content)) == ("The board", "the pilot was experienced")
    # ... and a denial it goes on to ("dismissing the claims") made the words before it a denial, of "the budget"
    text = "The ministry said the budget showed no deficit, dismissing opposition claims of a hidden hole."
    found = {text[a.cue[0][0]:a.cue[0][1]]: a for a in find_attributions(nlp(text))}
    assert (part(found["said"].content), found["said"].certainty) == ("the budget showed no deficit", "reported")
    assert (part(found["dismissing"].source), found["dismissing"].certainty) == ("The ministry", "denied")
    # ... and a blame it goes on to ("blaming high power prices"): the claim was "High power prices.", the closure
    # lost
    text = "Brekke Metall said it would shut its smelter by December, with the loss of 300 jobs, blaming high power prices."
    found = {text[a.cue[0][0]:a.cue[0][1]]: a for a in find_attributions(nlp(text))}
    assert part(found["said"].content) == "it would shut its smelter by December, with the loss of 300 jobs"
    assert part(found["blaming"].source) == "Brekke Metall"
    # (not the source a participle cites)
    text = "The charges will include fraud, the paper reported, citing a person familiar with the case."
    assert "citing" not in {text[a.cue[0][0]:a.cue[0][1]] for a in find_attributions(nlp(text)) if a.source}


def test_disputing_that_saying_c_denies_what_was_said_and_says_c(nlp):
    # the tagger reads "that" as a conjunction, the parser as the subject of "saying"
    text = ("Catches have halved, according to the fishermen's association. The fisheries agency disputes that, "
            "saying its surveys show stable stocks.")
    found = {a.cue_lemma: a for a in find_attributions(nlp(text))}
    part = lambda spans: " ".join(text[s:e] for s, e in spans)  # noqa: E731
    assert (part(found["dispute"].content), found["dispute"].certainty) == ("that", "denied")
    assert (part(found["say"].source), part(found["say"].content), found["say"].certainty) == (
        "The fisheries agency", "its surveys show stable stocks", "reported")


def test_a_clause_before_a_semicolon_is_not_what_the_verb_after_it_says(nlp):
    text = "Organisers put the crowd at 3,000; police estimated it at about 1,200."
    part = lambda spans: " ".join(text[s:e] for s, e in spans)  # noqa: E731
    assert "Organisers put the crowd at 3,000" not in [part(a.content) for a in find_attributions(nlp(text))]


def test_a_common_noun_opening_the_sentence_is_marked_as_naming_no_one(nlp):
    # its capital is the sentence's, not a name's: the source is a group, not a person "Organisers"
    assert one(nlp, "Organisers said 3,000 took part.")[3].source_kind == "group"
    assert one(nlp, "Brandt said 3,000 took part.")[3].source_kind is None


@pytest.mark.parametrize("text", ["The pier will close in May, the harbour board announced on Monday.",
                                  "The Lysvik hospital will close its maternity ward in January, the regional health "
                                  "authority announced on Monday."])
def test_a_speaker_read_as_a_noun_with_a_participle_is_the_speaker(nlp, text):
    # the parser reads "the harbour board announced on Monday" as a board that was announced
    src, cue, content, _a = one(nlp, text)
    assert cue == "announced" and src.startswith("the ") and content == text.split(", the")[0]
    # a participle that names a thing announced stays no cue
    assert find_attributions(nlp("The ministry has approved the plan announced on Monday.")) == []


def test_the_subject_the_parser_read_as_the_cue_s_object_is_part_of_what_was_said(nlp):
    _, _, content, a = one(nlp, "Environmental groups warned the spill could harm seabird colonies.")
    assert content == "the spill could harm seabird colonies" and a.statement
    # whom a verb of telling addresses is not
    assert one(nlp, "The mayor told reporters the pier would close.")[2] == "the pier would close"


def test_a_that_clause_read_as_a_relative_clause_on_whom_they_warned_is_what_they_said(nlp):
    _, _, content, _ = one(nlp, "The union warned the council that workers would strike.")
    assert content == "workers would strike"
    # a relative clause on whom they warned stays one
    assert find_attributions(nlp("Police warned the man that they arrested.")) == []


def test_a_second_clause_in_reported_speech_goes_on_with_what_was_said(nlp):
    # the parser joins "would cooperate" to "said": with no subject and a modal as reported speech shifts it, it is
    # what the company said, not an act of its own (the outlet's claim "Havn Eiendom ... would cooperate")
    text = 'Havn Eiendom said it was "shocked" and would cooperate fully with the police.'
    _, _, _, a = one(nlp, text)
    assert [text[s:e] for s, e in a.content] == ['it was "shocked"', "would cooperate fully with the police"]
    # what the speaker did next stays theirs to do
    _, _, content, _ = one(nlp, "Police said five people had died, but later revised the toll to three.")
    assert content == "five people had died"


def test_a_past_tense_joined_to_what_a_modal_says_is_the_speakers_next_act(nlp):
    # "denied" cannot share the "would" of what was said: it is what the minister did, and hers
    text = "Aas said on Wednesday she would not resign over the quota, and denied any wrongdoing."
    found = {text[a.cue[0][0]:a.cue[0][1]]: a for a in find_attributions(nlp(text))}
    said, denied = found["said"], found["denied"]
    assert [text[s:e] for s, e in said.content] == ["on Wednesday she would not resign over the quota"]
    assert (denied.source_text, [text[s:e] for s, e in denied.content]) == ("Aas", ["any wrongdoing"])


def test_a_past_that_is_no_participle_joined_to_a_past_perfect_is_the_speakers_next_act(nlp):
    # "gave" cannot share the "had" of what was said ("had given" would): the company gave no price, it did not say
    # that it gave none; a past that may be a participle may share it
    _, _, content, _ = one(nlp, "The company said no decision had been made and gave no price.")
    assert content == "no decision had been made"
    _, _, content, _ = one(nlp, "Holt said she had misspoken and meant to thank all nurses.")
    assert content == "she had misspoken and meant to thank all nurses"


def test_who_denies_goes_on_to_blame_and_what_was_denied_does_not(nlp):
    # the parser joins "accused" to the denied clause: the claim was "Its forces had opened fire and accused Estmark
    # of staging the incident", denied
    text = "Vestland's defence ministry denied its forces had opened fire and accused Estmark of staging the incident."
    _, cue, content, a = one(nlp, text)
    assert (cue, content, a.certainty) == ("denied", "its forces had opened fire", "denied")
    # (what a speaker says someone did stays whole)
    _, _, content, _ = one(nlp, "Police said soldiers had entered the village and accused residents of hiding arms.")
    assert content == "soldiers had entered the village and accused residents of hiding arms"


def test_others_words_a_verb_acts_after_are_not_what_it_says(nlp):
    # "recall" is a verb of saying too: "is recalling 120,000 sets after reports that C" was the toy maker's C
    text = ("Toy maker Brikkverk is recalling 120,000 building sets after reports that small parts could come "
            "loose, the company said.")
    cues = {text[a.cue[0][0]:a.cue[0][1]]: text[a.content[0][0]:a.content[-1][1]] for a in find_attributions(nlp(text))}
    assert "recalling" not in cues and cues["reports"] == "small parts could come loose"
    # ... while a speech verb with no object says the that-clause the parser hangs on a noun after it
    cues = {text[a.cue[0][0]:a.cue[0][1]]: text[a.content[0][0]:a.content[-1][1]]
            for text in ["The union criticised the board, saying after the mayor's announcement that the plan would "
                         "cost jobs."] for a in find_attributions(nlp(text))}
    assert cues["saying"] == "the plan would cost jobs"


def test_words_after_a_dateline_the_parser_took_for_their_head_are_a_statement(nlp):
    # "ROST" headed the words, the clause hung on it: no statement, so the claim kept its tag ("..., the owner said")
    src, _cue, content, a = one(nlp, "ROST (Nordic Wire) - All eleven miners trapped at the Rost copper mine were "
                                     "brought to the surface alive on Wednesday, mine owner Kobber said.")
    assert src == "mine owner Kobber" and content.endswith("on Wednesday") and a.statement


def test_a_past_tense_the_tagger_read_as_a_participle_on_the_object_of_said_is_what_was_said(nlp):
    # "said about 3,000 litres leaked": "litres" the object of "said", "leaked" a participle on it; no attribution
    # was found, and the claim was the outlet's own "The harbour authority said about 3,000 litres leaked ..."
    src, cue, content, a = one(nlp, "The harbour authority said about 3,000 litres leaked into Lysvik harbour.")
    assert (src, cue, content) == ("The harbour authority", "said", "about 3,000 litres leaked into Lysvik harbour")
    assert a.statement
    # what was said to whom is no such object ("told reporters gathered outside the court that C")
    _src, _cue, content, _a = one(nlp, "Berg told reporters gathered outside the court that he was innocent.")
    assert content == "he was innocent"
    assert not find_attributions(nlp("The minister said a prayer for the victims."))


def test_a_mark_of_c_the_parser_hung_on_the_tag_does_not_make_it_a_subordinate_clause(nlp):
    # "after Storm Frida, grid operator Vestnett said": "after" read as the mark of "said", a clause telling when,
    # so no one said C and the tag stayed in the claim
    src, _cue, content, _a = one(nlp, "About 12,000 homes were still without power on Friday after Storm Frida, grid "
                                      "operator Vestnett said, down from 45,000 on Thursday.")
    assert src == "grid operator Vestnett"
    assert content == "About 12,000 homes were still without power on Friday after Storm Frida"
    # a subordinate clause telling when is still none ("after a sheen was reported")
    assert not find_attributions(nlp("The beach was closed after a sheen was reported by fishermen."))
