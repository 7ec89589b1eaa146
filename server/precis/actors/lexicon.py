"""German common nouns: which capitalised German words are things, not names.

German capitalises every noun, so a capitalised word says nothing about being a name; the German model
then takes some nouns for actors ("Samstagfrüh" as a person) and keeps compounds about a name
("Astrazeneca-Impfstoff", "Brexit-Deal"). The `german-nouns` package (pinned by hash in
server/requirements-models.txt) lists ~100,000 nouns of the German Wiktionary with every case form; a
word that is only ever a common noun there — no first name, surname, place or other proper name shares
it — is not an actor's name.

We read only its CSV (never its code) and keep a sorted array of the forms' hashes: 2 MB instead of the
~40 MB a set of 263,000 strings takes, looked up by binary search.
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


@lru_cache(maxsize=1)
def _common_noun_hashes() -> np.ndarray:
    """The sorted hashes of every form of a German common noun (empty when the package is missing)."""
    try:
        path = metadata.distribution("german-nouns").locate_file("german_nouns/nouns.csv")
        with open(path, encoding="utf-8", newline="") as file:
            rows = csv.reader(file)
            next(rows)
            common: set[str] = set()
            proper: set[str] = set()
            for row in rows:
                forms = {form for form in row[_FORMS_FROM_COLUMN:] if form}
                forms.add(row[0])
                (proper if _PROPER_KINDS.intersection(row[1].split(",")) else common).update(forms)
    except (metadata.PackageNotFoundError, OSError, StopIteration) as exc:
        log.warning("german-nouns is not installed (%s): German nouns may show as actors", type(exc).__name__)
        return np.empty(0, dtype=np.int64)
    return np.unique(np.fromiter((hash(word) for word in common - proper), dtype=np.int64))


def is_german_common_noun(word: str) -> bool:
    """Whether `word` is a form of a German common noun and of no proper name."""
    hashes = _common_noun_hashes()
    key = hash(word)
    at = int(np.searchsorted(hashes, key))
    return at < len(hashes) and int(hashes[at]) == key


def warm_up() -> None:
    _common_noun_hashes()
