import numpy as np
import pytest
from scipy import sparse

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
    scorer = summary.GraphSummariser()
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


@pytest.mark.parametrize("code", ["pl", "el"])
def test_stemmers_needing_optional_packages_fall_back(code):
    """sumy's Polish and Greek stemmers raise on their first word without extra packages."""
    assert summary.resources(code).level == "reduced"
    text = (
        "Ala ma kota i psa w domu nad rzeką. Kot ma Alę i psa oraz dom nad morzem. "
        "Pies ma kość i piłkę w ogrodzie za domem. Dom ma okna i drzwi oraz dach z dachówek."
    )
    picked = summary.get("precis").summarise(sentences.split(text, code), 2, code)
    assert len(picked) == 2


def test_term_matrix_rows_are_unit_length(seed_sentences):
    matrix = summary.term_matrix(seed_sentences, "de")
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert np.allclose(norms[norms > 0], 1.0)


def _same_ranking(split, language):
    """sumy's LexRank and ours agree on every score, hence on the chosen sentences."""
    slow = summary.get("lexrank").scores(split, language, None)
    fast = summary.get("lexrank-sparse").scores(split, language, None)
    assert np.allclose(slow, fast, rtol=0, atol=1e-12)
    # Exact float ties differ in the last bit between the two; round them away before picking.
    assert summary.top_eligible(split, slow.round(12), 3) == summary.top_eligible(split, fast.round(12), 3)


def test_sparse_lexrank_matches_sumy_on_the_examples(seed_sentences, english_text):
    _same_ranking(seed_sentences, "de")
    _same_ranking(sentences.split(english_text, "en"), "en")


def test_sparse_lexrank_matches_sumy_on_real_articles(teasers):
    checked = 0
    for article in teasers[::6]:
        split = sentences.split(article["text"], article["lang"])
        # sumy keys its ratings by sentence text, so repeated sentences would share one score there.
        if 3 < len(split) <= summary.SECTION_SENTENCES and len({s.text for s in split}) == len(split):
            _same_ranking(split, article["lang"])
            checked += 1
    assert checked > 80


def _sentences(paragraph_sizes):
    out, index = [], 0
    for paragraph, size in enumerate(paragraph_sizes):
        for _ in range(size):
            out.append(sentences.Sentence(index, "x", 0, 1, paragraph, ("x",)))
            index += 1
    return out


def test_sections_cut_long_pages_at_paragraph_starts():
    assert summary.sections(_sentences([5, 5]), size=20) == [(0, 10)]
    assert summary.sections(_sentences([6, 6, 6]), size=10) == [(0, 6), (6, 12), (12, 18)]
    # No paragraph start in the second half of a run: cut at the size.
    assert summary.sections(_sentences([25]), size=10) == [(0, 10), (10, 20), (20, 25)]


def test_long_pages_are_ranked_in_sections(monkeypatch, english_text):
    split = sentences.split(english_text, "en")
    whole = summary.get("precis").scores(split, "en", None)
    monkeypatch.setattr(summary, "SECTION_SENTENCES", 5)
    matrix = summary.term_matrix(split, "en")
    graph = summary.similarity_graph(matrix, summary.sections(split, 5))
    first, second = summary.sections(split, 5)[:2]
    assert graph[first[0] : first[1], second[0] : second[1]].nnz == 0
    assert len(summary.get("precis").scores(split, "en", None)) == len(whole)


def test_blocks_are_joined_along_the_diagonal_as_scipy_does():
    from scipy import sparse

    rng = np.random.default_rng(7)
    blocks = [sparse.random(n, n, density=0.3, format="csr", random_state=rng) for n in (3, 1, 5, 4)]
    joined = summary.graph._block_diagonal(blocks)
    assert joined.shape == (13, 13) and joined.nnz == sum(b.nnz for b in blocks)
    assert np.array_equal(joined.toarray(), sparse.block_diag(blocks).toarray())


def test_learned_scorer_features_and_shipped_weights(seed_text):
    split = sentences.split(seed_text, "de")
    features = summary.sentence_features(split, "de")
    assert features.shape == (len(split), len(summary.FEATURES))
    assert np.isfinite(features).all()
    assert summary.learned._learned_model() is not None, "server/precis/data/summary-model.json must ship"
    scores = summary.get("precis").scores(split, "de", None)
    assert scores.shape == (len(split),) and np.isfinite(scores).all()
    assert np.array_equal(scores, summary.get("precis").scores(split, "de", None))  # deterministic
    # The headline does not steer the default summariser (issue 18): only keeps itself out of it.
    assert np.array_equal(scores, summary.get("precis").scores(split, "de", "Putin und Kim in Moskau"))


def test_learned_scorer_falls_back_to_the_graph_without_a_model(seed_text, monkeypatch):
    split = sentences.split(seed_text, "de")
    monkeypatch.setattr(summary.learned, "_learned_model", lambda: None)
    fallback = summary.get("precis").scores(split, "de", None)
    assert np.allclose(fallback, summary.GraphSummariser().scores(split, "de", None))


def test_learned_scorer_uses_the_blend_tuned_for_the_language(seed_text, monkeypatch):
    """A language the tuning half had uses its own graph blend; any other language the overall one."""
    split = sentences.split(seed_text, "de")
    shipped = summary.learned._learned_model()
    features = summary.sentence_features(split, "de")
    graph = summary.standardised(features[:, summary.FEATURES.index("graph")])
    tuned = dict(shipped, graph_blend=4.0, graph_blend_by_language={"de": 0.0})
    monkeypatch.setattr(summary.learned, "_learned_model", lambda: tuned)
    learned_only = summary.get("precis").scores(split, "de", None)
    assert np.allclose(summary.standardised(learned_only), learned_only)  # no graph share for German
    monkeypatch.setattr(summary.learned, "_learned_model", lambda: dict(tuned, graph_blend_by_language={}))
    assert np.allclose(summary.get("precis").scores(split, "de", None), learned_only + 4.0 * graph)


