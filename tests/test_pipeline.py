import pytest

from precis import AnalysisError, analyse


def test_seed_article_end_to_end(seed_text):
    result = analyse(seed_text)
    assert result.language.code == "de" and result.language.reliable
    assert 3 <= len(result.summary) <= 5
    for s in result.summary:
        assert seed_text[s.start : s.end] == s.text
    assert result.stats.words > 400
    assert result.stats.sentences == len(set(range(result.stats.sentences)))
    assert set(result.timings_ms) == {"language", "sentences", "summary", "actors", "total"}


def test_language_override_skips_detection(english_text):
    result = analyse(english_text, language="fr")
    assert result.language.code == "fr"
    assert result.language.probability == 1.0


def test_length_and_algorithm_are_honoured(english_text):
    result = analyse(english_text, sentences=2, algorithm="lexrank")
    assert len(result.summary) == 2
    assert result.algorithm == "lexrank"


def test_unknown_algorithm_raises_key_error(english_text):
    with pytest.raises(KeyError):
        analyse(english_text, algorithm="magic")


@pytest.mark.parametrize("text", ["", "   \n\t", "..."])
def test_no_usable_text(text):
    with pytest.raises(AnalysisError):
        analyse(text)


def test_short_and_odd_texts_still_get_an_answer():
    for text in ["Hallo.", "12345", "Putin", "ok ok ok ok ok ok ok", "🙂 Kim 🙂"]:
        result = analyse(text)
        assert result.language.reliable is False
        assert len(result.summary) >= 1


def test_a_text_whose_only_name_the_actor_layer_lets_go_still_gets_an_answer():
    """The French model reads "le président de la République" as a person, whom the actor layer lets go:
    with no other name the analysis once failed (max() of no actors)."""
    text = "Le président de la République a parlé hier soir devant les élus. Il a promis des réformes."
    result = analyse(text, language="fr")
    assert result.summary and result.actors == []


def test_truncation_is_reported(english_text):
    result = analyse(english_text * 20, max_characters=2000)
    assert result.stats.truncated
    assert result.stats.characters <= 2000


def test_to_dict_matches_the_contract(seed_text):
    data = analyse(seed_text).to_dict()
    assert set(data) >= {"language", "summary", "actors", "algorithm", "stats", "timings_ms"}
    assert set(data["language"]) == {"code", "name", "probability", "reliable", "source", "others"}
    assert set(data["summary"][0]) == {"text", "index", "start", "end", "score"}
    actor = data["actors"][0]
    assert {"name", "type", "aliases", "mentions", "salience", "mentions_at"} <= set(actor)
    assert actor["type"] in {"person", "organization", "location"}


def test_normal_articles_are_read_whole(seed_text):
    stats = analyse(seed_text).stats
    assert stats.ranking_sections == 1
    assert stats.actor_sentences == stats.sentences


def test_long_pages_search_names_within_a_word_budget(seed_text):
    """Over the budget, names come from the summary and the best-ranked sentences only — and the
    offsets still point into the whole text."""
    whole = analyse(seed_text)
    bounded = analyse(seed_text, actor_word_budget=150)
    assert bounded.stats.actor_sentences < bounded.stats.sentences
    assert {a.name for a in bounded.actors} <= {a.name for a in whole.actors}
    assert bounded.actors
    for actor in bounded.actors:
        for start, end in actor.mentions_at:
            assert seed_text[start:end].strip()
    summary_names = " ".join(s.text for s in bounded.summary)
    assert any(actor.name.split()[-1] in summary_names for actor in bounded.actors)
