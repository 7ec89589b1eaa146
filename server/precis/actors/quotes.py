"""Who said what: direct quotes attributed to the actor who said them, and the role the text gives them.

News attributes quotes in a handful of fixed shapes, so patterns do this well where a model would need
training data we do not have:

- `"…", sagte Schuster` / `"…," said Easley` / `„…", so X` — quote, speech verb, name;
- `"…," Easley said` — quote, name, verb;
- `Schuster sagte: "…"` / `Easley said: "…"` — name, verb, colon, quote;
- a quote that follows an attributed one in the same paragraph, with nothing but the attribution between,
  continues it (`"…", sagte Schuster. "…"`).

A speaker must be a person or organisation actor already found (a mention at that spot), so the patterns
never invent anyone. The role is the apposition after the speaker's name — `sagte Leif-Eric Easley,
Professor für internationale Studien.` — when it starts like one (a noun, an adjective or an indefinite
article: "ein ehemaliger Kapitän", "a professor"), not a relative clause ("der …", "who …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import Actor
from .rules import NAME_RUN, SPEECH_RE, SPEECH_VERBS

MAX_QUOTES = 5
MAX_QUOTE_CHARS = 400
#: The gap between two quotes of one speaker: the attribution clause, nothing more.
CONTINUATION_GAP = 160
ROLE_MAX_WORDS = 12

_QUOTE_RE = re.compile(
    r'"(?P<a>[^"\n]{3,1500}?)"'
    r"|„(?P<b>[^„“”\"\n]{3,1500}?)[“”\"]"
    r"|“(?P<c>[^“”\n]{3,1500}?)”"
    r"|«\s?(?P<d>[^«»\n]{3,1500}?)\s?»"
    r"|»(?P<e>[^«»\n]{3,1500}?)«"
)
#: rules' "verb (title) Name" pattern, right after the closing quote mark
_AFTER_VERB_NAME_RE = re.compile(r"^\s*,?\s*" + SPEECH_RE.pattern)
_AFTER_NAME_VERB_RE = re.compile(rf"^\s*,?\s*(?P<name>{NAME_RUN})\s+(?:{SPEECH_VERBS})\b")
_BEFORE_NAME_VERB_RE = re.compile(rf"(?P<name>{NAME_RUN})\s+(?:{SPEECH_VERBS})(?:\s+\w+){{0,3}}\s*[:,]\s*$")
_ROLE_RE = re.compile(
    r"^,\s+(?P<role>(?!(?:der|die|das|dem|den|des|welche[rs]?|who|which|that|qui|que|quien|che|die|dat)\b)"
    r"[^\W\d][^,.;:!?\"„“”()\n]{2,120}?)\s*(?=[,.;:]|$)"
)
_LEADING_ARTICLE_RE = re.compile(r"^(?:ein|eine|einer|a|an|un|une|uno|una|een)\s+", re.IGNORECASE)


def _quotes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, quoted text) of every direct quote, marks included in the span."""
    found = []
    for match in _QUOTE_RE.finditer(text):
        inner = next(g for g in match.groups() if g is not None).strip().rstrip(",").strip()
        if len(inner.split()) >= 3:  # "so genannte" scare quotes are not speech
            found.append((match.start(), match.end(), inner))
    return found


def attribute(text: str, actors: Sequence[Actor]) -> None:
    """Fill `quotes` and `role` of `actors` (in place) from the quotes in `text`."""
    speakers = [a for a in actors if a.type in ("person", "organization")]
    if not speakers:
        return
    by_start = {start: actor for actor in speakers for start, _ in actor.mentions_at}

    def actor_at(offset: int, name: str) -> Actor | None:
        # The mention may start at the name or (titles, first names) a little inside it.
        for start in range(offset, offset + len(name)):
            if start in by_start:
                return by_start[start]
        return None

    previous: tuple[int, Actor] | None = None
    for start, end, inner in _quotes(text):
        speaker, name_end = None, None
        after = text[end : end + 120]
        for pattern in (_AFTER_VERB_NAME_RE, _AFTER_NAME_VERB_RE):
            match = pattern.match(after)
            if match and (speaker := actor_at(end + match.start("name"), match.group("name"))):
                name_end = end + match.end("name")
                break
        if speaker is None:
            before_start = max(0, start - 120)
            match = _BEFORE_NAME_VERB_RE.search(text[before_start:start])
            if match:
                speaker = actor_at(before_start + match.start("name"), match.group("name"))
                name_end = before_start + match.end("name") if speaker else None
        if speaker is None and previous is not None:
            gap = text[previous[0] : start]
            if len(gap) <= CONTINUATION_GAP and "\n\n" not in gap:
                speaker = previous[1]
        if speaker is None:
            previous = None
            continue
        if inner not in speaker.quotes and len(speaker.quotes) < MAX_QUOTES:
            speaker.quotes.append(inner if len(inner) <= MAX_QUOTE_CHARS else inner[:MAX_QUOTE_CHARS] + "…")
        if name_end is not None:
            _add_role(speaker, text, name_end)
        previous = (end, speaker)
    # Roles also come with reported speech that has no quote marks ("…, sagte Carl Schuster, ehemaliger …").
    for match in SPEECH_RE.finditer(text):
        speaker = actor_at(match.start("name"), match.group("name"))
        if speaker is not None:
            _add_role(speaker, text, match.end("name"))


def _add_role(speaker: Actor, text: str, name_end: int) -> None:
    """Keep every role a person is given ("Kapitän der US-Marine" and "Einsatzleiter …" are both true);
    `role` is the shortest."""
    role = _role_after(text, name_end) if speaker.type == "person" else None
    if role and role not in speaker.roles:
        speaker.roles.append(role)
        speaker.role = min(speaker.roles, key=len)


def _role_after(text: str, name_end: int) -> str | None:
    match = _ROLE_RE.match(text[name_end : name_end + 200])
    if not match:
        return None
    role = _LEADING_ARTICLE_RE.sub("", match.group("role").strip())
    if not role or len(role.split()) > ROLE_MAX_WORDS:
        return None
    return role
