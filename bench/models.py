"""`make bench` (part): what each language's actor model costs, and a 1,000-word article in every language
we annotate, with every model loaded in one process.

Issue 17's limits: a 1,000-word article in any language ≤ 400 ms (`analyse()`, warm, median), peak memory
with every model loaded ≤ 900 MB. Articles are the real news of `shared/data/actors`, joined per language
until 1,000 words; resident memory is read from /proc after each model loads (the peak from getrusage).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from eval.actors_news import LANGUAGES, load_articles
from eval.common import replace_section, shared_dir
from precis.actors.extractor import ActorExtractor
from precis.pipeline import analyse, default_extractor, warm_up

DOCS = Path(__file__).resolve().parent.parent / "docs"
WORDS = 1000
RUNS = 11


def _resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _finder_name(extractor: ActorExtractor, language: str) -> str:
    finder = extractor.finder(language)
    source = getattr(finder, "source", None)
    if source:
        return f"{Path(source).name} (ours)" if "/" in source else source
    return {"SlovnetEntityFinder": "Slovnet news (natasha)", "RuleEntityFinder": "rules"}.get(
        type(finder).__name__, type(finder).__name__
    )


def article_of(articles: list[dict], language: str, words: int = WORDS) -> str:
    """Paragraphs of the language's articles, in order, until `words` words."""
    taken: list[str] = []
    count = 0
    for article in articles:
        if article["lang"] != language:
            continue
        for paragraph in article["text"].split("\n"):
            if count >= words:
                return "\n".join(taken)
            paragraph_words = paragraph.split()
            taken.append(" ".join(paragraph_words[: words - count]))
            count += min(len(paragraph_words), words - count)
    return "\n".join(taken)


def measure(articles: list[dict]) -> tuple[list[dict], float, float]:
    warm_up()
    extractor = default_extractor()
    base = _resident_mb()
    rows = []
    for language in LANGUAGES:
        text = article_of(articles, language)
        before = _resident_mb()
        started = time.perf_counter()
        analyse(text, language=language)  # loads the language's model
        first = (time.perf_counter() - started) * 1000
        loaded = _resident_mb() - before
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            analyse(text, language=language)
            times.append((time.perf_counter() - started) * 1000)
        rows.append(
            {
                "language": language,
                "finder": _finder_name(extractor, language),
                "words": len(text.split()),
                "first_ms": first,
                "median_ms": statistics.median(times),
                "loaded_mb": loaded,
            }
        )
    return rows, base, _peak_mb()


def table(rows: list[dict], base: float, peak: float) -> str:
    lines = [
        "## Every language's model in one process",
        "",
        f"`python -m bench.models`: a {WORDS:,}-word article per language (real news from "
        "`shared/data/actors`), `analyse()` warm, median of "
        f'{RUNS}; "model loaded" is the resident memory the language\'s first article added (its model, '
        "stemmer and stop words). Limits (issue 17): ≤ 400 ms per 1,000-word article, ≤ 900 MB peak with "
        "every model loaded.",
        "",
        "| language | actor finder | words | first article (loads the model) | analyse(), warm "
        "| model loaded |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['language']} | {row['finder']} | {row['words']:,} | {row['first_ms']:,.0f} ms "
            f"| **{row['median_ms']:,.0f} ms** | {row['loaded_mb']:+,.0f} MB |"
        )
    lines += [
        "",
        f"Resident after warm-up (de, en): {base:,.0f} MB; peak with every model: **{peak:,.0f} MB**.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=None)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    articles = load_articles(shared_dir(args.shared) / "data" / "actors")
    body = table(*measure(articles))
    print(body)
    if not args.no_write:
        replace_section(DOCS / "performance.md", "models", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
