"""Command line: `precis serve` runs the service with gunicorn, `precis summarize` prints an analysis."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys

from . import batch
from .config import Config, ConfigError
from .pipeline import Analysis, AnalysisError
from .summary import SUMMARISERS


def _format_text(result: Analysis) -> str:
    lines = [
        f"Language: {result.language.name} ({result.language.code}, "
        f"p={result.language.probability:.2f}{'' if result.language.reliable else ', unsure'})",
        "",
        "Summary:",
    ]
    lines += [f"  - {s.text}" for s in result.summary]
    lines += ["", "Key actors:"]
    for actor in result.actors:
        aliases = f" (also: {', '.join(actor.aliases)})" if actor.aliases else ""
        lines.append(f"  - {actor.name} [{actor.type}] ×{actor.mentions}{aliases}")
    return "\n".join(lines)


def summarize(args: argparse.Namespace) -> int:
    """One file: its analysis (JSON or text). Several files or `--jsonl`: one JSON line per article."""
    options = {
        "language": args.language,
        "sentences": args.sentences,
        "algorithm": args.algorithm,
        "find_actors": not args.no_actors,
    }
    if args.jsonl or len(args.files) > 1:
        if args.format == "text":
            print(
                "precis: --format text is for one file; many articles are written as JSON lines",
                file=sys.stderr,
            )
            return 2
        progress = sys.stderr.isatty() and not args.quiet
        jobs = args.jobs or batch.default_jobs()
        with contextlib.ExitStack() as opened:
            if args.jsonl:
                streams = [
                    sys.stdin if f == "-" else opened.enter_context(open(f, encoding="utf-8"))
                    for f in args.files
                ]
                items = (item for stream in streams for item in batch.items_from_jsonl(stream))
            else:
                items = batch.items_from_files(args.files, html=args.html, title=args.title)
            failed = batch.run(items, options, sys.stdout, jobs=jobs, progress=progress)
        return 1 if failed else 0
    (item,) = batch.items_from_files(args.files, html=args.html, title=args.title)
    if item.error:
        print(f"precis: {item.error}", file=sys.stderr)
        return 2
    try:
        result = batch.analysis_of(item, options)
    except AnalysisError as exc:
        print(f"precis: {exc}", file=sys.stderr)
        return 2
    if args.format == "text":
        print(_format_text(result))
    else:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    return 0


def log_worker_abort(worker) -> None:
    """The arbiter killed a worker whose main loop stopped answering: its requests end without an
    access line of their own, so say so in the access log's JSON."""
    import logging
    import time

    record = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "event": "worker_aborted"}
    logging.getLogger("precis.access").error(json.dumps({**record, "pid": worker.pid}))


def serve(args: argparse.Namespace) -> int:
    """Run under gunicorn (a production WSGI server), configured from PRECIS_* and the flags."""
    from gunicorn.app.base import BaseApplication

    from .api import create_app

    overrides = {
        k: v for k, v in {"host": args.host, "port": args.port, "workers": args.workers}.items() if v
    }
    try:
        config = Config.from_env().with_overrides(**overrides)
    except ConfigError as exc:
        print(f"precis: configuration error: {exc}", file=sys.stderr)
        return 2

    class Server(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set(
                "bind",
                f"[{config.host}]:{config.port}" if ":" in config.host else f"{config.host}:{config.port}",
            )
            self.cfg.set("workers", config.workers)
            # Threads (gthread, with a deadline on each socket read: serving.py): a worker's one
            # analysis runs in one of them, the rest answer health checks and cache hits and wait on
            # slow clients. With sync workers two sockets that never finished their headers held both
            # workers, and every health check timed out. Exposed beyond loopback, put nginx in front
            # (deploy/nginx.conf): it buffers whole requests before Précis sees them.
            self.cfg.set("worker_class", "precis.serving.PrecisWorker")
            self.cfg.set("threads", config.threads)
            # The arbiter's heartbeat: with threads the main loop keeps it, so this only catches a
            # worker whose main loop is stuck (the per-request bounds are the time budget and the
            # summarisers' size limits).
            self.cfg.set("timeout", max(60, int(config.time_budget_seconds * 3)))
            # No keep-alive: a kept connection sticks to the worker that accepted it, and with one analysis
            # at a time per worker, four kept connections on one worker halved the throughput (52 -> 23
            # requests/s in make bench-load) while the other worker idled. Closing after each answer lets
            # the next request go to whichever worker accepts first, as sync workers did.
            self.cfg.set("keepalive", 0)
            # gunicorn 25+ opens a control socket at one path per user, shared by every instance.
            self.cfg.set("control_socket_disable", True)
            self.cfg.set("preload_app", True)  # load models once, share them copy-on-write
            self.cfg.set("loglevel", config.log_level.lower())
            self.cfg.set("worker_abort", log_worker_abort)

        def load(self):
            return create_app(config)

    Server().run()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="precis", description="Summaries and key actors of news articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve_cmd = commands.add_parser("serve", help="run the HTTP service (gunicorn)")
    serve_cmd.add_argument("--host")
    serve_cmd.add_argument("--port", type=int)
    serve_cmd.add_argument("--workers", type=int)
    serve_cmd.set_defaults(func=serve)
    sum_cmd = commands.add_parser(
        "summarize",
        help="analyse articles: files ('-' for standard input), or JSON lines with --jsonl",
        description="One file prints its analysis. Several files, or --jsonl input "
        '(lines of {"id", "text" | "html", "title"?}), print one JSON line per article, in input order, '
        "analysed on all cores; an article that fails gets its error in its line (exit status 1).",
    )
    sum_cmd.add_argument("files", nargs="+", metavar="FILE")
    sum_cmd.add_argument("--jsonl", action="store_true", help="the input is JSON lines, one article each")
    sum_cmd.add_argument(
        "--html", action="store_true", help="the files are web pages (the article is extracted)"
    )
    sum_cmd.add_argument("--title", help="the headline, as the extension sends it")
    sum_cmd.add_argument("--jobs", type=int, help="processes for many articles (default: one per core)")
    sum_cmd.add_argument("--quiet", action="store_true", help="no progress bar")
    sum_cmd.add_argument("--language")
    sum_cmd.add_argument("--sentences", type=int)
    sum_cmd.add_argument("--algorithm", choices=sorted(SUMMARISERS))
    sum_cmd.add_argument("--format", choices=["json", "text"], default="json")
    sum_cmd.add_argument("--no-actors", action="store_true", help="the summary only (faster)")
    sum_cmd.set_defaults(func=summarize)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
