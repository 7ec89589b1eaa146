"""The news-actor scorer follows SOURCE.md's matching: checked on a made-up article, and against the
reference score.py of shared/data/actors on the real gold set."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from eval.actors_news import load_articles, score_article

GOLD = {
    "entities": [
        {"name": "Carl Schuster", "type": "person", "aliases": ["Schuster"], "key": 1},
        {"name": "Nordkorea", "type": "location", "aliases": ["Nordkoreas"], "key": 2},
        {"name": "UN", "type": "organization", "aliases": [], "key": None},
    ],
    "quotes": [{"speaker": "Carl Schuster", "start": "Nordkorea braucht Bargeld"}],
}
TEXT = 'Carl Schuster sagte: "Nordkorea braucht Bargeld, es braucht Energie." Die UN schweigen.'


def test_each_measure_counts_what_it_says():
    cards = [
        {"name": "carl  schuster", "aliases": ["Nordkorea"], "type": "person"},  # conflated, right type
        {"name": "Schuster", "aliases": [], "type": "organization"},  # duplicate and wrong type
        {"name": "Energie", "aliases": [], "type": "organization"},  # junk
        {"name": "UN", "aliases": [], "type": "organization"},
    ]
    quotes = [
        {"speaker": "Schuster", "text": "Nordkorea braucht Bargeld, es braucht Energie"},  # right (alias)
        {"speaker": "UN", "text": "Nordkorea braucht Bargeld"},  # wrong speaker
    ]
    counts = score_article(GOLD, TEXT, cards, quotes)
    assert (counts["keys"], counts["keys_found"]) == (2, 1)
    assert (counts["cards"], counts["junk"], counts["conflated"]) == (4, 1, 1)
    assert (counts["duplicates"], counts["wrong_type"]) == (1, 1)
    assert (counts["quotes"], counts["right_quotes"], counts["gold_quotes"], counts["gold_quotes_found"]) == (
        2,
        1,
        1,
        1,
    )


def test_only_the_first_ten_cards_count():
    cards = [{"name": f"Junk {n}", "aliases": [], "type": "person"} for n in range(10)]
    cards.append({"name": "Carl Schuster", "aliases": [], "type": "person"})
    counts = score_article(GOLD, TEXT, cards, [])
    assert counts["cards"] == 10 and counts["keys_found"] == 0 and counts["junk"] == 10


def test_agrees_with_the_reference_scorer(shared):
    folder = shared("data/actors")
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location("reference_score", folder / "score.py")
        reference = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(reference)
    finally:
        sys.path.remove(str(folder))
    for article in load_articles(folder)[:30]:
        # A plausible system: every gold entity as a card, shuffled by name, plus one junk card and the
        # gold quotes attributed to the first entity.
        cards = [
            {"name": e["name"], "aliases": e["aliases"][:1], "type": e["type"]} for e in article["entities"]
        ]
        cards = sorted(cards, key=lambda c: c["name"][::-1])[:9] + [{"name": "Nobody", "aliases": []}]
        quotes = [{"speaker": article["entities"][0]["name"], "text": q["start"]} for q in article["quotes"]]
        ours = score_article(article, article["text"], cards, quotes)
        theirs = reference.score_article(article, article["text"], {"actors": cards, "quotes": quotes})
        for name in ("keys", "keys_found", "junk", "conflated", "gold_quotes", "gold_quotes_found"):
            assert ours[name] == theirs[name], (article["id"], name)
        assert ours["right_quotes"] == theirs["right_quotes"] and ours["quotes"] == theirs["pred_quotes"]


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])
