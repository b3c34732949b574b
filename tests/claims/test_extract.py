"""Claim mentions (claims/extract.py) from annotated text: what a sentence claims and on whose word."""

from __future__ import annotations

import pytest

from newstrace.claims.extract import extract_mentions
from newstrace.model import Article

TEXT = ("The harbour authority said on Monday that the freighter had lost 40 containers off Cape Wrath. "
        "Since March the operator has allegedly ignored three safety warnings from inspectors. "
        "The crew of nineteen was rescued by a lifeboat.\n\n"
        "The operator has reportedly hired two new captains for its northern routes.")


def harbour_mentions(annotator, text: str, article_id: str) -> list:
    """The claim mentions of `text` as one article of a fictional outlet."""
    article = Article(id=article_id, text=text, outlet="Harbour Gazette", published="2026-03-12")
    [ann] = list(annotator.annotate([article]))
    return extract_mentions(article, ann)


def own_clauses(annotator, text: str, article_id: str) -> list[str]:
    """The words of `text` its outlet states in its own voice."""
    return [m.text for m in harbour_mentions(annotator, text, article_id) if m.attribution is None]


def assert_spoken_by(mentions: list, phrases: tuple[str, ...], entity: str) -> None:
    """The mention holding each phrase is attributed to `entity`."""
    for words in phrases:
        m = next(m for m in mentions if words in m.text)
        assert m.attribution is not None and m.attribution.source_entity == entity, (words, m.attribution)


def test_an_allegedly_sentence_reports_the_claimant_of_the_sentence_before_it(annotator):
    article = Article(id="h", text=TEXT, outlet="Harbour Gazette", published="2026-03-12")
    [ann] = list(annotator.annotate([article]))
    ms = extract_mentions(article, ann)
    said, alleged, crew, hired = (next(m for m in ms if word in m.text)
                                  for word in ("freighter", "warnings", "lifeboat", "captains"))
    assert said.attribution is not None and "authority" in said.attribution.source_text
    assert alleged.attribution is said.attribution  # "allegedly": on the authority's word, reported on Monday
    assert [t.text for t in alleged.report_times] == [t.text for t in said.report_times] != []
    assert crew.attribution is None  # no hearsay word: the outlet's own voice
    assert hired.attribution is None  # "reportedly", but a new paragraph: nobody to carry over



def test_an_allegedly_sentence_about_someone_else_is_not_the_claimant_before_it(annotator):
    # the office spoke of what the premier learned, not of what the acting minister did
    ms = harbour_mentions(annotator, "The premier's office said Lise Aas learned of the link last week. The acting "
                                     "minister, Olav Strand, has reportedly ordered a review of all permits.", "r")
    review = next(m for m in ms if "review" in m.text)
    assert review.attribution is None and review.certainty == "hedged"


def test_a_time_of_another_verb_is_not_when_the_words_were_said(annotator):
    # "Wednesday" is when the minister resigned, not when the audit found C: read as when it was said, it set this
    # report against another's "the audit, published last week, found C" ("said on different dates")
    ms = harbour_mentions(annotator, "Harbour Minister Eva Lunde resigned on Wednesday, a week after an audit found "
                                     "that repair costs had doubled since 2024.", "t")
    found = next(m for m in ms if "costs had doubled" in m.text)
    assert found.attribution is not None and found.report_times == []
    # ... the verb it goes with is the one before it, else the one after
    for text in ("The audit office said on Wednesday that repair costs had doubled since 2024.",
                 "Repair costs had doubled since 2024, the audit office said on Wednesday, raising its estimate.",
                 "On Wednesday, the audit office said that repair costs had doubled since 2024."):
        ms = harbour_mentions(annotator, text, "u")
        found = next(m for m in ms if "osts had doubled" in m.text)
        assert [t.text for t in found.report_times] == ["Wednesday"], text


def test_two_claims_of_one_sentence_start_get_different_ids():
    from newstrace.claims import new_claim, unique_ids
    from newstrace.model import Mention

    def mention(start: int, end: int) -> Mention:
        return Mention("a", "Outlet", start, end, "x" * (end - start), (0, 80), None, "asserted", False)

    short, long = new_claim("s1", [mention(0, 20)]), new_claim("s1", [mention(0, 60)])
    assert short.id != long.id  # one sentence may state two claims from the same first word
    same = unique_ids([new_claim("s1", [mention(0, 20)]), new_claim("s1", [mention(0, 20)])])
    assert len({c.id for c in same}) == 2


def test_a_claims_text_is_a_plain_sentence_with_its_quotation_marks_whole():
    from newstrace.claims import new_claim
    from newstrace.model import Mention

    def text_of(words: str) -> str:
        return new_claim("s1", [Mention("a", "Outlet", 0, len(words), words, (0, 80), None, "asserted",
                                        False)]).text

    assert text_of("the audit was “a spiteful settling of scores") == "The audit was “a spiteful settling of scores.”"
    assert text_of('Lund turned round and said, "Hear me out on this.') == \
        'Lund turned round and said, "Hear me out on this."'
    assert text_of("the ban ends here” and the talks go on") == "“The ban ends here” and the talks go on."
    assert text_of("“The pier is open again,") == "The pier is open again."
    assert text_of('Progress" was his word for it') == '"Progress" was his word for it.'
    # the conjunction that ties a sentence to the one before is no part of its claim
    assert text_of("But the owners are not to blame.") == "The owners are not to blame."
    assert text_of("And if we do not get a deal, there will be no work") == "If we do not get a deal, there will be no work."
    assert text_of("Andersen Marine cut 40 jobs") == "Andersen Marine cut 40 jobs."
    assert text_of("” and the talks go on") == "The talks go on."

    # a claim is worded as a mention that states it, not as one that denies it
    denied = Mention("a", "Outlet", 0, 19, "any fuel had leaked", (0, 80), None, "denied", False)
    stated = Mention("b", "Other", 0, 29, "fuel had leaked from the hull", (0, 80), None, "reported", False)
    assert new_claim("s1", [denied, stated]).text == "Fuel had leaked from the hull."


