"""Shared helpers of the evaluation commands: where the data is, and how results are written."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"


def shared_dir(given: str | None = None) -> Path:
    path = Path(given or os.environ.get("PRECIS_SHARED") or Path(__file__).resolve().parents[2] / "shared")
    if not (path / "data").exists():
        raise SystemExit(f"shared data not found at {path}: pass --shared or set PRECIS_SHARED")
    return path


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def half(identifier: str) -> str:
    """Stable split by id: 'tune' or 'report' (parameters are chosen on one half, reported on the other)."""
    return "tune" if hashlib.sha1(identifier.encode()).digest()[0] % 2 == 0 else "report"


def replace_section(path: Path, name: str, body: str) -> None:
    """Write `body` between markers in a Markdown file, leaving the other sections as they are."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Quality\n"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.DOTALL)
    text = (
        pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def publish(body: str, section: str, write: bool) -> None:
    """Print an evaluation's tables and, when `write`, put them in their section of docs/quality.md."""
    print(body)
    if write:
        replace_section(DOCS / "quality.md", section, body)
