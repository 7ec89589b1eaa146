"""Small inputs that used to hold a worker for a minute (issue 16): each must now finish in a fraction of
the time. The bounds are 20-50x what the fixed code needs here and far below what the old code took, so
they catch a return of super-linear behaviour, not a slow machine."""

from __future__ import annotations

import time

import pytest

from precis import sentences
from precis.actors import quotes, rules
from precis.pipeline import analyse

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
