"""Countries, their names, capitals and demonyms (from the countryinfo package), and seats of government.

The package supplies the data; this module only indexes it. The short table of seats of government is ours:
no maintained package lists "the Kremlin" or "Downing Street" as names for a state.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import name_key

# Buildings and streets that stand for a government in news prose.
SEATS_OF_GOVERNMENT: dict[str, str] = {
    "kremlin": "Russia",
    "white house": "United States",
    "pentagon": "United States",
    "capitol hill": "United States",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    "elysee": "France",
    "elysee palace": "France",
    "quai d'orsay": "France",
    "zhongnanhai": "China",
    "blue house": "South Korea",
    "kantei": "Japan",
    "bankova": "Ukraine",
}

# Common short forms the package lists only as ISO codes, or not at all.
EXTRA_NAMES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "u.s.a.": "United States", "america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "dprk": "North Korea", "rok": "South Korea", "prc": "China", "uae": "United Arab Emirates",
    "washington": "United States",
}


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str]]:
    """key -> (country name, how it names the country: name | capital | demonym | seat)."""
    import countryinfo

    out: dict[str, tuple[str, str]] = {}
    demonyms: dict[str, tuple[int, str]] = {}  # key -> (population, country): the largest country keeps a shared
    #                                            demonym ("American": United States, not Northern Mariana Islands)
    for c in countryinfo.all_countries():
        try:
            name = c.name()
        except Exception:  # a few records lack fields; they are not countries we can name
            continue
        name = name.title() if name.islower() else name
        population = _population(c)
        out.setdefault(name_key(name), (name, "name"))
        for alt in c.alt_spellings() or []:
            if len(alt) > 3 and alt.isascii():
                out.setdefault(name_key(alt), (name, "name"))
        for capital in _strings(c.capital()):
            out.setdefault(name_key(capital), (name, "capital"))
            out.setdefault(name_key(capital.replace(" D.C.", "")), (name, "capital"))
        for demonym in _strings(c.demonym()):
            for k in (name_key(demonym), name_key(demonym) + "s"):
                if k not in demonyms or population > demonyms[k][0]:
                    demonyms[k] = (population, name)
    for k, (_, name) in demonyms.items():
        out.setdefault(k, (name, "demonym"))
    for k, v in EXTRA_NAMES.items():
        out[k] = (v, "name")
    for k, v in SEATS_OF_GOVERNMENT.items():
        out[k] = (v, "seat")
    return out


def _population(country: object) -> int:
    try:
        return int(country.population() or 0)  # type: ignore[attr-defined]
    except Exception:  # missing in a few records
        return 0


def _strings(value: object) -> list[str]:
    """The package gives a str, a list of str, or nothing."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str) and v]
    return []


def country_of(text: str) -> tuple[str, str] | None:
    """(country, relation) for a country name, alt spelling, capital, demonym or seat of government."""
    return _index().get(name_key(text))
