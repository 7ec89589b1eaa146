"""Small inputs that used to hold a worker for a minute (issue 16): each must now finish in a fraction of
the time. The bounds are 20-50x what the fixed code needs here and far below what the old code took, so
they catch a return of super-linear behaviour, not a slow machine."""

from __future__ import annotations

import time

import pytest

from precis import sentences, summary
from precis.actors import quotes, rules
from precis.pipeline import AnalysisError, analyse

#: Catastrophic, not slow: each of these took 4 s to minutes before the fix.
BOUND_SECONDS = 2.0


def _seconds(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


@pytest.mark.parametrize(
    "pattern",
    [
        rules._NAME_SAID_RE,
        rules.SPEECH_RE,
        rules._TITLE_RE,
        rules._CAPITAL_RUN_RE,
        quotes._AFTER_NAME_VERB_RE,
    ],
    ids=["name-said", "speech", "title", "capital-run", "quote-after-name"],
)
@pytest.mark.parametrize("unit", ["A-", "A-b", "A'", "A’-"])
def test_name_patterns_do_not_backtrack(pattern, unit):
    """`"A-" * 2000 + "!"` backtracked cubically through the name pattern (1 KB: 3.9 s; 4 KB: minutes)."""
    text = unit * 2000 + "!"
    assert _seconds(lambda: list(pattern.finditer(text))) < BOUND_SECONDS


def test_names_keep_their_hyphens_and_apostrophes():
    found = [
        m.group("name")
        for m in rules._CAPITAL_RUN_RE.finditer("Leif-Eric Easley met O'Brien in Baden-Baden.")
    ]
    assert found == ["Leif-Eric Easley", "O'Brien", "Baden-Baden"]


def test_whole_analysis_of_a_hyphen_run_is_fast():
    assert _seconds(lambda: analyse("A-" * 2000 + "!", language="en")) < BOUND_SECONDS


@pytest.mark.parametrize(("unit", "code"), [("中文字。", "zh"), ("日本語です。", "ja")])
def test_unspaced_scripts_split_in_linear_time(unit, code):
    """Punkt re-read a paragraph without spaces for every 。 in it: 80,000 characters took 83 s."""
    text = unit * 8000
    split: list = []
    assert _seconds(lambda: split.extend(sentences.split(text, code))) < BOUND_SECONDS
    assert len(split) == 8000 and split[0].text == unit and split[-1].end == len(text)


def test_unspaced_split_keeps_latin_sentences_and_closing_quotes():
    text = "他说：“我们明天见。”然后离开了。Mr. Smith arrived. He sat down."
    got = [s.text for s in sentences.split(text, "zh")]
    assert got[0] == "他说：“我们明天见。”"
    assert got[1].startswith("然后离开了。")
    assert "".join(got).replace(" ", "") == text.replace(" ", "")


def _random_words_text(sentence_count: int, words_per_sentence: int) -> str:
    import random

    rng = random.Random(7)
    return " ".join(
        " ".join(f"w{rng.randrange(5000)}" for _ in range(words_per_sentence)).capitalize() + "."
        for _ in range(sentence_count)
    )


@pytest.mark.parametrize("name", sorted(n for n in summary.SUMMARISERS if summary.get(n).max_sentences))
def test_a_quadratic_summariser_refuses_more_than_its_bound(name):
    """sumy's LSA took 53 s and 2.2 GB on 240 KB; every sumy algorithm now has a size bound."""
    summariser = summary.get(name)
    with pytest.raises(AnalysisError) as refused:
        analyse(_random_words_text(summariser.max_sentences + 1, 6), language="en", algorithm=name)
    assert refused.value.code == "too_long_for_algorithm" and "precis" in str(refused.value)
    too_many_words = _random_words_text(summariser.max_words // 200 + 1, 200)
    with pytest.raises(AnalysisError):
        analyse(too_many_words, language="en", algorithm=name, find_actors=False)


def test_every_sumy_summariser_is_bounded_and_ours_are_not():
    for name, summariser in summary.SUMMARISERS.items():
        bounded = summariser.max_sentences is not None and summariser.max_words is not None
        assert bounded == isinstance(summariser, summary.SumySummariser), name


def test_a_text_within_the_bound_is_summarised():
    result = analyse(_random_words_text(40, 12), language="en", algorithm="kl", find_actors=False)
    assert result.algorithm == "kl" and result.summary


def test_the_api_answers_422_for_a_text_too_long_for_the_algorithm(client):
    response = client.post("/api/v1/summarize", json={"text": _random_words_text(81, 6), "algorithm": "kl"})
    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "too_long_for_algorithm"


def test_quotes_in_one_long_line_are_read_in_linear_time():
    """Every quote nobody says asked whether it stood in a heading by reading its whole line: a page of one
    line with 8,000 such quotes took 52 s. Four times the quotes must cost about four times the time."""
    from precis.actors import Actor

    def attribute_quotes(count: int) -> float:
        text = 'Die Lage ist "gar nicht so einfach" heute in Berlin. ' * count
        speaker = Actor("Carl Schuster", "person", [], 1, 1.0, [(0, 5)])
        return _seconds(lambda: quotes.attribute(text, [speaker], "de"))

    attribute_quotes(100)  # warm the lexicon
    assert attribute_quotes(4000) < 8 * attribute_quotes(1000)


def test_a_quote_in_a_long_line_is_no_heading_and_one_in_a_short_line_is():
    long_line = 'Die Lage ist "gar nicht so einfach" heute. ' * 50
    heading = 'Text davor.\nNicht "weiter ins Abseits" spielen\nText danach.'
    at = heading.index('"weiter')
    assert not quotes._in_heading(long_line, 400, 425)
    assert quotes._in_heading(heading, at, heading.index("spielen") - 1)
