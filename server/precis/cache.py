"""Result cache: the same article with the same options gets the stored answer instead of a new analysis.

Why: many readers click the same news story; the analysis is deterministic for one text, one set of
options and one version of Précis, so its JSON can be reused. In memory (an LRU per worker) by default, so
one install needs nothing else; `PRECIS_CACHE_URL=redis://host:6379/0` shares one cache between workers
and machines (install the `redis` extra). Keys are hashes: no article text is stored as a key, and the
cached answer holds only what the response holds.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Any, Protocol

from . import __version__

#: Entries in a shared cache expire after a day, so a cache outlives no deployment for long.
REDIS_TTL_SECONDS = 24 * 3600


class ResultCache(Protocol):
    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, value: dict[str, Any]) -> None: ...


def cache_key(text: str, **options: Any) -> str:
    """SHA-256 over the version, the options and the text."""
    digest = hashlib.sha256()
    digest.update(json.dumps({"version": __version__, **options}, sort_keys=True).encode())
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return "precis:" + digest.hexdigest()


class MemoryCache:
    """Least-recently-used, bounded by entry count; safe across the threads of one worker."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            stored = self._entries.get(key)
            if stored is None:
                return None
            self._entries.move_to_end(key)
        # Stored as JSON text, so a caller can never change the cached answer through the returned dict.
        return json.loads(stored)

    def put(self, key: str, value: dict[str, Any]) -> None:
        stored = json.dumps(value, ensure_ascii=False)
        with self._lock:
            self._entries[key] = stored
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class RedisCache:
    """One cache for every worker and machine that points at the same Redis."""

    def __init__(self, url: str) -> None:
        import redis  # optional: pip install "precis[redis]"

        self._client = redis.Redis.from_url(url, socket_timeout=0.5)

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            stored = self._client.get(key)
        except Exception:  # a cache that is down must not take the service with it
            return None
        return json.loads(stored) if stored else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        try:
            self._client.set(key, json.dumps(value, ensure_ascii=False), ex=REDIS_TTL_SECONDS)
        except Exception:
            pass


def make_cache(size: int, url: str) -> ResultCache | None:
    if url:
        return RedisCache(url)
    return MemoryCache(size) if size > 0 else None