def test_similarity_graph_keeps_each_sentences_strongest_links():
    repeated = sentences.split('"Ja", sagte Müller heute in Berlin. ' * 400, "de")
    matrix = summary.term_matrix(repeated, "de")
    graph = summary.similarity_graph(matrix, summary.sections(repeated))
    assert np.diff(graph.indptr).max() == summary.NEIGHBOURS
    # A graph no larger than the bound is returned as it was.
    small = summary.term_matrix(repeated[: summary.NEIGHBOURS], "de")
    dense = (small @ small.T).toarray()
    kept = summary.similarity_graph(small, [(0, summary.NEIGHBOURS)]).toarray()
    assert np.array_equal(dense, kept)


def test_numbers_are_their_own_stems_without_warnings(recwarn):
    for code in ("de", "en", "cs"):
        assert summary.resources(code).stem("2023") == "2023"
    assert summary.resources("de").stem("häuser") != "häuser"
    assert not [w for w in recwarn if "mixed case" in str(w.message)]


def test_strongest_links_keeps_each_rows_largest_entries():
    """Rows of many lengths (several slabs), distinct values: exactly each row's `keep` largest remain."""
    rng = np.random.default_rng(3)
    dense = rng.random((300, 300)) * (rng.random((300, 300)) < rng.random((300, 1)))
    graph = sparse.csr_matrix(dense)
    pruned = summary.strongest_links(graph, 20).toarray()
    for row in range(300):
        values = dense[row][dense[row] > 0]
        expected = np.sort(values)[-20:] if len(values) > 20 else np.sort(values)
        assert np.array_equal(np.sort(pruned[row][pruned[row] > 0]), expected)


def _ranked(text, language, title=None, count=3, algorithm="precis"):
    split = sentences.split(text, language)
    return [c.sentence.text for c in summary.get(algorithm).summarise(split, count, language, title)]


@pytest.mark.parametrize("algorithm", ["precis", "lead", "lexrank"])
def test_no_summariser_repeats_the_headline_or_a_sentence(algorithm):
    title = "Die Stadt baut eine neue Brücke über den Rhein"
    text = (
        "Die Stadt baut eine neue Brücke über den Rhein\n\n"
        "Der Rat hat am Montag den Bau einer zweiten Brücke über den Rhein beschlossen.\n\n"
        "Der Rat hat am Montag den Bau einer zweiten Brücke über den Rhein beschlossen.\n\n"
        "Die Kosten liegen nach Angaben der Verwaltung bei rund 80 Millionen Euro.\n\n"
        "Lesen Sie auch: Warum die alte Brücke seit Jahren marode ist und gesperrt wurde\n\n"
        "Foto: Max Mustermann / Stadtverwaltung Köln, alle Rechte vorbehalten\n\n"
        "Baubeginn soll im kommenden Frühjahr sein, fertig wäre sie dann im Jahr 2029."
    )
    chosen = _ranked(text, "de", title, count=4, algorithm=algorithm)
    assert title not in chosen
    reworded = text.replace("Die Stadt baut eine neue Brücke", "Die Stadt baut die neue Brücke", 1)
    assert not any("baut die neue Brücke" in s for s in _ranked(reworded, "de", title, 4, algorithm))
    assert len(chosen) == len(set(chosen)) == 3
    assert not any(s.startswith(("Lesen Sie auch", "Foto:")) for s in chosen)


def test_a_sentence_that_points_back_is_taken_with_the_one_before():
    text = (
        "Die Regierung hat am Montag ein neues Gesetz zum Klimaschutz beschlossen. "
        "Das Parlament muss noch zustimmen, was als sicher gilt. "
        "Zudem sollen die Steuern auf Benzin und Diesel in zwei Stufen steigen. "
        "Die Opposition kritisierte den Plan als sozial ungerecht und zu teuer."
    )
    split = sentences.split(text, "de")
    scores = np.array([0.1, 0.2, 1.0, 0.3])  # "Zudem …" first: it brings the sentence before it
    chosen = summary.top_eligible(split, scores, 2, "de")
    assert sorted(chosen) == [1, 2]
    assert summary.top_eligible(split, scores, 1, "de") == [3]  # no room for both: neither


@pytest.mark.parametrize(
    ("paragraph", "first_words"),
    [
        ("DALLA NOSTRA CORRISPONDENTE NEW YORK - Giorgia Meloni ha incontrato Biden oggi.", "Giorgia Meloni"),
        ("LONDON (Reuters) - Rishi Sunak said on Monday that taxes would fall.", "Rishi Sunak"),
        (
            "Düsseldorf, 22. November 2022 - Der Versorger naturstrom hat eine Studie vorgelegt.",
            "Der Versorger",
        ),
        ("Die EU - und das ist neu - will mehr Geld für die Forschung ausgeben.", "Die EU - und"),
        ("ST CATHERINE, Jamaica — A female police inspector was hit by a stone on Friday.", "A female"),
    ],
)
def test_a_kicker_or_dateline_is_not_part_of_the_first_sentence(paragraph, first_words):
    first = sentences.split(paragraph, "de")[0]
    assert first.text.startswith(first_words) and paragraph[first.start : first.end] == first.text
