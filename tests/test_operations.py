"""What a self-hoster relies on: access logs without article text, exact extension ids, a time budget."""

import json
import logging

import pytest

from precis import analyse, create_app
from precis.config import Config, ConfigError

CHROME_ID = "abcdefghijklmnopabcdefghijklmnop"
FIREFOX_ID = "0b0e8c5e-2f0a-4a43-9d7e-5b5a1f0c2d3e"


class _Records(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())


@pytest.fixture
def access_lines():
    handler = _Records()
    logger = logging.getLogger("precis.access")
    logger.addHandler(handler)
    yield handler.lines
    logger.removeHandler(handler)


def test_access_log_is_json_and_never_holds_the_article(client, seed_text, access_lines):
    client.post(
        "/api/v1/summarize",
        json={"text": seed_text, "title": "Geheimer Titel"},
        headers={"Authorization": "Bearer not-a-real-token"},
    )
    client.get("/api/v1/health")
    records = [json.loads(line) for line in access_lines]
    assert [(r["method"], r["path"], r["status"]) for r in records] == [
        ("POST", "/api/v1/summarize", 200),
        ("GET", "/api/v1/health", 200),
    ]
    assert records[0]["bytes_in"] > len(seed_text) and records[0]["ms"] >= 0
    joined = "\n".join(access_lines)
    for secret in ("Schuster", "Geheimer", "not-a-real-token", seed_text[:40]):
        assert secret not in joined


def test_access_log_can_be_turned_off(access_lines):
    quiet = create_app({"rate_limit": "off", "access_log": False}).test_client()
    quiet.get("/api/v1/health")
    assert access_lines == []


def test_exact_extension_ids_replace_the_patterns():
    config = Config.from_env({"PRECIS_EXTENSION_IDS": f"{CHROME_ID},{FIREFOX_ID}"})
    assert f"chrome-extension://{CHROME_ID}" in config.allowed_origins
    assert f"moz-extension://{FIREFOX_ID}" in config.allowed_origins
    client = create_app(config.with_overrides(rate_limit="off")).test_client()

    def allowed(origin):
        response = client.get("/api/v1/health", headers={"Origin": origin})
        return response.headers.get("Access-Control-Allow-Origin") == origin

    assert allowed(f"chrome-extension://{CHROME_ID}")
    assert allowed(f"moz-extension://{FIREFOX_ID}")
    assert allowed("http://localhost:8000")  # non-extension defaults stay
    assert not allowed("chrome-extension://" + "b" * 32)
    assert not allowed(f"chrome-extension://{CHROME_ID}.evil")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PRECIS_EXTENSION_IDS": "not-an-id"}, "neither a Chrome id"),
        ({"PRECIS_TIME_BUDGET_SECONDS": "soon"}, "number of seconds"),
        ({"PRECIS_TIME_BUDGET_SECONDS": "0"}, "0.5-300"),
        ({"PRECIS_ACCESS_LOG": "maybe"}, "on or off"),
    ],
)
def test_bad_operational_settings_stop_the_start(env, message):
    with pytest.raises(ConfigError, match=message):
        Config.from_env(env)


def test_time_budget_shrinks_the_actor_search(seed_text):
    relaxed = analyse(seed_text, time_budget_seconds=10)
    assert relaxed.actors and relaxed.stats.actor_sentences == relaxed.stats.sentences
    exhausted = analyse(seed_text, time_budget_seconds=0)
    assert exhausted.actors == [] and exhausted.stats.actor_sentences == 0
    assert exhausted.summary == relaxed.summary
