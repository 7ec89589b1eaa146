"""Configuration: one frozen dataclass, read from `PRECIS_*` environment variables with safe defaults.

Why a dataclass and not Flask's config dict: the CLI, the HTTP layer and the tests all need the same
validated values, and a bad value must stop the server at start-up with a clear message, not at the
first request.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

#: Anchored patterns: a browser extension's origin has a fixed shape, and an unanchored pattern would
#: let `https://localhost.evil.net` through.
DEFAULT_CORS_ORIGINS: tuple[str, ...] = (
    r"^chrome-extension://[a-p]{32}$",
    r"^moz-extension://[0-9a-f-]{36}$",
    r"^https?://(localhost|127\.0\.0\.1)(:\d+)?$",
)

_EXTENSION_ID_RE = re.compile(r"^([a-p]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
#: Shortest API token accepted: 16 random URL-safe characters are ~96 bits.
MIN_TOKEN_CHARS = 16
#: `PRECIS_*` variables read by the evaluation and tests, not by the server.
NOT_SERVER_SETTINGS = {"PRECIS_SHARED"}


class ConfigError(ValueError):
    """A setting is missing, unknown or out of range; raised at start-up."""


@dataclass(frozen=True)
class Config:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    cors_origins: tuple[str, ...] = DEFAULT_CORS_ORIGINS
    api_tokens: tuple[str, ...] = ()
    max_body_bytes: int = 2_000_000
    max_text_chars: int = 1_500_000
    default_algorithm: str = "precis"
    default_sentences: int | None = None
    log_level: str = "INFO"
    rate_limit: str = "60/minute"
    rate_limit_storage: str = "memory://"
    spacy_models: Mapping[str, str] = field(default_factory=dict)
    cache_size: int = 256
    #: Memory for the in-memory cache of each worker (and the largest answer a cache keeps is 1/16 of it).
    cache_max_mb: int = 64
    cache_url: str = ""
    extension_ids: tuple[str, ...] = ()
    #: Names the server answers to (the request's Host, port ignored). Empty: the loopback names when
    #: bound to loopback — a web page cannot reach a token-less local server through DNS rebinding —
    #: and any name otherwise (tokens guard an exposed server; set your domain here all the same).
    allowed_hosts: tuple[str, ...] = ()
    #: Reverse proxies in front (nginx: 1). Their X-Forwarded-For names the client, so that rate limits
    #: count clients, not the proxy; 0 trusts no such header (a client could forge it).
    proxy_count: int = 0
    time_budget_seconds: float = 10.0
    #: How long a request may wait for its worker's analysis slot before it is answered 503.
    queue_seconds: float = 10.0
    #: Threads per worker: one analyses, the others answer health checks and cache hits and wait on
    #: slow clients, so a few stalled sockets cannot take the service down.
    threads: int = 8
    access_log: bool = True

    def validate(self) -> Config:
        """Fail fast on values that would only break later, and on an open server without a token."""
        from .summary import SUMMARISERS

        if not 0 < self.port < 65536:
            raise ConfigError(f"PRECIS_PORT must be 1-65535, got {self.port}")
        if self.workers < 1:
            raise ConfigError(f"PRECIS_WORKERS must be at least 1, got {self.workers}")
        if self.max_body_bytes < 1024:
            raise ConfigError("PRECIS_MAX_BODY_BYTES must be at least 1024")
        if self.max_text_chars < 100:
            raise ConfigError("PRECIS_MAX_TEXT_CHARS must be at least 100")
        if self.default_algorithm not in SUMMARISERS:
            raise ConfigError(
                f"PRECIS_DEFAULT_ALGORITHM must be one of {', '.join(SUMMARISERS)}, "
                f"got {self.default_algorithm!r}"
            )
        if self.default_sentences is not None and not 1 <= self.default_sentences <= 20:
            raise ConfigError("PRECIS_DEFAULT_SENTENCES must be 1-20")
        if self.log_level.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"PRECIS_LOG_LEVEL is not a log level: {self.log_level!r}")
        for pattern in self.cors_origins:
            if pattern.startswith("^") and not pattern.endswith("$"):
                raise ConfigError(
                    f"PRECIS_CORS_ORIGINS: {pattern!r} starts with ^ but does not end with $; an unanchored "
                    "pattern admits any origin that begins the same way"
                )
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(f"PRECIS_CORS_ORIGINS has a bad pattern {pattern!r}: {exc}") from exc
        if self.rate_limited:
            from limits import parse_many

            try:
                parse_many(self.rate_limit)
            except ValueError as exc:
                raise ConfigError(f"PRECIS_RATE_LIMIT must look like '60/minute' or 'off': {exc}") from None
        for extension_id in self.extension_ids:
            if not _EXTENSION_ID_RE.match(extension_id):
                raise ConfigError(
                    f"PRECIS_EXTENSION_IDS: {extension_id!r} is neither a Chrome id (32 letters a-p) "
                    "nor a Firefox internal UUID"
                )
        if not 0.5 <= self.time_budget_seconds <= 300:
            raise ConfigError("PRECIS_TIME_BUDGET_SECONDS must be 0.5-300")
        if not 0 <= self.queue_seconds <= 300:
            raise ConfigError("PRECIS_QUEUE_SECONDS must be 0-300")
        if not 0 <= self.proxy_count <= 5:
            raise ConfigError("PRECIS_PROXY_COUNT must be 0-5 (the reverse proxies in front)")
        if not 2 <= self.threads <= 64:
            raise ConfigError("PRECIS_THREADS must be 2-64 (one analyses, the others stay free for the rest)")
        if self.cache_size < 0:
            raise ConfigError("PRECIS_CACHE_SIZE must be 0 (off) or more")
        if not 1 <= self.cache_max_mb <= 65536:
            raise ConfigError("PRECIS_CACHE_MAX_MB must be 1-65536")
        if self.cache_url:
            if not self.cache_url.startswith(("redis://", "rediss://", "unix://")):
                raise ConfigError("PRECIS_CACHE_URL must be a redis:// URL, or empty for the in-memory cache")
            try:
                import redis  # noqa: F401
            except ImportError:
                message = 'PRECIS_CACHE_URL needs the redis package: pip install "precis[redis]"'
                raise ConfigError(message) from None
        short = [t for t in self.api_tokens if len(t) < MIN_TOKEN_CHARS]
        if short:
            raise ConfigError(
                f"PRECIS_API_TOKENS: each token needs {MIN_TOKEN_CHARS}+ characters (a short one can "
                "be guessed); make one: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        if self.host not in LOOPBACK_HOSTS and not self.api_tokens:
            raise ConfigError(
                f"PRECIS_HOST={self.host} exposes the server beyond this machine: "
                "set PRECIS_API_TOKENS (comma-separated) so that only your clients can use it"
            )
        return self

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Config:
        """Read every `PRECIS_*` variable; an unknown one is an error (a typo must not pass silently)."""
        environ = os.environ if environ is None else environ
        known = {f"PRECIS_{f.name.upper()}" for f in fields(cls)}
        unknown = sorted(
            k for k in environ if k.startswith("PRECIS_") and k not in known | NOT_SERVER_SETTINGS
        )
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(f"PRECIS_{f.name.upper()}")
            if raw is None or raw.strip() == "":
                continue
            values[f.name] = _parse(f.name, raw.strip())
        return cls(**values).validate()

    @property
    def rate_limited(self) -> bool:
        return self.rate_limit.lower() != "off"

    @property
    def shared_rate_limits(self) -> bool:
        """Rate-limit counters live in a shared store (Redis), not in each worker's memory."""
        return not self.rate_limit_storage.startswith("memory://")

    @property
    def allowed_origins(self) -> tuple[str, ...]:
        """With PRECIS_EXTENSION_IDS set, exactly those extensions (and the configured non-extension
        origins) may call; otherwise any extension, by the anchored default patterns."""
        if not self.extension_ids:
            return self.cors_origins
        others = tuple(o for o in self.cors_origins if "extension://" not in o)
        exact = tuple(
            f"chrome-extension://{i}" if len(i) == 32 else f"moz-extension://{i}" for i in self.extension_ids
        )
        return exact + others

    @property
    def trusted_hosts(self) -> frozenset[str] | None:
        """Lower-cased host names the Host header may carry, or None for any."""
        if self.allowed_hosts:
            return frozenset(h.lower().strip("[]") for h in self.allowed_hosts)
        if self.host in LOOPBACK_HOSTS:
            return frozenset(LOOPBACK_HOSTS)
        return None

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **changes).validate()


