"""Key actors: who and what acts in the story.

Entities (spans with a type) come from an `EntityFinder` — the statistical model we train and ship
(`ner.py`) where we have one for the language, otherwise honest rules (`rules.py`). `merge.py` turns
mentions into actors (aliases, canonical name, salience).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

ACTOR_TYPES = ("person", "organization", "location")


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
    type: str
    aliases: list[str]
    mentions: int
    salience: float
    mentions_at: list[tuple[int, int]]
    role: str | None = None
    quotes: list[str] = field(default_factory=list)
    #: Every role the text gives, in order; `role` is the shortest (a label fits on a chip).
    roles: list[str] = field(default_factory=list)


class EntityFinder(Protocol):
    """Finds typed entity mentions in a text; one implementation per technique."""

    name: str

    def find(self, text: str, language: str) -> list[Mention]: ...
