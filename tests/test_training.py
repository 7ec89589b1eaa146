"""The summary trainer's cross-validation: stable folds and a table that compares with Lead-3."""

from training.summary import train

TOPICS = ["harbour", "railway", "election", "football", "vaccine", "drought", "festival", "museum"]


def _article(number: int) -> dict:
    sentences = [
        f"The {topic} story number {number} says that the city council discussed the {topic} again today."
        for topic in TOPICS
    ]
    # The human summary repeats sentences 5 and 6: Lead-3 misses it, a learner can find the position.
    return {
        "id": f"article-{number}",
        "lang": "en",
        "title": None,
        "text": " ".join(sentences),
        "reference": " ".join(sentences[4:6]),
    }


def test_folds_are_stable_and_cover_every_fold():
    folds = [train.fold(f"article-{n}") for n in range(200)]
    assert folds == [train.fold(f"article-{n}") for n in range(200)]
    assert set(folds) == set(range(train.FOLDS))


def test_cross_validation_reports_every_set_against_lead3():
    table = train.cross_validate({"synthetic": [_article(n) for n in range(20)]})
    row = next(line for line in table.splitlines() if line.startswith("| synthetic |"))
    articles, differences = row.split("|")[2:4]
    assert int(articles) == 20
    r1, r2, rl = (float(value) for value in differences.split("/"))
    assert r1 > 0 and r2 > 0 and rl > 0  # sentences 5-6 are learnable from position; Lead-3 has none
