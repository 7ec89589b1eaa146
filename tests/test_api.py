import json

import pytest

from precis import create_app
from precis.config import ConfigError


def _error(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert "Traceback" not in response.get_data(as_text=True)
    return body["error"]


def test_factory_takes_a_test_config():
    assert not create_app().testing
    app = create_app({"max_body_bytes": 4096})
    assert app.config["MAX_CONTENT_LENGTH"] == 4096


def test_summarize_seed(client, seed_text):
    response = client.post("/api/v1/summarize", json={"text": seed_text})
    assert response.status_code == 200
    data = response.get_json()
    assert data["language"]["code"] == "de" and data["language"]["reliable"]
    assert 3 <= len(data["summary"]) <= 5
    for s in data["summary"]:
        assert seed_text[s["start"] : s["end"]] == s["text"]
    types = {a["name"]: a["type"] for a in data["actors"]}
    assert types["Carl Schuster"] == "person"
    assert types["Russland"] == "location"


def test_options_are_passed_through(client, english_text):
    response = client.post(
        "/api/v1/summarize",
        json={"text": english_text, "sentences": 2, "algorithm": "lead", "language": "en"},
    )
    data = response.get_json()
    assert len(data["summary"]) == 2 and data["algorithm"] == "lead"


def test_summary_only_skips_the_actor_search(client, seed_text):
    full = client.post("/api/v1/summarize", json={"text": seed_text}).get_json()
    summary_only = client.post("/api/v1/summarize", json={"text": seed_text, "actors": False}).get_json()
    assert full["actors"] and summary_only["actors"] == []
    assert summary_only["stats"]["actor_sentences"] == 0
    assert summary_only["summary"] == full["summary"]
    # The two answers are cached apart: asking again with actors brings them back.
    assert client.post("/api/v1/summarize", json={"text": seed_text}).get_json()["actors"] == full["actors"]


def test_health_and_languages(client):
    assert client.get("/api/v1/health").get_json()["status"] == "ok"
    languages = {item["code"]: item for item in client.get("/api/v1/languages").get_json()["languages"]}
    assert languages["de"]["features"]["summary"] == "full"
    assert languages["sw"]["features"]["summary"] == "reduced"
    assert languages["de"]["features"]["actors"] == languages["en"]["features"]["actors"] == "full"
    assert languages["sw"]["features"]["actors"] == "reduced"


@pytest.mark.parametrize(
    "body, status, code",
    [
        ({"title": "x"}, 400, "invalid_request"),
        ({"text": 42}, 400, "invalid_request"),
        ({"text": ["a"]}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "sentences": 0}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "actors": "no"}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "actors": 0}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "sentences": 21}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "sentences": True}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "sentences": "3"}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "algorithm": "magic"}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "language": "xx"}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "title": 5}, 400, "invalid_request"),
        ({"text": "Ein Satz.", "colour": "red"}, 400, "invalid_request"),
        ({"text": "   "}, 422, "empty_text"),
        ({"text": "!!! ... ???"}, 422, "no_usable_text"),
    ],
)
def test_bad_fields(client, body, status, code):
    assert _error(client.post("/api/v1/summarize", json=body), status)["code"] == code


@pytest.mark.parametrize("payload", [b"[1, 2]", b"42", b'"text"', b"null"])
def test_json_that_is_not_an_object(client, payload):
    response = client.post("/api/v1/summarize", data=payload, content_type="application/json")
    assert _error(response, 400)["code"] in {"invalid_request", "invalid_json"}


def test_malformed_json(client):
    response = client.post("/api/v1/summarize", data=b'{"text": ', content_type="application/json")
    assert _error(response, 400)["code"] == "invalid_json"


def test_invalid_utf8(client):
    response = client.post("/api/v1/summarize", data=b'{"text": "\xff\xfe"}', content_type="application/json")
    assert _error(response, 400)["code"] == "invalid_json"


