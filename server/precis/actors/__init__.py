"""Key actors: who and what acts in the story.

Entities (spans with a type) come from an `EntityFinder` — the statistical model we train and ship
(`ner.py`) where we have one for the language, otherwise honest rules (`rules.py`). `merge.py` turns
mentions into actors (aliases, canonical name, salience).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal, Protocol

ActorType = Literal["person", "organization", "location"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity mention: `text == original[start:end]`."""

    start: int
    end: int
    text: str
    type: str
    source: str = "model"

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def shifted(self, offset: int) -> Mention:
        """The same mention in a text that starts `offset` characters earlier."""
        if not offset:
            return self
        return Mention(self.start + offset, self.end + offset, self.text, self.type, self.source)


@dataclass
class Actor:
    name: str
    type: ActorType
    aliases: list[str]
    mentions: int
    salience: float
    mentions_at: list[tuple[int, int]]
    role: str | None = None
    quotes: list[str] = field(default_factory=list)
    #: Every role the text gives, in order; `role` is the shortest (a label fits on a chip).
    roles: list[str] = field(default_factory=list)


class DisjointMentions:
    """Mentions that never overlap one another, kept in text order, so that "what overlaps this span?"
    costs a binary search: a page with thousands of names (a repeated line, a long list) would otherwise
    compare every mention with every other one."""

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self._starts: list[int] = []
        self._mentions: list[Mention] = []
        for mention in mentions:
            self.add(mention)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions that overlap [start, end), in text order. Disjoint and sorted by start, they are
        also sorted by end, so the overlapping ones sit just before the first that starts at `end`."""
        found = []
        index = bisect.bisect_left(self._starts, end) - 1
        while index >= 0 and self._mentions[index].end > start:
            found.append(self._mentions[index])
            index -= 1
        return found[::-1]

    def add(self, mention: Mention) -> None:
        """Add a mention that overlaps none of those held."""
        index = bisect.bisect_left(self._starts, mention.start)
        self._starts.insert(index, mention.start)
        self._mentions.insert(index, mention)

    def remove(self, mention: Mention) -> None:
        index = bisect.bisect_left(self._starts, mention.start)
        del self._starts[index], self._mentions[index]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._mentions)


class EntityFinder(Protocol):
    """Finds typed entity mentions in a text; one implementation per technique."""

    name: str

    def find(self, text: str, language: str) -> list[Mention]: ...