def test_a_content_that_states_nothing_gives_the_speakers_whole_clause(annotator):
    """'opposed the deal', 'question whether', 'vowed to file charges': what is named, asked or planned is no
    claim on its own; the claim is the speaker's clause, on the speaker's word."""
    text = ("Senator Ruth Okafor opposed the harbour deal. "
            "Engineers question whether the new dredger can clear the channel by June. "
            "Prosecutors vowed to file charges against the ferry operator. "
            "The mayor said the channel would reopen in June.")
    ms = harbour_mentions(annotator, text, "s")
    texts = [m.text for m in ms]
    for sentence in text.split(". ")[:3]:
        assert any(t.startswith(sentence) for t in texts), (sentence, texts)
    assert "the channel would reopen in June" in texts  # a that-clause states something: its words alone
    okafor = next(m for m in ms if m.text.startswith("Senator"))
    assert okafor.attribution is not None and "Okafor" in okafor.attribution.source_text
    vowed = next(m for m in ms if m.text.startswith("Prosecutors"))
    assert vowed.attribution is not None and vowed.attribution.source_text == "Prosecutors"
    # ... stated as the speaker's act where a relative clause on them holds it ("council member Ola Vik, who cited
    # minutes of a closed meeting" was a claim as it stands, a fragment)
    ms = harbour_mentions(annotator, "The sale was agreed in March, according to council member Ola Vik, who cited "
                                     "minutes of a closed meeting. The mayor, who opposed the deal, said it was too "
                                     "costly.", "sw")
    said = {m.statement or m.text for m in ms}
    assert {"council member Ola Vik cited minutes of a closed meeting", "The mayor opposed the deal"} <= said, said
    # ... but a stance in a relative clause inside someone else's words is said in passing: the words stay the
    # speaker's ("Berg, who denied the charges, plans to appeal, his lawyer Eva Dahl said" was Berg's denial, on
    # the lawyer's word)
    ms = harbour_mentions(annotator, "Berg, who denied the charges, plans to appeal, his lawyer Eva Dahl said.", "sa")
    [appeal] = [m for m in ms if "appeal" in m.text]
    assert appeal.certainty == "reported" and appeal.attribution.cue_lemma == "say"
    assert "Eva Dahl" in appeal.attribution.source_text


def test_a_plan_is_the_outlets_report_not_the_planners_word(annotator):
    ms = harbour_mentions(annotator, "Prosecutors plan to bring charges against the ferry operator in May.", "p")
    assert [(m.text, m.attribution) for m in ms] == [
        ("Prosecutors plan to bring charges against the ferry operator in May.", None)]


def test_an_opening_clause_the_outlet_states_is_not_the_speakers(annotator):
    text = "While the dredger reached the harbour in May, engineers question its capacity to clear the channel."
    ms = harbour_mentions(annotator, text, "w")
    doubt = next(m for m in ms if m.attribution is not None)
    assert doubt.text.startswith("engineers question its capacity")  # not "While the dredger reached ..."
    assert any(m.attribution is None and m.text.startswith("the dredger reached the harbour") for m in ms)


def test_where_the_words_were_said_is_no_clause_of_the_outlets(annotator):
    for text in ("Speaking to the Nordic Wire on Monday, the harbour master said the ferry would resume service.",
                 "Speaking at a news conference in Bergen, the harbour master said the ferry would resume service."):
        ms = harbour_mentions(annotator, text, "s")
        assert [m.text for m in ms] == ["the ferry would resume service"], text


def test_a_relative_who_is_the_noun_it_hangs_on_and_an_asking_who_is_no_one(annotator):
    text = ("The mayor faces rivals like councillor Ada Lund, who opposes the harbour deal. "
            "“The board must explain who at the port was approving these loans,” the mayor said.")
    article = Article(id="r", text=text, outlet="Harbour Gazette", published="2026-03-12")
    [ann] = list(annotator.annotate([article]))
    ms = extract_mentions(article, ann)
    assert not [m.text for m in ms if m.text.lower().startswith(("who", "to "))]
    assert not [a for a in ann.attributions if (a.source_text or "").lower() == "who"]
    lund = next(a for a in ann.attributions if a.cue_lemma == "oppose")
    assert "Lund" in lund.source_text


def test_a_relative_clause_reporting_words_on_a_noun_is_their_speakers_claim_beside_the_outlets(annotator):
    # "Police arrested Tor Aas, who prosecutors say stole the funds" gave only "Stole the funds." (the arrest was
    # lost: too short a clause beside an attribution); "..., which residents fear could fail" a claim "Which
    # residents fear could fail."
    ms = harbour_mentions(annotator, "Police arrested Tor Aas, who prosecutors say stole the funds. The council "
                                     "backed the bridge, which engineers believe is unsafe.", "ra")
    said = {(m.attribution.source_text if m.attribution else None): (m.statement or m.text, m.certainty) for m in ms}
    assert said == {"prosecutors": ("Tor Aas stole the funds", "reported"),
                    None: ("Police arrested Tor Aas", "asserted"),
                    "The council": ("The council backed the bridge", "reported"),
                    "engineers": ("the bridge is unsafe", "hedged")}
    # ... in the middle of the outlet's clause, or of another speaker's words
    ms = harbour_mentions(annotator, "The driver, who police say was drunk, was arrested on Sunday. Officials said "
                                     "the ferry, which engineers believe is unsafe, would stay in port.", "rb")
    said = {(m.attribution.source_text if m.attribution else None): m.statement or m.text for m in ms}
    assert said == {"police": "The driver was drunk", None: "The driver was arrested on Sunday.",
                    "Officials": "the ferry would stay in port", "engineers": "the ferry is unsafe"}


def test_a_mention_holding_an_aside_states_its_claim_without_it(annotator):
    # the aside is a claim of its own: "The striker, who scored 21 goals last season, passed a medical" was the
    # claim's text, numbers and all, and "The bridge, which did not open until 1998, will close" read as negated
    text = ("The striker, who scored 21 goals last season, passed a medical on Monday. The bridge, which did not "
            "open until 1998, will close in May, the council said. At 6 p.m. the spokesman for the council, Tor Vik, "
            "e-mailed the mayor.")
    ms = {m.text: m for m in harbour_mentions(annotator, text, "as") if not m.aside}
    striker = ms["The striker, who scored 21 goals last season, passed a medical on Monday."]
    assert striker.statement == "The striker passed a medical on Monday." and not striker.quantities
    bridge = ms["The bridge, which did not open until 1998, will close in May"]
    assert bridge.statement == "The bridge will close in May" and not bridge.negated
    assert [t.text for t in bridge.times] == ["May"]
    # a name after the role it fills stays: it says whose e-mail it was
    assert ms["At 6 p.m. the spokesman for the council, Tor Vik, e-mailed the mayor."].statement is None


