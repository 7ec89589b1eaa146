"""Gather raw German text for `spacy pretrain` (tok2vec pretraining).

Why: our labelled German NER data is small (~13k sentences), and the usual remedy for scarce labels is to
pretrain the token-to-vector layer on unlabelled text first. The text comes from the shared news articles
(teasers.jsonl, the 20 Minuten reference set), the web pages (main text extracted with trafilatura, kept when
langdetect reads it as German) and the *training* NER sentences; the measuring sets (GermEval dev, SmartData
test, Europarl) never enter, so pretraining cannot leak their sentences.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from training.ner.convert import german_training_sentences

MIN_CHARS = 40


def news_articles(shared: Path) -> Iterator[str]:
    """German article bodies from the summarisation data."""
    summarization = shared / "data" / "summarization"
    for path in (summarization / "teasers.jsonl", summarization / "reference" / "de-20min.dev.jsonl"):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record.get("lang") == "de":
                    yield record["text"]


def web_pages(shared: Path) -> Iterator[str]:
    """Main text of the German web pages (trafilatura, the product's own HTML extractor)."""
    import trafilatura
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    webpages = shared / "data" / "webpages"
    entries = json.loads((webpages / "evaldata.json").read_text(encoding="utf-8"))
    for entry in entries.values():
        page = webpages / "html" / entry["file"]
        if not page.exists():
            continue
        text = trafilatura.extract(page.read_bytes()) or ""
        if len(text) > 200 and detect(text[:2000]) == "de":
            yield text


def training_sentences(shared: Path) -> Iterator[str]:
    """The sentences of the licence-safe NER training sources, as plain text."""
    for sentence in german_training_sentences(shared):
        yield " ".join(token for token, _ in sentence)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("build/ner-corpus/de/raw.jsonl"))
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    seen: set[str] = set()
    with args.out.open("w", encoding="utf-8") as out:
        for name, texts in (
            ("news", news_articles(args.shared)),
            ("web", web_pages(args.shared)),
            ("ner-train", training_sentences(args.shared)),
        ):
            for text in texts:
                # One line per paragraph: small pretraining batches, and repeated boilerplate is dropped.
                for paragraph in text.split("\n"):
                    paragraph = paragraph.strip()
                    if len(paragraph) < MIN_CHARS or paragraph in seen:
                        continue
                    seen.add(paragraph)
                    out.write(json.dumps({"text": paragraph}, ensure_ascii=False) + "\n")
                    counts[name] = counts.get(name, 0) + len(paragraph.split())
    print(f"{args.out}: " + ", ".join(f"{name} {words:,} words" for name, words in counts.items()))


if __name__ == "__main__":
    main()
