"""`make eval-actors`: entity-level precision / recall / F1 of our entity finders on held-out gold data.

Three finders per language: the model alone (for Russian also our spaCy fallback), the product path
(model corrected and completed by rules: `merge.combine`), and the rules alone (the fallback for
languages without a model). Only PER/ORG/LOC count (outer level; OTH, -deriv and -part are not actors).
Sentences are joined with spaces into one text per sentence and the character spans compared exactly.
The German sets were never trained on (the model's data is GermEval *test*, Europeana and SmartData
*train*); nor were the WikiGold held-out articles (every fifth) and WikiNER ru *test*.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from precis.actors.extractor import ActorExtractor
from precis.actors.merge import combine
from precis.actors.ner import SpacyEntityFinder, model_source
from precis.actors.rules import RuleEntityFinder
from training.ner.convert import read_columns, read_wikigold_documents, split_wikigold, to_iob2

from .common import publish, shared_dir

TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}


def read_gold(path: Path, token_col: int, tag_col: int, sep: str | None = "\t") -> list[tuple[str, set]]:
    """(sentence text, {(start, end, type)}): the training reader's sentences and tags, as spans."""
    return as_spans(read_columns(path, token_col, tag_col, sep))


def wikigold_heldout(path: Path) -> list[tuple[str, set]]:
    """The WikiGold articles `make train-ner` holds out (every fifth)."""
    _, heldout = split_wikigold(read_wikigold_documents(path))
    return as_spans(sentence for document in heldout for sentence in document)


def as_spans(tagged: Iterable[list[tuple[str, str]]]) -> list[tuple[str, set]]:
    sentences = []
    for sentence in tagged:
        text, spans, current = "", set(), None
        for (token, _), tag in zip(sentence, to_iob2([tag for _, tag in sentence]), strict=True):
            start = len(text)
            text += token + " "
            prefix, _, label = tag.partition("-")
            if prefix == "I" and current:
                current[1] = start + len(token)
                continue
            if current:
                spans.add(tuple(current))
            current = [start, start + len(token), TYPES[label]] if prefix == "B" else None
        if current:
            spans.add(tuple(current))
        sentences.append((text.rstrip(), spans))
    return sentences


def score(gold: list[tuple[str, set]], find, language: str) -> dict[str, dict[str, float]]:
    counts: dict[str, Counter] = {t: Counter() for t in (*TYPES.values(), "all")}
    find(gold[0][0] if gold else "Berlin", language)  # caches and models loaded before the clock starts
    started = time.perf_counter()
    words = 0
    for text, expected in gold:
        words += text.count(" ") + 1
        predicted = {(m.start, m.end, m.type) for m in find(text, language)}
        for kind in TYPES.values():
            e = {s for s in expected if s[2] == kind}
            p = {s for s in predicted if s[2] == kind}
            for key, value in (("tp", len(e & p)), ("fp", len(p - e)), ("fn", len(e - p))):
                counts[kind][key] += value
                counts["all"][key] += value
    result = {}
    for kind, c in counts.items():
        precision = c["tp"] / max(1, c["tp"] + c["fp"])
        recall = c["tp"] / max(1, c["tp"] + c["fn"])
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        result[kind] = {"p": precision, "r": recall, "f1": f1}
    result["speed"] = {"words_per_second": words / max(1e-9, time.perf_counter() - started)}
    return result


def gold_sets(shared: Path) -> list[tuple[str, str, list]]:
    ner = shared / "data" / "ner"
    sets = [
        ("de", "GermEval 2014 dev", read_gold(ner / "de" / "germeval2014-dev.tsv", 1, 2)),
        ("de", "SmartData test", read_gold(ner / "smartdata" / "test.tsv", 0, 1)),
        ("de", "Europarl test", read_gold(ner / "de" / "europarl-test.tsv", 0, 4)),
        ("en", "WikiGold held-out", wikigold_heldout(ner / "en" / "wikigold.conll")),
        ("en", "CoNLL-2003 test", read_gold(ner / "en" / "conll2003-test.tsv", 0, 1)),
        ("fr", "WikiANN fr test", read_gold(ner / "wikiann" / "fr-test.tsv", 0, 1)),
        ("nl", "WikiANN nl test", read_gold(ner / "wikiann" / "nl-test.tsv", 0, 1)),
        ("ru", "WikiNER ru test", read_gold(ner / "ru" / "wikiner-test.txt", 0, 3, sep=" ")),
        ("pt", "UNER Bosque test", read_gold(ner / "uner" / "pt-test.tsv", 0, 1)),
        ("pt", "HAREM test documents", read_gold(ner / "harem" / "pt-test.tsv", 0, 1)),
    ]
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    rules = RuleEntityFinder()
    rows = []
    for language, name, gold in gold_sets(shared_dir(args.shared)):
        finders = {"rules": rules.find}
        source = model_source(language, {})
        product = ActorExtractor().finder(language)
        if source and not isinstance(product, SpacyEntityFinder):  # Russian: Slovnet before our model
            finders["our spaCy model (fallback)"] = SpacyEntityFinder(source).find
        if product is not rules and not isinstance(product, RuleEntityFinder):
            finders["model"] = product.find
            finders["model + rules (product)"] = lambda t, lang, m=product: combine(
                m.find(t, lang), rules.find(t, lang), t
            )
        for finder_name, find in finders.items():
            result = score(gold, find, language)
            cells = " | ".join(
                f"{result[k]['p']:.2f} / {result[k]['r']:.2f} / **{result[k]['f1']:.2f}**"
                if k == "all"
                else f"{result[k]['f1']:.2f}"
                for k in ("all", "person", "organization", "location")
            )
            speed = result["speed"]["words_per_second"]
            row = f"| {language} | {name} ({len(gold)}) | {finder_name} | {cells} | {speed:,.0f} |"
            print(row, file=sys.stderr)
            rows.append(row)
    body = (
        "## Actors: entity recognition (entity-level, exact spans)\n\n"
        "Made by `make eval-actors`. P / R / **F1** over PER+ORG+LOC, then F1 per type; words/s on this "
        "2-core machine, one sentence at a time. `model` is the language's model alone (our spaCy models; "
        "for English Explosion's en_core_web_sm; for Russian Natasha's Slovnet, with our spaCy model as the "
        "fallback when natasha is not installed); the product uses "
        "`model + rules`; languages without a model get `rules`.\n\n"
        "| lang | set (sentences) | finder | all P / R / F1 | person F1 | organization F1 | location F1 "
        "| words/s |\n"
        "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows)
    )
    publish(body, "actors", write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
