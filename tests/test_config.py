import pytest

from precis.config import DEFAULT_CORS_ORIGINS, Config, ConfigError


def test_defaults_are_safe():
    config = Config.from_env({})
    assert config.host == "127.0.0.1"
    assert config.cors_origins == DEFAULT_CORS_ORIGINS
    assert config.api_tokens == ()


def test_values_are_parsed():
    config = Config.from_env(
        {
            "PRECIS_PORT": "9000",
            "PRECIS_API_TOKENS": "a-long-token-one, b-long-token-two",
            "PRECIS_DEFAULT_SENTENCES": "4",
            "PRECIS_SPACY_MODELS": "de=de_core_news_lg",
        }
    )
    assert config.port == 9000
    assert config.api_tokens == ("a-long-token-one", "b-long-token-two")
    assert config.default_sentences == 4
    assert config.spacy_models == {"de": "de_core_news_lg"}


@pytest.mark.parametrize(
    "env, message",
    [
        ({"PRECIS_PORT": "eighty"}, "whole number"),
        ({"PRECIS_PORT": "70000"}, "1-65535"),
        ({"PRECIS_DEFAULT_ALGORITHM": "magic"}, "must be one of"),
        ({"PRECIS_LOG_LEVEL": "LOUD"}, "log level"),
        ({"PRECIS_PROT": "8000"}, "unknown setting"),
        ({"PRECIS_CORS_ORIGINS": "^(unclosed$"}, "bad pattern"),
        ({"PRECIS_SPACY_MODELS": "de_core_news_lg"}, "must look like"),
        ({"PRECIS_RATE_LIMIT": "lots"}, "PRECIS_RATE_LIMIT"),
    ],
)
def test_bad_values_fail_fast(env, message):
    with pytest.raises(ConfigError, match=message):
        Config.from_env(env)


def test_open_bind_requires_a_token():
    with pytest.raises(ConfigError, match="PRECIS_API_TOKENS"):
        Config.from_env({"PRECIS_HOST": "0.0.0.0"})
    assert (
        Config.from_env({"PRECIS_HOST": "0.0.0.0", "PRECIS_API_TOKENS": "s3cret-s3cret-s3cret"}).host
        == "0.0.0.0"
    )


def test_a_short_token_is_refused():
    with pytest.raises(ConfigError, match=r"16\+ characters"):
        Config.from_env({"PRECIS_API_TOKENS": "x"})
