"""`analyse()`: the one door to the NLP core — language → sentences → summary → actors.

Pure: no Flask, no I/O, no state shared between calls except loaded models. The HTTP API, the CLI, the
evaluation and the benchmarks all call this.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np

from . import extraction
from . import language as lang
from . import sentences as sent
from . import summary as summ
from .actors import Actor
from .actors.extractor import ActorExtractor

WORDS_PER_MINUTE = 200
#: Names are searched in at most this many words (the best-ranked sentences): the NER model reads ~12,000
#: words/s here, so a 200,000-word page would otherwise take 17 s. Every normal article is read whole.
ACTOR_WORD_BUDGET = 12_000
#: What the time budget assumes the NER model reads per second on a slow core (measured here: ~12,000).
ACTOR_WORDS_PER_SECOND = 8_000


class AnalysisError(ValueError):
    """The input cannot be analysed (e.g. no text at all); the API answers 422 with `code`."""

    def __init__(self, message: str, code: str = "no_usable_text") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    index: int
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class Stats:
    characters: int
    words: int
    sentences: int
    reading_time_seconds: int
    truncated: bool = False
    #: >1 on very long pages: sentences are compared within sections (see `summary.sections`).
    ranking_sections: int = 1
    #: < sentences on very long pages: names were searched in the best-ranked sentences only.
    actor_sentences: int = 0
    #: True when the time budget (a busy machine) cut the actor search short: the answer depends on the
    #: moment, not only on the text, so it must not be cached.
    time_limited: bool = False


@dataclass
class Analysis:
    language: lang.LanguageResult
    summary: list[SummarySentence]
    actors: list[Actor]
    algorithm: str
    stats: Stats
    timings_ms: dict[str, float] = field(default_factory=dict)
    #: Only for HTML input: the extracted text that the offsets index, and the page's title.
    text: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("text", "title"):
            if data[name] is None:
                del data[name]
        for actor in data["actors"]:
            actor["mentions_at"] = [list(span) for span in actor["mentions_at"]]
        return data


@lru_cache(maxsize=1)
def default_extractor() -> ActorExtractor:
    return ActorExtractor()


def warm_up(extractor: ActorExtractor | None = None) -> None:
    """Load what the first request would otherwise wait for: language profiles, Punkt and NER models."""
    lang.warm_up()
    sent.warm_up()
    (extractor or default_extractor()).warm_up()
    for code in ("de", "en"):  # stemmers, stop words, scipy's first sparse product
        sample = sent.split("Berlin ist eine große Stadt in Europa. Paris ist auch eine Stadt dort.", code)
        summ.get("precis").summarise(sample, 1, code)


def _truncate(text: str, limit: int) -> str:
    """Cut at the last paragraph (else sentence, else word) boundary before `limit`."""
    if len(text) <= limit:
        return text
    for boundary in ("\n\n", "\n", ". ", " "):
        cut = text.rfind(boundary, limit // 2, limit)
        if cut > 0:
            return text[: cut + len(boundary)].rstrip()
    return text[:limit]


def actor_scope(
    split: list[sent.Sentence], scores: np.ndarray, summary_indices: set[int], budget: int
) -> list[sent.Sentence] | None:
    """None (read everything) when the text fits the budget; else the summary sentences and then the
    best-ranked others until `budget` words, in document order (nothing at all for a budget of 0)."""
    if sum(len(s.words) for s in split) <= budget:
        return None
    if budget <= 0:
        return []
    order = sorted(range(len(split)), key=lambda i: (i not in summary_indices, -scores[i], i))
    chosen, words = [], 0
    for i in order:
        if words >= budget:
            break
        chosen.append(i)
        words += len(split[i].words)
    return [split[i] for i in sorted(chosen)]


def analyse(
    text: str,
    *,
    language: str | None = None,
    sentences: int | None = None,
    algorithm: str | None = None,
    title: str | None = None,
    max_characters: int | None = None,
    actor_extractor: ActorExtractor | None = None,
    actor_word_budget: int = ACTOR_WORD_BUDGET,
    time_budget_seconds: float | None = None,
    language_hint: str | None = None,
    find_actors: bool = True,
) -> Analysis:
    """Summarise `text` and find its key actors.

    `language` (ISO 639-1) skips detection; `sentences` (1-20) fixes the summary length, which otherwise
    follows the article's length; `algorithm` names a summariser in `summary.SUMMARISERS`;
    `language_hint` (the page's declared language) decides when detection is unsure. With
    `time_budget_seconds`, the actor search shrinks to what the time left allows (none when none is left),
    so one request cannot hold a worker for long; `stats.actor_sentences` says how much was read.
    `find_actors=False` skips the actor search (most of the time on a normal article) for callers that
    want only the summary.
    """
    if not isinstance(text, str) or not text.strip():
        raise AnalysisError("the text is empty")
    algorithm = algorithm or "precis"
    summariser = summ.get(algorithm)
    truncated = max_characters is not None and len(text) > max_characters
    if truncated:
        text = _truncate(text, max_characters)

    timings: dict[str, float] = {}
    started = clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = round((now - clock) * 1000, 2)
        clock = now

    detected = lang.given(language) if language else lang.detect_document(text, language_hint)
    code = detected.code if detected.code != lang.UNDETERMINED else "en"
    lap("language")

    split = sent.split(text, code)
    if not split:
        raise AnalysisError("the text has no sentences with letters or digits")
    lap("sentences")

    try:
        summariser.check_size(split)
    except summ.TooLongForSummariser as exc:
        raise AnalysisError(str(exc), "too_long_for_algorithm") from None
    count = sentences if sentences is not None else summ.default_length(len(split))
    ranking = summariser.rank(split, min(count, len(split)), code, title)
    summary = [
        SummarySentence(c.sentence.text, c.sentence.index, c.sentence.start, c.sentence.end, c.score)
        for c in ranking.chosen
    ]
    lap("summary")

    extractor = actor_extractor or default_extractor()
    summary_indices = {s.index for s in summary}
    if not find_actors:
        actor_word_budget = 0
    word_count = sum(len(s.words) for s in split)
    time_limited = False
    if time_budget_seconds is not None:
        left = time_budget_seconds - (time.perf_counter() - started)
        words_in_time = max(0, int(left * ACTOR_WORDS_PER_SECOND))
        time_limited = words_in_time < min(actor_word_budget, word_count)
        actor_word_budget = min(actor_word_budget, words_in_time)
    scope = actor_scope(split, ranking.scores, summary_indices, actor_word_budget)
    actors = extractor.extract(text, code, split, summary_indices, scope) if scope != [] else []
    lap("actors")

    stats = Stats(
        characters=len(text),
        words=word_count,
        sentences=len(split),
        reading_time_seconds=round(word_count * 60 / WORDS_PER_MINUTE),
        truncated=truncated,
        ranking_sections=len(summ.sections(split)),
        actor_sentences=len(scope) if scope is not None else len(split),
        time_limited=time_limited,
    )
    timings["total"] = round((time.perf_counter() - started) * 1000, 2)
    return Analysis(detected, summary, actors, algorithm, stats, timings)


def analyse_html(
    html: str, *, url: str | None = None, require_article: bool = False, **options: Any
) -> Analysis:
    """`analyse()` on the main text of a web page (trafilatura). The answer carries that text, so that
    its offsets can be mapped, and the page's title; the page's declared language is the hint. With
    `require_article`, a site's front page is refused (`not_an_article`) rather than summarised."""
    started = time.perf_counter()
    try:
        page = extraction.extract_page(html, url, require_article=require_article)
    except extraction.ExtractionError as exc:
        raise AnalysisError(str(exc), exc.code) from None
    text, truncated = page.text, False
    limit = options.pop("max_characters", None)
    if limit is not None and len(text) > limit:
        text, truncated = _truncate(text, limit), True
    options["title"] = options.get("title") or page.title
    options["language_hint"] = options.get("language_hint") or page.declared_language
    extracted_ms = round((time.perf_counter() - started) * 1000, 2)
    if options.get("time_budget_seconds") is not None:  # the budget counts from the request, not from here
        options["time_budget_seconds"] = max(0.0, options["time_budget_seconds"] - extracted_ms / 1000)
    result = analyse(text, **options)
    result.stats = replace(result.stats, truncated=truncated)
    result.timings_ms = {"extraction": extracted_ms, **result.timings_ms}
    result.timings_ms["total"] = round(result.timings_ms["total"] + extracted_ms, 2)
    result.text, result.title = text, options["title"]
    return result