def test_a_mentions_subject_is_the_one_actor_its_statement_opens_with(annotator):
    # who does what it says: two mentions of one action by swapped actors are two claims (match.swapped_actors)
    ms = harbour_mentions(annotator, "Norway will expel three Swedish diplomats. Norway and Sweden will expel "
                                     "three Danish diplomats. Sweden said it would expel three Norwegian diplomats.",
                          "sj")
    assert [(m.text, m.subject) for m in ms] == [
        ("Norway will expel three Swedish diplomats.", "country:norway"),
        ("Norway and Sweden will expel three Danish diplomats.", None),  # no one actor
        ("it would expel three Norwegian diplomats", "country:sweden")]  # the speaker its pronoun is named for
    # a name that opens a noun's phrase is no actor ("The Lind report needs to be made public" was Lind's)
    ms = harbour_mentions(annotator, "Norway reportedly plans to expel three Swedish diplomats. The Norway report "
                                     "needs to be made public, Tor Vik said.", "sr")
    assert [m.subject for m in ms] == ["country:norway", None]


def test_a_second_act_of_one_subject_is_stated_without_the_first(annotator):
    # "Sweden called the move unjustified and vowed to respond" gave two claims, "Sweden called the move unjustified."
    # and the whole sentence again
    ms = harbour_mentions(annotator, "Sweden called the move unjustified and vowed to respond.", "sa")
    assert [(m.statement or m.text) for m in ms] == ["Sweden called the move unjustified", "Sweden vowed to respond"]
    assert {m.attribution.source_entity for m in ms} == {"country:sweden"}
    # ... also after "but" (the whole sentence was the second claim)
    ms = harbour_mentions(annotator, "The fire service said the smoke was not toxic, but advised people to stay "
                                     "indoors.", "sc")
    assert [(m.statement or m.text) for m in ms] == ["the smoke was not toxic",
                                                     "The fire service advised people to stay indoors"]


@pytest.mark.parametrize(("text", "act"), [
    ("Lund congratulated Brandt and said he would stay on the council.", "Lund congratulated Brandt"),
    ("Police arrested two men and said they were searching for a third.", "Police arrested two men"),
])
def test_what_a_speaker_did_before_saying_is_the_outlets_claim_however_short(annotator, text, act):
    # the act was lost: too short a stretch outside the attribution to read as a clause
    ms = harbour_mentions(annotator, text, "sb")
    assert act in [m.text for m in ms if m.attribution is None], [m.text for m in ms]


def test_whose_words_is_the_speaker_not_someone_named_inside_them(annotator):
    """A quote's source is its speaker: someone said to say or intend something inside the speaker's words
    ("if anyone tells you", "the board's plan points", "prosecutors intended") is part of the claim."""
    text = ("“If anyone tells you how to spend the money, you do not have a budget,” Judge Mira Castell said. "
            "Councillor Tomas Vidal said the board's plan points in two directions at once. "
            "A lawyer for the operator, Dana Whitby, confirmed that prosecutors meant to bring charges "
            "against the ferry company. "
            "Critics say the new levy pushes ferry firms to quit the port and register their fleets abroad. "
            "The ferry operator was paid for its silence with harbour rights, analysts believe, although neither "
            "side has spoken in public about the details.")
    ms = harbour_mentions(annotator, text, "q")
    for word, speaker in (("budget", "castell"), ("directions", "vidal"), ("charges", "whitby"), ("abroad", "critics"),
                          ("harbour rights", "analysts")):  # "neither side has commented": no one speaks
        m = next(m for m in ms if word in m.text)
        assert m.attribution is not None and speaker in (m.attribution.source_entity or m.attribution.source_text
                                                         or "").lower(), (word, m.attribution)


def test_a_quote_is_its_speakers_not_a_cue_in_the_next_paragraph(annotator):
    """A quote opening the sentence right after someone's reported words is theirs ("..., saying she felt no
    anger. "The port may be rich ..."); a cue in the next paragraph speaks for another quote or none."""
    text = ("Judge Mira Castell left the court smiling, saying she felt no anger toward the board. “The port may "
            "be rich. But it answers to the court like everyone else.”\n"
            "Ferry owners who fear that the levy will rise have written to the board.")
    assert_spoken_by(harbour_mentions(annotator, text, "p"), ("The port may be rich", "like everyone else"),
                     "person:miracastell")


def test_one_mismatched_quote_mark_does_not_turn_the_quotes_after_it_inside_out(annotator):
    # the second paragraph opens its quote with a single mark and closes it with a double one; read by turns,
    # that closing mark would open a quote and the next opening mark close it
    text = ('"The levy will rise," Okafor said.\n'
            "'The ferries will pay. The fishermen will pay.\"\n"
            "The council meets on Monday.\n"
            '"The harbour is not a cash machine. We will fight the levy in court," Mayor Ruth Okafor declared.')
    mentions = harbour_mentions(annotator, text, "q")
    assert_spoken_by(mentions, ("not a cash machine",), "person:ruthokafor")
    council = next(m for m in mentions if "council meets" in m.text)
    assert council.attribution is None


def test_a_concessive_clause_is_a_claim_of_its_own(annotator):
    text = ("Reports suggest some of the dock workers have begun a strike, though the exact size of the pay deal "
            "was still unknown on Monday.\n"
            "A port alliance means that the city could be pulled into the dispute, although that now looks "
            "unlikely.")
    mentions = harbour_mentions(annotator, text, "k")
    assert [(m.text, m.certainty) for m in mentions if "strike" in m.text or "pay deal" in m.text] == [
        ("some of the dock workers have begun a strike", "hedged"),
        ("the exact size of the pay deal was still unknown on Monday", "hedged")]
    # one whose subject points back says nothing read alone: it stays with the clause it answers
    assert any(m.text.endswith("that now looks unlikely.") for m in mentions), [m.text for m in mentions]


def test_two_that_clauses_of_one_cue_are_two_claims_each_as_firm_as_its_words(annotator):
    text = ("The operator said on Thursday that a little lubricating oil may have leaked from a pipe, but that the "
            "fuel tanks were intact.")
    mentions = harbour_mentions(annotator, text, "t")
    oil = next(m for m in mentions if "oil" in m.text)
    tanks = next(m for m in mentions if "tanks" in m.text)
    assert oil is not tanks and "tanks" not in oil.text and not tanks.text.startswith("that")
    assert (oil.certainty, tanks.certainty) == ("hedged", "reported")
    assert oil.attribution is not None and tanks.attribution is not None
    assert tanks.attribution.source_text == oil.attribution.source_text == "The operator"
    # a hedging cue around both clauses hedges both
    text = ("The mayor said she believed that the operator had ignored the warnings and that the inspectors had "
            "missed the leak.")
    both = [m.certainty for m in harbour_mentions(annotator, text, "u") if "ignored" in m.text or "missed" in m.text]
    assert both == ["hedged", "hedged"]
    # a "that" the clause is about opens no second claim
    text = "The operator said that the pipe had cracked and that was why the oil leaked."
    assert [m.text for m in harbour_mentions(annotator, text, "v")] == [
        "the pipe had cracked and that was why the oil leaked"]


