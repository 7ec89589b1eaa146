"""wordfreq's lists, read without its code: how common a word is, and which are borrowed English words."""

import pytest

from precis.actors.frequency import is_borrowed_english_word, zipf


def test_zipf_reads_the_lists_buckets_and_folds_case():
    assert zipf("the", "en") > 7 > zipf("fashion", "en") > 4
    assert zipf("Fashion", "en") == zipf("fashion", "en")
    assert zipf("Flixbus", "en") == 0.0  # rarer than once per million words: not listed


@pytest.mark.parametrize(
    ("word", "language", "borrowed"),
    [
        ("Fashion", "de", True),
        ("Leadership", "de", True),
        ("Apple", "de", False),  # a brand German writes about as often as English
        ("Google", "de", False),
        ("Swimwear", "de", False),  # too rare in English to tell
        ("Flixbus", "de", False),
        ("Kultur", "de", False),
    ],
)
def test_a_borrowed_word_is_common_in_english_and_far_rarer_in_the_pages_language(word, language, borrowed):
    assert is_borrowed_english_word(word, language) is borrowed


def test_a_language_without_a_list_reads_as_no_word_listed():
    assert zipf("fashion", "xx") == 0.0
