"""Language detection with langdetect, made deterministic and safe on any input.

Why the extra care: langdetect is random unless seeded, raises on text without letters, and gives a
confident wrong answer on a few words (names: "Putin" comes out Finnish). We strip URLs, digits and
punctuation first, answer `und` when fewer than `MIN_LETTERS` letters remain, detect on a bounded sample
(the profiles are n-gram statistics: a few thousand characters decide as well as the whole text), and
call an answer reliable only with enough letters and a clear probability.

A page is judged paragraph by paragraph (`detect_document`): each paragraph votes with its number of
letters, so a German article with an English comment section stays German and the answer lists the
other languages it saw. When that vote is unsure, the page's own `lang` attribute (the extension sends it
as `language_hint`) decides. Titles are never used: names alone ("Putin", "Kim Jong Un") mislead it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from babel import Locale
from langdetect import DetectorFactory, LangDetectException
from langdetect import detector_factory as _langdetect

MIN_LETTERS = 20
RELIABLE_LETTERS = 60
RELIABLE_PROBABILITY = 0.80
SAMPLE_CHARACTERS = 2000
UNDETERMINED = "und"
#: Per-paragraph vote: at most this many paragraphs, spread over the whole text, each read up to this
#: length (and weighed by its full length), so a 200,000-word page costs what a few articles do.
VOTE_PARAGRAPHS = 24
VOTE_PARAGRAPH_CHARACTERS = 300
VOTE_CHUNK_CHARACTERS = 800
#: The vote stops after this many paragraphs (spread over the page) when they all name the same language
#: with at least `UNANIMOUS_PROBABILITY`: more votes could not change the winner, only find a stray
#: paragraph in another language, and each vote costs about a millisecond.
UNANIMOUS_VOTES = 6
UNANIMOUS_PROBABILITY = 0.99
#: The winner must hold this share of the letters for the page to be reliably one language.
RELIABLE_SHARE = 0.75
#: Another language is reported when it holds at least this share of the letters.
OTHER_LANGUAGE_SHARE = 0.05

_PARAGRAPH_RE = re.compile(r"\n\s*\n")
#: Kana, CJK ideographs and Hangul: one such character carries about what a word of 3 letters does, so it
#: counts 3 towards the thresholds (a 10-character Chinese sentence is a sentence, not noise).
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CJK_WEIGHT = 3

_NOISE_RE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[\d_]+")
_CODE_RE = re.compile(r"^[a-z]{2,3}$")
_LANGUAGE_TAG_RE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$")
#: langdetect's own codes that are not plain ISO 639-1.
_CANONICAL = {"zh-cn": "zh", "zh-tw": "zh"}


@dataclass(frozen=True, slots=True)
class OtherLanguage:
    code: str
    share: float


@dataclass(frozen=True, slots=True)
class LanguageResult:
    code: str
    name: str
    probability: float
    reliable: bool
    #: "detected", "hint" (the page's lang attribute decided an unsure vote) or "given" (the client named it)
    source: Literal["detected", "hint", "given"] = "detected"
    #: other languages seen in the text, by share of its letters (e.g. an English comment section)
    others: tuple[OtherLanguage, ...] = ()


def language_name(code: str) -> str:
    if code == UNDETERMINED:
        return "Undetermined"
    return Locale("en").languages.get(code, code)


def is_known_code(code: str) -> bool:
    """A language code a client may send: ISO 639-1/-2 as CLDR knows it."""
    return bool(_CODE_RE.match(code)) and code in Locale("en").languages


def code_from_tag(tag: str) -> str | None:
    """A page's language tag ("de-CH", "en_US") as a known code ("de"), or None when it names none."""
    match = _LANGUAGE_TAG_RE.match(tag.strip().lower())
    return match.group(1) if match and is_known_code(match.group(1)) else None


@lru_cache(maxsize=1)
def _factory_ready() -> bool:
    """Load langdetect's profiles once (~0.3 s); the app factory calls this at start-up."""
    DetectorFactory.seed = 0
    _langdetect.init_factory()
    return True


def warm_up() -> None:
    """langdetect's profiles and CLDR's language names (Babel reads them on first use: ~0.1 s)."""
    _factory_ready()
    language_name("en")


def supported_codes() -> list[str]:
    _factory_ready()
    return sorted({_CANONICAL.get(c, c) for c in _langdetect._factory.get_lang_list()})


def _letters_only(text: str) -> str:
    return _NOISE_RE.sub(" ", text)


