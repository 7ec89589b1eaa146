"""Proof under bad input: generated requests never get a 5xx, and every error has the JSON error shape.

Fixed seed (`derandomize`) and bounded examples, so the suite is repeatable and quick.
"""

import json
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from precis import create_app

FUZZ = settings(
    derandomize=True,
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FIELDS = ("text", "title", "url", "language", "language_hint", "sentences", "algorithm")

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
# Any character, control characters and lone surrogates included (JSON can carry them as \\uXXXX).
nasty_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)


@pytest.fixture(scope="module")
def fuzz_client():
    return create_app({"rate_limit": "off", "max_body_bytes": 64_000, "max_text_chars": 5_000}).test_client()


def _assert_sane(response):
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    body = response.get_json()
    assert isinstance(body, dict)
    if response.status_code >= 400:
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
        assert "Traceback" not in body["error"]["message"]


@FUZZ
@given(body=json_values)
def test_any_json_body(fuzz_client, body):
    _assert_sane(fuzz_client.post("/api/v1/summarize", json=body))


@FUZZ
@given(
    body=st.fixed_dictionaries(
        {"text": nasty_text}, optional={name: json_values | nasty_text for name in FIELDS if name != "text"}
    )
)
def test_requests_with_the_right_fields_and_wild_values(fuzz_client, body):
    data = json.dumps(body)  # escapes lone surrogates as \\udXXX, as a hostile client would send them
    response = fuzz_client.post("/api/v1/summarize", data=data, content_type="application/json")
    _assert_sane(response)
    if response.status_code == 200:
        result = response.get_json()
        for sentence in result["summary"]:
            assert sentence["start"] <= sentence["end"]


# Markup made of tags, attributes and text in any order: unclosed, nested, script/style, entities.
html_parts = (
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<article>",
            "<script>",
            "</script>",
            "<style>",
            "<!--",
            "-->",
            "<![CDATA[",
            "<html lang='de'>",
            "<body>",
            "&amp;",
            "&#0;",
            "&#x110000;",
            "<br/>",
            '<p class="',
            "\x00",
        ]
    )
    | nasty_text.map(lambda s: s[:60])
    | st.just("Kim traf Putin in Moskau, sagte Schuster am Montag. " * 3)
)
hostile_html = st.lists(html_parts, max_size=40).map("".join)


@FUZZ
@given(html=hostile_html, hint=st.none() | nasty_text.map(lambda s: s[:12]))
def test_hostile_html(fuzz_client, html, hint):
    body = {"html": html} if hint is None else {"html": html, "language_hint": hint}
    response = fuzz_client.post("/api/v1/summarize", data=json.dumps(body), content_type="application/json")
    _assert_sane(response)
    if response.status_code == 200:
        result = response.get_json()
        for sentence in result["summary"]:
            assert result["text"][sentence["start"] : sentence["end"]] == sentence["text"]


@FUZZ
@given(
    payload=st.binary(max_size=400),
    content_type=st.sampled_from(
        ["application/json", "text/plain", "application/octet-stream", "multipart/form-data", ""]
    ),
)
def test_binary_bodies_and_content_types(fuzz_client, payload, content_type):
    _assert_sane(fuzz_client.post("/api/v1/summarize", data=payload, content_type=content_type))


@pytest.mark.parametrize(
    "payload",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"text":' * 50_000 + b'""' + b"}" * 50_000,
        b'{"text": "' + "ä".encode() * 20_000 + b'"}',
        b'{"text": "\\u0000\\u0001\\u001f Kim traf Putin."}',
        b'{"text": "\\ud800\\udfff\\ud800 Kim traf Putin in Moskau, sagte er am Montag."}',
        b'{"text": "a", "text": 5}',
        b"\xff\xfe\x00{",
    ],
)
def test_hostile_payloads(fuzz_client, payload):
    _assert_sane(fuzz_client.post("/api/v1/summarize", data=payload, content_type="application/json"))


def test_unsupported_and_odd_languages(fuzz_client):
    for language in ("xx", "klingon", "", "DE", " de ", "zh-cn", "und", "ru\u0000"):
        body = {"text": "Ein kurzer Satz.", "language": language}
        _assert_sane(fuzz_client.post("/api/v1/summarize", json=body))


def test_concurrent_requests_get_their_own_answers(seed_text, english_text):
    app = create_app({"rate_limit": "off", "cache_size": 0})
    texts = {"de": seed_text, "en": english_text}
    failures: list[str] = []

    def worker(code: str) -> None:
        client = app.test_client()
        for _ in range(3):
            result = client.post("/api/v1/summarize", json={"text": texts[code]}).get_json()
            if result["language"]["code"] != code:
                failures.append(f"{code} got {result['language']['code']}")
            for sentence in result["summary"]:
                if texts[code][sentence["start"] : sentence["end"]] != sentence["text"]:
                    failures.append(f"{code}: a summary sentence that is not in its own text")

    threads = [threading.Thread(target=worker, args=(code,)) for code in ("de", "en", "de", "en")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert app.test_client().get("/api/v1/health").status_code == 200


def test_still_answering_after_the_fuzzing(fuzz_client):
    assert fuzz_client.get("/api/v1/health").get_json()["status"] == "ok"