def test_a_cue_inside_someones_quote_is_the_quotes_speakers_claim(annotator):
    text = ("Mayor Ruth Okafor spoke at the pier on Monday. “Councillor Tomas Vidal refused to answer our letters. "
            "He should resign,” Okafor said.")
    refused = next(m for m in harbour_mentions(annotator, text, "k") if "refused" in m.text)
    assert refused.attribution is not None and refused.attribution.source_text == "Okafor"


def test_a_quoted_sentence_whose_only_cue_names_no_one_is_the_quotes_speakers(annotator):
    # "I have been asked to take on" is a cue with no source: the sentence is still the speaker's, not the outlet's
    text = ("Harbour master Ruth Okafor hinted on Tuesday that she may step down, telling a harbour newsletter, "
            "“I am weighing every choice. I think some jobs I have been asked to take on are beyond my powers. "
            "The board knows it.”")
    assert_spoken_by(harbour_mentions(annotator, text, "w"), ("beyond my powers",), "person:ruthokafor")


def test_what_someone_refused_to_say_or_do_is_not_their_claim(annotator):
    # a refusal reports no words of the one who refused: the outlet states it, or whoever reports the refusal
    [m] = harbour_mentions(annotator, "Councillor Tomas Vidal refused to answer questions about the levy.", "r")
    assert m.attribution is None and m.text.startswith("Councillor Tomas Vidal refused")
    text = ("Mayor Ruth Okafor demanded that Councillor Tomas Vidal resign because he refused to utter the name "
            "“harbour levy” in his speech.")
    [m] = harbour_mentions(annotator, text, "s")
    assert m.attribution is not None and m.attribution.source_entity == "person:ruthokafor", m.attribution


def test_a_title_before_the_speakers_name_does_not_end_the_quotes_sentence(annotator):
    # "Sen." ends with a full stop, but not the sentence: the cue after the quote is still its speaker's
    text = ("“The harbour accounts must be published in full. Anything less is a cover-up. A summary will "
            "not do,” Sen. Ruth Okafor wrote on Sunday.")
    assert_spoken_by(harbour_mentions(annotator, text, "t"), ("published in full", "cover-up"), "person:ruthokafor")


def test_the_outlets_clause_beside_a_participles_words_keeps_its_subject(annotator):
    # the participle borrows the main clause's subject as its speaker; the outlet's own clause keeps it too
    text = ("But Mayor Ruth Okafor aimed her fire at the council as well as the port board, saying she did not know "
            "what the board stood for.\n"
            "On Tuesday, Tomas Vidal walked out of the harbour court full of confidence, saying he felt no anger.")
    own = own_clauses(annotator, text, "o")
    assert any(t.startswith("Mayor Ruth Okafor aimed her fire") for t in own), own
    assert any("Tomas Vidal walked out of the harbour court" in t for t in own), own


def test_the_outlets_clause_ends_before_the_conjunction_that_opens_what_is_attributed(annotator):
    text = ("The harbour row truly dates from the winter storms of January, when the mayor said the old "
            "pier had to close.\n"
            "The ferry operator was forced to apologise to the harbour master in 2015 because the mayor said the "
            "crew had lied.\n"
            "Harbour master Olav Dahl resigned on Monday, a day after the Gazette reported he had used public funds "
            "for private travel.")
    own = own_clauses(annotator, text, "c")
    # ... and before how long before or after it the clause happened ("a day after")
    assert own == ["The harbour row truly dates from the winter storms of January",
                   "The ferry operator was forced to apologise to the harbour master in 2015",
                   "Harbour master Olav Dahl resigned on Monday"], own


def test_the_outlets_clause_after_what_is_attributed_opens_after_how_long_after(annotator):
    # "a day after ..." closing a speaker's words was the claim "A day after media reports of a possible deal sent
    # Lunde's shares higher.", a fragment: the outlet states the clause "after" takes as known
    text = ("Fjell Foods on Tuesday confirmed it was in talks to buy Lunde Brands, a day after media reports of a "
            "possible deal sent Lunde's shares higher.")
    assert own_clauses(annotator, text, "d") == ["media reports of a possible deal sent Lunde's shares higher."]
    # ... and after when the words were said ("On Tuesday, a day after it was approved by the agency" was one)
    text = ("The drug will cost 300,000 crowns a year, the company said on Tuesday, a day after it was approved by "
            "the medicines agency.")
    assert own_clauses(annotator, text, "e") == ["it was approved by the medicines agency."]


def test_the_outlets_clause_leaves_the_conjunction_or_preposition_of_what_is_attributed(annotator):
    text = ("The harbour board is expected to publish more of the inspection report, but local fishermen are "
            "demanding the whole report be printed.\n"
            "The mayor sent 200 extra wardens to the seafront on Monday in what officials of the council "
            "called a sensible safety step.\n"
            "Radio host Glenn Vidal ended a two-day harbour festival on Saturday by demanding that the "
            "council put its accounts in order.")
    own = own_clauses(annotator, text, "b")
    assert own == ["The harbour board is expected to publish more of the inspection report",
                   "The mayor sent 200 extra wardens to the seafront on Monday",
                   "Radio host Glenn Vidal ended a two-day harbour festival on Saturday"], own


def test_a_mention_does_not_end_on_the_conjunction_of_the_clause_it_was_cut_from(annotator):
    # "She has said C and joked about ...": the parse ends what she said at "and"
    text = ("The mayor has never hidden her dislike of auditors. She has said audits are her "
            "worst worry and joked about closing the harbour office.")
    said = [m.text for m in harbour_mentions(annotator, text, "d") if m.attribution is not None]
    assert said == ["audits are her worst worry"], said


def test_what_a_sentence_says_in_passing_is_the_outlet_s_claim_beside_the_speaker_s(annotator):
    ms = harbour_mentions(annotator, "Harbour Commissioner Lena Voss, who is retiring, said the dredging would "
                                     "start in May.", "as1")
    aside = next(m for m in ms if m.aside)
    assert aside.text == "Harbour Commissioner Lena Voss is retiring" and aside.attribution is None
    assert aside.certainty == "asserted" and "person:lenavoss" in aside.entities  # about her, though not its words
    said = next(m for m in ms if not m.aside)
    assert said.text == "the dredging would start in May" and said.attribution.source_entity == "person:lenavoss"


