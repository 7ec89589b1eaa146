"""The actor extractor: picks the entity finder for a language and merges its mentions into actors."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence

from ..sentences import Sentence
from . import Actor, EntityFinder, Mention, frequency, lexicon, natasha_ner
from .merge import MAX_ACTORS, build_actors, combine, rank_speakers
from .ner import SpacyEntityFinder, model_source
from .quotes import attribute
from .rules import (
    RuleEntityFinder,
    capital_countries,
    join_bodies_of_places,
    region_names,
    split_glued_people,
)

#: How many of the most salient actors may speak (and so rise into the first `MAX_ACTORS`): quoting
#: makes a name mentioned once key, but a long page's hundreds of names need not all be searched.
SPEAKER_POOL = 4 * MAX_ACTORS


class ActorExtractor:
    """Model where we ship (or the user installed) one for the language, rules elsewhere."""

    def __init__(self, spacy_models: Mapping[str, str] | None = None) -> None:
        self._configured = dict(spacy_models or {})
        self._rules = RuleEntityFinder()

    def finder(self, language: str) -> EntityFinder:
        if language == "ru" and language not in self._configured and natasha_ner.available():
            return natasha_ner.SlovnetEntityFinder()
        source = model_source(language, self._configured)
        if source is None:
            return self._rules
        return SpacyEntityFinder(source)

    def warm_up(self, languages: Sequence[str] = ("de", "en")) -> None:
        for language in languages:
            self.finder(language).find("Berlin", language)
        region_names()  # 0.3 s the first time: not on a reader's request
        for language in languages:
            capital_countries(language)  # 30–60 ms each (Russian stems 4,000 names)
        if "de" in languages:
            lexicon.warm_up()  # 1.1 s
            frequency.warm_up()  # 0.1 s

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
        runs = _runs(scope) if scope is not None else [(0, len(text))]
        for packed, placements in _packs(text, runs):
            found = finder.find(packed, language)
            if finder is not self._rules:
                found = split_glued_people(found, packed, language)
                found = join_bodies_of_places(found, packed, language)
                found = combine(found, self._rules.find(packed, language), packed)
            mentions.extend(_unpack(found, placements))
        actors = build_actors(mentions, text, language, sentences, summary_indices, limit=SPEAKER_POOL)
        attribute(text, actors, language)
        return rank_speakers(actors)


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


#: Scattered runs (the best sentences of a very long page) are read packed into texts of about this many
#: characters, blank lines between them: one model call per pack, not one per run (a page of 200,000
#: one-word lines gave ~6,000 runs and 5 s of per-call overhead).
PACK_CHARACTERS = 50_000
_SEPARATOR = "\n\n"


def _packs(text: str, runs: list[tuple[int, int]]) -> Iterator[tuple[str, list[tuple[int, int, int]]]]:
    """Runs joined into packs; each placement is (start in pack, end in pack, start in `text`).
    A single run (every normal article) is its own pack, unchanged."""
    pieces: list[str] = []
    placements: list[tuple[int, int, int]] = []
    size = 0
    for start, end in runs:
        if pieces and size + len(_SEPARATOR) + end - start > PACK_CHARACTERS:
            yield _SEPARATOR.join(pieces), placements
            pieces, placements, size = [], [], 0
        offset = size + len(_SEPARATOR) if pieces else 0
        pieces.append(text[start:end])
        placements.append((offset, offset + end - start, start))
        size = offset + end - start
    if pieces:
        yield _SEPARATOR.join(pieces), placements


def _unpack(found: Sequence[Mention], placements: list[tuple[int, int, int]]) -> Iterator[Mention]:
    """Mentions moved from pack to text offsets; one that runs across a separator is dropped."""
    starts = [placement[0] for placement in placements]
    for mention in found:
        pack_start, pack_end, text_start = placements[bisect.bisect_right(starts, mention.start) - 1]
        if mention.start >= pack_start and mention.end <= pack_end:
            yield mention.shifted(text_start - pack_start)
