import pytest

import precis.api
from precis import create_app
from precis.cache import MemoryCache, cache_key
from precis.config import Config, ConfigError


def test_key_depends_on_text_and_every_option():
    base = cache_key("Text", language=None, sentences=3)
    assert base == cache_key("Text", sentences=3, language=None)
    assert base != cache_key("Text.", language=None, sentences=3)
    assert base != cache_key("Text", language="de", sentences=3)
    assert base != cache_key("Text", language=None, sentences=4)
    assert "Text" not in base


def test_memory_cache_evicts_the_least_recently_used():
    cache = MemoryCache(2)
    cache.put("a", {"n": 1})
    cache.put("b", {"n": 2})
    assert cache.get("a") == {"n": 1}  # a is now the most recent
    cache.put("c", {"n": 3})
    assert cache.get("b") is None and cache.get("a") == {"n": 1} and len(cache) == 2


def test_a_caller_cannot_change_what_is_cached():
    cache = MemoryCache(4)
    cache.put("k", {"summary": ["one"]})
    cache.get("k")["summary"].append("two")
    assert cache.get("k") == {"summary": ["one"]}


@pytest.fixture
def cached_client():
    return create_app({"rate_limit": "off", "cache_size": 8}).test_client()


def test_the_same_request_is_answered_from_the_cache(cached_client, english_text):
    first = cached_client.post("/api/v1/summarize", json={"text": english_text})
    second = cached_client.post("/api/v1/summarize", json={"text": english_text})
    other = cached_client.post("/api/v1/summarize", json={"text": english_text, "sentences": 2})
    assert first.headers["X-Precis-Cache"] == "miss" and second.headers["X-Precis-Cache"] == "hit"
    assert first.get_json() == second.get_json()
    assert other.headers["X-Precis-Cache"] == "miss" and len(other.get_json()["summary"]) == 2


def test_the_cache_can_be_turned_off(english_text):
    client = create_app({"rate_limit": "off", "cache_size": 0}).test_client()
    for _ in range(2):
        response = client.post("/api/v1/summarize", json={"text": english_text})
        assert response.headers["X-Precis-Cache"] == "off"


def test_errors_are_not_cached(cached_client):
    for _ in range(2):
        response = cached_client.post("/api/v1/summarize", json={"text": "..."})
        assert response.status_code == 422 and "X-Precis-Cache" not in response.headers


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PRECIS_CACHE_SIZE": "-1"}, "CACHE_SIZE"),
        ({"PRECIS_CACHE_SIZE": "many"}, "whole number"),
        ({"PRECIS_CACHE_URL": "memcached://x"}, "redis://"),
    ],
)
def test_bad_cache_settings_stop_the_start(env, message):
    with pytest.raises(ConfigError, match=message):
        Config.from_env(env)


def test_memory_cache_is_bounded_by_bytes():
    cache = MemoryCache(1000, max_bytes=16_000)
    for n in range(20):
        cache.put(f"k{n}", {"text": "x" * 900})
    assert cache.bytes <= 16_000 and len(cache) < 20
    assert cache.get("k19") is not None and cache.get("k0") is None


def test_an_answer_too_large_for_the_cache_is_not_kept():
    cache = MemoryCache(10, max_bytes=16_000)
    cache.put("big", {"text": "x" * 2_000})  # more than 1/16 of the cache
    assert cache.get("big") is None and cache.bytes == 0


def test_replacing_an_entry_keeps_the_byte_count_right():
    cache = MemoryCache(10, max_bytes=16_000)
    cache.put("k", {"text": "x" * 500})
    cache.put("k", {"text": "y" * 100})
    assert cache.bytes == len(b'{"text": ""}') + 100


def test_an_answer_cut_short_by_the_time_budget_is_not_cached(english_text):
    """Under CPU load the budget ran out before the actor search: that answer (no actors) was cached and
    served to the next identical request on an idle machine."""
    client = create_app({"rate_limit": "off", "cache_size": 8}).test_client()
    real = precis.api.analyse

    def starved(text, **options):  # a machine so busy that no time is left for the actors
        return real(text, **{**options, "time_budget_seconds": 0})

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(precis.api, "analyse", starved)
        first = client.post("/api/v1/summarize", json={"text": english_text})
    assert first.get_json()["stats"]["time_limited"] is True and first.get_json()["actors"] == []
    second = client.post("/api/v1/summarize", json={"text": english_text})
    assert second.headers["X-Precis-Cache"] == "miss"
    assert second.get_json()["stats"]["time_limited"] is False and second.get_json()["actors"]


def test_each_token_has_its_own_cache():
    tokens = ("token-of-alice-0001", "token-of-bob-00002")
    client = create_app({"rate_limit": "off", "cache_size": 8, "api_tokens": tokens}).test_client()
    body = {"text": "Ein Satz über Berlin und Paris. Noch ein Satz über Rom."}

    def post(token):
        headers = {"Authorization": f"Bearer {token}"}
        return client.post("/api/v1/summarize", json=body, headers=headers).headers["X-Precis-Cache"]

    assert [post(tokens[0]), post(tokens[1]), post(tokens[0])] == ["miss", "miss", "hit"]
