import pytest

from precis import sentences


def test_offsets_slice_the_original(seed_text):
    split = sentences.split(seed_text, "de")
    assert 20 <= len(split) <= 26
    for s in split:
        assert seed_text[s.start : s.end] == s.text
    assert [s.index for s in split] == list(range(len(split)))


def test_agency_credit_is_not_a_sentence(seed_text):
    assert all("dp/pcl" not in s.text for s in sentences.split(seed_text, "de"))


def test_quote_spanning_sentences_stays_whole(seed_text):
    texts = [s.text for s in sentences.split(seed_text, "de")]
    assert (
        '"Seine Artillerie und Munition sind sehr gut. Es ist den russischen Designs sehr ähnlich."' in texts
    )


def test_abbreviations_do_not_split():
    text = "Das sagte Dr. Müller z.B. am 3. Oktober in Berlin. Er kam um 10 Uhr an."
    assert [s.text for s in sentences.split(text, "de")] == [
        "Das sagte Dr. Müller z.B. am 3. Oktober in Berlin.",
        "Er kam um 10 Uhr an.",
    ]


def test_lowercase_continuation_after_abbreviation_is_merged():
    text = "Hans Meier, Vors. der Partei, sagte das gestern. Dann ging er."
    assert len(sentences.split(text, "de")) == 2


def test_clause_after_a_closed_quote_stays_with_it():
    text = '"Non Léa, vous sauriez!" , a écrit le présentateur sur Twitter. Puis il est parti.'
    assert [s.text for s in sentences.split(text, "fr")] == [
        '"Non Léa, vous sauriez!" , a écrit le présentateur sur Twitter.',
        "Puis il est parti.",
    ]


def test_headline_does_not_merge_into_first_sentence():
    text = "Mayor Plans New Bridge\n\nThe city council approved a plan on Monday."
    assert [s.text for s in sentences.split(text, "en")] == [
        "Mayor Plans New Bridge",
        "The city council approved a plan on Monday.",
    ]
    single_newline = "Mayor Plans New Bridge\nThe city council approved a plan on Monday."
    assert len(sentences.split(single_newline, "en")) == 2


def test_hard_wrapped_prose_is_joined():
    text = (
        "The council of the small town approved the plan on Monday after a long\n"
        "debate that had lasted for more than ten years in the town hall.\n"
    )
    assert len(sentences.split(text, "en")) == 1


def test_words_keep_umlauts_and_compounds():
    assert sentences.words("Die UN-Sanktionen gegen Pjöngjang, 12.000 km.") == [
        "die",
        "un-sanktionen",
        "gegen",
        "pjöngjang",
        "12.000",
        "km",
    ]


def test_unknown_language_still_splits():
    split = sentences.split("Hii ni sentensi ya kwanza. Hii ni ya pili.", "sw")
    assert len(split) == 2


def test_text_without_punctuation_is_cut_into_bounded_pieces(seed_text):
    unpunctuated = " ".join(seed_text.replace(".", " ").replace("?", " ").replace("!", " ").split()) * 3
    split = sentences.split(unpunctuated, "de")
    assert len(split) > 1
    assert all(len(s.words) <= sentences.MAX_SENTENCE_WORDS for s in split)
    assert all(unpunctuated[s.start : s.end] == s.text for s in split)
    assert [w for s in split for w in s.words] == sentences.words(unpunctuated)


def test_single_newlines_are_judged_line_by_line():
    lines = [f"Zeile {n} ist kurz" for n in range(300)]
    split = sentences.split("\n".join(lines), "de")
    assert [s.text for s in split] == lines


def test_faster_ellipsis_pattern_splits_exactly_as_punkt_does():
    """Our rewrite of Punkt's dash-and-ellipsis pattern must find the same runs and the same sentences."""
    import re

    import punkt

    text = (
        "Wait . . . what? He paused... Then -- no -- spoke. A .. B ... C . . . . D. - - E.\n"
        "Dr. Smith et al. went home . . . He was tired.. ok?! Fine - yes.... Really. . . Next."
    )
    ours = re.compile(sentences._FAST_MULTI_CHAR)
    theirs = re.compile(sentences._PUNKT_MULTI_CHAR)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)] != []
    for code in ("de", "en", "fr"):
        shipped = punkt.tokenizer_for(sentences.punkt_language(code), prefixes=True)
        faster = sentences._tokenizer(code)
        assert faster.rules.multi_char_punct_pattern == sentences._FAST_MULTI_CHAR
        assert list(faster.span_tokenize(text)) == list(shipped.span_tokenize(text))


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("zh", "这是一支笔。那是一本书。"),
        ("ja", "今日は晴れです。明日は雨でしょう。"),
        ("hi", "यह एक किताब है। वह एक कलम है।"),
        ("ar", "هل أنت بخير؟ نعم أنا بخير."),
    ],
)
def test_scripts_without_a_punkt_model_split_at_their_own_marks(code, text):
    """No trained model for these: the English one under Punkt's preset for the script (was one sentence)."""
    split = sentences.split(text, code)
    assert len(split) == 2
    assert [s.text for s in split] == [text[s.start : s.end] for s in split]


def test_words_are_right_when_lower_casing_changes_the_length():
    """Words come from the block lower-cased once, unless that changes offsets ("İ" lower-cases to two)."""
    for text in ("İstanbul wächst schnell. Die Stadt ÖFFNET neue Brücken.", "Die Stadt wächst. Sie baut."):
        split = sentences.split(text, "de")
        assert len(split) == 2
        assert [s.words for s in split] == [tuple(sentences.words(s.text)) for s in split]
