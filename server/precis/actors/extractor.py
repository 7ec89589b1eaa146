"""The actor extractor: picks the entity finder for a language and merges its mentions into actors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..sentences import Sentence
from . import Actor, EntityFinder, Mention
from .merge import build_actors, combine
from .ner import SpacyEntityFinder, model_source
from .quotes import attribute
from .rules import RuleEntityFinder


class ActorExtractor:
    """Model where we ship (or the user installed) one for the language, rules elsewhere."""

    def __init__(self, spacy_models: Mapping[str, str] | None = None) -> None:
        self._configured = dict(spacy_models or {})
        self._rules = RuleEntityFinder()

    def finder(self, language: str) -> EntityFinder:
        source = model_source(language, self._configured)
        if source is None:
            return self._rules
        return SpacyEntityFinder(source)

    def warm_up(self, languages: Sequence[str] = ("de", "en")) -> None:
        for language in languages:
            self.finder(language).find("Berlin", language)

    def extract(
        self,
        text: str,
        language: str,
        sentences: Sequence[Sentence],
        summary_indices: set[int],
        scope: Sequence[Sentence] | None = None,
    ) -> list[Actor]:
        """Actors of `text`; with `scope` (a subset of `sentences`), names are only searched there —
        the pipeline's bound for very long pages."""
        finder = self.finder(language)
        mentions: list[Mention] = []
        for start, end in _runs(scope) if scope is not None else [(0, len(text))]:
            found = finder.find(text[start:end], language)
            if finder is not self._rules:
                found = combine(found, self._rules.find(text[start:end], language), text[start:end])
            mentions.extend(m.shifted(start) for m in found)
        actors = build_actors(mentions, text, language, sentences, summary_indices)
        attribute(text, actors)
        return actors


def _runs(scope: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Character spans of consecutive sentences, so a name is never cut at a sentence we skipped."""
    runs: list[tuple[int, int]] = []
    previous = None
    for sentence in sorted(scope, key=lambda s: s.index):
        if previous is not None and sentence.index == previous.index + 1:
            runs[-1] = (runs[-1][0], sentence.end)
        else:
            runs.append((sentence.start, sentence.end))
        previous = sentence
    return runs
