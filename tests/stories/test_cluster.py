"""Story clustering on hand-made features: order independence, duplicates, time window, incidents apart."""

from __future__ import annotations

import random
import zlib
from collections import Counter
from datetime import date

import numpy as np
import pytest

from newstrace.config import Config
from newstrace.stories.cluster import cluster
from newstrace.stories.features import ArticleFeatures, terms


def feat(aid: str, direction: int, words: str, entities: list[str], day: str | None, dup: str | None = None,
         noise: float = 0.05, seed: int = 0) -> ArticleFeatures:
    rng = np.random.default_rng(zlib.crc32(f"{aid}:{seed}".encode()))  # str hash() changes per process
    v = np.zeros(16, dtype=np.float32)
    v[direction] = 1.0
    v += rng.normal(0, noise, 16).astype(np.float32)
    v /= np.linalg.norm(v)
    d = date.fromisoformat(day).toordinal() if day else None
    return ArticleFeatures(aid, v, terms(words), Counter(entities), d, duplicate_of=dup,
                           order=(d if d is not None else float("inf"), aid))


DEFAULTS = Config(file=None)
SHIP = "container ship ran aground containers overboard coastal administration salvage crew rescued"
CABLE = "undersea power cable agreement energy minister gigawatts construction grid link"


def corpus() -> list[ArticleFeatures]:
    return [
        feat("ship-1", 0, SHIP, ["person:ingridsolberg", "gpe:sotra"], "2026-03-10"),
        feat("ship-2", 0, SHIP + " owner halvorsen", ["person:ingridsolberg", "org:halvorsen"], "2026-03-10"),
        feat("ship-3", 0, SHIP + " inquiry", ["gpe:sotra", "org:halvorsen"], "2026-03-11"),
        feat("ship-copy", 0, SHIP, ["person:ingridsolberg"], "2026-03-10", dup="ship-1"),
        feat("cable-1", 1, CABLE, ["person:ritacoelho", "country:portugal"], "2026-05-14"),
        feat("cable-2", 1, CABLE + " lisbon rabat", ["person:ritacoelho", "country:morocco"], "2026-05-15"),
    ]


def partition(index) -> set[frozenset[str]]:
    return {frozenset(s.members) for s in index.stories.values()}


def run(features, threshold: float = DEFAULTS.story_threshold, attach: float = DEFAULTS.story_attach_threshold):
    return cluster(features, 16, threshold=threshold, window_days=30, candidates=10,
                   merge_threshold=threshold + DEFAULTS.story_merge_threshold - DEFAULTS.story_threshold,
                   attach_threshold=attach)


def test_events_group_and_file_order_does_not_matter():
    expected = {frozenset({"ship-1", "ship-2", "ship-3", "ship-copy"}), frozenset({"cable-1", "cable-2"})}
    for seed in range(5):
        items = corpus()
        random.Random(seed).shuffle(items)
        assert partition(run(items)) == expected


def test_near_duplicate_joins_its_original_story_whatever_its_text():
    items = corpus() + [feat("odd-copy", 5, "completely different words", [], "2026-03-12", dup="ship-2")]
    index = run(items)
    assert index.story_of["odd-copy"] == index.story_of["ship-2"]


def test_same_type_different_incidents_stay_apart():
    shooting = "man shot killed police said suspect gunfire victim hospital"
    items = [
        feat("a1", 2, shooting + " milwaukee interstate", ["gpe:milwaukee", "person:jones"], "2016-09-11"),
        feat("a2", 2, shooting + " milwaukee interstate", ["gpe:milwaukee", "person:jones"], "2016-09-12"),
        feat("b1", 2, shooting + " little rock drive-by", ["gpe:littlerock", "person:reed"], "2016-11-23"),
        feat("b2", 2, shooting + " little rock drive-by", ["gpe:littlerock", "person:reed"], "2016-11-23"),
    ]
    assert partition(run(items)) == {frozenset({"a1", "a2"}), frozenset({"b1", "b2"})}


def test_articles_without_dates_cluster_on_content():
    items = [feat("n1", 3, CABLE, ["person:ritacoelho"], None), feat("n2", 3, CABLE, ["person:ritacoelho"], None),
             feat("n3", 4, SHIP, [], None)]
    assert partition(run(items)) == {frozenset({"n1", "n2"}), frozenset({"n3"})}


@pytest.mark.parametrize("days_later,together", [(2, True), (200, False)])
def test_time_window(days_later, together):
    later = date.fromordinal(date(2026, 3, 10).toordinal() + days_later).isoformat()
    items = [feat("x1", 0, SHIP, ["gpe:sotra"], "2026-03-10"), feat("x2", 0, SHIP, ["gpe:sotra"], later)]
    assert (len(run(items).stories) == 1) is together


