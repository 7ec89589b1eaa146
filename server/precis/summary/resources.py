"""What ranking needs from a language: sumy's Snowball stemmer and stop words, remembered per language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sumy.nlp.stemmers import Stemmer, null_stemmer
from sumy.utils import get_stop_words

#: ISO 639-1 → the language name sumy's stemmers and stop-word lists use.
SUMY_LANGUAGES = {
    "ar": "arabic",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "he": "hebrew",
    "hu": "hungarian",
    "it": "italian",
    "ja": "japanese",
    "ko": "korean",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sk": "slovak",
    "sv": "swedish",
    "uk": "ukrainian",
    "zh": "chinese",
}

#: Stems remembered per language (~100 bytes each).
STEM_CACHE_WORDS = 100_000


@dataclass(frozen=True, slots=True)
class LanguageResources:
    """What ranking needs from a language; `level` tells the client how well we support it."""

    stem: Callable[[str], str]
    stop_words: frozenset[str]
    level: str  # "full" (stemmer + stop words), "reduced" (one of them), "basic" (neither)


def _numbers_kept(stem: Callable[[str], str]) -> Callable[[str], str]:
    """A number is its own stem (every Snowball stemmer agrees): not stemmed, not remembered — a page of
    200,000 distinct numbers would flush the cache and take a second — and not shown to sumy's Czech
    stemmer, which warns about each one."""

    def stem_word(word: str) -> str:
        return word if word.isdigit() else stem(word)

    return stem_word


@lru_cache(maxsize=64)
def resources(code: str) -> LanguageResources:
    name = SUMY_LANGUAGES.get(code)
    stem: Callable[[str], str] = null_stemmer
    stop_words: frozenset[str] = frozenset()
    if name:
        try:
            snowball = Stemmer(name)
            snowball("probe")  # Greek and Polish need optional packages and fail only on first use
            # Remembered across requests: news vocabulary repeats, and NLTK's Snowball stemmers are
            # pure Python (two thirds of the summary's time on a long page without this).
            stem = _numbers_kept(lru_cache(maxsize=STEM_CACHE_WORDS)(snowball))
        except (LookupError, ValueError):
            stem = null_stemmer
        try:
            stop_words = frozenset(get_stop_words(name))
        except LookupError:
            pass
    have = (stem is not null_stemmer) + bool(stop_words)
    return LanguageResources(stem, stop_words, ("basic", "reduced", "full")[have])
