"""Convert the shared NER corpora to spaCy DocBin files for `spacy train`.

Why: the corpora come in four column formats (GermEval, CoNLL/IOB1, token<TAB>tag). We keep only the
PER/ORG/LOC spans (the actor types), normalise IOB1 to IOB2, and split deterministically so that the
measuring sets (GermEval dev, SmartData test, WikiGold held-out) never touch training.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

KEPT_TYPES = {"PER", "ORG", "LOC"}
Sentence = list[tuple[str, str]]


def read_columns(path: Path, token_col: int, tag_col: int, sep: str | None = "\t") -> Iterator[Sentence]:
    """Yield sentences as (token, tag) pairs from a blank-line separated column file."""
    sentence: Sentence = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            # No comment lines in these files: a line starting with "#" is a hashtag token (SmartData).
            if not line.strip() or line.startswith("-DOCSTART-"):
                if sentence:
                    yield sentence
                    sentence = []
                continue
            cols = line.split(sep)
            if len(cols) <= max(token_col, tag_col):
                continue
            sentence.append((cols[token_col], cols[tag_col]))
    if sentence:
        yield sentence


def read_wikigold_documents(path: Path) -> list[list[Sentence]]:
    """WikiGold is split by article (-DOCSTART-) so that held-out sentences come from unseen articles."""
    documents: list[list[Sentence]] = [[]]
    sentence: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            if documents[-1]:
                documents.append([])
            continue
        if not line.strip():
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            continue
        token, tag = line.rsplit(" ", 1)
        sentence.append((token, tag))
    if sentence:
        documents[-1].append(sentence)
    return [doc for doc in documents if doc]


def to_iob2(tags: list[str]) -> list[str]:
    """Keep PER/ORG/LOC (outer level, no -deriv/-part), turn IOB1 into IOB2."""
    result: list[str] = []
    previous = "O"
    for tag in tags:
        if tag == "O" or "-" not in tag:
            result.append("O")
            previous = "O"
            continue
        prefix, label = tag.split("-", 1)
        label = label.upper()
        if label not in KEPT_TYPES:
            result.append("O")
            previous = "O"
            continue
        if prefix == "I" and previous.split("-", 1)[-1] != label:
            prefix = "B"
        result.append(f"{prefix}-{label}")
        previous = result[-1]
    return result


def to_doc(vocab: Vocab, sentence: Sentence) -> Doc:
    words = [token for token, _ in sentence]
    tags = to_iob2([tag for _, tag in sentence])
    return Doc(vocab, words=words, ents=tags)


def write(vocab: Vocab, sentences: list[Sentence], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=(to_doc(vocab, s) for s in sentences)).to_disk(path)
    print(f"{path}: {len(sentences)} sentences")


def german_training_sentences(shared: Path) -> list[Sentence]:
    """The licence-safe German sources: GermEval 2014 test, Europeana (lft, onb, sbb), SmartData train."""
    ner = shared / "data" / "ner"
    train: list[Sentence] = []
    train += read_columns(ner / "de" / "germeval2014-test.tsv", 1, 2)
    for name in ("de-lft", "de-onb", "de-sbb"):
        train += read_columns(ner / "europeana" / f"{name}.tsv", 0, 1)
    train += read_columns(ner / "smartdata" / "train.tsv", 0, 1)
    return train


def german(shared: Path, out: Path, seed: int) -> None:
    train = german_training_sentences(shared)
    random.Random(seed).shuffle(train)
    # A slice of the training sources picks the best checkpoint; the measuring sets stay untouched.
    cut = len(train) // 20
    vocab = Vocab()
    write(vocab, train[cut:], out / "de" / "train.spacy")
    write(vocab, train[:cut], out / "de" / "dev.spacy")


def english(shared: Path, out: Path, seed: int) -> None:
    documents = read_wikigold_documents(shared / "data" / "ner" / "en" / "wikigold.conll")
    train_docs, heldout_docs = split_wikigold(documents)
    train = [s for doc in train_docs for s in doc]
    random.Random(seed).shuffle(train)
    cut = len(train) // 10
    vocab = Vocab()
    write(vocab, train[cut:], out / "en" / "train.spacy")
    write(vocab, train[:cut], out / "en" / "dev.spacy")


def russian(shared: Path, out: Path, seed: int) -> None:
    """WikiNER ru: its own train split to train, its dev split to pick the checkpoint, test untouched."""
    ner = shared / "data" / "ner" / "ru"
    vocab = Vocab()
    write(vocab, list(read_columns(ner / "wikiner-train.txt", 0, 3, sep=" ")), out / "ru" / "train.spacy")
    write(vocab, list(read_columns(ner / "wikiner-dev.txt", 0, 3, sep=" ")), out / "ru" / "dev.spacy")


def portuguese(shared: Path, out: Path, seed: int) -> None:
    """Universal NER on Bosque (newspaper text, CC BY-SA 4.0) and the Second HAREM's training documents
    (news, opinion, blogs; CC BY 3.0): both test splits stay for measuring. LeNER-Br (court decisions) is
    left out: another domain."""
    ner = shared / "data" / "ner"
    train = list(read_columns(ner / "uner" / "pt-train.tsv", 0, 1))
    train += list(read_columns(ner / "harem" / "pt-train.tsv", 0, 1))
    random.Random(seed).shuffle(train)
    cut = len(train) // 20
    vocab = Vocab()
    write(vocab, train[cut:], out / "pt" / "train.spacy")
    write(vocab, train[:cut], out / "pt" / "dev.spacy")


def split_wikigold(documents: list[list[Sentence]]) -> tuple[list[list[Sentence]], list[list[Sentence]]]:
    """Every fifth article is held out for measuring (the 'WikiGold held-out split')."""
    train = [doc for i, doc in enumerate(documents) if i % 5 != 4]
    heldout = [doc for i, doc in enumerate(documents) if i % 5 == 4]
    return train, heldout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("language", choices=["de", "en", "ru", "pt"])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("build/ner-corpus"))
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    {"de": german, "en": english, "ru": russian, "pt": portuguese}[args.language](
        args.shared, args.out, args.seed
    )


if __name__ == "__main__":
    main()
