"""The sentence-boundary evaluation scores what it should (its data lives in ../shared; this needs none)."""

from eval.sentences import joined_runs, score


def test_joins_are_the_gold_boundaries():
    ((text, ends),) = joined_runs(["Eins.", "Zwei ist hier.", "Drei!", "Vier?", "Fünf."])
    assert text == "Eins. Zwei ist hier. Drei! Vier? Fünf."
    assert sorted(ends) == [5, 20, 26, 32]


def test_score_counts_hits_misses_and_the_ceiling():
    runs = joined_runs(["Er kam am 3. Mai an.", "Ohne Punkt", "Dann ging er.", "Gut.", "Ende."])
    result = score(runs, "de")
    # "Ohne Punkt" ends without a mark: that join is invisible, the other three are found.
    assert result["ceiling"] == 0.75
    assert result["precision"] == 1.0 and result["recall"] == 0.75