def test_an_aside_in_reported_words_is_the_writer_s_unless_it_speculates_or_is_quoted(annotator):
    # the writer describes whom the speaker names; a clause that speculates is the speaker's reasoning
    described = harbour_mentions(annotator, "Inspectors said Olav Berg, a former coastguard officer, had ignored "
                                            "three warnings.", "as2")
    assert [m.text for m in described if m.aside] == ["Olav Berg is a former coastguard officer"]
    reasoning = harbour_mentions(annotator, "Councillor Ben Katz said the repair may need a new tender, which could "
                                            "delay the reopening by a year.", "as3")
    assert not any(m.aside for m in reasoning)
    quoted = harbour_mentions(annotator, '"We asked Lena Voss, who chairs the board, to act," the union said.', "as4")
    assert not any(m.aside for m in quoted)


def test_matching_reads_an_aside_by_its_own_statement_not_its_sentence(annotator):
    from newstrace.claims import sentence_texts

    text = "Harbour Commissioner Lena Voss, who is retiring, said the dredging would start in May."
    article = Article(id="as5", text=text, outlet="Harbour Gazette", published="2026-03-12")
    [ann] = list(annotator.annotate([article]))
    ms = extract_mentions(article, ann)
    assert sentence_texts(ms, {"as5": article}) == [text if not m.aside else m.text for m in ms]
    assert "Harbour Commissioner Lena Voss is retiring" in sentence_texts(ms, {"as5": article})


def test_words_inside_what_a_stance_names_are_their_speaker_s(annotator):
    # referring to comments is not saying what they say: the claim is Pell's, not the referrer's
    ms = harbour_mentions(annotator, "Mayor Okafor was referring to comments from 1993 in which Senator Ana Pell said "
                                     "that no sane port would allow it.", "st1")
    assert_spoken_by(ms, ("no sane port would allow it",), "person:anapell")


def test_the_outlet_s_clause_beside_an_attribution_is_as_firm_as_its_own_words(annotator):
    ms = harbour_mentions(annotator, "Although she may in the end support the port, Commissioner Lena Voss "
                                     "expressed doubts about the claim.", "fi1")
    conceded = next(m for m in ms if m.attribution is None)
    assert conceded.text == "she may in the end support the port" and conceded.certainty == "hedged"
    assert next(m for m in ms if m.attribution is not None).certainty == "reported"


def test_a_month_in_an_aside_inside_reported_words_is_no_modal(annotator):
    # "May" the month does not make the writer's background the speaker's speculation
    ms = harbour_mentions(annotator, "Inspectors said the pier, which was closed in May, needed new piles.", "mo1")
    assert [m.text for m in ms if m.aside] == ["The pier was closed in May"]


def test_a_denial_of_the_claim_just_stated_joins_it(annotator):
    # "rejected the claim" names what the sentence before states: it denies that, and joins its claim
    text = ("Halvorsen Shipping dumped waste in the fjord, the environmental group Blue Coast said.\n"
            "The company rejected the claim.\n"
            "The harbour board said the ferry would resume on Friday. The board later rejected those reports.")
    mentions = harbour_mentions(annotator, text, "d")
    by_text = {m.text: m for m in mentions}
    waste, rejected = by_text["Halvorsen Shipping dumped waste in the fjord"], by_text["The company rejected the claim"]
    assert rejected.certainty == "denied" and rejected.denial_of == waste.ref
    # a speaker's denial of their own words is no denial of them; a denial with no statement right before it
    # stays a claim of its own
    assert by_text["The board later rejected those reports"].denial_of is None
    [alone] = harbour_mentions(annotator, "Ferry staff denied the allegations.", "e")
    assert alone.certainty == "denied" and alone.denial_of is None


def test_a_confirmation_of_the_words_just_reported_joins_them(annotator):
    # "The council confirmed the reports" was a claim of the outlet's own: the resignation had one source fewer
    text = ("Local media reported on Monday that the Varby mayor, Petra Holm, had resigned. "
            "The city council confirmed the reports on Tuesday.")
    resigned, confirmed = (m for m in harbour_mentions(annotator, text, "cf") if not m.aside)
    assert confirmed.confirmation_of == resigned.ref and confirmed.certainty == "reported"
    assert confirmed.attribution.source_text == "The city council" and confirmed.denial_of is None
    # with nothing reported right before it, the confirmation is its speaker's claim
    [alone] = harbour_mentions(annotator, "The city council confirmed the reports on Tuesday.", "cg")
    assert alone.confirmation_of is None and alone.attribution.source_text == "The city council"


def test_a_denial_of_doing_what_was_just_said_joins_it(annotator):
    # "Police denied using tear gas" after witnesses said police used it was a claim of its own, and the tear gas
    # "1 confirmed" by the witnesses and another outlet's reporter
    text = "Police used tear gas on protesters, witnesses said. Police denied using tear gas."
    used, denied = harbour_mentions(annotator, text, "g")
    assert denied.certainty == "denied" and denied.denial_of == used.ref
    # ... not a denial of another act, nor of the act done to something else
    for other in ("Police denied buying tear gas.", "Police denied using batons."):
        used, denied = harbour_mentions(annotator, f"Police used tear gas on protesters, witnesses said. {other}", "h")
        assert denied.denial_of is None, other


@pytest.mark.parametrize("denial", ["Balder Energy said the claims were completely false.",
                                    "The company called the allegations baseless.",
                                    # a lawsuit or complaint is what it alleges
                                    "A spokesperson for Balder Energy called the lawsuit baseless.",
                                    # in quotation marks, and words of fiction ("called the claim 'pure fiction'"
                                    # was a claim of its own, the accusation never denied)
                                    "Balder Energy called the claim 'pure fiction'.",
                                    "Balder Energy called the allegations absurd."])
def test_calling_the_claim_just_stated_untrue_denies_it(annotator, denial):
    # it was a claim of its own ("The claims were completely false."), so the accused never denied the dumping
    text = f"Blue Coast said Balder Energy had dumped waste in the fjord. {denial}"
    waste, untrue = harbour_mentions(annotator, text, "u")
    assert waste.text == "Balder Energy had dumped waste in the fjord"
    assert untrue.certainty == "denied" and untrue.denial_of == waste.ref and not untrue.negated
    assert untrue.attribution.source_entity == "org:balderenergy"


def test_the_words_that_deny_a_claim_do_not_negate_it(annotator):
    # read as a negation too, "has denied any involvement" said the claim twice over: it affirmed it, and no
    # conflict was seen with "The government was involved"; a negation inside what is denied still counts
    [denial] = harbour_mentions(annotator, "The government has denied any involvement in the hacking.", "n")
    assert denial.certainty == "denied" and not denial.negated
    [none] = harbour_mentions(annotator, "There is no evidence that the fire was not arson.", "o")
    assert none.certainty == "denied" and none.negated


