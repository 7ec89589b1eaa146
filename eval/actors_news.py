"""`make eval-actors-news`: key actors as a reader sees them, on 70 real news articles annotated by hand.

`shared/data/actors/` (SOURCE.md there defines the matching; its score.py is the reference): every named
person, organisation and place with its surface forms, the key actors ranked, and who said which quote.
Each article goes through `analyse()` with its title, as the extension sends it. Per language:

- key recall@10: gold key actors matched by the name of one of our first ten cards;
- junk@10: our first ten cards whose name matches no gold entity;
- conflated@10: cards whose name and aliases together match two or more gold entities;
- wrong type@10: of our first ten cards that match an entity, those typed otherwise (person /
  organisation / location);
- duplicates@10: cards whose name matches an entity an earlier card already matched;
- quote precision and recall: (speaker, text) pairs against the gold quotes, as SOURCE.md matches them.

An unseen set annotated to the same standard checks the work: tune the method, not these 70 articles.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from precis.pipeline import analyse

from .common import publish, read_jsonl, shared_dir

QUOTE_END = '"”»“'
LANGUAGES = ("de", "en", "es", "fr", "it", "pt", "ru")


def norm(text: str) -> str:
    """SOURCE.md's normalisation: whitespace runs collapsed, trimmed, case-folded."""
    return " ".join(text.split()).casefold()


def load_articles(folder: Path) -> list[dict[str, Any]]:
    """Gold records with their `text` (from teasers.jsonl or texts/<id>.txt) and `title`."""
    teasers = {t["id"]: t for t in read_jsonl(folder.parent / "summarization" / "teasers.jsonl")}
    articles = []
    for record in read_jsonl(folder / "gold.jsonl"):
        if record["source"] == "teasers.jsonl":
            teaser = teasers[record["id"]]
            text, title = teaser["text"], teaser.get("title") or record.get("title")
        else:
            text, title = (
                (folder / "texts" / f"{record['id']}.txt").read_text(encoding="utf-8"),
                record["title"],
            )
        articles.append({**record, "text": text, "title": title})
    return articles


def _gold_quote_spans(gold: dict[str, Any], text: str, form: dict[str, int]) -> list[tuple[int, str, str]]:
    """(speaker entity, normalised quote text, start) for every place a gold quote starts in `text`."""
    spans = []
    for quote in gold["quotes"]:
        speaker, start = form[norm(quote["speaker"])], quote["start"]
        position = text.find(start)
        while position != -1:
            after = position + len(start)
            ends = [i for i in (text.find(mark, after) for mark in QUOTE_END) if i != -1]
            paragraph_end = text.find("\n", after)
            end = min(ends) if ends else (paragraph_end if paragraph_end != -1 else len(text))
            spans.append((speaker, norm(text[position:end]), start))
            position = text.find(start, position + 1)
    return spans


def score_article(
    gold: dict[str, Any], text: str, cards: list[dict[str, Any]], quotes: list[dict]
) -> Counter:
    """One article's counts; `cards` ranked {"name", "aliases", "type"}, `quotes` {"speaker", "text"}."""
    entities = gold["entities"]
    form = {norm(f): i for i, e in enumerate(entities) for f in [e["name"], *e["aliases"]]}
    keys = {i for i, e in enumerate(entities) if e["key"] is not None}
    counts: Counter = Counter(keys=len(keys), articles=1)
    found: set[int] = set()
    for card in cards[:10]:
        counts["cards"] += 1
        entity = form.get(norm(card["name"]))
        if entity is None:
            counts["junk"] += 1
        else:
            counts["duplicates"] += entity in found
            counts["wrong_type"] += card.get("type") != entities[entity]["type"]
            found.add(entity)
        matched = {form[norm(f)] for f in [card["name"], *card.get("aliases", [])] if norm(f) in form}
        counts["conflated"] += len(matched) >= 2
    counts["keys_found"] = len(keys & found)
    spans = _gold_quote_spans(gold, text, form)
    matched_quotes: set[str] = set()
    for quote in quotes:
        speaker = form.get(norm(quote["speaker"]))
        head = norm(quote["text"])[:25]
        hits = [start for who, span, start in spans if who == speaker and head and head in span]
        counts["quotes"] += 1
        counts["right_quotes"] += bool(hits)
        matched_quotes.update(hits)
    counts["gold_quotes"] = len({q["start"] for q in gold["quotes"]})
    counts["gold_quotes_found"] = len(matched_quotes)
    return counts


def predict(article: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Our ranked cards and (speaker, text) quotes for one article, as the extension would get them."""
    result = analyse(article["text"], title=article["title"])
    cards = [{"name": a.name, "aliases": list(a.aliases), "type": a.type} for a in result.actors]
    quotes = [{"speaker": a.name, "text": q} for a in result.actors for q in a.quotes]
    return cards, quotes


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "—"


def table(totals: dict[str, Counter], seconds: float) -> str:
    lines = [
        "## Key actors on real news (`make eval-actors-news`)",
        "",
        f"The {totals['all']['articles']} hand-annotated articles of `shared/data/actors` (SOURCE.md there "
        "defines the matching), each through `analyse()` with its title. Goal (issue 17), in every "
        "language: key recall@10 ≥ 0.90 · junk ≤ 0.05 · conflated 0 · wrong type ≤ 0.05 · duplicates 0 · "
        "quote recall ≥ 0.80 with precision ≥ 0.95. Our first ten cards are scored.",
        "",
        "| language | articles | key recall@10 | junk@10 | conflated@10 | wrong type@10 | duplicates@10 "
        "| quote precision | quote recall |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for language, t in totals.items():
        label = "**all**" if language == "all" else language
        lines.append(
            f"| {label} | {t['articles']} | {_ratio(t['keys_found'], t['keys'])} "
            f"| {_ratio(t['junk'], t['cards'])} | {_ratio(t['conflated'], t['cards'])} "
            f"| {_ratio(t['wrong_type'], t['cards'] - t['junk'])} "
            f"| {t['duplicates']} | {_ratio(t['right_quotes'], t['quotes'])} "
            f"| {_ratio(t['gold_quotes_found'], t['gold_quotes'])} |"
        )
    lines += ["", f"({seconds:.0f} s on this 2-core machine.)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    articles = load_articles(shared_dir(args.shared) / "data" / "actors")
    started = time.perf_counter()
    totals: dict[str, Counter] = {}
    for article in articles:
        cards, quotes = predict(article)
        counts = score_article(article, article["text"], cards, quotes)
        for language in (article["lang"], "all"):
            totals.setdefault(language, Counter()).update(counts)
    ordered = {lang: totals[lang] for lang in (*LANGUAGES, "all") if lang in totals}
    publish(table(ordered, time.perf_counter() - started), "actors-news", write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
