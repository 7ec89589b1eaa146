"""Extractive summarisers behind one interface: score every sentence, then pick the best in order.

sumy's algorithms stay selectable by name (LexRank, TextRank, LSA, Luhn, SumBasic, KL); `lead` is the
baseline news editors set; `precis` is ours: sumy ignores position, and on news the first sentences carry
the story, so ours combines a sparse LexRank-style centrality with a position prior and the title as a
query. `lexrank-sparse` is sumy's LexRank computed on sparse matrices: the same ranking, but linear in the
page's length, so it is usable on a 200,000-word page where sumy's pairwise Python loop takes half an hour.

Long pages: similarity is only computed within sections of at most `SECTION_SENTENCES` consecutive
sentences (cut at paragraph starts), so the graph grows linearly with the page instead of quadratically.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

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
#: Stems remembered per language (~100 bytes each).
STEM_CACHE_WORDS = 100_000
#: Sentences per section of the similarity graph; an article below this is ranked as one graph.
SECTION_SENTENCES = 1000
#: Links each sentence keeps in the similarity graph (its most similar sentences). Without a bound, a page
#: of near-identical sentences (a live blog's repeated boilerplate) makes every section a dense
#: 1000 × 1000 block: 1.5 GB and 4 s at 90,000 words. An article of up to this many sentences is unaffected.
NEIGHBOURS = 100


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

    def __init__(
        self,
        name: str,
        factory: Callable[[Callable[[str], str]], object],
        max_sentences: int,
        max_words: int,
    ) -> None:
        self.name = name
        self._factory = factory
        self.max_sentences, self.max_words = max_sentences, max_words

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


def _counts(sentences: Sequence[Sentence], language: str, min_length: int = 1) -> sparse.csr_matrix:
    """Sentence × stem count matrix (sumy's order: lower-case, drop stop words and words shorter than
    `min_length`, stem). Each distinct word is stemmed once and every occurrence is mapped to its column
    in C (`map` over a dict), because on a 200,000-word page this is most of the summariser's time."""
    res = resources(language)
    flat = [word for sentence in sentences for word in sentence.words]
    vocabulary: dict[str, int] = {}  # stem → column, in order of first appearance
    column_of = {  # word → column, -1 for a word left out
        word: -1
        if word in res.stop_words or len(word) < min_length
        else vocabulary.setdefault(res.stem(word), len(vocabulary))
        for word in dict.fromkeys(flat)
    }
    cols = np.fromiter(map(column_of.__getitem__, flat), dtype=np.int64, count=len(flat))
    rows = np.repeat(np.arange(len(sentences)), [len(sentence.words) for sentence in sentences])
    kept = cols >= 0
    shape = (len(sentences), max(1, len(vocabulary)))
    counts = sparse.csr_matrix((np.ones(int(kept.sum())), (rows[kept], cols[kept])), shape=shape)
    counts.sum_duplicates()
    return counts


def _normalised_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Rows scaled to unit L2 length (all-zero rows stay zero), so X·Xᵀ is cosine similarity."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return (sparse.diags(1.0 / norms) @ matrix).tocsr()


def term_matrix(sentences: Sequence[Sentence], language: str) -> sparse.csr_matrix:
    """Sentence × stem TF-IDF matrix (smoothed idf), rows L2-normalised."""
    counts = _counts(sentences, language, min_length=2)
    n = counts.shape[0]
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + n) / (1 + document_frequency)) + 1.0
    return _normalised_rows(counts.multiply(idf).tocsr())


