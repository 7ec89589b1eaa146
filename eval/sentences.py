"""`make eval-sentences`: how well `precis.sentences.split` finds sentence boundaries, in 36 languages.

No sentence-segmented news ships with the shared data, but lingua-py's test sentences (one real,
untokenised sentence per line) make a fair stand-in: runs of `GROUP` consecutive lines are joined with a
single space, and the joins are the boundaries to find. A line that ends without punctuation leaves a
join no punctuation-based splitter can see; the *ceiling* column says how many joins follow a sentence end
(recall above it would be luck).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from precis import sentences

from .common import publish, shared_dir

GROUP = 5
#: What ends a sentence in the scripts of the test files (closing quotes and brackets may follow).
_ENDED = re.compile(r"""[.!?…。！？।؟;]["'»«“”„’)\]」』）]*$""")


def joined_runs(lines: list[str]) -> list[tuple[str, set[int]]]:
    """Texts of `GROUP` lines joined by one space, each with the offsets where its sentences end."""
    runs = []
    for first in range(0, len(lines) - GROUP + 1, GROUP):
        group = lines[first : first + GROUP]
        ends, at = set(), 0
        for line in group[:-1]:
            at += len(line)
            ends.add(at)
            at += 1
        runs.append((" ".join(group), ends))
    return runs


def score(runs: list[tuple[str, set[int]]], code: str) -> dict[str, float]:
    found = right = expected = ceiling = 0
    for text, gold in runs:
        last = len(text.rstrip())
        predicted = {s.end for s in sentences.split(text, code) if s.end < last}
        found += len(predicted)
        right += len(predicted & gold)
        expected += len(gold)
        ceiling += sum(bool(_ENDED.search(text[:end])) for end in gold)
    precision = right / found if found else 0.0
    recall = right / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "ceiling": ceiling / max(1, expected)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared")
    parser.add_argument("--lines", type=int, default=2000, help="first lines of each language's file")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    folder = shared_dir(args.shared) / "data" / "langid" / "sentences"
    started = time.perf_counter()
    results = {}
    for path in sorted(Path(folder).glob("*.txt")):
        lines = [t.strip() for t in path.read_text(encoding="utf-8").splitlines() if t.strip()][: args.lines]
        results[path.stem] = score(joined_runs(lines), path.stem)
    rows = [
        f"| {code} | {r['precision']:.3f} | {r['recall']:.3f} | **{r['f1']:.3f}** | {r['ceiling']:.3f} |"
        for code, r in results.items()
    ]
    keys = ("precision", "recall", "f1")
    mean = {key: sum(r[key] for r in results.values()) / len(results) for key in keys}
    body = "\n".join(
        [
            "## Sentence boundaries",
            "",
            f"Made by `make eval-sentences`: lingua-py's test sentences (`shared/data/langid/sentences`, "
            f"first {args.lines} lines of each language), joined {GROUP} at a time with one space; a "
            "boundary counts when a sentence of `precis.sentences.split` ends exactly at a join. "
            "*ceiling*: the share of joins that follow a sentence-ending mark at all.",
            "",
            "| language | precision | recall | F1 | ceiling |",
            "|---|---|---|---|---|",
            *rows,
            f"| **mean of {len(results)}** | {mean['precision']:.3f} | {mean['recall']:.3f} | "
            f"**{mean['f1']:.3f}** | |",
            "",
            f"({time.perf_counter() - started:.0f} s on this 2-core machine.)",
        ]
    )
    publish(body, "sentences", write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
