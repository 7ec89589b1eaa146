"""`make attack`: the inputs of the security review (issue 16) against a real `precis serve`.

A server with the defaults (2 gthread workers, 10 s time budget, memory cache) on a free loopback port;
each hostile request is sent while a poller asks `/health` every quarter second and the workers' memory is
read from /proc. Pass when: no request takes longer than the time budget + 2 s, no answer is a 5xx or
not JSON, no worker's resident memory passes 1 GB, every health check answers within 1 s, and an answer
cut short by the time budget is never served again from the cache. Exits 1 otherwise; writes its table
to docs/security.md. Everything stays on 127.0.0.1, bounded in count and time; the server is stopped by
the PID started here.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.http import free_port, serving
from eval.common import replace_section

DOCS = Path(__file__).resolve().parent.parent / "docs"
TIME_BUDGET = 10.0
MAX_SECONDS = TIME_BUDGET + 2
MAX_WORKER_MB = 1024
MAX_HEALTH_SECONDS = 1.0


def _short_sentences(characters: int) -> str:
    return " ".join(f"Der Mann {n} geht nach Hause." for n in range(characters // 20))[:characters]


def _words(characters: int) -> str:
    return " ".join(f"Wort{n % 5000} und Satz {n}." for n in range(characters // 16))[:characters]


def _distinct_names(count: int) -> str:
    """`count` people and `count` agencies, each named once and no two alike ("Kalomi Netaru said …")."""
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "be", "do"]

    def word(n: int) -> str:
        return "".join(syllables[int(digit)] for digit in f"{n:04d}").capitalize()

    return " ".join(
        f"{word(n)} {word(n + count)} said that the {word(n)} Agency ({word(n).upper()[:4]}) was fine."
        for n in range(count)
    )


def _page(paragraphs: list[str]) -> str:
    return "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"


#: (name, JSON body) — each from the review's list, at the sizes it reported.
ATTACKS: list[tuple[str, Callable[[], dict]]] = [
    ("1. name-pattern backtracking, text", lambda: {"text": "A-" * 2000 + "!"}),
    ("1. name-pattern backtracking, page", lambda: {"html": _page(["A-" * 1200 + "!"])}),
    ("2. LSA on 240 KB", lambda: {"text": _words(240_000), "algorithm": "lsa"}),
    ("2. KL on 80 KB", lambda: {"text": _words(80_000), "algorithm": "kl"}),
    ("2. sumy LexRank on 770 KB", lambda: {"text": _words(770_000), "algorithm": "lexrank"}),
    ("4. Chinese without spaces, 80,000 characters", lambda: {"text": "中文字。" * 20_000}),
    ("4. 360 KB of Chinese in one <p>", lambda: {"html": _page(["中文字。" * 30_000])}),
    ("5. 1.5 MB of short sentences", lambda: {"text": _short_sentences(1_500_000)}),
    ("5. a page of 60,000 <p>", lambda: {"html": _page([f"Absatz {n}." for n in range(60_000)])}),
    # Thousands of names on one line: each name once read its whole line again (73 s in process).
    (
        "review. 440 KB of names on one line",
        lambda: {"text": "Anna Weber traf Jonas Keller in Berlin. " * 11_000},
    ),
    # Each short name was compared with every longer one: 1,000 distinct people took 15 s in process.
    ("review. 1,500 distinct people and agencies", lambda: {"text": _distinct_names(1500)}),
    ("low. JSON nested 5,000 deep", lambda: "[" * 5000 + "]" * 5000),
]


@dataclass
class Watch:
    """Health checks and worker memory, sampled in the background while the attacks run."""

    url: str
    master_pid: int
    health_seconds: list[float] = field(default_factory=list)
    health_failures: int = 0
    failures: list[str] = field(default_factory=list)
    worker_mb: float = 0.0
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        while not self.stop.is_set():
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.url + "/api/v1/health", timeout=MAX_HEALTH_SECONDS) as r:
                    r.read()
                self.health_seconds.append(time.perf_counter() - started)
            except OSError as error:
                self.health_failures += 1
                self.failures.append(f"after {time.perf_counter() - started:.2f} s: {error}")
            self.worker_mb = max(self.worker_mb, *self._workers_mb(), 0.0)
            self.stop.wait(0.25)

    def _workers_mb(self) -> list[float]:
        sizes = []
        for task in Path(f"/proc/{self.master_pid}/task").glob("*/children"):
            for pid in task.read_text().split():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                rss = next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")), "0")
                sizes.append(int(rss) / 1024)
        return sizes


def _post(url: str, body: dict | str) -> tuple[int, float, dict | None, str]:
    data = (body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)).encode()
    request = urllib.request.Request(url + "/api/v1/summarize", data, {"Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            status, raw, cache = response.status, response.read(), response.headers.get("X-Precis-Cache", "")
    except urllib.error.HTTPError as error:
        status, raw, cache = error.code, error.read(), error.headers.get("X-Precis-Cache", "")
    except OSError as error:
        return 0, time.perf_counter() - started, None, f"no answer: {error}"
    seconds = time.perf_counter() - started
    try:
        return status, seconds, json.loads(raw), cache
    except ValueError:
        return status, seconds, None, cache


def _stall(port: int, count: int) -> list[socket.socket]:
    """Item 3: sockets that send half their headers and stop."""
    sockets = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port))
        sock.sendall(b"POST /api/v1/summarize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty")
        sockets.append(sock)
    return sockets


def run(stalled_sockets: int = 6, server_log: str = os.devnull) -> tuple[list[dict], Watch]:
    port = free_port()
    env = {k: "" for k in os.environ if k.startswith("PRECIS_")}  # the defaults, whatever the shell has
    env.update({"PRECIS_PORT": str(port), "PRECIS_RATE_LIMIT": "off"})
    env["PRECIS_TIME_BUDGET_SECONDS"] = str(TIME_BUDGET)
    command = [sys.executable, "-m", "precis.cli", "serve", "--workers", "2"]
    url = f"http://127.0.0.1:{port}"
    with open(server_log, "w") as log, serving(command, env, url + "/api/v1/health", stderr=log) as server:
        watch = Watch(url, server.pid)
        poller = threading.Thread(target=watch.run, daemon=True)
        poller.start()
        stalled = _stall(port, stalled_sockets)
        rows = []
        try:
            for name, make in ATTACKS:
                body = make()
                status, seconds, answer, cache = _post(url, body)
                row = {"attack": name, "status": status, "seconds": seconds, "json": answer is not None}
                stats = (answer or {}).get("stats", {})
                if stats.get("time_limited"):  # item 6: a partial answer must not come back from the cache
                    row["cached_again"] = _post(url, body)[3] == "hit"
                rows.append(row)
                print(f"{name}: {status} in {seconds:.2f} s", flush=True)
        finally:
            for sock in stalled:
                sock.close()
            watch.stop.set()
            poller.join()
        return rows, watch


def verdicts(rows: list[dict], watch: Watch) -> list[str]:
    failures = [
        f"{r['attack']}: {reason}"
        for r in rows
        for reason, bad in (
            (f"{r['seconds']:.1f} s > {MAX_SECONDS} s", r["seconds"] > MAX_SECONDS),
            (f"status {r['status']}", not 200 <= r["status"] < 500),
            ("answer is not JSON", not r["json"]),
            ("a partial answer was served from the cache", r.get("cached_again", False)),
        )
        if bad
    ]
    if watch.health_failures:
        failures.append(
            f"{watch.health_failures} health checks failed or took over {MAX_HEALTH_SECONDS} s "
            f"({'; '.join(watch.failures[:3])})"
        )
    if watch.worker_mb > MAX_WORKER_MB:
        failures.append(f"a worker reached {watch.worker_mb:.0f} MB")
    return failures


def table(rows: list[dict], watch: Watch, failures: list[str]) -> str:
    lines = [
        "## Hostile requests against a real server (`make attack`)",
        "",
        f"`precis serve` with its defaults (2 threaded workers, {TIME_BUDGET:.0f} s time budget), six "
        "stalled sockets open throughout, `/health` asked every 0.25 s. Bounds: each request ≤ budget + 2 s, "
        f"no 5xx, JSON always, workers ≤ {MAX_WORKER_MB} MB, health ≤ {MAX_HEALTH_SECONDS:.0f} s, nothing "
        "partial cached. The numbers are the review's items (issue 16).",
        "",
        "| attack | status | seconds |",
        "|---|---|---|",
    ]
    lines += [f"| {r['attack']} | {r['status']} | {r['seconds']:.2f} |" for r in rows]
    slowest = max(watch.health_seconds, default=0.0)
    lines += [
        "",
        f"Health checks: {len(watch.health_seconds)} answered, slowest {slowest * 1000:.0f} ms, "
        f"{watch.health_failures} failed. Largest worker: {watch.worker_mb:.0f} MB.",
        "",
        "**Pass.**" if not failures else "**Fail:** " + "; ".join(failures),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--server-log", default=os.devnull, help="where the server's stderr goes")
    args = parser.parse_args(argv)
    rows, watch = run(server_log=args.server_log)
    failures = verdicts(rows, watch)
    body = table(rows, watch, failures)
    print(body)
    if not args.no_write:
        replace_section(DOCS / "security.md", "attack", body)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
