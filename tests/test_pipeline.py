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


def test_truncation_is_reported(english_text):
    result = analyse(english_text * 20, max_characters=2000)
    assert result.stats.truncated
    assert result.stats.characters <= 2000


def test_to_dict_matches_the_contract(seed_text):
    data = analyse(seed_text).to_dict()
    assert set(data) >= {"language", "summary", "actors", "algorithm", "stats", "timings_ms"}
    assert set(data["language"]) == {"code", "name", "probability", "reliable"}
    assert set(data["summary"][0]) == {"text", "index", "start", "end", "score"}
    actor = data["actors"][0]
    assert {"name", "type", "aliases", "mentions", "salience", "mentions_at"} <= set(actor)
    assert actor["type"] in {"person", "organization", "location"}
