"""`make eval-extraction`: how much of each real web page's main text we get, and how little boilerplate.

The corpus (`shared/data/webpages`, from trafilatura's own evaluation) names for each page snippets the
main text must contain ("with") and boilerplate it must not ("without"); per snippet, as trafilatura
scores itself: found "with" = true positive, missed = false negative, found "without" = false positive.
Three paths are scored on the same 949 pages:

- the extension's in-page extraction (its "in the page" option): the vendored Readability plus our
  paragraph text, in jsdom (`extension/scripts/extract-corpus.js`), without the `isProbablyReaderable`
  gate;
- the server's HTML input (`precis.extraction.extract_page`, trafilatura), the extension's default;
- "in the page" with the page's HTML to the server where Readability finds nothing;
- trafilatura on the HTML exactly as the extension sends it (form fields, comments, hidden elements and
  non-article <meta> removed in the page: jsdom has no layout, so only what CSS and attributes say is
  hidden is removed), to show that sending less costs no text.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from precis.extraction import ExtractionError, extract_page

from .common import publish, shared_dir

ROOT = Path(__file__).resolve().parent.parent
_SPACE_RE = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def count(text: str | None, entry: dict) -> Counter:
    """Snippet counts for one page (an empty extraction finds nothing and lets no boilerplate in)."""
    found = squash(text or "")
    counts = Counter()
    for snippet in entry.get("with", []):
        counts["tp" if squash(snippet) in found else "fn"] += 1
    for snippet in entry.get("without", []):
        counts["fp" if squash(snippet) in found else "tn"] += 1
    return counts


def prf(counts: Counter) -> tuple[float, float, float]:
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return precision, recall, f1


def readability_texts(html_dir: Path, files: list[str], batch: int = 40) -> dict[str, dict]:
    """Run the extension's extraction in jsdom over `files` (needs `npm ci` in extension/). Pages go in
    batches, one Node process each, since jsdom's memory grows over hundreds of pages; a batch whose
    process dies is retried page by page, and a page that kills Node counts as found nothing."""
    script = ROOT / "extension" / "scripts" / "extract-corpus.js"

    def run(names: list[str]) -> dict[str, dict] | None:
        done = subprocess.run(
            ["node", "--max-old-space-size=4096", str(script), str(html_dir)],
            input="\n".join(names),
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            return None
        # "\n" only: JSON.stringify leaves U+2028 and friends raw, and str.splitlines() splits at them
        lines = [line for line in done.stdout.split("\n") if line.strip()]
        return {r["file"]: r for r in map(json.loads, lines)}

    results: dict[str, dict] = {}
    for start in range(0, len(files), batch):
        names = files[start : start + batch]
        found = run(names)
        if found is None:
            found = {}
            for name in names:
                found.update(run([name]) or {name: {"file": name, "readerable": False, "text": None}})
        results.update(found)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared")
    parser.add_argument("--limit", type=int, help="only the first N pages (a quick look)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    folder = shared_dir(args.shared) / "data" / "webpages"
    corpus = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    entries = {e["file"]: e for e in corpus.values() if (folder / "html" / e["file"]).exists()}
    files = sorted(entries)[: args.limit]

    started = time.perf_counter()
    readability = readability_texts(folder / "html", files)
    readability_s = time.perf_counter() - started

    totals = {name: Counter() for name in ("readability", "trafilatura", "extension", "sent")}
    stats = Counter()
    trafilatura_s = 0.0
    for name in files:
        entry = entries[name]
        html = (folder / "html" / name).read_bytes().decode("utf-8", "replace")
        clock = time.perf_counter()
        try:
            server_text = extract_page(html).text
        except ExtractionError:
            server_text, stats["trafilatura_empty"] = None, stats["trafilatura_empty"] + 1
        trafilatura_s += time.perf_counter() - clock
        ours = readability.get(name, {})
        try:
            sent_text = extract_page(ours["sent_html"]).text if ours.get("sent_html") else None
        except ExtractionError:
            sent_text = None
        totals["sent"] += count(sent_text, entry)
        if not ours.get("readerable"):
            stats["not_readerable"] += 1
        if ours.get("text") is None:
            stats["readability_empty"] += 1
        r_counts, t_counts = count(ours.get("text"), entry), count(server_text, entry)
        totals["readability"] += r_counts
        totals["trafilatura"] += t_counts
        totals["extension"] += r_counts if ours.get("text") is not None else t_counts
        r_f, t_f = prf(r_counts)[2], prf(t_counts)[2]
        stats["readability_better"] += r_f > t_f + 1e-9
        stats["trafilatura_better"] += t_f > r_f + 1e-9
        stats["readability_more_boilerplate"] += r_counts["fp"] > t_counts["fp"]
        stats["readability_missed_more"] += r_counts["fn"] > t_counts["fn"]

    n = len(files)
    rows = [
        (
            "Readability 0.6.0 in the page (the extension's 'in the page' option; jsdom)",
            totals["readability"],
            readability_s,
        ),
        (
            "trafilatura on the server (`html` input; the extension's default)",
            totals["trafilatura"],
            trafilatura_s,
        ),
        (
            "'in the page', with the page's HTML to the server where Readability finds nothing",
            totals["extension"],
            None,
        ),
        (
            "trafilatura on the HTML as the extension sends it (no form fields, comments, hidden parts)",
            totals["sent"],
            None,
        ),
    ]
    lines = [
        "## Main-text extraction (real web pages)",
        "",
        f"Made by `make eval-extraction` on the {n} pages of `shared/data/webpages` that have their HTML "
        "(trafilatura's evaluation corpus: mostly German and English news and blogs, also French, Polish, "
        "Chinese and more). Per-snippet precision / recall / F1 as that corpus scores itself; trafilatura's "
        "own CI floor there is F1 0.92 (fast) / 0.93 (with fallbacks).",
        "",
        "| extractor | precision | recall | F1 | ms per page |",
        "|---|---|---|---|---|",
    ]
    for label, counts, seconds in rows:
        p, r, f = prf(counts)
        per_page = f"{seconds * 1000 / max(1, n):.0f}" if seconds is not None else "—"
        lines.append(f"| {label} | {p:.3f} | {r:.3f} | **{f:.3f}** | {per_page} |")
    lines += [
        "",
        "Where Readability loses: trafilatura scores better on "
        f"{stats['trafilatura_better']} pages and worse on {stats['readability_better']}; Readability lets "
        f"in more boilerplate than trafilatura on {stats['readability_more_boilerplate']} pages and misses "
        f"more of the text on {stats['readability_missed_more']}. It finds no article on "
        f"{stats['readability_empty']} pages (trafilatura on {stats['trafilatura_empty']}), and "
        f"`isProbablyReaderable` calls {stats['not_readerable']} of the {n} pages not an article (the "
        'extension then offers "Summarise anyway"). Because trafilatura wins, the extension sends the '
        "page's HTML (scripts and styles removed) by default and keeps Readability as an option for those "
        "who would rather send only text. Pages are decoded as UTF-8, as a browser would send them after "
        "decoding; timings are this 2-core machine's, jsdom being slower than a browser.",
    ]
    body = "\n".join(lines)
    publish(body, "extraction", write=not args.no_write and args.limit is None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
