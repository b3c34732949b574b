"""Sources, echoes, conflicts and grades on hand-built mentions."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from newstrace.lexicon import ministry_of, speaks_as_outlet, state_ministry
from newstrace.model import (
    Article,
    Attribution,
    Claim,
    Conflict,
    Entity,
    EventMention,
    Mention,
    MentionRef,
    Quantity,
    RelationMention,
    Story,
    Timex,
    date_interval,
)
from newstrace.provenance.conflicts import find_conflicts, interval, updated_figures
from newstrace.provenance.credibility import Evidence, grade
from newstrace.provenance.graph import build_relations
from newstrace.provenance.people import merge_people, same_groups, same_organisations, same_people
from newstrace.provenance.sources import (
    SourceResolver,
    independent_sources,
    lone_people,
    mark_echoes,
    one_speaker,
    organisers,
    source_of,
    speaks_as,
    wire_credit,
)


def mention(article: str, outlet: str, text: str, att: Attribution | None = None, certainty: str = "reported",
            quantities=(), report_times=(), duplicate_of=None) -> Mention:
    m = Mention(article, outlet, 0, len(text), text, (0, len(text)), att, certainty, False,
                duplicate_of=duplicate_of)
    m.quantities, m.report_times = list(quantities), list(report_times)
    return m


def said(source_text: str, entity: str | None, cue: str = "say") -> Attribution:
    return Attribution([(0, 5)], [(6, 10)], [(11, 20)], "reported", entity, source_text, cue_lemma=cue)


ENTITIES = {
    "person:ingridsolberg": Entity("person:ingridsolberg", "Ingrid Solberg", "PERSON", ["Solberg"]),
    "org:nationalintelligenceservice": Entity("org:nationalintelligenceservice", "National Intelligence Service",
                                              "ORG", ["NIS", "National Intelligence Service"]),
}


def test_a_group_holding_a_view_of_a_name_is_not_that_name():
    entities = {**ENTITIES, "org:harbourtollauthority": Entity("org:harbourtollauthority", "Harbour Toll Authority",
                                                               "ORG", ["Harbour Toll Authority"])}
    r = SourceResolver(entities)
    # what critics, supporters, experts speak of is not who speaks
    assert r.resolve(mention("a", "X", "t", said("critics of the Harbour Toll Authority", "org:harbourtollauthority"))) \
        == "group:critics"
    assert r.resolve(mention("a", "X", "t", said("supporters of Ingrid Solberg", "person:ingridsolberg"))) \
        == "group:supporters"
    assert r.resolve(mention("a", "X", "t", said("Solberg critics", "person:ingridsolberg"))) == "group:critics"
    # officials of an organisation, and a person's aides, speak for it
    assert r.resolve(mention("a", "X", "t", said("officials of the National Intelligence Service", None))) \
        == "org:nationalintelligenceservice"
    assert r.resolve(mention("a", "X", "t", said("Solberg aides", "person:ingridsolberg"))) == "person:ingridsolberg"


def test_a_one_word_name_after_the_group_noun_names_that_body():
    # "the anti-doping agency ANDA" was "group:agency@org:anda", one of the unnamed groups that may be another
    # source; a lone word before the noun stays the group ("Intelligence officials")
    entities = {"org:anda": Entity("org:anda", "ANDA", "ORG", ["ANDA"]),
                "org:intelligence": Entity("org:intelligence", "Intelligence", "ORG", ["Intelligence"])}
    r = SourceResolver(entities)
    assert r.resolve(mention("a", "X", "t", said("the anti-doping agency ANDA", "org:anda"))) == "org:anda"
    assert r.resolve(mention("a", "X", "t", said("Intelligence officials", None))).startswith("group:officials")


def test_a_name_in_what_the_source_phrase_says_of_the_source_is_not_who_spoke():
    # who saw a paper, or whom the source spoke to, is not its source
    entities = {"org:coastdaily": Entity("org:coastdaily", "Coast Daily", "ORG", ["Coast Daily"]),
                "org:harbourpost": Entity("org:harbourpost", "Harbour Post", "ORG", ["Harbour Post"])}
    r = SourceResolver(entities)
    assert r.resolve(mention("a", "X", "t", said("The audit, which was seen by the Coast Daily", None))) == "doc:audit"
    assert r.resolve(mention("a", "X", "t", said("A memo obtained by the Harbour Post", None))) == "doc:documents"
    assert r.resolve(mention("a", "X", "t", said("Residents, who spoke to the Coast Daily", None))) == "group:residents"


def test_a_paper_published_in_a_place_is_the_paper():
    # "according to the study published in the journal Zoologica" (the NER reading a place) was "group:published"
    zoologica = {"gpe:zoologica": Entity("gpe:zoologica", "Zoologica", "GPE", [])}
    m = mention("a", "Science Weekly", "t", said("the study published in the journal Zoologica", "gpe:zoologica",
                                                 "according to"))
    assert SourceResolver(zoologica, {}, {"a": "x" * 40}).resolve(m) == "doc:study"


def test_a_place_in_a_phrase_headed_by_people_is_where_they_are_not_who_spoke():
    places = {"norp:lysvik": Entity("norp:lysvik", "Lysvik", "NORP", ["Lysvik"]),
              "country:norway": Entity("country:norway", "Norway", "GPE", ["Norway", "Norwegian"])}
    r = SourceResolver(places)
    assert r.resolve(mention("a", "X", "t", said("Fishermen in Lysvik", "norp:lysvik"))) == "group:fishermen"
    assert r.resolve(mention("a", "X", "t", said("Fishermen in Norway", "country:norway"))) == "group:fishermen"
    # ... however the NER types it ("Residents of Hald" was the person Hald)
    hald = SourceResolver({"person:hald": Entity("person:hald", "Hald", "PERSON", ["Hald"])})
    assert hald.resolve(mention("a", "X", "t", said("Residents of Hald", "person:hald"))) == "group:residents"
    # a body's members opening the sentence are no person's name ("Doctors at Varby hospital" was the person
    # "Doctors")
    varby = SourceResolver({"gpe:varby": Entity("gpe:varby", "Varby", "GPE", ["Varby"])})
    assert varby.resolve(mention("a", "X", "t", said("Doctors at Varby hospital", None))) == "group:doctors@gpe:varby"
    # the place's own word, or its officials', stay so
    assert r.resolve(mention("a", "X", "t", said("Norway", "country:norway"))) == "country:norway"
    assert r.resolve(mention("a", "X", "t", said("Norwegian officials", "country:norway"))) == (
        "group:officials@country:norway")


def test_the_people_said_are_the_unnamed_insiders_a_report_cites():
    # "The talks are at an early stage, the people said", after "according to people familiar with the matter",
    # was the group "people", another source than the "sources" of another report
    r = SourceResolver({})
    assert r.resolve(mention("a", "X", "t", said("the people", None))) == "group:sources"
    assert r.resolve(mention("a", "X", "t", said("people familiar with the matter", None))) == "group:sources"
    assert r.resolve(mention("a", "X", "t", said("People", None))) != "group:sources"  # anyone


def test_unnamed_organisers_beside_the_body_the_story_says_organised_it_are_one_source():
    # "Organisers put the number at 20,000" and "The union federation, which organised the protest, said 20,000"
    # were "1 confirmed" by two independent sources
    described = {"group:organisers": {"organisers"}, "group:union federation": {"the", "union", "federation"},
                 "group:police": {"police"}}
    organisers([mention("b", "B", "The union federation organised the protest")], described)
    entries = [("group:organisers", False, False), ("group:union federation", False, False)]
    assert independent_sources(entries, described=described) == ["group:union federation"]
    # ... not beside another body, nor where no one is said to have organised it
    assert len(independent_sources([("group:organisers", False, False), ("group:police", False, False)],
                                   described=described)) == 2
    assert len(independent_sources(entries, described={"group:union federation": {"union", "federation"}})) == 2


def test_a_body_s_members_beside_the_body_are_one_source():
    # "4,000 hectares, the fire service said" and "firefighters said" were two independent sources
    assert independent_sources([("group:fire service", False, False), ("group:firefighters", False, False)]) == [
        "group:fire service"]
    brigade = {"org:lysvikfiredepartment": Entity("org:lysvikfiredepartment", "Lysvik Fire Department", "ORG", [])}
    assert independent_sources([("group:firefighters", False, False), ("org:lysvikfiredepartment", False, False)],
                               brigade) == ["org:lysvikfiredepartment"]
    assert independent_sources([("group:troops", False, False), ("group:army@country:estmark", False, False)]) == [
        "group:army@country:estmark"]
    # ... not beside another body
    assert len(independent_sources([("group:firefighters", False, False), ("group:police", False, False)])) == 2


def test_a_state_s_own_media_beside_the_state_are_one_source():
    # "Estmark said" and "Estmark state television said" of a drone's launch site were "1 confirmed"
    estmark = {"org:estmark": Entity("org:estmark", "Estmark", "ORG", ["Estmark"])}
    assert independent_sources([("org:estmark", False, False), ("outlet:estmark state television", False, False)],
                               estmark) == ["org:estmark"]
    # a demonym the story's entities place ("Russian state TV"), two media of one state, a state outlet by name
    russia = {"country:russia": Entity("country:russia", "Russia", "GPE", ["Russia", "Russian"])}
    assert independent_sources([("country:russia", False, False), ("outlet:russian state tv", False, False)],
                               russia) == ["country:russia"]
    korea = {"country:north-korea": Entity("country:north-korea", "North Korea", "GPE", ["North Korea", "North Korean"])}
    assert independent_sources([("outlet:kcna", False, False), ("outlet:north korean state television", False, False)],
                               korea) == ["outlet:kcna"]
    # ... not another state's media, nor an outlet no state runs
    assert len(independent_sources([("country:russia", False, False), ("outlet:estmark state television", False,
                                                                        False)], russia)) == 2
    assert len(independent_sources([("country:russia", False, False), ("outlet:bbc", False, False)], russia)) == 2


def test_a_state_s_ministry_is_a_body_of_that_state():
    # "Russia's defence ministry said" and "Russia said" were two independent sources ("defence ministry", an
    # organisation to the NER, and Russia): a false "1 confirmed" of one government's word
    russia = {"country:russia": Entity("country:russia", "Russia", "GPE", ["Russia", "Russian"]),
              "org:defenceministry": Entity("org:defenceministry", "defence ministry", "ORG", ["defence ministry"])}
    r = SourceResolver(russia)
    for phrase in ("Russia's defence ministry", "the Russian defence ministry"):
        assert r.resolve(mention("a", "X", "t", said(phrase, None))) == "group:ministry@country:russia", phrase
    assert r.resolve(mention("a", "X", "t", said("the defence ministry", None))) == "org:defenceministry"
    assert independent_sources([("country:russia", False, False), ("org:defenceministry", False, False)],
                               russia) == ["country:russia"]  # (named by no state: it may be Russia's)
    bergen = {**russia, "gpe:bergen": Entity("gpe:bergen", "Bergen", "GPE", ["Bergen"])}
    assert len(independent_sources([("gpe:bergen", False, False), ("org:defenceministry", False, False)],
                                   bergen)) == 2  # (... not a city's)
    # ... named in full by a name that says whose ("the Estmark Defence Ministry", "Russian Ministry of Defence")
    estmark = {"org:estmark": Entity("org:estmark", "Estmark", "ORG", ["Estmark"]),
               "org:estmarkdefenceministry": Entity("org:estmarkdefenceministry", "Estmark Defence Ministry", "ORG",
                                                    ["the Estmark Defence Ministry"])}
    assert SourceResolver(estmark).resolve(mention("a", "X", "t", said("the Estmark Defence Ministry", None))) == (
        "group:ministry@org:estmark")
    # ... not a name whose place the story does not know, nor a body that is no ministry of a state
    other = {"org:vekharunhealthministry": Entity("org:vekharunhealthministry", "Vekha-run health ministry", "ORG",
                                                  ["Vekha-run health ministry"]),
             "org:nordbank": Entity("org:nordbank", "Nordbank Holdings", "ORG", ["Nordbank Holdings"])}
    assert SourceResolver(other).resolve(mention("a", "X", "t", said("the Vekha-run health ministry", None))) == (
        "org:vekharunhealthministry")
    assert SourceResolver(other).resolve(mention("a", "X", "t", said("Nordbank Holdings", None))) == "org:nordbank"
    assert state_ministry("Ministry of Foreign Affairs") == "" and state_ministry("foreign and defence ministry") == ""
    assert state_ministry("the ministry") is None and state_ministry("Estmark Health Service") is None


def test_a_state_s_ministry_is_shown_by_its_portfolio():
    # "Estmark's trade ministry" was shown as "ministry (Estmark)", its portfolio lost
    estmark = {"org:estmark": Entity("org:estmark", "Estmark", "ORG", ["Estmark"])}
    r = SourceResolver(estmark)
    key = r.resolve(mention("a", "X", "t", said("Estmark's trade ministry", "org:estmark")))
    assert source_of(key, estmark, r.spelled).name == "trade ministry (Estmark)"
    # ... one state's ministries of two portfolios are one id, one voice: shown as its ministry
    assert r.resolve(mention("b", "X", "t", said("Estmark's defence ministry", "org:estmark"))) == key
    assert source_of(key, estmark, r.spelled).name == "ministry (Estmark)"
    assert ministry_of("the Ministry of Foreign Affairs") == "ministry of foreign affairs"


def test_the_ministry_named_by_its_kind_is_the_one_its_article_placed():
    # "Estmark's defence ministry said ... The ministry said ..." made the second an unplaced ministry, counted beside
    # Estmark as a second source
    estmark = {"org:estmark": Entity("org:estmark", "Estmark", "ORG", ["Estmark"]),
               "org:norland": Entity("org:norland", "Norland", "ORG", ["Norland"])}
    texts = {"a": "A drone hit a depot, Estmark's defence ministry said. The ministry said the depot held fuel.",
             "b": "Estmark's defence ministry and Norland's foreign ministry spoke. The ministry said the depot held fuel.",
             "c": "A drone hit a depot. The ministry said the depot held fuel. Estmark's government agreed."}
    r = SourceResolver(estmark, texts=texts)

    def the_ministry(article: str) -> str | None:
        at = texts[article].index("The ministry")
        return r.resolve(replace(mention(article, "X", "t", said("The ministry", None)), sentence=(at, at + 40)))

    assert the_ministry("a") == "group:ministry@org:estmark"
    assert the_ministry("b") == "group:ministry"  # two states' ministries before it: either
    assert the_ministry("c") == "group:ministry"  # (a state named after it)


def test_bodies_of_one_state_are_one_source():
    # "Russia's defence ministry" and "the Russian government" (or "Estmark's military") were "1 confirmed" by two
    # independent sources of one government's word
    assert independent_sources([("group:ministry@country:russia", False, False),
                                ("group:government@country:russia", False, False)]) == ["group:ministry@country:russia"]
    assert speaks_as("group:military@org:estmark", ["group:ministry@org:estmark"], {}, None) == (
        ["group:ministry@org:estmark"], "state body")
    # ... not two states' ministries (each side's word), nor a state's police or unplaced bodies
    assert len(independent_sources([("group:ministry@country:russia", False, False),
                                    ("group:ministry@country:ukraine", False, False)])) == 2
    assert len(independent_sources([("group:ministry@country:russia", False, False),
                                    ("group:police@country:russia", False, False)])) == 2


def test_one_body_named_by_its_business_two_ways_is_one_source():
    # "the electoral commission said" and "results released by the election authority" were "1 confirmed" of who
    # won the election: one body's count, named two ways
    commission = {"org:electoralcommission": Entity("org:electoralcommission", "electoral commission", "ORG", [])}
    described = {"org:electoralcommission": {"the", "electoral", "commission"}}  # (a commission, no authority)
    assert independent_sources([("org:electoralcommission", False, False), ("group:election authority", False, False)],
                               commission, described=described) == ["org:electoralcommission"]
    assert speaks_as("group:election authority", ["org:electoralcommission"], commission, None) == (
        ["org:electoralcommission"], "named two ways")
    # ... not bodies of different business, nor of two places, nor a body named by more than its business
    for other in ("group:tax authority", "group:election authority@country:sweden", "group:election appeals board"):
        assert len(independent_sources([("group:election commission@country:norway", False, False),
                                        (other, False, False)])) == 2, other


def test_one_office_named_two_ways_is_one_source():
    # "the prosecution service said" and "the national prosecutor's office said" were two independent sources: a
    # false "1 confirmed" of the charge they both announced
    assert independent_sources([("group:prosecution service", False, False), ("group:prosecutors", False, False),
                                ("group:national prosecutor's office", False, False)]) == ["group:prosecution service"]
    # ... not two offices, nor one office of two places
    assert len(independent_sources([("group:prosecution service", False, False),
                                    ("group:police", False, False)])) == 2
    assert len(independent_sources([("group:prosecutors@country:norway", False, False),
                                    ("group:prosecutors@country:sweden", False, False)])) == 2


def test_firms_spoken_of_as_a_set_twice_are_one_source():
    # "..., the two lenders said" and "..., a statement from the banks said" of one takeover were a false "1"
    assert independent_sources([("group:lenders", False, False), ("group:banks", False, False)]) == ["group:lenders"]
    assert independent_sources([("group:companies", False, False), ("group:firms", False, False)]) == [
        "group:companies"]
    # ... not two sides, one firm, nor the firms of two places
    assert len(independent_sources([("group:banks", False, False), ("group:unions", False, False)])) == 2
    assert len(independent_sources([("group:company", False, False), ("group:banks", False, False)])) == 2
    assert len(independent_sources([("group:banks@country:norway", False, False),
                                    ("group:banks@country:sweden", False, False)])) == 2
    # one firm named two ways ("the bank said" of job cuts, "the lender announced" in another report) was a false
    # "1" too; not a firm beside a set of firms, nor firms of two places
    assert independent_sources([("group:bank", False, False), ("group:lender", False, False)]) == ["group:bank"]
    assert len(independent_sources([("group:bank@country:norway", False, False),
                                    ("group:lender@country:sweden", False, False)])) == 2


def test_police_beside_an_organisation_named_for_another_office_are_two_sources():
    guard = {"org:coastguard": Entity("org:coastguard", "coast guard", "ORG", ["coast guard"]),
             "org:lysvikpolicedistrict": Entity("org:lysvikpolicedistrict", "Lysvik Police District", "ORG", [])}
    assert independent_sources([("org:coastguard", False, False), ("group:police", False, False)], guard) == [
        "org:coastguard", "group:police"]
    assert independent_sources([("org:lysvikpolicedistrict", False, False), ("group:police", False, False)],
                               guard) == ["org:lysvikpolicedistrict"]
    # "officials" name no office: they may be the coast guard's
    assert independent_sources([("org:coastguard", False, False), ("group:officials", False, False)], guard) == [
        "org:coastguard"]


def test_a_body_is_of_the_kind_its_name_ends_in_beside_a_firm():
    # "the drivers' union" beside Varby Transit, which the text calls "the company": two sides of a strike, not
    # "may be the same people" (the union was left out as the bare "union" was not)
    transit = {"org:varbytransit": Entity("org:varbytransit", "Varby Transit", "ORG", [])}
    described = {"org:varbytransit": {"the", "company", "varby", "transit"}}
    entries = [("group:drivers' union", False, False), ("org:varbytransit", False, False)]
    assert independent_sources(entries, transit, described=described) == ["group:drivers' union", "org:varbytransit"]
    # ... where the text says nothing of the firm, the union may still be anyone's
    assert independent_sources(entries, transit) == ["org:varbytransit"]
    # "the coastguard" beside "the operator, Fjordline Ferries" (a body named by what its name ends in); not "the
    # fire service" beside "the Lysvik fire department", one body named two ways
    ferries = {"org:fjordlineferries": Entity("org:fjordlineferries", "Fjordline Ferries", "ORG", []),
               "org:lysvikfiredepartment": Entity("org:lysvikfiredepartment", "Lysvik Fire Department", "ORG", [])}
    described = {"org:fjordlineferries": {"the", "operator", "fjordline", "ferries"},
                 "org:lysvikfiredepartment": {"the", "lysvik", "fire", "department"}}
    assert independent_sources([("group:coastguard", False, False), ("org:fjordlineferries", False, False)],
                               ferries, described=described) == ["group:coastguard", "org:fjordlineferries"]
    assert independent_sources([("group:fire service", False, False), ("org:lysvikfiredepartment", False, False)],
                               ferries, described=described) == ["org:lysvikfiredepartment"]


def test_a_spokesperson_the_text_does_not_say_whose_may_speak_for_a_company():
    # "No accidents have been linked to the fault, a spokeswoman said" beside "Fjell Motors said it was not aware
    # of any accidents": "2 sources (spokesperson, Fjell Motors)", as a spokesperson were a body of another kind
    firm = {"org:fjellmotors": Entity("org:fjellmotors", "Fjell Motors", "ORG", [])}
    described = {"group:spokesperson": {"a", "spokeswoman"}, "org:fjellmotors": {"the", "company", "fjell", "motors"}}
    entries = [("group:spokesperson", False, False), ("org:fjellmotors", False, False)]
    assert independent_sources(entries, firm, described=described) == ["org:fjellmotors"]


def test_people_a_body_is_cited_by_say_no_kind_of_body():
    # "WHO officials said" made "officials" a word the texts describe WHO by, so "the UN health agency" was a body
    # of another kind than WHO and a second source ("1 confirmed")
    who = {"org:who": Entity("org:who", "World Health Organization", "ORG", ["WHO"])}
    described = {"org:who": {"the", "world", "health", "organization", "who", "officials"},
                 "group:agency": {"the", "un", "health", "agency"}}
    entries = [("org:who", False, False), ("group:agency", False, False)]
    assert independent_sources(entries, who, described=described) == ["org:who"]


def test_a_chief_economist_is_no_outlet():
    # "The fund's chief economist said" was the outlet "fund's chief economist" (the magazine's name in the word)
    from newstrace.lexicon import is_outlet

    assert not is_outlet("The fund's chief economist") and is_outlet("The Economist")


def test_a_paper_is_not_the_papers_of_one_who_only_denies_what_it_shows():
    # "documents show the minister approved the quota" beside "the minister denied any wrongdoing": the documents
    # were counted as hers, and she the claim's one source
    entries = [("doc:documents", False, False), ("person:toneaas", False, False)]
    assert independent_sources(entries) == ["person:toneaas"]  # a paper an issuer named for the claim may have issued
    assert independent_sources(entries, deniers={"person:toneaas"}) == ["doc:documents", "person:toneaas"]


def test_a_body_s_statement_is_its_word_and_reports_or_a_name_untyped_are_what_they_are():
    r = SourceResolver(ENTITIES)
    # what a body issued is the body's word; reports of no one named are no one's
    assert r.resolve(mention("a", "X", "t", said("a coastguard statement", None, "according to"))) \
        == "group:coastguard"
    assert r.resolve(mention("a", "X", "t", said("Preliminary reports", None, "indicate"))) is None
    # a survey is a poll, but "the geological survey" an agency
    assert r.resolve(mention("a", "X", "t", said("a survey", None, "according to"))) == "doc:poll"
    assert r.resolve(mention("a", "X", "t", said("the geological survey", None, "according to"))) \
        == "group:geological survey"
    # what kind of paper it is says nothing of who issued it ("a university press release" was "university press")
    assert r.resolve(mention("a", "X", "t", said("a university press release", None, "according to"))) \
        == "group:university"
    # ... also where a participle says who issued it ("the final count published by the election commission" was
    # the source "final count published", a second source beside the commission's own word: a false "1 confirmed")
    assert r.resolve(mention("a", "X", "t", said("the final count published by the election commission", None,
                                                 "according to"))) == "group:election commission"
    assert r.resolve(mention("a", "X", "t", said("the final count", None, "according to"))) is None
    # a name the NER typed as nothing is the person it names, the id it has where the NER typed it
    assert r.resolve(mention("a", "X", "t", said("Ina Moss", None))) == "person:inamoss"
    assert r.resolve(mention("a", "X", "t", said("Moss, who runs the harbour", None))) == "person:moss"
    assert r.resolve(mention("a", "X", "t", said("Kestrel Shipping", None))) != "person:kestrelshipping"
    assert r.resolve(mention("a", "X", "t", said("Nordbank", None))) == "org:nordbank"  # a bank, in one word
    # ... without the title before it: "Coach Per Lie" is the Per Lie named elsewhere without one
    assert r.resolve(mention("a", "X", "t", said("Coach Per Lie", None))) == "person:perlie"
    assert r.resolve(mention("a", "X", "t", said("Judge Solberg", None))) == "person:ingridsolberg"
    # ... or set off after the role that describes it (it was "group:coach")
    assert r.resolve(mention("a", "X", "t", said("The coach, Per Lie, who took over in May", None))) == "person:perlie"
    assert r.resolve(mention("a", "X", "t", said("the ferry operator, Nordlys", None))) != "person:nordlys"
    # ... or right after the office that names it (it was "group:fire chief per sand")
    assert r.resolve(mention("a", "X", "t", said("Fire chief Per Sand", None))) == "person:persand"
    assert r.resolve(mention("a", "X", "t", said("Chief Executive Ida Roos", None))) == "person:idaroos"
    assert r.resolve(mention("a", "X", "t", said("mayor Ines Calder", None))) == "person:inescalder"  # (the NER:
    # a product; it was "group:mayor ines calder")
    assert r.resolve(mention("a", "X", "t", said("the fire chief", None))) == "group:fire chief"
    # a common noun and where it is: the noun speaks ("the hospital in Bodo said" was the town, org:bodo)
    where = SourceResolver({**ENTITIES, "org:bodo": Entity("org:bodo", "Bodo", "ORG", ["Bodo"])})
    assert where.resolve(mention("a", "X", "t", said("the hospital in Bodo", "org:bodo"))) == "group:hospital"
    assert where.resolve(mention("a", "X", "t", said("Bodo", "org:bodo"))) == "org:bodo"
    assert where.resolve(mention("a", "X", "t", said("Kari Holm in Bodo", None))) != "group:holm"  # a name


def test_sources_resolve_people_outlets_groups_and_aliases():
    r = SourceResolver(ENTITIES)
    assert r.resolve(mention("a", "X", "t", said("spokesperson Ingrid Solberg", "person:ingridsolberg"))) \
        == "person:ingridsolberg"
    assert r.resolve(mention("a", "X", "t", said("the Wall Street Journal", None, "report"))) \
        == "outlet:wall street journal"
    # an outlet is one source however its report is cited, also where the NER typed its name an organisation
    assert r.resolve(mention("a", "X", "t", said("the Fjord Post", "org:fjordpost", "according to"))) \
        == r.resolve(mention("a", "X", "t", said("The Fjord Post", None, "report"))) == "outlet:fjord post"
    # ... and where a piece of it is cited ("according to a report in the Fjord Post" was "outlet:a report in the
    # fjord post", a second outlet beside the Post's own words)
    assert r.resolve(mention("a", "X", "t", said("a report in the Fjord Post", None, "according to"))) \
        == "outlet:fjord post"
    # ... and named by its kind alone, the one its article named before ("the newspaper said" was "outlet:newspaper")
    texts = {"a": "News of the talks spread on Monday. The deal is near, the Harbour Ledger reported, citing people "
                  "familiar with the matter. It could be worth 2 billion euros, the newspaper said.",
             "b": "News of the talks spread. It could be worth 2 billion euros, the newspaper said."}
    told = SourceResolver({}, texts=texts)
    worth = texts["a"].index("It could")
    assert told.resolve(replace(mention("a", "X", "t", said("the newspaper", None)), sentence=(worth, len(texts["a"])))) \
        == "outlet:harbour ledger"
    assert told.resolve(replace(mention("b", "X", "t", said("the newspaper", None)), sentence=(26, len(texts["b"])))) \
        == "outlet:newspaper"  # ("News" names no outlet)
    # ... or a work of its own named after it ("according to a Fjord Post tally of regional health reports" was
    # "outlet:a fjord post tally of ...", a second source beside the health institute in the Post's own article)
    for phrase in ("a Fjord Post tally of regional health reports", "an analysis by the Fjord Post",
                   "the Fjord Post's count"):
        assert r.resolve(mention("a", "X", "t", said(phrase, None, "according to"))) == "outlet:fjord post", phrase
    # ... and however it is described ("the Spanish newspaper Marca" and "Spanish paper Marca", an organisation to
    # the NER, were two sources of one report: a false "1 confirmed"); a name that holds the word stays whole
    marca = {r.resolve(mention("a", "X", "t", said("the Spanish newspaper Marca", None, "according to"))),
             r.resolve(mention("a", "X", "t", said("Spanish paper Marca", "org:marca", "report")))}
    assert marca == {"outlet:marca"}
    assert r.resolve(mention("a", "X", "t", said("the Daily Courier", None, "report"))) == "outlet:daily courier"
    # a person the phrase goes on to say an outlet relays is the person, not the outlet (nlp reads it so too)
    assert speaks_as_outlet("the Fjord Post") and not speaks_as_outlet("Ingrid Solberg, who was rescued, according "
                                                                       "to the Fjord Post")
    assert speaks_as_outlet("an editorial in the conservative daily Fjord Post")
    assert speaks_as_outlet("A reporter of the coastal news agency, NTB")
    assert r.resolve(mention("a", "X", "t", said("Ingrid Solberg, who was rescued, according to the Fjord Post",
                                                 None))) == "person:ingridsolberg"
    assert r.resolve(mention("a", "X", "t", said("US officials", "country:united-states"))) \
        == "group:officials@country:united-states"
    assert r.resolve(mention("a", "X", "t", said("South Korea's national intelligence service",
                                                 "country:south-korea"))) == "org:nationalintelligenceservice"
    assert r.resolve(mention("a", "X", "t", said("a document seen by the Evening Ledger", None, "according to"))) \
        == "doc:documents"
    assert r.resolve(mention("a", "Harbour Gazette", "t")) == "outlet:harbour gazette"  # own voice
    assert r.resolve(mention("a", "X", "t", Attribution([], [(0, 3)], [(4, 9)], cue_lemma="suggest"))) is None
    # a group is named by the head of its phrase, not by a noun of the clause or phrase that goes on after it
    assert r.resolve(mention("a", "X", "t", said("Some judges who seemed to side with the tenants", None))) \
        == "group:judges"
    assert r.resolve(mention("a", "X", "t", said("harbour intelligence officials", None))) == "group:officials"
    assert r.resolve(mention("a", "X", "t", said("two of the people", None))) == "group:people"
    assert r.resolve(mention("a", "X", "t", said("a senior lawmaker", None))) == "group:lawmakers"  # one of them
    assert r.resolve(mention("a", "X", "t", said("its operator", None))) \
        == r.resolve(mention("a", "X", "t", said("the operator", None))) == "group:operator"
    assert r.resolve(mention("a", "X", "t", said("a council member", None))) \
        == r.resolve(mention("a", "X", "t", said("two council members", None))) == "group:members"
    assert r.resolve(mention("a", "X", "t", said("someone", None))) is None  # names no one
    # people in a place speak for themselves, not for the state the place's name may stand for
    assert r.resolve(mention("a", "X", "t", said("Protesters in Oslo", "country:norway"))) \
        == "group:protesters@country:norway"
    assert r.resolve(mention("a", "X", "t", said("a passenger on the ferry", None))) == "group:passengers"
    # one office however its apostrophe is typed (tokenized text spaces it off: "Attorney’ s")
    offices = {r.resolve(mention("a", "X", "t", said(t, None)))
               for t in ("The City Attorney's office", "The City Attorney’s office", "the City Attorney’ s office")}
    assert len(offices) == 1
    assert r.resolve(mention("a", "X", "t", said("cops", None))) == "group:police"  # one group, however called
    # a business's spokesperson speaks for it, as a police spokesman for the police (not an unknown spokesperson)
    assert r.resolve(mention("a", "X", "t", said("a shipyard spokesperson", None))) == "group:shipyard"
    # ... and a public service's for it ("a coastguard spokeswoman" was an unknown spokesperson's word)
    assert r.resolve(mention("a", "X", "t", said("a coastguard spokeswoman", None))) == "group:coastguard"
    assert r.resolve(mention("a", "X", "t", said("a fire service spokesman", None))) == r.resolve(
        mention("a", "X", "t", said("the fire service", None))) == "group:fire service"
    # a poll's finding is the poll's, however its phrase goes on
    assert r.resolve(mention("a", "X", "t", said("An opinion poll published by the Fjord Post on Sunday", None))) \
        == r.resolve(mention("a", "X", "t", said("another survey", None))) == "doc:poll"
    assert r.resolve(mention("a", "X", "t", said("a Web site", None))) == "doc:website"
    assert r.resolve(mention("a", "X", "t", said("the church’ s Web site", None))) == "group:church"  # its word
    # what social media show: "posts on social media" and "a post on X" may be one (a post is no "Post" outlet)
    assert r.resolve(mention("a", "X", "t", said("Posts on social media", None, "claim"))) \
        == r.resolve(mention("a", "X", "t", said("a post on X", None, "according to"))) == "doc:posts"
    assert not speaks_as_outlet("a post on X") and speaks_as_outlet("The Post")
    # "the charges" say what the charging document says
    assert r.resolve(mention("a", "X", "t", said("the charges", None))) \
        == r.resolve(mention("a", "X", "t", said("the criminal complaint", None))) == "doc:complaint"
    # how many of a group spoke is not who they are
    assert r.resolve(mention("a", "X", "t", said("many dock scholars", None))) == "group:scholars"
    assert r.resolve(mention("a", "X", "t", said("several harbour pilots", None))) == "group:harbour pilots"
    assert r.resolve(mention("a", "X", "t", said("many legislators", None))) == "group:lawmakers"
    assert r.resolve(mention("a", "X", "t", said("several of their more cautious colleagues", None, "agree"))) \
        == "group:more cautious colleagues"
    # the text of a law is a document
    assert r.resolve(mention("a", "X", "t", said("The 2nd Amendment", None, "state"))) == "doc:amendment"
    assert r.resolve(mention("a", "X", "t", said("the Constitution", None, "state"))) == "doc:constitution"


def test_two_outlets_quoting_one_official_are_one_source():
    entries = [("person:ingridsolberg", False, False), ("person:ingridsolberg", False, False),
               ("outlet:x", True, False)]  # the outlet repeating it in its own voice relies on her
    assert independent_sources(entries) == ["person:ingridsolberg"]
    assert independent_sources([("outlet:x", True, False), ("outlet:y", True, True)]) == ["outlet:x"]  # echo out
    # "officials" and "South Korean officials" may be the same people; officials of two countries are not
    assert independent_sources([("group:officials", False, False),
                                ("group:officials@country:south-korea", False, False)]) == [
        "group:officials@country:south-korea"]
    assert len(independent_sources([("group:officials@country:south-korea", False, False),
                                    ("group:officials@country:united-states", False, False),
                                    ("group:experts", False, False)])) == 3
    # "authorities" and "officials" name no office: they may be the police another report cites
    assert independent_sources([("group:authorities", False, False), ("group:police", False, False)]) == [
        "group:police"]
    assert independent_sources([("group:police@country:norway", False, False), ("group:officials", False, False),
                                ("group:authorities", False, False)]) == ["group:police@country:norway"]
    assert len(independent_sources([("group:officials@country:norway", False, False),
                                    ("group:police@country:sweden", False, False)])) == 2
    # unnamed "officials" may be the officials of an unnamed body ("a harbour official", "the harbour authority")
    assert independent_sources([("group:officials", False, False), ("group:harbour authority", False, False)]) == [
        "group:harbour authority"]
    assert len(independent_sources([("group:officials", False, False), ("group:fishermen", False, False)])) == 2
    assert independent_sources([("group:officials@org:lysvik", False, False), ("group:municipality", False, False)]) == [
        "group:municipality"]  # "officials in Lysvik" beside "the municipality"
    assert independent_sources([("group:officials", False, False), ("group:rescue centre", False, False)]) == [
        "group:rescue centre"]
    # "the port" is the short form of "the port authority"; "the dock workers' union" is a union, as "the union" is
    assert independent_sources([("group:port", False, False), ("group:port authority", False, False)]) == [
        "group:port authority"]
    # an aide beside whom they serve, and a person's office beside the person, are one source, with the reason
    staff = {"person:lenavoss": Entity("person:lenavoss", "Lena Voss", "PERSON", staff_of="person:adabrandt"),
             "person:adabrandt": Entity("person:adabrandt", "Ada Brandt", "PERSON")}
    assert independent_sources([("person:lenavoss", False, False), ("person:adabrandt", False, False)],
                               staff) == ["person:adabrandt"]
    assert speaks_as("person:lenavoss", ["person:adabrandt"], staff, None) == (["person:adabrandt"], "staff")
    assert independent_sources([("org:adabrandt-office", False, False), ("person:adabrandt", False, False)],
                               staff) == ["person:adabrandt"]
    # "her lawyer", not named (nlp/annotate's key), beside one named as her lawyer may be them; beside another's not
    staff["person:adabrandt-lawyer"] = Entity("person:adabrandt-lawyer", "Brandt's lawyer", "PERSON",
                                              staff_of="person:adabrandt")
    staff["person:karilie"] = Entity("person:karilie", "Kari Lie", "PERSON", staff_of="person:torness")
    assert independent_sources([("person:adabrandt-lawyer", False, False), ("person:lenavoss", False, False)],
                               staff) == ["person:lenavoss"]
    assert speaks_as("person:adabrandt-lawyer", ["person:lenavoss"], staff, None) == (["person:lenavoss"], "unnamed staff")
    assert len(independent_sources([("person:adabrandt-lawyer", False, False), ("person:karilie", False, False)],
                                   staff)) == 2
    assert independent_sources([("org:adabrandt-office", False, False), ("person:torness", False, False)],
                               staff) == ["org:adabrandt-office", "person:torness"]
    # an unnamed body may be a person named for the claim, but not one the texts call an officer of another kind of
    # body ("the council" beside "union leader Tor Aas")
    council = [("group:council", False, False), ("person:toraas", False, False)]
    assert independent_sources(council) == ["person:toraas"]
    assert independent_sources(council, described={"person:toraas": {"union", "leader", "tor", "aas"}}) == [
        "group:council", "person:toraas"]
    assert independent_sources(council, described={"person:toraas": {"council", "leader", "tor", "aas"}}) == [
        "person:toraas"]
    # ... nor one the texts call an executive of no body: the head of a business ("the union" beside "chief
    # executive Lise Holm" was "union not counted: may be the same people"), who may be the bank or the company
    executive = {"person:liseholm": {"chief", "executive", "lise", "holm"}}
    for body, counted in (("union", 2), ("party", 2), ("bank", 1), ("company", 1), ("officials", 1)):
        assert len(independent_sources([(f"group:{body}", False, False), ("person:liseholm", False, False)],
                                       described=executive)) == counted, body
    # (a president or a director may head anything: "officials" beside "an adviser to President Ek" may be them)
    adviser = {"person:ivarsund": {"adviser", "to", "president", "ek"}}
    assert independent_sources([("group:officials", False, False), ("person:ivarsund", False, False)],
                               described=adviser) == ["person:ivarsund"]
    # a firm named by its trade is a company ("the company" beside "the port operator, Kaldvik Harbour AS" were two
    # sources of one company's word); a union is not
    firm = [("group:company", False, False), ("org:kaldvikharbouras", False, False)]
    assert independent_sources(firm, described={"org:kaldvikharbouras": {"the", "port", "operator", "kaldvik",
                                                                         "harbour", "as"}}) == ["org:kaldvikharbouras"]
    assert independent_sources(firm, described={"org:kaldvikharbouras": {"the", "dock", "workers", "union"}}) == [
        "group:company", "org:kaldvikharbouras"]
    union = [("group:union", False, False), ("org:kaldvikharbouras", False, False)]
    assert independent_sources(union, described={"org:kaldvikharbouras": {"the", "port", "operator", "company"}}) == [
        "group:union", "org:kaldvikharbouras"]
    # a spokesperson's word names no kind of body: "the company" may be "a spokesperson for Fjord Salmon" (the NER
    # typed the firm a person)
    company = [("group:company", False, False), ("person:fjordsalmon", False, False)]
    assert independent_sources(company, described={"person:fjordsalmon": {"a", "spokesperson", "for", "fjord",
                                                                           "salmon"}}) == ["person:fjordsalmon"]
    # ... nor the one who denies what it states: two sources, one on each side
    assert independent_sources(council, deniers={"person:toraas"}) == ["group:council", "person:toraas"]
    assert independent_sources(council, deniers={"group:council", "person:toraas"}) == ["person:toraas"]
    # a group the texts describe a named person by may be them ("Kari Lie, who heads the residents' association")
    residents = [("person:karilie", False, False), ("group:residents", False, False)]
    assert len(independent_sources(residents)) == 2
    assert independent_sources(residents, described={"person:karilie": {"heads", "residents", "association"}}) == [
        "person:karilie"]
    # ... by another word for it ("the army" beside "military spokesman Ivar Dale" was "1 confirmed" by the two)
    army = [("person:ivardale", False, False), ("group:army", False, False)]
    assert independent_sources(army, described={"person:ivardale": {"military", "spokesman", "col"}}) == [
        "person:ivardale"]
    assert len(independent_sources(army, described={"person:ivardale": {"union", "spokesman"}})) == 2
    # witnesses may be the passengers who were there; a study is a paper
    assert independent_sources([("group:witnesses", False, False), ("group:passengers", False, False)]) == [
        "group:passengers"]
    assert len(independent_sources([("group:witnesses", False, False), ("group:experts", False, False)])) == 2
    # a body of a named source is its word ("Estmark's military" beside "the Estmark army", read as Estmark, was a
    # second source); a body of another is not
    estmark = {"org:estmark": Entity("org:estmark", "Estmark", "ORG", ["Estmark"], place="country:estmark")}
    assert independent_sources([("org:estmark", False, False), ("group:military@org:estmark", False, False)],
                               estmark) == ["org:estmark"]
    assert len(independent_sources([("org:estmark", False, False), ("group:military@country:norland", False, False)],
                                   estmark)) == 2
    # ... so is an armed force beside the defence ministry it answers to ("Estmark's military" and "the Estmark
    # defence ministry" confirmed the drones it downed); not another country's, nor another ministry
    bodies = {f"org:estmark{kind}ministry": Entity(f"org:estmark{kind}ministry", f"Estmark {kind} ministry", "ORG",
                                                   [f"the Estmark {kind} ministry"]) for kind in ("defence", "health")}
    words = {key: {"the", "estmark", kind, "ministry"} for kind in ("defence", "health")
             for key in [f"org:estmark{kind}ministry"]}
    ministry = ("org:estmarkdefenceministry", False, False)
    for force in ("group:military@org:estmark", "group:army"):
        assert independent_sources([ministry, (force, False, False)], bodies, described=words) == [ministry[0]]
    assert len(independent_sources([ministry, ("group:military@org:norland", False, False)], bodies,
                                   described=words)) == 2
    assert len(independent_sources([("org:estmarkhealthministry", False, False), ("group:army", False, False)],
                                   bodies, described=words)) == 2
    assert SourceResolver({}).resolve(mention("a", "X", "t", said("a study published on Tuesday", None))) == (
        "doc:study")
    assert SourceResolver({}).resolve(mention("a", "X", "t", said("The 6-3 ruling", None))) == "doc:ruling"
    # reports in a place's press name no one: they were "group:reports", a second source beside the club that
    # announced the transfer, and a false "1 confirmed"
    spain = {"country:spain": Entity("country:spain", "Spain", "GPE", ["Spain", "Spanish"])}
    assert SourceResolver(spain).resolve(mention("a", "X", "t", said("reports in the Spanish press",
                                                                     "country:spain"))) is None
    assert SourceResolver(spain).resolve(mention("a", "X", "t", said("the hospital in Spain", "country:spain"))) == (
        "group:hospital")
    # who someone is ends where the phrase says what they were involved in ("group:engineer involved")
    assert SourceResolver({}).resolve(mention("a", "X", "t", said("an engineer involved in the inspection", None))) == (
        "group:engineer")
    # ... or were not ("group:doctors not")
    assert SourceResolver({}).resolve(mention("a", "X", "t", said("doctors not involved in the study", None))) == (
        "group:doctors")
    # ... as a count is ("Labour came first, preliminary results showed" was "6: no one is named for it")
    for phrase, record in (("preliminary results", "doc:results"), ("the latest data", "doc:data"),
                           ("new statistics", "doc:statistics"), ("official results", "doc:results"),
                           ("the data protection authority", "group:data protection authority")):
        assert SourceResolver({}).resolve(mention("a", "X", "t", said(phrase, None))) == record
    # a statement from someone is theirs, "a" or "the" ("per a statement from the operator" was no one's)
    for phrase in ("a statement from the operator", "the statement from the operator"):
        assert SourceResolver({}).resolve(mention("a", "X", "t", said(phrase, None))) == "group:operator"
    # "official figures" are no officials' word: figures, their issuer not named
    assert SourceResolver({}).resolve(mention("a", "X", "t", said("official figures", None))) is None
    assert SourceResolver({}).resolve(mention("a", "X", "t", said("a senior official", None))) == "group:officials"
    # one person of a place is not the place's word ("the Polish captain"); its government is
    poland = {"country:poland": Entity("country:poland", "Poland", "GPE", ["Poland", "Polish"])}
    assert SourceResolver(poland).resolve(mention("a", "X", "t", said("the Polish captain", None))) == (
        "group:polish captain")
    for body in ("the Polish government", "the Polish embassy"):
        assert SourceResolver(poland).resolve(mention("a", "X", "t", said(body, None))).endswith("country:poland")
    # ... nor is a facility's name on a person's role that facility ("the two-time Olympic champion" was "Olympic")
    olympic = {"fac:olympic": Entity("fac:olympic", "Olympic", "FAC", ["Olympic"])}
    assert SourceResolver(olympic).resolve(mention("a", "X", "t", said("The two-time Olympic champion", None))) == (
        "group:two-time olympic champion")
    # ... nor a body of its people that is no part of its state (it was "one source (Poland)")
    for body in ("the Polish federation", "a Polish company", "the Polish club"):
        assert "poland" not in SourceResolver(poland).resolve(mention("a", "X", "t", said(body, None))), body
    # ... nor a court, which rules apart from its place's government ("the Bergen district court" was Bergen)
    bergen = {"gpe:bergen": Entity("gpe:bergen", "Bergen", "GPE", ["Bergen"])}
    court = SourceResolver(bergen).resolve(mention("a", "X", "t", said("the Bergen district court", "gpe:bergen")))
    assert court.startswith("group:") and not court.endswith("gpe:bergen"), court
    union = SourceResolver({}).resolve(mention("a", "X", "t", said("the dock workers' union", None)))
    assert union == "group:dock workers' union"
    assert independent_sources([(union, False, False), ("group:union", False, False)]) == [union]
    # "a resident who lives next door" may be the resident another report names; residents are many people
    near = [("person:lukeberg", False, False), ("group:residents", False, False)]
    assert independent_sources(near, lone={"group:residents"}) == ["person:lukeberg"]
    assert independent_sources(near) == ["person:lukeberg", "group:residents"]
    said_by = [mention("a", "A", "t", said("A resident who lives next door", None)),
               mention("b", "B", "t", said("Residents", None)), mention("c", "C", "t", said("Luke Berg", None))]
    assert lone_people(["group:residents", None, "person:lukeberg"], said_by) == {"group:residents"}
    assert lone_people(["group:residents", "group:residents", "person:lukeberg"], said_by) == set()


def person(name: str, *aliases: str) -> Entity:
    return Entity("person:" + "".join(c for c in name.lower() if c.isalpha()), name, "PERSON", [name, *aliases])


def test_one_person_named_two_ways_across_reports_is_one_entity():
    story = {e.id: e for e in [
        person("Tomas G. Lindqvist"), person("Tomas Lindqvist"), person("Lindqvist"),  # one man, three spellings
        person("Mike Aalto"), person("Michael Aalto"),  # a familiar form of his given name
        person("Ana H. W. Berg"), person("Ana W. Berg"), person("Ana Berg"),  # two women of one name: left alone
        person("Erik Dahl"), person("Sara Dahl"), person("Dahl"),  # a surname two people share: left alone
        person("Ilene Wolfe"), person("Ilene Wolff"),  # a long surname spelt one letter apart: one person
        person("Kari Holm"), person("Kari Helm"),  # ... but not a short one
        Entity("org:lindqvistgroup", "Lindqvist Group", "ORG", [])]}
    assert same_people(story) == {"person:tomaslindqvist": "person:tomasglindqvist",
                                  "person:lindqvist": "person:tomasglindqvist",
                                  "person:mikeaalto": "person:michaelaalto",
                                  "person:ilenewolfe": "person:ilenewolff"}
    # two people of one surname are two sources; the surname alone may be either of them, and is not a third
    assert independent_sources([("person:erikdahl", False, False), ("person:saradahl", False, False)],
                               merge_people(story)) == ["person:erikdahl", "person:saradahl"]
    assert independent_sources([("person:dahl", False, False), ("person:saradahl", False, False)],
                               merge_people(story)) == ["person:saradahl"]
    assert speaks_as("person:dahl", ["person:saradahl"], merge_people(story), None) == (["person:saradahl"],
                                                                                       "surname")
    merged = merge_people(story)
    one = merged["person:lindqvist"]
    assert one is merged["person:tomaslindqvist"] and one.id == "person:tomasglindqvist"
    assert {"Tomas Lindqvist", "Lindqvist"} <= set(one.aliases)
    # a source found under any of its ids counts once, and is one node of the actor graph
    r = SourceResolver(merged)
    assert {r.resolve(mention("a", "X", "t", said(text, eid))) for text, eid in [
        ("Tomas Lindqvist", "person:tomaslindqvist"), ("Mr. Lindqvist", "person:lindqvist"),
        ("Tomas G. Lindqvist", "person:tomasglindqvist")]} == {"person:tomasglindqvist"}
    m = mention("a", "X", "t")
    m.relations = [RelationMention(0, 1, "supply", agent="person:lindqvist"),
                   RelationMention(0, 1, "supply", agent="person:tomaslindqvist")]
    claim = Claim("c1", "t", [m])
    assert [e.agent for e in build_relations([claim], merged)] == ["person:tomasglindqvist"]


def test_a_lone_surname_the_ner_typed_an_organisation_or_a_place_is_the_one_person_it_ends():
    story = {e.id: e for e in [
        person("Ada Brandt"), Entity("org:brandt", "Brandt", "ORG", []), Entity("gpe:brandt", "Brandt", "GPE", []),
        person("Tor Nygaard"), Entity("org:tn", "TN", "ORG", []),  # initials are no surname
        person("Lena Jordan"), Entity("country:jordan", "Jordan", "GPE", []),  # a country is none either
        Entity("org:halvorsenshipping", "Halvorsen Shipping", "ORG", [])]}
    assert same_people(story) == {"org:brandt": "person:adabrandt", "gpe:brandt": "person:adabrandt"}
    r = SourceResolver(merge_people(story))
    assert {r.resolve(mention("a", "X", "t", said(text, eid))) for text, eid in [
        ("Mayor Ada Brandt", "person:adabrandt"), ("Brandt", "org:brandt"), ("Brandt", "gpe:brandt")]} == {
        "person:adabrandt"}
    # ... or typed as nothing ('"...," Brandt told the Harbour Post' was a person "brandt" beside Ada Brandt)
    alone = SourceResolver({"person:adabrandt": Entity("person:adabrandt", "Ada Brandt", "PERSON", ["Ada Brandt"])})
    assert alone.resolve(mention("a", "X", "t", said("Brandt", None, "tell"))) == "person:adabrandt"
    assert alone.resolve(mention("a", "X", "t", said("Ruud", None))) == "person:ruud"  # no one of the story
    # ... but not a common noun the sentence opens with ("Organisers said"): a group
    organisers = said("Organisers", None)
    organisers.source_kind = "group"
    assert alone.resolve(mention("a", "X", "t", organisers)) == "group:organisers"
    # ... or both typed organisations ("Eva Brandt wrote on X", "Brandt said in a post"): one source, said why
    orgs = {e.id: e for e in [Entity("org:evabrandt", "Eva Brandt", "ORG", []), Entity("org:brandt", "Brandt", "ORG", []),
                              Entity("org:balderenergy", "Balder Energy", "ORG", [])]}
    assert independent_sources([("org:evabrandt", False, False), ("org:brandt", False, False)], orgs) == [
        "org:evabrandt"]
    assert speaks_as("org:brandt", ["org:evabrandt"], orgs, None) == (["org:evabrandt"], "surname")
    assert len(independent_sources([("org:balderenergy", False, False), ("org:brandt", False, False)], orgs)) == 2


def test_an_organisation_named_by_its_initials_in_one_report_is_the_one_named_in_full():
    org = lambda name: Entity("org:" + "".join(c for c in name.lower() if c.isalpha()), name, "ORG", [name])  # noqa: E731
    story = {e.id: e for e in [org("Fjord Coast Guard"), org("FCG"), org("Harbour Pilots of Bergen"), org("HPB"),
                               org("Nordic Shipping Council"), org("Nordic Salvage Company"), org("NSC")]}
    assert same_organisations(story) == {"org:fcg": "org:fjordcoastguard", "org:hpb": "org:harbourpilotsofbergen"}
    merged = merge_people(story)  # "NSC" fits two organisations: it stays as it is
    assert merged["org:fcg"] is merged["org:fjordcoastguard"] and merged["org:nsc"].name == "NSC"
    r = SourceResolver(merged)
    assert r.resolve(mention("a", "X", "t", said("the FCG", "org:fcg"))) == "org:fjordcoastguard"


def test_an_organisation_named_by_its_kind_alone_is_the_one_of_that_kind():
    org = lambda name: Entity("org:" + "".join(c for c in name.lower() if c.isalpha()), name, "ORG", [name])  # noqa: E731
    story = {e.id: e for e in [org("Norwegian Navy"), org("navy"), org("the Ministry"), org("Defence Ministry"),
                               org("Trade Ministry"), org("Council")]}
    # "the ministry" may be either ministry, and no council is named in full: both stay as they are
    assert same_organisations(story) == {"org:navy": "org:norwegiannavy"}
    assert merge_people(story)["org:navy"] is merge_people(story)["org:norwegiannavy"]
    # a company named in one report without the legal form another gives it ("Kaldvik Harbour" the NER's person)
    firm = {"org:kaldvikharbouras": Entity("org:kaldvikharbouras", "Kaldvik Harbour AS", "ORG", []),
            "person:kaldvikharbour": Entity("person:kaldvikharbour", "Kaldvik Harbour", "PERSON", []),
            "person:kaldvik": Entity("person:kaldvik", "Kaldvik", "PERSON", [])}
    assert same_organisations(firm) == {"person:kaldvikharbour": "org:kaldvikharbouras"}
    # ... or in the same words, an organisation in one report and a person in another ("the operator Heli Nord" /
    # "Heli Nord said" were org:helinord and person:helinord, two sources of one claim): one, under the person's id
    # (the story does not say which the NER got right: "Eva Holt stepped down" may be its organisation); a lone
    # word a full name of the story ends in is a surname
    named = {"org:helinord": Entity("org:helinord", "Heli Nord", "ORG", []),
             "person:helinord": Entity("person:helinord", "Heli Nord", "PERSON", []),
             "org:trump": Entity("org:trump", "Trump", "ORG", []),
             "person:trump": Entity("person:trump", "Trump", "PERSON", []),
             "person:idatrump": Entity("person:idatrump", "Ida Trump", "PERSON", [])}
    assert same_organisations(named) == {"org:helinord": "person:helinord"}
    # ... and one name the NER typed an organisation in one report and a place it does not know in another
    # ("Norrail said" typed GPE: "40 percent of trains were running" had two independent sources, Norrail and
    # Norrail): one entity, the organisation; a known country stays the country
    typed = {e.id: e for e in [Entity("org:norrail", "Norrail", "ORG", []), Entity("gpe:norrail", "Norrail", "GPE", []),
                               Entity("org:jordan", "Jordan", "ORG", []), Entity("country:jordan", "Jordan", "GPE", [])]}
    assert same_organisations(typed) == {"gpe:norrail": "org:norrail"}
    r = SourceResolver(merge_people(typed))
    assert {r.resolve(mention("a", "X", "t", said("Norrail", eid))) for eid in ("org:norrail", "gpe:norrail")} == {
        "org:norrail"}
    # ... and her surname alone is still the one person it ends ("Lind denied" was person:lind beside Maja Lind)
    lind = merge_people({"person:majalind": Entity("person:majalind", "Maja Lind", "PERSON", ["Maja Lind"]),
                         "org:majalind": Entity("org:majalind", "Maja Lind", "ORG", [])})
    assert SourceResolver(lind).resolve(mention("a", "X", "t", said("Lind", None))) == "person:majalind"
    # where the story has several, "the ministry" of an article is the one that article names
    texts = {"a": "The Defence Ministry sent two frigates. The ministry defended its actions.",
             "b": "The Trade Ministry and the Defence Ministry met. The ministry declined to comment."}
    r = SourceResolver(merge_people(story), texts=texts)
    assert r.resolve(mention("a", "X", "t", said("The ministry", "org:theministry"))) == "org:defenceministry"
    assert r.resolve(mention("b", "X", "t", said("The ministry", "org:theministry"))) == "org:theministry"


def group(name: str) -> Entity:
    return Entity("norp:" + "".join(c for c in name.lower() if c.isalpha()), name, "NORP", [name])


def test_one_group_named_as_noun_plural_or_adjective_is_one_entity():
    story = {e.id: e for e in [group("Harbourist"), group("Harbourists"), group("Pilotic"), group("Pilots"),
                               group("Islam"), group("Islamic"), group("Islamist")]}
    assert same_groups(story) == {"norp:harbourist": "norp:harbourists", "norp:pilotic": "norp:pilots"}
    merged = merge_people(story)
    assert merged["norp:harbourist"] is merged["norp:harbourists"]
    assert set(merged["norp:harbourists"].aliases) == {"Harbourist", "Harbourists"}
    # a group's adjective on one person's role is not the group; the role is said as the text says it, cut
    # where the phrase goes on
    r = SourceResolver(merged)
    assert r.resolve(mention("a", "X", "t", said("The presumptive Harbourist nominee", None))) \
        == "group:presumptive harbourist nominee"
    assert r.resolve(mention("a", "X", "t", said("the Harbourists", None))) == "norp:harbourists"
    assert r.resolve(mention("a", "X", "t", said("The somber mayor, nearing the end of her term", None))) \
        == "group:somber mayor"
    # "they", resolved to the adjective's entity, is the group
    assert SourceResolver(merged).resolve(mention("a", "X", "t", said("they", "norp:harbourist"))) \
        == "norp:harbourists"


def test_echoes_are_copies_across_outlets_or_duplicate_articles():
    text = "More than 40 containers were lost when the cargo ship struck rocks on Monday, its owner said."
    ms = [mention("a", "Wire", text), mention("b", "Daily", text.replace("Monday", "Monday night")),
          mention("c", "Other", "The owner said dozens of boxes went into the sea."),
          mention("d", "Copy", "anything", duplicate_of="c")]
    ms[0].published, ms[1].published = "2026-03-10T14:00", "2026-03-10T16:00"
    assert mark_echoes(ms) == {1: ms[0].ref, 3: ms[2].ref}
    assert mark_echoes([mention("a", "Wire", text), mention("a", "Wire", text)]) == {}  # one article repeating
    # one outlet's house style capitalises its lede: still the same words copied
    lede = "An Icelandic climber who lived through two nights on the glacier after a fall narrowly escaped an avalanche."
    copied = "AN ICELANDIC CLIMBER" + lede[20:].replace("narrowly", "also narrowly")
    assert mark_echoes([mention("a", "Wire", lede), mention("b", "Daily", copied)]) == {1: MentionRef("a", 0, len(lede))}
    # two outlets quoting one speaker's words alike copy the speaker, not each other
    words = "“We will keep the northern route open through the winter and hire twelve more crew,” she said."
    quoted = [mention(x, x.upper(), words[1:words.index("”")], said("she", "person:ingridsolberg")) for x in "ab"]
    for m in quoted:
        m.start, m.end = 1, words.index("”")
    assert mark_echoes(quoted, texts={"a": words, "b": words}) == {}


def test_a_short_sentence_is_a_copy_only_in_an_article_that_copies_long_passages():
    original = "The skipper was arrested on Monday. He also has two prior theft convictions. The ship sank."
    short = "He also has two prior theft convictions."  # under ECHO_MIN_CHARS
    ms = [mention("b", "Daily", "he also has two prior theft convictions."), mention("b", "Daily", "The ship sank.")]
    start = original.index(short)
    assert mark_echoes(ms, copied={"b": "a"}, texts={"a": original}) == {0: MentionRef("a", start, start + len(short))}
    # between outlets that share no long passage, the same short sentence is no copy
    assert mark_echoes(ms + [mention("a", "Wire", short)], texts={"a": original}) == {}


def test_speakers_saying_it_each_of_themselves_are_not_two_sources_of_one_thing():
    ms = [mention("a", "Wire", "it would post updates on its website", said("Nordtel", "org:nordtel")),
          mention("b", "Daily", "it will post another update on its website", said("Fjordnet", "org:fjordnet")),
          mention("c", "Gazette", "it will post another update on its website", said("Fjordnet", "org:fjordnet"))]
    for m, source in zip(ms, ("org:nordtel", "org:fjordnet", "org:fjordnet"), strict=True):
        m.source = source
    assert one_speaker(ms, {}) == {}  # words, not yet anyone's own
    ms[0].statement, ms[1].statement, ms[2].statement = ("Nordtel would post updates", "Fjordnet will post",
                                                         "Fjordnet will post")
    assert one_speaker(ms, {}) == {0: None}  # each said it of itself: Nordtel's is another statement


def test_number_intervals_follow_qualifiers():
    assert interval(40, "more than") == (40, float("inf"))
    assert interval(100000, "up to") == (0.0, 100000)
    low, high = interval(2e9, "about")
    assert low < 1.9e9 and high > 2.2e9
    assert interval(-20, "about") == pytest.approx((-23, -17))  # below zero, still low to high
    # a rough figure is rounded to its last digit that is not zero: "about 62 percent" is no 64 percent (turnout
    # "was 64 percent" and "about 62 percent" agreed, by 15% of 62), "about 125" may be 128
    assert interval(62, "about") == (61, 63) and interval(125, "around") == (120, 130)
    assert interval(12000, "about") == (11000, 13000)
    assert interval(-5, "up to") == (float("-inf"), -5)
    low, high = interval(-17, None)
    assert low < -17 < high


def test_quantity_and_report_date_conflicts():
    q = lambda text, v, qual: Quantity(0, 1, v, text, "containers", qual)  # noqa: E731
    exact = mention("a", "Agency", "t", quantities=[q("38 containers", 38, None)])
    more = mention("b", "Wire", "t", quantities=[q("more than 40 containers", 40, "more than")])
    least = mention("c", "Gazette", "t", quantities=[q("at least 38 containers", 38, "at least")])
    kinds = [(c.kind, [r.article for r in c.mentions]) for c in find_conflicts("c1", [exact, more, least])]
    assert ("quantity", ["a", "b"]) in kinds
    assert not any(k == "quantity" and m == ["b", "c"] for k, m in kinds)  # "at least 38" fits "more than 40"
    week = mention("a", "A", "t", report_times=[Timex(0, 1, "DATE", "2024-W47", "this week")])
    month = mention("b", "B", "t", report_times=[Timex(0, 1, "DATE", "2024-10", "last month")])
    [c] = find_conflicts("c2", [week, month])
    assert c.kind == "time" and "this week" in c.description and "last month" in c.description
    # two sources saying one thing on two days do not disagree ("said on different dates" was a conflict)
    week.source, month.source = "person:ingridsolberg", "org:nationalintelligenceservice"
    assert find_conflicts("c3", [week, month]) == []
    assert c.mentions == [MentionRef("a", 0, 1), MentionRef("b", 0, 1)]
    # ... nor one source giving a count again by another figure ("At least 14 people have died, the agency said on
    # Saturday" / "... has risen to 19, the agency said on Sunday" was "4: said on different dates")
    saturday = mention("a", "A", "t", report_times=[Timex(0, 1, "DATE", "2026-10-10", "Saturday")],
                       quantities=[Quantity(0, 1, 14, "At least 14 people", "people", "at least")])
    sunday = mention("b", "B", "t", report_times=[Timex(0, 1, "DATE", "2026-10-11", "Sunday")],
                     quantities=[Quantity(0, 1, 19, "19", "people", None)])
    saturday.source = sunday.source = "group:agency"
    assert find_conflicts("c4", [saturday, sunday]) == []
    sunday.quantities = [Quantity(0, 1, 14, "14 people", "people", None)]  # one figure: one word, one day
    assert [c.kind for c in find_conflicts("c5", [saturday, sunday])] == ["time"]


def test_a_figure_in_millions_is_read_as_rounded_to_its_last_digit():
    # "2 million crowns" beside court papers' "2.1 million crowns" was "4: the reports disagree on its numbers"
    def crowns(article: str, text: str, value: float) -> Mention:
        return mention(article, article.upper(), "t", quantities=[Quantity(0, 1, value, text, "crowns", None)])

    assert find_conflicts("c", [crowns("a", "2 million crowns", 2e6), crowns("b", "2.1 million crowns", 2.1e6)]) == []
    # ... by a tenth of it at most, and to the digits it gives
    for other, value in (("2.4 million crowns", 2.4e6), ("20 million crowns", 2e7)):
        [c] = find_conflicts("c", [crowns("a", "2 million crowns", 2e6), crowns("b", other, value)])
        assert c.kind == "quantity"
    [c] = find_conflicts("c", [crowns("a", "2.1 million crowns", 2.1e6), crowns("b", "2.3 million crowns", 2.3e6)])
    assert c.kind == "quantity"
    [c] = find_conflicts("c", [crowns("a", "18 million crowns", 1.8e7), crowns("b", "20 million crowns", 2e7)])
    assert c.kind == "quantity"


def test_a_figure_given_to_decimals_allows_only_what_rounds_to_it():
    # "received 44.1 percent" / "took 44.5 percent" (two outlets, one day) were "1 confirmed": within half a
    # percent of each other, the tolerance of a plain figure
    def share(article: str, text: str, qualifier: str | None = None) -> Mention:
        value = float(re.search(r"[\d.]+", text).group())
        return mention(article, article.upper(), "t", quantities=[Quantity(0, 1, value, text, "percent", qualifier)])

    [c] = find_conflicts("c", [share("a", "44.1 percent"), share("b", "44.5 percent")])
    assert c.kind == "quantity" and "44.1 percent" in c.description and "44.5 percent" in c.description
    [c] = find_conflicts("c", [share("a", "52.3 percent"), share("b", "51.8 percent")])
    assert c.kind == "quantity"
    # one figure rounded two ways agrees, and a rough figure keeps its spread
    assert find_conflicts("c", [share("a", "44.1 percent"), share("b", "44 percent")]) == []
    assert find_conflicts("c", [share("a", "about 44 percent", "about"), share("b", "44.5 percent")]) == []


def test_two_scores_of_one_result_disagree():
    # "Varby FC beat Lysvik United 3-1" beside "a 3-2 win over Lysvik United" was "1 confirmed" by two outlets: a
    # score's numbers count nothing one by one, so they were no figures
    beat = mention("a", "A", "Varby FC beat Lysvik United 3-1 on Saturday")
    win = mention("b", "B", "Varby FC moved top with a 3-2 win over Lysvik United")
    [c] = find_conflicts("c", [beat, win])
    assert c.kind == "quantity" and "3-1" in c.description and "3-2" in c.description
    # one score either way round agrees; a record in brackets, a range of seats and a date are no scores
    assert find_conflicts("c", [beat, mention("b", "B", "Lysvik United lost 1-3 to Varby FC, their fifth defeat")]) == []
    assert find_conflicts("c", [beat, mention("b", "B", "The Vikings (5-10) lost to Varby FC on Saturday")]) == []
    assert find_conflicts("c", [mention("a", "A", "Labour won 10-15 seats"), mention("b", "B", "Labour won 12-14 seats")]
                          ) == []


def test_a_count_of_one_fate_is_no_figure_of_another():
    # "The coastguard rescued 41 people, and about 10 are still missing" beside "Six people remain missing" was a
    # dispute, "41 people vs Six people": the rescued against the missing
    def counting(article: str, text: str, *figures: tuple[str, float, str | None]) -> Mention:
        return mention(article, article.upper(), text, quantities=[
            Quantity(text.index(words), text.index(words) + len(words), value, words, unit, None)
            for words, value, unit in figures])

    both = counting("a", "The coastguard rescued 41 people, and about 10 are still missing.",
                    ("41 people", 41.0, "people"), ("about 10", 10.0, None))
    six = counting("b", "Six people remain missing.", ("Six people", 6.0, "people"))
    assert find_conflicts("c", [both, six]) == []
    # (one fate, or a count no fate is told of, is compared as before)
    rescued = counting("b", "Police said 35 people were rescued.", ("35 people", 35.0, "people"))
    [c] = find_conflicts("c", [both, rescued])
    assert "41 people" in c.description and "35 people" in c.description
    carried = counting("b", "The boat carried 60 people.", ("60 people", 60.0, "people"))
    [c] = find_conflicts("c", [both, carried])
    assert c.kind == "quantity"


def test_people_at_large_are_one_count_by_any_word_for_them_but_not_some_of_them():
    # "About 3,000 people were evacuated" / "Around 4,500 residents have left their homes" were one claim "1
    # confirmed", worded by the 4,500 only one source gave: "people" and "residents" were two units, never compared
    def counting(article: str, text: str, words: str, value: float, unit: str) -> Mention:
        at = text.index(words)
        return mention(article, article.upper(), text, quantities=[Quantity(at, at + len(words), value, words, unit,
                                                                            None)])

    people = counting("a", "About 3,000 people were evacuated.", "About 3,000 people", 3000.0, "people")
    residents = counting("b", "Around 4,500 residents have left their homes.", "Around 4,500 residents", 4500.0,
                         "residents")
    [c] = find_conflicts("c", [people, residents])
    assert c.kind == "quantity" and "4,500 residents" in c.description
    same = counting("b", "About 3,000 residents have left their homes.", "About 3,000 residents", 3000.0, "residents")
    assert find_conflicts("c", [people, same]) == []
    children = counting("b", "About 400 children were evacuated.", "About 400 children", 400.0, "children")
    assert find_conflicts("c", [people, children]) == []  # some of them, not a figure of all


def test_a_temperature_allows_what_rounds_to_it_in_the_scale_it_was_given_in():
    def temperature(article: str, text: str, value: float) -> Mention:
        return mention(article, article.upper(), "t", quantities=[Quantity(0, 1, value, text, "°C", None)])

    # 106F is 41.1C: "41.2C" and "41C" of another report agree with it, "42C" does not
    assert find_conflicts("c", [temperature("a", "106 degrees Fahrenheit", 41.11), temperature("b", "41.2C", 41.2)]
                          ) == []
    assert find_conflicts("c", [temperature("a", "106F", 41.11), temperature("b", "41C", 41.0)]) == []
    # (a whole degree is no exact figure: "51F", 10.6C, is "11C" rounded, as "12 degrees" is not)
    assert find_conflicts("c", [temperature("a", "51F", 10.56), temperature("b", "11C", 11.0)]) == []
    [c] = find_conflicts("c", [temperature("a", "106F", 41.11), temperature("b", "42C", 42.0)])
    assert c.kind == "quantity"
    [c] = find_conflicts("c", [temperature("a", "41.2C", 41.2), temperature("b", "41.4C", 41.4)])
    assert c.kind == "quantity"


def test_a_share_given_as_a_fraction_is_a_rounded_one():
    # "a third" is no exact 33.3 percent: "35 percent" of another report does not dispute it
    def share(article: str, text: str, value: float) -> Mention:
        return mention(article, article.upper(), "t", quantities=[Quantity(0, 1, value, text, "%", None)])

    assert find_conflicts("c", [share("a", "a third", 33.3), share("b", "35 percent", 35.0)]) == []
    assert find_conflicts("c", [share("a", "a fifth", 20.0), share("b", "20 percent", 20.0)]) == []
    for first, second in ((("a fifth", 20.0), ("a quarter", 25.0)), (("a third", 33.3), ("40 percent", 40.0))):
        [c] = find_conflicts("c", [share("a", *first), share("b", *second)])
        assert c.kind == "quantity"


def test_a_figure_a_change_is_measured_from_is_compared_with_nothing_and_a_scale_reading_with_any():
    # "Turnout fell to 74 percent from 78 percent four years ago" was in dispute with "Turnout was 77 percent" by
    # its 78 as well: a figure a change is measured from is another time's
    fell = mention("a", "A", "Turnout fell to 74 percent from 78 percent four years ago", quantities=[
        Quantity(16, 26, 74.0, "74 percent", "percent", None), Quantity(32, 42, 78.0, "78 percent", "percent", None)])
    was = mention("b", "B", "t", quantities=[Quantity(0, 1, 77.0, "77 percent", "percent", None)])
    [c] = find_conflicts("c", [fell, was])
    assert "74 percent" in c.description and "78 percent" not in c.description
    # ... and the change compares two times, so its figure updates no report: told the day after "Turnout was 77
    # percent", it was "updated: 77 percent later given as 74 percent", no dispute
    fell.published, was.published = "2026-09-16", "2026-09-15"
    assert fell.updates() == []
    [c] = find_conflicts("c", [fell, was])
    assert "74 percent" in c.description and "77 percent" in c.description
    # (a figure given to decimals is no end of the sentence: "fell to 3.1 percent from 3.6 percent in January")
    text = "Inflation fell to 3.1 percent in February from 3.6 percent in January"
    eased = mention("e", "E", text, quantities=[
        Quantity(text.index("3.1"), text.index("3.1") + 11, 3.1, "3.1 percent", "%", None),
        Quantity(text.index("3.6"), text.index("3.6") + 11, 3.6, "3.6 percent", "%", None)])
    assert [q.text for q in eased.baseline()] == ["3.6 percent"] and eased.updates() == []
    # (nor the figure a forecast was cut from, far back, nor another's figure one is compared with: "will grow 1.5
    # percent, more than the IMF's forecast of 1.2 percent" is the ministry's 1.5, not 1.2)
    for text, figure in (("The fund cut its forecast for Norland's growth this year to 1.2 percent from 1.8 percent",
                          "1.8 percent"),
                         ("The economy will grow 1.5 percent, the ministry said, more than the IMF's forecast of 1.2 "
                          "percent", "1.2 percent")):
        quantities = [Quantity(k, k + 11, float(text[k:k + 3]), text[k:k + 11], "%", None)
                      for k in (i for i in range(len(text) - 2) if re.match(r"\d\.\d percent", text[i:i + 11]))]
        assert [q.text for q in mention("f", "F", text, quantities=quantities).baseline()] == [figure]
    # (a change from a figure told earlier in the story does update it: "rose to 19 from 14 two days ago")
    text = "The toll rose to 19 from 14 two days ago"
    toll = mention("c", "C", text, quantities=[Quantity(text.index("19"), text.index("19") + 2, 19.0, "19", None, None),
                                               Quantity(text.index("14"), text.index("14") + 2, 14.0, "14", None, None)])
    assert [q.text for q in toll.updates()] == ["19"]
    # readings on a scale are figures of one thing however they are written ("6.1-magnitude" describes the quake)
    quake = [mention(x, x.upper(), "t", quantities=[Quantity(0, 1, v, text, "magnitude", None)])
             for x, v, text in (("a", 6.1, "6.1-magnitude"), ("b", 5.8, "magnitude 5.8"))]
    [c] = find_conflicts("c", quake)
    assert c.kind == "quantity" and "6.1-magnitude" in c.description


def test_the_size_of_a_whole_is_no_figure_for_the_part_it_counts():
    # "the Greens took 14 of the 45 seats" was in dispute with "won 14 seats" by its 45
    text = "the Greens took 14 of the 45 seats"
    part = mention("a", "A", text, quantities=[Quantity(text.index("14"), text.index("14") + 2, 14.0, "14", None, None),
                                               Quantity(text.index("45"), len(text), 45.0, "45 seats", "seats", None)])
    won = mention("b", "B", "t", quantities=[Quantity(0, 1, 14.0, "14 seats", "seats", None)])
    assert [q.text for q in part.totals()] == ["45 seats"]
    assert find_conflicts("c", [part, won]) == []
    # ... nor, told the next day by the same source, a count replaced by a figure of something else the later report
    # gives beside the earlier one ("Labour won 16 seats and the Greens 14" was "updated: 14 ... later given as 16")
    text = "Labour won 16 seats and the Greens 14"
    later = mention("c", "C", text, quantities=[Quantity(11, 19, 16.0, "16 seats", "seats", None),
                                                Quantity(35, 37, 14.0, "14", None, None)])
    won.source = later.source = "group:election commission"
    won.published, later.published = "2026-09-14", "2026-09-15"
    assert updated_figures([won, later]) == [] and find_conflicts("c", [won, later]) == []


def test_a_share_of_a_whole_and_a_change_in_percent_are_not_one_figure():
    # "will cut 600 jobs, or about 10 percent of its workforce" beside "the decision sent its shares up 4 percent"
    # was "4: different numbers: about 10 percent vs 4 percent"
    text = "will cut 600 jobs, or about 10 percent of its workforce"
    share = mention("a", "A", text, quantities=[Quantity(text.index("about"), text.index(" of its"), 10.0,
                                                         "about 10 percent", "%", "about")])
    text = "the decision sent its shares up 4 percent"
    rise = mention("b", "B", text, quantities=[Quantity(text.index("4"), len(text), 4.0, "4 percent", "%", None)])
    assert [q.text for q in rise.changes()] == ["4 percent"] and find_conflicts("c", [share, rise]) == []
    # ... two changes are
    text = "its shares rose 6 percent"
    other = mention("c", "C", text, quantities=[Quantity(text.index("6"), len(text), 6.0, "6 percent", "%", None)])
    assert [c.kind for c in find_conflicts("c", [rise, other])] == ["quantity"]


def test_an_update_of_one_figure_is_compared_with_none_of_the_reports_others():
    # "the toll has risen to three" replaced "Two people were killed" and was then in dispute with the report's
    # "five injured": "4: different numbers: five vs three"
    text = "Two people were killed and five injured"
    first = mention("a", "Wire", text, quantities=[Quantity(0, 10, 2.0, "Two people", "people", None),
                                                   Quantity(27, 31, 5.0, "five", None, None)])
    text = "The death toll has risen to three"
    toll = mention("b", "Daily", text, quantities=[Quantity(text.index("three"), len(text), 3.0, "three", None, None)])
    first.published, toll.published = "2026-05-11", "2026-05-12"
    assert find_conflicts("c", [first, toll]) == []
    assert updated_figures([first, toll]) == ["updated: Two people (Wire) later given as three (Daily); the earlier "
                                              "figure is no conflict"]


def test_a_figure_an_update_replaced_is_no_conflict():
    q = lambda text, v: Quantity(text.index(v.split()[0]), len(text), float(v.split()[0]), v, "people", None)  # noqa: E731
    first = mention("a", "Wire", "killing 12 people", quantities=[q("killing 12 people", "12 people")])
    first.published = "2026-08-03"
    rose = mention("b", "Daily", "the toll has risen to 15 people", quantities=[q("the toll has risen to 15 people",
                                                                                  "15 people")])
    rose.published = "2026-08-04"
    assert find_conflicts("c", [first, rose]) == []
    assert updated_figures([first, rose]) == ["updated: 12 people (Wire) later given as 15 people (Daily); the "
                                              "earlier figure is no conflict"]
    # ... nor are the days each figure stood ("40,000 homes without power on Thursday" / "12,000 still without
    # power on Friday, down from 45,000" was "4: the reports disagree on its dates")
    first.times = [Timex(0, 1, "DATE", "2026-08-03", "Monday", "past")]
    rose.times = [Timex(0, 1, "DATE", "2026-08-04", "Tuesday", "past")]
    assert find_conflicts("c", [first, rose]) == []
    first.times = rose.times = []
    # a number of something else is no earlier figure of it: "a magnitude 6.1 earthquake" beside "the toll has
    # risen to 67" was "updated: 6.1 earthquake ... later given as 67"
    text = "a magnitude 6.1 earthquake struck"
    quake = mention("q", "Desk", text, quantities=[Quantity(text.index("6.1"), len(text), 6.1, "6.1 earthquake",
                                                            "earthquake", None)])
    quake.published = "2026-08-03"
    text = "the death toll has risen to 67"
    toll = mention("t", "Wire", text, quantities=[Quantity(text.index("67"), len(text), 67.0, "67", None, None)])
    toll.published = "2026-08-04"
    assert updated_figures([quake, toll]) == []
    # an update published before the figure it would replace replaces nothing; nor do words that give no change
    rose.published = "2026-08-02"
    assert [c.kind for c in find_conflicts("c", [first, rose])] == ["quantity"]
    plain = mention("b", "Daily", "the toll is 15 people", quantities=[q("the toll is 15 people", "15 people")])
    plain.published = "2026-08-04"
    assert [c.kind for c in find_conflicts("c", [first, plain])] == ["quantity"] and updated_figures([first, plain]) == []
    # ... unless one source gives both, the later in a report published after: its figure over time ("killing two
    # people, police said" on Friday, "Three people were killed, police said" on Saturday was "4: the reports
    # disagree on its numbers")
    first.source = plain.source = "group:police"
    assert find_conflicts("c", [first, plain]) == []
    assert updated_figures([first, plain], {"group:police": "police"}) == [
        "updated: 12 people (police, Wire) later given as 15 people (police, Daily); the earlier figure is no conflict"]
    plain.published = "2026-08-03"  # the same day: two answers
    assert [c.kind for c in find_conflicts("c", [first, plain])] == ["quantity"]
    # ... also where the later report says the source said it that day ("a profit of 2.1 billion crowns, the bank
    # said on Thursday", published on Friday, beside Thursday's "2.4 billion" was "updated")
    plain.published, plain.report_times = "2026-08-04", [Timex(0, 1, "DATE", "2026-08-03", "on Monday")]
    assert [c.kind for c in find_conflicts("c", [first, plain])] == ["quantity"]
    plain.report_times = []
    plain.published, plain.source = "2026-08-04", "group:firefighters"  # another source: two answers
    assert [c.kind for c in find_conflicts("c", [first, plain])] == ["quantity"]
    # ... or a paper, which says one thing ("30 percent" and, the next day, "50 percent", both the study's, were
    # "updated: 30 percent later given as 50 percent"); a count's results may move on
    first.source = plain.source = "doc:study"
    assert [c.kind for c in find_conflicts("c", [first, plain])] == ["quantity"]
    first.source = plain.source = "doc:results"
    assert find_conflicts("c", [first, plain]) == []
    first.source = plain.source = None
    # a rate raised to a level is the act, not a tally revised ("raised rates to 4.5 percent" the next day beside
    # "raised its key rate to 4.75 percent" hid the disagreement as an update); a revision said so is one
    rate = lambda text, v: Quantity(text.index(v.split()[0]), len(text), float(v.split()[0]), v, "%", None)  # noqa: E731
    said = mention("a", "Wire", "the bank raised its rate to 4.5 percent",
                   quantities=[rate("the bank raised its rate to 4.5 percent", "4.5 percent")])
    said.published = "2026-02-05"
    later = mention("b", "Daily", "the bank raised rates to 4.75 percent",
                    quantities=[rate("the bank raised rates to 4.75 percent", "4.75 percent")])
    later.published = "2026-02-06"
    assert [c.kind for c in find_conflicts("c", [said, later])] == ["quantity"]
    later.revises = True  # "..., revising the earlier figure of 4.5"
    assert find_conflicts("c", [said, later]) == []
    later.revises = False  # a share that moved ("her share of the vote rose to 4.75 percent") is a tally updated
    later.text = "her share of the vote rose to 4.75 percent"
    later.quantities = [rate(later.text, "4.75 percent")]
    later.end = len(later.text)
    assert find_conflicts("c", [said, later]) == []
    # ... up, from a figure below it: a rise to it is no revision of one above it (of something else, "injuring
    # more than 400" beside "the toll has risen to 52": "updated: more than 400 ... later given as 52")
    said.quantities = [rate(said.text.replace("4.5", "5.25"), "5.25 percent")]
    said.text = said.text.replace("4.5", "5.25")
    assert [c.kind for c in find_conflicts("c", [said, later])] == ["quantity"]
    text = "killing at least 38 people and injuring more than 400"
    hurt = mention("w", "Wire", text, quantities=[Quantity(text.index("38"), text.index("38") + 9, 38.0, "38 people",
                                                           "people", "at least"),
                                                  Quantity(text.index("400"), len(text), 400.0, "400", None,
                                                           "more than")])
    hurt.published = "2026-08-03"
    assert updated_figures([hurt, toll]) == [] and find_conflicts("c", [hurt, toll]) == []
    # ... nor of another count beside one that agrees with it ("strikes on three villages, killing at least 14
    # civilians" beside "the toll has risen to 19" was "updated: three villages ... later given as 19")
    text = "air strikes on three villages killed at least 14 civilians"
    struck = mention("s", "Wire", text, quantities=[
        Quantity(text.index("three"), text.index("three") + 14, 3.0, "three villages", "villages", None),
        Quantity(text.index("14"), len(text), 14.0, "14 civilians", "civilians", "at least")])
    struck.published = "2026-08-03"
    text = "the death toll has risen to 19"
    nineteen = mention("n", "Daily", text, quantities=[Quantity(text.index("19"), len(text), 19.0, "19", None, None)])
    nineteen.published = "2026-08-04"
    assert updated_figures([struck, nineteen]) == [] and find_conflicts("c", [struck, nineteen]) == []
    assert updated_figures([first, toll]) == ["updated: 12 people (Wire) later given as 67 (Wire); the earlier "
                                              "figure is no conflict"]
    text = "the death toll has fallen to 9"  # (a count said to have fallen to its figure replaces one above it)
    fell = mention("f", "Wire", text, quantities=[Quantity(text.index("9"), len(text), 9.0, "9", None, None)])
    fell.published = "2026-08-04"
    assert updated_figures([first, fell]) == ["updated: 12 people (Wire) later given as 9 (Wire); the earlier "
                                              "figure is no conflict"]
    first.quantities[0].value = 8.0  # (below it, 8 is no figure a fall to 9 replaced)
    assert updated_figures([first, fell]) == []
    # a report naming the other's figure as the one it corrects replaces it, on the same day too; its former figure
    # does not agree with that figure ("21 people were injured" beside "12 people were injured, correcting an
    # earlier figure of 21" was "2", shown under the 21)
    count = lambda text, v: Quantity(text.index(v), text.index(v) + len(v), float(v.split()[0]), v, "people", None)  # noqa: E731
    text = "21 people were injured"
    hurt = mention("a", "Wire", text, quantities=[count(text, "21 people")])
    text = "12 people were injured, correcting an earlier figure of 21"
    fixed = mention("b", "Daily", text, quantities=[count(text, "12 people"), Quantity(text.rindex("21"), len(text),
                                                                                        21.0, "21", None, None)])
    hurt.published = fixed.published = "2026-09-09"
    assert find_conflicts("c", [hurt, fixed]) == []
    assert updated_figures([hurt, fixed]) == ["updated: 21 people (Wire) later given as 12 people (Daily); the "
                                              "earlier figure is no conflict"]
    # ... one giving a figure that is not the former one disagrees with it
    text = "30 people were injured"
    other = mention("c", "Post", text, quantities=[count(text, "30 people")])
    other.published = "2026-09-09"
    assert [c.kind for c in find_conflicts("c", [other, fixed])] == ["quantity"]


def test_a_day_that_was_and_a_day_to_come_do_not_conflict():
    # "The board voted on Monday to close the pier" / "The pier will close in April": two days of one story
    def on(article: str, value: str, text: str, tense: str) -> Mention:
        m = mention(article, article.upper(), "t")
        m.times = [Timex(0, 1, "DATE", value, text, tense)]
        return m

    voted, closes = on("a", "2026-03-02", "Monday", "past"), on("b", "2026-04", "April", "future")
    assert find_conflicts("c1", [voted, closes]) == []
    # two days it happened, or two days it will, do
    [c] = find_conflicts("c2", [voted, on("c", "2026-02-23", "Monday", "past")])
    assert c.kind == "time"
    [c] = find_conflicts("c3", [closes, on("d", "2026-05", "May", "future")])
    assert c.kind == "time" and "April" in c.description and "May" in c.description


def test_one_statement_said_by_one_source_and_unsaid_by_another_conflicts():
    def stated(article: str, text: str, certainty: str = "reported") -> Mention:
        m = mention(article, article.upper(), text, certainty=certainty)
        m.negated = bool(re.search(r"\bnot\b|n't", text))
        return m

    # "The fire was not arson, police said" beside "The fire was arson, a neighbour said" was "1 confirmed"
    [c] = find_conflicts("c1", [stated("a", "The fire was not arson"), stated("b", "The fire was arson")])
    assert c.kind == "polarity" and "says not" in c.description
    assert find_conflicts("c2", [stated("a", "I'm not going to finish it"), stated("b", "I am going to finish it")])
    # a verb read as its lemma, a "do" carrying the negation left out ("did not sink" / "sank")
    sink, sank = stated("a", "The ferry did not sink"), stated("b", "The ferry sank")
    sink.events = [EventMention(0, 22, (18, 22), "sink")]
    sank.events = [EventMention(0, 14, (10, 14), "sink")]
    assert [c.kind for c in find_conflicts("c6", [sink, sank])] == ["polarity"]
    # ... also in a statement reworded from its words ("Rud had not misled parliament" of "he had not misled
    # parliament" beside "he had misled parliament" was "1 confirmed" by the inquiry and Rud)
    misled, denies = stated("a", "he had misled parliament"), stated("b", "he had not misled parliament and would fight")
    denies.statement = "Rud had not misled parliament and would fight"
    misled.events = [EventMention(0, 24, (7, 13), "mislead")]
    denies.events = [EventMention(0, 46, (11, 17), "mislead")]
    assert [c.kind for c in find_conflicts("c12", [misled, denies])] == ["polarity"]
    # "failed to" says not ("The leaders failed to agree on a ceasefire" beside "The leaders agreed on a ceasefire"
    # was "1 confirmed" by the two governments that disagree)
    failed, agreed = stated("a", "The leaders failed to agree on a ceasefire"), stated("b", "The leaders agreed on a ceasefire")
    failed.negated = True
    failed.events = [EventMention(0, 42, (22, 27), "agree")]
    agreed.events = [EventMention(0, 35, (12, 18), "agree")]
    assert [c.kind for c in find_conflicts("c7", [failed, agreed])] == ["polarity"]
    # ... and when the rest of the words differ, a negation of the verb the other states, with a word of what
    # follows it ("failed to agree on reopening embassies at their first summit" beside "agreed to reopen their
    # embassies" was "1 confirmed"); the same verb said of another thing is no opposition
    failed = stated("a", "Norland and Estmark failed to agree on reopening embassies at their first summit in years")
    failed.negated = True
    assert [c.kind for c in find_conflicts("c8", [failed, stated("b", "The two sides agreed to reopen their embassies")])
            ] == ["polarity"]
    rejected = stated("a", "The council did not approve the budget on Monday")
    assert [c.kind for c in find_conflicts("c9", [rejected, stated("b", "The council approved the new budget")])
            ] == ["polarity"]
    assert not find_conflicts("c10", [rejected, stated("b", "The council approved the harbour plan")])
    # a negation in words the other report does not give, or in other words altogether, is no opposition
    quote = "the president should work with his allies to get the strongest deal possible"
    assert not find_conflicts("c3", [stated("a", quote), stated("b", quote + ", and if we don't get it, no deal")])
    assert not find_conflicts("c4", [stated("a", "I can do it with an executive order"),
                                     stated("b", "such an executive order would not be possible")])
    # one report hedging what another asserts is no conflict
    assert not find_conflicts("c5", [stated("a", "The fire may not have been arson", "hedged"),
                                     stated("b", "The fire was arson")])
    # ... but one that says not against one that only hedges that it is so is ("Norland reportedly plans to
    # retaliate" / "Norland will not retaliate": they were "2 independent sources")
    [c] = find_conflicts("c11", [stated("a", "Norland reportedly plans to retaliate against the tariffs", "hedged"),
                                 stated("b", "Norland will not retaliate against the tariffs")])
    assert c.kind == "polarity" and "suggests so" in c.description and "says not" in c.description
    # "no" opening the subject negates its clause ("no customer data had been stolen" beside "Hackers stole the
    # personal data of 80,000 customers" was one source's word "carried by 2 outlets", no conflict); not a "No"
    # answering, nor a subject the other does not name
    nothing = stated("a", "no customer data had been stolen in the attack")
    nothing.negated = True
    stole = stated("b", "Hackers stole the personal data of 80,000 customers")
    nothing.events = [EventMention(0, 46, (26, 32), "steal")]
    stole.events = [EventMention(0, 51, (8, 13), "steal")]
    assert [c.kind for c in find_conflicts("c13", [nothing, stole])] == ["polarity"]
    answer = stated("a", "No, customer data had been stolen from the archive, not from the live system")
    answer.negated = True
    answer.events = [EventMention(0, 76, (27, 33), "steal")]
    assert not find_conflicts("c14", [answer, stole])
    inside = stated("a", "That contradicts the assurance that no customer data had been stolen")
    inside.negated = True
    inside.events = [EventMention(0, 68, (62, 68), "steal")]
    assert not find_conflicts("c16", [inside, stole])
    unhurt = stated("a", "No one was hurt in the crash")
    unhurt.negated = True
    assert not find_conflicts("c15", [unhurt, stated("b", "Three people were hurt in the crash")])


def test_a_report_giving_several_numbers_of_one_thing_agrees_with_one_giving_any_of_them():
    q = lambda text, v: Quantity(0, 1, v, text, "yards", None)  # noqa: E731
    run = mention("a", "Agency", "t", quantities=[q("86 yards", 86)])
    game = mention("b", "Wire", "t", quantities=[q("226 yards", 226), q("86-yard", 86), q("101 yards", 101)])
    assert find_conflicts("c1", [run, game]) == []
    other = mention("c", "Gazette", "t", quantities=[q("90 yards", 90)])
    [c] = find_conflicts("c2", [other, game])
    assert c.kind == "quantity" and "90 yards" in c.description and "226 yards" in c.description
    # one unit however inflected; a bare number may agree with a number of a unit, never disagree with one
    singular = mention("d", "Post", "t", quantities=[Quantity(0, 1, 90, "90 yard", "yard", None)])
    assert [c.kind for c in find_conflicts("c3", [singular, run])] == ["quantity"]
    described = [mention(x, x.upper(), "t", quantities=[Quantity(0, 1, v, f"a {v}-yard run", "yard", None)])
                 for x, v in (("k", 90), ("l", 86))]
    assert find_conflicts("c8", [described[1], run]) == []  # an 86-yard run, of 86 yards
    assert [c.kind for c in find_conflicts("c9", described)] == ["quantity"]
    bare = mention("e", "Post", "t", quantities=[Quantity(0, 1, 53, "53", None, None)])
    assert find_conflicts("c4", [bare, run]) == []
    assert [c.kind for c in find_conflicts("c5", [bare, mention("f", "Sun", "t", quantities=[
        Quantity(0, 1, 50, "50", None, None)])])] == ["quantity"]
    # a number in a compound describes a thing: it can agree with a count, not disagree with one
    play = mention("i", "Post", "t", quantities=[Quantity(0, 1, 3, "a three-point play", "point", None)])
    scored = mention("j", "Sun", "t", quantities=[Quantity(0, 1, 13, "13 points", "points", None)])
    assert find_conflicts("c7", [play, scored]) == []
    sat_out = mention("g", "Sun", "t", quantities=[q("10 games", 10), Quantity(0, 1, 4, "four", None, None)])
    missed = mention("h", "Post", "t", quantities=[q("four games", 4)])
    assert find_conflicts("c6", [sat_out, missed]) == []
    # "Three skiers died and two were missing" beside "the toll remains at three": three, whatever "two" counts
    # (it was "doubtful: different numbers: two vs three")
    died = mention("m", "Times", "t", quantities=[Quantity(0, 1, 3, "Three skiers", "skiers", None),
                                                  Quantity(0, 1, 2, "two", None, None)])
    remains = mention("n", "Daily", "t", quantities=[Quantity(0, 1, 3, "three", None, None)])
    assert find_conflicts("c10", [died, remains]) == []
    four = mention("o", "Daily", "t", quantities=[Quantity(0, 1, 4, "four", None, None)])
    assert [c.kind for c in find_conflicts("c11", [died, four])] == ["quantity"]  # neither meets four


def test_how_long_something_lasted_conflicts_as_a_number_in_its_unit():
    def lasted(article: str, text: str, value: str) -> Mention:
        m = mention(article, article.title(), "t")
        m.times = [Timex(0, 1, "DURATION", value, text)]
        return m

    five, half = lasted("a", "five months", "P5M"), lasted("b", "four and a half months", "P4.5M")
    [c] = find_conflicts("c1", [five, half])
    assert c.kind == "quantity" and "five months" in c.description and "four and a half months" in c.description
    # "more than four months" fits five
    assert find_conflicts("c2", [five, lasted("c", "more than four months", "P4M")]) == []
    # lengths in two calendar units are compared in days ("three years in prison" / "30 months" was no dispute),
    # each allowing a twentieth either way: a month is four weeks, six weeks a month and a half
    [c] = find_conflicts("c3", [lasted("d", "three years", "P3Y"), lasted("e", "30 months", "P30M")])
    assert c.kind == "quantity" and "three years" in c.description and "30 months" in c.description
    assert find_conflicts("c3", [lasted("d", "a year", "P1Y"), lasted("e", "12 months", "P12M")]) == []
    assert find_conflicts("c3", [lasted("d", "a month", "P1M"), lasted("e", "four weeks", "P4W")]) == []
    assert find_conflicts("c3", [lasted("d", "six weeks", "P6W"), lasted("e", "a month and a half", "P1.5M")]) == []
    # what lasted is not said: a report that gives two lengths disagrees only when neither is the other's
    veteran = lasted("f", "15-year", "P15Y")
    both = lasted("g", "15-year", "P15Y")
    both.times.append(Timex(0, 1, "DURATION", "P5Y", "the past five years"))
    assert find_conflicts("c4", [veteran, both]) == []


def test_hours_and_minutes_are_lengths_too_with_the_qualifier_before_them():
    def lasted(article: str, text: str, words: str, value: str) -> Mention:
        m = mention(article, article.title(), text)
        start = text.index(words)
        m.times = [Timex(start, start + len(words), "DURATION", value, words)]
        return m

    three = lasted("a", "The meeting lasted three hours", "three hours", "PT3H")
    about_two = lasted("b", "The meeting lasted about two hours", "two hours", "PT2H")
    [c] = find_conflicts("c1", [three, about_two])
    assert c.kind == "quantity" and "three hours" in c.description and "about two hours" in c.description
    # ninety minutes is an hour and a half; "about" (outside the time expression) makes 2 hours 50 minutes fit
    ninety = lasted("c", "The talks ran for 90 minutes", "90 minutes", "PT90M")
    assert find_conflicts("c2", [ninety, lasted("d", "The talks took an hour and a half", "an hour and a half",
                                                  "PT1.5H")]) == []
    assert find_conflicts("c3", [lasted("e", "It took two hours and 50 minutes", "two hours and 50 minutes", "PT170M"),
                                 lasted("f", "It took about three hours", "three hours", "PT3H")]) == []


def test_a_copied_sentence_is_in_a_conflict_only_through_its_original():
    q = lambda text, v, qual: Quantity(0, 1, v, text, "containers", qual)  # noqa: E731
    wire = mention("wire", "Nordic Wire", "t", quantities=[q("more than 40 containers", 40, "more than")])
    copy = mention("copy", "Coastline Daily", "t", quantities=[q("more than 40 containers", 40, "more than")])
    agency = mention("gazette", "Harbour Gazette", "t", quantities=[q("38 containers", 38, None)])
    copy.echo_of = wire.ref
    [c] = find_conflicts("c1", [wire, copy, agency])
    assert [r.article for r in c.mentions] == ["wire", "gazette"] and "Coastline Daily" not in c.description
    changed = mention("copy", "Coastline Daily", "t", quantities=[q("38 containers", 38, None)])
    changed.echo_of = wire.ref  # a copy that changed the number disagrees with what it copied
    assert [r.article for r in find_conflicts("c1", [wire, changed])[0].mentions] == ["wire", "copy"]


def test_date_intervals():
    assert date_interval("2024-W47")[0].isoformat() == "2024-11-18"
    assert date_interval("2024-02")[1].isoformat() == "2024-02-29"
    assert date_interval("2024-Q4")[1].isoformat() == "2024-12-31"
    assert date_interval("PRESENT_REF") is None


def evidence(independent: int, certainties: list[str], conflicts=(), named: bool = True, outlets: int = 1,
             match: float | None = None, confirm: float = 0.5) -> Evidence:
    ms = [mention(f"a{i}", f"O{i}", "t", said("X", "person:x") if named else None, certainty=c)
          for i, c in enumerate(certainties)]
    for m in ms:
        m.source = "person:x" if named else None
    kinds = [Conflict(k, ["c"], [], f"{k} differs") for k in conflicts]
    stating = min(independent, sum(c in ("asserted", "reported") for c in certainties))
    return Evidence(ms, [f"S{i}" for i in range(independent)], stating, [f"O{i}" for i in range(outlets)], kinds,
                    match=match, confirm=confirm)


def test_grades_and_their_deciding_reason():
    assert grade(evidence(2, ["reported", "asserted"], outlets=2)) == (1, ["2 independent sources: S0, S1"])
    assert grade(evidence(1, ["reported", "reported"], outlets=2))[0] == 2
    assert grade(evidence(1, ["reported"]))[0] == 3
    assert grade(evidence(1, ["hedged"]))[0] == 4
    assert grade(evidence(3, ["reported"], ["quantity"], outlets=3))[:1] == (4,)
    assert grade(evidence(2, ["reported", "denied"], ["polarity"], outlets=2))[0] == 5
    # ... but a suspicion against a denial is no statement against one: "is believed to have been started by a power
    # line" (the fire chief) beside "denied that its line caused the fire" (the utility) was "5: one report states it"
    suspected = evidence(2, ["hedged", "denied"], outlets=2)
    suspected.mentions[0].source, suspected.mentions[1].source = "person:chief", "org:utility"
    suspected.names = {"person:chief": "Tove Berntsen", "org:utility": "Lysvik Kraft"}
    suspected.conflicts = find_conflicts("c", suspected.mentions, suspected.names)
    assert [c.description for c in suspected.conflicts] == [
        "stated and denied: suggests so (Tove Berntsen, O0) vs says not (Lysvik Kraft, O1)"]
    assert grade(suspected)[0] == 4 and grade(suspected)[1][0] == (
        "it is only suggested (hedged by Tove Berntsen) and denied or negated (by Lysvik Kraft)")
    assert grade(evidence(1, ["denied"]))[1][0] == "it is only ever reported as denied"
    # ... unless each time by the one it is about: its word on itself is no evidence either way, not "improbable"
    itself = evidence(1, ["denied"])
    itself.mentions[0].statement = "X had ignored the warnings"
    assert grade(itself) == (6, ["it is only ever denied, by the one it is about (S0): its word on itself"])
    itself.mentions[0].statement = "Inspectors had warned Y"
    assert grade(itself)[0] == 5
    # words that are the act of denying, cue and all ("Lund has denied all charges"), state that the denial was
    # made: it is graded as reported, not as improbable (what it denies, "the charges", no report states)
    act = evidence(1, ["denied"])
    act.mentions[0] = mention("a0", "O0", "Lund has denied all charges", Attribution(
        [(0, 4)], [(9, 15)], [(16, 27)], "denied", "person:x", "Lund", cue_lemma="deny"), certainty="denied")
    act.mentions[0].source = "person:x"
    assert grade(act) == (3, ["it reports a denial by S0, in 1 outlet: the denial is graded, not what it denies, "
                              "which no report states"])
    # a denial of the positive says the same no as a negative statement reported plainly ("the ministry had not
    # received any warning" / "the ministry denied it had been warned"): it was "stated plainly in one outlet;
    # denied in O1", grade 3
    no = evidence(1, ["reported", "denied"], outlets=2)
    no.mentions[0].negated = True
    assert grade(no) == (2, ["one source (S0), carried by 2 outlets that do not copy each other"])
    # ... and says so when the reports may not state one thing (as for two sources): a wrong match carries nothing
    no.match = 0.42
    assert grade(no)[1][0] == ("one source (S0), carried by 2 outlets that do not copy each other, though their "
                               "reports may not state the same thing (match 0.42, below 0.50): check the mentions")
    no.match = None
    no.mentions[0].negated = False  # a positive statement and its denial: the conflict decides, else "denied in"
    assert "denied in O1" in grade(no)[1]
    # a source whose figures a later report revised confirms no figure, and says so; a weak match says first
    revised = evidence(2, ["reported", "reported"], outlets=2)
    revised.stating, revised.earlier = 1, ["S1"]
    assert grade(revised)[0] == 2 and "S1 gave an earlier figure, revised since" in grade(revised)[1][0]
    revised.stating, revised.match = 2, 0.42
    assert "may not state the same thing" in grade(revised)[1][0]
    mixed = evidence(1, ["reported", "reported", "denied"], outlets=3)  # one says no, one yes: no negative claim
    mixed.mentions[0].negated = True
    assert "denied in O2" in grade(mixed)[1]
    assert grade(evidence(0, ["hedged"], named=False))[0] == 6
    assert grade(evidence(2, ["reported", "hedged"], outlets=2))[0] == 3  # a doubter confirms nothing
    weak = grade(evidence(2, ["reported", "reported"], outlets=2, match=0.42))
    assert weak[0] == 2 and "may not state the same thing" in weak[1][0]  # a confirmation needs a sure match
    # a match just below the confirmation's is not shown as equal to it
    assert "(match 0.599, a confirmation needs 0.60)" in grade(evidence(2, ["reported", "reported"], outlets=2,
                                                                       match=0.5996, confirm=0.6))[1][0]
    one_report = grade(evidence(2, ["reported", "reported"], outlets=1))
    assert one_report[0] == 2 and "all in one report (O0)" in one_report[1][0]  # two sources, one reporter
    # an outlet that only hedges it ("police are investigating whether ...") carries a question, not the claim
    asked = evidence(1, ["reported", "hedged"], outlets=2)
    asked.stated_in = ["O0"]
    assert grade(asked)[:1] == (3,) and grade(asked)[1][0] == "one source (S0), stated plainly in one outlet"
    asked = evidence(2, ["reported", "reported", "hedged"], outlets=2)
    asked.stated_in = ["O0"]
    assert grade(asked)[0] == 2 and "all in one report (O0)" in grade(asked)[1][0]
    someone = evidence(2, ["reported", "reported"], outlets=2)
    someone.mentions[0].text, someone.mentions[1].text = "He completed 17 passes", "he completed 17 passes in a row"
    assert grade(someone)[0] == 2 and "names only as he" in grade(someone)[1][0]  # may be two quarterbacks
    someone.mentions[1].text = "Lund completed 17 passes in a row"
    assert grade(someone)[0] == 1
    for m in someone.mentions:  # a possessive or demonstrative with a name after it names whom it is about
        m.text = "His father, Ike Lund, had served time for fraud"
    assert grade(someone)[0] == 1
    someone.mentions[0].text = someone.mentions[1].text = "That arrest came five days before the game"
    assert grade(someone)[0] == 2
    unknown = evidence(2, ["reported", "reported"], outlets=2)
    unknown.mentions[1].outlet, unknown.outlets = None, ["O0", "a1"]
    assert grade(unknown)[1] == ["2 independent sources: S0, S1",
                                 "no outlet named for a1: each such article is taken as an outlet of its own"]


def test_a_denial_or_dates_of_reports_that_may_not_state_one_thing_decide_no_grade():
    # two reports matched at 0.40 ("Berg accused the board on Saturday ..." / "Berg said his 2019 campaign ...")
    # made a claim "doubtful" for dates of two things. A disagreement weighs no more than an agreement: only
    # between reports surely stating one thing (the match a confirmation asks); the reasons still list it
    unsure = grade(evidence(2, ["reported", "denied"], ["polarity"], outlets=2, match=0.45))
    assert unsure[0] == 3 and "not weighed, as its reports may not state the same thing (match 0.45, below 0.50): " \
                              "polarity differs" in unsure[1]
    assert grade(evidence(2, ["reported", "denied"], ["polarity"], outlets=2, match=0.55))[0] == 5
    # a denial of the words it follows ("the claims were without merit") denies them, however the rest matched
    follows = evidence(2, ["reported", "denied"], ["polarity"], outlets=2, match=0.45)
    follows.mentions[1].denial_of = follows.mentions[0].ref
    assert grade(follows)[0] == 5
    dates = grade(evidence(2, ["reported", "reported"], ["time"], outlets=2, match=0.45))
    assert dates[0] == 2 and "time differs" not in dates[1]
    # numbers of one counted thing answer one question whatever the match ...
    counted = evidence(2, ["reported", "reported"], ["quantity"], outlets=2, match=0.45)
    for m, n in zip(counted.mentions, (3, 5), strict=True):
        m.quantities = [Quantity(0, 1, n, f"{n} people", "people")]
    counted.conflicts[0].mentions = [m.ref for m in counted.mentions]
    assert grade(counted)[0] == 4
    # ... but two percentages need reports surely stating one thing ("offered a 3 percent rise" / "wanted a 6
    # percent rise" was "4: the reports disagree on its numbers")
    for m, n in zip(counted.mentions, (3, 6), strict=True):
        m.quantities = [Quantity(0, 1, n, f"{n} percent", "%")]
    rates = grade(counted)
    assert rates[0] == 2 and "not weighed, as its reports may not state the same thing" in rates[1][-1]
    counted.match = 0.55
    assert grade(counted)[0] == 4


def test_an_outlet_the_texts_cite_is_named_as_they_spell_it():
    from newstrace.claims import new_claim
    from newstrace.model import Article, Story
    from newstrace.provenance import analyze

    m = mention("a", "Harbour Gazette", "the pier is closed", said("The Harbour Globe", None, "report"))
    story = Story("s", "Pier", ["a"], ["Harbour Gazette"])
    articles = {"a": Article(id="a", text="The pier is closed, The Harbour Globe reported.", outlet="Harbour Gazette")}
    result = analyze(story, [new_claim("s", [m])], [], {}, articles)
    assert {s.id: s.name for s in result.sources}["outlet:harbour globe"] == "Harbour Globe"  # not "harbour globe"
    # a person the NER typed as nothing is named as the text spells the name, not by the id (it was "larseide")
    m = mention("a", "Harbour Gazette", "the pier is closed", said("The board's director, Lars Eide", None))
    result = analyze(story, [new_claim("s", [m])], [], {}, articles)
    assert {s.id: s.name for s in result.sources}["person:larseide"] == "Lars Eide"
    assert result.claims[0].reasons[0].startswith("one source (Lars Eide)")


def test_the_accused_denying_the_charges_does_not_deny_that_they_were_made():
    # "Lie has been charged with taking bribes" / "Lie denied the charges" was "5: one report states it and another
    # denies or negates it", with Lie a second source of his being charged
    from newstrace.claims import new_claim
    from newstrace.model import Article, Story
    from newstrace.provenance import analyze

    articles = {"a": Article(id="a", text="x", outlet="Gazette"), "b": Article(id="b", text="y", outlet="Globe")}
    story = Story("s", "Bribes", ["a", "b"], ["Gazette", "Globe"])
    lie = {"person:ivarlie": Entity("person:ivarlie", "Ivar Lie", "PERSON", ["Ivar Lie", "Lie"])}

    def charged(text: str) -> Mention:
        m = mention("a", "Gazette", text, said("the court", None))
        m.events = [EventMention(0, len(text), (text.index("charged"), text.index("charged") + 7), "charge")]
        return m

    def denial(text: str) -> Mention:
        return mention("b", "Globe", text, said("Lie", "person:ivarlie", "deny"), certainty="denied")

    report = charged("Lie has been charged with taking bribes")
    result = analyze(story, [new_claim("s", [report, denial("Lie denied the charges")], match=0.7)], [], lie,
                     articles, confirm=0.6)
    [claim] = result.claims
    assert result.conflicts == [] and claim.credibility == 3 and claim.independent_sources == 1  # one outlet
    assert "Ivar Lie denies the charges, not that they were made: not counted" in claim.reasons
    # ... but a denial that they were made, or of what a report states as done, is one
    for words, other in [("Lie denied that he had been charged", report),
                         ("Lie denied any wrongdoing", mention("a", "Gazette", "Lie took bribes", said("the court", None)))]:
        result = analyze(story, [new_claim("s", [other, denial(words)], match=0.7)], [], lie, articles, confirm=0.6)
        assert [c.kind for c in result.conflicts] == ["polarity"] and result.claims[0].credibility == 5, words
    # a third report of the claim that does not state what is charged does not disagree with the denial either
    # ("Lie will step down as mayor, the council said" beside the charges and their denial was "5: stated and
    # denied"), nor one that tells of the charges in other words; one that states what is charged does ("Lie took
    # the bribes, a witness said")
    for text, disagrees in (("Lie will resign as mayor", False), ("Prosecutors charged Lie with taking bribes", False),
                            ("Lie took the bribes", True)):
        third = mention("a", "Gazette", text, said("the council", None))
        result = analyze(story, [new_claim("s", [report, third, denial("Lie denied the charges")], match=0.7)], [],
                         lie, articles, confirm=0.6)
        assert bool(result.conflicts) == disagrees, text
    # nor does a court's verdict on the charges ("A jury found Jonas Berg guilty of murder" / "Berg, who denied
    # the charge" was "5: stated and denied")
    for text in ("A jury on Friday found Lie, 54, guilty of taking bribes", "Lie was convicted of taking bribes"):
        verdict = mention("a", "Gazette", text, None, certainty="asserted")
        result = analyze(story, [new_claim("s", [verdict, denial("Lie denied the charges")], match=0.7)], [],
                         lie, articles, confirm=0.6)
        assert result.conflicts == [] and result.claims[0].credibility != 5, text
        assert "Ivar Lie denies the charges, not that they were made: not counted" in result.claims[0].reasons


def test_a_disagreement_the_grade_does_not_weigh_is_no_conflict_of_the_story():
    # "offered a 3 percent rise" / "wanted a 6 percent rise", matched at 0.45: the grade did not weigh it, yet the
    # story listed it as a conflict
    from newstrace.claims import new_claim
    from newstrace.model import Article, Story
    from newstrace.provenance import analyze

    articles = {"a": Article(id="a", text="x", outlet="Gazette"), "b": Article(id="b", text="y", outlet="Globe")}
    story = Story("s", "Strike", ["a", "b"], ["Gazette", "Globe"])
    rate = lambda text, v: Quantity(text.index(v), len(text), float(v.split()[0]), v, "%", None)  # noqa: E731
    offer = mention("a", "Gazette", "it had offered a 3 percent rise", said("the company", None))
    offer.quantities = [rate(offer.text, "3 percent")]
    demand = mention("b", "Globe", "the workers wanted a 6 percent rise", said("the union", None))
    demand.quantities = [rate(demand.text, "6 percent")]
    result = analyze(story, [new_claim("s", [offer, demand], match=0.45)], [], {}, articles, confirm=0.6)
    assert result.conflicts == [] and any(r.startswith("not weighed") for r in result.claims[0].reasons)
    result = analyze(story, [new_claim("s", [offer, demand], match=0.7)], [], {}, articles, confirm=0.6)
    assert [c.kind for c in result.conflicts] == ["quantity"] and result.claims[0].credibility == 4


def test_a_source_on_the_other_side_of_a_denial_is_not_taken_for_the_unnamed_one():
    from newstrace.claims import new_claim
    from newstrace.model import Article, Story
    from newstrace.provenance import analyze

    articles = {"a": Article(id="a", text="x", outlet="Gazette"), "b": Article(id="b", text="y", outlet="Globe")}
    story = Story("s", "Pier", ["a", "b"], ["Gazette", "Globe"])
    brandt = {"person:evabrandt": Entity("person:evabrandt", "Eva Brandt", "PERSON", ["Eva Brandt"])}
    denial = mention("a", "Gazette", "the pier would close", said("Mayor Eva Brandt", "person:evabrandt", "deny"),
                     certainty="denied")
    board = mention("b", "Globe", "the pier will close", said("the harbour board", None))
    [claim] = analyze(story, [new_claim("s", [denial, board])], [], brandt, articles).claims
    assert claim.independent_sources == 2 and claim.credibility == 5  # one says so, the other says not
    # on one side (the board says it never got a warning, the mayor denies one was given) they may be one
    never = mention("b", "Globe", "it had never received a warning", said("the harbour board", None))
    never.negated = True
    warned = mention("a", "Gazette", "the council had been warned", said("Mayor Eva Brandt", "person:evabrandt",
                                                                          "deny"), certainty="denied")
    [claim] = analyze(story, [new_claim("s", [warned, never])], [], brandt, articles).claims
    assert claim.independent_sources == 1


def test_what_every_report_says_only_in_passing_is_not_confirmed():
    from newstrace.claims import new_claim
    from newstrace.model import Article, Story
    from newstrace.provenance import analyze

    texts = {"a": "Lena Voss, the harbour commissioner, opened the pier.",
             "b": "The pier was opened by Lena Voss, the harbour commissioner, on Monday."}
    outlets = ("Gazette", "Globe")
    articles = {k: Article(id=k, text=t, outlet=o) for (k, t), o in zip(texts.items(), outlets, strict=True)}

    def aside(k: str) -> Mention:
        m = mention(k, articles[k].outlet, "Lena Voss is the harbour commissioner", certainty="asserted")
        m.aside = True
        return m

    story = Story("s", "Pier", ["a", "b"], ["Gazette", "Globe"])
    [claim] = analyze(story, [new_claim("s", [aside("a"), aside("b")])], [], {}, articles).claims
    assert claim.credibility == 2 and "only in passing" in claim.reasons[0]  # background taken as known
    reported = mention("b", "Globe", "Lena Voss is the harbour commissioner", certainty="asserted")
    [claim] = analyze(story, [new_claim("s", [aside("a"), reported])], [], {}, articles).claims
    assert claim.credibility == 1  # one outlet reports it: the other's description counts beside it
    opened = mention("b", "Globe", "The pier was opened by Lena Voss", certainty="hedged")
    listed = analyze(story, [new_claim("s", [aside("a")]), new_claim("s", [opened])], [], {}, articles).claims
    assert [c.text for c in listed] == ["The pier was opened by Lena Voss.", "Lena Voss is the harbour commissioner."]


def test_a_person_counted_as_an_organisation_is_named_in_the_reasons():
    # a spokesperson the text does not say whose, and a minister beside their ministry, are no sources of their
    # own; the grade says so, so that an analyst who sees the name among the evidence knows where it went
    from newstrace.claims import new_claim
    from newstrace.model import Article, Story
    from newstrace.provenance import analyze

    entities = {
        **ENTITIES,
        "org:harbourboard": Entity("org:harbourboard", "Harbour Board", "ORG", []),
        "person:jonasberg": Entity("person:jonasberg", "Jonas Berg", "PERSON", []),
        "org:tradeministry": Entity("org:tradeministry", "Trade Ministry", "ORG", []),
    }
    articles = {k: Article(id=k, text="t", outlet=o) for k, o in (("a", "Gazette"), ("b", "Globe"))}
    story = Story("s", "Pier", ["a", "b"], ["Gazette", "Globe"])
    spoke = [mention("a", "Gazette", "The pier is closed", said("the Harbour Board", "org:harbourboard")),
             mention("b", "Globe", "The pier is closed", said("spokesperson Ingrid Solberg", "person:ingridsolberg"))]
    [claim] = analyze(story, [new_claim("s", spoke)], [], entities, articles).claims
    assert claim.independent_sources == 1
    assert ("Ingrid Solberg not counted apart: a spokesperson the text does not say whose, who may speak for "
            "Harbour Board") in claim.reasons
    # ... as is a press secretary ("the prime minister's press secretary, Jonas Vik" beside "his office said" were
    # "1 confirmed" by the two)
    entities["org:ivarlund-office"] = Entity("org:ivarlund-office", "Lund office", "ORG", ["his office"])
    entities["person:jonasvik"] = Entity("person:jonasvik", "Jonas Vik", "PERSON", [])
    press = [mention("a", "Gazette", "The leaders will meet", said("his office", "org:ivarlund-office")),
             mention("b", "Globe", "The leaders will meet", said("the prime minister's press secretary, Jonas Vik",
                                                                 "person:jonasvik"))]
    [claim] = analyze(story, [new_claim("s", press)], [], entities, articles).claims
    assert claim.independent_sources == 1
    assert "Jonas Vik not counted apart: a press secretary, who may speak for Lund office" in claim.reasons
    office = [mention("a", "Gazette", "An inquiry was ordered", said("the trade ministry", "org:tradeministry")),
              mention("b", "Globe", "An inquiry was ordered", said("Trade Minister Jonas Berg", "person:jonasberg"))]
    [claim] = analyze(story, [new_claim("s", office)], [], entities, articles).claims
    assert claim.independent_sources == 1
    assert "Jonas Berg counted as Trade Ministry: named by an office of it" in claim.reasons
    # a company's executive beside the company was "1 confirmed" where the NER typed the company a person, or
    # nothing: a one-word "person" no full name ends with may be the company the executive runs
    entities["person:idaholm"] = Entity("person:idaholm", "Ida Holm", "PERSON", [])
    # (named as the texts spell it, where no entity holds the name)
    for who, why in (("the company's chief executive Ida Holm", "Ida Holm not counted apart: an executive of a body "
                      "the text names only by its kind, which may be Nordlys"),
                     ("Nordlys chief executive Ida Holm", "Ida Holm counted as Nordlys: named by an office of it")):
        run = [mention("a", "Gazette", "Sailings are suspended", said("Nordlys", "person:nordlys")),
               mention("b", "Globe", "Sailings are suspended", said(who, "person:idaholm"))]
        [claim] = analyze(story, [new_claim("s", run)], [], entities, articles).claims
        assert claim.independent_sources == 1 and why in claim.reasons, claim.reasons
    # a former executive speaks for no one, nor does a company's for a body the texts call a group
    for said_by, who in ((said("Nordlys", "person:nordlys"), "the company's former chief executive Ida Holm"),
                         (said("the environmental group Blue Coast", "org:harbourboard"),
                          "the company's chief executive Ida Holm")):
        run = [mention("a", "Gazette", "Sailings are suspended", said_by),
               mention("b", "Globe", "Sailings are suspended", said(who, "person:idaholm"))]
        [claim] = analyze(story, [new_claim("s", run)], [], entities, articles).claims
        assert claim.independent_sources == 2, claim.reasons
    # a person's surname is no company: "Solberg" beside the company's chief executive counts two
    run = [mention("a", "Gazette", "Sailings are suspended", said("Solberg", "person:solberg")),
           mention("b", "Globe", "Sailings are suspended", said("its chief executive Ida Holm", "person:idaholm"))]
    [claim] = analyze(story, [new_claim("s", run)], [], {**entities, "person:solberg": Entity(
        "person:solberg", "Solberg", "PERSON", [])}, articles).claims
    assert claim.independent_sources == 2


def test_a_paper_is_its_issuer_s_word_and_one_of_no_named_issuer_may_be_another_source_s():
    from newstrace.claims import new_claim
    from newstrace.model import Article, Story
    from newstrace.provenance import analyze

    r = SourceResolver({"org:marinepolicy": Entity("org:marinepolicy", "Marine Policy", "ORG", ["Marine Policy"]),
                        "org:nordlys": Entity("org:nordlys", "Nordlys", "ORG", ["Nordlys"])})
    # papers named by whose they are: the body's word ("council records" was doc:records beside "the council")
    assert r.resolve(mention("a", "X", "t", said("Council records", None, "show"))) == "group:council"
    assert r.resolve(mention("a", "X", "t", said("the ministry's own figures", None, "show"))) == "group:ministry"
    assert r.resolve(mention("a", "X", "t", said("Nordlys documents", None, "show"))) == "org:nordlys"
    # ... but not a court's, whose files hold what the parties put in them; nor a journal the paper appeared in
    assert r.resolve(mention("a", "X", "t", said("court filings", None, "show"))) == "doc:filing"
    assert r.resolve(mention("a", "X", "t", said("The findings, published in the journal Marine Policy", None,
                                                 "show"))) == "doc:study"
    # (however the phrase says when: it was the journal's word, a second source beside the study's authors)
    assert r.resolve(mention("a", "X", "t", said("a study published on Wednesday in the Marine Policy journal",
                                                 None, "according to"))) == "doc:study"
    # nor is who asked the speakers ("survivors interviewed by the Coast Daily" was the Coast Daily's word)
    asked = SourceResolver({"org:coastdaily": Entity("org:coastdaily", "Coast Daily", "ORG", ["Coast Daily"])})
    assert asked.resolve(mention("a", "X", "t", said("survivors interviewed by the Coast Daily", None,
                                                     "according to"))) == "group:survivors"
    # a paper no issuer is named for may be the papers of any other source of the claim, but people who were there
    assert independent_sources([("doc:filing", False, False), ("group:prosecutors", False, False)]) == [
        "group:prosecutors"]
    assert independent_sources([("doc:study", False, False), ("org:lysvikmarineinstitute", False, False)]) == [
        "org:lysvikmarineinstitute"]
    assert len(independent_sources([("doc:recording", False, False), ("group:witnesses", False, False)])) == 2
    # unnamed insiders ("a person close to the mayor") may be any unnamed person another report cites
    assert independent_sources([("group:sources", False, False), ("group:friend", False, False)]) == [
        "group:friend"]
    assert len(independent_sources([("group:sources", False, False), ("group:residents", False, False)])) == 2
    # an unnamed spokesperson may speak for whoever else is unnamed; of insiders and a spokesperson one counts
    assert independent_sources([("group:spokesperson", False, False), ("group:chief executive", False, False)]) == [
        "group:chief executive"]
    assert independent_sources([("group:sources", False, False), ("group:spokesperson", False, False)]) == [
        "group:sources"]
    # the grade says where the paper went
    articles = {k: Article(id=k, text="t", outlet=o) for k, o in (("a", "Gazette"), ("b", "Globe"))}
    story = Story("s", "Fee", ["a", "b"], ["Gazette", "Globe"])
    fee = [mention("a", "Gazette", "Rask paid the inspector", said("court filings", None, "show")),
           mention("b", "Globe", "Rask paid the inspector", said("prosecutors", None))]
    [claim] = analyze(story, [new_claim("s", fee)], [], {}, articles).claims
    assert claim.independent_sources == 1
    assert "filing not counted: may be the papers of another source of it" in claim.reasons


def test_an_article_a_wire_service_contributed_to_is_credited_to_it():
    body = "The pier collapsed on Sunday evening. Nobody was hurt."
    assert wire_credit(Article(id="a", text=body, outlet="Harbour Gazette")) is None
    for credit in ("The Associated Press contributed to this report.", "AP contributed reporting to this story."):
        assert wire_credit(Article(id="a", text=f"{body}\n{credit}", outlet="Harbour Gazette")) == "Associated Press"
    # a reporter of the outlet's own is no wire
    assert wire_credit(Article(id="a", text=f"{body}\nTor Lund contributed to this report.", outlet="X")) is None


def test_an_article_datelined_with_another_outlet_of_the_story_runs_its_copy():
    from newstrace.claims import new_claim
    from newstrace.provenance import analyze

    # "OSLO (Nordic Wire) -" in the Fjord Post: no agency list knows the Nordic Wire, but the story holds it, and
    # the Fjord Post's "No one was injured." was a second outlet carrying the claim
    body = "OSLO (Nordic Wire) - A tanker ran aground on Sunday. No one was injured."
    post = Article(id="b", text=body, outlet="Fjord Post")
    assert wire_credit(post) is None
    assert wire_credit(post, ["Nordic Wire", "Fjord Post"]) == "Nordic Wire"
    wire = Article(id="a", text=body, outlet="Nordic Wire")
    assert wire_credit(wire, ["Nordic Wire", "Fjord Post"]) is None  # its own dateline
    # ... also by its initials, as agencies credit themselves ("OSLO (NW) -"); a credit no outlet's initials is none
    initialled = Article(id="c", text=body.replace("(Nordic Wire)", "(NW)"), outlet="Coast Daily")
    assert wire_credit(initialled, ["Nordic Wire", "Fjord Post", "Coast Daily"]) == "Nordic Wire"
    assert wire_credit(initialled, ["The Fjord Post", "Coast Daily"]) is None
    story = Story("s", "Tanker", ["a", "b"], ["Nordic Wire", "Fjord Post"])
    unhurt = [mention("a", "Nordic Wire", "No one was injured", said("the coastal administration", None)),
              mention("b", "Fjord Post", "No one was injured", None, "asserted")]
    [claim] = analyze(story, [new_claim("s", unhurt)], [], {}, {"a": wire, "b": post}).claims
    assert claim.independent_sources == 1 and claim.credibility == 3, claim.reasons
    assert "Fjord Post runs Nordic Wire copy: carried once, as Nordic Wire" in claim.reasons


def test_articles_crediting_one_unknown_name_in_their_datelines_run_its_copy():
    from newstrace.provenance.sources import shared_credits

    # "VAROS (Nordic Wire) -" in two papers, the wire itself no article of the story: one copy of it; a name one
    # article alone credits may be its own desk's
    body = "VAROS (Nordic Wire) - A quake struck the island on Thursday."
    a, b = Article(id="a", text=body, outlet="Coastline Daily"), Article(id="b", text=body, outlet="Harbour Gazette")
    own = Article(id="c", text=body.replace("Nordic Wire", "Evening Ledger"), outlet="Evening Ledger")
    desk = Article(id="d", text=body.replace("Nordic Wire", "Island Desk"), outlet="Fjord Post")
    assert shared_credits([a, b, own, desk], {}) == {"a": "Nordic Wire", "b": "Nordic Wire"}
    assert shared_credits([a, b], {"a": "Reuters"}) == {}  # (credited already: the one left credits it alone)
    updated = [Article(id=k, text=body.replace("Nordic Wire", "Updated"), outlet=k) for k in ("x", "y")]
    assert shared_credits(updated, {}) == {}  # a note on the copy, no one's name


def test_a_judgement_of_anothers_claim_is_no_second_source_of_it():
    from newstrace.claims import new_claim
    from newstrace.provenance import analyze

    # "The union is demanding a 6 percent rise" beside "Nordavia's chief executive said the union's demand for a 6
    # percent rise was unrealistic" was "1 confirmed: 2 independent sources": she judges the demand, not makes it
    articles = {k: Article(id=k, text="t", outlet=o) for k, o in (("a", "Nordic Wire"), ("b", "Capital Post"))}
    story = Story("s", "Strike", ["a", "b"], ["Nordic Wire", "Capital Post"])
    people = {"org:kystforbundet": Entity("org:kystforbundet", "Kystforbundet", "ORG", ["Kystforbundet"]),
              "person:livhaug": Entity("person:livhaug", "Liv Haug", "PERSON", ["Liv Haug"])}
    demand = mention("a", "Nordic Wire", "The union, Kystforbundet, is demanding a 6 percent pay rise",
                     said("The union, Kystforbundet", "org:kystforbundet"))
    judged = mention("b", "Capital Post", "the union's demand for a 6 percent rise was unrealistic",
                     said("Nordavia chief executive Liv Haug", "person:livhaug"))
    [claim] = analyze(story, [new_claim("s", [demand, judged], match=0.8)], [], people, articles).claims
    assert claim.credibility == 2 and claim.independent_sources == 1, claim.reasons
    assert "Liv Haug not counted: speaks of Kystforbundet's claim, not the same thing" in claim.reasons
    # the owner's own words of its claim are no judgement of another's ("the union said its demand ...")
    own = mention("b", "Capital Post", "the union's demand was for a 6 percent rise",
                  said("The union, Kystforbundet", "org:kystforbundet"))
    [claim] = analyze(story, [new_claim("s", [demand, own], match=0.8)], [], people, articles).claims
    assert not any("speaks of" in r for r in claim.reasons)


def test_an_organisation_named_as_an_outlet_of_the_story_is_that_outlet():
    from newstrace.claims import new_claim
    from newstrace.provenance import analyze

    # "according to the newspaper Havbladet" and "Havbladet, a local newspaper, reported" (the NER reading an organisation)
    # were "1 confirmed: 2 independent sources: Havbladet, Havbladet"; Havbladet's own article is in the story
    articles = {k: Article(id=k, text="t", outlet=o) for k, o in (("a", "Coast Herald"), ("b", "Nordic Wire"),
                                                                 ("c", "Havbladet"))}
    story = Story("s", "Ferry", ["a", "b", "c"], ["Coast Herald", "Nordic Wire", "Havbladet"])
    havbladet = {"org:havbladet": Entity("org:havbladet", "Havbladet", "ORG", ["Havbladet"])}
    cited = [mention("a", "Coast Herald", "the captain had reported a steering failure",
                     said("the newspaper Havbladet", None, "according to")),
             mention("b", "Nordic Wire", "the captain had reported a steering failure",
                     said("Havbladet, a local newspaper", "org:havbladet", "report"))]
    [claim] = analyze(story, [new_claim("s", cited, match=0.8)], [], havbladet, articles).claims
    assert {m.source for m in claim.mentions} == {"outlet:havbladet"} and claim.independent_sources == 1
    assert claim.credibility == 2, claim.reasons
    # ... and so is one a report cites as an outlet, whose article is not in the story ("the local newspaper Havbladet
    # reported" beside "Havbladet reported" were "1 confirmed" by two sources, one outlet and one organisation)
    story = Story("s", "Ferry", ["a", "b"], ["Coast Herald", "Nordic Wire"])
    [claim] = analyze(story, [new_claim("s", cited, match=0.8)], [], havbladet, articles).claims
    assert {m.source for m in claim.mentions} == {"outlet:havbladet"} and claim.credibility == 2, claim.reasons
