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

from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from .base import (
    MAX_SENTENCES,
    MIN_SUMMARY_WORDS,
    LeadSummariser,
    Ranking,
    ScoredSentence,
    Summariser,
    TooLongForSummariser,
    default_length,
    eligible,
    top_eligible,
)
from .graph import (
    NEIGHBOURS,
    SECTION_SENTENCES,
    GraphSummariser,
    SparseLexRankSummariser,
    centrality,
    sections,
    similarity_graph,
    strongest_links,
    term_matrix,
)
from .learned import (
    FEATURES,
    MODEL_PATH,
    LearnedSummariser,
    graph_part,
    learned_part,
    sentence_features,
    standardised,
)
from .resources import SUMY_LANGUAGES, LanguageResources, resources
from .sumy_adapter import SumySummariser

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


__all__ = [
    "FEATURES", "MAX_SENTENCES", "MIN_SUMMARY_WORDS", "MODEL_PATH", "NEIGHBOURS", "SECTION_SENTENCES",
    "SUMMARISERS", "SUMY_LANGUAGES", "GraphSummariser", "LanguageResources", "LeadSummariser",
    "LearnedSummariser", "Ranking", "ScoredSentence", "SparseLexRankSummariser", "Summariser",
    "SumySummariser", "TooLongForSummariser", "centrality", "default_length", "eligible", "get",
    "graph_part", "learned_part", "resources", "sections", "sentence_features", "similarity_graph",
    "standardised", "strongest_links", "term_matrix", "top_eligible",
]  # fmt: skip