def test_what_a_speaker_cites_after_the_words_is_no_claim_of_its_own(annotator):
    # the reason cited rests the words on something; it was a second mention, "the company said, citing ..."
    text = ("All ferry sailings are cancelled until Friday, the company said, citing a shortage of crew.\n"
            "The mayor said she would vote no, citing concerns over the budget.")
    assert [m.text for m in harbour_mentions(annotator, text, "c")] == [
        "All ferry sailings are cancelled until Friday", "she would vote no"]


def test_what_the_speaker_did_next_is_stated_with_the_speaker_named(annotator):
    text = "Police initially said five people had died, but later revised the toll to three."
    said, revised = harbour_mentions(annotator, text, "r")
    assert said.text == "five people had died" and said.attribution.source_text == "Police"
    assert revised.attribution is None and revised.statement.startswith("Police later revised the toll to three")


def test_a_claim_someone_disputes_is_their_denial_of_the_words_before(annotator):
    # "a claim the mayor disputes" was part of Berg's words; it is the mayor's denial of them
    text = ("According to Tor Berg, the pier could collapse within months, a claim the mayor disputes.\n"
            "The company overloaded the ferry, Blue Coast said, an allegation the company has rejected.\n"
            "The pier is safe, the mayor said.")
    collapse, disputed, overloaded, rejected, safe = harbour_mentions(annotator, text, "p")
    assert collapse.text == "the pier could collapse within months" and collapse.attribution.source_text == "Tor Berg"
    assert (disputed.certainty, disputed.attribution.source_text, disputed.denial_of) == (
        "denied", "the mayor", collapse.ref)
    assert overloaded.text == "The company overloaded the ferry"
    assert rejected.denial_of == overloaded.ref and rejected.attribution.cue_lemma == "reject"
    assert safe.denial_of is None and safe.certainty == "reported"
    # a cue inside the words is no speaker tag between them and the denial (it left "The leaders had.")
    text = "Norland said the leaders had agreed to restore diplomatic ties, a claim Estmark rejected."
    agreed, rejected = harbour_mentions(annotator, text, "n")
    assert agreed.text == "the leaders had agreed to restore diplomatic ties"
    assert agreed.attribution.source_text == "Norland"
    assert rejected.denial_of == agreed.ref and rejected.attribution.source_text == "Estmark"
    # the parser may read the disputing verb as the cue of the words before: they were the disputer's, denied, and
    # again as the denial beside them
    text = "Norland had accused the Estmark diplomats of spying on military sites, a charge Estmark denies."
    accused, denied = harbour_mentions(annotator, text, "e")
    assert accused.attribution.source_text == "Norland" and accused.certainty != "denied"
    assert denied.denial_of == accused.ref and denied.attribution.source_text == "Estmark"


def test_a_claim_a_denial_names_as_anothers_is_theirs_and_the_denial_a_mention_of_it(annotator):
    # it was the government's claim, "only ever reported as denied", the lawmakers who make it lost
    text = ("The government denied claims by opposition lawmakers that building inspections had been skipped.\n"
            "The company rejected the union's allegation that it had ignored safety warnings.\n"
            "The ministry denied that the water was unsafe.")
    skipped, denied, ignored, rejected, unsafe = harbour_mentions(annotator, text, "d")
    assert skipped.text == "building inspections had been skipped" and skipped.certainty == "reported"
    assert skipped.attribution.source_text == "opposition lawmakers"
    assert (denied.certainty, denied.attribution.source_text, denied.denial_of) == (
        "denied", "The government", skipped.ref)
    assert denied.text == skipped.text and denied.start < denied.end <= skipped.start
    # the accused's "it" is the one who denies it
    assert ignored.statement == "The company had ignored safety warnings" and ignored.certainty == "reported"
    assert rejected.attribution.source_text == "The company" and rejected.denial_of == ignored.ref
    # a denial with no claim named as another's stays the denier's
    assert (unsafe.certainty, unsafe.attribution.source_text, unsafe.denial_of) == ("denied", "The ministry", None)


def test_others_words_something_happened_after_leave_the_claim_whole(annotator):
    # the recall was lost: the claim was the reports' "small parts could come loose", on the company's word
    [m] = harbour_mentions(annotator, "Toy maker Brikkverk is recalling 120,000 building sets after reports that "
                                      "small parts could come loose, the company said on Monday.", "r")
    assert m.text.startswith("Toy maker Brikkverk is recalling 120,000 building sets after reports that")
    assert m.attribution.source_text == "the company"


def test_the_reporting_outlet_told_is_no_intermediary(annotator):
    # "told Harbour Gazette", in the Gazette: its own reporting, not "Ada Lund via Harbour Gazette"
    own, relayed = harbour_mentions(annotator, "Ada Lund told Harbour Gazette that the pier would close. Ada Lund "
                                               "told the broadcaster NRK that the ferry would stop.", "v")
    assert (own.via, own.via_text) == (None, None) and relayed.via_text == "the broadcaster NRK"


def test_innermost_words_are_stated_as_their_cue_restates_them(annotator):
    # "Inflation to fall to 3 percent by the end of next year." was the claim
    [m] = harbour_mentions(annotator, "The bank said it expected inflation to fall to 3 percent next year.", "x")
    assert m.statement == "inflation was expected to fall to 3 percent next year"
    assert m.attribution.source_text == "The bank"


def test_a_participle_that_revises_the_figure_is_no_act_of_its_own(annotator):
    # "Anne Lunde raised an earlier figure." was a claim beside the figure
    [m] = harbour_mentions(annotator, "The attack compromised the e-mails of 12 lawmakers, Anne Lunde told reporters "
                                      "on Wednesday, raising an earlier figure.", "f")
    assert m.text == "The attack compromised the e-mails of 12 lawmakers" and m.revises
    acts = [m.statement for m in harbour_mentions(annotator, "The ferry will stop in May, Anne Lunde told reporters on "
                                                             "Wednesday, raising concerns among islanders.", "g")]
    assert "Anne Lunde raised concerns among islanders" in acts


def test_a_clause_a_participle_of_saying_borrows_its_subject_from_is_the_outlets(annotator):
    # "resigned on Tuesday" was lost: the minister was read as the tag of "saying" alone
    assert own_clauses(annotator, "Finance Minister Eva Holt resigned on Tuesday, saying she did not want to be a "
                                  "distraction for the government.", "h") == [
        "Finance Minister Eva Holt resigned on Tuesday"]
    # ... however short, as a whole clause
    assert own_clauses(annotator, "Eva Holt resigned on Tuesday, saying she was tired.", "i") == [
        "Eva Holt resigned on Tuesday"]


