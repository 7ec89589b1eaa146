"""Language detection with langdetect, made deterministic and safe on any input.

Why the extra care: langdetect is random unless seeded, raises on text without letters, and gives a
confident wrong answer on a few words (names: "Putin" comes out Finnish). We strip URLs, digits and
punctuation first, answer `und` when fewer than `MIN_LETTERS` letters remain, detect on a bounded sample
(the profiles are n-gram statistics: a few thousand characters decide as well as the whole text), and
call an answer reliable only with enough letters and a clear probability.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from langdetect import DetectorFactory, LangDetectException
from langdetect import detector_factory as _langdetect

MIN_LETTERS = 20
RELIABLE_LETTERS = 60
RELIABLE_PROBABILITY = 0.80
SAMPLE_CHARACTERS = 2000
UNDETERMINED = "und"

_NOISE_RE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[\d_]+")
_CODE_RE = re.compile(r"^[a-z]{2,3}$")
#: langdetect's own codes that are not plain ISO 639-1.
_CANONICAL = {"zh-cn": "zh", "zh-tw": "zh"}


@dataclass(frozen=True, slots=True)
class LanguageResult:
    code: str
    name: str
    probability: float
    reliable: bool


def language_name(code: str) -> str:
    if code == UNDETERMINED:
        return "Undetermined"
    return Locale("en").languages.get(code, code)


def is_known_code(code: str) -> bool:
    """A language code a client may send: ISO 639-1/-2 as CLDR knows it."""
    return bool(_CODE_RE.match(code)) and code in Locale("en").languages


@lru_cache(maxsize=1)
def _factory_ready() -> bool:
    """Load langdetect's profiles once (~0.3 s); the app factory calls this at start-up."""
    DetectorFactory.seed = 0
    _langdetect.init_factory()
    return True


def warm_up() -> None:
    _factory_ready()


def supported_codes() -> list[str]:
    _factory_ready()
    return sorted({_CANONICAL.get(c, c) for c in _langdetect._factory.get_lang_list()})


def _letters_only(text: str) -> str:
    return _NOISE_RE.sub(" ", text)


def detect(text: str) -> LanguageResult:
    """Detect the language of `text`; never raises."""
    _factory_ready()
    cleaned = _letters_only(text[: SAMPLE_CHARACTERS * 2])[:SAMPLE_CHARACTERS]
    letters = sum(ch.isalpha() for ch in cleaned)
    if letters < MIN_LETTERS:
        return LanguageResult(UNDETERMINED, language_name(UNDETERMINED), 0.0, False)
    try:
        detector = _langdetect._factory.create()
        detector.append(cleaned)
        candidates = detector.get_probabilities()
    except LangDetectException:
        return LanguageResult(UNDETERMINED, language_name(UNDETERMINED), 0.0, False)
    if not candidates:
        return LanguageResult(UNDETERMINED, language_name(UNDETERMINED), 0.0, False)
    best = candidates[0]
    code = _CANONICAL.get(best.lang, best.lang)
    probability = round(float(best.prob), 4)
    reliable = letters >= RELIABLE_LETTERS and probability >= RELIABLE_PROBABILITY
    return LanguageResult(code, language_name(code), probability, reliable)


def given(code: str) -> LanguageResult:
    """The client named the language: trust it."""
    return LanguageResult(code, language_name(code), 1.0, True)
