"""`precis serve` for real (gunicorn on loopback): stalled clients and a busy analysis must not stop the
health check or the next request (issue 16, items 3 and 10)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from precis.config import Config
from precis.serving import CLIENT_SECONDS
from tests.servers import free_port

THREADS = Config().threads


@pytest.fixture(scope="module")
def server():
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRECIS_")}
    env.update({"PRECIS_RATE_LIMIT": "off", "PRECIS_ACCESS_LOG": "off", "PRECIS_CACHE_SIZE": "0"})
    command = [sys.executable, "-m", "precis.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    child = subprocess.Popen([*command, "--workers", "1"], env=env, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/api/v1/health", timeout=1).read()
            break
        except OSError:
            if child.poll() is not None:
                pytest.fail(child.stderr.read().decode()[-2000:])
            time.sleep(0.3)
    else:
        child.kill()
        pytest.fail("precis serve did not answer its health check within 90 s")
    yield url, port
    child.terminate()
    child.wait(timeout=30)


def _health_seconds(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url + "/api/v1/health", timeout=5) as response:
        assert json.loads(response.read())["status"] == "ok"
    return time.perf_counter() - started


def _post(url: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(
        url + "/api/v1/summarize", json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_stalled_clients_do_not_take_the_service_down(server):
    """Sockets that send half their headers and stop: with sync workers two of them held both workers and
    every health check timed out for a minute. Now each holds one of a worker's threads, and only until
    its read times out (more stalled sockets than threads is what nginx in front is for)."""
    url, port = server
    stalled = []
    for _ in range(THREADS - 2):
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(b"POST /api/v1/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: app")
        stalled.append(sock)
    try:
        time.sleep(1)
        assert _health_seconds(url) < 1.0
        status, answer = _post(url, {"text": "Ein Satz über Berlin. Noch ein Satz über Paris und Rom."})
        assert status == 200 and answer["summary"]
        for sock in stalled:  # the server hangs up on each once its read deadline passes
            sock.settimeout(CLIENT_SECONDS + 5)
            reply = sock.recv(1024)
            assert reply == b"" or reply.startswith(b"HTTP/1.1 4"), reply
        # Closing them waits for these clients to hang up (up to 2 s each): off the worker's main thread,
        # or the worker accepts nothing meanwhile (six at once froze it for 10 s).
        for _ in range(4):
            assert _health_seconds(url) < 1.0
            time.sleep(0.3)
    finally:
        for sock in stalled:
            sock.close()


def test_health_answers_while_the_worker_analyses(server):
    url, _ = server
    long_text = " ".join(
        f"Satz {n} über die Stadt Berlin und den Fluss Spree im Jahr {n}." for n in range(6000)
    )
    with ThreadPoolExecutor(3) as pool:
        analyses = [pool.submit(_post, url, {"text": long_text, "sentences": n}) for n in (3, 4)]
        time.sleep(0.5)
        timings = [_health_seconds(url) for _ in range(5)]
        statuses = [future.result()[0] for future in analyses]
    assert max(timings) < 1.0, timings
    assert all(status in (200, 503) for status in statuses) and 200 in statuses