def test_words_of_a_cue_the_outlet_gives_as_hearsay_are_hedged(annotator):
    # "The agency reportedly warned that C" was the agency's plain word
    warned, told, plain = harbour_mentions(annotator, "The agency reportedly warned the council last year that the "
                                                      "sea walls were inadequate. Lund allegedly told staff that the "
                                                      "figures were false. Lund told staff that the pier was safe.", "r")
    assert (warned.text, warned.certainty) == ("the sea walls were inadequate", "hedged")
    assert told.certainty == "hedged" and plain.certainty == "reported"


def test_what_someone_said_in_passing_in_a_relative_clause_leaves_the_outlets_clause_about_them(annotator):
    # the main clause was lost (too short beside the attribution), and "have yet to say" gave "when ..." as a claim
    text = ("The harbour master, who has denied any wrongdoing, resigned on Monday.\n"
            "Officials have yet to say when the harbour will reopen.")
    denied, resigned = harbour_mentions(annotator, text, "w")
    assert denied.certainty == "denied" and denied.attribution.source_text == "The harbour master"
    assert resigned.attribution is None and resigned.statement == "The harbour master resigned on Monday."
    assert not resigned.negated and [ev.key for ev in resigned.events] == ["resign"]


def test_a_speakers_pronoun_is_named_by_the_name_in_their_source_phrase():
    # a phrase describing more than the person ("The anger of Judge Ada Vale", a misparse's) gave "The anger of
    # Judge Ada Vale was misled by the claims."; a title and office stay ("Transport Minister Eva Lunde would ...")
    from newstrace.claims.extract import speaker_named
    from newstrace.model import Attribution, Mention

    def spoken(text: str, source_text: str, entity: str) -> str | None:
        att = Attribution([(0, 3)], [(4, 8)], [(9, 9 + len(text))], "reported", entity, source_text)
        return speaker_named(Mention("a", "Outlet", 9, 9 + len(text), text, (0, 80), att, "reported", False))

    assert spoken("she was misled by the claims", "The anger of Judge Ada Vale", "person:adavale") == (
        "Ada Vale was misled by the claims")
    assert spoken("she would resign", "Transport Minister Eva Lunde", "person:evalunde") == (
        "Transport Minister Eva Lunde would resign")
    # ... but not whose they are before the name ("Labour's Per Aune said his party had lost" was "Labour's Per
    # Aune's party had lost")
    assert spoken("his party had lost", "Labour's Per Aune", "person:peraune") == "Per Aune's party had lost"
    # a lawyer's or aide's "he" is the client's ("His lawyer, Sara Moen, said he would appeal" was "Sara Moen would
    # appeal"), named where the phrase names them
    assert spoken("he would appeal", "His lawyer, Sara Moen", "person:saramoen") is None
    att = Attribution([(0, 3)], [(4, 8)], [(9, 24)], "reported", "person:saramoen", "His lawyer, Sara Moen")
    assert speaker_named(Mention("a", "Outlet", 9, 24, "he would appeal", (0, 80), att, "reported", False),
                         "Arne Vik") == "Arne Vik would appeal"  # (whom the text says she works for)
    assert spoken("he would appeal", "Vik's lawyer Sara Moen", "person:saramoen") == "Vik would appeal"
    assert spoken("he would appeal", "Sara Moen, a lawyer for Arne Vik", "person:saramoen") == "Arne Vik would appeal"
    # ... and so is "his client" ("Vik's lawyer, Sara Moen, said his client would appeal" was "Vik's client would
    # appeal"); whose another possessive is the phrase does not tell: "his appeal" is the client's, "his office" the
    # lawyer's
    assert spoken("his client would appeal", "Vik's lawyer, Sara Moen", "person:saramoen") == "Vik would appeal"
    assert spoken("his office would appeal", "Vik's lawyer, Sara Moen", "person:saramoen") is None
    # one who speaks for the person the possessive stands for: her "she" is that person ("Her manager said she
    # would recover fully" was "Her manager would recover fully"), his "he" the manager's own
    att = Attribution([(0, 3)], [(4, 8)], [(9, 31)], "reported", "person:maralinde", "Her manager")
    assert speaker_named(Mention("a", "Outlet", 9, 31, "she would recover fully", (0, 80), att, "reported", False),
                         "Mara Linde") == "Mara Linde would recover fully"
    assert speaker_named(Mention("a", "Outlet", 9, 31, "he would recover fully", (0, 80), att, "reported", False),
                         "Mara Linde") != "Mara Linde would recover fully"
    # a body keeps the words it is named by ("The Coastal Administration"), a group its noun
    assert spoken("it was investigating the report", "The Coastal Administration", "org:coastaladministration") == (
        "The Coastal Administration was investigating the report")
    # ... and what only someone can be is theirs, no empty "it was" ("It was not aware of any injuries.")
    assert spoken("it was not aware of any injuries", "The supplier", None) == (
        "The supplier was not aware of any injuries")
    assert spoken("it is willing to talk", "Lysnett", "org:lysnett") == "Lysnett is willing to talk"
    assert spoken("it was overjoyed", "Lysnett", "org:lysnett") == "Lysnett was overjoyed"
    assert spoken("it had hit weapons depots", "The Estmark army", None) == "The Estmark army had hit weapons depots"
    assert spoken("it was unclear whether the pier would reopen", "The Coastal Administration",
                  "org:coastaladministration") is None


def test_a_participle_naming_a_thing_inside_what_was_said_is_no_nested_report(annotator):
    # "blaming high power prices" after the words said gave the claim "High power prices." and lost the closure;
    # "posts calling for a strike and urging workers ..." made the whole sentence, cue and all, the claim
    text = ("HALSA (NW) - Brekke Metall said it would shut its smelter by December, with the loss of 300 jobs, blaming "
            "high power prices.\n"
            "Harbour chief Ola Berg said that on May 3 the coast guard had informed the ferry company of online posts "
            "calling for a strike and urging workers to block the port.")
    said = {m.statement or m.text for m in harbour_mentions(annotator, text, "b")}
    assert {"Brekke Metall would shut its smelter by December, with the loss of 300 jobs",
            "Brekke Metall blamed high power prices",
            "on May 3 the coast guard had informed the ferry company of online posts calling for a strike and urging "
            "workers to block the port"} <= said, said
    assert not [x for x in said if x.lower().startswith(("high power", "harbour chief"))], said