def _parse(name: str, raw: str) -> Any:
    env_name = f"PRECIS_{name.upper()}"
    if name in {
        "port",
        "workers",
        "max_body_bytes",
        "max_text_chars",
        "default_sentences",
        "cache_size",
        "cache_max_mb",
        "threads",
        "proxy_count",
    }:
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"{env_name} must be a whole number, got {raw!r}") from None
    if name in {"time_budget_seconds", "queue_seconds"}:
        try:
            return float(raw)
        except ValueError:
            raise ConfigError(f"{env_name} must be a number of seconds, got {raw!r}") from None
    if name == "access_log":
        if raw.lower() not in {"on", "off", "true", "false", "1", "0"}:
            raise ConfigError(f"{env_name} must be on or off, got {raw!r}")
        return raw.lower() in {"on", "true", "1"}
    if name in {"cors_origins", "api_tokens", "extension_ids", "allowed_hosts"}:
        return tuple(item.strip() for item in raw.split(",") if item.strip())
    if name == "spacy_models":
        # "de=de_core_news_lg,en=en_core_web_md"
        pairs = [item.split("=", 1) for item in raw.split(",") if item.strip()]
        if any(len(pair) != 2 for pair in pairs):
            raise ConfigError(f"{env_name} must look like 'de=de_core_news_lg,en=en_core_web_md'")
        return {lang.strip(): model.strip() for lang, model in pairs}
    return raw
