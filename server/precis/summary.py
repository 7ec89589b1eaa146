"""Extractive summarisers behind one interface: score every sentence, then pick the best in order.

sumy's algorithms stay selectable by name (LexRank, TextRank, LSA, Luhn, SumBasic, KL); `lead` is the
baseline news editors set; `precis` is ours: sumy ignores position, and on news the first sentences carry
the story, so ours combines a sparse LexRank-style centrality (scales to 200,000-word pages) with a
position prior and the title as a query, then removes redundancy (MMR).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer, null_stemmer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from .sentences import Sentence, words

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

#: Sentences shorter than this are captions, datelines or fragments, never a summary line.
MIN_SUMMARY_WORDS = 6
MAX_SENTENCES = 20


@dataclass(frozen=True, slots=True)
class LanguageResources:
    """What ranking needs from a language; `level` tells the client how well we support it."""

    stem: Callable[[str], str]
    stop_words: frozenset[str]
    level: str  # "full" (stemmer + stop words), "reduced" (one of them), "basic" (neither)


@lru_cache(maxsize=64)
def resources(code: str) -> LanguageResources:
    name = SUMY_LANGUAGES.get(code)
    stem: Callable[[str], str] = null_stemmer
    stop_words: frozenset[str] = frozenset()
    if name:
        try:
            stem = Stemmer(name)
        except LookupError:
            pass
        try:
            stop_words = frozenset(get_stop_words(name))
        except LookupError:
            pass
    have = (stem is not null_stemmer) + bool(stop_words)
    return LanguageResources(stem, stop_words, ("basic", "reduced", "full")[have])


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    sentence: Sentence
    score: float


def default_length(sentence_count: int) -> int:
    """Longer articles get longer summaries: 3 for a short news item, up to 7 for a long report."""
    if sentence_count <= 3:
        return sentence_count
    return max(3, min(7, round(0.8 * math.sqrt(sentence_count))))


def eligible(sentence: Sentence) -> bool:
    """Fragments, captions and bylines are never picked."""
    return len(sentence.words) >= MIN_SUMMARY_WORDS


class Summariser:
    """Scores every sentence (higher is better); `select` turns scores into a summary."""

    name = "abstract"

    def scores(self, sentences: Sequence[Sentence], language: str, title: str | None) -> np.ndarray:
        raise NotImplementedError

    def summarise(
        self, sentences: Sequence[Sentence], count: int, language: str, title: str | None = None
    ) -> list[ScoredSentence]:
        if not sentences or count <= 0:
            return []
        scores = np.asarray(self.scores(sentences, language, title), dtype=float)
        return select(sentences, scores, count)


def select(sentences: Sequence[Sentence], scores: np.ndarray, count: int) -> list[ScoredSentence]:
    """Best `count` eligible sentences (falling back to any sentence), returned in document order."""
    pool = [i for i, s in enumerate(sentences) if eligible(s)] or list(range(len(sentences)))
    # Stable order on ties: the earlier sentence wins, so results are deterministic.
    ranked = sorted(pool, key=lambda i: (-scores[i], i))[:count]
    return _scored(sentences, scores, ranked)


def _scored(sentences: Sequence[Sentence], scores: np.ndarray, chosen: list[int]) -> list[ScoredSentence]:
    """Scores rescaled to 0..1 over the whole article (sumy's KL and SumBasic rate below zero)."""
    low, high = float(scores.min()), float(scores.max())
    spread = (high - low) or 1.0
    return [ScoredSentence(sentences[i], round((float(scores[i]) - low) / spread, 4)) for i in sorted(chosen)]


class LeadSummariser(Summariser):
    """The first sentences: the baseline every news summariser must beat."""

    name = "lead"

    def scores(self, sentences: Sequence[Sentence], language: str, title: str | None) -> np.ndarray:
        return 1.0 / (1.0 + np.arange(len(sentences), dtype=float))


class _SumyTokenizer:
    """Gives sumy our offline word splitting (sumy's own calls NLTK's English tokenizer)."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:  # pragma: no cover - not called
        return (paragraph,)

    @staticmethod
    def to_words(sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


class SumySummariser(Summariser):
    """Any sumy summariser, fed our sentences; its ratings are read through sumy's `count` hook."""

    def __init__(self, name: str, factory: Callable[[Callable[[str], str]], object]) -> None:
        self.name = name
        self._factory = factory

    def scores(self, sentences: Sequence[Sentence], language: str, title: str | None) -> np.ndarray:
        res = resources(language)
        summarizer = self._factory(res.stem)
        if hasattr(summarizer, "stop_words"):
            summarizer.stop_words = res.stop_words
        tokenizer = _SumyTokenizer(language)
        paragraphs: dict[int, list[SumySentence]] = {}
        for s in sentences:
            paragraphs.setdefault(s.paragraph, []).append(SumySentence(s.text, tokenizer))
        document = ObjectDocumentModel([Paragraph(p) for p in paragraphs.values()])
        scores = np.zeros(len(sentences))

        def record_all(infos: list) -> list:
            # sumy calls `count(infos)` with every sentence's (order, rating): keep them all.
            for info in infos:
                scores[info.order] = float(info.rating)
            return infos

        summarizer(document, record_all)
        return scores


# ---------------------------------------------------------------------------------------------- ours


def term_matrix(sentences: Sequence[Sentence], language: str) -> sparse.csr_matrix:
    """Sentence × stem TF-IDF matrix, rows L2-normalised (so X·Xᵀ is cosine similarity)."""
    res = resources(language)
    stem_cache: dict[str, str] = {}
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for row, sentence in enumerate(sentences):
        for word in sentence.words:
            if word in res.stop_words or len(word) < 2:
                continue
            stem = stem_cache.get(word)
            if stem is None:
                stem = stem_cache[word] = res.stem(word)
            rows.append(row)
            cols.append(vocabulary.setdefault(stem, len(vocabulary)))
    shape = (len(sentences), max(1, len(vocabulary)))
    counts = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    counts.sum_duplicates()
    document_frequency = np.bincount(counts.indices, minlength=shape[1])
    idf = np.log((1 + shape[0]) / (1 + document_frequency)) + 1.0
    weighted = counts.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ weighted


def centrality(
    similarity: sparse.csr_matrix, prior: np.ndarray, damping: float, iterations: int = 50
) -> np.ndarray:
    """Personalised PageRank on the similarity graph: random jumps land on `prior` (position)."""
    n = similarity.shape[0]
    out_weight = np.asarray(similarity.sum(axis=1)).ravel()
    out_weight[out_weight == 0] = 1.0
    transition = sparse.diags(1.0 / out_weight) @ similarity
    rank = prior.copy()
    for _ in range(iterations):
        updated = (1 - damping) * prior + damping * (transition.T @ rank)
        if np.abs(updated - rank).sum() < 1e-8 * n:
            rank = updated
            break
        rank = updated
    return rank


@dataclass
class PrecisSummariser(Summariser):
    """Lead-biased centrality with title relevance and redundancy removal.

    Parameters: the best of a small grid on the tuning half (`python -m eval.tune_summary`); redundancy
    removal is off by default because it cost ROUGE there, and stays available for long pages.
    """

    name: str = "precis"
    damping: float = 0.1
    position_decay: float = 0.35
    title_weight: float = 0.3
    redundancy: float = 0.0
    threshold: float = 0.05

    def _position_prior(self, sentences: Sequence[Sentence]) -> np.ndarray:
        index = np.arange(len(sentences), dtype=float)
        prior = np.exp(-self.position_decay * index)
        return prior / prior.sum()

    def scores(self, sentences: Sequence[Sentence], language: str, title: str | None) -> np.ndarray:
        return self._scores(sentences, term_matrix(sentences, language), language, title)

    def _scores(
        self, sentences: Sequence[Sentence], matrix: sparse.csr_matrix, language: str, title: str | None
    ) -> np.ndarray:
        similarity = (matrix @ matrix.T).tocsr()
        similarity.data[similarity.data < self.threshold] = 0.0
        similarity.eliminate_zeros()
        prior = self._position_prior(sentences)
        rank = centrality(similarity, prior, self.damping)
        score = rank / (rank.max() or 1.0)
        if title and self.title_weight:
            score = score + self.title_weight * self._title_similarity(sentences, matrix, language, title)
        return score

    @staticmethod
    def _title_similarity(
        sentences: Sequence[Sentence], matrix: sparse.csr_matrix, language: str, title: str
    ) -> np.ndarray:
        res = resources(language)
        stems = {res.stem(w) for w in words(title) if w not in res.stop_words}
        if not stems:
            return np.zeros(len(sentences))
        hits = np.array(
            [len(stems & {res.stem(w) for w in s.words}) / math.sqrt(len(stems)) for s in sentences]
        )
        return hits / (hits.max() or 1.0)

    def summarise(
        self, sentences: Sequence[Sentence], count: int, language: str, title: str | None = None
    ) -> list[ScoredSentence]:
        """Greedy MMR: each pick is the best score minus its similarity to what is already chosen."""
        if not sentences or count <= 0:
            return []
        matrix = term_matrix(sentences, language)
        scores = self._scores(sentences, matrix, language, title)
        if not self.redundancy:
            return select(sentences, scores, count)
        pool = [i for i, s in enumerate(sentences) if eligible(s)] or list(range(len(sentences)))
        chosen: list[int] = []
        while pool and len(chosen) < count:
            if chosen:
                overlap = (matrix[pool] @ matrix[chosen].T).max(axis=1).toarray().ravel()
            else:
                overlap = np.zeros(len(pool))
            adjusted = scores[pool] - self.redundancy * overlap
            best = pool[int(np.argmax(adjusted))]
            chosen.append(best)
            pool.remove(best)
        return _scored(sentences, scores, chosen)


SUMMARISERS: dict[str, Summariser] = {
    s.name: s
    for s in (
        PrecisSummariser(),
        LeadSummariser(),
        SumySummariser("lexrank", LexRankSummarizer),
        SumySummariser("textrank", TextRankSummarizer),
        SumySummariser("lsa", LsaSummarizer),
        SumySummariser("luhn", LuhnSummarizer),
        SumySummariser("sumbasic", SumBasicSummarizer),
        SumySummariser("kl", KLSummarizer),
    )
}


def get(name: str) -> Summariser:
    return SUMMARISERS[name]
