"""`make eval-summary-pages`: what a reader would cut from our summaries of real web pages.

The 949 pages of `shared/data/webpages` (trafilatura's evaluation corpus: news, blogs, company and
government pages, mostly German and English) go in as HTML, the extension's default, through
`analyse_html()` as the API runs it for the extension (front pages refused). Per summary sentence:

- boilerplate: it contains one of the page's `without` snippets (text the annotators marked as not
  article: navigation, credits, teasers, comments), or lies inside one;
- repeated: after normalisation (case, spaces, punctuation) it is another summary sentence of the page;
- headline: it is the page's title again (normalised equal, or one inside the other with at most a fifth
  more words);
- short: fewer than 4 words (and under 20 characters, for languages written without spaces).

Pages: how many were refused ("not an article", no text) and, on `INDEX_PAGES` — the home and listing
pages we picked from the corpus by reading them — how many were accepted (should be none).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from precis.pipeline import AnalysisError, analyse_html
from precis.summary.candidates import normalised

from .common import publish, shared_dir

#: Home and listing pages of the corpus, picked by reading each page (file names under html/): the six
#: front pages of company and personal sites. The corpus (trafilatura's evaluation set) has no news
#: front page or section front; a hidden set of those checks the rule.
INDEX_PAGES: tuple[str, ...] = (
    "colours-of-the-soul.alhelm.net.html",
    "pix-bavaria.de.html",
    "anwaltniemeyer.de.index.html",
    "prof-pc.de.html",
    "sass-ag.de.index.html",
    "jodel.com.advertising.html",
)


def _same_text(one: str, other: str) -> bool:
    """Equal, or one inside the other with at most a fifth more words ("Headline 2015")."""
    short, long = sorted((one, other), key=len)
    return short == long or (short in long and len(short.split()) >= 0.8 * len(long.split()))


def sentence_faults(sentences: list[str], title: str | None, without: list[str]) -> list[set[str]]:
    """The faults of each summary sentence (empty set: a sentence a reader keeps)."""
    boilerplate = [normalised(s) for s in without if normalised(s)]
    heading = normalised(title or "")
    seen: set[str] = set()
    faults = []
    for text in sentences:
        norm = normalised(text)
        found = set()
        if any(b in norm or (len(norm.split()) >= 4 and norm in b) for b in boilerplate):
            found.add("boilerplate")
        if norm in seen:
            found.add("repeated")
        if heading and norm and _same_text(norm, heading):
            found.add("headline")
        if len(text.split()) < 4 and len(text) < 20:  # CJK writes no spaces: 20 characters
            found.add("short")
        seen.add(norm)
        faults.append(found)
    return faults


def load_pages(folder: Path) -> list[dict[str, Any]]:
    entries = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, entry in entries.items():
        path = folder / "html" / entry["file"]
        if path.exists():
            pages.append({"url": None if url.startswith("hard::") else url, **entry, "path": path})
    return pages


def run(pages: list[dict[str, Any]]) -> tuple[dict[str, Counter], list[dict[str, Any]]]:
    totals: dict[str, Counter] = {}
    examples: list[dict[str, Any]] = []
    for page in pages:
        html = page["path"].read_text(encoding="utf-8", errors="replace")
        index = page["file"] in INDEX_PAGES
        try:
            result = analyse_html(html, url=page["url"], require_article=True)
        except AnalysisError as exc:
            language = "?"
            counts = Counter(pages=1, refused=1, index_pages=int(index), index_refused=int(index))
            counts[f"refused:{exc.code}"] += 1
            totals.setdefault(language, Counter()).update(counts)
            totals.setdefault("all", Counter()).update(counts)
            continue
        language = result.language.code
        texts = [s.text for s in result.summary]
        faults = sentence_faults(texts, result.title, page.get("without", []))
        counts = Counter(pages=1, index_pages=int(index), index_accepted=int(index), sentences=len(texts))
        for found in faults:
            counts["faulty"] += bool(found)
            counts.update(found)
        for bucket in (language, "all"):
            totals.setdefault(bucket, Counter()).update(counts)
        examples += [
            {"file": page["file"], "text": text, "faults": sorted(found)}
            for text, found in zip(texts, faults, strict=True)
            if found
        ]
    return totals, examples


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "—"


def table(totals: dict[str, Counter], seconds: float) -> str:
    lines = [
        "## Summaries of real web pages (`make eval-summary-pages`)",
        "",
        f"The {totals['all']['pages']} pages of `shared/data/webpages` as HTML through `analyse_html()`, "
        "as the extension sends them. Share of summary sentences that are boilerplate (contain a snippet the "
        "annotators marked as not article), repeat another summary sentence, repeat the headline, or have "
        "fewer than 4 words. Goal (issue 18): ≥ 98 % article body, no repeats, no headline, every index page "
        "refused.",
        "",
        "| language | pages | refused | sentences | boilerplate | repeated | headline | short | any fault |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    ordered = sorted((k for k in totals if k != "all"), key=lambda k: -totals[k]["pages"])
    for language in [*ordered, "all"]:
        t = totals[language]
        label = "**all**" if language == "all" else language
        shares = " | ".join(
            _share(t[fault], t["sentences"])
            for fault in ("boilerplate", "repeated", "headline", "short", "faulty")
        )
        lines.append(f"| {label} | {t['pages']} | {t['refused']} | {t['sentences']} | {shares} |")
    a = totals["all"]
    refusals = ", ".join(
        f"{k.split(':', 1)[1]} {v}" for k, v in sorted(a.items()) if k.startswith("refused:")
    )
    lines += [
        "",
        f"Refused: {refusals or 'none'}. Index pages (listed in `eval/summary_pages.py`): "
        f"{a['index_pages']}, accepted {a['index_accepted']}.",
        "",
        f"({seconds:.0f} s on this 2-core machine.)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--examples", type=Path, help="write every faulty sentence here (JSON lines)")
    args = parser.parse_args(argv)
    pages = load_pages(shared_dir(args.shared) / "data" / "webpages")
    started = time.perf_counter()
    totals, examples = run(pages)
    if args.examples:
        args.examples.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in examples))
    publish(table(totals, time.perf_counter() - started), "summary-pages", write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
