import pytest

from precis import language


def test_german_article_is_reliable(seed_text):
    result = language.detect(seed_text)
    assert result.code == "de"
    assert result.name == "German"
    assert result.reliable
    assert result.probability > 0.9


def test_english_fixture(english_text):
    assert language.detect(english_text).code == "en"


@pytest.mark.parametrize(
    "text", ["", "   ", "12345 678", "!!!", "🙂🙂🙂", "https://example.com/a/b?c=1", "Putin"]
)
def test_hopeless_inputs_do_not_raise(text):
    result = language.detect(text)
    assert result.reliable is False
    assert result.code == language.UNDETERMINED


def test_detection_is_deterministic():
    text = "Das ist ein kurzer Satz mit ein paar Wörtern darin, nicht mehr."
    assert len({language.detect(text) for _ in range(5)}) == 1


def test_chinese_codes_are_plain_iso():
    assert language.detect("这是一个关于经济和政治的新闻文章，政府今天宣布了新的计划。").code == "zh"


def test_known_codes():
    assert language.is_known_code("de")
    assert not language.is_known_code("xx")
    assert not language.is_known_code("DE; drop")


ENGLISH_COMMENT = (
    "I completely disagree with this article, the author clearly has no idea what he is talking about "
    "and should read a little more before writing."
)


def test_a_german_article_with_an_english_comment_section_stays_german(seed_text):
    comments = "\n\n".join([ENGLISH_COMMENT] * 6)
    result = language.detect_document(seed_text + "\n\n" + comments)
    assert (result.code, result.reliable, result.source) == ("de", True, "detected")
    assert [o.code for o in result.others] == ["en"]
    assert 0.05 < result.others[0].share < 0.5


def test_one_language_reports_no_others(seed_text):
    result = language.detect_document(seed_text)
    assert (result.code, result.reliable, result.others) == ("de", True, ())


@pytest.mark.parametrize("text", ["Putin", "Kim Jong Un trifft Putin.", "!!! 123 https://example.org"])
def test_the_page_language_decides_when_detection_is_unsure(text):
    result = language.detect_document(text, hint="de")
    assert (result.code, result.source, result.reliable) == ("de", "hint", False)


def test_a_sure_detection_overrides_a_wrong_hint(seed_text):
    result = language.detect_document(seed_text, hint="en")
    assert (result.code, result.source) == ("de", "detected")


def test_an_unknown_hint_is_ignored():
    result = language.detect_document("Putin", hint="xx")
    assert result.source == "detected" and not result.reliable


def test_a_long_page_is_judged_on_a_bounded_sample(seed_text):
    paragraphs = [p for p in seed_text.split("\n") if p.strip()] * 40
    assert len(language._vote_paragraphs("\n\n".join(paragraphs))) == language.VOTE_PARAGRAPHS


def _count_detections(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = language.detect

    def counting(text: str) -> language.LanguageResult:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(language, "detect", counting)
    return calls


def test_a_unanimous_long_page_stops_voting_early(seed_text, monkeypatch):
    calls = _count_detections(monkeypatch)
    paragraphs = [p for p in seed_text.split("\n") if p.strip()] * 40
    result = language.detect_document("\n\n".join(paragraphs))
    assert (result.code, result.reliable) == ("de", True)
    assert len(calls) == language.UNANIMOUS_VOTES


def test_a_mixed_page_gets_every_vote(seed_text, monkeypatch):
    calls = _count_detections(monkeypatch)
    german = [p for p in seed_text.split("\n") if len(p) > 200]
    english = (
        "The committee met on Tuesday to discuss the budget for the coming year, and several members "
        "said they would vote against the proposal unless the spending on roads was increased. "
        "The chairman told reporters that a compromise was still possible before the end of the month."
    )
    paragraphs = [german[i % len(german)] if i % 4 else english for i in range(60)]
    result = language.detect_document("\n\n".join(paragraphs))
    assert result.code == "de"
    assert "en" in {other.code for other in result.others}
    assert len(calls) == language.VOTE_PARAGRAPHS


def test_short_cjk_sentences_are_not_undetermined():
    assert language.detect("我们明天去北京看长城吧，你觉得怎么样").code == "zh"
    assert language.letter_weight("北京 abc") == 2 * language.CJK_WEIGHT + 3


@pytest.mark.parametrize(
    ("tag", "code"),
    [("de-CH", "de"), ("en_US", "en"), ("FR", "fr"), ("xx", None), ("<script>", None), ("", None)],
)
def test_language_tags_reduce_to_known_codes(tag, code):
    assert language.code_from_tag(tag) == code
