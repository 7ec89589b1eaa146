"""`make bench-load`: requests per second over HTTP on loopback, ours against a plain sumy endpoint, and
what happens at overload.

Both servers run under gunicorn with one worker per core on 127.0.0.1; `wrk` (Debian package) posts the
example article for a fixed time with a few connections. Ours is measured twice: with the result cache
off (every request is a full analysis: language, sentences, summary and actors) and on (the default; the
same article again is a cache hit); without the cache also as a summary-only request with the language
given (`actors: false`), which is the work the sumy endpoint does: it only parses and runs LexRank — no
language detection, no actors. Overload: 8× the connections, once with the default rate limit (answers
must turn into 429s) and once without (requests queue; latency grows); afterwards the server must still
answer.
Servers are started here and stopped by PID; everything stays on 127.0.0.1 and is bounded in time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from eval.common import replace_section, shared_dir

DOCS = Path(__file__).resolve().parent.parent / "docs"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(command: list[str], env: dict[str, str], ready_url: str, stderr=subprocess.DEVNULL):
    """A server started in its own process group, ready when `ready_url` answers; stopped by its PID."""
    process = subprocess.Popen(
        command,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(ready_url, timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"server did not start: {' '.join(command)}") from None
                time.sleep(0.5)
        yield process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def _wrk(url: str, body: dict, seconds: int, connections: int) -> dict:
    script = (
        'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
        f"wrk.body = [==[{json.dumps(body, ensure_ascii=False)}]==]\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False, encoding="utf-8") as handle:
        handle.write(script)
    try:
        command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", handle.name, url]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(handle.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        raise SystemExit("wrk not found: apt-get install wrk")
    text = (shared_dir(args.shared) / "seeds" / "article-de.txt").read_text(encoding="utf-8")
    workers = str(os.cpu_count() or 2)
    bin_dir = Path(sys.executable).parent
    results = {}
    full = {"text": text}
    # The same work as the sumy endpoint: the language given, no actors.
    like_sumy = {"text": text, "language": "de", "actors": False}
    runs = (
        ("0", (("Précis, cache off", full), ("Précis, cache off, summary only (sumy's work)", like_sumy))),
        ("256", (("Précis, cache on (default)", full),)),
    )
    for cache_size, loads in runs:
        port = free_port()
        env = {
            "PRECIS_PORT": str(port),
            "PRECIS_WORKERS": workers,
            "PRECIS_RATE_LIMIT": "off",
            "PRECIS_CACHE_SIZE": cache_size,
        }
        with serving([str(bin_dir / "precis"), "serve"], env, f"http://127.0.0.1:{port}/api/v1/health"):
            url = f"http://127.0.0.1:{port}/api/v1/summarize"
            for label, body in loads:
                results[label] = _wrk(url, body, args.seconds, args.connections)
                print(label, results[label], file=sys.stderr)
    port = free_port()
    command = [
        str(bin_dir / "gunicorn"),
        "-w",
        workers,
        "-b",
        f"127.0.0.1:{port}",
        "--preload",
        "bench.sumy_baseline:create_app()",
    ]
    with serving(command, {}, f"http://127.0.0.1:{port}/health"):
        body = {"text": text, "language": "de"}
        results["plain sumy LexRank"] = _wrk(
            f"http://127.0.0.1:{port}/summarize", body, args.seconds, args.connections
        )
    print("plain sumy LexRank", results["plain sumy LexRank"], file=sys.stderr)
    sumy_rps = results["plain sumy LexRank"]["rps"]
    rows = "\n".join(
        f"| {label} | {r['rps']:.1f} | {r['rps'] / sumy_rps:.2f}× | {r['p50']} | {r['p99']} | {r['errors']} |"
        for label, r in results.items()
    )
    overload = _overload(text, workers, bin_dir, args.seconds, 8 * args.connections)
    overload_rows = "\n".join(
        f"| {label} | {r['rps']:.1f} | {r['p50']} | {r['p99']} | {r['errors']} | {r['healthy_after']} |"
        for label, r in overload.items()
    )
    body = (
        "## Over HTTP\n\nMade by `make bench-load`: gunicorn with "
        f"{workers} workers per server on 127.0.0.1, `wrk -t2 -c{args.connections} -d{args.seconds}s` "
        "posting the example article (client and server share the 2 cores). Target (issue 7): "
        "≥ 2× the requests per second of a plain sumy-LexRank endpoint.\n\n"
        "| endpoint | requests/s | vs sumy | p50 | p99 | non-2xx |\n|---|---|---|---|---|---|\n"
        + rows
        + f"\n\n### Overload ({8 * args.connections} connections)\n\n"
        "| server | requests/s | p50 | p99 | non-2xx (429) | health answers afterwards |\n"
        "|---|---|---|---|---|---|\n" + overload_rows
    )
    print(body)
    if not args.no_write:
        replace_section(DOCS / "performance.md", "http", body)
    return 0


def _overload(text: str, workers: str, bin_dir: Path, seconds: int, connections: int) -> dict[str, dict]:
    results = {}
    for label, limit in (
        ("default rate limit (60/minute per client)", "60/minute"),
        ("no rate limit", "off"),
    ):
        port = free_port()
        env = {
            "PRECIS_PORT": str(port),
            "PRECIS_WORKERS": workers,
            "PRECIS_RATE_LIMIT": limit,
            "PRECIS_CACHE_SIZE": "0",
        }
        health = f"http://127.0.0.1:{port}/api/v1/health"
        with serving([str(bin_dir / "precis"), "serve"], env, health):
            result = _wrk(f"http://127.0.0.1:{port}/api/v1/summarize", {"text": text}, seconds, connections)
            try:
                result["healthy_after"] = urllib.request.urlopen(health, timeout=10).status == 200
            except OSError:
                result["healthy_after"] = False
        results[label] = result
        print(label, result, file=sys.stderr)
    return results


if __name__ == "__main__":
    sys.exit(main())
