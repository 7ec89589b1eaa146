"""The summariser interface: score every candidate sentence, then pick the best in document order."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..sentences import Sentence

#: Sentences shorter than this are captions, datelines or fragments, never a summary line.
MIN_SUMMARY_WORDS = 6
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
        self, sentences: Sequence[Sentence], scores: np.ndarray, count: int, language: str
    ) -> list[int]:
        return top_eligible(sentences, scores, count)

    def rank(
        self, sentences: Sequence[Sentence], count: int, language: str, title: str | None = None
    ) -> Ranking:
        if not sentences:
            return Ranking([], np.zeros(0))
        scores = np.asarray(self.scores(sentences, language, title), dtype=float)
        chosen = self.choose(sentences, scores, count, language) if count > 0 else []
        return Ranking(_scored(sentences, scores, chosen), scores)

    def summarise(
        self, sentences: Sequence[Sentence], count: int, language: str, title: str | None = None
    ) -> list[ScoredSentence]:
        return self.rank(sentences, count, language, title).chosen


def top_eligible(sentences: Sequence[Sentence], scores: np.ndarray, count: int) -> list[int]:
    """Indices of the best `count` eligible sentences (falling back to any sentence)."""
    pool = [i for i, s in enumerate(sentences) if eligible(s)] or list(range(len(sentences)))
    # Stable order on ties: the earlier sentence wins, so results are deterministic.
    return sorted(pool, key=lambda i: (-scores[i], i))[:count]


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
