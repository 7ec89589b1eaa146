"""HTTP API: the application factory, the `/api/v1` blueprint and JSON errors for everything.

The blueprint only validates, calls `analyse()` and serialises: no NLP here. Every failure — bad JSON,
wrong types, too large, unknown route, a bug — becomes `{"error": {"code", "message"}}` with the right
status and never a stack trace.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Mapping
from typing import Any

from flask import Blueprint, Flask, current_app, g, jsonify, request
from flask_cors import CORS
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import HTTPException

from . import __version__, extraction, openapi
from . import language as lang
from . import summary as summ
from .actors.ner import model_languages
from .cache import ResultCache, cache_key, make_cache
from .config import Config
from .contract import RequestError, SummarizeRequest, parse_request
from .gate import AnalysisGate, Busy
from .pipeline import AnalysisError, analyse, analyse_html, warm_up
from .sentences import PUNKT_MODELS

log = logging.getLogger("precis")
access_log = logging.getLogger("precis.access")
bp = Blueprint("api", __name__, url_prefix="/api/v1")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(status: int, code: str, message: str):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    return response


def _config() -> Config:
    return current_app.extensions["precis.config"]


def _bearer_token() -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _valid_token(config: Config) -> str | None:
    """The request's token when it is one of the configured tokens, else None (checked once a request:
    the rate limiter, the token check and the cache key all ask)."""
    if "precis_valid_token" in g:
        return g.precis_valid_token
    token = _bearer_token()
    valid = None
    if token is not None and config.api_tokens:
        token_bytes = token.encode()
        # Compare with every token, always, so timing says nothing about which (or whether one) matched.
        matches = [hmac.compare_digest(token_bytes, t.encode()) for t in config.api_tokens]
        valid = token if any(matches) else None
    g.precis_valid_token = valid
    return valid


def _token_hash() -> str | None:
    """A short hash of the request's valid token (rate-limit bucket, cache namespace), or None."""
    token = _valid_token(_config())
    return hashlib.sha256(token.encode()).hexdigest()[:16] if token else None


def _check_token(config: Config) -> None:
    if config.api_tokens and _valid_token(config) is None:
        raise ApiError(401, "unauthorized", "send 'Authorization: Bearer <token>' with a valid token")


def _parse_request() -> SummarizeRequest:
    """The request, validated by its one declaration (`contract.SummarizeRequest`)."""
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "send the request as application/json")
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # `[[[…` thousands deep: Python's parser gives up; say so, not 500
        raise ApiError(400, "invalid_json", "the body is nested too deeply") from None
    if body is None:
        raise ApiError(400, "invalid_json", "the body is not valid JSON")
    try:
        parsed = parse_request(body)
    except RequestError as exc:
        raise ApiError(400, "invalid_request", str(exc)) from None
    if not parsed.content.strip():
        raise ApiError(422, "empty_text", f"the {parsed.source} is empty")
    return parsed


def _check_host() -> None:
    """Refuse a Host the server does not answer to (DNS rebinding against the loopback default)."""
    trusted = _config().trusted_hosts
    if trusted is None:
        return
    host = request.host.lower()
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    if name.strip("[]") not in trusted:
        raise ApiError(400, "host_not_allowed", "this server does not answer to that host name")


