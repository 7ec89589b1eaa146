"""Command line: `precis serve` runs the service with gunicorn, `precis summarize` prints an analysis."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .config import Config, ConfigError
from .pipeline import Analysis, AnalysisError, analyse
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
    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    try:
        result = analyse(
            text,
            language=args.language,
            sentences=args.sentences,
            algorithm=args.algorithm,
            find_actors=not args.no_actors,
        )
    except AnalysisError as exc:
        print(f"precis: {exc}", file=sys.stderr)
        return 2
    if args.format == "text":
        print(_format_text(result))
    else:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    return 0


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
            self.cfg.set("keepalive", 5)
            # gunicorn 25+ opens a control socket at one path per user, shared by every instance.
            self.cfg.set("control_socket_disable", True)
            self.cfg.set("preload_app", True)  # load models once, share them copy-on-write
            self.cfg.set("loglevel", config.log_level.lower())

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
    sum_cmd = commands.add_parser("summarize", help="analyse a text file ('-' for standard input)")
    sum_cmd.add_argument("file")
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