def sections(sentences: Sequence[Sentence], size: int = SECTION_SENTENCES) -> list[tuple[int, int]]:
    """Consecutive [start, end) runs of at most `size` sentences, cut at a paragraph start when one lies
    in the run's second half: the unit within which long pages are compared."""
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(sentences)
    while start < n:
        end = min(n, start + size)
        if end < n:
            for cut in range(end, start + size // 2, -1):
                if sentences[cut].paragraph != sentences[cut - 1].paragraph:
                    end = cut
                    break
        bounds.append((start, end))
        start = end
    return bounds


def similarity_graph(matrix: sparse.csr_matrix, bounds: list[tuple[int, int]]) -> sparse.csr_matrix:
    """Cosine similarities within each section (block-diagonal), each sentence keeping its `NEIGHBOURS`
    strongest links: linear in the number of sections, bounded in memory whatever the text."""
    if len(bounds) == 1:
        return strongest_links((matrix @ matrix.T).tocsr(), NEIGHBOURS)
    blocks = [strongest_links((matrix[a:b] @ matrix[a:b].T).tocsr(), NEIGHBOURS) for a, b in bounds]
    return _block_diagonal(blocks)


def _block_diagonal(blocks: list[sparse.csr_matrix]) -> sparse.csr_matrix:
    """Square CSR blocks laid along the diagonal by joining their arrays (what `sparse.block_diag` does
    through COO, at a twentieth of its time: 2.9 -> 0.2 ms at 50,000 words)."""
    sizes = [block.shape[0] for block in blocks]
    first_rows = np.cumsum([0, *sizes[:-1]])
    first_entries = np.cumsum([0, *(block.nnz for block in blocks[:-1])])
    indptr = np.concatenate([[0], *(b.indptr[1:] + at for b, at in zip(blocks, first_entries, strict=True))])
    indices = np.concatenate([b.indices + row for b, row in zip(blocks, first_rows, strict=True)])
    data = np.concatenate([block.data for block in blocks])
    # Column indices stay in the order the products left them (block_diag sorts them, which cost most of
    # its time): scores move by ~1e-15 on the benchmark pages and the same sentences win.
    return sparse.csr_matrix((data, indices, indptr), shape=(sum(sizes), sum(sizes)))


def strongest_links(graph: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """Each row's `keep` largest entries (a k-nearest-neighbour graph); rows with fewer are untouched,
    so a graph of at most `keep` sentences comes back as it was."""
    lengths = np.diff(graph.indptr)
    if lengths.max(initial=0) <= keep:
        return graph
    pruned = graph.copy()
    over = np.flatnonzero(lengths > keep)
    # Rows of one length are pruned together, as a 2-D array, in slabs of at most ~1M entries (8 MB).
    # The strongest are selected (a small k on the negated values), not the weakest: introselect with a
    # large k over few distinct values — a page of short sentences that all share "der" — ran 10x
    # slower. That page (72,000 sentences) spent 5.4 s here a row at a time, 5.5 s in 72 slab calls
    # selecting the weakest, and now 0.5 s.
    for length in np.unique(lengths[over]):
        rows = over[lengths[over] == length]
        slab = max(1, 2**20 // length)
        for first in range(0, len(rows), slab):
            positions = pruned.indptr[rows[first : first + slab], None] + np.arange(length)
            weakest = np.argpartition(-pruned.data[positions], keep, axis=1)[:, keep:]
            pruned.data[np.take_along_axis(positions, weakest, axis=1)] = 0.0
    pruned.eliminate_zeros()
    return pruned


def centrality(
    similarity: sparse.csr_matrix, prior: np.ndarray, damping: float, iterations: int = 50
) -> np.ndarray:
    """Personalised PageRank on the similarity graph: random jumps land on `prior` (position)."""
    n = similarity.shape[0]
    out_weight = np.asarray(similarity.sum(axis=1)).ravel()
    out_weight[out_weight == 0] = 1.0
    transition = (sparse.diags(1.0 / out_weight) @ similarity).T.tocsr()
    rank = prior.copy()
    for _ in range(iterations):
        updated = (1 - damping) * prior + damping * (transition @ rank)
        converged = np.abs(updated - rank).sum() < 1e-8 * n
        rank = updated
        if converged:
            break
    return rank


@dataclass
class GraphSummariser(Summariser):
    """Lead-biased centrality with title relevance and optional redundancy removal (MMR), unsupervised.

    Parameters: the best of a small grid on the tuning half (`python -m eval.tune_summary`); redundancy
    removal is off by default because it cost ROUGE there.
    """

    name: str = "precis-graph"
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
        similarity = similarity_graph(term_matrix(sentences, language), sections(sentences))
        relevance = _title_similarity(sentences, language, title) if title else None
        return self.scores_from(sentences, similarity, relevance)

    def scores_from(
        self, sentences: Sequence[Sentence], similarity: sparse.csr_matrix, title_relevance: np.ndarray | None
    ) -> np.ndarray:
        """The score from a similarity graph and title relevance the caller already has (both unchanged)."""
        graph = similarity.copy()
        graph.data[graph.data < self.threshold] = 0.0
        graph.eliminate_zeros()
        rank = centrality(graph, self._position_prior(sentences), self.damping)
        score = rank / (rank.max() or 1.0)
        if title_relevance is not None and self.title_weight:
            score = score + self.title_weight * title_relevance
        return score

    def choose(
        self, sentences: Sequence[Sentence], scores: np.ndarray, count: int, language: str
    ) -> list[int]:
        """Greedy MMR: each pick is the best score minus its similarity to what is already chosen."""
        if not self.redundancy:
            return top_eligible(sentences, scores, count)
        matrix = term_matrix(sentences, language)
        pool = [i for i, s in enumerate(sentences) if eligible(s)] or list(range(len(sentences)))
        chosen: list[int] = []
        while pool and len(chosen) < count:
            if chosen:
                overlap = (matrix[pool] @ matrix[chosen].T).max(axis=1).toarray().ravel()
            else:
                overlap = np.zeros(len(pool))
            best = pool[int(np.argmax(scores[pool] - self.redundancy * overlap))]
            chosen.append(best)
            pool.remove(best)
        return chosen


#: What the learned scorer sees of each sentence (`sentence_features`), in this order.
FEATURES = (
    "lead",  # exp(-0.35 · index): news tells the story first
    "relative_position",
    "first",
    "paragraph_first",  # opens its paragraph
    "paragraph_lead",  # exp(-0.5 · paragraph index)
    "centrality",  # PageRank on the TF-IDF similarity graph, uniform jumps, scaled to max 1
    "lead_similarity",  # cosine with the first sentence
    "title",  # share of the title's stems it holds (0 without a title)
    "log_words",
    "log_words_squared",
    "quote",  # holds a quotation mark: speech more than story
    "digits",
    "graph",  # the unsupervised `precis-graph` score (lead-biased PageRank + title), scaled to max 1
    "lead_in_long_article",  # lead × log(sentences): position matters differently in long texts
)
MODEL_PATH = Path(__file__).parent / "data" / "summary-model.json"


def sentence_features(sentences: Sequence[Sentence], language: str, title: str | None) -> np.ndarray:
    """One row of `FEATURES` per sentence: cheap, sparse, linear in the number of sentences."""
    n = len(sentences)
    index = np.arange(n, dtype=float)
    matrix = term_matrix(sentences, language)
    similarity = similarity_graph(matrix, sections(sentences))
    rank = centrality(similarity, np.full(n, 1.0 / n), 0.85)
    paragraphs = np.array([s.paragraph for s in sentences], dtype=float)
    paragraph_first = np.ones(n)
    paragraph_first[1:] = paragraphs[1:] != paragraphs[:-1]
    words = np.log1p([len(s.words) for s in sentences])
    relevance = _title_similarity(sentences, language, title) if title else None
    graph = GraphSummariser().scores_from(sentences, similarity, relevance)
    lead = np.exp(-0.35 * index)
    columns = [
        lead,
        index / max(1, n - 1),
        (index == 0).astype(float),
        paragraph_first,
        np.exp(-0.5 * (paragraphs - paragraphs[0])),
        rank / (rank.max() or 1.0),
        (matrix @ matrix[0].T).toarray().ravel(),
        relevance if relevance is not None else np.zeros(n),
        words,
        words**2,
        np.array([bool(_QUOTE_CHARS.search(s.text)) for s in sentences], dtype=float),
        np.array([bool(_DIGIT.search(s.text)) for s in sentences], dtype=float),
        graph / (np.abs(graph).max() or 1.0),
        lead * np.log(n),
    ]
    return np.column_stack(columns)


_QUOTE_CHARS = re.compile(r"[\"„“”«»]")
#: Digits as `str.isdigit` sees them in news (CO₂ and m³ too), as a regex: a tenth of the time.
_DIGIT = re.compile(r"[\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]")


@lru_cache(maxsize=1)
def _learned_model() -> dict[str, Any] | None:
    """Weights trained by `make train-summary` (logistic regression on oracle labels of the tuning half)
    and how much of the graph score to blend in (per language where the tuning half had that language)."""
    if not MODEL_PATH.exists():
        return None
    stored = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(stored["features"]) != FEATURES:
        raise ValueError(f"{MODEL_PATH} was trained on other features: run make train-summary")
    return {key: np.asarray(stored[key], dtype=float) for key in ("mean", "scale", "weights")} | {
        "graph_blend": float(stored["graph_blend"]),
        "graph_blend_by_language": {
            language: float(blend) for language, blend in stored.get("graph_blend_by_language", {}).items()
        },
    }


def standardised(values: np.ndarray) -> np.ndarray:
    """Zero mean, unit spread within one article (a constant column stays zero)."""
    spread = values.std()
    return (values - values.mean()) / spread if spread > 0 else values - values.mean()


def learned_part(features: np.ndarray, model: Mapping[str, Any]) -> np.ndarray:
    """The learned linear score of each sentence, standardised within the article."""
    weights, mean, scale = (np.asarray(model[key], dtype=float) for key in ("weights", "mean", "scale"))
    return standardised(((features - mean) / scale) @ weights)


def graph_part(features: np.ndarray) -> np.ndarray:
    """The unsupervised graph score of each sentence, standardised within the article."""
    return standardised(features[:, FEATURES.index("graph")])


@dataclass
class LearnedSummariser(Summariser):
    """A linear scorer over `FEATURES`, its weights learned from which sentences best match human
    summaries (greedy ROUGE oracle) on the tuning half of the data, blended with the graph score as much
    as the tuning half says for the article's language. Falls back to the graph scorer when no trained
    model ships."""

    name: str = "precis"

    def scores(self, sentences: Sequence[Sentence], language: str, title: str | None) -> np.ndarray:
        model = _learned_model()
        if model is None:
            return GraphSummariser().scores(sentences, language, title)
        features = sentence_features(sentences, language, title)
        blend = model["graph_blend_by_language"].get(language, model["graph_blend"])
        return learned_part(features, model) + blend * graph_part(features)


def _title_similarity(sentences: Sequence[Sentence], language: str, title: str) -> np.ndarray:
    """Share of the title's content stems each sentence contains, scaled to 0..1."""
    res = resources(language)
    stems = {res.stem(w) for w in words(title) if w not in res.stop_words}
    if not stems:
        return np.zeros(len(sentences))
    hits = np.array([len(stems & {res.stem(w) for w in s.words}) / math.sqrt(len(stems)) for s in sentences])
    return hits / (hits.max() or 1.0)


class SparseLexRankSummariser(Summariser):
    """sumy's LexRank (Erkan & Radev 2004, as sumy computes it) on sparse matrices.

    Same weights as sumy: tf divided by the sentence's largest tf, idf = log(N / (1 + n_t)), cosine > 0.1
    becomes an edge, rows divided by their degree, power iteration from uniform until the L2 change of the
    normalised vector is at most 0.1. sumy compares every pair in Python; here one sparse product does it.
    """

    name = "lexrank-sparse"
    threshold = 0.1
    epsilon = 0.1

    def scores(self, sentences: Sequence[Sentence], language: str, title: str | None) -> np.ndarray:
        counts = _counts(sentences, language)
        n = counts.shape[0]
        row_max = counts.max(axis=1).toarray().ravel()
        row_max[row_max == 0] = 1.0
        tf = (sparse.diags(1.0 / row_max) @ counts).tocsr()
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        idf = np.log(n / (1.0 + document_frequency))
        matrix = _normalised_rows(tf.multiply(idf).tocsr())
        similarity = similarity_graph(matrix, sections(sentences))
        edges = (similarity > self.threshold).astype(float).tocsr()
        degrees = np.asarray(edges.sum(axis=1)).ravel()
        degrees[degrees == 0] = 1.0
        transposed = (sparse.diags(1.0 / degrees) @ edges).T.tocsr()
        vector = np.full(n, 1.0 / n)
        change = 1.0
        while change > self.epsilon:
            following = transposed @ vector
            following /= np.linalg.norm(following) or 1.0
            change = float(np.linalg.norm(following - vector))
            vector = following
        return vector


SUMMARISERS: dict[str, Summariser] = {
    s.name: s
    for s in (
        LearnedSummariser(),
        GraphSummariser(),
        LeadSummariser(),
        SparseLexRankSummariser(),
        # Bounds: about a second each on one core here, measured on random words at each bound (the tests
        # check only that more is refused); a long news article has ~150 sentences and ~3,000 words.
        # Unbounded, LSA took 53 s and 2.2 GB on 240 KB.
        SumySummariser("lexrank", LexRankSummarizer, max_sentences=300, max_words=5_000),
        SumySummariser("textrank", TextRankSummarizer, max_sentences=500, max_words=8_000),
        SumySummariser("lsa", LsaSummarizer, max_sentences=500, max_words=10_000),
        SumySummariser("luhn", LuhnSummarizer, max_sentences=800, max_words=16_000),
        SumySummariser("sumbasic", SumBasicSummarizer, max_sentences=800, max_words=16_000),
        SumySummariser("kl", KLSummarizer, max_sentences=80, max_words=1_500),
    )
}


def get(name: str) -> Summariser:
    return SUMMARISERS[name]
