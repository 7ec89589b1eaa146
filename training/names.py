"""`make train-names`: the given-name list the actor layer reads (server/precis/data/given-names.txt).

Why a list: where only rules run (Spanish, Italian, Portuguese …) a run of capitalised words is a person
only if it starts like one ("Gabinete Regional de Magallanes" is not, "Eduardo del Castillo" is), and a
model's person span that starts with a place or an office ("District of Massachusetts Joshua Levy") is
cut where the given name starts; a given name before a capitalised word marks a person the model
missed ("Marcell Jansen"). The names are the first words of multi-word person names in the
hand-annotated corpora we may build on, and Faker's first-name lists for our languages (licences in
the file's header); a word that starts organisation or place names as often is left out. WikiGold's
held-out articles are not read.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path

from training.ner.convert import (
    Sentence,
    read_columns,
    read_wikigold_documents,
    split_wikigold,
    to_iob2,
)

OUT = Path(__file__).resolve().parent.parent / "server" / "precis" / "data" / "given-names.txt"
#: (file under shared/data/ner, token column, tag column, licence)
SOURCES = (
    ("de/germeval2014-test.tsv", 1, 2, "GermEval 2014 test, CC BY 4.0"),
    ("europeana/de-lft.tsv", 0, 1, "Europeana Newspapers NER, CC0"),
    ("europeana/de-onb.tsv", 0, 1, "Europeana Newspapers NER, CC0"),
    ("europeana/de-sbb.tsv", 0, 1, "Europeana Newspapers NER, CC0"),
    ("europeana/fr-bnf.tsv", 0, 1, "Europeana Newspapers NER, CC0"),
    ("europeana/nl-kb.tsv", 0, 1, "Europeana Newspapers NER, CC0"),
    ("smartdata/train.tsv", 0, 1, "DFKI SmartData v1 train, CC BY 4.0"),
    ("harem/pt-train.tsv", 0, 1, "Second HAREM (LÂMPADA 2.0), CC BY 3.0 IE"),
    ("lener-br/pt-train.tsv", 0, 1, "LeNER-Br train, MIT"),
)
MIN_COUNT = 2
#: Faker's (MIT) first names for the languages we read, from its per-locale person providers.
FAKER_LOCALES = (
    "de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR", "pt_PT",
    "ru_RU", "nl_NL", "pl_PL", "cs_CZ", "uk_UA",
)  # fmt: skip


def faker_names() -> set[str]:
    import importlib

    names: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            found = getattr(provider, attribute, None) or ()
            names.update(found.keys() if isinstance(found, dict) else found)
    return {name for name in names if is_name_word(name)}


def first_words(sentences: Iterable[Sentence]) -> Iterator[tuple[str, str]]:
    """(type, first word) of every multi-word PER/ORG/LOC span."""
    for sentence in sentences:
        tags = to_iob2([tag for _, tag in sentence])
        for index, ((token, _), tag) in enumerate(zip(sentence, tags, strict=True)):
            if tag.startswith("B-") and index + 1 < len(tags) and tags[index + 1] == "I-" + tag[2:]:
                yield tag[2:], token


def is_name_word(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word[0].isupper() and word[1:].islower()


def given_names(shared: Path) -> tuple[list[str], list[str]]:
    ner = shared / "data" / "ner"
    people: Counter[str] = Counter()
    others: Counter[str] = Counter()
    licences = []
    for name, token_col, tag_col, licence in SOURCES:
        for kind, word in first_words(read_columns(ner / name, token_col, tag_col)):
            (people if kind == "PER" else others)[word] += 1
        licences.append(f"{name}: {licence}")
    train, _ = split_wikigold(read_wikigold_documents(ner / "en" / "wikigold.conll"))
    for kind, word in first_words(s for document in train for s in document):
        (people if kind == "PER" else others)[word] += 1
    licences.append("en/wikigold.conll (training articles only): WikiGold, CC BY 4.0")
    names = {
        word
        for word, count in people.items()
        if count >= MIN_COUNT and is_name_word(word) and count > 2 * others[word]
    }
    # Faker's lists, less the words the corpora use to start organisations or places more than people.
    names |= {name for name in faker_names() if others[name] <= people[name]}
    licences.append(f"Faker {version('faker')} first names ({', '.join(FAKER_LOCALES)}): MIT")
    return sorted(names), licences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args(argv)
    names, licences = given_names(args.shared)
    header = [
        "# Given names: first words of multi-word person names in hand-annotated corpora",
        "# (`make train-names`, training/names.py), seen at least twice and more than twice as often",
        "# as the first word of an organisation or place. Sources and licences:",
        *(f"#   {line}" for line in licences),
    ]
    OUT.write_text("\n".join([*header, *names]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
