"""Asides (nlp/asides.py): what a sentence says in passing about a name, read out as a statement of its own."""

from __future__ import annotations

import pytest

from newstrace.nlp.asides import find_asides

pytestmark = pytest.mark.slow


def statements(nlp, text: str) -> list[str]:
    return [a.text for a in find_asides(nlp(text))]


def test_a_relative_clause_set_off_by_commas_is_a_statement_about_its_name(nlp):
    text = "Harbour Commissioner Lena Voss of Tallin County, who is retiring, said the dredging would start in May."
    [aside] = find_asides(nlp(text))
    assert aside.text == "Harbour Commissioner Lena Voss of Tallin County is retiring"
    assert text[aside.start:aside.end] == "who is retiring" and aside.kind == "relative"
    assert text[slice(*aside.subject)] == "Harbour Commissioner Lena Voss of Tallin County"
    assert statements(nlp, "Voss met Berg, who chairs the budget committee, on Tuesday.") == [
        "Berg chairs the budget committee"]


def test_an_appositive_or_participle_set_off_by_commas_is_one_too(nlp):
    assert statements(nlp, "Representative Olav Berg, 51, a former coastguard officer and diver, was charged.") == [
        "Representative Olav Berg is a former coastguard officer and diver"]  # the age is left out of the name
    assert statements(nlp, "Mayor Okafor, then the deputy mayor, signed the deal in 2019.") == [
        "Mayor Okafor was then the deputy mayor"]
    assert statements(nlp, "The memo, sent under the director's name and stamped urgent, warned of flooding.") == [
        "The memo was sent under the director's name and stamped urgent"]
    assert statements(nlp, "Even Justice Ana Pell, an ardent defender of fishermen, voted against it.") == [
        "Justice Ana Pell is an ardent defender of fishermen"]  # "even" is no part of her name


def test_a_verb_the_tagger_read_as_a_noun_after_a_name_is_no_appositive(nlp):
    # "understands" tagged a plural noun gave the aside "Ola Vik is the Coast Daily understands"
    assert statements(nlp, "Lysvik FC will pay 12 million euros for Ola Vik, the Coast Daily understands.") == []
    # ... nor is a description after a day or a figure of it ("Thursday is the highest level since 2008")
    assert statements(nlp, "The bank raised its rate to 4.75 percent on Thursday, the highest level since 2008.") == []


def test_the_speaker_of_a_tag_the_parser_hung_on_the_name_before_is_no_appositive(nlp):
    # it was "Rostad United is his agent Tor Moe": "said" left with no subject, its speaker read as describing
    # the club before the comma
    assert statements(nlp, "Striker Ola Berg has joined Lysvik FC from Rostad United, his agent Tor Moe said.") == []
    assert statements(nlp, "Berg joined from Rostad United, a club in the second division, on Monday.") == [
        "Rostad United is a club in the second division"]


def test_a_description_the_parser_hung_on_a_name_across_other_words_is_none(nlp):
    # it was "Norway's Nordbank said it would eliminate 800 positions is about 9 percent of its workforce": the
    # figure described, hung on the bank's name at the head of the sentence
    assert statements(nlp, "Norway's Nordbank said it would eliminate 800 positions, about 9 percent of its "
                           "workforce.") == []
    assert statements(nlp, "Tor Lund of the dock workers union, a former customs officer, said the pier was unsafe.") == [
        "Tor Lund of the dock workers union is a former customs officer"]  # (its own words between)


def test_a_noun_renaming_the_sentences_act_is_no_description_of_the_name_before_it(nlp):
    # "Holm Pharma is the first such approval in the country" was an aside of "approved a drug made by Holm Pharma,
    # the first such approval in the country"
    assert statements(nlp, "The medicines agency approved a new drug made by Holm Pharma, the first such approval "
                           "in the country.") == []
    assert statements(nlp, "Fjell Motors recalled 8,000 cars built by Vik Auto, its largest recall.") == []
    # (a name described by a word for what it is stays one: a storm named is a storm)
    assert statements(nlp, "Flights were cancelled as Storm Agnes, the strongest storm in a decade, hit Lysvik.") == [
        "Storm Agnes is the strongest storm in a decade"]


def test_a_figure_the_tagger_read_as_a_name_is_none(nlp):
    # "36.7C was dated from 1997" was an aside, and the claim left "The previous record, 36.7C", a fragment
    assert statements(nlp, "The previous record, 36.7C, dated from 1997, the institute said.") == []


def test_a_clause_whose_verb_disagrees_with_the_noun_before_it_is_about_another(nlp):
    # "Competition authorities is expected by March": the clause is about the approval, the parser hung it on the
    # plural noun after it
    assert statements(nlp, "The deal needs approval from the harbour authorities, which is expected by March.") == []
    assert statements(nlp, "The report went to the ministers, who were due to meet on Friday.") == [
        "The ministers were due to meet on Friday"]
    assert statements(nlp, "Lund visited the school, which has 400 pupils.") == ["The school has 400 pupils"]


def test_a_name_set_off_after_a_definite_role_says_who_holds_it(nlp):
    assert statements(nlp, "The gunman, Omar Lund, was heard shouting while engaging officers.") == [
        "The gunman is Omar Lund"]
    assert statements(nlp, "The minority leader, Ken Adair, Republican of Bergen, opposed the plan.") == [
        "The minority leader is Ken Adair"]  # the name alone, not the party that follows it
    assert statements(nlp, "His deputy, Olav Berg, resigned.") == []  # whose deputy, read alone?


def test_a_contracted_auxiliary_is_written_out(nlp):
    text = "Mayor Pete Arnesen, who’s seen his lead grow in the polls, called for a recount."
    assert statements(nlp, text) == ["Mayor Pete Arnesen has seen his lead grow in the polls"]


def test_what_is_part_of_its_noun_phrase_or_of_someone_s_words_is_no_aside(nlp):
    assert statements(nlp, "The people who saw the spill called the coastguard.") == []  # restrictive
    assert statements(nlp, "The e-mails released on Friday showed a dispute.") == []  # restrictive participle
    assert statements(nlp, "The company, which critics call a sham, denied the charges.") == []  # critics' view
    assert statements(nlp, "Councillor Ben Katz, who said he wanted an inquiry, left early.") == []  # an attribution
    assert statements(nlp, 'Mayor Okafor, a "reckless gambler", signed the deal.') == []  # a quoted description


def test_an_aside_about_a_list_is_about_all_of_it(nlp):
    # "the countries where ..." describes all three; read as about the last alone it would be false
    assert statements(nlp, "Aid was cut to Norland, Estmark and Valoria, the countries where most migrants come "
                           "from, on Monday.") == []