@bp.post("/summarize")
def summarize():
    config = _config()
    _check_token(config)
    body = _parse_request()
    options = {
        "language": body.language,
        "language_hint": body.language_hint,
        "sentences": body.sentences or config.default_sentences,
        "algorithm": body.algorithm or config.default_algorithm,
        "title": body.title,
        "max_characters": config.max_text_chars,
        "find_actors": body.actors is not False,
    }
    is_html = body.source == "html"
    if is_html:
        options["require_article"] = body.require_article is not False
    content = body.content
    cache: ResultCache | None = current_app.extensions["precis.cache"]
    page_url = body.url if is_html else None  # trafilatura reads the URL; it may change the text
    key = (
        cache_key(content, client=_token_hash() or "", html=is_html, page_url=page_url, **options)
        if cache is not None
        else ""
    )
    answer = cache.get(key) if cache is not None else None
    if answer is not None:
        response = jsonify(answer)
        response.headers["X-Precis-Cache"] = "hit"
        return response
    common = {
        "actor_extractor": current_app.extensions["precis.extractor"],
        "time_budget_seconds": config.time_budget_seconds,
        **options,
    }
    gate: AnalysisGate = current_app.extensions["precis.analysis_gate"]
    try:
        with gate.slot(timeout=config.queue_seconds):
            result = analyse_html(content, url=body.url, **common) if is_html else analyse(content, **common)
    except Busy:
        raise ApiError(
            503, "busy", "the server is busy with other articles; try again in a few seconds"
        ) from None
    except AnalysisError as exc:
        raise ApiError(422, exc.code, str(exc)) from None
    answer = result.to_dict()
    if cache is not None and not result.stats.time_limited:  # only complete answers are kept
        cache.put(key, answer)
    response = jsonify(answer)
    response.headers["X-Precis-Cache"] = "miss" if cache is not None else "off"
    return response


@bp.get("/openapi.json")
def openapi_description():
    return jsonify(openapi.document())


@bp.get("/health")
def health():
    """`ok`, or `degraded` (still answering, HTTP 200) naming what is down: a shared rate-limit storage
    (limits fall back to each worker's memory) or a shared cache (answers are computed afresh)."""
    checks: dict[str, str] = {}
    limiter = current_app.extensions.get("precis.limiter")
    if limiter is not None and _config().shared_rate_limits:
        checks["rate_limit_storage"] = "ok" if _storage_alive(limiter.storage) else "down"
    cache = current_app.extensions["precis.cache"]
    if cache is not None and hasattr(cache, "alive"):
        checks["cache"] = "ok" if cache.alive() else "down"
    status = "ok" if all(state == "ok" for state in checks.values()) else "degraded"
    return jsonify({"status": status, "version": __version__, "checks": checks})


def _storage_alive(storage) -> bool:
    try:
        return bool(storage.check())
    except Exception:  # any client error means "not reachable"
        return False


@bp.get("/languages")
def languages():
    """What each language gets: features are `full`, `reduced` or `missing`."""
    models = set(model_languages(_config().spacy_models))
    items = []
    for code in lang.supported_codes():
        res = summ.resources(code)
        items.append(
            {
                "code": code,
                "name": lang.language_name(code),
                "features": {
                    "detection": "full",
                    "sentences": "full" if code in PUNKT_MODELS else "reduced",
                    "summary": {"full": "full", "reduced": "reduced", "basic": "reduced"}[res.level],
                    "actors": "full" if code in models else "reduced",
                },
            }
        )
    return jsonify({"languages": items})


def _client_key() -> str:
    """Rate-limit bucket: a valid API token (hashed), else the client's address. Keyed on the sent token
    before checking it, every guess had a fresh bucket (300 guesses in 0.5 s, none limited), and without
    configured tokens any random `Bearer` value escaped the limit."""
    token_hash = _token_hash()
    if token_hash:
        return "token:" + token_hash
    return "ip:" + (get_remote_address() or "unknown")