def test_not_json(client):
    response = client.post(
        "/api/v1/summarize", data="text=hello", content_type="application/x-www-form-urlencoded"
    )
    assert _error(response, 415)["code"] == "unsupported_media_type"


def test_too_large(client):
    body = json.dumps({"text": "Wort " * 100_000})
    response = client.post("/api/v1/summarize", data=body, content_type="application/json")
    assert _error(response, 413)["code"] == "request_entity_too_large"


def test_unknown_route_and_method(client):
    assert _error(client.get("/nope"), 404)["code"] == "not_found"
    assert _error(client.get("/api/v1/summarize"), 405)["code"] == "method_not_allowed"


def test_long_text_is_truncated_not_refused(client, english_text):
    response = client.post("/api/v1/summarize", json={"text": english_text * 60})
    assert response.status_code == 200
    assert response.get_json()["stats"]["truncated"] is True


def test_requests_do_not_leak_into_each_other(client, seed_text, english_text):
    first = client.post("/api/v1/summarize", json={"text": seed_text}).get_json()
    second = client.post("/api/v1/summarize", json={"text": english_text}).get_json()
    again = client.post("/api/v1/summarize", json={"text": seed_text}).get_json()
    assert first["summary"] == again["summary"] and first["actors"] == again["actors"]
    assert not {a["name"] for a in second["actors"]} & {"Carl Schuster", "Russland", "Nordkorea"}


