"""German common nouns: which capitalised German words are things, not names.

German capitalises every noun, so a capitalised word says nothing about being a name; the German model
then takes some nouns for actors ("Samstagfrüh" as a person) and keeps compounds about a name
("Astrazeneca-Impfstoff", "Brexit-Deal"). The `german-nouns` package (pinned by hash in
server/requirements-models.txt) lists ~100,000 nouns of the German Wiktionary with every case form; a
word that is only ever a common noun there — no first name, surname, place or other proper name shares
it — is not an actor's name.

We read only its CSV (never its code) and keep sorted arrays of the forms' hashes — every common noun's
forms, and those that are only ever a plural or case form — 3.4 MB instead of the ~40 MB a set of
263,000 strings takes, looked up by binary search.
"""

from __future__ import annotations

import csv
import logging
from functools import lru_cache
from importlib import metadata

import numpy as np

log = logging.getLogger("precis")

#: Wiktionary parts of speech that make a word a name (a noun may be a surname too: "Fuchs", "Schuster").
_PROPER_KINDS = frozenset({"Toponym", "Nachname", "Vorname", "Eigenname", "Abkürzung", "Straßenname"})
#: Columns of nouns.csv before the case forms: lemma, pos, genus and four alternative genera.
_FORMS_FROM_COLUMN = 7


#: Declension of nouns made from adjectives: their plural is a party's name ("Grünen", "Linken").
_ADJECTIVAL = "adjektivische Deklination"
#: The nominative singular columns: a noun's base form, which a company or a place may take as its
#: name ("Twitter", "Tesla", "Rheinland"), unlike its plural and genitive.
_BASE_COLUMNS = frozenset(
    {"nominativ singular", "nominativ singular*"} | {f"nominativ singular {i}" for i in range(1, 5)}
)


@lru_cache(maxsize=1)
def _noun_hashes() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The sorted hashes of every form of a German common noun, of those that are a name's too
    ("Richter", "Zeit", "Zug"), of those only ever inflected — a plural or a case form of a common
    noun, never a base form nor a name — and of every proper name's forms ("Düsseldorf", "Spree",
    "Kämpf"); all empty when the package is missing."""
    empty = np.empty(0, dtype=np.int64)
    try:
        path = metadata.distribution("german-nouns").locate_file("german_nouns/nouns.csv")
        with open(path, encoding="utf-8", newline="") as file:
            rows = csv.reader(file)
            header = next(rows)
            base_columns = [i for i, column in enumerate(header) if column in _BASE_COLUMNS]
            common: set[str] = set()
            proper: set[str] = set()
            base: set[str] = set()
            inflected: set[str] = set()
            adjectival: set[str] = set()
            for row in rows:
                forms = {form for form in row[_FORMS_FROM_COLUMN:] if form}
                forms.add(row[0])
                kinds = set(row[1].split(","))
                if _PROPER_KINDS & kinds:
                    proper.update(forms)
                    continue
                common.update(forms)
                base.add(row[0])
                base.update(row[i] for i in base_columns if i < len(row) and row[i])
                (adjectival if _ADJECTIVAL in kinds else inflected).update(forms)
    except (metadata.PackageNotFoundError, OSError, StopIteration) as exc:
        log.warning("german-nouns is not installed (%s): German nouns may show as actors", type(exc).__name__)
        return empty, empty, empty, empty

    def hashes(words: set[str]) -> np.ndarray:
        return np.unique(np.fromiter((hash(word) for word in words), dtype=np.int64))

    return (
        hashes(common),
        hashes(proper & common),
        hashes(inflected - base - adjectival - proper),
        hashes(proper),
    )


def _holds(hashes: np.ndarray, word: str) -> bool:
    key = hash(word)
    at = int(np.searchsorted(hashes, key))
    return at < len(hashes) and int(hashes[at]) == key


def is_german_common_noun(word: str) -> bool:
    """Whether `word` is a form of a German common noun and of no proper name."""
    common, named, _, _ = _noun_hashes()
    return _holds(common, word) and not _holds(named, word)


def is_german_proper_name(word: str) -> bool:
    """Whether `word` is a form of a name the German Wiktionary lists: a place, a surname, a given name."""
    return _holds(_noun_hashes()[3], word)


def is_german_noun(word: str) -> bool:
    """Whether `word` is a form of a German common noun, whether or not a name shares it ("Richter",
    "Zeit")."""
    return _holds(_noun_hashes()[0], word)


#: The shortest common noun a compound may end in ("Flixbus" ends in "Bus", but "Krafcik" in no "Fcik").
COMPOUND_TAIL = 4


def is_german_noun_or_compound(word: str) -> bool:
    """Whether `word` is a German common noun or a compound ending in one of `COMPOUND_TAIL` letters or
    more ("Abschiedsgala", "Raketentechnologie")."""
    return is_german_noun(word) or any(
        is_german_noun(word[cut].upper() + word[cut + 1 :]) for cut in range(1, len(word) - COMPOUND_TAIL + 1)
    )


#: The shortest parts of a compound of two nouns that `is_german_noun_compound` reads: shorter ones match
#: by chance ("Alb" + "Recht" in "Albrecht", "Silbers" + "Tein").
COMPOUND_HEAD, COMPOUND_NOUN_TAIL = 4, 5
#: The joints between a compound's parts ("Patrizier|familie", "Hass|kriminalität", "Blumen|feld").
_LINKING_ENDINGS = ("s", "n", "en", "es", "e")


def is_german_noun_compound(word: str) -> bool:
    """Whether `word` is two German nouns joined ("Pfotenschuhe", "Autoliebhaber", "Patrizierfamilie"):
    its last part a common noun no name shares, of `COMPOUND_NOUN_TAIL` letters or more, the part before
    it a noun (after a joint) of `COMPOUND_HEAD` or more. Surnames made of nouns ("Schwarzkopf",
    "Steinmeier") mostly end in a short or a name's part and are not."""
    for cut in range(COMPOUND_HEAD, len(word) - COMPOUND_NOUN_TAIL + 1):
        head, tail = word[:cut], word[cut].upper() + word[cut + 1 :]
        if not is_german_common_noun(tail):
            continue
        heads = [head] + [head[: -len(end)] for end in _LINKING_ENDINGS if head.endswith(end)]
        if any(len(h) >= COMPOUND_HEAD and is_german_noun(h) for h in heads):
            return True
    return False


def is_inflected_german_noun(word: str) -> bool:
    """Whether `word` is a plural or case form of a German common noun ("Dienstreisen",
    "Regierungskreise", "Entwurfs") and never a noun's base form or a name: no company, place or party
    is named by one ("Grünen" and "Linken" decline as adjectives and are left out)."""
    return _holds(_noun_hashes()[2], word)


def warm_up() -> None:
    _noun_hashes()