def _cors_origins(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    """`^…$` entries are regular expressions (anchored), anything else an exact origin, in which `*`
    stands for one DNS label (`https://*.example.com`). Everything is handed to flask-cors compiled:
    given a string with `*` or `.`, it guesses a regular expression and matches it unanchored, so
    `https://*.example.com` admitted `https://aexamplebcom.evil.net`."""
    compiled = []
    for pattern in patterns:
        if not pattern.startswith("^"):
            label = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
            pattern = "^" + re.escape(pattern).replace(r"\*", label) + "$"
        compiled.append(re.compile(pattern, re.IGNORECASE))
    return compiled


def _install_access_log(app: Flask) -> None:
    """One JSON line per request on stderr: what happened and how long it took — never the article's
    text, title, URL or token."""
    if not access_log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        access_log.addHandler(handler)
        access_log.propagate = False
    access_log.setLevel(logging.INFO)

    @app.before_request
    def _start_clock() -> None:
        g.precis_started = time.perf_counter()

    @app.after_request
    def _log_request(response):
        started = g.get("precis_started", time.perf_counter())
        record = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            "bytes_in": request.content_length or 0,
            "bytes_out": response.calculate_content_length() or 0,
            "client": request.remote_addr,
            "origin": request.headers.get("Origin"),
            "cache": response.headers.get("X-Precis-Cache"),
        }
        access_log.info(json.dumps(record))
        return response


def create_app(config: Config | Mapping[str, Any] | None = None) -> Flask:
    """Build the app. `config` is a `Config`, a mapping of overrides (tests), or None (environment)."""
    if config is None:
        config = Config.from_env()
    elif not isinstance(config, Config):
        config = Config().with_overrides(**dict(config))
    from .actors.extractor import ActorExtractor

    app = Flask(__name__)
    if config.proxy_count:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=config.proxy_count, x_proto=config.proxy_count)
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    app.extensions["precis.config"] = config
    extractor = ActorExtractor(config.spacy_models)
    app.extensions["precis.extractor"] = extractor
    # One analysis at a time per worker; two threads always stay free of the queue (gate.py).
    app.extensions["precis.analysis_gate"] = AnalysisGate(max_waiting=max(1, config.threads - 3))
    app.extensions["precis.cache"] = make_cache(
        config.cache_size, config.cache_url, config.cache_max_mb * 2**20
    )
    logging.getLogger("precis").setLevel(config.log_level.upper())

    CORS(
        app,
        resources={r"/api/*": {"origins": _cors_origins(config.allowed_origins)}},
        supports_credentials=False,
        allow_headers=["Content-Type", "Authorization"],
        expose_headers=["X-Precis-Cache", "Retry-After"],
        methods=["GET", "POST", "OPTIONS"],
        max_age=600,
    )
    app.before_request(_check_host)  # every route, health included
    app.register_blueprint(bp)
    if config.rate_limited:
        # In-memory counters are per worker process; point PRECIS_RATE_LIMIT_STORAGE at Redis to share.
        # Redis down or frozen: fail open to per-worker in-memory limits (flask-limiter's fallback, which
        # re-checks Redis with back-off) rather than answer 500, with short socket timeouts so a frozen
        # Redis costs half a second, not five; /health says "degraded" meanwhile.
        remote = config.shared_rate_limits
        limiter = Limiter(
            key_func=_client_key,
            app=app,
            storage_uri=config.rate_limit_storage,
            storage_options={"socket_timeout": 0.5, "socket_connect_timeout": 0.5} if remote else {},
            in_memory_fallback_enabled=remote,
            headers_enabled=True,
        )
        app.extensions["precis.limiter"] = limiter
        app.view_functions["api.summarize"] = limiter.limit(config.rate_limit)(
            app.view_functions["api.summarize"]
        )

    if config.access_log:
        _install_access_log(app)

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return error_response(exc.status, exc.code, exc.message)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        code = re.sub(r"\W+", "_", (exc.name or "error").lower()).strip("_")
        message = {413: f"the request body is larger than {config.max_body_bytes} bytes"}.get(
            exc.code or 500, exc.description or exc.name
        )
        response = error_response(exc.code or 500, code, message)
        allow = dict(exc.get_headers()).get("Allow")  # 405 names the methods that would work
        if allow:
            response.headers["Allow"] = allow
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unexpected error while handling %s %s", request.method, request.path)
        return error_response(500, "internal_error", "the server failed to handle this request")

    warm_up(extractor)
    extraction.warm_up()
    return app
