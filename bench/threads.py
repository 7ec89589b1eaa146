"""`make bench` (part): the example article's `analyse()` with the recogniser on one BLAS thread (our
policy) or on OpenBLAS's default (one per core), on an idle machine and beside busy processes.

Why: on a busy 2-core machine the default made the example article twice as slow (issue 16). The
competing load is plain Python loops in child processes, started and ended here by PID.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from eval.common import replace_section, shared_dir
from precis.actors import ner
from precis.pipeline import analyse, warm_up

DOCS = Path(__file__).resolve().parent.parent / "docs"
RUNS = 21
BUSY_PROCESSES = (0, 1, 2)


def _median_ms(text: str, blas_threads: int | None) -> float:
    ner.BLAS_THREADS = blas_threads
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        analyse(text)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(text: str) -> list[tuple[int, float, float]]:
    warm_up()
    rows = []
    for busy in BUSY_PROCESSES:
        load = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
        try:
            time.sleep(0.5)
            # Alternate, so that both policies see the same load over time.
            ones, defaults = [], []
            for _ in range(3):
                ones.append(_median_ms(text, 1))
                defaults.append(_median_ms(text, None))
        finally:
            for process in load:
                process.kill()
                process.wait()
        rows.append((busy, statistics.median(ones), statistics.median(defaults)))
    ner.BLAS_THREADS = 1
    return rows


def table(rows: list[tuple[int, float, float]]) -> str:
    lines = [
        "## BLAS threads on a busy machine",
        "",
        f"The example article's whole `analyse()`, median of 3 × {RUNS} runs, on {os.cpu_count()} cores "
        "beside N processes that keep a core busy (`python -m bench.threads`). The recogniser runs on "
        "one BLAS thread (`precis.actors.ner.BLAS_THREADS`) because of this table.",
        "",
        "| busy processes | one BLAS thread (ours) | OpenBLAS default (one per core) |",
        "|---|---|---|",
    ]
    lines += [f"| {busy} | **{one:.1f} ms** | {default:.1f} ms |" for busy, one, default in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=None)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    text = (shared_dir(args.shared) / "seeds" / "article-de.txt").read_text(encoding="utf-8")
    body = table(measure(text))
    print(body)
    if not args.no_write:
        replace_section(DOCS / "performance.md", "threads", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
