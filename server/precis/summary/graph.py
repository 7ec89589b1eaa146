"""Ours, unsupervised: a sparse TF-IDF similarity graph ranked by PageRank with a position prior and the
title as a query (`precis-graph`), and sumy's LexRank computed on sparse matrices (`lexrank-sparse`).

Long pages: similarity is only computed within sections of at most `SECTION_SENTENCES` consecutive
sentences (cut at paragraph starts), so the graph grows linearly with the page instead of quadratically.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..sentences import Sentence, words
from .base import Summariser, eligible, top_eligible
from .resources import resources

#: Sentences per section of the similarity graph; an article below this is ranked as one graph.
SECTION_SENTENCES = 1000
#: Links each sentence keeps in the similarity graph (its most similar sentences). Without a bound, a page
#: of near-identical sentences (a live blog's repeated boilerplate) makes every section a dense
#: 1000 × 1000 block: 1.5 GB and 4 s at 90,000 words. An article of up to this many sentences is unaffected.
NEIGHBOURS = 100


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
        self,
        sentences: Sequence[Sentence],
        scores: np.ndarray,
        count: int,
        language: str,
        allowed: np.ndarray | None = None,
    ) -> list[int]:
        """Greedy MMR: each pick is the best score minus its similarity to what is already chosen."""
        if not self.redundancy:
            return top_eligible(sentences, scores, count, language, allowed)
        matrix = term_matrix(sentences, language)
        if allowed is None:
            allowed = np.array([eligible(s) for s in sentences], dtype=bool)
        pool = [i for i in range(len(sentences)) if allowed[i]] or list(range(len(sentences)))
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
