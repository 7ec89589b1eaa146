"""sumy's summarisers (LexRank, TextRank, LSA, Luhn, SumBasic, KL) behind our interface, fed our
sentences and words."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence

from ..sentences import Sentence, words
from .base import Summariser
from .resources import resources


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