def test_undated_reports_stating_other_figures_stay_apart():
    # two monthly jobs reports, no dates: close in words and embedding, told apart by their figures
    september = "economy added jobs unemployment rate payrolls labor september analysts forecast"
    october = "economy added jobs unemployment rate payrolls october expectations hiring wages"

    def report(aid: str, words: str, cos: float, figures: list[str]) -> ArticleFeatures:
        v = np.zeros(16, dtype=np.float32)
        v[6], v[7] = cos, np.sqrt(1 - cos * cos)
        return ArticleFeatures(aid, v, terms(words), Counter(), None, order=(float("inf"), aid),
                               figures=frozenset(figures))

    def stories(a: list[str], b: list[str]) -> int:
        return len(partition(run([report("sep", september, 1.0, a), report("oct", october, 0.3, b)])))

    assert stories(["1.36e+05"], ["2.5e+05"]) == 2
    assert stories(["1.36e+05"], ["1.36e+05", "3.5%"]) == 1 and stories([], ["2.5e+05"]) == 1


def test_undated_reports_need_more_agreement_than_reports_of_one_day():
    words = "flooding river levels evacuation residents rainfall forecast emergency crews"
    other = "flooding river schools closed bridge inspected volunteers donations shelter"

    def pair(day: str | None) -> int:
        return len(partition(run([feat("x", 0, words, [], day), feat("y", 0, other, [], day, seed=1)])))

    assert pair("2026-02-03") == 1 and pair(None) == 2


def test_figures_are_normalised_and_years_left_out():
    from newstrace.stories.features import figures

    assert figures("Parliament passes $2.4T budget") == figures("Assembly passes $2.4 trillion budget") == {"2.4e+12"}
    assert figures("Norway adds 42,000 jobs, unemployment at 3.2% in 2019") == {"4.2e+04", "3.2%"}
    assert figures("5 killed in 3 shootings, 51-48 vote, a 50 m sprint") == frozenset()
    assert figures("a $900B package") == {"9e+11"}


FLOOD = "river flooding evacuation residents rainfall levels emergency crews sandbags overnight"
FLOOD_BRIDGE = "river flooding evacuation residents rainfall levels emergency crews bridge closed"


def flood_story() -> list[ArticleFeatures]:
    return [feat("a1", 0, FLOOD, ["gpe:riverton"], "2026-04-02"),
            feat("a2", 0, FLOOD_BRIDGE, ["gpe:riverton"], "2026-04-02", seed=1)]


def test_lone_report_joins_the_story_of_its_reciprocal_best_match():
    # worded apart from the story as a whole (below the story threshold), but it and a2 match each other best
    bridge = feat("b", 5, "bridge closed inspectors cracks engineers traffic detour damage flooding", [],
                  "2026-04-02", seed=2)
    assert partition(run(flood_story() + [bridge], attach=1.0)) == {frozenset({"a1", "a2"}), frozenset({"b"})}
    index = run(flood_story() + [bridge])
    assert partition(index) == {frozenset({"a1", "a2", "b"})}
    assert DEFAULTS.story_attach_threshold <= index.scores["b"] < 1.0  # the pair score it joined with


def test_two_lone_reports_are_not_paired_by_the_attach_pass():
    bridge = feat("b", 5, "bridge closed inspectors cracks engineers flooding river evacuation", [], None, seed=2)
    assert partition(run(flood_story() + [bridge])) == {frozenset({"a1", "a2", "b"})}
    alone = [flood_story()[1], bridge]  # the same pair without a story around a2: below the threshold, apart
    assert partition(run(alone)) == {frozenset({"a2"}), frozenset({"b"})}


def test_a_place_name_alone_does_not_attach_a_lone_report():
    # the only other report in the corpus: the town's budget vote is the flood reports' best match by default
    budget = feat("c", 3, "council budget vote schools funding teachers salaries property tax", ["gpe:riverton"],
                  "2026-04-02")
    assert partition(run(flood_story() + [budget])) == {frozenset({"a1", "a2"}), frozenset({"c"})}


def test_a_long_stream_holds_only_the_stories_within_reach():
    """A stream of 300 days, a story a day, each reported twice: what the index holds stays a few windows of
    news (forget_before), and the newest reports still find their story."""
    from datetime import timedelta

    from newstrace.stories.cluster import StoryIndex

    index = StoryIndex(16, DEFAULTS.story_threshold, window_days=10, candidates=DEFAULTS.story_candidates)
    start = date(2025, 1, 1)
    held = []
    for n in range(300):
        day = (start + timedelta(days=n)).isoformat()
        words = f"{SHIP} day{n} harbour{n} vessel{n}"
        for i in range(2):
            f = feat(f"d{n}-{i}", n % 16, words, [f"gpe:port{n}"], day, noise=0.01)
            index.add(f)
        index.forget_before(date.fromisoformat(day).toordinal())
        held.append((len(index.stories), sum(b.index.ntotal for b in index.buckets.values()), len(index.story_of)))
    assert index.story_of["d299-1"] == index.story_of["d299-0"]
    assert max(s for s, _, _ in held) <= 11  # the stories of one window and a day: the rest were let go
    assert max(rows for _, rows, _ in held) <= 2 * 3 * 10 * 2  # at most three windows of rows...
    assert held[-1] == held[-101]  # ...and no growth with the length of the stream
    assert all(aid.startswith(("d29", "d28")) for aid in index.story_of)
