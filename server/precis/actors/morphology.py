"""Names in a language that inflects them: "России", "Россией" and "Россия" are one actor, shown as
"Россия".

Two tools, each for what it does well. Grouping uses Snowball stems (nltk, rules only): they treat a word
the dictionary has never seen ("Дуггана", "Дугган") the same way as a known one, so every case form of a
foreign surname lands in one group. The card's name is the group's form that pymorphy3 (OpenCorpora's
dictionary, MIT) reads as nominative; when the text has none ("Марка Дуггана" only), the most frequent
form stays — a form the reader saw rather than one we made up.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

#: Languages whose names take case endings, with Snowball's stemmer for them.
_STEMMERS = {"ru": "russian"}
_WORD_RE = re.compile(r"\w+", re.UNICODE)
#: Tags that mark a proper-name reading: among them the case is read (not from "марка", a stamp).
_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")


def inflects(language: str) -> bool:
    return language in _STEMMERS


@lru_cache(maxsize=4)
def _stemmer(language: str) -> Callable[[str], str]:
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer(_STEMMERS[language]).stem


def name_key(name: str, language: str) -> str:
    """The name with each word stemmed (acronyms and Latin words as written), spaces kept: keys compare
    like names ("Карл Шустер" holds the word of "Шустера")."""
    if language not in _STEMMERS:
        return name
    stem = _stemmer(language)

    def one(match: re.Match[str]) -> str:
        word = match.group()
        if word.isupper() or word.isascii() or len(word) < 4:
            return word
        return stem(word.casefold())

    return _WORD_RE.sub(one, name)


@lru_cache(maxsize=1)
def _analyser():  # -> pymorphy3.MorphAnalyzer
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=4096)
def _nominative_share(word: str) -> float:
    """How likely `word` is nominative: the share of its readings (proper-name ones when it has any)
    in the nominative case."""
    parses = _analyser().parse(word)
    proper = [p for p in parses if any(tag in p.tag for tag in _PROPER)] or parses
    total = sum(p.score for p in proper) or 1.0
    return sum(p.score for p in proper if p.tag.case == "nomn") / total


def _nominative(name: str) -> float:
    words = [w for w in _WORD_RE.findall(name) if not (w.isupper() or w.isascii())]
    if not words:
        return 1.0
    # The head decides: a genitive complement ("Министерство ... хозяйства") is not a case form.
    return _nominative_share(words[0])


def display_name(forms: Counter[str], language: str) -> str:
    """The name a card shows for a group of surface forms (with their counts)."""
    if language not in _STEMMERS or len(forms) == 1:
        return max(forms, key=lambda f: (forms[f], len(f), f))
    try:
        scored = {form: _nominative(form) for form in forms}
    except ImportError:  # pymorphy3 not installed: the most frequent form
        return max(forms, key=lambda f: (forms[f], len(f), f))
    return max(forms, key=lambda f: (scored[f] >= 0.5, len(f.split()), forms[f], scored[f], f))


def genitive_place(name: str, language: str) -> bool:
    """Whether a place's name can be read as a genitive ("Москвы", "России", "Нижегородской области":
    its last word), as it stands after the body it belongs to ("Арбитражный суд Москвы")."""
    words = _WORD_RE.findall(name)
    if language not in _STEMMERS or not words or words[-1].isupper():
        return False
    try:
        parses = _analyser().parse(words[-1])
    except ImportError:
        return False
    return any(p.tag.case == "gent" for p in parses)


#: German declines the adjectives and the head noun of a name ("der Deutsche Wetterdienst", "beim Deutschen
#: Wetterdienst", "des Deutschen Frauenrates"): the endings that differ between two forms of one name.
_GERMAN_INNER_ENDING_RE = re.compile(r"(?<=[^\W\d_]{3})(?:e[mnrs]?|s)$")
#: A genitive's "-es" or "-s" ("Verbandes", "Verbands"; "Hauses", not the "s" of "Haus" or "Kongress").
_GERMAN_GENITIVE_END_RE = re.compile(r"(?<=[^\W\d_]{3})(?:es|(?<=[^\W\d_aeiouäöüyßsxz])s)$")


def variant_key(name: str, language: str, declined: bool = True) -> str | None:
    """What two spellings of one name share: their letters without case ("VATIKAN", "Vatikan"; "quai
    d'Orsay") and, in German with `declined`, without the endings its declension adds ("Europäischen
    Union", "Europäische Union"). None for a short acronym, which may spell something else ("PISA",
    the study, beside "Pisa")."""
    if " " not in name and name.isupper() and len(name) <= 5:
        return None
    words = name.split(" ")
    if declined and language == "de" and len(words) > 1:
        words = [_GERMAN_INNER_ENDING_RE.sub("", w) if not w.isupper() else w for w in words[:-1]] + [
            words[-1] if words[-1].isupper() else _GERMAN_GENITIVE_END_RE.sub("", words[-1])
        ]
    return " ".join(words).casefold()


def oblique_endings(name: str) -> int:
    """How many of a German name's words carry an ending only an oblique case writes ("Deutschen",
    "Frauenrates"): fewer is nearer the name as it is named."""
    words = name.split(" ")
    # "-es" and "-er" also end a nominative ("Weißes Haus", "Deutscher Wetterdienst"), "-en" and "-em" not.
    inner = sum(
        w.endswith(("en", "em")) or (w.endswith("s") and not w.endswith("es"))
        for w in words[:-1]
        if not w.isupper()
    )
    return inner + bool(_GERMAN_GENITIVE_END_RE.search(words[-1]))
