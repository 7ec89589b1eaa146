"""A real Redis (Debian's redis-server, started here on loopback) shared by two app instances — two
workers or two machines: one cache, one rate limit, and what happens when Redis dies, freezes and
comes back (issue 16, item 8). Policy: fail open — limits fall back to each worker's memory, the cache is
skipped, every request still gets its answer, and /health says "degraded" until Redis is back."""

from __future__ import annotations

import os
import signal
import time

import pytest

from precis import create_app
from tests.servers import REDIS_SERVER, RedisProcess

pytestmark = pytest.mark.skipif(
    REDIS_SERVER is None, reason="redis-server is not installed (.ci/run installs Debian's redis-server)"
)
BODY = {"text": "Berlin ist eine Stadt in Europa. Paris ist auch eine große Stadt dort. Rom ist alt."}


@pytest.fixture
def redis_server():
    server = RedisProcess()
    server.start()
    yield server
    if server.process is not None:
        os.kill(server.process.pid, signal.SIGCONT)  # in case a test left it frozen
    server.stop()


def _instances(redis_server, limit="4/minute"):
    settings = {"rate_limit": limit, "rate_limit_storage": redis_server.url, "cache_url": redis_server.url}
    return [create_app(settings).test_client() for _ in range(2)]


def test_two_instances_share_one_cache_and_one_limit(redis_server):
    first, second = _instances(redis_server)
    assert first.post("/api/v1/summarize", json=BODY).headers["X-Precis-Cache"] == "miss"
    assert second.post("/api/v1/summarize", json=BODY).headers["X-Precis-Cache"] == "hit"
    statuses = [client.post("/api/v1/summarize", json=BODY).status_code for client in (first, second, first)]
    assert statuses == [200, 200, 429]  # 4 per minute for this address, counted across both
    for client in (first, second):
        assert client.get("/api/v1/health").get_json() == {
            "status": "ok",
            "version": client.get("/api/v1/health").get_json()["version"],
            "checks": {"rate_limit_storage": "ok", "cache": "ok"},
        }


def _degraded_but_answering(client) -> None:
    started = time.perf_counter()
    response = client.post("/api/v1/summarize", json=BODY)
    assert response.status_code == 200 and response.get_json()["summary"]
    assert time.perf_counter() - started < 3.0  # short socket timeouts, not 5 s per call
    health = client.get("/api/v1/health").get_json()
    assert health["status"] == "degraded"
    assert health["checks"] == {"rate_limit_storage": "down", "cache": "down"}


def test_redis_killed_then_back(redis_server):
    first, _ = _instances(redis_server, limit="100/minute")
    assert first.post("/api/v1/summarize", json=BODY).status_code == 200
    redis_server.stop()
    for _ in range(3):
        _degraded_but_answering(first)
    redis_server.start()  # same port, empty
    assert first.get("/api/v1/health").get_json()["status"] == "ok"
    assert first.post("/api/v1/summarize", json=BODY).status_code == 200


def test_redis_frozen(redis_server):
    first, _ = _instances(redis_server, limit="100/minute")
    os.kill(redis_server.process.pid, signal.SIGSTOP)
    try:
        _degraded_but_answering(first)
    finally:
        os.kill(redis_server.process.pid, signal.SIGCONT)
    assert first.get("/api/v1/health").get_json()["status"] == "ok"
