"""How common a word is in a language: a common English word in German text is a word, not a name.

German pages borrow English words ("Fashion", "Leadership", "Cancel Culture", "Data"), which
no German dictionary holds, so they read like the unknown names of companies. The `wordfreq` package
(pinned by hash in server/requirements-models.txt: Apache-2.0 code, CC BY-SA 4.0 data from Wikipedia,
subtitles, news, books and the web) lists how often each word is written in ~40 languages; a word far more
common in English than in the page's language is a borrowed word, while a brand keeps a similar
frequency in both ("Apple", "Google", "Tesla").

We read only its small lists (the words written at least once per million, ~30,000 per language) with
srsly's msgpack reader, which spaCy already installs, and never import its code: its own dependencies
(ftfy, langcodes, regex, msgpack) would add nothing we use. The lists' frequencies are in centibels:
the n-th bucket holds the words of frequency 10^(-n/100), a Zipf value of 9 - n/100.
"""

from __future__ import annotations

import gzip
import logging
from functools import lru_cache
from importlib import metadata

import srsly

log = logging.getLogger("precis")

#: The Zipf value of the rarest word in a small list: a word the list lacks is at most this common.
RAREST_LISTED = 3.0
#: How common a word must be to count as a common word of its language ("fashion" 4.8 and "leadership"
#: 4.8 in English, "offene" 4.4 in German; "swimwear", 3.0 in English, is too rare to tell from a name).
COMMON_WORD = 3.5
#: How much more common in English than in the page's language a borrowed word is ("leadership" 3.2 in
#: German); a brand or a name is written about as often in both ("apple" 4.8 in English, 4.5 in German).
BORROWED_MARGIN = 0.8


@lru_cache(maxsize=8)
def _zipf_table(language: str) -> dict[str, float]:
    """Each listed word of `language` with its Zipf value; empty when the package or the list is missing."""
    try:
        path = metadata.distribution("wordfreq").locate_file(f"wordfreq/data/small_{language}.msgpack.gz")
        with gzip.open(path, "rb") as file:
            buckets = srsly.msgpack_loads(file.read())
    except (metadata.PackageNotFoundError, OSError, ValueError) as exc:
        log.warning("wordfreq's %s list is not available (%s)", language, type(exc).__name__)
        return {}
    table: dict[str, float] = {}
    for centibels, words in enumerate(buckets[1:], start=1):
        for word in words:
            table.setdefault(word, 9.0 - centibels / 100)
    return table


def zipf(word: str, language: str) -> float:
    """How common `word` is in `language` on the Zipf scale (log10 of uses per billion words): 0 when
    the list lacks it, which makes it rarer than `RAREST_LISTED`."""
    return _zipf_table(language).get(word.casefold(), 0.0)


def is_common_word(word: str, language: str) -> bool:
    """Whether `word` is a common word of `language` ("Offene", "Lange", "Apropos" in German), as a
    name seldom is; not a word in capitals, which may be an acronym ("DJ")."""
    return not word.isupper() and zipf(word, language) >= COMMON_WORD


def is_borrowed_english_word(word: str, language: str) -> bool:
    """Whether `word`, in a `language` page, is a common English word written far less in `language`
    ("Fashion" and "Governance" in German), not a name both languages write ("Apple", "Tesla")."""
    english = zipf(word, "en")
    return english >= COMMON_WORD and english >= zipf(word, language) + BORROWED_MARGIN


def warm_up() -> None:
    _zipf_table("en")
