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


def cache_key(text: str, *, client: str = "", **options: Any) -> str:
    """SHA-256 over the version, the client, the options and the text. `client` (a hash of the API token)
    keeps each token's answers apart: a cache hit would otherwise tell one user what another summarised."""
    digest = hashlib.sha256()
    digest.update(json.dumps({"version": __version__, "client": client, **options}, sort_keys=True).encode())
    digest.update(b"\0")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return "precis:" + digest.hexdigest()


#: An answer larger than this share of the cache's memory is not cached: one page's answer (an `html`
#: answer carries the whole extracted text, 1.4 MB on a large page) must not push out hundreds of others.
LARGEST_ENTRY_SHARE = 16


def encoded(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


class MemoryCache:
    """Least-recently-used, bounded by entry count and by bytes; safe across the threads of one worker.

    Counting entries alone let 256 answers of 1.4 MB each hold ~1.3 GB in every worker."""

    def __init__(self, max_entries: int, max_bytes: int = 64 * 2**20) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries: OrderedDict[str, bytes] = OrderedDict()
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
        stored = encoded(value)
        if len(stored) > self.max_bytes // LARGEST_ENTRY_SHARE:
            return
        with self._lock:
            previous = self._entries.pop(key, None)
            self.bytes += len(stored) - (len(previous) if previous is not None else 0)
            self._entries[key] = stored
            while len(self._entries) > self.max_entries or self.bytes > self.max_bytes:
                self.bytes -= len(self._entries.popitem(last=False)[1])

    def __len__(self) -> int:
        return len(self._entries)


class RedisCache:
    """One cache for every worker and machine that points at the same Redis."""

    def __init__(self, url: str, max_entry_bytes: int) -> None:
        import redis  # optional: pip install "precis[redis]"

        self._client = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self.max_entry_bytes = max_entry_bytes

    def alive(self) -> bool:
        try:
            return bool(self._client.ping())
        except Exception:
            return False

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            stored = self._client.get(key)
        except Exception:  # a cache that is down must not take the service with it
            return None
        return json.loads(stored) if stored else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        stored = encoded(value)
        if len(stored) > self.max_entry_bytes:
            return
        try:
            self._client.set(key, stored, ex=REDIS_TTL_SECONDS)
        except Exception:
            pass


def make_cache(size: int, url: str, max_bytes: int = 64 * 2**20) -> ResultCache | None:
    """Redis when `url` is set (its own `maxmemory` bounds it: see the README), else an in-memory LRU of
    `size` entries and `max_bytes` bytes, or None when `size` is 0."""
    if url:
        return RedisCache(url, max_bytes // LARGEST_ENTRY_SHARE)
    return MemoryCache(size, max_bytes) if size > 0 else None
