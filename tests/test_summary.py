import numpy as np
import pytest

from precis import sentences, summary


@pytest.fixture(scope="module")
def seed_sentences(seed_text):
    return sentences.split(seed_text, "de")


@pytest.mark.parametrize("name", sorted(summary.SUMMARISERS))
def test_every_summariser_returns_ordered_eligible_sentences(name, seed_sentences):
    picked = summary.get(name).summarise(seed_sentences, 4, "de")
    assert len(picked) == 4
    indices = [p.sentence.index for p in picked]
    assert indices == sorted(indices)
    assert all(summary.eligible(p.sentence) for p in picked)
    assert all(0.0 <= p.score <= 1.0 for p in picked)


def test_sumy_scores_are_read_for_every_sentence(seed_sentences):
    scores = summary.get("lexrank").scores(seed_sentences, "de", None)
    assert len(scores) == len(seed_sentences)
    assert np.count_nonzero(scores) == len(seed_sentences)


def test_lead_takes_the_first_sentences(english_text):
    split = sentences.split(english_text, "en")
    picked = summary.get("lead").summarise(split, 3, "en")
    # The headline is too short to be a summary sentence.
    assert [p.sentence.index for p in picked] == [1, 2, 3]


def test_title_pulls_matching_sentences(english_text):
    split = sentences.split(english_text, "en")
    scorer = summary.PrecisSummariser()
    plain = scorer.scores(split, "en", None)
    with_title = scorer.scores(split, "en", "Toll worries small businesses")
    toll = next(i for i, s in enumerate(split) if "small businesses" in s.text)
    assert with_title[toll] - plain[toll] > 0


def test_default_length_follows_article_length():
    assert summary.default_length(2) == 2
    assert summary.default_length(23) == 4
    assert 3 <= summary.default_length(10) <= summary.default_length(200) == 7


def test_resources_levels():
    assert summary.resources("de").level == "full"
    assert summary.resources("sw").level == "basic"


def test_term_matrix_rows_are_unit_length(seed_sentences):
    matrix = summary.term_matrix(seed_sentences, "de")
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert np.allclose(norms[norms > 0], 1.0)
