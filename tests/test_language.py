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
