"""Which sentences may be picked at all: the sentences of the article, each able to stand alone.

Every summariser (sumy's too) ranks the whole text — its graph needs the context — but picks only among
candidates (`Summariser.rank`). What is not a candidate, and why (`make eval-summary-pages` counts each
reason on 949 real pages):

- short: fewer than `MIN_SUMMARY_WORDS` words — captions, datelines, fragments;
- headline: the title again (equal, or inside it with at most a fifth more words);
- furniture: page parts that extraction let through, by their shape — photo credits, cross-links and
  promotions ("Lire aussi", "Lesen Sie auch", "[Read: …]"), share and rating widgets, navigation and
  bylines cut by "|", server error messages, coordinates;
- a repeat: the same words as a sentence already chosen (`choose_distinct`).

A sentence that opens with a connective or a pronoun that points back ("Das Unternehmen …", "However,
…", "Und …") needs the sentence before it: it is taken only right after it (`needs_predecessor`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..sentences import Sentence

#: Sentences shorter than this are captions, datelines or fragments, never a summary line.
MIN_SUMMARY_WORDS = 6

#: Page furniture by shape, in the languages we summarise most; matched at the sentence's start unless
#: the pattern says otherwise.
_FURNITURE_RE = re.compile(
    r"""^\W*(?:
        (?:à\s+)?lire\s+aussi|voir\s+aussi|revivez|lesen\s+sie\s+(?:auch|hier|mehr)|mehr\s+zum\s+thema|
        siehe\s+auch|weiterlesen|jetzt\s+lesen|read\s+(?:more|also|next)|see\s+also|related\s*:|also\s+read|
        click\s+here|leer\s+(?:también|más)|lea\s+también|leggi\s+anche|leia\s+também|читайте\s+также|
        (?:photo|foto|fotos|bild|bilder|credit|crédit(?:\s+photo)?|image|quelle|source|fuente|fonte)\s*:|
        ©|copyright\b|(?:strict\s+standards|warning|notice|fatal\s+error|deprecated)\s*:|
        teilen\s+sie\s+dies|share\s+this|gefällt\s+mir|bewerten\s*:|
        (?:news\s+)?date\s*:|datum\s*:|category\s*:|kategorie\s*:|veröffentlich\w*\s*:|published\s*:|
        updated\s*:|aktualisiert\s*:|actualizado\s*:|mis\s+à\s+jour\s*:|
        (?:submit|subscribe|sign\s+up|abonnieren|melden\s+sie\s+sich|inscrivez-vous|suscríbete)\b|
        anzeige\b|werbung\b|sponsored\b|publicidad\b|publicité\b|
        this\s+(?:post|article)\s+(?:contains|may\s+contain|includes)|
        we\s+recommend\s+the\s+best\s+products|
        dieser\s+(?:beitrag|artikel)\s+enthält\s+(?:werbung|affiliate)|
        (?:by|von|par|por)\s+[A-ZÀ-Þ][A-ZÀ-Þ.]+\s+[A-ZÀ-Þ]{2,}|   # "By U.S. CUSTOMS AND BORDER PROTECTION"
        (?:mira|lea|lee|vea|read|watch|lesen|lire|leggi|leia|video|vidéo|fotos|photos|galerie)\s*:\s
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: Anywhere in the sentence: agency photo credits, a run of share buttons, a navigation bar.
_FURNITURE_ANYWHERE_RE = re.compile(
    r"(?:getty\s+images|afp\s+photo|reuters/|/\s*dpa\b|\(foto:|\(photo:|"
    r"twitter\s+facebook|facebook\s+twitter|whatsapp\s+e-?mail|"
    r"\((?:right|left|center|centre|l\.|r\.|links|rechts|mitte|à\s+droite|à\s+gauche|izquierda|derecha|"
    r"a\s+destra|a\s+sinistra)\)|"
    r"\d{1,3}°\s*\d{1,2}[′']\s*\d{0,2}[″\"]?\s*[NSEW])",
    re.IGNORECASE,
)
#: "Name | Palma de Mallorca | 08/01/2014", "| Weekly Edition Front page Security Kernel …".
_SEPARATORS_RE = re.compile(r"\s[|•»]\s|^\s*[|•»]")
_WORD_RE = re.compile(r"\w+")

#: First words that point back to the sentence before ("Das Unternehmen wurde ebenfalls …", "However,
#: …"): such a sentence is taken only right after its predecessor. Small lists, measured on the report
#: half (ROUGE) and read on real pages; pronouns that usually open a new story ("Er", "He") are not here.
NEEDS_PREDECESSOR = {
    "de": "und aber doch jedoch dennoch trotzdem zudem außerdem allerdings deshalb daher deswegen ebenfalls",
    "en": "and but however moreover furthermore also yet thus therefore hence nevertheless instead",
    "fr": "et mais cependant pourtant toutefois donc néanmoins or puis ensuite",
    "es": "y pero sin embargo además también",
    "it": "e ma però inoltre anche quindi dunque",
    "pt": "e mas porém contudo além também",
}
_NEEDS_PREDECESSOR = {code: frozenset(words.split()) for code, words in NEEDS_PREDECESSOR.items()}


def normalised(text: str) -> str:
    """Lower-case words only: two sentences that read the same compare equal."""
    return " ".join(_WORD_RE.findall(text.casefold()))


def _same_text(one: str, other: str) -> bool:
    """Equal, one inside the other with at most a fifth more words ("Headline 2015"), or the headline
    reworded by a word or two ("DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket" under "DB Lounge: Kein
    Zutritt mehr mit Sparpreis-Tickets"): four fifths of the words shared, lengths within a fifth."""
    short, long = sorted((one, other), key=len)
    if short == long or (bool(short) and short in long and len(short.split()) >= 0.8 * len(long.split())):
        return True
    short_words, long_words = short.split(), long.split()
    if not short_words or len(short_words) < 0.8 * len(long_words):
        return False
    shared = len(set(short_words) & set(long_words))
    return shared >= 0.8 * max(len(set(short_words)), len(set(long_words)))


def reason_to_skip(sentence: Sentence, heading: str) -> str | None:
    """Why `sentence` is not a candidate (None: it is one). `heading` is the normalised title."""
    if len(sentence.words) < MIN_SUMMARY_WORDS:
        return "short"
    text = sentence.text
    if heading and _same_text(normalised(text), heading):
        return "headline"
    if (
        _FURNITURE_RE.search(text)
        or _FURNITURE_ANYWHERE_RE.search(text)
        or len(_SEPARATORS_RE.findall(text)) >= 2
    ):
        return "furniture"
    return None


def candidates(sentences: Sequence[Sentence], title: str | None) -> np.ndarray:
    """A boolean mask: which sentences may be picked."""
    heading = normalised(title or "")
    return np.array([reason_to_skip(s, heading) is None for s in sentences], dtype=bool)


def needs_predecessor(sentence: Sentence, language: str) -> bool:
    """Whether the sentence opens with a word that points back to the one before it."""
    first = sentence.words[0] if sentence.words else ""
    return first in _NEEDS_PREDECESSOR.get(language, frozenset())


def choose_distinct(
    sentences: Sequence[Sentence], order: Sequence[int], count: int, language: str, allowed: np.ndarray
) -> list[int]:
    """The first `count` of `order` (best first) that are candidates, read differently from every one
    already chosen, and — if they point back — come right after a chosen sentence."""
    chosen: list[int] = []
    seen: set[str] = set()
    for index in order:
        if len(chosen) == count:
            break
        if not allowed[index]:
            continue
        key = normalised(sentences[index].text)
        if key in seen:
            continue
        before = index - 1
        if needs_predecessor(sentences[index], language) and before not in chosen:
            # Taken with the sentence it continues, when that one may be picked and both fit.
            if before < 0 or not allowed[before] or len(chosen) + 2 > count:
                continue
            previous_key = normalised(sentences[before].text)
            if previous_key in seen:
                continue
            chosen.append(before)
            seen.add(previous_key)
        chosen.append(index)
        seen.add(key)
    return chosen