def test_unexpected_errors_are_json_500(app, monkeypatch):
    import precis.api

    def boom(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(precis.api, "analyse", boom)
    response = app.test_client().post("/api/v1/summarize", json={"text": "Ein Satz mit Inhalt."})
    error = _error(response, 500)
    assert "secret" not in error["message"]


class TestAuth:
    @pytest.fixture
    def secured(self):
        return create_app({"api_tokens": ("t0ken-t0ken-t0ken", "other-other-other")}).test_client()

    def test_token_required(self, secured):
        assert (
            _error(secured.post("/api/v1/summarize", json={"text": "Hallo Welt."}), 401)["code"]
            == "unauthorized"
        )
        wrong = {"Authorization": "Bearer nope"}
        assert _error(secured.post("/api/v1/summarize", json={"text": "Hallo."}, headers=wrong), 401)

    def test_valid_token_and_open_health(self, secured):
        ok = secured.post(
            "/api/v1/summarize",
            json={"text": "Hallo Welt, hier ist ein Satz."},
            headers={"Authorization": "Bearer other-other-other"},
        )
        assert ok.status_code == 200
        assert secured.get("/api/v1/health").status_code == 200


class TestCors:
    def test_extension_origin_allowed(self, client):
        origin = "chrome-extension://" + "a" * 32
        response = client.options(
            "/api/v1/summarize",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )
        assert response.headers.get("Access-Control-Allow-Origin") == origin
        assert "Access-Control-Allow-Credentials" not in response.headers

    @pytest.mark.parametrize(
        "origin",
        ["https://evil.example", "chrome-extension://" + "a" * 32 + ".evil.net", "http://localhost.evil.net"],
    )
    def test_other_origins_refused(self, client, origin):
        response = client.post("/api/v1/summarize", json={"text": "Hallo Welt."}, headers={"Origin": origin})
        assert "Access-Control-Allow-Origin" not in response.headers


def test_rate_limit_answers_429_with_retry_after():
    limited = create_app({"rate_limit": "2/minute"}).test_client()
    body = {"text": "Ein kurzer Satz mit ein paar Wörtern."}
    assert [limited.post("/api/v1/summarize", json=body).status_code for _ in range(2)] == [200, 200]
    response = limited.post("/api/v1/summarize", json=body)
    assert _error(response, 429)["code"] == "too_many_requests"
    assert int(response.headers["Retry-After"]) > 0
    assert limited.get("/api/v1/health").status_code == 200  # health is never limited
    other_client = limited.post("/api/v1/summarize", json=body, environ_base={"REMOTE_ADDR": "127.0.0.9"})
    assert other_client.status_code == 200


@pytest.mark.parametrize("tokens", [(), ("the-real-token-0001",)], ids=["no tokens", "tokens"])
def test_random_tokens_share_the_address_limit(tokens):
    """The limiter keyed on the sent token before checking it: every guess had a fresh bucket (300 × 401
    in 0.5 s), and without configured tokens any `Bearer` value escaped the limit."""
    limited = create_app({"rate_limit": "3/minute", "api_tokens": tokens}).test_client()
    body = {"text": "Ein kurzer Satz mit ein paar Wörtern."}
    statuses = [
        limited.post(
            "/api/v1/summarize", json=body, headers={"Authorization": f"Bearer guess-{n}"}
        ).status_code
        for n in range(5)
    ]
    assert statuses[3:] == [429, 429]
    if tokens:  # the real token has its own bucket, untouched by the guesses
        real = limited.post("/api/v1/summarize", json=body, headers={"Authorization": f"Bearer {tokens[0]}"})
        assert real.status_code == 200


def test_a_request_that_cannot_start_in_time_is_told_to_retry():
    app = create_app({"rate_limit": "off", "queue_seconds": 0})
    with app.extensions["precis.analysis_gate"].slot(timeout=0):  # another request is analysing
        response = app.test_client().post("/api/v1/summarize", json={"text": "Ein Satz mit Inhalt hier."})
    assert _error(response, 503)["code"] == "busy"
    assert app.test_client().get("/api/v1/health").status_code == 200


def test_deeply_nested_json_is_a_400_not_a_500(client):
    body = '{"text": ' + "[" * 5000 + "]" * 5000 + "}"
    response = client.post("/api/v1/summarize", data=body, content_type="application/json")
    assert _error(response, 400)["code"] == "invalid_json"


def test_405_names_the_allowed_methods(client):
    response = client.get("/api/v1/summarize")
    assert _error(response, 405) and "POST" in response.headers["Allow"]


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1", "[::1]:8000"])
def test_loopback_server_answers_to_loopback_names(client, host):
    assert client.get("/api/v1/health", headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example"])
def test_loopback_server_refuses_other_host_names(client, host):
    """DNS rebinding: a page on evil.example re-points its name at 127.0.0.1 and calls the local server."""
    response = client.post("/api/v1/summarize", json={"text": "Ein Satz."}, headers={"Host": host})
    assert _error(response, 400)["code"] == "host_not_allowed"


def test_allowed_hosts_setting():
    app = create_app({"rate_limit": "off", "allowed_hosts": ("precis.example.org",)})
    client = app.test_client()
    assert client.get("/api/v1/health", headers={"Host": "precis.example.org"}).status_code == 200
    assert client.get("/api/v1/health", headers={"Host": "localhost"}).status_code == 400


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        ("https://news.example.com", True),
        ("https://a.b.example.com", False),
        ("https://aexamplebcom.evil.net", False),
        ("https://news.example.com.evil.net", False),
        ("https://exact.example.org", True),
        ("https://exact.example.org.evil.net", False),
    ],
)
def test_configured_origins_are_matched_whole(origin, allowed):
    """flask-cors read `https://*.example.com` as an unanchored regular expression."""
    app = create_app(
        {"rate_limit": "off", "cors_origins": ("https://*.example.com", "https://exact.example.org")}
    )
    response = app.test_client().post(
        "/api/v1/summarize", json={"text": "Hallo Welt."}, headers={"Origin": origin}
    )
    assert ("Access-Control-Allow-Origin" in response.headers) == allowed


def test_an_unanchored_origin_pattern_stops_the_start():
    with pytest.raises(ConfigError, match="does not end with"):
        create_app({"cors_origins": (r"^https://trusted\.example",)})
