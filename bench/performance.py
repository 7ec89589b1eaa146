"""`make bench`: how fast `analyse()` and each stage run from 500 to 200,000 words, beside sumy's LexRank.

Pages: `shared/data/perf/pages/` (real news, no repeated paragraphs; de-500 is the example article).
Every page runs in a fresh child process, so peak memory (max RSS) belongs to that page alone; models are
loaded and warmed before the clock starts. Ours: language, sentences, summary (`precis`, and
`lexrank-sparse` — sumy's algorithm on sparse matrices), actors, and the whole `analyse()`. sumy: its
`PlaintextParser` (given an offline tokenizer: the same Punkt models and word regex, since sumy's own
`Tokenizer` needs NLTK data we cannot download) + `LexRankSummarizer`, measured up to 50,000 words and
projected beyond from the fitted power law (it would take ~35 minutes at 200,000 words).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from eval.common import shared_dir

DOCS = Path(__file__).resolve().parent.parent / "docs"
#: The raw measurements of the last run, kept beside the table so it can be re-rendered and compared.
RESULTS = DOCS / "performance.json"
PAGES = {"de": (500, 2000, 10000, 50000, 200000), "en": (500, 2000, 10000, 50000, 150000)}
SUMY_MAX_WORDS = 50_000
STAGES = ("language", "sentences", "summary", "lexrank-sparse", "actors", "analyse")


def _word_range(text: str) -> range:
    return range(len(text.split()))


#: Pages made to hurt, each rebuilt from the 200,000-word German page: what a broken or hostile page costs.
#: Each once, in a fresh process; all must stay within the 200,000-word targets (3 s, 500 MB).
HOSTILE_SOURCE = "de-200000.txt"
HOSTILE: dict[str, Callable[[str], str]] = {
    "single newlines only": lambda text: text.replace("\n\n", "\n"),
    "no punctuation, one line": lambda text: re.sub(r"[.!?;:\n]", " ", text),
    "one word per line": lambda text: "\n".join(text.split()),
    "distinct numbers only": lambda text: " ".join(str(1_000_003 * i % 9_999_991) for i in _word_range(text)),
    "one sentence repeated": lambda text: '"Ja", sagte Müller heute in Berlin. ' * (len(text.split()) // 7),
    "abbreviations only": lambda text: "Dr. Prof. Abs. Nr. " * (len(text.split()) // 4),
}


#: The ratio to sumy rests on this median: at least this many runs whatever the page size.
CORE_REPEATS = 11


def repeats(words: int) -> int:
    """More runs where runs are cheap; medians need at least a few."""
    for limit, times in ((600, 50), (2000, 15), (10_000, 5), (50_000, 3)):
        if words <= limit:
            return times
    return 2


def _median_ms(run: Callable[[], object], times: int) -> float:
    samples = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return round(1000 * statistics.median(samples), 2)


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure_ours(text: str, code: str) -> dict:
    from precis import language, pipeline
    from precis import sentences as sent
    from precis import summary as summ

    pipeline.warm_up()
    ready = _rss_mb()
    started = time.perf_counter()
    language.detect_document(text)
    split = sent.split(text, code)
    count = summ.default_length(len(split))
    ranking = summ.get("precis").rank(split, count, code)
    first_run = round(1000 * (time.perf_counter() - started), 2)  # stems not yet remembered
    words = sum(len(s.words) for s in split)
    times = repeats(len(text.split()))
    chosen = {c.sentence.index for c in ranking.chosen}
    scope = pipeline.actor_scope(split, ranking.scores, chosen, pipeline.ACTOR_WORD_BUDGET)
    extractor = pipeline.default_extractor()
    runs = {
        "language": lambda: language.detect_document(text),  # what analyse() runs: the paragraph vote
        "sentences": lambda: sent.split(text, code),
        "summary": lambda: summ.get("precis").rank(split, count, code),
        "lexrank-sparse": lambda: summ.get("lexrank-sparse").rank(split, count, code),
        "actors": lambda: extractor.extract(text, code, split, chosen, scope),
        "analyse": lambda: pipeline.analyse(text),
    }
    medians = {stage: _median_ms(run, times) for stage, run in runs.items()}
    # Language + sentences + summary in one call, the way a request runs them: analyse() without actors.
    medians["core"] = _median_ms(lambda: pipeline.analyse(text, find_actors=False), max(times, CORE_REPEATS))
    return {
        "sentences_count": len(split),
        "words_ours": words,
        "median_ms": medians,
        "first_run_core_ms": first_run,
        "repeats": times,
        "ready_rss_mb": ready,
        "peak_rss_mb": _rss_mb(),
    }


def measure_sumy(text: str, code: str) -> dict:
    from .sumy_baseline import lexrank

    lexrank(text[:2000], code)  # warm: stemmer and Punkt model loaded
    page_words = len(text.split())
    times = 5 if page_words <= 2000 else 3 if page_words <= 10_000 else 1
    median = _median_ms(lambda: lexrank(text, code), times)
    return {"median_ms": {"sumy-lexrank": median}, "peak_rss_mb": _rss_mb(), "repeats": times}


def measure_hostile(text: str, name: str) -> dict:
    from precis import pipeline

    pipeline.warm_up()
    page = HOSTILE[name](text)
    started = time.perf_counter()
    result = pipeline.analyse(page)
    return {
        "page": name,
        "words": len(page.split()),
        "sentences_count": result.stats.sentences,
        "total_ms": round(1000 * (time.perf_counter() - started), 1),
        "stages_ms": result.timings_ms,
        "peak_rss_mb": _rss_mb(),
    }


def child(kind: str, page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    code = page.name.split("-")[0]
    if kind.startswith("hostile:"):
        result = measure_hostile(text, kind.removeprefix("hostile:"))
    else:
        result = measure_ours(text, code) if kind == "ours" else measure_sumy(text, code)
    print(json.dumps(result))


def run_child(kind: str, page: Path) -> dict:
    command = [sys.executable, "-m", "bench.performance", "--child", kind, str(page)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PAGE"), help=argparse.SUPPRESS)
    parser.add_argument("--languages", default="de,en")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--report-only", action="store_true", help="re-render from the last run's JSON")
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    from .report import write

    if args.report_only:
        print(write(json.loads(RESULTS.read_text(encoding="utf-8")), DOCS, write_files=not args.no_write))
        return 0
    pages_dir = shared_dir(args.shared) / "data" / "perf" / "pages"
    results: dict[str, list[dict]] = {}
    for code in args.languages.split(","):
        rows = results[code] = []
        for size in PAGES[code]:
            page = pages_dir / f"{code}-{size}.txt"
            words = len(page.read_text(encoding="utf-8").split())
            row = {"page": page.name, "words": words, **run_child("ours", page)}
            if words <= SUMY_MAX_WORDS * 1.05:
                sumy = run_child("sumy", page)
                row["median_ms"].update(sumy["median_ms"])
                row["sumy_peak_rss_mb"] = sumy["peak_rss_mb"]
            rows.append(row)
            print(f"{page.name}: {row['median_ms']} peak {row['peak_rss_mb']} MB", file=sys.stderr)
    hostile = results["hostile"] = []
    for name in HOSTILE:
        hostile.append(run_child(f"hostile:{name}", pages_dir / HOSTILE_SOURCE))
        print(f"{name}: {hostile[-1]['total_ms']} ms, peak {hostile[-1]['peak_rss_mb']} MB", file=sys.stderr)
    RESULTS.write_text(json.dumps(results, indent=1), encoding="utf-8")
    report = write(results, DOCS, write_files=not args.no_write)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
