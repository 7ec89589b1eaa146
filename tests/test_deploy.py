"""The documented deployment, for real: deploy/nginx.conf (TLS, buffering, timeouts) in front of two
`precis serve` instances that share one Redis — one cache, one rate limit, stalled clients absorbed by
nginx, and Redis stopping and coming back (issue 16, "More than one machine"). Everything on loopback."""

from __future__ import annotations

import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.servers import RedisProcess, free_port

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
OPENSSL = shutil.which("openssl")
pytestmark = pytest.mark.skipif(
    not (NGINX and OPENSSL and shutil.which("redis-server")),
    reason="needs Debian's nginx, redis-server and openssl (.ci/run installs them)",
)
SHIPPED = Path(__file__).resolve().parents[1] / "deploy" / "nginx.conf"
SERVER_NAME = "precis.example.org"
LIMIT = 10


def _wait_for(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{what} did not come up within {seconds} s")


def _render(tmp: Path, https_port: int, http_port: int, backends: list[int]) -> Path:
    """The shipped site file with this test's ports and certificate, inside a minimal nginx.conf."""
    key, cert = tmp / "key.pem", tmp / "cert.pem"
    request = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={SERVER_NAME}"]
    subprocess.run(
        [OPENSSL, *request, "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True
    )
    site = SHIPPED.read_text()
    for old, new in (
        ("127.0.0.1:8001", f"127.0.0.1:{backends[0]}"),
        ("127.0.0.1:8002", f"127.0.0.1:{backends[1]}"),
        ("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;"),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        (f"/etc/ssl/certs/{SERVER_NAME}.pem", str(cert)),
        (f"/etc/ssl/private/{SERVER_NAME}.key", str(key)),
        # Test only: which instance answered, to show that the cache and the limit span both.
        (
            "proxy_pass http://precis;",
            "proxy_pass http://precis;\n        add_header X-Upstream $upstream_addr always;",
        ),
    ):
        assert old in site, old
        site = site.replace(old, new)
    (tmp / "precis.conf").write_text(site)
    temp = {name: tmp / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for path in temp.values():
        path.mkdir()
    main = tmp / "nginx.conf"
    main.write_text(
        f"""{"user root;" if os.geteuid() == 0 else ""}
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log off;
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    include {tmp}/precis.conf;
}}
"""
    )
    return main


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("deploy")
    redis = RedisProcess()
    redis.start()
    backends = [free_port(), free_port()]
    https_port, http_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRECIS_")}
    env.update(
        {
            "PRECIS_RATE_LIMIT": f"{LIMIT}/minute",
            "PRECIS_RATE_LIMIT_STORAGE": redis.url,
            "PRECIS_CACHE_URL": redis.url,
            "PRECIS_PROXY_COUNT": "1",
            "PRECIS_ALLOWED_HOSTS": SERVER_NAME,
            "PRECIS_ACCESS_LOG": "off",
        }
    )
    command = [sys.executable, "-m", "precis.cli", "serve", "--host", "127.0.0.1", "--workers", "1", "--port"]
    instances = [
        subprocess.Popen([*command, str(port)], env=env, stderr=subprocess.DEVNULL) for port in backends
    ]
    nginx = subprocess.Popen([NGINX, "-c", str(_render(tmp, https_port, http_port, backends))])
    context = ssl.create_default_context(cafile=str(tmp / "cert.pem"))
    context.check_hostname = False  # we connect to 127.0.0.1 with the name in the Host header
    base = f"https://127.0.0.1:{https_port}"
    try:
        for port in backends:
            _wait_for(
                lambda p=port: socket.create_connection(("127.0.0.1", p), 0.2).close() is None, 90, "precis"
            )
        _wait_for(lambda: _call(base, context, "GET", "/api/v1/health")[0] == 200, 30, "nginx")
        yield {
            "base": base,
            "context": context,
            "redis": redis,
            "https_port": https_port,
            "http_port": http_port,
        }
    finally:
        nginx.terminate()
        for process in instances:
            process.terminate()
        for process in (nginx, *instances):
            process.wait(timeout=30)
        redis.stop()


def _call(base, context, method, path, body=None, headers=None):
    request = urllib.request.Request(
        base + path,
        json.dumps(body).encode() if body is not None else None,
        {"Host": SERVER_NAME, "Content-Type": "application/json", **(headers or {})},
        method=method,
    )
    try:
        with urllib.request.urlopen(request, timeout=30, context=context) as response:
            return response.status, json.loads(response.read()), response.headers
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), error.headers


def test_one_cache_and_one_limit_across_two_instances(deployment):
    base, context = deployment["base"], deployment["context"]
    body = {"text": "Berlin ist eine Stadt in Europa. Paris ist auch eine große Stadt dort. Rom ist alt."}
    answers = [_call(base, context, "POST", "/api/v1/summarize", body) for _ in range(4)]
    assert [a[2]["X-Precis-Cache"] for a in answers] == ["miss", "hit", "hit", "hit"]
    assert len({a[2]["X-Upstream"] for a in answers}) == 2  # both instances answered, from one cache
    # The limit counts this client across both instances; a forged X-Forwarded-For does not escape it.
    statuses, upstreams = [], set()
    for n in range(LIMIT - 4 + 2):
        forged = {"X-Forwarded-For": f"203.0.113.{n}"}
        status, _, headers = _call(
            base, context, "POST", "/api/v1/summarize", {**body, "sentences": 1}, forged
        )
        statuses.append(status)
        upstreams.add(headers["X-Upstream"])
    assert statuses == [200] * (LIMIT - 4) + [429, 429] and len(upstreams) == 2


def test_plain_http_redirects_to_https(deployment):
    connection = socket.create_connection(("127.0.0.1", deployment["http_port"]))
    connection.sendall(
        f"GET /api/v1/health HTTP/1.1\r\nHost: {SERVER_NAME}\r\nConnection: close\r\n\r\n".encode()
    )
    reply = connection.recv(4096).decode("latin-1")
    connection.close()
    assert reply.startswith("HTTP/1.1 301") and f"Location: https://{SERVER_NAME}/api/v1/health" in reply


def test_stalled_clients_are_nginx_s_problem(deployment):
    """Forty sockets that never finish their headers (five times a worker's threads)."""
    stalled = []
    for _ in range(40):
        raw = socket.create_connection(("127.0.0.1", deployment["https_port"]))
        tls = deployment["context"].wrap_socket(raw, server_hostname=SERVER_NAME)
        tls.sendall(b"POST /api/v1/summarize HTTP/1.1\r\nHost: precis.example.org\r\nContent-Le")
        stalled.append(tls)
    try:
        started = time.perf_counter()
        status, health, _ = _call(deployment["base"], deployment["context"], "GET", "/api/v1/health")
        assert status == 200 and health["status"] == "ok" and time.perf_counter() - started < 1.0
    finally:
        for tls in stalled:
            tls.close()


def test_redis_stops_and_returns(deployment):
    base, context, redis = deployment["base"], deployment["context"], deployment["redis"]
    redis.stop()
    try:
        body = {"text": "Madrid liegt in Spanien. Lissabon liegt in Portugal am Meer. Beide sind alt."}
        status, answer, _ = _call(base, context, "POST", "/api/v1/summarize", body)
        assert status == 200 and answer["summary"]  # limits fall back to memory; no cache
        for _ in range(2):  # both instances say so
            _, health, _ = _call(base, context, "GET", "/api/v1/health")
            assert health["status"] == "degraded" and health["checks"]["rate_limit_storage"] == "down"
    finally:
        redis.start()
    for _ in range(2):
        assert _call(base, context, "GET", "/api/v1/health")[1]["status"] == "ok"