def letter_weight(text: str) -> int:
    """Letters in `text`, CJK characters counting `CJK_WEIGHT` each: what the length thresholds compare."""
    return sum(ch.isalpha() for ch in text) + (CJK_WEIGHT - 1) * len(_CJK_RE.findall(text))


def detect(text: str) -> LanguageResult:
    """Detect the language of `text`; never raises."""
    _factory_ready()
    cleaned = _letters_only(text[: SAMPLE_CHARACTERS * 2])[:SAMPLE_CHARACTERS]
    letters = letter_weight(cleaned)
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
    return LanguageResult(code, language_name(code), 1.0, True, source="given")


def _vote_paragraphs(text: str) -> list[str]:
    """Paragraphs to vote with: blank-line blocks (else lines), spread evenly over the whole text."""
    pieces = [p for p in _PARAGRAPH_RE.split(text) if p.strip()]
    if len(pieces) < 2:
        pieces = [p for p in text.splitlines() if p.strip()]
    # Neighbouring short paragraphs vote together (a comment section still forms chunks of its own):
    # fewer, larger votes cost less and each is surer.
    paragraphs: list[str] = []
    for piece in pieces:
        if paragraphs and len(paragraphs[-1]) < VOTE_CHUNK_CHARACTERS:
            paragraphs[-1] += "\n\n" + piece
        else:
            paragraphs.append(piece)
    if len(paragraphs) > VOTE_PARAGRAPHS:
        step = len(paragraphs) / VOTE_PARAGRAPHS
        paragraphs = [paragraphs[int(i * step)] for i in range(VOTE_PARAGRAPHS)]
    return paragraphs


def _spread_first(paragraphs: list[str]) -> list[str]:
    """The same paragraphs, reordered so that the first `UNANIMOUS_VOTES` are spread over the page."""
    if len(paragraphs) <= UNANIMOUS_VOTES:
        return paragraphs
    step = len(paragraphs) / UNANIMOUS_VOTES
    first = sorted({int(i * step) for i in range(UNANIMOUS_VOTES)})
    chosen = set(first)
    return [paragraphs[i] for i in first] + [p for i, p in enumerate(paragraphs) if i not in chosen]


def detect_document(text: str, hint: str | None = None) -> LanguageResult:
    """The language of a whole page: a vote of its paragraphs weighted by letters, the hint breaking an
    unsure vote. Never raises."""
    paragraphs = _vote_paragraphs(text)
    if len(paragraphs) < 2:
        return _with_hint(detect(text), hint)
    weights: dict[str, float] = {}
    confidence: dict[str, float] = {}
    unanimous = 0
    for votes, paragraph in enumerate(_spread_first(paragraphs)):
        if votes == UNANIMOUS_VOTES and unanimous == votes and len(weights) == 1:
            break
        # Detection reads a bounded piece; the vote weighs the whole paragraph.
        result = detect(paragraph[:VOTE_PARAGRAPH_CHARACTERS])
        if result.code == UNDETERMINED:
            continue
        unanimous += result.probability >= UNANIMOUS_PROBABILITY
        letters = letter_weight(_letters_only(paragraph))
        weights[result.code] = weights.get(result.code, 0.0) + letters
        confidence[result.code] = confidence.get(result.code, 0.0) + letters * result.probability
    if not weights:
        return _with_hint(detect(text), hint)
    total = sum(weights.values())
    ranked = sorted(weights, key=lambda c: (-weights[c], c))
    code = ranked[0]
    share = weights[code] / total
    probability = round(confidence[code] / weights[code] * share, 4)
    reliable = (
        weights[code] >= RELIABLE_LETTERS and share >= RELIABLE_SHARE and probability >= RELIABLE_PROBABILITY
    )
    others = tuple(
        OtherLanguage(c, round(weights[c] / total, 3))
        for c in ranked[1:]
        if weights[c] / total >= OTHER_LANGUAGE_SHARE
    )
    return _with_hint(LanguageResult(code, language_name(code), probability, reliable, others=others), hint)


def _with_hint(result: LanguageResult, hint: str | None) -> LanguageResult:
    """An unsure detection yields to the page's declared language (it stays `reliable: false`)."""
    if result.reliable or not hint or not is_known_code(hint):
        return result
    others = tuple(o for o in result.others if o.code != hint)
    if result.code not in (UNDETERMINED, hint):
        others = (OtherLanguage(result.code, round(1.0 - sum(o.share for o in others), 3)), *others)
    return LanguageResult(hint, language_name(hint), result.probability, False, source="hint", others=others)
