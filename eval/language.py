"""`make eval-language`: how often the language is right, on lingua's test sets and on whole articles.

Two deciders on the same texts: langdetect as it is (seeded, its top answer, an exception counted wrong)
and the product's decision (`precis.language.detect_document`: URLs/digits stripped, `und` under 20
letters, a paragraph vote, `reliable` only with enough letters and a clear margin). For the product we
also report how often it says `reliable` and how often it is right when it does — the number a client
acts on. Lines per file are capped (`--lines`, default 300, the first ones) to keep the run to minutes.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from langdetect import DetectorFactory, LangDetectException, detect

from precis import language

from .common import publish, read_jsonl, shared_dir

SETS = ("sentences", "word-pairs", "single-words")
#: the test files' codes that langdetect spells differently
ALSO_CORRECT = {"nb": {"no", "nb"}}
#: published accuracy (lingua-py accuracy reports) for the languages SOURCE.md lists: langdetect, lingua
PUBLISHED = {
    "de": ("49.0 / 70.4 / 99.7", "73.8 / 93.9 / 99.7"),
    "en": ("23.2 / 59.2 / 99.3", "54.5 / 88.5 / 99.3"),
    "fr": ("48.0 / 77.9 / 98.8", "73.7 / 94.3 / 99.2"),
    "es": ("24.8 / 46.0 / 98.1", "43.6 / 69.2 / 96.9"),
    "ru": ("69.8 / 87.1 / 95.4", "76.5 / 94.8 / 97.8"),
}


def raw_langdetect(text: str) -> str:
    try:
        return {"zh-cn": "zh", "zh-tw": "zh"}.get(code := detect(text), code)
    except LangDetectException:
        return "?"


def score(texts: list[str], expected: str) -> dict[str, float]:
    good = ALSO_CORRECT.get(expected, {expected})
    raw = sum(raw_langdetect(t) in good for t in texts)
    results = [language.detect_document(t) for t in texts]
    ours = sum(r.code in good for r in results)
    reliable = [r for r in results if r.reliable]
    n = max(1, len(texts))
    return {
        "n": len(texts),
        "langdetect": 100 * raw / n,
        "precis": 100 * ours / n,
        "reliable": 100 * len(reliable) / n,
        "right_when_reliable": 100 * sum(r.code in good for r in reliable) / max(1, len(reliable)),
    }


def langid_tables(folder: Path, lines: int) -> tuple[list[str], dict]:
    per_language: dict[str, dict[str, dict]] = defaultdict(dict)
    for set_name in SETS:
        for path in sorted((folder / set_name).glob("*.txt")):
            texts = [t.strip() for t in path.read_text(encoding="utf-8").splitlines() if t.strip()][:lines]
            per_language[path.stem][set_name] = score(texts, path.stem)
    return sorted(per_language), per_language


def fmt(values: list[float]) -> str:
    return " / ".join(f"{v:.1f}" for v in values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared")
    parser.add_argument("--lines", type=int, default=300)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    shared = shared_dir(args.shared)
    DetectorFactory.seed = 0
    language.warm_up()
    started = time.perf_counter()

    codes, table = langid_tables(shared / "data" / "langid", args.lines)
    lines = [
        "## Language detection",
        "",
        "Made by `make eval-language`: lingua-py's test files (`shared/data/langid`, first "
        f"{args.lines} lines of each), accuracy % as single words / word pairs / sentences. *langdetect*: "
        "the library as it is (seeded). *Précis*: the product's answer, which says `und` (undetermined) "
        "below 20 letters rather than guess, so it is 'wrong' on most single words by design; "
        "*reliable*: the share it flags `reliable: true`, and how often those are right.",
        "",
        "| language | langdetect | Précis | Précis reliable % | right when reliable % | published langdetect"
        " / lingua (high accuracy) |",
        "|---|---|---|---|---|---|",
    ]
    means = defaultdict(list)
    for code in codes:
        row = [table[code][s] for s in reversed(SETS)]
        for key in ("langdetect", "precis", "reliable", "right_when_reliable"):
            means[key].append([r[key] for r in row])
        published = " — ".join(PUBLISHED[code]) if code in PUBLISHED else ""
        lines.append(
            f"| {code} | {fmt([r['langdetect'] for r in row])} | {fmt([r['precis'] for r in row])} | "
            f"{fmt([r['reliable'] for r in row])} | {fmt([r['right_when_reliable'] for r in row])} | "
            f"{published} |"
        )
    mean = {k: [sum(col) / len(col) for col in zip(*v, strict=True)] for k, v in means.items()}
    lines.append(
        f"| **mean of {len(codes)}** | **{fmt(mean['langdetect'])}** | **{fmt(mean['precis'])}** | "
        f"{fmt(mean['reliable'])} | **{fmt(mean['right_when_reliable'])}** | |"
    )

    by_lang: dict[str, list[str]] = defaultdict(list)
    for article in read_jsonl(shared / "data" / "summarization" / "teasers.jsonl"):
        by_lang[article["lang"]].append(article["text"])
    lines += [
        "",
        "Whole articles (`shared/data/summarization/teasers.jsonl`) and their beginnings, Précis's answer "
        "(accuracy % / reliable %):",
        "",
        "| language | articles | first 50 characters | first 200 characters | whole article |",
        "|---|---|---|---|---|",
    ]
    for code in sorted(by_lang):
        cells = []
        for cut in (50, 200, None):
            s = score([t[:cut] if cut else t for t in by_lang[code]], code)
            cells.append(f"{s['precis']:.1f} / {s['reliable']:.1f}")
        lines.append(f"| {code} | {len(by_lang[code])} | " + " | ".join(cells) + " |")
    lines += ["", f"({time.perf_counter() - started:.0f} s on this 2-core machine.)"]
    body = "\n".join(lines)
    publish(body, "language", write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
