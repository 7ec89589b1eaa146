"""Russian entities from Natasha's Slovnet recogniser (MIT), whose weights ship inside the `natasha` wheel.

Why not our own spaCy model for Russian (still shipped, the fallback without natasha): trained on
WikiNER, it read sentence openers ("Накануне", "Напомним") as places and glued titles to names ("Министр
связи"). Slovnet's news model (a CNN over Navec embeddings, trained on Nerus: Lenta.ru news labelled by
DeepPavlov's BERT) reads news as news: on the 8 Russian articles of `make eval-actors-news`, with the
base forms of `morphology.py`, junk@10 0.41 -> 0.04 and key recall@10 0.67 -> 0.93; on WikiNER ru test,
our model's own domain, F1 0.77 -> 0.79, at twice the speed (17,000 words/s a sentence at a time).
Cost: +73 MB resident once loaded, 0.5 s to load.

Only the two weight files are read from the `natasha` package; natasha itself is never imported (it
pulls pymorphy2, which does not import on Python 3.11).
"""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache
from pathlib import Path

from . import Mention
from .ner import CHUNK_CHARACTERS, chunks

EMBEDDINGS = "emb/navec_news_v1_1B_250K_300d_100q.tar"
RECOGNISER = "model/slovnet_ner_news_v1.tar"
LABELS = {"PER": "person", "ORG": "organization", "LOC": "location"}
_lock = threading.Lock()


def data_dir() -> Path | None:
    """natasha's data folder when the package and both weight files are installed, else None."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    if not all((folder / name).is_file() for name in (EMBEDDINGS, RECOGNISER)):
        return None
    try:
        importlib.import_module("slovnet")
        importlib.import_module("navec")
    except ImportError:
        return None
    return folder


@lru_cache(maxsize=1)
def available() -> bool:
    return data_dir() is not None


@lru_cache(maxsize=1)
def _recogniser():  # -> slovnet.NER
    from navec import Navec
    from slovnet import NER

    folder = data_dir()
    if folder is None:
        raise RuntimeError("natasha's Slovnet weights are not installed")
    with _lock:
        recogniser = NER.load(str(folder / RECOGNISER))
        recogniser.navec(Navec.load(str(folder / EMBEDDINGS)))
    return recogniser


class SlovnetEntityFinder:
    """Persons, organisations and places in Russian text, read in paragraph-sized pieces."""

    name = "model"

    def __init__(self) -> None:
        self.recogniser = _recogniser()

    def find(self, text: str, language: str) -> list[Mention]:
        pieces = chunks(text, CHUNK_CHARACTERS)
        mentions: list[Mention] = []
        markups = self.recogniser.map([text[start:end] for start, end in pieces])
        for (offset, _), markup in zip(pieces, markups, strict=True):
            for span in markup.spans:
                kind = LABELS.get(span.type)
                if kind:
                    start, end = offset + span.start, offset + span.stop
                    mentions.append(Mention(start, end, text[start:end], kind, "model"))
        return mentions