def test_a_participles_phrase_is_stated_as_its_doers_act_not_as_a_fragment(annotator):
    # a phrase with no verb with a tense is no clause: the outlet's phrase of what someone did is stated with the
    # one who did it, named before it or the sentence's speaker ("drawing cheers ..." was a claim of its own)
    text = ("Union leader Kari Holm spoke on the quay on Saturday.\n"
            '"We will not back down," she said, drawing cheers from the hundreds of dockers packed into the square.\n'
            'Opening up about her own years on the quay, Holm told the crowd, "Nobody here is paid enough."\n'
            'At noon, Ms. Holm, reading the latest offer, complained in an e-mail, "This does not resolve my concerns."\n'
            "Several unions, in calling for a fair deal, also sought new members by handing out leaflets.\n"
            '"We will fight on," Holm said late on Friday, blocking the harbour gate with a truck.\n'
            'Holm said she wants to "see the whole offer before the vote," and pushed for more openness from the owners.')
    ms = harbour_mentions(annotator, text, "p")
    said = {(m.statement or m.text).rstrip(".") for m in ms}
    assert {"We will not back down",  # not "... packed into the square", which the parser hung on "said"
            "Kari Holm drew cheers from the hundreds of dockers packed into the square",
            "Holm opened up about her own years on the quay",
            "At noon, Ms. Holm read the latest offer",
            "Several unions called for a fair deal",
            "Several unions also sought new members by handing out leaflets",
            "late on Friday, Holm blocked the harbour gate with a truck",  # (a day is no doer)
            "Holm pushed for more openness from the owners"} <= said, said  # (after the quote's end and "and")
    assert not [x for x in said if x.lower().startswith(("drawing", "opening", "reading"))], said
    # what is left before the participle goes with it only when it says when or where, not whom the speaker told
    ms = harbour_mentions(annotator, 'Plant manager Eva Strand spoke on Monday. "We are deeply sorry," Strand told '
                                     'reporters, reading from a prepared statement.', "u")
    assert "Strand read from a prepared statement" in {m.statement for m in ms}, [m.statement for m in ms]
    # after an act of the speaker's own the participle goes with that act's clause
    ms = harbour_mentions(annotator, "Mayor Dahl has long mourned the victims of the storm, often expressing anger.",
                          "q")
    assert not [m for m in ms if (m.statement or "").endswith("expressed anger")], [m.statement for m in ms]
    # a participle inside a noun's phrase is no act of the speaker's ("The company fell profits")
    ms = harbour_mentions(annotator, "Chief executive Tor Haug will step down in June, the company said on Tuesday, "
                                     "after two years of falling profits.", "f")
    assert not [m for m in ms if "fell" in (m.statement or "")], [m.statement for m in ms]


def test_a_that_clause_read_as_a_relative_clause_on_the_cues_phrase_is_what_was_said(annotator):
    # the parser reads "an e-mail that the talks would resume" as a relative clause, and the participle before the
    # speaker as what was said
    text = "Reading the latest offer, the harbour director, Tor Lie, wrote in an e-mail that the talks would resume."
    [m] = [m for m in harbour_mentions(annotator, text, "r") if m.attribution is not None]
    assert (m.text, m.attribution.source_entity) == ("the talks would resume", "person:torlie")


def test_a_participle_of_saying_misread_as_what_was_said_goes_on_from_the_speaker(annotator):
    # "adding" read as what "saying" says: the quote was lost and "adding" had no speaker
    text = "He rejected the plan, saying “I would rather not sign this,” adding that the edited version would not " \
           "satisfy the mayor."
    ms = harbour_mentions(annotator, text, "t")
    spoken = {m.text.rstrip(",”"): m.attribution.source_text for m in ms if m.attribution is not None}
    assert spoken.get("I would rather not sign this") == "He", spoken
    assert spoken.get("the edited version would not satisfy the mayor") == "He", spoken


def test_a_denial_of_that_claim_joins_the_claim_before_it(annotator):
    # the parser leaves "that" out of what was rejected ("claim"); the denial is still of the union's words
    text = ("According to the union, inspectors had warned the plant about the tank twice this year. "
            "Vassdal Chemicals rejected that claim.")
    warned, rejected = harbour_mentions(annotator, text, "d")
    assert rejected.certainty == "denied" and rejected.denial_of == warned.ref
    # ... and "which" another speaker denies in a relative clause is the clause before it, which stays its
    # speaker's, said plainly (it was the group's own denial, and "several hundred people took part" with it)
    text = ("The group Green Fjord said several hundred people took part and that officers had used pepper spray, "
            "which police denied.")
    took, used, denied = harbour_mentions(annotator, text, "e")
    assert (took.certainty, used.text, used.certainty) == ("reported", "officers had used pepper spray", "reported")
    assert denied.certainty == "denied" and denied.denial_of == used.ref
    assert denied.attribution.source_text == "police"


def test_what_the_outlet_says_could_not_be_verified_is_a_hedged_claim_without_those_words(annotator):
    # "could not be independently verified" is no claim, but what it says of the sentence is one, hedged
    text = "The ferry reportedly lost steering shortly before it ran aground, but this could not be independently verified."
    [m] = harbour_mentions(annotator, text, "v")
    assert (m.text, m.certainty) == ("The ferry reportedly lost steering shortly before it ran aground", "hedged")


def test_a_he_in_a_speakers_quoted_words_is_someone_else(annotator):
    # '"He maintains his innocence," Solheim told reporters' was "Solheim maintains his innocence"
    ms = harbour_mentions(annotator, 'Lawyer Erik Solheim spoke to reporters. "He maintains his innocence," Solheim '
                                     'told reporters outside the court. Solheim said he would appeal.', "h")
    assert [m.statement for m in ms if m.attribution is not None] == [None, "Solheim would appeal"]


def test_people_named_by_what_they_are_say_they_of_themselves(annotator):
    ms = harbour_mentions(annotator, "Police said they had opened an investigation into the grounding. "
                                     "Local fishermen said they had warned the council.", "y")
    assert [m.statement for m in ms] == ["Police had opened an investigation into the grounding",
                                         "Local fishermen had warned the council"]


def test_words_cut_before_a_non_statement_keep_no_quotation_mark_for_a_claim(annotator):
    # 'said that the bank "does not comment on market rumours"' gave the claim "The bank.": the quotation mark
    # before the non-statement was counted a word, and its closing mark taken for a quote opening after it
    text = 'Chief executive Lise Moe said in a statement that the bank "does not comment on market rumours".'
    assert harbour_mentions(annotator, text, "n") == []


def test_a_speakers_second_act_is_negated_as_its_own_words_say(annotator):
    # "Aas denied any wrongdoing", stated for a mention spanning "she would not resign ...", read as negated by that
    # "not": a denial of negative words affirms, so the minister was no denier of the claim she denied
    text = "Fisheries minister Tone Aas spoke in Oslo. Aas said she would not resign over the quota, and denied any " \
           "wrongdoing."
    [denial] = [m for m in harbour_mentions(annotator, text, "w") if m.certainty == "denied"]
    assert (denial.statement, denial.negated) == ("Aas denied any wrongdoing", False)
