"""The summariser interface: score every candidate sentence, then pick the best in document order."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..sentences import Sentence
from .candidates import MIN_SUMMARY_WORDS, candidates, choose_distinct

MAX_SENTENCES = 20


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    sentence: Sentence
    score: float


@dataclass(frozen=True, slots=True)
class Ranking:
    """The chosen sentences, and every sentence's score (the pipeline bounds actor search by it)."""

    chosen: list[ScoredSentence]
    scores: np.ndarray


def default_length(sentence_count: int) -> int:
    """Longer articles get longer summaries: 3 for a short news item, up to 7 for a long report."""
    if sentence_count <= 3:
        return sentence_count
    return max(3, min(7, round(0.8 * math.sqrt(sentence_count))))


def eligible(sentence: Sentence) -> bool:
    """Fragments, captions and bylines are never picked."""
    return len(sentence.words) >= MIN_SUMMARY_WORDS


class TooLongForSummariser(ValueError):
    """The text is longer than the chosen summariser can rank in about a second."""


class Summariser:
    """Scores every sentence (higher is better); `choose` turns scores into a summary.

    `max_sentences` / `max_words` bound what a summariser with super-linear cost accepts (sumy's compare
    every pair of sentences in Python, or build dense matrices): `check_size` refuses more, so no client
    can make one request cost a minute and gigabytes. Ours are linear and unbounded (None)."""

    name = "abstract"
    max_sentences: int | None = None
    max_words: int | None = None

    def check_size(self, sentences: Sequence[Sentence]) -> None:
        """Raise `TooLongForSummariser` when `sentences` exceed this summariser's bounds."""
        if self.max_sentences is None and self.max_words is None:
            return
        count = len(sentences)
        word_count = sum(len(s.words) for s in sentences)
        if (self.max_sentences is not None and count > self.max_sentences) or (
            self.max_words is not None and word_count > self.max_words
        ):
            raise TooLongForSummariser(
                f"'{self.name}' ranks at most {self.max_sentences} sentences and {self.max_words} words "
                f"(this text has {count} and {word_count}); use 'precis' for long texts"
            )

    def scores(self, sentences: Sequence[Sentence], language: str, title: str | None) -> np.ndarray:
        raise NotImplementedError

    def choose(
        self,
        sentences: Sequence[Sentence],
        scores: np.ndarray,
        count: int,
        language: str,
        allowed: np.ndarray | None = None,
    ) -> list[int]:
        return top_eligible(sentences, scores, count, language, allowed)

    def rank(
        self, sentences: Sequence[Sentence], count: int, language: str, title: str | None = None
    ) -> Ranking:
        """Scores for every sentence; the summary from the candidates only (`candidates.py`)."""
        if not sentences:
            return Ranking([], np.zeros(0))
        scores = np.asarray(self.scores(sentences, language, title), dtype=float)
        allowed = candidates(sentences, title)
        chosen = self.choose(sentences, scores, count, language, allowed) if count > 0 else []
        return Ranking(_scored(sentences, scores, chosen), scores)

    def summarise(
        self, sentences: Sequence[Sentence], count: int, language: str, title: str | None = None
    ) -> list[ScoredSentence]:
        return self.rank(sentences, count, language, title).chosen


def top_eligible(
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    count: int,
    language: str = "",
    allowed: np.ndarray | None = None,
) -> list[int]:
    """Indices of the best `count` candidates, no two alike (falling back to any sentence when no
    sentence is a candidate: a text of fragments still gets its best lines)."""
    if allowed is None:
        allowed = np.array([eligible(s) for s in sentences], dtype=bool)
    if not allowed.any():
        allowed = np.ones(len(sentences), dtype=bool)
    # Stable order on ties: the earlier sentence wins, so results are deterministic.
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    return choose_distinct(sentences, order, count, language, allowed)


def _scored(sentences: Sequence[Sentence], scores: np.ndarray, chosen: list[int]) -> list[ScoredSentence]:
    """Chosen sentences in document order, scores rescaled to 0..1 over the whole article (sumy's KL and
    SumBasic rate below zero)."""
    low, high = float(scores.min()), float(scores.max())
    spread = (high - low) or 1.0
    return [ScoredSentence(sentences[i], round((float(scores[i]) - low) / spread, 4)) for i in sorted(chosen)]


class LeadSummariser(Summariser):
    """The first sentences: the baseline every news summariser must beat."""

    name = "lead"

    def scores(self, sentences: Sequence[Sentence], language: str, title: str | None) -> np.ndarray:
        return 1.0 / (1.0 + np.arange(len(sentences), dtype=float))
