"""The actor extractor: picks the entity finder for a language and merges its mentions into actors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..sentences import Sentence
from . import Actor, EntityFinder
from .merge import build_actors, combine
from .ner import SpacyEntityFinder, model_source
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
        self, text: str, language: str, sentences: Sequence[Sentence], summary_indices: set[int]
    ) -> list[Actor]:
        finder = self.finder(language)
        mentions = finder.find(text, language)
        if finder is not self._rules:
            mentions = combine(mentions, self._rules.find(text, language), text)
        return build_actors(mentions, text, language, sentences, summary_indices)
