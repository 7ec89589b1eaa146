"""Many articles at once for `precis summarize`: files or a JSON-lines stream in, one answer per line out.

Each item is analysed on its own (a bad one gets its error in its line and the rest go on), on all cores
(one process per core, each loading the models once), in input order, with a progress bar on a terminal.
A JSON-lines item is `{"id", "text" | "html", "title"?}`; a file is an item whose id is its path.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .pipeline import Analysis, AnalysisError, analyse, analyse_html


@dataclass(frozen=True)
class Item:
    """One article to analyse, or the reason it cannot be (`error`)."""

    id: Any
    text: str | None = None
    html: str | None = None
    title: str | None = None
    error: str | None = None


def items_from_files(paths: Iterable[str], *, html: bool, title: str | None) -> Iterator[Item]:
    for path in paths:
        try:
            content = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield Item(path, error=f"cannot read {path}: {exc}")
            continue
        yield Item(path, html=content, title=title) if html else Item(path, text=content, title=title)


def items_from_jsonl(lines: Iterable[str]) -> Iterator[Item]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            yield Item(f"line {number}", error="not valid JSON")
            continue
        if not isinstance(record, dict):
            yield Item(f"line {number}", error="a line must be a JSON object")
            continue
        item_id = record.get("id", f"line {number}")
        sources = [name for name in ("text", "html") if isinstance(record.get(name), str)]
        title = record.get("title") if isinstance(record.get("title"), str) else None
        if len(sources) != 1:
            yield Item(item_id, error="give exactly one of 'text' or 'html' (a string)")
        else:
            yield Item(item_id, title=title, **{sources[0]: record[sources[0]]})


def analysis_of(item: Item, options: dict[str, Any]) -> Analysis:
    """`analyse()` or `analyse_html()` of a readable item, with its title; raises `AnalysisError`."""
    if item.html is not None:
        return analyse_html(item.html, title=item.title, **options)
    return analyse(item.text or "", title=item.title, **options)


def analyse_item(item: Item, options: dict[str, Any]) -> dict[str, Any]:
    """The answer for one item, as one JSON-ready line: `{"id", …analysis}` or `{"id", "error"}`."""
    if item.error:
        return {"id": item.id, "error": {"code": "invalid_item", "message": item.error}}
    try:
        result = analysis_of(item, options)
    except AnalysisError as exc:
        return {"id": item.id, "error": {"code": exc.code, "message": str(exc)}}
    return {"id": item.id, **result.to_dict()}


def _analyse_in_worker(job: tuple[Item, dict[str, Any]]) -> dict[str, Any]:
    return analyse_item(*job)


def run(items: Iterable[Item], options: dict[str, Any], out: TextIO, *, jobs: int, progress: bool) -> int:
    """Write one line per item to `out`, in input order; the number of items that failed."""
    from tqdm import tqdm

    jobs_iter = ((item, options) for item in items)
    failed = 0
    with tqdm(disable=not progress, unit=" articles", file=sys.stderr) as bar:
        if jobs <= 1:
            answers: Iterable[dict[str, Any]] = map(_analyse_in_worker, jobs_iter)
            pool = None
        else:
            # spawn: each worker starts clean and loads the models itself (no BLAS threads forked).
            pool = multiprocessing.get_context("spawn").Pool(jobs)
            answers = pool.imap(_analyse_in_worker, jobs_iter)
        try:
            for answer in answers:
                failed += "error" in answer
                out.write(json.dumps(answer, ensure_ascii=False) + "\n")
                out.flush()
                bar.update()
        finally:
            if pool is not None:
                pool.terminate()
    return failed


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
